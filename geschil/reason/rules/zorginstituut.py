"""The Zorginstituut's advice (before 2014: CVZ): did the committee follow it?

A committee that departs from the advice must give reasons; the departure gets its own finding
(verdict not_met, flag in the parameters) so that a reader looks at it.
"""

from __future__ import annotations

from geschil.models import Finding
from geschil.reason.context import Context
from geschil.reason.periods import fmt

RULE = "zorginstituut_advice"
RULES = (RULE,)


def advice(ctx: Context) -> Finding:
    advices = ctx.record.zorginstituut
    if not advices:
        return ctx.finding(RULE, "not_applicable", "No advice of the Zorginstituut is stated.")
    final = next((a for a in advices if a.kind == "final"), advices[-1])
    body = "CVZ" if final.body == "cvz" else "Zorginstituut"
    what = f"the {final.kind} advice of the {body}" + (f" of {fmt(final.date)}" if final.date else "")
    ev = [ctx.evidence("advice_followed"), ctx.evidence("zorginstituut")]
    followed = ctx.record.advice_followed
    if followed is None:
        return ctx.finding(RULE, "unknown", f"Whether the committee followed {what} is not stated.",
                           ev, missing="advice_followed")
    if followed:
        return ctx.finding(RULE, "met", f"The committee followed {what}.", ev)
    return ctx.finding(RULE, "not_met", f"The committee departs from {what}; it must give its "
                       "reasons.", ev, {"flag": "departs_from_advice"})


def rules(ctx: Context) -> list[Finding]:
    return [advice(ctx)]
