"""Dutch dates in the forms rulings use, each found with its span and its precision.

`29 augustus 2025`, `1 december 2025`, `3 mrt. 2019`, `3-12-2021`, `27 juni 2021 tot en met
26 juni 2023`, and imprecise ones (`september 2022`, `begin 2025`, `medio 2019`, `in 2021`)
that carry bounds instead of an exact day, so that no rule treats them as exact.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from geschil import literals

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Words that place an imprecise date in part of a year: (first month, last month).
YEAR_PARTS = {
    "begin": (1, 4), "eind": (9, 12), "einde": (9, 12), "medio": (5, 8), "half": (5, 8),
    "midden": (5, 8), "voorjaar": (3, 5), "zomer": (6, 8), "najaar": (9, 11), "winter": (1, 2),
    "eerste helft": (1, 6), "tweede helft": (7, 12),
}

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_PART = "|".join(sorted(YEAR_PARTS, key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"

# Named patterns, most specific first, each with examples of what it reads (tested).
PATTERNS = [
    ("day_month_year", literals.compile(
        rf"\b(?P<d>[0-3]?\d)(?:e|ste|de)?\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>{_YEAR})\b", re.I),
     ("29 augustus 2025", "3 mrt. 2019", "1 januari 2017", "12 oktober\n2022")),
    ("numeric", literals.compile(
        rf"(?<![\d.\-/])(?P<d>[0-3]?\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<y>{_YEAR})(?![\d])"),
     ("3-12-2021", "03/12/2021", "3.12.2021")),
    ("part_of_year", literals.compile(rf"\b(?P<p>{_PART})\s+(?:van\s+)?(?P<y>{_YEAR})\b", re.I),
     ("begin 2025", "medio 2019", "eind 2020", "voorjaar 2018", "tweede helft van 2021")),
    ("whole_year", literals.compile(rf"\b(?:in\s+de\s+loop\s+van|gedurende|ergens\s+in|in\s+het\s+jaar|in\s+het\s+kalenderjaar)\s+(?P<y>{_YEAR})\b", re.I),
     ("in de loop van 2019", "ergens in 2014", "in het jaar 2016")),
    ("month_year", literals.compile(rf"\b(?P<m>{_MONTH})\.?\s+(?P<y>{_YEAR})\b", re.I),
     ("september 2022", "mei 2021", "dec. 2019")),
]


@dataclass(frozen=True)
class DateMention:
    """A date found in text: exact (`date` set) or imprecise (only the bounds)."""

    start: int
    end: int
    text: str
    earliest: dt.date
    latest: dt.date
    precision: str  # day | month | season | year

    @property
    def date(self) -> dt.date | None:
        return self.earliest if self.precision == "day" else None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _build(kind: str, m: re.Match) -> tuple[dt.date, dt.date, str] | None:
    y = int(m["y"])
    try:
        if kind in ("day_month_year", "numeric"):
            month = MONTHS[m["m"].lower()] if kind == "day_month_year" else int(m["m"])
            day = dt.date(y, month, int(m["d"]))
            return day, day, "day"
        if kind == "whole_year":
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
        if kind == "month_year":
            month = MONTHS[m["m"].lower()]
            return dt.date(y, month, 1), _month_end(y, month), "month"
        first, last = YEAR_PARTS[re.sub(r"\s+", " ", m["p"].lower())]
        return dt.date(y, first, 1), _month_end(y, last), "season"
    except (ValueError, KeyError):
        return None  # 31-02-2021 and the like: not a date


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """All dates in text[start:end], in text order, without overlaps (specific forms win)."""
    return list(_dates(text, start, len(text) if end is None else end))


@lru_cache(maxsize=4096)
def _dates(text: str, start: int, end: int) -> tuple[DateMention, ...]:
    # Extractors read the same sentence's dates again and again: each is found once.
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern, _ in PATTERNS:
        for m in pattern.finditer(text, start, end):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            built = _build(kind, m)
            taken.append((m.start(), m.end()))  # an impossible date is no partial date either
            if built:
                found.append(DateMention(m.start(), m.end(), m.group(0), *built))
    return tuple(sorted(found, key=lambda d: d.start))


def forget() -> None:
    """Drop the dates found so far (a new document begins: memory stays flat)."""
    _dates.cache_clear()


def parse_date(text: str) -> dt.date | None:
    """The single exact date in a short string, or None."""
    exact = [d for d in find_dates(text) if d.date]
    return exact[0].date if len(exact) == 1 else None


def add_years(day: dt.date, years: int) -> dt.date:
    """`day` plus whole years; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` plus whole months, clamped to the last day of a shorter month."""
    total = day.month - 1 + months
    year, month = day.year + total // 12, total % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
