"""Validity of the akkoordverklaring: inside valid_from..valid_until, inclusive or not."""

from __future__ import annotations

import pytest
from reason_records import approval, ctx, treatment

from geschil.reason.rules import prior_approval as pa

SEED_LIKE = approval("2021-12-03", "2021-06-27", "2023-06-26", True)


@pytest.mark.parametrize("prior, applications, treatments, verdict", [
    (SEED_LIKE, ("2025-01-14", "2025-05-08"), (), "not_met"),
    # 'tot en met': the end day itself is inside
    (SEED_LIKE, ("2023-06-26",), (), "met"),
    (SEED_LIKE, ("2023-06-27",), (), "not_met"),
    # an exclusive end: the end day is outside
    (approval(None, "2021-06-27", "2023-06-26", False), ("2023-06-26",), (), "not_met"),
    (approval(None, "2021-06-27", "2023-06-26", False), ("2023-06-25",), (), "met"),
    # inclusiveness not stated: only the end day itself is left unknown
    (approval(None, "2021-06-27", "2023-06-26", None), ("2023-06-26",), (), "unknown"),
    (approval(None, "2021-06-27", "2023-06-26", None), ("2023-06-25",), (), "met"),
    (approval(None, "2021-06-27", "2023-06-26", None), ("2023-06-27",), (), "not_met"),
    # before the approval begins
    (SEED_LIKE, ("2021-06-01",), (), "not_met"),
    # an imprecise treatment straddling the end
    (SEED_LIKE, ("2023-01-01",), (treatment("performed", "2023-06-01", "2023-07-31", "season"),),
     "unknown"),
    # missing facts
    (approval("2021-12-03", "2021-06-27", None), ("2022-01-01",), (), "unknown"),
    (SEED_LIKE, (), (), "unknown"),
    (None, ("2025-05-08",), (), "not_applicable"),
])
def test_validity(prior, applications, treatments, verdict):
    f = pa.validity(ctx(prior=prior, applications=applications, treatments=treatments))
    assert f.verdict == verdict, f.reason


def test_validity_per_part():
    # crowns inside the akkoordverklaring, the implant crown after it expired
    f = pa.validity(ctx(prior=approval("2021-03-21", "2021-02-14", "2023-02-13"),
                        applications=("2021-03-03",),
                        treatments=(treatment("finished", "2022-11-09"),
                                    treatment("finished", "2023-04-15"))))
    assert f.verdict == "not_met" and "9 November 2022" in f.parameters["partly_met"]


MACHTIGING = approval("2019-01-15", "2019-01-15", "2019-07-01", False)  # "tot 1 juli 2019"


@pytest.mark.parametrize("treatments, verdict, partly", [
    # extractions inside the validity, crowns the day after: each act on its own date
    ((treatment("performed", "2019-06-24"), treatment("finished", "2019-07-01")), "not_met", True),
    ((treatment("performed", "2019-06-24"), treatment("performed", "2019-07-01")), "not_met", True),
    # a planned appointment inside the validity is no care given: it does not count
    ((treatment("planned", "2019-06-28"), treatment("performed", "2019-07-01")), "not_met", False),
    ((treatment("planned", "2019-07-05"), treatment("performed", "2019-06-24")), "met", False),
])
def test_validity_per_act_and_never_a_plan(treatments, verdict, partly):
    f = pa.validity(ctx(prior=MACHTIGING, applications=("2019-01-07",), treatments=treatments))
    assert f.verdict == verdict, f.reason
    assert bool(f.parameters.get("partly_met")) == partly
    assert "planned" not in f.reason and "28 June" not in f.reason


def test_care_done_after_expiry_is_named():
    # the new application came after the treatments, which were done after the expiry
    f = pa.validity(ctx(prior=approval("2021-01-14", "2021-02-01", "2022-01-31"),
                        applications=("2020-12-02", "2022-06-20"),
                        treatments=(treatment("performed", "2022-03-08"),
                                    treatment("performed", "2022-05-12"))))
    assert f.verdict == "not_met" and f.claim is None
    assert "31 January 2022" in f.reason and "8 March 2022 and 12 May 2022" in f.reason


def test_seed_like_reason_says_when_it_expired():
    f = pa.validity(ctx(prior=SEED_LIKE, applications=("2025-01-14", "2025-05-08")))
    assert "expired on 26 June 2023" in f.reason and "up to and including" in f.reason
    assert f.parameters["until_inclusive"] == "True"


@pytest.mark.parametrize("given, start, verdict", [
    ("2021-12-03", "2021-06-27", "met"),
    ("2021-12-03", "2019-12-03", "met"),  # exactly two years back
    ("2021-12-03", "2019-12-02", "not_met"),
    ("2022-02-28", "2020-02-28", "met"),  # 28 Feb 2022 - 2 years = 28 Feb 2020
    ("2024-02-29", "2022-02-28", "met"),  # 29 Feb 2024 - 2 years = 28 Feb 2022 (clamped)
    ("2024-02-29", "2022-02-27", "not_met"),
    (None, "2021-06-27", "unknown"),
])
def test_retroactive_limit(given, start, verdict):
    f = pa.retroactive_limit(ctx(prior=approval(given, start, "2023-06-26")))
    assert f.verdict == verdict, f.reason
    assert "new application" in f.parameters["rejected_application"]
