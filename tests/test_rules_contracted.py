"""Contracted or not (Zvw art. 13): the lower rate for a provider without a contract."""

from __future__ import annotations

import pytest
from reason_records import ctx, term

from geschil.reason.rules import contracted

PCT = term("noncontracted_percentage", 75, "percent")


@pytest.mark.parametrize("status, terms, verdict, text", [
    (None, (PCT,), "not_applicable", "does not say"),
    (True, (), "met", "full contracted tariff"),
    (False, (PCT,), "not_met", "75%"),
    (False, (), "unknown", "no reimbursement rate"),
])
def test_contracted(status, terms, verdict, text):
    f = contracted.contracted(ctx(contracted=status, terms=terms))
    assert f.verdict == verdict and text in f.reason
    assert f.legal_basis.law == "Zvw" and f.legal_basis.article == "13"
