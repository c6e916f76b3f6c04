"""Contracted or not: a provider without a contract under a natura policy (Zvw art. 13).

When the ruling says the provider had no contract and the policy quotes a lower reimbursement
(e.g. 75% of the average contracted tariff), a granted claim can only be paid at that rate.
"""

from __future__ import annotations

from geschil.models import Finding
from geschil.reason.context import Context

RULE = "contracted_provider"
RULES = (RULE,)


def contracted(ctx: Context) -> Finding:
    status = ctx.facts.contracted_provider
    ev = [ctx.evidence("facts.contracted_provider")]
    if status is None:
        return ctx.finding(RULE, "not_applicable", "The ruling does not say whether the provider "
                           "had a contract.")
    if status:
        full = ctx.term("contracted_percentage")
        rate = full.text() if full else "the full contracted tariff"
        return ctx.finding(RULE, "met", f"The provider had a contract: reimbursement at {rate}.",
                           ev + [full.evidence if full else None])
    pct = ctx.term("noncontracted_percentage")
    if pct is None:
        return ctx.finding(RULE, "unknown", "The provider had no contract, but the ruling quotes "
                           "no reimbursement rate for non-contracted care.", ev,
                           missing="the reimbursement for non-contracted care")
    return ctx.finding(RULE, "not_met", f"The provider had no contract: a granted claim is paid at "
                       f"{pct.text()} of the average contracted tariff, not in full.",
                       ev + [pct.evidence], {"percentage": pct.text(), "source": pct.source})


def rules(ctx: Context) -> list[Finding]:
    return [contracted(ctx)]
