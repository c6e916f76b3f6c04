"""The anatomy of a ruling: its sections, found as data (number, title, kind, span, page)."""

from __future__ import annotations

import re
from dataclasses import dataclass

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

    @property
    def body_start(self) -> int:
        return self.start if self.body < 0 else self.body


# Heading titles per kind (matched against the whole heading line, case-insensitive).
HEADINGS: list[tuple[str, re.Pattern]] = [
    (kind, re.compile(rf"^(?:{pattern})[.:]?$", re.I)) for kind, pattern in [
        ("parties", r"(?:de\s+)?partijen"),
        ("procedure", r"(?:het\s+)?(?:ontstaan\s+en\s+)?verloop\s+van\s+(?:de\s+procedure|het\s+geding)"
                      r"|procedure|het\s+geding|verloop\s+van\s+het\s+geding"),
        ("facts", r"(?:de\s+)?vaststaande\s+feiten|(?:de\s+)?feiten|(?:de\s+)?verzekeringssituatie"
                  r"|de\s+bestreden\s+beslissing|feiten\s+en\s+omstandigheden"),
        ("requester_position", r"(?:het\s+)?standpunt(?:en)?(?:\s+en\s+(?:de\s+)?conclusies?)?\s+(?:van\s+)?(?:de\s+)?verzoek(?:st)?er"
                               r"|het\s+verzoek|(?:het\s+)?verzoek\s+en\s+(?:het\s+)?standpunt\s+van\s+verzoek(?:st)?er"),
        ("insurer_position", r"(?:het\s+)?standpunt(?:en)?(?:\s+en\s+(?:de\s+)?conclusies?)?\s+(?:van\s+)?(?:de\s+)?"
                             r"(?:ziektekosten|zorg)?verzekeraars?|(?:het\s+)?verweer"),
        ("positions", r"(?:de\s+)?standpunten\s+van\s+partijen"),
        ("zorginstituut", r"(?:het\s+)?advies\s+(?:van\s+(?:het\s+)?)?(?:zorginstituut(?:\s+nederland)?"
                          r"|cvz|college\s+voor\s+zorgverzekeringen)"),
        ("jurisdiction", r"(?:de\s+)?bevoegdheid(?:\s+van\s+de\s+commissie)?|ontvankelijkheid"),
        ("assessment", r"(?:de\s+)?beoordeling(?:\s+van\s+het\s+(?:geschil|verzoek))?|overwegingen"
                       r"|de\s+beoordeling\s+door\s+de\s+commissie"),
        ("decision", r"(?:het\s+)?bindend\s+advies|(?:de\s+)?beslissing|uitspraak"),
        ("info", r"informatie\s+voor\s+partijen"),
        ("annex", r"bijlage(?:\s*\d*)?(?:\s*[-–:]\s*.{0,60})?"),
    ]
]
_HEADING_LINE = re.compile(
    r"^[ \t]*(?:(?P<num>\d{1,2})\.?[ \t]*(?:\n[ \t]*)?)?(?P<title>[A-Z][^\n]{2,70}?)[ \t]*$", re.M)
# Where the ruling itself begins (anything before it is wrapper text from a web page).
RULING_START = re.compile(
    r"^[ \t]*(?:ANONIEM\s+)?BINDEND\s+ADVIES\b|^[ \t]*Geschillencommissie\s+Zorgverzekeringen\b"
    r"|^[ \t]*Partijen\s*(?::|Zaak\b)", re.I | re.M)


def _kind_of(title: str) -> str | None:
    clean = " ".join(title.split())
    for kind, pattern in HEADINGS:
        if pattern.match(clean):
            return kind
    return None


def ruling_start(text: str) -> int:
    m = RULING_START.search(text)
    return m.start() if m else 0


def _candidates(text: str, start: int) -> list[tuple[int, int, str, str | None, str]]:
    """(start, end, kind, number, title) of every line that reads as a section heading."""
    found = []
    for m in _HEADING_LINE.finditer(text, start):
        kind = _kind_of(m["title"])
        if kind:
            found.append((m.start(), m.end(), kind, m["num"], " ".join(m["title"].split())))
    return found


def find_sections(text: str, page_of=lambda offset: 1) -> list[Section]:
    """The sections of a ruling in text order, from its head to the annex."""
    begin = ruling_start(text)
    cands = _candidates(text, begin)
    numbered = sum(1 for c in cands if c[3]) >= 3
    accepted: list[tuple[int, int, str, str | None, str]] = []
    seen: set[str] = set()
    last_num = 0
    for cand in cands:
        a, _, kind, num, _ = cand
        if a == begin and kind == "decision":
            continue  # the document title "Bindend advies" opens the head
        if num is not None:
            if int(num) <= last_num:
                continue
            last_num = int(num)
        elif numbered and kind in seen and kind not in ("annex", "info"):
            continue  # an unnumbered sub-heading inside a numbered section
        if kind == "decision" and not seen:
            continue  # "Bindend advies" in the head block is the title, not the decision
        accepted.append(cand)
        seen.add(kind)
        if kind == "annex":
            break  # the annex quotes other texts: its own numbering is not the ruling's
    sections = []
    bounds = [c[0] for c in accepted] + [len(text)]
    if not accepted or accepted[0][0] > begin:
        sections.append(Section("head", "", None, begin, bounds[0], page_of(begin)))
    for (a, e, kind, num, title), b in zip(accepted, bounds[1:], strict=True):
        sections.append(Section(kind, title, num, a, b, page_of(a), body=min(e + 1, b)))
    return sections


def section_of(sections: list[Section], offset: int) -> Section | None:
    for section in sections:
        if section.start <= offset < section.end:
            return section
    return None


def first(sections: list[Section], *kinds: str) -> Section | None:
    return next((s for s in sections if s.kind in kinds), None)


def last(sections: list[Section], *kinds: str) -> Section | None:
    return next((s for s in reversed(sections) if s.kind in kinds), None)
