"""The Zorginstituut's advice: followed, departed from, or not stated."""

from __future__ import annotations

import pytest
from reason_records import ctx

from geschil.reason.rules import zorginstituut


@pytest.mark.parametrize("advices, followed, verdict, flag", [
    ((), None, "not_applicable", None),
    (("provisional", "final"), True, "met", None),
    (("provisional", "final"), False, "not_met", "departs_from_advice"),
    (("provisional",), None, "unknown", None),
])
def test_advice(advices, followed, verdict, flag):
    f = zorginstituut.advice(ctx(advices=advices, advice=followed))
    assert f.verdict == verdict
    assert f.parameters.get("flag") == flag
