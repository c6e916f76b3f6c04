"""The checker on the constructed corpus and the seed: each ruling gets its hand-written status."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from geschil.pipeline import extract_path
from geschil.reason import check

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
TRUTHS = sorted((CORPUS / "src").glob("*.truth.json"))


@cache
def _checked(pdf: Path):
    return check(extract_path(pdf), lang="en")  # the assertions read the English reasons


def _case(truth: Path):
    """A ruling whose truth names a known gap of the checker is a strict xfail: it documents the
    gap, and turns red the day the gap is closed (then drop the note from the truth file)."""
    gap = json.loads(truth.read_text(encoding="utf-8")).get("known_gap")
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(truth, marks=marks, id=truth.name.split(".")[0])


@pytest.mark.parametrize("truth", [_case(t) for t in TRUTHS])
def test_status(truth):
    data = json.loads(truth.read_text(encoding="utf-8"))
    expected = data.get("status_disputed", {}).get("status", data["expected_status"])
    result = _checked(CORPUS / f"{truth.name.split('.')[0]}.pdf")
    assert result.status == expected, result.reason
    assert result.reason and len(result.reason) < 1200


@pytest.mark.parametrize("name, facts", [
    # the dates the reasons rest on are quoted in them
    ("letterhead_2016_ongeval_afgewezen", ("12 March 2015", "16 June 2016")),
    ("modern_2020_ongeval_toegewezen", ("23 June 2018", "2 July 2019")),
    ("modern_2022_akkoordverklaring", ("31 January 2022", "8 March 2022")),
    ("modern_2023_ongeval_gedeeltelijk", ("9 November 2022", "15 April 2023")),
    ("modern_2025_ongeval_onbepaald", ("facts.accident_date",)),
    # the months the committee fixes ("juli of augustus 2016"), narrower than the facts' summer (blind round 61)
    ("letterhead_2017_ongeval_zomer", ("juli of augustus 2016", "14 February 2017")),
    ("letterhead_2019_machtiging", ("24 June 2019", "1 July 2019")),
    ("modern_2024_niet_gecontracteerd", ("75%", "resectie van kaakdelen")),
    # the committee departs from the advice: the reason says so whatever the status
    ("classic_2015_agenesie", ("departs from the Zorginstituut",)),
])
def test_reason_quotes_the_facts(name, facts):
    """The status reason, or the grounds it rests on, quote the dates used."""
    result = _checked(CORPUS / f"{name}.pdf")
    reason = " ".join([result.reason, *(g.reason for g in result.grounds)])
    assert all(fact in reason for fact in facts), reason


@pytest.mark.parametrize("name, rule, verdict, words", [
    # a very severely shrunken edentulous lower jaw, found by the CVZ (lid 2)
    ("classic_2010_tandeloze_kaak", "bzv_2_7_2", "met", "zeer ernstig geslonken"),
    # agenesis of incisors; the committee departs from the Zorginstituut's advice
    ("classic_2015_agenesie", "zorginstituut_advice", "not_met", "departs"),
    ("classic_2015_agenesie", "bzv_2_7_6", "met", "zestien"),
    # an accident dated by a season: too late on any of its days
    ("letterhead_2017_ongeval_zomer", "accident_cover.approval_deadline", "not_met", "juli of augustus 2016"),
    ("letterhead_2017_ongeval_zomer", "accident_cover.direct_consequence", "met", "Nobody disputes"),
    # a partial resection of the upper jaw after a tumour; a provider without a contract
    ("modern_2024_niet_gecontracteerd", "bzv_2_7_1_a", "met", "resectie van kaakdelen"),
    ("modern_2024_niet_gecontracteerd", "contracted_provider", "not_met", "75%"),
    ("modern_2024_niet_gecontracteerd", "latest_application", "met", "30 October 2023"),
    # the extractions inside the machtiging, the crowns after it; the moved appointment is no care
    ("letterhead_2019_machtiging", "prior_approval.validity", "not_met", "24 June 2019"),
    ("modern_2025_eerder_beslist", "bzv_2_7_1_a", "not_applicable", "inadmissible"),
    # a named lid 1 a diagnosis the Zorginstituut finds not severe enough
    ("letterhead_2015_amelogenesis_ernst", "bzv_2_7_1_a", "not_met", "niet zo ernstig"),
    # onderdeel c denied by pointing back; the example treatment is not hers
    ("letterhead_2019_bisfosfonaten", "bzv_2_7_1_c", "not_met", "daarvan geen sprake"),
    # dental anxiety alone is no lid 1 b condition; the supplementary maximum was paid out
    ("letterhead_2017_tandartsangst", "bzv_2_7_1_b", "not_met", "tandartsangst"),
    ("letterhead_2017_tandartsangst", "supplementary_maximum", "not_met", "al volledig is uitgekeerd"),
])
def test_holdout_findings(name, rule, verdict, words):
    found = {f.rule: f for f in _checked(CORPUS / f"{name}.pdf").findings}
    assert found[rule].verdict == verdict, found[rule].reason
    assert words in found[rule].reason
    assert "28 June" not in found[rule].reason


def test_lower_rate_gives_a_partial_grant():
    result = _checked(CORPUS / "modern_2024_niet_gecontracteerd.pdf")
    assert result.expected_outcome == "partially_granted", result.reason
    assert [c.expected for c in result.claims] == ["granted", "rejected"]


def test_seed(seed_pdf):
    result = _checked(seed_pdf)
    assert result.status == "consistent", result.reason
    found = {f.rule: f for f in result.findings}
    for rule in ("bzv_2_7_1_a", "bzv_2_7_1_b", "bzv_2_7_1_c", "accident_cover.window",
                 "prior_approval.validity"):
        assert found[rule].verdict == "not_met", found[rule].reason
    assert "expired on 26 June 2023" in found["prior_approval.validity"].reason
    assert found["latest_application"].parameters["assessed"] == "2025-05-08"
    assert "8 May 2025" in found["accident_cover.window"].reason
    assert found["zorginstituut_advice"].verdict == "met"


def test_seed_grounds_part_by_part(seed_pdf):
    """The seed's check lists the committee's grounds per part: both claims rejected, the
    severity of the condition its judgement, the latest application and the kind of care."""
    result = _checked(seed_pdf)
    assert [(p.claim, p.decision) for p in result.parts] == [("basic", "rejected"),
                                                             ("supplementary", "rejected")]
    grounds = {(g.rule, g.committee): g for g in result.grounds}
    a = grounds[("bzv_2_7_1_a", "not_met")]
    assert (a.part, a.kind, a.agreement) == ("p1", "judgement", "not_checked")
    assert "schisis" in a.evidence[0].quote
    latest = grounds[("latest_application", "met")]
    assert (latest.kind, latest.recomputed, latest.agreement) == ("computed", "met", "agrees")
    assert "tandarts-implantoloog" in grounds[("care_type.dental", "met")].reason
    assert not any(g.agreement in ("contradicts", "missing_fact") for g in result.grounds)
    # a party's argument in the assessment is never the committee's ground
    assert not any("verzoeker de medische noodzaak" in g.evidence[0].quote for g in result.grounds)


@pytest.mark.parametrize("name, article", [
    ("letterhead_2016_ongeval_afgewezen", "14.2"),
    ("modern_2020_ongeval_toegewezen", "9.3"),
])
def test_a_policy_rule_names_the_policys_article(name, article):
    """A finding based on the policy names the article under which the ruling quotes its term."""
    result = _checked(CORPUS / f"{name}.pdf")
    basis = {f.rule: f.legal_basis for f in result.findings}["accident_cover.window"]
    assert (basis.law, basis.article) == ("polis", article)
    window = [g for g in result.grounds if g.rule == "accident_cover.window"]
    assert all(g.legal_basis.article == article for g in window)


def test_the_seeds_accident_cover_names_its_article(seed_pdf):
    basis = {f.rule: f.legal_basis for f in _checked(seed_pdf).findings}["accident_cover.window"]
    assert basis.article == "D.8.6"
