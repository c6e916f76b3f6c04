"""Section headings read by the phrases they are made of (headings.json), not as whole lines.

`De bestreden beslissing en het verloop van het geding` is two known phrases joined by `en`:
its kinds are (facts, procedure). Articles are ignored, so `Het advies van het Zorginstituut
Nederland` and `Advies Zorginstituut` are the same phrase.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from geschil import recache

# A heading is short: a run-in heading ("1. Partijen A te B, ...") is looked for in this many characters.
MAX_TITLE = 80


@cache
def _vocabulary() -> tuple[re.Pattern, list[tuple[str, re.Pattern]], re.Pattern, tuple[str, ...]]:
    data = json.loads(resources.files("geschil.law").joinpath("headings.json").read_text("utf-8"))
    articles = recache.compile(r"\b(?:" + "|".join(data["articles"]) + r")\b")
    phrases = [(kind, recache.compile(rf"(?:{p})(?=$|[ ,/&])")) for kind, ps in data["kinds"].items() for p in ps]
    joiners = recache.compile("|".join(map(re.escape, data["joiners"])))
    return articles, phrases, joiners, tuple(data["primary"])


@cache
def _any_phrase() -> re.Pattern:
    """Every phrase at once: a line none of them begins is no heading (most lines), found in one
    match rather than one per phrase."""
    return recache.compile("|".join(f"(?:{p.pattern})" for _, p in _vocabulary()[1]))


def _normal(title: str) -> str:
    articles = _vocabulary()[0]
    s = articles.sub(" ", title.lower())
    return " ".join(s.split()).strip(" .:;")


def heading_kinds(title: str) -> tuple[str, ...] | None:
    """The kinds of the phrases a heading is made of, in order; None when it is not a heading."""
    words = title.rstrip(" .:;").split()
    if not words or _vocabulary()[0].fullmatch(words[-1].lower()):
        return None  # a heading never ends in an article: "Beoordeling De" is a heading and a sentence
    s = _normal(title)
    if not _any_phrase().match(s):
        return None
    _, phrases, joiners, _ = _vocabulary()
    kinds: list[str] = []
    pos = 0
    while True:
        best = max(((m.end(), kind) for kind, p in phrases if (m := p.match(s, pos))), default=None)
        if best is None:
            return None
        pos, kind = best
        if kind not in kinds:
            kinds.append(kind)
        if pos == len(s):
            return tuple(kinds)
        joined = joiners.match(s, pos)
        if not joined:
            return None
        pos = joined.end()


def primary_kind(kinds: tuple[str, ...]) -> str:
    """The kind a combined heading's section is asked for first (e.g. procedure over facts)."""
    order = _vocabulary()[3]
    return min(kinds, key=lambda k: order.index(k) if k in order else len(order))


# What may follow a run-in heading: the start of its paragraph (a capital, a number, a quote).
# Not a head label: "Partijen Zaak Zaaknummer" is the label row of a head block.
_PARAGRAPH_START = recache.compile(r"[ \t]+(?!(?:Zaak|Zaaknummer|Zittingsdatum)\b)(?=[A-ZÀ-Þ0-9\"'‘“(])")
_WORD_END = recache.compile(r"(?<=[\w.)])(?=[ \t]|$)")
_NUMBER_NEXT = recache.compile(r"[ \t]+\d")


def run_in_heading(text: str, start: int) -> tuple[int, tuple[str, ...]] | None:
    """(end, kinds) of the heading at text[start:] that runs into a paragraph ("Partijen A te B,
    hierna ..."): the longest heading there, followed by the start of a sentence; else None."""
    line = text[start:start + MAX_TITLE + 1].split("\n", 1)[0]
    if heading_kinds(line):
        return None  # a heading line of its own ("Het advies van het Zorginstituut Nederland")
    window = line.split(":", 1)[0]  # "Partijen :" is a label
    longest = annex = None
    for m in _WORD_END.finditer(window):
        kinds = heading_kinds(window[:m.start()])
        if kinds == ("annex",) and _NUMBER_NEXT.match(window, m.start()):
            continue  # "Bijlage 1 bij het Bzv verbindt …": the number is the annex's, in a sentence (blind round 71)
        if kinds:
            longest = (start + m.start(), kinds)
            if kinds == ("annex",) and _PARAGRAPH_START.match(text, longest[0]):
                annex = longest
    # the whole heading, not a part of a longer one ("Advies van Zorginstituut | Nederland is …")
    if longest and _PARAGRAPH_START.match(text, longest[0]):
        return longest
    # ... but an annex's title is free words ("BIJLAGE – Relevante bepalingen"): it ends where a
    # capital opens what runs into it ("… bepalingen Voorwaarden aanvullende verzekering 2024")
    return annex if longest and longest[1] == ("annex",) else None
