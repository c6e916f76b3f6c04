"""Small text helpers shared by the field extractors: sentences, spans, normalised strings."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate

from geschil import recache

# A sentence ends at . ; : followed by a capital or an opening bracket, or at a blank line or
# a numbered paragraph ("1.2. ", "(3) ").
BOUNDARY = (r"(?<=[.;!?])[\"'”’)]*\s+(?=[A-Z(“\"‘'])|\n\s*\n"
            r"|\n(?=\s*\(?\d{1,2}(?:\.\d{1,2})*[.)]\s)")
# The same boundaries, sought from the punctuation they follow (group 1) or from their line break:
# led by one class of five characters (the branches tell them apart by a look-behind), sre skips
# to those instead of trying a look-behind at every place (bench/patterns.py: "first chars").
_BOUNDARY_LED = recache.compile(
    r"[.;!?\n](?:(?<=[.;!?])([\"'”’)]*\s+(?=[A-Z(“\"‘']))|(?<=\n)\s*\n"
    r"|(?<=\n)(?=\s*\(?\d{1,2}(?:\.\d{1,2})*[.)]\s))")
_PUNCT = ".;!?"


def boundaries(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans BOUNDARY.finditer(text, start, end) gives. A boundary after punctuation is found
    with the punctuation it follows, one character before it starts: the search begins one
    character early only where that character is punctuation (so only such a boundary can be
    found there). No boundary holds punctuation, so none found this way overlaps the last."""
    first = start - 1 if start and text[start - 1] in _PUNCT else start
    for m in _BOUNDARY_LED.finditer(text, first, end):
        after = m.start(1)
        yield (after, m.end()) if after >= 0 else m.span()


# Abbreviations whose dot does not end a sentence.
_NO_END = recache.compile(r"(?:\b(?:mr|drs|dr|prof|ir|art|artt|nr|jo|o\.a|m\.b\.t|i\.v\.m|z\.g\.a|N\.V|B\.V|U\.A|d\.d|e\.a|bijv|resp|mw|dhr|mevr|St|lid|ca|incl|excl|t\.a\.v|vs|blz|p)\.|\b[A-Z]\.)$")


# A request's number on the next line ("het verzoek onder\n(2)") continues its sentence.
_REFERS = recache.compile(r"\b(?:onder|sub|verzoek|verzoeken)[ \t]*$")


def _continues(text: str, pos: int, a: int) -> bool:
    """Whether the boundary at a does not end the sentence that began at pos."""
    return bool(_NO_END.search(text, max(pos, a - 8), a)
                or (text[a] == "\n" and _REFERS.search(text, max(pos, a - 12), a)))


def sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Spans of the sentences of text[start:end], white space trimmed."""
    return iter(_sentence_spans(text, start, len(text) if end is None else end))


@lru_cache(maxsize=64)
def _sentence_spans(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    # The extractors read the same sections of a ruling again and again: split each once, and
    # a part of the document from the document's own split.
    doc = _DOC
    if doc is not None and text is doc.text:
        return tuple(doc.window(start, end))
    return tuple(_split(text, start, end))


def _split(text: str, start: int, end: int, scan: int | None = None) -> Iterator[tuple[int, int]]:
    """The sentences of text[start:end]; `scan`: where the search for boundaries resumes when a
    boundary already passed was not accepted (the split of a window continued half way)."""
    pos = start
    for a, b in boundaries(text, start if scan is None else scan, end):
        if _continues(text, pos, a):
            continue
        yield from _trimmed(text, pos, a)
        pos = b
    yield from _trimmed(text, pos, end)


# What a boundary's match may look at past its end: the white space, digits, dots and brackets
# that follow it, and the character after them (the look-ahead of a numbered paragraph).
_REACH = recache.compile(r"[\s\d.()]*")


class _Document:
    """A document split once; a window (a section) reads its sentences from that split.

    The boundaries a search of a window finds are the document's (the pattern has no anchor and
    no negative look-around: cutting the text can only take matches away) wherever the window
    does not cut one and cannot cut what one looked at past its end. Whether a boundary ends a
    sentence depends on where the last sentence began (an abbreviation is sought from there):
    the window's split is run from its start until it accepts a boundary the document accepted
    too; from there on the two agree, so the document's sentences are taken up to the last
    accepted boundary the window's end cannot affect, and the rest is split anew. A window that
    starts inside a boundary is split as before (tests/test_text.py holds both equal).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        bounds = list(boundaries(text, 0, len(text)))
        self.starts = [a for a, _ in bounds]
        self.ends = [b for _, b in bounds]
        # the furthest character any boundary so far looked at (by index: it only grows)
        self.reach = list(accumulate((_REACH.match(text, b).end() for b in self.ends), max))
        self.accepted: list[int] = []  # the indices of the boundaries that end a sentence
        self.spans: list[tuple[int, int]] = []  # the document's sentences before its last boundary
        self.upto: list[int] = []  # per accepted boundary: how many sentences end before it
        pos = 0
        for j, (a, b) in enumerate(bounds):
            if _continues(text, pos, a):
                continue
            self.spans.extend(_trimmed(text, pos, a))
            self.accepted.append(j)
            self.upto.append(len(self.spans))
            pos = b

    def window(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        text, starts, ends = self.text, self.starts, self.ends
        k = bisect_left(starts, start)
        if k and ends[k - 1] > start:  # the window starts inside a boundary
            yield from _split(text, start, end)
            return
        last = bisect_left(self.reach, end) - 1  # the last boundary the window's end cannot touch
        pos = start
        for j in range(k, last + 1):  # the window's own split, until it agrees with the document's
            a = starts[j]
            if _continues(text, pos, a):
                continue
            yield from _trimmed(text, pos, a)
            pos = ends[j]
            n = bisect_left(self.accepted, j)
            if n < len(self.accepted) and self.accepted[n] == j:  # in step with the document
                stop = bisect_right(self.accepted, last) - 1  # its last accepted boundary in reach
                yield from self.spans[self.upto[n]:self.upto[stop]]
                yield from _split(text, ends[self.accepted[stop]], end)
                return
        yield from _split(text, pos, end, scan=ends[last] if last >= k else start)


_DOC: _Document | None = None


def begin(text: str) -> None:
    """A new document: split it once (its sections and sentences are read from that split)."""
    global _DOC
    _sentence_spans.cache_clear()
    _DOC = _Document(text)


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
