import datetime as dt

import pytest

from geschil.dates import PATTERNS, add_months, add_years, find_dates, parse_date

D = dt.date


@pytest.mark.parametrize(("text", "expected"), [
    ("Op 29 augustus 2025 heeft", [("29 augustus 2025", D(2025, 8, 29), D(2025, 8, 29), "day")]),
    ("op 1 december 2025.", [("1 december 2025", D(2025, 12, 1), D(2025, 12, 1), "day")]),
    ("op 3 mrt. 2019 gezonden", [("3 mrt. 2019", D(2019, 3, 3), D(2019, 3, 3), "day")]),
    ("brief van 3-12-2021", [("3-12-2021", D(2021, 12, 3), D(2021, 12, 3), "day")]),
    ("d.d. 03/12/2021", [("03/12/2021", D(2021, 12, 3), D(2021, 12, 3), "day")]),
    ("geldig van 27 juni 2021 tot en met 26 juni 2023", [
        ("27 juni 2021", D(2021, 6, 27), D(2021, 6, 27), "day"),
        ("26 juni 2023", D(2023, 6, 26), D(2023, 6, 26), "day")]),
    ("Begin 2025 is verzoeker", [("Begin 2025", D(2025, 1, 1), D(2025, 4, 30), "season")]),
    ("medio 2019", [("medio 2019", D(2019, 5, 1), D(2019, 8, 31), "season")]),
    ("in september 2022 zijn", [("september 2022", D(2022, 9, 1), D(2022, 9, 30), "month")]),
    ("in februari 2024", [("februari 2024", D(2024, 2, 1), D(2024, 2, 29), "month")]),
    ("op 29 februari 2020", [("29 februari 2020", D(2020, 2, 29), D(2020, 2, 29), "day")]),
    ("op 29 februari 2021", []),  # no such day
    ("31-02-2021", []),
    ("zaaknummer 2025026995", []),  # a number, not a date
    ("artikel 2.7, lid 1", []),
    ("1 januari 2017 tot en met 31 december 2017", [
        ("1 januari 2017", D(2017, 1, 1), D(2017, 1, 1), "day"),
        ("31 december 2017", D(2017, 12, 31), D(2017, 12, 31), "day")]),
])
def test_find_dates(text, expected):
    found = [(d.text, d.earliest, d.latest, d.precision) for d in find_dates(text)]
    assert found == expected
    for d in find_dates(text):
        assert text[d.start:d.end] == d.text


def test_imprecise_date_has_no_exact_value():
    (d,) = find_dates("begin 2025")
    assert d.date is None
    (e,) = find_dates("14 januari 2025")
    assert e.date == D(2025, 1, 14)


@pytest.mark.parametrize(("text", "expected"), [
    ("13 maart 2026", D(2026, 3, 13)),
    ("geen datum", None),
    ("1 mei 2020 en 2 mei 2020", None),  # ambiguous
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(("day", "years", "expected"), [
    (D(2021, 6, 27), 2, D(2023, 6, 27)),
    (D(2020, 2, 29), 2, D(2022, 2, 28)),  # leap day: 28 February in a common year
    (D(2020, 2, 29), 4, D(2024, 2, 29)),
])
def test_add_years(day, years, expected):
    assert add_years(day, years) == expected


@pytest.mark.parametrize(("day", "months", "expected"), [
    (D(2021, 6, 27), 3, D(2021, 9, 27)),
    (D(2021, 11, 30), 3, D(2022, 2, 28)),
    (D(2021, 1, 31), 1, D(2021, 2, 28)),
])
def test_add_months(day, months, expected):
    assert add_months(day, months) == expected


@pytest.mark.parametrize(("kind", "example"), [
    (kind, example) for kind, _, examples in PATTERNS for example in examples
])
def test_every_pattern_reads_its_examples(kind, example):
    pattern = next(p for k, p, _ in PATTERNS if k == kind)
    assert pattern.fullmatch(example), example
    (found,) = find_dates(example)
    assert found.text == example
