"""Give back the lines a flattened copy lost: web hosts run headings into their paragraph
("1. Partijen A te B, hierna te noemen: …") or a whole ruling into a few long lines.

Every edit turns one space into a line break, so offsets (and the origin map) do not move.
Later stages then find headings, head labels and members line by line, as in a PDF.
"""

from __future__ import annotations

import re
from functools import cache

from geschil import lines, recache
from geschil.law.headings import heading_kinds, run_in_heading

Edit = tuple[int, int, str]

# A line this long is a flattened paragraph or page, never a PDF line. In a text copy every line
# is a paragraph (its lines were not broken by a page width), so any length counts.
LONG_LINE = 200
# Where a flattened line breaks: before a head label, between the bracketed members and the
# bracketed applied articles, before a numbered paragraph or section after the end of a sentence, around "Hele tekst".
BREAK_BEFORE = recache.compile(
    r"[ \t](?=(?:Partijen|Zaak|Zaaknummer|Zittingsdatum|Datum zitting|Datum uitspraak)[ \t]*:)"
    r"|(?<=\))[ \t](?=\((?:[^()\n]{0,40}\b(?:Zvw|Bzv|Rzv|artt?\.|Voorwaarden|[Vv]erzekering)))"
    r"|(?<=[.:;)])[ \t](?=\d{1,2}\.\d{1,2}\.?[ \t]+[A-Z(])"
    r"|[ \t](?=Hele\s+tekst\b)|(?<=\bHele tekst)[ \t]")
# The committee's name before its members opens the head, unless an article or preposition says
# it stands in a sentence.
COMMITTEE = recache.compile(r"(?<=[ \t])Geschillencommissie\s+Zorgverzekeringen\b(?=[ \t]*(?:\(|mr\.|drs?\.|prof\.|$))",
                       re.M)
IN_SENTENCE = recache.compile(r"\b(?:de|der|van|aan|bij|door|tot|voor|naar|met|op|om|die|deze)[ \t]$", re.I)
# A section heading, numbered or not, after the end of a sentence (or a year, a case number).
NUMBERED = recache.compile(r"(?<=[.:;)\d\"”’])[ \t](?=(?:(\d{1,2})\.?[ \t]+)?[A-ZÀ-Þ])")
# A heading at the start of a line: numbered, or in a long line also unnumbered.
# The place and date of signing after the decision ("… af. Zeist, 26 november 2008 mr. A, voorzitter").
SIGNED = recache.compile(r"(?:(?<=[.:;])(?P<a>[ \t])|^)[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,[ \t]+\d{1,2}[ \t]+[a-z]+\.?[ \t]+\d{4},?"
                    r"(?P<b>[ \t])", re.M)
# A section number just before: the heading after it belongs to that number.
AFTER_NUMBER = recache.compile(r"(?:^|[ \t])\d{1,2}\.?$", re.M)
_GAP = recache.compile(r"\.?[ \t]+")
LINE_START = recache.compile(r"^[ \t]*(?:\d{1,2}\.?[ \t]+)?(?=[A-ZÀ-Þ])", re.M)
# The unnumbered heading "Partijen" run into the requester's opening words (a web copy's).
PARTIES_RUN_IN = recache.compile(r"^[ \t]*Partijen[ \t](?=(?:De\s+heer|Mevrouw|Mw\.|Dhr\.|[A-Z]\s+te)\s)", re.M)
NUMBERED_LINE = recache.compile(r"^[ \t]*\d{1,2}\.?[ \t]+(?=[A-ZÀ-Þ])", re.M)  # LINE_START with its number


@cache
def _long_lines(length: int) -> re.Pattern:
    """A whole line of at least `length` characters."""
    return recache.compile(rf"(?m)^[^\n]{{{length},}}")


def reflow_edits(text: str, wrapped: bool = True) -> list[Edit]:
    """Spaces that become line breaks: around headings that run into their paragraph, and at the
    joints of a flattened line. `wrapped`: the lines were broken by a page width (a PDF)."""
    long_line = LONG_LINE if wrapped else 1
    edits: set[int] = set()
    for m in lines.finditer(NUMBERED_LINE, text):  # the few numbered lines, not every line
        _run_in(text, m.end(), edits)
    for m in lines.finditer(PARTIES_RUN_IN, text):  # "Partijen De heer A te B, …" on a short line too
        edits.add(m.end() - 1)
    # from line starts only: tried at every character, a short line is run through once per character
    for line in lines.finditer(_long_lines(long_line), text):  # each a whole line
        m = LINE_START.match(text, line.start())
        if m:
            _run_in(text, m.end(), edits)
        for b in BREAK_BEFORE.finditer(text, line.start(), line.end()):
            edits.add(b.start())
        for c in COMMITTEE.finditer(text, line.start(), line.end()):
            if not IN_SENTENCE.search(text, max(0, c.start() - 8), c.start()):
                edits.add(c.start() - 1)
        for m in SIGNED.finditer(text, line.start(), line.end()):
            edits.update(m.start(g) for g in ("a", "b") if m.start(g) >= 0)
        for n in NUMBERED.finditer(text, line.start(), line.end()):
            if not n.group(1) and AFTER_NUMBER.search(text, max(line.start(), n.start() - 4), n.start()):
                continue
            title = _GAP.match(text, n.end() + len(n.group(1))).end() if n.group(1) else n.end()
            if _run_in(text, title, edits) or _whole_line(text, title):
                edits.add(n.start())
    return [(a, a + 1, "\n") for a in sorted(edits)]


def _run_in(text: str, start: int, edits: set[int]) -> bool:
    found = run_in_heading(text, start)
    if found:
        edits.add(found[0])
    return bool(found)


def _whole_line(text: str, start: int) -> bool:
    end = text.find("\n", start)
    return bool(heading_kinds(text[start:len(text) if end < 0 else end]))
