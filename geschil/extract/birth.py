"""The insured person's birth as the ruling prints it: "geboren op 9 februari 1994", "geboren in
mei 1993", "geboortedatum: 3 april 2001". A day, or the bounds of a month or a year, never a
guess; a ruling that dates two different births (a parent and a child) leaves it unstated, for
which of them the policy's age limit concerns is not for geschil to pick.
"""

from __future__ import annotations

import datetime as dt
import re

from geschil import literals
from geschil.dates import find_dates
from geschil.extract.facts.common import _sentences_with
from geschil.extract.head import Found
from geschil.extract.sections import Section

# the words that lead a date of birth; the date must follow them directly
BORN = literals.compile(r"\b(?:geboren|geboortedatum)\b\s*(?::\s*|(?:op|in|d\.d\.)\s+)?", re.I)
# a birth by its year alone: "geboren in 2001", "die in 2001 is geboren" (a bare year is no date elsewhere)
BORN_IN_YEAR = literals.compile(r"\bgeboren\s+in\s+(?P<y>(?:19|20)\d\d)\b(?!\s*[-/.]\d)"
                                r"|\bin\s+(?P<y2>(?:19|20)\d\d)\s+(?:is|was)\s+geboren\b", re.I)
# a birth whose day a host masked: "geboren op xx februari 2005" (the month and year bound it)
MASKED_DAY = literals.compile(r"\b(?:geboren|geboortedatum)\b\s*(?::\s*|(?:op|d\.d\.)\s+)?(?:xx|x|\*\*|\.\.|…|\[\.\.\.\])\s+"
                              r"(?P<md>[a-z]+\s+(?:19|20)\d\d)\b", re.I)
# a birth dated before its word: "Zij is in juli 1980 geboren", "die op 3 mei 2001 is geboren"
DATE_LEADS = literals.compile(r"\b(?:op|in)\s+$", re.I)
BORN_AFTER = literals.compile(r"\s+(?:(?:is|was|werd)\s+)?geboren\b", re.I)


def birth(text: str, sections: list[Section]) -> Found | None:
    """{date, earliest, latest, precision, text} of the one birth the ruling dates, or None."""
    found: dict[tuple, Found] = {}
    for a, b in _sentences_with(text, sections, BORN):
        for m in BORN.finditer(text, a, b):
            d = next((d for d in find_dates(text, m.start(), b)
                      if m.start() < d.start <= m.end() < d.end), None)
            if d is None or d.precision == "period":
                continue
            _keep(found, d)
        for m in MASKED_DAY.finditer(text, a, b):
            d = next((d for d in find_dates(text, m.start("md"), m.end("md")) if d.precision == "month"), None)
            if d is not None:
                _keep(found, d)
        for d in find_dates(text, a, b):
            if d.precision != "period" and BORN_AFTER.match(text, d.end, b) \
                    and DATE_LEADS.search(text, max(a, d.start - 8), d.start):
                _keep(found, d)
        for m in BORN_IN_YEAR.finditer(text, a, b):
            y = int(m["y"] or m["y2"])
            at = m.start("y") if m["y"] else m.start("y2")
            value = {"date": None, "earliest": dt.date(y, 1, 1), "latest": dt.date(y, 12, 31),
                     "precision": "year", "text": str(y)}
            found.setdefault((value["earliest"], value["latest"]), Found(value, at, at + 4))
    # a finer date of the same year says more than the year
    finer = {k[0].year for k, f in found.items() if f.value["precision"] != "year"}
    found = {k: f for k, f in found.items() if f.value["precision"] != "year" or k[0].year not in finer}
    return next(iter(found.values())) if len(found) == 1 else None


def _keep(found: dict, d) -> None:
    """A birth dated by this mention, once per span of days."""
    value = {"date": d.date, "earliest": d.earliest, "latest": d.latest, "precision": d.precision, "text": d.text}
    found.setdefault((d.earliest, d.latest), Found(value, d.start, d.end))
