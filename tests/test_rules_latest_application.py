"""The committee's fixed line: the latest application replaces the earlier ones."""

from __future__ import annotations

import datetime as dt

import pytest
from reason_records import ctx, read_ruling, ruling_text, term

from geschil.models import Event
from geschil.reason.rules import accident_cover, latest_application


@pytest.mark.parametrize("applications, verdict, assessed", [
    (("2025-01-14", "2025-05-08"), "met", "2025-05-08"),
    (("2025-05-08", "2025-01-14"), "met", "2025-05-08"),  # order in the text does not matter
    (("2024-03-01",), "met", "2024-03-01"),
    ((), "unknown", None),
])
def test_latest_application(applications, verdict, assessed):
    f = latest_application.latest_application(ctx(applications=applications))
    assert f.verdict == verdict
    assert f.parameters.get("assessed") == assessed
    if assessed:
        assert assessed[:4] in f.reason


def test_applications_after_different_accidents_replace_none_another():
    # blind round 94: the plan for the second accident's damage does not replace the first accident's
    second = Event(date=dt.date(2021, 9, 18), kind="accident", page=1, span=(0, 1),
                   text="Op 18 september 2021 is verzoeker bij een ongeval met zijn fiets gevallen.")
    f = latest_application.latest_application(ctx(accident="2021-02-13", applications=("2021-05-06", "2021-11-29"),
                                                  events=[second]))
    assert f.verdict == "unknown" and f.parameters["missing"] == "which accident each claim rests on"
    assert "18 September 2021" in f.reason and "assessed" not in f.parameters


def test_other_rules_assess_the_latest_application():
    # the first application falls inside the two-year window, the latest does not
    window = term("accident_treatment_window", 2, "years")
    f = accident_cover.window(ctx(accident="2021-06-27", applications=("2022-01-10", "2025-05-08"),
                                  terms=(window,)))
    assert f.verdict == "not_met" and "8 May 2025" in f.reason


def test_application_after_the_decision_is_traced():
    c = ctx(applications=("2026-05-01",), decision_date=dt.date(2026, 3, 13))
    f = latest_application.latest_application(c)
    assert any("after the decision" in t for t in f.trace)


LATEST_NAMED = ruling_text("""2. Feiten
2.1. Op 10 januari 2022 heeft de revalidatiearts bij de zorgverzekeraar een aanvraag ingediend voor een spraakcomputer.
2.2. Bij brief van 24 januari 2022 heeft de zorgverzekeraar toestemming gegeven, geldig tot en met 24 juli 2022.
{later}
2.4. De spraakcomputer is op 2 mei 2022 geleverd.

3. Het standpunt van verzoekster
Verzoekster stelt dat de toestemming van 24 januari 2022 voor de geleverde spraakcomputer geldt.{argued}

4. Beoordeling
4.1. Volgens de vaste lijn van de commissie vervalt door het indienen van een nieuwe aanvraag de voorgaande
aanvraag, en daarmee ook een toestemming die op die voorgaande aanvraag is gegeven. In dit geval dateert de laatste
aanvraag van {named}. De spraakcomputer is op 2 mei 2022 geleverd en daarmee binnen de geldigheidsduur van die
toestemming.

5. Beslissing
De commissie wijst het verzoek toe.
""", case="202259997")
NEW_ONE = "2.3. Op 15 maart 2022 heeft de revalidatiearts bij de zorgverzekeraar een nieuwe aanvraag ingediend."
ARGUED = " Zij stelt dat zij op 15 maart 2022 een nieuwe aanvraag heeft ingediend."


@pytest.mark.parametrize("later, argued, named, agreements", [
    # the committee names an earlier application the last, its own facts print a later one (blind round 135)
    (NEW_ONE, "", "10 januari 2022", ["agrees", "contradicts"]),
    # ... not when it names the last one, nor where only a party tells the later one
    (NEW_ONE, "", "15 maart 2022", ["agrees"]),
    ("", ARGUED, "10 januari 2022", ["agrees"]),
])
def test_an_earlier_application_named_the_last_against_the_committees_own_facts(tmp_path, later, argued, named,
                                                                                 agreements):
    _, result = read_ruling(tmp_path, LATEST_NAMED.format(later=later, argued=argued, named=named))
    assert [g.agreement for g in result.grounds if g.rule == "latest_application"] == agreements, result.reason
    if "contradicts" in agreements:
        assert result.status == "divergent"
        ground = next(g for g in result.grounds if g.agreement == "contradicts")
        assert "10 januari 2022" in ground.evidence[0].quote and ground.evidence[1].quote == "15 maart 2022"
