"""Bzv art. 2.7: lid 1 a, b, c from the named conditions; lid 2; the age rules of lid 4/5 and 6."""

from __future__ import annotations

import pytest
from reason_records import ctx, mention

from geschil.reason.rules import bzv_2_7

A_Q, A_NOT, A_GEN = "2.7.1.a:qualifies", "2.7.1.a:not_on_its_own", "2.7.1.a:generic"
B_Q, B_GEN, C_Q, C_GEN = "2.7.1.b:qualifies", "2.7.1.b:generic", "2.7.1.c:qualifies", "2.7.1.c:generic"


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
    ("b", [mention("verstandelijke beperking", B_Q, section="facts")], "met"),
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


def test_not_about_special_dental_care():
    found = bzv_2_7.rules(ctx())
    assert {f.verdict for f in found} == {"not_applicable"}
    assert len(found) == len(bzv_2_7.RULES)


def test_seed_shape_reason_quotes_the_finding():
    c = ctx(conditions=[mention("peri-implantitis", A_NOT, section="facts"),
                        mention("g", A_GEN, negated=True, section="zorginstituut",
                                cue="kwalificeert daarom niet als")])
    f = bzv_2_7.onderdeel(c, "a")
    assert "peri-implantitis" in f.reason and "Zorginstituut" in f.reason
    assert "kwalificeert daarom niet als" in f.reason


@pytest.mark.parametrize("mentions, verdict", [
    ([mention("kaak", "2.7.2:qualifies", section="facts")], "met"),
    ([mention("kaak", "2.7.2:qualifies", negated=True)], "not_met"),
    ([], "not_applicable"),
])
def test_lid_2(mentions, verdict):
    assert bzv_2_7.lid_2(ctx(conditions=mentions, bzv_cited=True)).verdict == verdict


@pytest.mark.parametrize("age, verdict", [(None, "not_applicable"), (17, "met"), (18, "not_met"),
                                          (45, "not_met")])
def test_lid_4_5_age_boundary(age, verdict):
    assert bzv_2_7.lid_4_5(ctx(age=age, bzv_cited=True)).verdict == verdict


FRONT = mention("ontbrekende snijtand", "2.7.6:missing_front_teeth", section="facts")
AGENESIS = mention("agenesie", "2.7.6:agenesis", section="facts")


@pytest.mark.parametrize("age, mentions, accident, verdict", [
    (None, [FRONT, AGENESIS], None, "not_applicable"),
    (23, [FRONT, AGENESIS], None, "not_met"),
    (20, [], None, "not_met"),
    (16, [FRONT, AGENESIS], None, "met"),
    (16, [FRONT], "2020-05-01", "met"),  # lost through an accident
    (16, [FRONT], None, "unknown"),  # no cause stated
    (20, [FRONT, AGENESIS], None, "unknown"),  # need established before 18? not stated
])
def test_lid_6(age, mentions, accident, verdict):
    f = bzv_2_7.lid_6(ctx(age=age, conditions=mentions, accident=accident, bzv_cited=True))
    assert f.verdict == verdict, f.reason
