"""The Zorginstituut's advice (before 2014: CVZ): did the committee follow it?

A committee that departs from the advice must give reasons; the departure gets its own finding
(verdict not_met, flag in the parameters) so that a reader looks at it.
"""

from __future__ import annotations

from geschil.models import Finding
from geschil.reason.context import Context

RULE = "zorginstituut_advice"
RULES = (RULE,)


def advice(ctx: Context) -> Finding:
    advices = ctx.record.zorginstituut
    if not advices:
        return ctx.finding(RULE, "not_applicable", msg="advice.none")
    final = next((a for a in advices if a.kind == "final"), advices[-1])
    body = "CVZ" if final.body == "cvz" else "Zorginstituut"
    what = ctx.say("advice.what.dated" if final.date else "advice.what", body=body,
                   kind=ctx.say(f"advice.kind.{final.kind}"), date=final.date)
    ev = [ctx.evidence("advice_followed"), ctx.evidence("zorginstituut")]
    followed = ctx.record.advice_followed
    if followed is None:
        return ctx.finding(RULE, "unknown", None, ev, missing="advice_followed",
                           msg="advice.unknown", say={"what": what})
    if followed:
        return ctx.finding(RULE, "met", None, ev, msg="advice.followed", say={"what": what})
    return ctx.finding(RULE, "not_met", None, ev, {"flag": "departs_from_advice"},
                       msg="advice.departs", say={"what": what})


def rules(ctx: Context) -> list[Finding]:
    return [advice(ctx)]
