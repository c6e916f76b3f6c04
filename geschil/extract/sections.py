"""The anatomy of a ruling: its sections, found as data (number, title, kind, span, page)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geschil import lines, literals
from geschil.extract import numbered
from geschil.law.headings import heading_kinds, primary_kind

# The kinds a section can have; later stages ask for a kind, never for a line number.
KINDS = (
    "head",  # title, members, case number, (classic layout) the head block and bracketed line
    "parties",
    "procedure",  # verloop van de procedure / het geding
    "facts",  # vaststaande feiten, de verzekeringssituatie, de bestreden beslissing
    "requester_position",  # standpunt verzoeker, (het verzoek)
    "positions",  # standpunten van partijen (both sides in one section)
    "insurer_position",  # standpunt ziektekostenverzekeraar
    "zorginstituut",  # advies Zorginstituut / CVZ
    "jurisdiction",  # bevoegdheid
    "assessment",  # beoordeling
    "decision",  # bindend advies / beslissing
    "info",  # informatie voor partijen, signature
    "annex",  # BIJLAGE: quoted provisions
    "other",
)


@dataclass(frozen=True)
class Section:
    kind: str
    title: str
    number: str | None
    start: int  # offset in the cleaned document text
    end: int
    page: int  # 1-based page of its start
    body: int = -1  # where the text after the heading line begins (the start when unknown)
    kinds: tuple[str, ...] = ()  # every kind of a combined heading ("bestreden beslissing en verloop")

    def has(self, *kinds: str) -> bool:
        """Is this section (or one part of its combined heading) of one of these kinds?"""
        return self.kind in kinds or any(k in kinds for k in self.kinds)

    @property
    def body_start(self) -> int:
        return self.start if self.body < 0 else self.body


_HEADING_LINE = literals.compile(
    r"^[ \t]*(?:(?P<num>\d{1,2})\.?[ \t]*(?:\n[ \t]*)?)?(?P<title>[A-Z][^\n]{2,70}?)[ \t]*$", re.M)
# Where the ruling itself begins (anything before it is wrapper text from a web page).
# (not the decision's heading whose number stands on the line before it: "7." / "Bindend advies",
# where the last pages of a ruling begin with its assessment)
RULING_START = literals.compile(
    r"^(?<!\d\.\n)[ \t]*(?:\(\d{1,3}\)[ \t]*)?(?:ANONIEM\s+)?BINDEND\s+ADVIES\b|^[ \t]*Geschillencommissie\s+Zorgverzekeringen\b"
    r"|^[ \t]*Partijen\s*(?::|Zaak\b)", re.I | re.M)


def _kinds_of(title: str) -> tuple[str, ...] | None:
    """The kinds of a heading line, by the known phrases it is made of (geschil/law/headings.json)."""
    return heading_kinds(title.rstrip(".:"))


# A document host's marker that the ruling's own text follows (its menus may name the committee).
FULL_TEXT = literals.compile(r"^[ \t]*Hele\s+tekst[ \t]*$", re.M | re.I)
WRAPPER_REACH = 3000


# Sections no head precedes: where one stands before the first sign of a head, the text is the
# last pages of a ruling, and that sign is a line of its reasoning or decision, not its head.
AFTER_HEAD = ("assessment", "decision", "jurisdiction", "requester_position", "insurer_position", "positions")


def ruling_start(text: str) -> int:
    marker = FULL_TEXT.search(text, 0, WRAPPER_REACH)
    begin = marker.end() if marker else 0
    if _in_prose(text, begin):
        return begin  # a copy begun inside the ruling's text: no wrapper before it
    m = RULING_START.search(text, begin)
    if m is None or any(c[2] in AFTER_HEAD for c in _candidates(text, begin, m.start())):
        return begin if marker else 0
    return m.start()


def _candidates(text: str, start: int, end: int | None = None) -> list[tuple]:
    """(start, end, kind, number, title, kinds) of every line that reads as a section heading."""
    found = []
    for m in lines.finditer(_HEADING_LINE, text, start, end):
        kinds = _kinds_of(m["title"])
        if kinds:
            found.append((m.start(), m.end(), primary_kind(kinds), m["num"], " ".join(m["title"].split()),
                          kinds))
    return found


# the annex's heading in capitals at a line's start, its text run into it
ANNEX_RUN_IN = literals.compile(r"^[ \t]*BIJLAGE\b(?![ \t]*\n)", re.M)


# Headings that in a numbered ruling may stand unnumbered inside the numbered assessment.
SUB_OF_ASSESSMENT = ("jurisdiction",)


def find_sections(text: str, page_of=lambda offset: 1) -> list[Section]:
    """The sections of a ruling in text order, from its head to the annex."""
    begin = ruling_start(text)
    cands = _candidates(text, begin)
    numbered = sum(1 for c in cands if c[3]) >= 3
    accepted: list[tuple] = []
    seen: set[str] = set()
    last_num = 0
    for cand in cands:
        a, e, kind, num, _, _ = cand
        if a == begin and kind == "decision":
            continue  # the document title "Bindend advies" opens the head
        if num is not None:
            if int(num) <= last_num and not _next_part(kind, seen, accepted):
                continue
            last_num = int(num)
        elif last_num and kind not in ("annex", "info") and _continues(text, e, last_num):
            continue  # "De feiten / 7.3. …": a sub-heading whose paragraphs go on numbering section 7
        elif numbered and kind in seen and kind not in ("annex", "info"):
            continue  # an unnumbered sub-heading inside a numbered section
        elif numbered and kind in SUB_OF_ASSESSMENT and accepted and accepted[-1][2] == "assessment":
            continue  # "7. Beoordeling / Bevoegdheid / 7.1. …": a part of the assessment, whose
            # later sub-headings ("De kousen") it would otherwise swallow
        if kind == "decision" and not seen and num is None:
            continue  # "Bindend advies" in the head block is the title, not the decision (never numbered)
        accepted.append(cand)
        seen.add(kind)
        if kind == "annex":
            break  # the annex quotes other texts: its own numbering is not the ruling's
    if accepted and "annex" not in seen:
        run_in = ANNEX_RUN_IN.search(text, accepted[-1][1])
        if run_in:  # "BIJLAGE – Relevante bepalingen Zorgverzekeringswet Artikel 11 1. (...)": a host ran the annex's
            # heading into its text (blind round 173)
            accepted.append((run_in.start(), run_in.end(), "annex", None, "BIJLAGE", ("annex",)))
    sections = []
    bounds = [c[0] for c in accepted] + [len(text)]
    if not accepted or accepted[0][0] > begin:
        sections.append(Section("head", "", None, begin, bounds[0], page_of(begin)))
    for (a, e, kind, num, title, kinds), b in zip(accepted, bounds[1:], strict=True):
        sections.append(Section(kind, title, num, a, b, page_of(a), body=min(e + 1, b),
                                kinds=kinds if len(kinds) > 1 else ()))
    if not any(s.has("assessment", "decision") for s in sections):
        return _by_numbers(text, begin, sections, page_of) or sections
    return _headless(text, sections)


def _next_part(kind: str, seen: set[str], accepted: list[tuple]) -> bool:
    """Whether a heading whose number does not go up is still the ruling's next part: a kind not yet seen that
    follows the last one in a ruling's anatomy (a copy whose numbering restarts on every page, "1. Het standpunt
    … van verzoeker" after "2. De verzekeringssituatie", blind round 183)."""
    if kind in seen or kind in ("other", "annex", "info") or not accepted:
        return False
    return KINDS.index(kind) > KINDS.index(accepted[-1][2])


def _continues(text: str, at: int, section: int) -> bool:
    """Whether the paragraph after a heading line ending at `at` is numbered in section `section`
    ("7.3."): the heading is then one inside that section, not a section of its own."""
    m = PARAGRAPH_NUMBER.match(text, at)
    return m is not None and int(m["section"]) == section


PARAGRAPH_NUMBER = re.compile(r"\s*(?P<section>\d{1,2})\.\d{1,2}\.?\s")


# A copy that begins inside a sentence or at a numbered paragraph ("dat zijn gebit …", "7.4. …")
MID_TEXT = literals.compile(r"\s*(?:[a-zà-ÿ]|\d{1,2}\.\d{1,2}\.?\s)")  # asked with .match(text, at): no ^,
# which .match honours only at the string's start
# ... or at a paragraph whose number the layout printed apart ("Op 12 januari 2009 heeft …"): a
# sentence where a head would show its title, the committee's name or a case number
HEAD_WORDS = literals.compile(r"bindend\s+advies|geschillencommissie|\bSKGZ\b|zaaknummer|\bzaak\s*:|uitspraak",
                              re.I)
SENTENCE_WORDS = 8  # a first line of this many words is prose, not a title


MENU = literals.compile(r"[|—·›»]")  # a host's menu or title bar, not a ruling's sentence


def _line_start(text: str, at: int) -> int:
    """Where the first line with words begins at or after `at` (a wrapper's marker ends on its
    line break)."""
    m = FIRST_WORD.search(text, at)
    return m.start() if m else len(text)


FIRST_WORD = re.compile(r"[^\s]")


def _in_prose(text: str, at: int) -> bool:
    """A first line that continues a sentence or a numbered paragraph of a ruling ("voor vergoeding
    ten laste van de zorgverzekering van twee implantaten in de")."""
    at = _line_start(text, at)
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    return bool(MID_TEXT.match(text, at)) and len(text[at:end].split()) >= 6 and not MENU.search(text, at, end)


def begun_inside(text: str, at: int) -> bool:
    """Whether the text at `at` begins inside a ruling's text rather than at its head."""
    if MID_TEXT.match(text, at):
        return True
    at = _line_start(text, at)
    end = text.find("\n", at)
    line = text[at:end if end > 0 else len(text)]
    return len(line.split()) >= SENTENCE_WORDS and "." in line and not HEAD_WORDS.search(text, at, at + 400)


# What a copy begun inside the text holds before its first heading, by that heading's kind: the
# assessment comes right before the decision in every layout; the facts and the procedure before
# the parties' positions, the advice and the jurisdiction (in either order, so both kinds)
BEFORE = {"decision": ("assessment",), "requester_position": ("facts", "procedure"),
          "positions": ("facts", "procedure"), "insurer_position": ("facts", "procedure"),
          "zorginstituut": ("facts", "procedure")}


def _headless(text: str, sections: list[Section]) -> list[Section]:
    """A copy of a ruling begun inside its text ("verlengd. In die brief staat …", "7.4. …"): what
    precedes its first heading is the part of the ruling that heading follows, not a head."""
    if len(sections) >= 2 and sections[0].kind == "head" and sections[1].kind in BEFORE \
            and begun_inside(text, sections[0].start):
        first, kinds = sections[0], BEFORE[sections[1].kind]
        return [Section(kinds[0], "", None, first.start, first.end, first.page, body=first.start,
                        kinds=kinds if len(kinds) > 1 else ()), *sections[1:]]
    return sections


def _by_numbers(text: str, begin: int, found: list[Section], page_of) -> list[Section] | None:
    """A ruling without headings: its sections are its numbered groups of paragraphs
    (extract/numbered.py), when they hold the committee's assessment or decision."""
    tail = next((s.start for s in found if s.kind in ("annex", "info") and s.start > begin), len(text))
    groups = numbered.groups(text, begin, tail)
    if not any(g.kinds[0] in ("assessment", "decision") for g in groups):
        return None
    out = [Section("head", "", None, begin, groups[0].start, page_of(begin))]
    for g in groups:
        out.append(Section(primary_kind(g.kinds), "", g.number, g.start, g.end, page_of(g.start),
                           body=g.body, kinds=g.kinds if len(g.kinds) > 1 else ()))
    return out + [s for s in found if s.start >= tail]


def section_of(sections: list[Section], offset: int) -> Section | None:
    for section in sections:
        if section.start <= offset < section.end:
            return section
    return None


def first(sections: list[Section], *kinds: str) -> Section | None:
    return next((s for s in sections if s.has(*kinds)), None)


def last(sections: list[Section], *kinds: str) -> Section | None:
    return next((s for s in reversed(sections) if s.has(*kinds)), None)
