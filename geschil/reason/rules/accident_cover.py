"""Accident cover of the supplementary insurance (mondzorg na een ongeval).

The damage follows directly from the accident; the treatment is finished within the window after
it (two years unless the quoted conditions say otherwise, except when treatment waits for a jaw
still growing); the akkoordverklaring was asked within the term after the accident; a cap per
accident. Terms come from Record.facts.policy_terms, else from the defaults in provisions.json.
An accident dated only by a period ("in de zomer van 2016") gives a last day between two bounds:
a verdict holds only when every day of the period gives it. When the ruling tells of several
accidents and the applications follow different ones, the dated terms are unknown: the record
holds one accident, and which one a claim rests on cannot be told apart.
"""

from __future__ import annotations

import datetime as dt
import re

from geschil import i18n
from geschil.extract.text import squash
from geschil.models import Finding
from geschil.reason import registry
from geschil.reason.context import FINDING_SECTIONS, Context, Term, care_parts, labels, split
from geschil.reason.periods import Ref, full_years, last_day, numbered_day, relation, upper
from geschil.reason.reckoning import vocabulary
from geschil.reason.said import ACCIDENT_TERMS as TERMS

RULES = ("accident_cover.direct_consequence", "accident_cover.window",
         "accident_cover.approval_deadline", "accident_cover.cap")


def relevant(ctx: Context) -> bool:
    return (ctx.accident() is not None
            or any(t.name in TERMS for t in ctx.facts.policy_terms)
            or bool(ctx.mentions("accident:direct_consequence")))


def _params(term: Term, prefix: str) -> dict[str, str]:
    return {**term.parameters(prefix), "window_end": registry.convention("window_end"),
            "date_arithmetic": registry.convention("date_arithmetic")}


# A term in days or weeks counted from the accident's day or from the next: its last day differs by one.
BOUNDARY_DAY = "whether the term counts the day it ends on"
WEEKEND_END = "whether a term ending on a Saturday or Sunday runs on to the next working day"  # a reading too


def _last(ctx: Context, accident: Ref, term: Term, params: dict[str, str]) -> tuple[dt.date, dt.date, str]:
    """The last day of a term after the accident: (earliest, latest, in words)."""
    lo, hi = last_day(accident.lo, term.value, term.unit), last_day(accident.hi, term.value, term.unit)
    params["last_day"] = lo.isoformat() if lo == hi else f"{lo.isoformat()}..{hi.isoformat()}"
    return lo, hi, i18n.date(lo, ctx.lang) if lo == hi else ctx.say("accident.between", lo=lo, hi=hi)


def _on_boundary(accident: Ref, term: Term, ref: Ref) -> bool:
    """Whether a dated act falls on the day that bears the accident's number the term later: the
    term's last day for a reader who counts from the next day, the day after it as geschil counts."""
    return accident.exact and ref.exact and ref.lo == numbered_day(accident.lo, term.value, term.unit)


def _after_weekend_end(ctx: Context, accident: Ref, term: Term, ref: Ref) -> bool:
    """Whether a dated act falls on the first working day after a term that ends, in either reading,
    on a Saturday or Sunday, in a ruling that speaks of the Algemene termijnenwet or of working days:
    that law runs such a term on to the Monday where it applies (a policy may say so, or the committee
    apply it: blind round 156), never held late there. Where the ruling is silent on it, the term ends
    on its day (rounds 87 and 101: a Monday two days late)."""
    if not (accident.exact and ref.exact):
        return False
    ends = {last_day(accident.lo, term.value, term.unit), numbered_day(accident.lo, term.value, term.unit)}
    monday = any(end is not None and end.weekday() >= 5 and ref.lo == end + dt.timedelta(days=7 - end.weekday())
                 for end in ends)
    return monday and _weekend_told(ctx)  # the text read only for an act on such a Monday


WORKING_DAY = re.compile(r"\bwerkdag|\btermijnenwet\b", re.I)


def _weekend_told(ctx: Context) -> bool:
    """Whether the ruling cites the Algemene termijnenwet or speaks of working days."""
    return any(c.law == "Atw" for c in ctx.record.citations) or any(
        WORKING_DAY.search(st.text) for st in ctx.record.statements)


def _refs(ctx: Context, accident: Ref, term: Term, last: str, ref: Ref | None = None) -> dict:
    """The parameters most sentences of this module share."""
    out = {"accident": accident.label, "term": ctx.amount(term), "last": last}
    if ref is not None:
        out.update(ref=ref.label, Ref=upper(ref.label))
    return out


def direct_consequence(ctx: Context) -> Finding:
    rule = RULES[0]
    ms = [m for m in ctx.mentions("accident:direct_consequence") if not m.hypothetical]
    denied = [m for m in ms if m.negated]
    by_finders = [m for m in denied if m.section in FINDING_SECTIONS or m.section is None]
    affirmed = [m for m in ms if not m.negated and (m.section in FINDING_SECTIONS or m.section is None)]
    if by_finders:
        m = by_finders[0]
        return ctx.finding(rule, "not_met", None, [m.evidence], msg="accident.denied_by_committee",
                           say={"cue": m.cue, "quote": m.evidence.quote})
    if affirmed:
        m = affirmed[0]
        return ctx.finding(rule, "met", None, [m.evidence], msg="accident.affirmed",
                           say={"quote": squash(m.evidence.quote), "page": m.evidence.page})
    if denied:
        m = denied[0]
        return ctx.finding(rule, "unknown", None, [m.evidence], msg="accident.denied_by_party",
                           say={"cue": m.cue, "quote": m.evidence.quote, "page": m.evidence.page},
                           missing="the committee's finding on the direct consequence")
    accident = ctx.accident()
    if accident is None:
        return ctx.finding(rule, "unknown", msg="accident.unstated",
                           missing="whether the damage follows directly from the accident")
    # The committee judges what the parties dispute: an accident nobody contests stands.
    return ctx.finding(rule, "met", None, [accident.evidence], {"uncontested": "true"},
                       trace=[ctx.say("trace.uncontested")],
                       msg="accident.uncontested", say={"accident": accident.label})


def _growth_exception(ctx: Context, accident, ref) -> str | None:
    """The age at the accident if it leaves room for the exception for a jaw not yet grown: only
    where the ruling speaks of that growth (a policy without the exception has a window that holds
    at any age, blind round 152)."""
    age = ctx.facts.age
    if age is None or not ctx.mentions("accident:jaw_growth"):
        return None
    at_accident = age - full_years(accident.lo, ref.lo)
    limit = registry.default("jaw_growth_age")["value"]
    return ctx.say("accident.about_age", age=at_accident) if at_accident < limit else None


def _untied(ctx: Context, rule: str, term: Term, params: dict[str, str]) -> Finding | None:
    """Unknown when the ruling tells of several accidents and the claim's cannot be told apart."""
    days = ctx.untied_accidents()
    if not days:
        return None
    params["accidents"] = ", ".join(d.isoformat() for d in days)
    return ctx.finding(rule, "unknown", None, [ctx.evidence("facts.accident_date"), term.evidence],
                       params, missing="which accident each claim rests on", msg="accident.untied",
                       say={"days": ", ".join(_day(ctx, d) for d in days),
                            "term": ctx.amount(term)})


def _day(ctx: Context, day) -> str:
    """An accident's day as the ruling gives it: a period by its own words ("voorjaar 2021")."""
    period = ctx.facts.accident_period
    if period is not None and ctx.facts.accident_date is not None and day == period.earliest:
        return f'"{" ".join(period.text.split())}"'
    return i18n.date(day, ctx.lang)


def window(ctx: Context) -> Finding:
    rule = RULES[1]
    term = ctx.term("accident_treatment_window")
    params = _params(term, "window")
    accident = ctx.accident()
    untied = _untied(ctx, rule, term, params)
    if untied:
        return untied
    if accident is None:
        return ctx.finding(rule, "unknown", None, [term.evidence], params,
                           missing="facts.accident_date", msg="window.no_accident",
                           say={"term": ctx.amount(term)})
    last_lo, last_hi, last = _last(ctx, accident, term, params)
    parts, trace = care_parts(ctx)
    if not parts:
        return ctx.finding(rule, "unknown", None, [accident.evidence], params, trace,
                           missing="facts.application_dates", msg="window.no_care",
                           say=_refs(ctx, accident, term, last))
    ev = [accident.evidence, *(p.evidence for p in parts), term.evidence]
    early = [p for p in parts if p.hi < accident.lo]
    if early:
        return ctx.finding(rule, "unknown", None, ev, params, trace,
                           missing="an application or treatment date after the accident",
                           msg="window.before_accident", say=_refs(ctx, accident, term, last, early[0]))
    side = split(parts, last_lo, last_hi)
    if side["unsure"]:
        ref = side["unsure"][0]
        missing = ("a precise date of the accident" if ref.exact else
                   "a precise date of the treatment" if accident.exact else
                   "precise dates of the accident and the treatment")
        return ctx.finding(rule, "unknown", None, ev, params, trace, missing=missing,
                           msg="window.unsure", say=_refs(ctx, accident, term, last, ref))
    if not side["outside"] and (parts == [ctx.assessed_application()] or _begun_only(ctx, parts)):
        # The application, or the care's start (blind round 137), only bounds the finish from below:
        # care asked for or begun inside the window may still be finished after it, and the ruling
        # does not say when it was.
        return ctx.finding(rule, "unknown", None, ev, params, trace,
                           missing="the date the treatment was finished", msg="window.finish_unstated",
                           say=_refs(ctx, accident, term, last, parts[0]))
    if not side["outside"]:
        return ctx.finding(rule, "met", None, ev, params, trace, msg="window.met",
                           say=_refs(ctx, accident, term, last, side["inside"][-1]))
    late = side["outside"][-1]
    if all(_on_boundary(accident, term, ref) for ref in side["outside"]):
        # the care on the day that bears the accident's number the window later: inside it for a
        # reader who counts from the next day (blind round 154), the committee's reading to make
        return ctx.finding(rule, "unknown", None, ev, params, trace, missing=BOUNDARY_DAY,
                           msg="window.boundary", say=_refs(ctx, accident, term, last, late))
    if all(_after_weekend_end(ctx, accident, term, ref) for ref in side["outside"]):
        return ctx.finding(rule, "unknown", None, ev, params, trace, missing=WEEKEND_END,
                           msg="term.weekend", say=_refs(ctx, accident, term, last, late))
    age = _growth_exception(ctx, accident, late)
    if age:
        return ctx.finding(rule, "unknown", None, ev, params, trace,
                           missing="whether treatment waited for the jaw to grow",
                           msg="window.growth", say={**_refs(ctx, accident, term, last, late), "age": age})
    trace.append(ctx.say("trace.no_growth_exception"))
    if side["inside"]:
        params.update(partly_met=labels(ctx, side["inside"]),
                      partly_not_met=labels(ctx, side["outside"]))
        return ctx.finding(rule, "not_met", None, ev, params, trace, msg="window.partly",
                           say={**_refs(ctx, accident, term, last), "inside": params["partly_met"],
                                "outside": params["partly_not_met"]})
    return ctx.finding(rule, "not_met", None, ev, params, trace, msg="window.not_met",
                       say=_refs(ctx, accident, term, last, late))


def _begun_only(ctx: Context, parts: list) -> bool:
    """Whether every part is a treatment's start, no act of the care dated on its day."""
    begun = {(t.lo, t.hi) for t in ctx.treatments(("start",))}
    given = {(t.lo, t.hi) for t in ctx.treatments(("performed", "finished"))}
    return bool(parts) and all((p.lo, p.hi) in begun and (p.lo, p.hi) not in given for p in parts)


def approval_deadline(ctx: Context) -> Finding:
    rule = RULES[2]
    term = ctx.term("accident_approval_deadline")
    params = _params(term, "deadline")
    accident, app = ctx.accident(), ctx.assessed_application()
    untied = _untied(ctx, rule, term, params)
    if untied:
        return untied
    trace = [ctx.say("trace.not_before_treatment")]
    if accident is None or app is None:
        missing = "facts.accident_date" if accident is None else ctx.application_missing()
        return ctx.finding(rule, "unknown", None, [term.evidence], params, trace, missing=missing,
                           msg="deadline.missing", say={"term": ctx.amount(term),
                                                        "missing": i18n.missing(missing, ctx.lang)})
    last_lo, last_hi, last = _last(ctx, accident, term, params)
    ev = [accident.evidence, app.evidence, term.evidence]
    said = _refs(ctx, accident, term, last, app)
    if app.hi < accident.lo:
        return ctx.finding(rule, "unknown", None, ev, params, trace,
                           missing="the request made after the accident",
                           msg="deadline.before_accident", say=said)
    side = relation(app, last_lo, last_hi)
    if side == "inside" and app.exact and app.lo in ctx.facts.application_sent and _measured(ctx, "measured_by_arrival"):
        return ctx.finding(rule, "unknown", None, ev, params, trace, missing=RECEIVED,
                           msg="deadline.receipt_unstated", say=said)
    if side == "inside":
        return ctx.finding(rule, "met", None, ev, params, trace, msg="deadline.met", say=said)
    if side == "outside" and app.exact and app.lo in ctx.facts.application_received and _measured(ctx, "measured_by_sending"):
        return ctx.finding(rule, "unknown", None, ev, params, trace, missing=SENT_DAY,
                           msg="deadline.sending_unstated", say=said)
    if side == "unsure":
        return ctx.finding(rule, "unknown", None, ev, params, trace,
                           missing="a precise date of the accident", msg="deadline.unsure", say=said)
    if _after_weekend_end(ctx, accident, term, app):
        return ctx.finding(rule, "unknown", None, ev, params, trace, missing=WEEKEND_END,
                           msg="term.weekend", say=said)
    if _on_boundary(accident, term, app):
        # "binnen zes weken na 9 april" read to the day that bears the number (21 May) or to the
        # day before it (the convention here): a request on that very day is not held late
        return ctx.finding(rule, "unknown", None, ev, params, trace, missing=BOUNDARY_DAY,
                           msg="deadline.boundary", say=said)
    said["last"] = i18n.date(last_hi, ctx.lang)
    return ctx.finding(rule, "not_met", None, ev, params, trace, say=said,
                       msg="deadline.not_met" if accident.exact else "deadline.not_met.period")


RECEIVED = "the day the application was received"
# the conditions measure the application's arrival ("binnen zestig dagen na de datum van het ongeval door ons is
# ontvangen") or its sending ("u stuurt ons binnen drie maanden …", "geldt de datum van verzending", blind
# round 133), in the clause that quotes the term: law/reckoning.json, measured_by_arrival and measured_by_sending
_CLAUSES = re.compile(r";|\.\s|\s[a-h]\.\s")
SENT_DAY = "the day the application was sent"


def _measured(ctx: Context, key: str) -> bool:
    """Whether a quoted condition measures the application by the words of `key` (its arrival or its
    sending) in the clause of its term: a day of its letter or its sending inside the term does not
    show its arrival inside it, nor does a day of its arrival after the term show its sending after it (blind rounds 131–133)."""
    spans = [t.evidence.span for t in ctx.facts.policy_terms
             if t.name == "accident_approval_deadline" and t.evidence and t.evidence.span]
    words = vocabulary()[key]
    for st in ctx.record.statements:
        for a, b in spans:
            if st.span[0] <= a and b <= st.span[1]:
                at = a - st.span[0]
                left = max((m.end() for m in _CLAUSES.finditer(st.text, 0, at)), default=0)
                right = _CLAUSES.search(st.text, at)
                if words.search(st.text, left, right.start() if right else len(st.text)):
                    return True
    return False


def cap(ctx: Context) -> Finding:
    rule = RULES[3]
    term = ctx.term("accident_cap")
    if term is None:
        return ctx.finding(rule, "not_applicable", msg="cap.none")
    return ctx.finding(rule, "not_applicable", None, [term.evidence],
                       {"cap": term.text(), "cap_source": term.source},
                       msg="cap.limits", say={"cap": ctx.amount(term)})


def rules(ctx: Context) -> list[Finding]:
    if not relevant(ctx):
        return [ctx.finding(rule, "not_applicable", msg="accident.not_relevant") for rule in RULES]
    return [direct_consequence(ctx), window(ctx), approval_deadline(ctx), cap(ctx)]
