"""Dutch dates in the forms rulings use, each found with its span and its precision.

`29 augustus 2025`, `1 december 2025`, `3 mrt. 2019`, `3-12-2021`, `27 juni 2021 tot en met
26 juni 2023`, and imprecise ones (`september 2022`, `begin 2025`, `medio 2019`, `in 2021`)
that carry bounds instead of an exact day, so that no rule treats them as exact.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from geschil import literals, recache

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

# A day written as an ordinal word ("de eenentwintigste maart 2008", in a quoted letter).
_UNITS = ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
ORDINAL_DAYS = {
    **dict(zip(("eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende",
                "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende",
                "zeventiende", "achttiende", "negentiende", "twintigste"), range(1, 21), strict=True)),
    **{f"{u}{'ën' if u.endswith('e') else 'en'}twintigste": 21 + i for i, u in enumerate(_UNITS)},
    **{f"{u}entwintigste": 21 + i for i, u in enumerate(_UNITS) if u.endswith("e")},  # without the diaeresis
    "dertigste": 30, "eenendertigste": 31,
}
ORDINAL_DAY = "|".join(sorted(ORDINAL_DAYS, key=len, reverse=True))  # a pattern of the words

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_PART = "|".join(sorted(YEAR_PARTS, key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"
# holidays on a fixed day of the year (month, day); "Koningsdag" moves with a Sunday, so it is none
HOLIDAYS = {"oudejaarsavond": (12, 31), "oudjaarsavond": (12, 31), "oudejaarsdag": (12, 31), "kerstavond": (12, 24),
            "eerste kerstdag": (12, 25), "tweede kerstdag": (12, 26), "nieuwjaarsdag": (1, 1),
            "bevrijdingsdag": (5, 5)}
_HOLIDAY = "|".join(h.replace(" ", r"\s+") for h in sorted(HOLIDAYS, key=len, reverse=True))

# Named patterns, most specific first, each with examples of what it reads (tested).
PATTERNS = [
    # a span of days: "tussen 1 en 15 juni 2017", "tussen 28 mei en 3 juni 2017", "in de week van
    # 14 januari 2020": bounds, never one exact day
    ("between", literals.compile(
        rf"\btussen\s+(?P<d1>[0-3]?\d)(?:e|ste|de)?(?:\s+(?P<m1>{_MONTH})\.?(?:\s+(?P<y1>{_YEAR}))?)?"
        rf"\s+en\s+(?P<d>[0-3]?\d)(?:e|ste|de)?\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>{_YEAR})\b", re.I),
     ("tussen 1 en 15 juni 2017", "tussen 28 mei en 3 juni 2017", "tussen 20 december 2016 en 4 januari 2017")),
    # "in de periode van 10 tot en met 24 november 2022", "van 28 februari t/m 3 maart 2021": a span
    # whose first day is written without its year (a validity "van 1 maart 2021 tot en met …" names
    # two days of its own)
    ("from_to", literals.compile(
        rf"(?<=\bvan\s)(?P<d1>[0-3]?\d)(?:e|ste|de)?(?:\s+(?P<m1>{_MONTH})\.?)?"
        rf"\s+(?:tot\s+en\s+met|t/m)\s+(?P<d>[0-3]?\d)(?:e|ste|de)?\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>{_YEAR})\b", re.I),
     ("10 tot en met 24 november 2022", "28 februari t/m 3 maart 2021")),
    ("week_of", literals.compile(
        rf"\bweek\s+van\s+(?P<d>[0-3]?\d)(?:e|ste|de)?\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>{_YEAR})\b", re.I),
     ("week van 14 januari 2020",)),
    # "in week 33 van 2023": an ISO week, Monday to Sunday
    ("iso_week", literals.compile(rf"\bweek\s+(?P<w>[1-5]?\d)\s+(?:van|in)\s+(?:het\s+jaar\s+)?(?P<y>{_YEAR})\b", re.I),
     ("week 33 van 2023", "week 2 in 2019")),
    # "op 1 en 13 februari 2024", "3, 10 en 17 mei 2021": each day of the list is a date of its own
    ("day_list", literals.compile(
        rf"\b(?P<list>[0-3]?\d(?:\s*,\s*[0-3]?\d)*)\s*,?\s+en\s+(?P<d>[0-3]?\d)(?:e|ste|de)?\s+"
        rf"(?P<m>{_MONTH})\.?,?\s+(?P<y>{_YEAR})\b", re.I),
     ("1 en 13 februari 2024", "3, 10 en 17 mei 2021")),
    # "op 14 januari, 25 februari en 30 juni 2016": days of several months in one list, the year written once at its
    # end; each is a date of its own, in that year (blind round 165)
    ("month_list", literals.compile(
        rf"\b(?P<list>[0-3]?\d\s+(?:{_MONTH})\.?(?:\s*,\s*[0-3]?\d\s+(?:{_MONTH})\.?)*)\s*,?\s+en\s+"
        rf"(?P<d>[0-3]?\d)(?:e|ste|de)?\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>{_YEAR})\b", re.I),
     ("14 januari, 25 februari en 30 juni 2016", "30 juli en 13 augustus 2021")),
    ("day_month_year", literals.compile(
        rf"\b(?P<d>[0-3]?\d)(?:e|ste|de)?\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>{_YEAR})\b", re.I),
     ("29 augustus 2025", "3 mrt. 2019", "1 januari 2017", "12 oktober\n2022")),
    ("day_words", literals.compile(
        rf"\b(?P<d>{ORDINAL_DAY})\s+(?P<m>{_MONTH})\.?,?\s+(?P<y>{_YEAR})\b", re.I),
     ("eenentwintigste maart 2008", "tweeëntwintigste juni 2015", "negende april 2011")),
    ("numeric", literals.compile(
        rf"(?<![\d.\-/])(?P<d>[0-3]?\d)(?P<sep>[-/.])(?P<m>[01]?\d)(?P=sep)(?P<y>{_YEAR})(?![\d])"),
     ("3-12-2021", "03/12/2021", "3.12.2021")),
    # a bill's or a form's short date, day and month of two digits each and the year of two ("14.05.09", "01-09-09";
    # blind round 173): the year in this century (rulings date from 2008)
    ("numeric_short", literals.compile(
        r"(?<![\w.\-/])(?<!artikel\s)(?<!art\.\s)(?P<d>[0-3]\d)(?P<sep>[-/.])(?P<m>[01]\d)(?P=sep)(?P<y>[0-4]\d)"
        r"(?![\d]|[-/.,]\d)", re.I),
     ("14.05.09", "01-09-09", "12/03/19")),
    # a day named by its holiday and year: "op oudejaarsavond 2017" is 31 December 2017 (blind round 59)
    ("holiday", literals.compile(rf"\b(?P<h>{_HOLIDAY})\s+(?:van\s+)?(?P<y>{_YEAR})\b", re.I),
     ("oudejaarsavond 2017", "eerste kerstdag 2019", "nieuwjaarsdag van 2020")),
    # "in juli of augustus 2016": either month, from the first's first day to the second's last
    ("months_either", literals.compile(rf"\b(?P<m1>{_MONTH})\.?\s+of\s+(?P<m>{_MONTH})\.?\s+(?P<y>{_YEAR})\b", re.I),
     ("juli of augustus 2016", "december of januari 2021")),
    # "rond de jaarwisseling 2011/2012", "oud en nieuw 2010/2011": the days around the turn of the year,
    # Christmas to Epiphany (blind round 79)
    ("turn_of_year", literals.compile(rf"\b(?:jaarwisseling|oud\s+en\s+nieuw)\s+(?:van\s+)?(?P<y0>{_YEAR})\s*[/-]\s*(?P<y>{_YEAR})\b",
                                      re.I),
     ("jaarwisseling 2011/2012", "oud en nieuw 2010-2011")),
    # "in de winter van 2020/2021": December of the first year to February of the second (blind round 61)
    ("winter_years", literals.compile(rf"\bwinter\s+(?:van\s+)?(?P<y0>{_YEAR})\s*[/-]\s*(?P<y>{_YEAR})\b", re.I),
     ("winter van 2020/2021", "winter 2009-2010")),
    # half a month: "in de eerste helft van augustus 2019" (blind round 179), the days it names
    ("half_month", literals.compile(rf"\b(?P<p>eerste|tweede)\s+helft\s+van\s+(?P<m>{_MONTH})\.?\s+(?P<y>{_YEAR})\b", re.I),
     ("eerste helft van augustus 2019", "tweede helft van februari 2016")),
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
    precision: str  # day | period (a span of days) | month | season | year

    @property
    def date(self) -> dt.date | None:
        return self.earliest if self.precision == "day" else None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _build(kind: str, m: re.Match) -> tuple[dt.date, dt.date, str] | None:
    y = int(m["y"]) + (2000 if kind == "numeric_short" else 0)
    try:
        if kind in ("day_month_year", "numeric", "numeric_short", "day_words"):
            month = int(m["m"]) if kind in ("numeric", "numeric_short") else MONTHS[m["m"].lower()]
            number = ORDINAL_DAYS[m["d"].lower()] if kind == "day_words" else int(m["d"])
            day = dt.date(y, month, number)
            return day, day, "day"
        if kind == "holiday":
            day = dt.date(y, *HOLIDAYS[re.sub(r"\s+", " ", m["h"].lower())])
            return day, day, "day"
        if kind == "iso_week":
            first = dt.date.fromisocalendar(y, int(m["w"]), 1)
            return first, first + dt.timedelta(days=6), "period"
        if kind == "months_either":
            first, last = MONTHS[m["m1"].lower()], MONTHS[m["m"].lower()]
            if first > last:  # "december of januari 2021": over the year's end
                return dt.date(y - 1, first, 1), _month_end(y, last), "period"
            return (dt.date(y, first, 1), _month_end(y, last), "period") if first < last else None
        if kind == "turn_of_year":
            return (dt.date(int(m["y0"]), 12, 24), dt.date(y, 1, 7), "period") if y == int(m["y0"]) + 1 else None
        if kind == "winter_years":
            return (dt.date(int(m["y0"]), 12, 1), _month_end(y, 2), "season") if y == int(m["y0"]) + 1 else None
        if kind == "whole_year":
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
        if kind == "month_year":
            month = MONTHS[m["m"].lower()]
            return dt.date(y, month, 1), _month_end(y, month), "month"
        if kind == "half_month":
            month = MONTHS[m["m"].lower()]
            first = m["p"].lower() == "eerste"
            return (dt.date(y, month, 1 if first else 16), dt.date(y, month, 15) if first else _month_end(y, month),
                    "period")
        if kind in ("between", "from_to", "week_of"):
            last = dt.date(y, MONTHS[m["m"].lower()], int(m["d"]))
            if kind == "week_of":
                return last, last + dt.timedelta(days=6), "period"
            first = dt.date(int(m.groupdict().get("y1") or y), MONTHS[(m["m1"] or m["m"]).lower()], int(m["d1"]))
            if kind == "from_to" and first > last:  # "van 28 december t/m 3 januari 2021": over the year's end
                first = first.replace(year=y - 1)
            return (first, last, "period") if first < last else None
        first, last = YEAR_PARTS[re.sub(r"\s+", " ", m["p"].lower())]
        return dt.date(y, first, 1), _month_end(y, last), "season"
    except (ValueError, KeyError):
        return None  # 31-02-2021 and the like: not a date


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateMention]:
    """All dates in text[start:end], in text order, without overlaps (specific forms win)."""
    end = len(text) if end is None else end
    found = _INDEX.window(text, start, end) if _INDEX is not None else None
    return list(_dates(text, start, end) if found is None else found)


@lru_cache(maxsize=4096)
def _dates(text: str, start: int, end: int) -> tuple[DateMention, ...]:
    # Extractors read the same sentence's dates again and again: each is found once.
    return _scan(text, start, end)[0]


def _scan(text: str, start: int, end: int) -> tuple[tuple[DateMention, ...], list[tuple[int, int]]]:
    """The dates of text[start:end], and the span of every match any pattern made (kept or not)."""
    taken = _Taken()
    raw: list[tuple[int, int]] = []
    found: list[DateMention] = []
    digits: list[int] | None = None
    for kind, pattern, _ in PATTERNS:
        if kind in DIGIT_LED:
            if digits is None:
                digits = [m.start() for m in _DIGIT_RUN.finditer(text, start, end)]
            matches = digit_led(pattern, text, start, end, digits)
        else:
            matches = pattern.finditer(text, start, end)
        for m in matches:
            a, b = m.span()
            raw.append((a, b))
            if taken.overlaps(a, b):
                continue
            if kind in ("day_list", "month_list"):
                listed = _listed(m) if kind == "day_list" else _months_listed(m)
                if listed:
                    taken.add(a, b)
                    found.extend(listed)
                continue  # not a list of days: its last date is read as a date of its own
            built = _build(kind, m)
            taken.add(a, b)  # an impossible date is no partial date either
            if built:
                found.append(DateMention(a, b, m.group(0), *built))
    return tuple(sorted(found, key=lambda d: d.start)), raw


# Patterns whose every match begins where a run of one or two digits begins (the day, [0-3]?\\d:
# after \\b, or after no digit, dot, dash or slash, and before no digit): tried only there, not at
# every place of the text, nor at a year or an amount.
DIGIT_LED = ("from_to", "day_list", "month_list", "day_month_year", "numeric", "numeric_short")
_DIGIT_RUN = recache.compile(r"\d(?<!\d\d)(?!\d\d)")  # a digit no digit precedes, and not two follow;
# led by \d, so sre finds the digits in C rather than trying the look-behind at every place


def digit_led(pattern, text: str, start: int, end: int, digits: list[int]):
    """pattern.finditer(text, start, end) for a pattern of DIGIT_LED, tried where `digits` (the
    starts of the digit runs of text[start:end]) say a match may begin."""
    if hasattr(pattern, "possible") and not pattern.possible(text, start, end):
        return
    compiled = getattr(pattern, "compiled", pattern)
    last = start
    for at in digits:
        if at < last:
            continue  # inside the previous match: finditer does not overlap
        m = compiled.match(text, at, end)
        if m:
            yield m
            last = m.end()


class _Taken:
    """Disjoint spans, sorted: whether a new one overlaps any is one bisection (a long text has
    hundreds of dates)."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, a: int, b: int) -> bool:
        k = bisect_left(self.starts, b)  # the spans starting before b; of those, the last ends last
        return k > 0 and self.ends[k - 1] > a

    def add(self, a: int, b: int) -> None:
        k = bisect_left(self.starts, a)
        self.starts.insert(k, a)
        self.ends.insert(k, b)


_DAY = recache.compile(r"\d+")


def _listed(m: re.Match) -> list[DateMention]:
    """The days of a list sharing one month and year ("1 en 13 februari 2024"), each with the span
    of its own number, the last with its month and year; none unless they ascend and all exist."""
    last = _build("day_month_year", m)
    days = [(int(d.group()), m.start("list") + d.start(), m.start("list") + d.end())
            for d in _DAY.finditer(m["list"])]
    if last is None or any(b[0] <= a[0] for a, b in zip(days, days[1:], strict=False)) \
            or days[-1][0] >= last[0].day:
        return []
    out = []
    for day, a, b in days:
        try:
            date = last[0].replace(day=day)
        except ValueError:
            return []
        out.append(DateMention(a, b, m.string[a:b], date, date, "day"))
    return out + [DateMention(m.start("d"), m.end(), m.string[m.start("d"):m.end()], *last)]


_DAY_MONTH = recache.compile(rf"(?P<d>[0-3]?\d)\s+(?P<m>{_MONTH})", re.I)


def _months_listed(m: re.Match) -> list[DateMention]:
    """The days of a list over several months sharing the year at its end ("14 januari, 25 februari en 30 juni
    2016"), each with the span of its own day and month; none unless they ascend within the year and all exist."""
    last = _build("day_month_year", m)
    if last is None:
        return []
    year, out = last[0].year, []
    for item in _DAY_MONTH.finditer(m["list"]):
        try:
            date = dt.date(year, MONTHS[item["m"].lower()], int(item["d"]))
        except (ValueError, KeyError):
            return []
        a, b = m.start("list") + item.start(), m.start("list") + item.end()
        out.append(DateMention(a, b, m.string[a:b], date, date, "day"))
    days = [d.earliest for d in out] + [last[0]]
    if any(b <= a for a, b in zip(days, days[1:], strict=False)):
        return []  # not ascending: another year may be meant
    return out + [DateMention(m.start("d"), m.end(), m.string[m.start("d"):m.end()], *last)]


class _Index:
    """A document's dates, found once; a part of it (a section, a sentence, a clause cut from it)
    reads its dates from here rather than searching again.

    A window's answer is the search's own where no match of any pattern crosses the window's
    edges and white space (or the text's edge) borders it: the patterns' look-arounds then see the
    same at the edge, and no match outside can hide or shorten one inside. Elsewhere the window is
    searched as before (tests/test_dates.py holds the two equal on every corpus sentence).
    """

    def __init__(self, text: str) -> None:
        self.text = text
        found, raw = _scan(text, 0, len(text))
        self.found = found
        self.starts = [d.start for d in found]
        raw.sort()
        self.raw_starts = [a for a, _ in raw]
        self.reach: list[int] = []  # the furthest end of the matches so far, by start
        for _, b in raw:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def _crossed(self, at: int) -> bool:
        k = bisect_left(self.raw_starts, at)  # the matches starting before `at`
        return k > 0 and self.reach[k - 1] > at

    def _offset(self, text: str) -> int:
        if text is self.text:
            return 0
        if len(text) >= len(self.text):
            return 0 if text == self.text else -1
        off = self.text.find(text)
        return off if off <= 0 or self.text[off - 1].isspace() else -1

    def window(self, text: str, start: int, end: int) -> tuple[DateMention, ...] | None:
        off = self._offset(text)
        if off < 0:
            return None
        a, b = off + start, off + min(end, len(text))
        whole = self.text
        if (b < len(whole) and not whole[b].isspace()) or self._crossed(a) or self._crossed(b):
            return None
        lo, hi = bisect_left(self.starts, a), bisect_left(self.starts, b)
        if off == 0:
            return self.found[lo:hi]
        return tuple(replace(d, start=d.start - off, end=d.end - off) for d in self.found[lo:hi])


_INDEX: _Index | None = None


def begin(text: str) -> None:
    """A new document: find its dates once, and drop those found in the previous one."""
    global _INDEX
    _dates.cache_clear()
    _INDEX = _Index(text)


def forget() -> None:
    """Drop the dates found so far (memory stays flat over a batch)."""
    global _INDEX
    _dates.cache_clear()
    _INDEX = None


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
