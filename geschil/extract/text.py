"""Small text helpers shared by the field extractors: sentences, spans, normalised strings."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from geschil import recache

# A sentence ends at . ; : followed by a capital or an opening bracket, or at a blank line or
# a numbered paragraph ("1.2. ", "(3) ").
_BOUNDARY = recache.compile(
    r"(?<=[.;!?])[\"'”’)]*\s+(?=[A-Z(“\"‘'])|\n\s*\n|\n(?=\s*\(?\d{1,2}(?:\.\d{1,2})*[.)]\s)")
# Abbreviations whose dot does not end a sentence.
_NO_END = recache.compile(r"(?:\b(?:mr|drs|dr|prof|ir|art|artt|nr|jo|o\.a|m\.b\.t|i\.v\.m|z\.g\.a|N\.V|B\.V|U\.A|d\.d|e\.a|bijv|resp|mw|dhr|mevr|St|lid|ca|incl|excl|t\.a\.v|vs|blz|p)\.|\b[A-Z]\.)$")


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans of the sentences of text[start:end], white space trimmed."""
    return iter(_sentence_spans(text, start, len(text) if end is None else end))


@lru_cache(maxsize=64)
def _sentence_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    # The extractors read the same sections of a ruling again and again: split each once.
    return tuple(_split(text, start, end))


def _split(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        if _NO_END.search(text, max(pos, m.start() - 8), m.start()):
            continue
        yield from _trimmed(text, pos, m.start())
        pos = m.end()
    yield from _trimmed(text, pos, end)


def _trimmed(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        yield a, b


def squash(s: str) -> str:
    """One line, single spaces."""
    return " ".join(s.split())
