"""Is this a bindend advies of the Geschillencommissie Zorgverzekeringen, and in which layout?

A whole ruling shows its anatomy (parties, procedure, positions, assessment, decision). A part
of one (the first pages, a truncated download, the opening of a web copy) shows the head that
only the committee's rulings have: a `bindend advies` title with two of the committee's name,
a case number (`Zaaknummer: …`, a running header `<zaaknummer>, pagina N van M`), the labels of
the classic head block (`Partijen :`, `Zaak :`, `Zittingsdatum :`), and that block whole (three
of its labels: it then says who, what and when by itself). The last pages alone (a host that
holds only the second part) show the committee's end instead: an assessment, a decision that
reads as one of its outcomes, and the signature under it, in a text that calls itself a bindend
advies. Such a part is read for what it holds; its missing sections are named by
`missing_sections`.
"""

from __future__ import annotations

import re

from geschil import literals, recache
from geschil.errors import NotARuling
from geschil.extract.head import CASE_NUMBER
from geschil.extract.sections import Section, begun_inside, ruling_start

COMMITTEE = literals.compile(r"Geschillencommissie\s+Zorgverzekeringen|\bSKGZ\b|Stichting\s+Klachten\s+en\s+Geschillen", re.I)
TITLE = literals.compile(r"bindend\s+advies", re.I)
HEAD_BLOCK = literals.compile(r"^[ \t]*(?:Zittingsdatum|Zaak)\s*:|^[ \t]*Partijen\s+Zaak\b|^[ \t]*Partijen\s*:", re.M)
# searched once, in the raw text (no window on the cleaned text's scan), folded: its words in lower
# case and the word boundary after the first letter, so sre skips to each "p" (see folding.py). The
# letterhead's postal address counts with its visiting address or KvK number after it: an insurer's
# letter quoted in the facts may name the foundation's postbus too (blind round 101)
# the page count after the case number ("201761008, pagina 2 van 5"): a host's own "pagina 2 van 6"
# under a classic head block is its furniture (blind round 154)
RUNNING_HEADER = recache.compile(r"(?:ano\d{2}\.\d{2,5}|skgz\s?\d{9}|(?:19|20)\d{2}\.?\d{3,7})\s*,?\s*"
                                 r"p(?<!\wp)agina\s+\d+\s+van\s+\d+\b"
                                 r"|postbus\s+\d+.{0,30}zeist.{0,200}?(?:bezoekadres|kvk)", re.S)
# Sections a ruling has; a document needs most of them to be one.
ANATOMY = ("parties", "procedure", "facts", "requester_position", "insurer_position", "assessment",
           "decision", "positions")
# The head of a ruling, as only the committee prints it (searched near where the ruling begins).
HEAD_REACH = 4000
# The title: on a line of its own (after a host's page marker '(1)'), or in capitals where a letterhead was glued before it.
TITLE_LINE = literals.compile(r"(?im:^[ \t]*(?:\(\d{1,3}\)[ \t]*)?(?:ANONIEM\s+)?BINDEND\s+ADVIES\b)|\bBINDEND\s+ADVIES\b")
CASE_LABEL = literals.compile(rf"^[ \t]*(?:Zaaknummer|Zaak)\s*:?\s*(?:{CASE_NUMBER.pattern})", re.M)
CASE_HEADER = recache.compile(rf"(?:{CASE_NUMBER.pattern})\s*,\s*pagina\s+\d+\s+van\s+\d+", re.I)
BLOCK_LABEL = literals.compile(r"^[ \t]*(Partijen|Zaaknummer|Zaak|Zittingsdatum)[ \t]*:", re.M)
LABEL_ROW = literals.compile(r"^[ \t]*Partijen\s+Zaak\s+Zaaknummer\b", re.M)
# The sections a whole ruling has, each with the kinds that stand in for it.
CORE = {"parties": ("parties",), "procedure": ("procedure", "facts"),
        "requester_position": ("requester_position", "positions"),
        "insurer_position": ("insurer_position", "positions"),
        "assessment": ("assessment",), "decision": ("decision",)}


# What each sign of a ruling's head is called in the reason of a refusal.
SIGN_NAMES = ("the committee's name", "a case number", "head-block labels", "a whole head block")
# ... and each sign of its end (all of which the last pages alone must show).
END_NAMES = ("an assessment", "a decision with its outcome", "the signature under it")


def recognise(text: str, raw_text: str, sections: list[Section], name: str) -> str | None:
    """The layout (classic, letterhead, modern; None when the last pages alone do not tell);
    NotARuling for anything else."""
    kinds = {k for s in sections for k in (s.kind, *s.kinds)}
    anatomy = len(kinds & set(ANATOMY))
    has_head_block = bool(HEAD_BLOCK.search(text[:6000]))
    whole = bool(COMMITTEE.search(text) and TITLE.search(text)) and anatomy >= 3
    if not whole and _part_or_refuse(text, raw_text, kinds, name, sections) == "end":
        # the last pages alone: a running header is the letterhead's, the information for the
        # parties after the decision the modern layout's; else the pages do not tell
        if RUNNING_HEADER.search(literals.fold(raw_text)):
            return "letterhead"
        return "modern" if "info" in kinds else None
    if has_head_block:
        return "letterhead" if RUNNING_HEADER.search(literals.fold(raw_text)) else "classic"
    return "modern"


# The last year of each generation of layouts (LAYOUTS.md); later rulings are modern.
GENERATIONS = ((2013, "classic"), (2019, "letterhead"))


def headless(layout: str | None, text: str, raw_text: str, year: int | None) -> str | None:
    """A copy begun inside the ruling's text has no head to show its layout by: its running
    header shows the letterhead, else its date the generation (None when it has no date)."""
    if layout not in ("modern", None) or not begun_inside(text, ruling_start(text)):
        return layout
    if RUNNING_HEADER.search(literals.fold(raw_text)):
        return "letterhead"
    if year is None:
        return None
    return next((name for last, name in GENERATIONS if year <= last), "modern")


def _part_or_refuse(text: str, raw_text: str, kinds: set[str], name: str, sections: list[Section]) -> str:
    """Which part of a ruling the text is ("head": its first pages, "end": its last); NotARuling
    unless it shows the title with two other signs of the committee's head, or every sign of its
    end."""
    title, signs = _head_signs(text, raw_text)
    if title and len(signs) >= 2:
        return "head"
    end = _end_signs(text, sections, kinds)
    if len(end) == len(END_NAMES) and TITLE.search(text):
        return "end"
    found = ", ".join(sorted(kinds - {"head"})) or "none"
    head = ", ".join(([] if not title else ["the title"]) + signs) or "none"
    raise NotARuling(f"{name} is not a bindend advies of the Geschillencommissie Zorgverzekeringen: "
                     f"ruling sections found: {found}; signs of a ruling's head found: {head}; of its "
                     f"end: {', '.join(end) or 'none'} (a part of a ruling needs the 'bindend advies' "
                     f"title with two of: {', '.join(SIGN_NAMES)}; or all of: {', '.join(END_NAMES)})")


def _end_signs(text: str, sections: list[Section], kinds: set[str]) -> list[str]:
    """The committee's end: which of its signs the text shows."""
    from geschil.extract.head import signature
    from geschil.extract.outcome import outcome

    signs = ["assessment" in kinds, outcome(text, sections) is not None,
             signature(text, sections)[1] is not None]
    return [n for n, sign in zip(END_NAMES, signs, strict=True) if sign]


def _head_signs(text: str, raw_text: str) -> tuple[bool, list[str]]:
    """The committee's head: whether it has the title, and which of its other signs it shows."""
    begin = ruling_start(text)
    head = text[begin:begin + HEAD_REACH]
    labels = {m.group(1) for m in BLOCK_LABEL.finditer(head)}
    full_block = len(labels) >= 3 or bool(LABEL_ROW.search(head))  # the block says who, what, when
    signs = [COMMITTEE.search(head), CASE_LABEL.search(head) or CASE_HEADER.search(raw_text),
             HEAD_BLOCK.search(head), full_block]
    return bool(TITLE_LINE.search(head)), [n for n, sign in zip(SIGN_NAMES, signs, strict=True) if sign]


def missing_sections(sections: list[Section]) -> list[str]:
    """The core sections of a ruling that this text does not have (a part of a ruling)."""
    kinds = {k for s in sections for k in (s.kind, *s.kinds)}
    return [core for core, stand_ins in CORE.items() if not kinds & set(stand_ins)]
