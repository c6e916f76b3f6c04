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
        return ctx.finding(RULE, "not_applicable", msg="contracted.unstated")
    if status:
        full = ctx.term("contracted_percentage")
        rate = ctx.amount(full) if full else ctx.say("contracted.full_tariff")
        return ctx.finding(RULE, "met", None, ev + [full.evidence if full else None],
                           msg="contracted.met", say={"rate": rate})
    pct = ctx.term("noncontracted_percentage")
    if pct is None:
        return ctx.finding(RULE, "unknown", None, ev, msg="contracted.no_rate",
                           missing="the reimbursement for non-contracted care")
    return ctx.finding(RULE, "not_met", None, ev + [pct.evidence],
                       {"percentage": pct.text(), "source": pct.source},
                       msg="contracted.not_met", say={"rate": ctx.amount(pct)})


def rules(ctx: Context) -> list[Finding]:
    return [contracted(ctx)]
