"""Findings → claims → expected outcome → consistent / divergent / undetermined."""

from __future__ import annotations

import datetime as dt

import pytest
from reason_records import (
    BASIC,
    SUPPLEMENTARY,
    approval,
    mention,
    period,
    record,
    term,
    treatment,
)

from geschil.models import ErrorInfo, Event
from geschil.reason import check as check_in
from geschil.reason import summary_lines
from geschil.reason.compare import claims_made


def check(record, lang="en"):
    """The check with English reasons: the assertions below read them."""
    return check_in(record, lang)


W2 = term("accident_treatment_window", 2, "years")
PERI = mention("peri-implantitis", "2.7.1.a:not_on_its_own", section="facts")
DENIED_A = mention("g", "2.7.1.a:generic", negated=True, section="zorginstituut")
SCHISIS = mention("schisis", "2.7.1.a:qualifies", section="facts")
DIRECT = mention("d", "accident:direct_consequence", section="assessment")
MAX_PAID = mention("maximum al uitgekeerd", "supplementary:maximum_paid", section="assessment")
DONE_2022 = (treatment("finished", "2022-05-10"),)
SEED_FACTS = dict(accident="2021-06-27", applications=("2025-01-14", "2025-05-08"), terms=(W2,),
                  prior=approval("2021-12-03", "2021-06-27", "2023-06-26"),
                  conditions=(PERI, DENIED_A), advices=("provisional", "final"), advice=True)


@pytest.mark.parametrize("kwargs, status, expected", [
    # the seed's shape: both claims rejected, as the committee did
    (dict(SEED_FACTS), "consistent", "rejected"),
    # the committee rejects, but its own dates show the window and the deadline were kept
    (dict(SEED_FACTS, applications=("2021-08-01",), conditions=(PERI, DENIED_A, DIRECT),
          treatments=DONE_2022, requests=(SUPPLEMENTARY,)), "divergent", "granted"),
    # ... but without a finish date the window cannot be checked: the application only bounds it
    (dict(SEED_FACTS, applications=("2021-08-01",), conditions=(PERI, DENIED_A, DIRECT),
          requests=(SUPPLEMENTARY,)), "undetermined", None),
    # a fact the accident rule needs is missing (and no akkoordverklaring decides it)
    (dict(SEED_FACTS, accident=None, prior=None, requests=(SUPPLEMENTARY,)), "undetermined", None),
    # an akkoordverklaring that expired before the care rejects, whatever else is unknown
    (dict(SEED_FACTS, accident=None, requests=(SUPPLEMENTARY,)), "consistent", "rejected"),
    # the indication is met (schisis), but the care came after the akkoordverklaring expired
    (dict(conditions=(SCHISIS,), requests=(BASIC,), applications=("2020-12-02", "2022-06-20"),
          prior=approval("2021-01-14", "2021-02-01", "2022-01-31"),
          treatments=(treatment("performed", "2022-03-08"),)), "consistent", "rejected"),
    # one part of the care finished inside the window, another after it: partially granted
    (dict(accident="2021-02-14", applications=("2021-03-03",), terms=(W2,), requests=(SUPPLEMENTARY,),
          treatments=(treatment("finished", "2022-11-09"), treatment("finished", "2023-04-15")),
          outcome="partially_granted"), "consistent", "partially_granted"),
    (dict(accident="2021-02-14", applications=("2021-03-03",), terms=(W2,), requests=(SUPPLEMENTARY,),
          treatments=(treatment("finished", "2022-11-09"),), outcome="partially_granted"),
     "divergent", "granted"),
    # basic rejected, supplementary granted: partially granted, as decided
    (dict(SEED_FACTS, applications=("2021-08-01",), conditions=(PERI, DENIED_A, DIRECT),
          treatments=DONE_2022, outcome="partially_granted"), "consistent", "partially_granted"),
    # a qualifying condition: the basic claim is granted
    (dict(conditions=(SCHISIS,), requests=(BASIC,), outcome="granted"), "consistent", "granted"),
    (dict(conditions=(SCHISIS,), requests=(BASIC,), outcome="rejected"), "divergent", "granted"),
    # no provider contract and a quoted 75%: a granted claim is paid in part (was expected
    # "granted" with a special case in the status)
    (dict(conditions=(SCHISIS,), requests=(BASIC,), outcome="partially_granted", contracted=False,
          terms=(term("noncontracted_percentage", 75, "percent"),)), "consistent", "partially_granted"),
    (dict(conditions=(SCHISIS,), requests=(BASIC,), outcome="granted", contracted=False,
          terms=(term("noncontracted_percentage", 75, "percent"),)), "divergent", "partially_granted"),
    # a rejected claim stays rejected; a contracted provider changes nothing
    (dict(conditions=(PERI, DENIED_A), requests=(BASIC,), outcome="rejected", contracted=False,
          terms=(term("noncontracted_percentage", 75, "percent"),)), "consistent", "rejected"),
    (dict(conditions=(SCHISIS,), requests=(BASIC,), outcome="granted", contracted=True),
     "consistent", "granted"),
    # a very severely shrunken edentulous jaw (lid 2), found by the CVZ, denied by the insurer
    (dict(conditions=(mention("k", "2.7.2:qualifies", section="zorginstituut"),
                      mention("k", "2.7.2:qualifies", negated=True, section="insurer_position")),
          requests=(BASIC,), outcome="granted", age=71), "consistent", "granted"),
    # agenesis of incisors under 23, the need found before 18 against the advice (lid 6)
    (dict(conditions=(mention("a", "2.7.6:front_teeth_agenesis", section="facts"),
                      mention("n", "2.7.6:need_before_18", section="assessment"),
                      mention("n", "2.7.6:need_before_18", negated=True, section="zorginstituut")),
          requests=(BASIC,), outcome="granted", age=20, advices=("final",), advice=False),
     "consistent", "granted"),
    # ... the same without the age: undetermined, the age is named as missing
    (dict(conditions=(mention("a", "2.7.6:front_teeth_agenesis", section="facts"),),
          requests=(BASIC,), outcome="granted"), "undetermined", None),
    # an incisor lost in an accident at 15, need found before 18, aged 19 (lid 6): granted while
    # onderdeel a stays unknown (no dental condition named)
    (dict(conditions=(mention("t", "2.7.6:missing_front_teeth", section="zorginstituut"),
                      mention("n", "2.7.6:need_before_18", section="assessment")),
          accident="2021-05-03", applications=("2024-06-10",), requests=(BASIC,), policies=("basic",),
          outcome="granted", age=19), "consistent", "granted"),
    # approval asked afterwards for care of more than two years before: rejected, although
    # the non-dental condition of onderdeel b is met
    (dict(conditions=(mention("v", "2.7.1.b:qualifies", section="facts"),), requests=(BASIC,),
          applications=("2019-06-18",), treatments=(treatment("finished", "2017-05-09"),),
          events=[Event(date=dt.date(2019, 6, 18), kind="application", page=1, span=(0, 1),
                        text="Op 18 juni 2019 is een machtiging gevraagd voor de zorg van 9 mei 2017.")]),
     "consistent", "rejected"),
    # an accident in a season: the approval came too late whatever its day
    (dict(accident_period=period("2016-06-21", "2016-09-22"), applications=("2017-02-14",),
          treatments=(treatment("finished", "2017-05-22"),), requests=(SUPPLEMENTARY,)),
     "consistent", "rejected"),
    # onderdeel a unknown (no dental condition named), but the care came after the
    # akkoordverklaring expired: a required rule not met rejects whatever the alternatives say
    (dict(requests=(BASIC,), bzv_cited=True, applications=("2015-03-09",),
          prior=approval("2015-04-02", "2015-04-02", "2015-10-01", False),
          treatments=(treatment("finished", "2015-10-01"),)), "consistent", "rejected"),
    # an akkoordverklaring without a window decides nothing: the accident cover's terms do
    # (the treatment finished on the window's last day; was undetermined)
    (dict(accident="2019-03-15", applications=("2019-04-02",), prior=approval("2019-04-11", None, None),
          treatments=(treatment("finished", "2021-03-14"),), conditions=(DIRECT,), terms=(W2,),
          requests=(SUPPLEMENTARY,)), "divergent", "granted"),
    # two accidents, each with its own application: the claim's accident is not known
    (dict(accident="2016-02-29", applications=("2016-03-14", "2017-04-10"), conditions=(DIRECT,),
          requests=(SUPPLEMENTARY,), outcome="partially_granted",
          treatments=(treatment("finished", "2018-02-28"),),
          events=[Event(date=dt.date(2016, 2, 29), kind="accident", page=1, span=(0, 1),
                        text="Op 29 februari 2016 is verzoeker gevallen."),
                  Event(date=dt.date(2017, 1, 10), kind="accident", page=1, span=(2, 3),
                        text="Op 10 januari 2017 is verzoeker gevallen.")]), "undetermined", None),
    # the committee's outcome was not extracted
    (dict(SEED_FACTS, outcome=None), "undetermined", "rejected"),
    # no requests naming an insurance and no policies: the claims are not known
    (dict(SEED_FACTS, requests=("iets anders",), policies=()), "undetermined", None),
    # requests without an insurance: the insurances whose law the committee applies
    (dict(SEED_FACTS, requests=("iets anders",), committee_cites=(("Bzv", None),
                                                                  ("polis", "supplementary"))),
     "consistent", "rejected"),
    # holding two policies is no claim under either (was: both policies counted as claims)
    (dict(SEED_FACTS, requests=("iets anders",)), "undetermined", None),
    # no rule covers the claim (nothing about special dental care, no accident)
    (dict(requests=(BASIC,)), "undetermined", None),
    # the committee finds the supplementary policy's yearly maximum already paid out: rejected
    # (was undetermined: no rule decided the supplementary claim)
    (dict(requests=(SUPPLEMENTARY,), conditions=(MAX_PAID,)), "consistent", "rejected"),
    (dict(requests=(SUPPLEMENTARY,), conditions=(MAX_PAID,), outcome="granted"), "divergent", "rejected"),
    # ... the insurer saying so decides nothing
    (dict(requests=(SUPPLEMENTARY,), conditions=(
        mention("m", "supplementary:maximum_paid", section="insurer_position"),)), "undetermined", None),
    # ... and it says nothing about the basic claim
    (dict(requests=(BASIC,), conditions=(MAX_PAID,)), "undetermined", None),
])
def test_rules_alone(kwargs, status, expected):
    """`status` is what the closed-world check used to say; the rules alone still give `expected`.
    Open world: without the committee's own statements nothing is divergent, however the rules
    alone come out, and a missing decision stays undetermined."""
    result = check(record(**kwargs))
    assert result.expected_outcome == expected
    assert result.status != "divergent", result.reason
    if kwargs.get("outcome", "rejected") is None:
        assert result.status == "undetermined"
    assert result.reason


def test_seed_shape_findings():
    result = check(record(**SEED_FACTS))
    verdicts = {f.rule: f.verdict for f in result.findings}
    assert verdicts["bzv_2_7_1_a"] == verdicts["bzv_2_7_1_b"] == verdicts["bzv_2_7_1_c"] == "not_met"
    assert verdicts["accident_cover.window"] == "not_met"
    assert verdicts["prior_approval.validity"] == "not_met"
    assert verdicts["latest_application"] == "met"
    assert verdicts["zorginstituut_advice"] == "met"
    assert {c.claim: c.expected for c in result.claims} == {"basic": "rejected",
                                                            "supplementary": "rejected"}


def test_undetermined_names_the_missing_fact():
    result = check(record(**dict(SEED_FACTS, accident=None, prior=None, requests=(SUPPLEMENTARY,))))
    assert "facts.accident_date" in result.reason


def test_departure_from_advice_is_flagged():
    result = check(record(**dict(SEED_FACTS, advice=False)))
    assert result.status == "consistent"
    assert "departs from the Zorginstituut" in result.reason


@pytest.mark.parametrize("outcome", ["inadmissible", "no_jurisdiction"])
def test_not_judged_on_the_merits(outcome):
    result = check(record(**dict(SEED_FACTS, outcome=outcome)))
    assert result.status == "consistent" and result.expected_outcome == outcome
    eligibility = [f for f in result.findings if f.rule.startswith(("bzv", "accident", "prior"))]
    assert eligibility and {f.verdict for f in eligibility} == {"not_applicable"}
    assert "nothing in the extracted facts contradicts" in result.reason


def test_lower_rate_splits_the_claim():
    result = check(record(conditions=(SCHISIS,), requests=(BASIC,), outcome="partially_granted",
                          contracted=False, terms=(term("noncontracted_percentage", 75, "percent"),)))
    assert [(c.claim, c.expected) for c in result.claims] == [("basic", "granted"),
                                                              ("basic", "rejected")]
    assert "75%" in result.claims[0].reason and "75%" in result.claims[1].reason


def test_missing_age_is_named():
    result = check(record(conditions=(mention("a", "2.7.6:front_teeth_agenesis", section="facts"),),
                          requests=(BASIC,), outcome="granted"))
    assert "facts.age" in result.reason


def test_record_with_error():
    rec = record(error=ErrorInfo(kind="encrypted", message="password needed"))
    result = check(rec)
    assert result.status is None and result.error.kind == "encrypted" and not result.findings
    assert summary_lines(result, "en") == ["error (encrypted): password needed"]
    assert summary_lines(result) == ["fout (encrypted): password needed"]


@pytest.mark.parametrize("requests, policies, cites, claims", [
    ((BASIC, SUPPLEMENTARY), (), (), ["basic", "supplementary"]),
    (("vergoeding uit de aanvullende zorgverzekering",), (), (), ["supplementary"]),
    (("vergoeding als bijzondere tandheelkunde",), (), (), ["basic"]),
    # the requests decide before what the committee applies
    ((BASIC,), ("basic", "supplementary"), (("polis", "supplementary"),), ["basic"]),
    # requests naming no insurance: what the committee applies in its assessment
    (("de kosten vergoeden",), ("basic", "supplementary"), (("Zvw", None),), ["basic"]),
    (("de kosten vergoeden",), ("basic", "supplementary"), (("polis", "supplementary"),),
     ["supplementary"]),
    (("de kosten vergoeden",), ("basic", "supplementary"), (("polis", None),), []),
    # failing that, the only policy; two policies are no claim
    (("toekomstige zorg vooraf accorderen",), ("supplementary",), (), ["supplementary"]),
    (("de kosten vergoeden",), ("basic", "supplementary"), (), []),
    ((), (), (), []),
])
def test_claims_made(requests, policies, cites, claims):
    assert claims_made(record(requests=requests, policies=policies, committee_cites=cites))[0] == claims


def test_every_finding_names_its_basis():
    for f in check(record(**SEED_FACTS)).findings:
        assert f.legal_basis.note and f.reason


def test_seed_end_to_end(seed_txt):
    from geschil.pipeline import extract_path

    result = check(extract_path(seed_txt))
    assert result.status == "consistent", result.reason
    verdicts = {f.rule: f for f in result.findings}
    for rule in ("bzv_2_7_1_a", "bzv_2_7_1_b", "bzv_2_7_1_c", "accident_cover.window",
                 "prior_approval.validity"):
        assert verdicts[rule].verdict == "not_met", verdicts[rule].reason
    assert "27 June 2021" in verdicts["accident_cover.window"].reason
    assert "8 May 2025" in verdicts["accident_cover.window"].reason
    assert "expired on 26 June 2023" in verdicts["prior_approval.validity"].reason
    assert verdicts["latest_application"].parameters["assessed"] == "2025-05-08"
    assert verdicts["zorginstituut_advice"].verdict == "met"
