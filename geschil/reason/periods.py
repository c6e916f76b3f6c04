"""Date arithmetic for the rules, with the conventions stated in law/provisions.json.

A date plus N years or months keeps its day, or takes the last day of a shorter month
(29 February 2020 + 2 years = 28 February 2022), like dateutil's relativedelta. A window of N
units after a date D counts D as its first day and ends the day before the day with D's number
N units later; a month without that number puts the first day of the next month in its place
(29 February 2016 + 2 years → 1 March 2018, so the last day is 28 February 2018: a window after
a leap day is not a day shorter than any other). Imprecise dates are
bounds (earliest, latest); a verdict is safe only when both bounds fall on the same side.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def add(d: dt.date, value: float, unit: str) -> dt.date:
    """d + value unit; fractions of years become months, fractions of months days (30 each)."""
    if unit == "years":
        value, unit = value * 12, "months"
    if unit == "months":
        whole = int(value)
        return add_months(d, whole) + dt.timedelta(days=round((value - whole) * 30))
    if unit == "days":
        return d + dt.timedelta(days=round(value))
    raise ValueError(f"not a period unit: {unit}")


def same_day_later(d: dt.date, value: float, unit: str) -> dt.date:
    """The day that bears d's number `value unit` later; when that month lacks the number
    (29 February in a common year, 31 April) the first day of the next month takes its place."""
    months = value * 12 if unit == "years" else value
    if unit not in ("years", "months") or not float(months).is_integer():
        return add(d, value, unit)
    y, m = divmod(d.month - 1 + int(months), 12)
    year, month = d.year + y, m + 1
    if d.day <= calendar.monthrange(year, month)[1]:
        return dt.date(year, month, d.day)
    return dt.date(year + month // 12, month % 12 + 1, 1)


def numbered_day(d: dt.date, value: float, unit: str) -> dt.date | None:
    """The day that bears d's number `value unit` later, where that month has it: the last day
    of the window for a reader who counts from the day after d (the day after last_day); None
    where the month lacks the number, both readings then ending on its last day."""
    later = same_day_later(d, value, unit)
    return later if unit not in ("years", "months") or later.day == d.day else None


def last_day(d: dt.date, value: float, unit: str) -> dt.date:
    """The last day of a window of `value unit` that starts on d (see the module doc)."""
    return same_day_later(d, value, unit) - dt.timedelta(days=1)


def fmt(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def upper(s: str) -> str:
    """First letter upper case, the rest untouched (str.capitalize lowers month names)."""
    return s[:1].upper() + s[1:]


def fmt_period(value: float, unit: str, lang: str = "en") -> str:
    """2 years (en), 2 jaar (nl): the unit's words are in the catalogue (unit.UNIT: one, more)."""
    from geschil.i18n import catalogue

    number = int(value) if float(value).is_integer() else value
    one, more = catalogue(lang)[f"unit.{unit}"]
    return f"{number} {one if number == 1 else more}"


@dataclass(frozen=True)
class Ref:
    """A dated fact a rule compares: exact (lo == hi) or imprecise, with its label and evidence."""

    lo: dt.date
    hi: dt.date
    label: str  # e.g. "the application of 8 May 2025"
    evidence: object | None = None  # models.Evidence

    @property
    def exact(self) -> bool:
        return self.lo == self.hi


def relation(ref: Ref, last_lo: dt.date, last_hi: dt.date | None = None) -> str:
    """'inside' (on or before the last day), 'outside' (after it) or 'unsure'.

    The last day itself may be uncertain (an end date whose inclusiveness is not stated):
    then it lies between last_lo and last_hi.
    """
    last_hi = last_hi or last_lo
    if ref.hi <= last_lo:
        return "inside"
    if ref.lo > last_hi:
        return "outside"
    return "unsure"


def full_years(start: dt.date, end: dt.date) -> int:
    years = end.year - start.year
    return years - 1 if (end.month, end.day) < (start.month, start.day) else years
