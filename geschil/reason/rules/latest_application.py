"""The committee's fixed line: a new application replaces the earlier one.

The assessment takes the latest application (max of facts.application_dates); a rejected
application is not reopened, a new one must be filed. The other rules use the same date
(Context.assessed_application).
"""

from __future__ import annotations

from geschil import i18n
from geschil.models import Finding
from geschil.reason.context import SET_ASIDE, Context
from geschil.reason.periods import upper

RULE = "latest_application"
RULES = (RULE,)


def latest_application(ctx: Context) -> Finding:
    apps = ctx.kept_applications()
    if not apps and ctx.applications():  # every dated one set aside: the one assessed is undated
        aside = ", ".join(_when(ctx, a) for a in ctx.applications())
        return ctx.finding(RULE, "unknown", None, [a.evidence for a in ctx.applications()],
                           msg="latest.set_aside", say={"dates": aside}, missing=SET_ASIDE)
    if not apps:
        return ctx.finding(RULE, "unknown", msg="latest.none", missing="facts.application_dates")
    if len(apps) > 1 and (days := ctx.accidents_followed()):
        # a new application replaces an earlier one for the same care, not one for another accident
        return ctx.finding(RULE, "unknown", None, [a.evidence for a in apps], msg="latest.untied",
                           say={"dates": ctx.say("and").join(_when(ctx, a) for a in apps),
                                "days": ctx.say("and").join(i18n.date(d, ctx.lang) for d in days)},
                           missing="which accident each claim rests on")
    latest = apps[-1]
    trace = []
    decided = ctx.record.decision_date
    if decided and latest.lo > decided:
        trace.append(ctx.say("trace.after_decision", Ref=upper(latest.label), ref=latest.label,
                             date=decided))
    params = {"assessed": latest.lo.isoformat() if latest.exact else f"{latest.lo.isoformat()}/{latest.hi.isoformat()}",
              "rejected_application": "not reopened: a new application must be filed"}
    if len(apps) == 1:
        return ctx.finding(RULE, "met", None, [latest.evidence], params, trace,
                           msg="latest.only", say={"date": _when(ctx, latest)})
    earlier = ", ".join(_when(ctx, a) for a in apps[:-1])
    return ctx.finding(RULE, "met", None, [a.evidence for a in apps], params, trace,
                       msg="latest.several", say={"earlier": earlier, "latest": _when(ctx, latest)})


def _when(ctx: Context, app) -> str:
    """An application's day, or the words that date it by a period ("april 2019")."""
    if app.exact:
        return i18n.date(app.lo, ctx.lang)
    quote = app.evidence.quote if app.evidence else ""
    return f"\"{quote}\"" if quote else f"{i18n.date(app.lo, ctx.lang)} – {i18n.date(app.hi, ctx.lang)}"


def rules(ctx: Context) -> list[Finding]:
    return [latest_application(ctx)]
