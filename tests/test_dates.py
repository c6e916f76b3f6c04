import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geschil import dates
from geschil.dates import PATTERNS, add_months, add_years, find_dates, parse_date

D = dt.date


@pytest.mark.parametrize(("text", "expected"), [
    ("Op 29 augustus 2025 heeft", [("29 augustus 2025", D(2025, 8, 29), D(2025, 8, 29), "day")]),
    # an ISO week, Monday to Sunday; a week that does not exist is no date (blind round 49)
    ("in week 33 van 2023 geplaatst", [("week 33 van 2023", D(2023, 8, 14), D(2023, 8, 20), "period")]),
    ("in week 60 van 2023", []),
    # a holiday on a fixed day names that day (blind round 59); Koningsdag moves, so it names none
    ("Op oudejaarsavond 2017 is verzoeker geraakt", [("oudejaarsavond 2017", D(2017, 12, 31), D(2017, 12, 31), "day")]),
    ("op tweede kerstdag 2019", [("tweede kerstdag 2019", D(2019, 12, 26), D(2019, 12, 26), "day")]),
    ("op Koningsdag 2019", []),
    # either of two months, and a winter across the year's end (blind round 61)
    ("in juli of augustus 2016 gevallen", [("juli of augustus 2016", D(2016, 7, 1), D(2016, 8, 31), "period")]),
    ("in december of januari 2021", [("december of januari 2021", D(2020, 12, 1), D(2021, 1, 31), "period")]),
    # half a month names its days, not the whole month (blind round 179)
    ("in de eerste helft van augustus 2019", [("eerste helft van augustus 2019", D(2019, 8, 1), D(2019, 8, 15), "period")]),
    ("de tweede helft van februari 2016", [("tweede helft van februari 2016", D(2016, 2, 16), D(2016, 2, 29), "period")]),
    ("in de winter van 2020/2021 gevallen", [("winter van 2020/2021", D(2020, 12, 1), D(2021, 2, 28), "season")]),
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
    # a span whose first day has no year of its own: bounds (blind round 34); over the year's end
    ("in de periode van 10 tot en met 24 november 2022", [
        ("10 tot en met 24 november 2022", D(2022, 11, 10), D(2022, 11, 24), "period")]),
    ("van 28 december t/m 3 januari 2021", [
        ("28 december t/m 3 januari 2021", D(2020, 12, 28), D(2021, 1, 3), "period")]),
    ("1 januari 2017 tot en met 31 december 2017", [
        ("1 januari 2017", D(2017, 1, 1), D(2017, 1, 1), "day"),
        ("31 december 2017", D(2017, 12, 31), D(2017, 12, 31), "day")]),
    # a bill's short dates, the year of two digits (blind round 173); not an article's number, an amount or a phone
    ("14.05.09 excisie, 01.09.09 excisie", [("14.05.09", D(2009, 5, 14), D(2009, 5, 14), "day"),
                                            ("01.09.09", D(2009, 9, 1), D(2009, 9, 1), "day")]),
    ("artikel 12.03.19", []),
    ("€ 10.05.20,00", []),
    ("06-12-34-56", []),
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


@pytest.mark.parametrize(("text", "expected"), [
    # days of several months listed with the year once at the end (blind round 165)
    ("gereisd op 14 januari, 25 februari, 7 april, 19 mei en 30 juni 2016.",
     [D(2016, 1, 14), D(2016, 2, 25), D(2016, 4, 7), D(2016, 5, 19), D(2016, 6, 30)]),
    # ... not when they do not ascend: another year may be meant
    ("op 15 december en 3 januari 2021", [D(2021, 1, 3)]),
])
def test_days_of_several_months_share_the_year_at_the_end(text, expected):
    assert [d.date for d in find_dates(text)] == expected


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
    # a span "van 10 tot en met 24 november 2022" begins at its first day: "van" is seen behind it
    assert pattern.fullmatch(example) or (kind == "from_to" and pattern.fullmatch("van " + example, 4)), example
    if kind == "month_list":  # a date per day and month, each in the year written once at the end
        found = find_dates(example)
        assert len(found) == len(re.findall(r"\b\d{1,2}\b", example))
        assert {d.earliest.year for d in found} == {int(example[-4:])} and (found[0].start, found[-1].end) == (0, len(example))
        return
    if kind == "day_list":  # a date per day, the first at the start, the last up to the year
        found = find_dates(example)
        assert len(found) == len(re.findall(r"\b\d{1,2}\b", example))
        assert (found[0].start, found[-1].end) == (0, len(example))
        return
    context = "van " if kind == "from_to" else ""
    (found,) = find_dates(context + example)
    assert found.text == example


@pytest.mark.parametrize(("text", "expected"), [
    ("uitgevoerd op 1 en 13 februari 2024", ["2024-02-01", "2024-02-13"]),
    ("op 3, 10 en 17 mei 2021 behandeld", ["2021-05-03", "2021-05-10", "2021-05-17"]),
    # not ascending (teeth, not days) or a day that does not exist: only the full date
    ("de elementen 21 en 11 februari 2020", ["2020-02-11"]),
    ("op 30 en 31 februari 2020", []),
])
def test_a_list_of_days_sharing_a_month(text, expected):
    assert [d.date.isoformat() for d in find_dates(text) if d.date] == expected


# -- the document's date index: a window's dates are the search's own ----------------------------

_EDGES = [
    ("een brief van 3 maart 2019. Daarna", (0, 26)),  # a window ending inside the year's sentence
    ("op 12 oktober\n2022 ontvangen", (0, 13)),  # a date broken over a line, cut at the line
    ("sinds 3-12-2021x en 4-5-2020", (0, 15)),  # a word character after the window
    ("in maart 2019 en mei 2020", (3, 13)),
    ("3 mrt. 2019", (2, 11)),  # a window inside a day's date: only the month's
    ("1.3-12-2021 x", (2, 11)),  # cut out, the date has no dot before it to refuse it
]


@pytest.mark.parametrize(("text", "window"), _EDGES)
def test_a_window_of_the_indexed_text_reads_as_its_own_search(text, window):
    dates.begin(text)
    try:
        assert dates.find_dates(text, *window) == list(dates._scan(text, *window)[0])
        part = text[window[0]:window[1]]
        assert dates.find_dates(part) == list(dates._scan(part, 0, len(part))[0])
    finally:
        dates.forget()


def test_every_corpus_sentence_reads_its_dates_from_the_index_as_by_search():
    """The index answers most windows (sentences, clauses, sections) and each answer equals what
    searching the window gives, also for the sentence cut out as a string of its own."""
    from geschil.extract.text import sentences
    from geschil.ingest import load

    root = Path(__file__).resolve().parent.parent
    answered = 0
    for path in sorted((root / "corpus" / "src").glob("*.txt"))[::4]:
        text = load(path).text
        dates.begin(text)
        spans = list(sentences(text))
        for a, b in spans + [(a, b2) for (a, _), (_, b2) in zip(spans, spans[2:], strict=False)]:
            for t, s, e in ((text, a, b), (text[a:b], 0, b - a)):
                want = list(dates._scan(t, s, e)[0])
                answered += dates._INDEX.window(t, s, e) is not None
                assert dates.find_dates(t, s, e) == want, (path.name, t[s:e])
    dates.forget()
    assert answered > 1000


def test_day_patterns_tried_where_digit_runs_begin_find_what_a_scan_finds():
    """The day patterns are tried only where a run of digits begins (their days begin there):
    on every corpus ruling, and on its windows, they find what a scan of their own finds."""
    from geschil import literals

    kinds = dict((k, p) for k, p, _ in dates.PATTERNS)
    root = Path(__file__).resolve().parent.parent
    for path in sorted((root / "corpus" / "src").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        literals.begin(text)
        for start, end in ((0, len(text)), (len(text) // 3, 2 * len(text) // 3)):
            digits = [m.start() for m in dates._DIGIT_RUN.finditer(text, start, end)]
            for kind in dates.DIGIT_LED:
                pattern = kinds[kind]
                compiled = getattr(pattern, "compiled", pattern)
                want = [m.span() for m in compiled.finditer(text, start, end)]
                assert [m.span() for m in dates.digit_led(pattern, text, start, end, digits)] == want


@given(st.lists(st.sampled_from(["1", "12", "123", "2024", "3", "0", "31", " ", ", ", " en ", "e", "ste",
                                 "januari", "mei", " 2021", "-", "/", ".", "a", "\n"]), max_size=14).map("".join))
def test_day_patterns_start_only_at_runs_of_one_or_two_digits(text):
    from geschil import literals

    literals.begin(text)
    kinds = dict((k, p) for k, p, _ in dates.PATTERNS)
    digits = [m.start() for m in dates._DIGIT_RUN.finditer(text)]
    for kind in dates.DIGIT_LED:
        pattern = kinds[kind]
        compiled = getattr(pattern, "compiled", pattern)
        assert [m.span() for m in dates.digit_led(pattern, text, 0, len(text), digits)] == \
            [m.span() for m in compiled.finditer(text)], kind
