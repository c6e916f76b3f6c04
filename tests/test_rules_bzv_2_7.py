"""Bzv art. 2.7: lid 1 a, b, c from the named conditions; lid 2; the age rules of lid 4/5 and 6."""

from __future__ import annotations

import datetime as dt

import pytest
from reason_records import BASIC, ctx, mention, period, treatment

from geschil.models import Citation
from geschil.reason.context import UNCHECKED
from geschil.reason.rules import bzv_2_7

A_Q, A_NOT, A_GEN = "2.7.1.a:qualifies", "2.7.1.a:not_on_its_own", "2.7.1.a:generic"
A_ONC, A_STATED = "2.7.1.a:oncology", "2.7.1.a:stated"
B_Q, B_GEN, C_Q, C_GEN = "2.7.1.b:qualifies", "2.7.1.b:generic", "2.7.1.c:qualifies", "2.7.1.c:generic"
B_NOT, WEAK, BACK = "2.7.1.b:not_on_its_own", "denial:severity", "denial:back_reference"


@pytest.mark.parametrize("item, mentions, verdict", [
    ("a", [mention("schisis", A_Q, section="facts")], "met"),
    # named only as the benchmark ("gedacht kan worden aan schisis"): no condition of the case
    ("a", [mention("schisis", A_Q, hypothetical=True)], "unknown"),
    # qualifying, but the committee finds no such disorder: the text does not settle it
    ("a", [mention("oligodontie", A_Q, section="facts"), mention("g", A_GEN, negated=True)], "unknown"),
    # the seed's shape: peri-implantitis, and the Zorginstituut denies a qualifying disorder
    ("a", [mention("peri-implantitis", A_NOT, section="facts"),
           mention("g", A_GEN, negated=True, section="zorginstituut")], "not_met"),
    ("a", [mention("peri-implantitis", A_NOT, section="facts")], "not_met"),
    # mentions in the annex quote the law, not the case
    ("a", [mention("schisis", A_Q, section="annex")], "unknown"),
    # only a party denies it: the ruling still names no condition
    ("a", [mention("g", A_GEN, negated=True, section="insurer_position")], "unknown"),
    # a partial jaw resection after a tumour (Nota van Toelichting: oncology patients)
    ("a", [mention("tumor", A_ONC, section="facts"), mention("resectie van kaakdelen", A_Q,
                                                                section="zorginstituut")], "met"),
    # a tumour treatment alone: no jaw defect named, so onderdeel a is not settled
    ("a", [mention("tumor", A_ONC, section="facts")], "unknown"),
    # ... and it does not outweigh a finding that there is no such disorder
    ("a", [mention("tumor", A_ONC, section="facts"), mention("g", A_GEN, negated=True)], "not_met"),
    # the Zorginstituut or the committee says there is a severe disorder: met, named or not
    ("a", [mention("ernstige stoornis", A_STATED, section="zorginstituut")], "met"),
    ("a", [mention("dysplasie", A_Q, section="facts"), mention("ernstige stoornis", A_STATED)], "met"),
    # ... but a party saying so, or the question whether there is one, is no finding
    ("a", [mention("ernstige stoornis", A_STATED, section="requester_position")], "unknown"),
    ("a", [mention("ernstige stoornis", A_STATED, hypothetical=True)], "unknown"),
    # "er is geen sprake van een ernstige verworven afwijking" by the Zorginstituut: not met
    ("a", [mention("ernstige stoornis", A_STATED, negated=True, section="zorginstituut")], "not_met"),
    # the Zorginstituut says yes, the committee no: not settled
    ("a", [mention("ernstige stoornis", A_STATED, section="zorginstituut"),
           mention("g", A_GEN, negated=True, section="assessment")], "unknown"),
    # schisis named only as the benchmark, the Zorginstituut's no stands (was unknown: the
    # benchmark "niet te vergelijken met schisis" was read as the requester's condition)
    ("a", [mention("schisis", A_Q, hypothetical=True, section="zorginstituut"),
           mention("ernstige stoornis", A_STATED, negated=True, section="zorginstituut")], "not_met"),
    # a qualifying diagnosis the Zorginstituut or the committee finds not severe enough: not met
    # (was met: the name alone counted, "niet zo ernstig" had no term to negate)
    ("a", [mention("amelogenesis imperfecta", A_Q, section="facts"),
           mention("niet zo ernstig", WEAK, section="zorginstituut")], "not_met"),
    ("a", [mention("ernstige stoornis", A_STATED, section="zorginstituut"),
           mention("niet de ernst", WEAK, section="assessment")], "not_met"),
    # ... the committee stating it severe outweighs the Zorginstituut's doubt
    ("a", [mention("amelogenesis imperfecta", A_Q, section="facts"),
           mention("niet zo ernstig", WEAK, section="zorginstituut"),
           mention("ernstige stoornis", A_STATED, section="assessment")], "met"),
    # ... and a party's word, or the law's requirement, is no finding
    ("a", [mention("amelogenesis imperfecta", A_Q, section="facts"),
           mention("niet zo ernstig", WEAK, section="insurer_position")], "met"),
    ("a", [mention("amelogenesis imperfecta", A_Q, section="facts"),
           mention("niet zo ernstig", WEAK, hypothetical=True)], "met"),
    ("b", [mention("verstandelijke beperking", B_Q, section="facts")], "met"),
    # dental anxiety alone is no onderdeel b condition (was unknown: not in the vocabulary)
    ("b", [mention("tandartsangst", B_NOT, section="facts")], "not_met"),
    ("b", [mention("tandartsangst", B_NOT, section="facts"),
           mention("verstandelijke beperking", B_Q, section="facts")], "met"),
    # a treatment named, but the finder denies that it needs the dental care: not met (was unknown)
    ("c", [mention("bisfosfonaten", C_Q, section="facts"),
           mention("g", C_GEN, negated=True, section="assessment")], "not_met"),
    ("c", [mention("bisfosfonaten", C_Q, section="facts"),
           mention("g", C_GEN, negated=True, section="insurer_position")], "met"),
    ("b", [mention("g", B_GEN, negated=True, section="assessment")], "not_met"),
    ("b", [mention("spasticiteit", B_Q, negated=True, section="assessment")], "not_met"),
    ("b", [], "not_met"),  # never invoked
    ("c", [mention("radiotherapie", C_Q, section="facts")], "met"),
    ("c", [mention("g", C_GEN, negated=True, section="insurer_position")], "not_met"),
    ("c", [], "not_met"),
])
def test_lid_1(item, mentions, verdict):
    f = bzv_2_7.onderdeel(ctx(conditions=mentions, bzv_cited=True), item)
    assert f.verdict == verdict, f.reason
    assert f.legal_basis.law == "Bzv" and f.legal_basis.item == item
    assert f.legal_basis.url.endswith(f"artikel=2.7&lid=1&onderdeel={item}")
    assert f.claim == "basic"


@pytest.mark.parametrize("conditions", [
    [],
    # "artikel 11, eerste lid, onderdeel b, Zvw": a bare "onderdeel b" is not Bzv 2.7 (a bug fixed)
    [mention("onderdeel b", B_GEN, section="assessment")],
])
def test_not_about_special_dental_care(conditions):
    found = bzv_2_7.rules(ctx(conditions=conditions))
    assert {f.verdict for f in found} == {"not_applicable"}
    assert len(found) == len(bzv_2_7.RULES)


@pytest.mark.parametrize(("requests", "applies"), [
    # transport to chemotherapy names a medical treatment, no dental care (blind round 84)
    (("de kosten van het vervoer naar de chemotherapie",), False),
    (("de kosten van de implantaten",), True),
])
def test_a_medical_treatment_alone_signs_special_dental_care_only_where_teeth_are_at_issue(requests, applies):
    c = ctx(requests=requests, conditions=[mention("chemotherapie", C_Q, section="facts")])
    assert bzv_2_7.applies(c) is applies


def test_seed_shape_reason_quotes_the_finding():
    c = ctx(conditions=[mention("peri-implantitis", A_NOT, section="facts"),
                        mention("g", A_GEN, negated=True, section="zorginstituut",
                                cue="kwalificeert daarom niet als")])
    f = bzv_2_7.onderdeel(c, "a")
    assert "peri-implantitis" in f.reason and "Zorginstituut" in f.reason
    assert "kwalificeert daarom niet als" in f.reason


def at(m, start: int):
    """The mention placed at `start` in the text (back references are read by position)."""
    span = (start, start + len(m.evidence.quote))
    return m.model_copy(update={"evidence": m.evidence.model_copy(update={"span": span})})


@pytest.mark.parametrize("mentions, verdicts", [
    # "Die bepaling vereist dat een medische behandeling ... De commissie volgt het Zorginstituut
    # in zijn oordeel dat daarvan geen sprake is": c denied, the treatment named does not undo it
    ([at(mention("bisfosfonaten", C_Q, section="facts"), 10),
      at(mention("medische behandeling", C_GEN, hypothetical=True), 500),
      at(mention("daarvan geen sprake", BACK), 600)], {"c": "not_met"}),
    # the nearest preceding words decide which onderdeel is denied
    ([at(mention("bisfosfonaten", C_Q, section="facts"), 10),
      at(mention("medische behandeling", C_GEN, hypothetical=True), 300),
      at(mention("aandoening", B_GEN, hypothetical=True), 500),
      at(mention("daarvan geen sprake", BACK), 600)], {"c": "met", "b": "not_met"}),
    # too far back, or a party's words: nothing denied
    ([at(mention("bisfosfonaten", C_Q, section="facts"), 10),
      at(mention("medische behandeling", C_GEN, hypothetical=True), 100),
      at(mention("daarvan geen sprake", BACK), 900)], {"c": "met"}),
    ([at(mention("bisfosfonaten", C_Q, section="facts"), 10),
      at(mention("medische behandeling", C_GEN, hypothetical=True), 500),
      at(mention("daarvan geen sprake", BACK, section="insurer_position"), 600)], {"c": "met"}),
])
def test_back_reference(mentions, verdicts):
    c = ctx(conditions=mentions, bzv_cited=True)
    assert {item: bzv_2_7.onderdeel(c, item).verdict for item in verdicts} == verdicts


@pytest.mark.parametrize("items, mentions, verdict", [
    # onderdeel b alone invoked, only a non-dental condition named: no dental disorder at issue
    (("b",), [mention("tandartsangst", B_NOT, section="facts")], "not_met"),
    (("c",), [mention("radiotherapie", C_Q, section="facts")], "not_met"),
    # onderdeel a cited too, or a dental word named: still unknown which
    (("a", "b"), [mention("tandartsangst", B_NOT, section="facts")], "unknown"),
    (("b",), [mention("tandartsangst", B_NOT, section="facts"),
              mention("g", A_GEN, hypothetical=True)], "unknown"),
    # nothing but the citation: unknown, as before
    ((None,), [mention("tandartsangst", B_NOT, section="facts")], "unknown"),
])
def test_onderdeel_a_not_invoked(items, mentions, verdict):
    c = ctx(conditions=mentions)
    c.record.citations = [Citation(law="Bzv", article="2.7", paragraph=1, item=i, role="body")
                          for i in items]
    assert bzv_2_7.onderdeel(c, "a").verdict == verdict


JAW = "2.7.2:qualifies"


@pytest.mark.parametrize("mentions, verdict", [
    ([mention("kaak", JAW, section="facts")], "met"),
    # the classic shape: the CVZ finds it, the insurer's adviser denies it, the committee follows
    ([mention("kaak", JAW, section="zorginstituut"),
      mention("kaak", JAW, negated=True, section="insurer_position")], "met"),
    ([mention("kaak", JAW, negated=True)], "not_met"),
    ([mention("kaak", JAW, section="facts"), mention("kaak", JAW, negated=True)], "unknown"),
    # only the question or the law's words ("indien sprake is van ..."): nothing named
    ([mention("kaak", JAW, hypothetical=True)], "not_applicable"),
    ([mention("kaak", JAW, negated=True, section="insurer_position")], "not_applicable"),
    ([mention("kaak", JAW, section="head")], "not_applicable"),
    ([], "not_applicable"),
])
def test_lid_2(mentions, verdict):
    f = bzv_2_7.lid_2(ctx(conditions=mentions, bzv_cited=True))
    assert f.verdict == verdict, f.reason
    assert f.legal_basis.paragraph == 2 and f.claim == "basic"


@pytest.mark.parametrize("age, verdict", [(None, "not_applicable"), (17, "met"), (18, "not_met"),
                                          (45, "not_met")])
def test_lid_4_5_age_boundary(age, verdict):
    assert bzv_2_7.lid_4_5(ctx(age=age, bzv_cited=True)).verdict == verdict


FRONT = mention("ontbrekende snijtand", "2.7.6:missing_front_teeth", section="facts")
AGENESIS = mention("agenesie", "2.7.6:agenesis", section="facts")
BOTH = mention("agenesie van snij- of hoektanden", "2.7.6:front_teeth_agenesis", section="facts")
NEED = "2.7.6:need_before_18"


def need(section: str, negated: bool = False, hypothetical: bool = False):
    return mention("noodzaak vastgesteld vóór 18 jaar", NEED, section=section, negated=negated,
                   hypothetical=hypothetical)


@pytest.mark.parametrize("age, mentions, accident, verdict", [
    # nothing of lid 6 named and no age: not applied
    (None, [], None, "not_applicable"),
    # lid 6 named but the age not stated: under 23 cannot be checked
    (None, [FRONT, AGENESIS], None, "unknown"),
    (None, [BOTH], None, "unknown"),
    (23, [FRONT, AGENESIS], None, "not_met"),
    (71, [], None, "not_met"),
    (20, [], None, "not_met"),
    (16, [FRONT, AGENESIS], None, "met"),
    # incisors never formed: the one term names the teeth and the cause
    (16, [BOTH], None, "met"),
    (16, [FRONT], "2020-05-01", "met"),  # lost through an accident
    (16, [FRONT], period("2020-06-01", "2020-08-31"), "met"),  # an accident dated by a season
    (16, [FRONT], None, "unknown"),  # no cause stated
    # a front tooth lost in an accident, no age, lid 6 not invoked: accident cover's ground, not
    # lid 6 (was unknown, blocking the basic claim of an adult)
    (None, [FRONT], "2018-08-07", "not_applicable"),
    # ... but with lid 6's need before 18 spoken of, the missing age is what is needed
    (None, [FRONT, need("zorginstituut")], "2021-05-03", "unknown"),
    (20, [FRONT, AGENESIS], None, "unknown"),  # need established before 18? not stated
    # the committee finds the need established at 16, against the Zorginstituut: it decides
    (20, [BOTH, need("assessment"), need("zorginstituut", negated=True)], None, "met"),
    (20, [BOTH, need("assessment", negated=True), need("requester_position")], None, "not_met"),
    # without the committee's own finding, the Zorginstituut's
    (20, [BOTH, need("zorginstituut", negated=True), need("requester_position")], None, "not_met"),
    (20, [BOTH, need("zorginstituut")], None, "met"),
    # a finder saying both, a party alone, or the law's own words: not settled
    (20, [BOTH, need("assessment"), need("assessment", negated=True)], None, "unknown"),
    (20, [BOTH, need("requester_position")], None, "unknown"),
    (20, [BOTH, need("assessment", hypothetical=True)], None, "unknown"),
    (22, [BOTH, need("facts")], None, "met"),
])
def test_lid_6(age, mentions, accident, verdict):
    dated = {"accident_period": accident} if not isinstance(accident, str | None) else {"accident": accident}
    f = bzv_2_7.lid_6(ctx(age=age, conditions=mentions, bzv_cited=True, **dated))
    assert f.verdict == verdict, f.reason
    if verdict == "unknown":
        assert f.parameters["missing"]
    assert "None" not in f.reason


@pytest.mark.parametrize(("treatments", "verdict", "unchecked"), [
    # no age printed, the day of birth is (17 February 1997): the age on the care's days (blind round 80)
    (("2020-03-05", "2020-09-02"), "not_met", False),
    (("2019-03-05", "2019-09-02"), "unknown", False),  # 22 on both: under 23, the need before 18 unstated
    # the care falls on both sides of the birthday: which care counts is the committee's to say, no fact
    # the ruling lacks
    (("2020-02-13", "2020-09-02"), "unknown", True),
])
def test_lid_6_counts_the_age_from_the_printed_day_of_birth(treatments, verdict, unchecked):
    c = ctx(conditions=[BOTH], bzv_cited=True, applications=("2020-02-03",) if treatments[0] > "2020" else (),
            treatments=tuple(treatment("performed", t) for t in treatments))
    c.record.facts.birth_date = dt.date(1997, 2, 17)
    f = bzv_2_7.lid_6(c)
    assert f.verdict == verdict, f.reason
    assert (UNCHECKED in f.parameters) == unchecked, f.parameters
    if verdict == "unknown" and not unchecked:
        assert "facts.age" not in f.parameters["missing"]


def test_lid_6_counts_the_age_from_the_printed_birth_not_an_age_told_at_another_moment():
    # "toen vijftien jaar oud" at the accident; born 9 March 1999, the implant on 8 November 2021: 22 (blind round 147)
    c = ctx(age=15, conditions=[FRONT, need("assessment")], bzv_cited=True, accident="2014-08-22",
            treatments=(treatment("performed", "2021-11-08"),))
    c.record.facts.birth_date = dt.date(1999, 3, 9)
    f = bzv_2_7.lid_6(c)
    assert (f.verdict, f.parameters.get("age")) == ("met", "22"), f.reason


@pytest.mark.parametrize(("told", "care", "verdict", "age"), [
    # only "in 2001 geboren": on 19 June and 6 November 2024 she may be 22 or 23, and "vijftien jaar oud" was
    # told of the day the need was established: the day of birth is the missing fact (blind round 157)
    (15, ("2024-06-19", "2024-11-06"), "unknown", None),
    (None, ("2024-06-19", "2024-11-06"), "unknown", None),
    # an age told that the year allows on the care's days is that age ("op 9 juni 2022 … 23 jaar had bereikt")
    (23, ("2024-06-19", "2024-11-06"), "not_met", "23"),
    # the year alone settles it either way: 20 or 21 (the need before 18 then decides), 24 or 25
    (15, ("2022-03-01", "2022-05-01"), "met", "21"),
    (15, ("2026-03-01", "2026-05-01"), "not_met", "24"),
])
def test_lid_6_counts_the_age_from_a_printed_year_of_birth(told, care, verdict, age):
    c = ctx(age=told, conditions=[FRONT, need("assessment")], bzv_cited=True, accident="2012-06-15",
            treatments=tuple(treatment("performed", t) for t in care))
    c.record.facts.birth_period = period("2001-01-01", "2001-12-31", "2001", "year")
    f = bzv_2_7.lid_6(c)
    assert (f.verdict, f.parameters.get("age")) == (verdict, age), f.reason
    if verdict == "unknown":
        assert f.parameters["missing"] == "facts.birth_date" and "2024" in f.reason


def test_lid_6_at_issue_without_a_front_tooth_read_is_not_checked():
    # the vocabulary reading no missing front tooth is no printed fact that none is missing (blind round 147)
    f = bzv_2_7.lid_6(ctx(age=20, conditions=[need("assessment")], bzv_cited=True))
    assert f.verdict == "unknown" and UNCHECKED in f.parameters and "missing" not in f.parameters, f.reason


def test_lid_6_reason_quotes_the_finding_without_a_cue():
    f = bzv_2_7.lid_6(ctx(age=20, conditions=[BOTH, need("assessment")], bzv_cited=True))
    assert "the committee finds the need established before 18" in f.reason
    assert "\"noodzaak vastgesteld vóór 18 jaar\"" in f.reason


ORTHO = "dat de zorgverzekeraar de kosten van de orthodontische behandeling vergoedt"
CO = "2.7.3:co_treatment"


@pytest.mark.parametrize(("requests", "mentions", "verdict"), [
    ((BASIC,), [mention("schisis", A_Q, section="facts")], "not_applicable"),  # not orthodontic
    ((ORTHO,), [mention("schisis", A_Q, section="facts"), mention("medebehandeling", CO)], "met"),
    ((ORTHO,), [mention("schisis", A_Q, section="facts")], "unknown"),  # no other disciplines named
    ((ORTHO,), [mention("medebehandeling", CO)], "unknown"),  # no very severe disorder named
    ((ORTHO,), [mention("g", A_GEN, negated=True, section="assessment")], "not_met"),
    ((ORTHO,), [mention("schisis", A_Q, section="facts"),
                mention("medebehandeling", CO, negated=True, section="assessment")], "not_met"),
])
def test_lid_3_orthodontics(requests, mentions, verdict):
    f = bzv_2_7.lid_3(ctx(requests=requests, conditions=mentions, bzv_cited=True))
    assert f.verdict == verdict, f.reason
    assert (f.legal_basis.article, f.legal_basis.paragraph) == ("2.7", 3)
