"""Accident cover: window after the accident, approval deadline, direct consequence, cap."""

from __future__ import annotations

import datetime as dt

import pytest
from reason_records import ctx, mention, period, term, treatment

from geschil.models import Citation, Event
from geschil.reason.rules import accident_cover as ac

W2 = term("accident_treatment_window", 2, "years")
GROWTH = mention("kaak nog in de groei", "accident:jaw_growth", section="facts")  # "nadat de groei was afgerond"


def FIN(day: str):  # noqa: N802 - reads like a constant in the tables
    return treatment("finished", day)


@pytest.mark.parametrize("accident, applications, treatments, terms, age, verdict", [
    # the seed's shape: more than two years between accident and the latest application
    ("2021-06-27", ("2025-01-14", "2025-05-08"), (), (W2,), None, "not_met"),
    # the window closes after 26 June 2023 as geschil counts: the last day is in; exactly two years is
    # the last day for a reader who counts from the next day, never held late (was not_met, blind round 154)
    ("2021-06-27", ("2021-08-01",), (FIN("2023-06-26"),), (W2,), None, "met"),
    ("2021-06-27", ("2023-06-27",), (), (W2,), None, "unknown"),
    ("2021-06-27", ("2023-06-28",), (), (W2,), None, "not_met"),
    # an application inside the window with no finish date: the finish may come after it
    # (was met: the application was taken as the date of the care)
    ("2021-06-27", ("2023-06-26",), (), (W2,), None, "unknown"),
    ("2021-06-27", ("2021-08-01",), (), (W2,), None, "unknown"),
    # leap day: 1 March 2022 takes the place of the missing 29 February, so 28 February 2022 is
    # the last day (was 27 February, a day shorter than after any other accident)
    ("2020-02-29", ("2020-03-10",), (FIN("2022-02-28"),), (W2,), None, "met"),
    ("2020-02-29", ("2022-03-01",), (), (W2,), None, "not_met"),
    # a month without the accident's number: 31 January + 1 month ends on the last of February
    ("2021-01-31", ("2021-02-01",), (FIN("2021-02-28"),), (term("accident_treatment_window", 1, "months"),),
     None, "met"),
    ("2021-01-31", ("2021-03-01",), (), (term("accident_treatment_window", 1, "months"),), None, "not_met"),
    # the care on the day that bears the accident's number two years later: inside for a reader who
    # counts from the next day, never held late (blind round 154); the day after it is late
    ("2017-12-05", ("2018-09-26",), (FIN("2019-12-05"),), (W2,), None, "unknown"),
    ("2017-12-05", ("2018-09-26",), (FIN("2019-12-06"),), (W2,), None, "not_met"),
    # without a quoted term the default of two years applies
    ("2021-06-27", ("2021-08-01",), (FIN("2023-06-26"),), (), None, "met"),
    # a quoted term of three years moves the boundary
    ("2021-06-27", ("2021-08-01",), (FIN("2024-05-08"),), (term("accident_treatment_window", 3, "years"),),
     None, "met"),
    # an application before the accident cannot be placed
    ("2021-06-27", ("2021-01-05",), (), (W2,), None, "unknown"),
    # missing dates: no accident, or neither application nor treatment
    (None, ("2025-05-08",), (), (W2,), None, "unknown"),
    ("2021-06-27", (), (), (W2,), None, "unknown"),
    # an imprecise treatment after the application: both bounds must fall on one side
    ("2021-06-27", ("2023-01-10",), (treatment("finished", "2023-06-01", "2023-06-30", "month"),),
     (W2,), None, "unknown"),
    ("2021-06-27", ("2023-01-10",), (treatment("finished", "2023-05-01", "2023-05-31", "month"),),
     (W2,), None, "met"),
    ("2021-06-27", ("2023-01-10",), (treatment("performed", "2024-01-01", "2024-12-31", "year"),),
     (W2,), None, "not_met"),
    # a treatment before the latest application belongs to earlier care and is left out
    ("2021-06-27", ("2025-05-08",), (treatment("performed", "2022-09-01", "2022-09-30", "month"),),
     (W2,), None, "not_met"),
    # no application: the latest treatment date counts
    ("2021-06-27", (), (treatment("finished", "2022-03-01"),), (W2,), None, "met"),
    # only the care's start is dated (blind round 137): inside the window it bounds the finish from below only;
    # after the window, the care was finished after it too; an act on the start's day is care given that day
    ("2020-08-14", ("2021-02-09",), (treatment("start", "2021-03-02"),), (term("accident_treatment_window", 12, "months"),),
     None, "unknown"),
    ("2020-08-14", ("2021-02-09",), (treatment("start", "2021-09-02"),), (term("accident_treatment_window", 12, "months"),),
     None, "not_met"),
    ("2020-08-14", ("2021-02-09",), (treatment("start", "2021-03-02"), treatment("performed", "2021-03-02")),
     (term("accident_treatment_window", 12, "months"),), None, "met"),
    # young at the accident, where the ruling speaks of the jaw's growth: the exception for a jaw not yet
    # grown may apply; where it does not, the window holds at any age (blind round 152)
    ("2021-06-27", ("2025-05-08",), (), (W2,), 19, "unknown"),
    ("2021-06-27", ("2025-05-08",), (), (W2,), 30, "not_met"),
    ("2021-06-27", ("2025-05-08",), (), (W2,), (19, ()), "not_met"),
])
def test_window(accident, applications, treatments, terms, age, verdict):
    age, conditions = age if isinstance(age, tuple) else (age, (GROWTH,))
    f = ac.window(ctx(accident=accident, applications=applications, treatments=treatments,
                      terms=terms, age=age, conditions=conditions))
    assert f.verdict == verdict, f.reason
    assert f.claim == "supplementary"
    if verdict == "unknown":
        assert f.parameters["missing"]


def test_window_reason_names_dates_and_source():
    f = ac.window(ctx(accident="2021-06-27", applications=("2025-01-14", "2025-05-08"), terms=(W2,)))
    assert "27 June 2021" in f.reason and "8 May 2025" in f.reason and "more than 2 years" in f.reason
    assert "quoted in the ruling" in f.parameters["window_source"]
    default = ac.window(ctx(accident="2021-06-27", applications=("2025-05-08",)))
    assert "default" in default.parameters["window_source"]


@pytest.mark.parametrize("accident, application, terms, verdict", [
    ("2021-06-27", "2021-09-26", (), "met"),  # three months: 27 Sep is the first day too late as geschil counts,
    ("2021-06-27", "2021-09-27", (), "unknown"),  # the last for a reader who counts from the next day (blind round 154)
    ("2021-06-27", "2021-09-28", (), "not_met"),
    # 30 February is missing: 1 March 2022 takes its place, so 28 February is the last day
    # (was 27 February, with 30 Nov + 3 months clamped to 28 Feb)
    ("2021-11-30", "2022-02-28", (), "met"),
    ("2021-11-30", "2022-03-01", (), "not_met"),
    ("2021-06-27", "2021-12-01", (term("accident_approval_deadline", 6, "months"),), "met"),
    ("2021-06-27", "2025-05-08", (), "not_met"),
    ("2021-06-27", "2021-06-01", (), "unknown"),  # asked before the accident
    # six weeks after 9 April: 20 May is the last day as geschil counts, 21 May as a reading to
    # the day with the same number; a request on 21 May is not held late, one on 22 May is
    ("2011-04-09", "2011-05-20", (term("accident_approval_deadline", 42, "days"),), "met"),
    ("2011-04-09", "2011-05-21", (term("accident_approval_deadline", 42, "days"),), "unknown"),
    ("2011-04-09", "2011-05-22", (term("accident_approval_deadline", 42, "days"),), "not_met"),
    # three months after 31 August: November lacks the 31st, so both readings end on 30 November and
    # 1 December is late (blind round 154); after 30 August, 30 November bears the number
    ("2016-08-31", "2016-12-01", (term("accident_approval_deadline", 3, "months"),), "not_met"),
    ("2016-08-30", "2016-11-30", (term("accident_approval_deadline", 3, "months"),), "unknown"),
    # a month after 19 May 2016 ends on Sunday 19 June (Saturday 18 June as geschil counts): where the ruling is
    # silent on the Algemene termijnenwet a notification on Monday 20 June is late (rounds 87 and 101)
    ("2016-05-19", "2016-06-20", (term("accident_approval_deadline", 1, "months"),), "not_met"),
    (None, "2021-07-01", (term("accident_approval_deadline", 3, "months"),), "unknown"),
    ("2021-06-27", None, (), "unknown"),
])
def test_approval_deadline(accident, application, terms, verdict):
    apps = (application,) if application else ()
    f = ac.approval_deadline(ctx(accident=accident, applications=apps, terms=terms))
    assert f.verdict == verdict, f.reason


SUMMER = period("2016-06-21", "2016-09-22")  # "in de zomer van 2016"


@pytest.mark.parametrize("dated, application, verdict", [
    # even on the last day of the summer the three months ended before the application
    (SUMMER, "2017-02-14", "not_met"),
    # on its first day the term closes after 20 Sep 2016, on its last after 21 Dec 2016
    (SUMMER, "2016-09-20", "met"),
    (SUMMER, "2016-09-21", "unknown"),
    (SUMMER, "2016-12-21", "unknown"),
    (SUMMER, "2016-12-22", "not_met"),
    # an application within the period itself may fall before the accident: it may be in time
    (SUMMER, "2016-07-01", "met"),
    (SUMMER, "2016-05-01", "unknown"),  # before every day of the period
    # an exact date wins over a period
    ("2016-09-22", "2016-12-21", "met"),
])
def test_approval_deadline_with_an_accident_period(dated, application, verdict):
    when = {"accident": dated} if isinstance(dated, str) else {"accident_period": dated}
    f = ac.approval_deadline(ctx(applications=(application,), **when))
    assert f.verdict == verdict, f.reason
    if verdict == "unknown":
        assert f.parameters["missing"]


def test_accident_period_reason_and_bounds():
    f = ac.approval_deadline(ctx(accident_period=SUMMER, applications=("2017-02-14",)))
    assert "in de zomer van 2016" in f.reason and "21 December 2016" in f.reason
    assert f.parameters["last_day"] == "2016-09-20..2016-12-21"


@pytest.mark.parametrize("treatments, verdict", [
    ((treatment("finished", "2017-05-22"),), "met"),
    # two years after the summer: in time for an early accident, late for a late one
    ((treatment("finished", "2018-08-01"),), "unknown"),
    ((treatment("finished", "2018-09-22"),), "not_met"),
])
def test_window_with_an_accident_period(treatments, verdict):
    f = ac.window(ctx(accident_period=SUMMER, applications=("2017-02-14",), treatments=treatments,
                      terms=(W2,)))
    assert f.verdict == verdict, f.reason


def test_accident_period_makes_the_cover_relevant():
    found = {f.rule: f.verdict for f in ac.rules(ctx(accident_period=SUMMER,
                                                     applications=("2017-02-14",)))}
    assert found["accident_cover.direct_consequence"] == "met"  # nobody disputes it
    assert found["accident_cover.approval_deadline"] == "not_met"


C = "accident:direct_consequence"


@pytest.mark.parametrize("mentions, accident, verdict", [
    ((mention("d", C, negated=True, section="assessment"),), "2021-06-27", "not_met"),
    ((mention("d", C, negated=True, section="insurer_position"),), "2021-06-27", "unknown"),
    ((mention("d", C, section="assessment"),), "2021-06-27", "met"),
    # the committee's finding wins over a party's denial
    ((mention("d", C, negated=True, section="insurer_position"), mention("d", C, section="assessment")),
     "2021-06-27", "met"),
    # nobody denies it: a dated accident nobody contests stands (these two rows were "unknown":
    # the committee only judges what the parties dispute)
    ((mention("d", C, hypothetical=True, section="assessment"),), "2021-06-27", "met"),
    ((), "2021-06-27", "met"),
    ((), None, "unknown"),
])
def test_direct_consequence(mentions, accident, verdict):
    f = ac.direct_consequence(ctx(accident=accident, conditions=mentions,
                                  terms=(term("accident_cap", 1, "euro"),)))
    assert f.verdict == verdict, f.reason


@pytest.mark.parametrize("treatments, verdict, partly", [
    # crowns finished inside the window, the implant crown after it: met for part of the care
    ((treatment("finished", "2022-11-09"), treatment("finished", "2023-04-15")), "not_met", True),
    ((treatment("finished", "2022-11-09"), treatment("finished", "2023-02-13")), "met", False),
    ((treatment("finished", "2023-03-01"), treatment("finished", "2023-04-15")), "not_met", False),
    # the finished dates decide over a stage performed earlier
    ((treatment("performed", "2023-01-12"), treatment("finished", "2023-04-15")), "not_met", False),
])
def test_window_per_part(treatments, verdict, partly):
    f = ac.window(ctx(accident="2021-02-14", applications=("2021-03-03",), treatments=treatments,
                      terms=(W2,)))
    assert f.verdict == verdict, f.reason
    assert bool(f.parameters.get("partly_met")) == partly
    if partly:
        assert "9 November 2022" in f.parameters["partly_met"]
        assert "15 April 2023" in f.parameters["partly_not_met"]


def test_cap_is_recorded_not_decisive():
    f = ac.cap(ctx(accident="2021-06-27", terms=(term("accident_cap", 10000, "euro"),)))
    assert f.verdict == "not_applicable" and f.parameters["cap"] == "€ 10.000"


def test_no_accident_at_all_is_not_applicable():
    assert {f.verdict for f in ac.rules(ctx(applications=("2025-05-08",)))} == {"not_applicable"}


def fell(day: str, text: str) -> Event:
    return Event(date=dt.date.fromisoformat(day), kind="accident", text=text, page=1, span=(0, 1))


FIRST = fell("2016-02-29", "Op 29 februari 2016 is verzoeker met zijn fiets voorover gevallen.")
SECOND = fell("2017-01-10", "Op 10 januari 2017 is verzoeker tijdens het schaatsen gevallen.")
LETTER = fell("2017-04-25", "Bij brief van 25 april 2017 is de aanvraag geweigerd, omdat die niet "
                            "binnen drie maanden na het ongeval was ingediend.")


@pytest.mark.parametrize("events, applications, accident, verdict", [
    # two accidents, each with its own application: which one a claim rests on is not known
    ((FIRST, SECOND), ("2016-03-14", "2017-04-10"), "2016-02-29", "unknown"),
    # every application follows the accident the rules use: the claim is tied to it
    ((FIRST, SECOND), ("2017-02-01",), "2017-01-10", "met"),
    # ... but not when the rules use the other one
    ((FIRST, SECOND), ("2017-02-01",), "2016-02-29", "unknown"),
    # a letter that names the accident is no accident of its own
    ((FIRST, LETTER), ("2016-03-14", "2017-04-30"), "2016-02-29", "not_met"),
    ((FIRST,), ("2016-03-14",), "2016-02-29", "met"),
    # a visit to the dentist dated in a sentence about the accident is no second accident
    ((FIRST, fell("2016-03-02", "De verzekeraar betwijfelde of het ongeval op 29 februari 2016 plaatsvond, "
                                "omdat verzoeker pas op 2 maart 2016 bij de tandarts kwam.")),
     ("2016-03-14",), "2016-02-29", "met"),
])
def test_several_accidents(events, applications, accident, verdict):
    f = ac.approval_deadline(ctx(accident=accident, applications=applications, events=list(events)))
    assert f.verdict == verdict, f.reason
    if verdict == "unknown":
        assert f.parameters["missing"] == "which accident each claim rests on"
        assert ac.window(ctx(accident=accident, applications=applications,
                             events=list(events))).verdict == "unknown"


def test_an_accident_known_by_its_period_beside_another_is_a_second_accident():
    # "in het voorjaar van 2021" and "8 augustus 2022": the claims follow different accidents
    spring = period("2021-03-01", "2021-05-31", "het voorjaar van 2021")
    f = ac.window(ctx(accident="2022-08-08", accident_period=spring,
                      applications=("2021-09-02", "2022-08-29"),
                      treatments=(treatment("finished", "2023-05-12"),)))
    assert f.verdict == "unknown" and f.parameters["missing"] == "which accident each claim rests on"
    assert '"het voorjaar van 2021"' in f.reason and "8 August 2022" in f.reason


@pytest.mark.parametrize("application, verdict", [
    ("2016-06-20", "unknown"),  # Monday after a term ending on Sunday 19 June: in time if the law runs it on
    ("2016-06-21", "not_met"),  # Tuesday: late however the end is read
    ("2016-06-17", "met"),
])
def test_a_term_ending_in_a_weekend_runs_on_where_the_ruling_speaks_of_the_algemene_termijnenwet(application, verdict):
    """The policy applies the Algemene termijnenwet (blind round 156): the first working day after a
    term that ends on a Saturday or Sunday is the committee's reading to make, never held late."""
    c = ctx(accident="2016-05-19", applications=(application,), terms=(term("accident_approval_deadline", 1, "months"),))
    c.record.citations.append(Citation(law="Atw", article="1", paragraph=1, role="body"))
    f = ac.approval_deadline(c)
    assert f.verdict == verdict, f.reason
