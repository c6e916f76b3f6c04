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

from geschil.extract.text import squash
from geschil.models import Finding
from geschil.reason import registry
from geschil.reason.context import FINDING_SECTIONS, Context, Term, care_parts, labels, split
from geschil.reason.periods import Ref, fmt, full_years, last_day, relation, upper

RULES = ("accident_cover.direct_consequence", "accident_cover.window",
         "accident_cover.approval_deadline", "accident_cover.cap")
TERMS = ("accident_treatment_window", "accident_approval_deadline", "accident_cap")


def relevant(ctx: Context) -> bool:
    return (ctx.accident() is not None
            or any(t.name in TERMS for t in ctx.facts.policy_terms)
            or bool(ctx.mentions("accident:direct_consequence")))


def _params(term: Term, prefix: str) -> dict[str, str]:
    return {prefix: term.text(), f"{prefix}_source": term.source,
            "window_end": registry.convention("window_end"),
            "date_arithmetic": registry.convention("date_arithmetic")}


def _last(accident: Ref, term: Term, params: dict[str, str]) -> tuple[dt.date, dt.date, str]:
    """The last day of a term after the accident: (earliest, latest, in words)."""
    lo, hi = last_day(accident.lo, term.value, term.unit), last_day(accident.hi, term.value, term.unit)
    params["last_day"] = lo.isoformat() if lo == hi else f"{lo.isoformat()}..{hi.isoformat()}"
    return lo, hi, fmt(lo) if lo == hi else f"between {fmt(lo)} and {fmt(hi)}"


def direct_consequence(ctx: Context) -> Finding:
    rule = RULES[0]
    ms = [m for m in ctx.mentions("accident:direct_consequence") if not m.hypothetical]
    denied = [m for m in ms if m.negated]
    by_finders = [m for m in denied if m.section in FINDING_SECTIONS or m.section is None]
    affirmed = [m for m in ms if not m.negated and (m.section in FINDING_SECTIONS or m.section is None)]
    if by_finders:
        m = by_finders[0]
        return ctx.finding(rule, "not_met", f"The committee finds the damage is not a direct "
                           f"consequence of the accident (\"{m.cue} {m.evidence.quote}\").", [m.evidence])
    if affirmed:
        m = affirmed[0]
        return ctx.finding(rule, "met", f"The committee finds the care a direct consequence of the "
                           f"accident (\"{squash(m.evidence.quote)}\", p. {m.evidence.page}).",
                           [m.evidence])
    if denied:
        m = denied[0]
        return ctx.finding(rule, "unknown", "A party denies that the damage follows directly from "
                           f"the accident (\"{m.cue} {m.evidence.quote}\", p. {m.evidence.page}); "
                           "the committee's own finding on it is not stated.", [m.evidence],
                           missing="the committee's finding on the direct consequence")
    accident = ctx.accident()
    if accident is None:
        return ctx.finding(rule, "unknown", "Whether the damage follows directly from an accident "
                           "is not stated, nor when the accident happened.",
                           missing="whether the damage follows directly from the accident")
    # The committee judges what the parties dispute: an accident nobody contests stands.
    return ctx.finding(rule, "met", f"Nobody disputes that the damage follows directly from "
                       f"{accident.label}.", [accident.evidence], {"uncontested": "true"},
                       trace=["no party, Zorginstituut or committee denies the direct consequence"])


def _growth_exception(ctx: Context, accident, ref) -> str | None:
    """The age at the accident if it leaves room for the exception for a jaw not yet grown."""
    age = ctx.facts.age
    if age is None:
        return None
    at_accident = age - full_years(accident.lo, ref.lo)
    limit = registry.default("jaw_growth_age")["value"]
    return f"about {at_accident}" if at_accident < limit else None


def _untied(ctx: Context, rule: str, term: Term, params: dict[str, str]) -> Finding | None:
    """Unknown when the ruling tells of several accidents and the claim's cannot be told apart."""
    days = ctx.untied_accidents()
    if not days:
        return None
    params["accidents"] = ", ".join(d.isoformat() for d in days)
    return ctx.finding(rule, "unknown", f"The ruling tells of several accidents ({', '.join(fmt(d) for d in days)}) "
                       "and the applications follow different ones: the claim's accident cannot "
                       f"be told apart, so the term of {term.text()} cannot be placed.",
                       [ctx.evidence("facts.accident_date"), term.evidence], params,
                       missing="which accident each claim rests on")


def window(ctx: Context) -> Finding:
    rule = RULES[1]
    term = ctx.term("accident_treatment_window")
    params = _params(term, "window")
    accident = ctx.accident()
    untied = _untied(ctx, rule, term, params)
    if untied:
        return untied
    if accident is None:
        return ctx.finding(rule, "unknown", "The accident date is not stated, so the window "
                           f"of {term.text()} cannot be placed.", [term.evidence], params,
                           missing="facts.accident_date")
    last_lo, last_hi, last = _last(accident, term, params)
    parts, trace = care_parts(ctx)
    if not parts:
        return ctx.finding(rule, "unknown", f"The window after {accident.label} ran until "
                           f"{last}, but no application or treatment date is stated.",
                           [accident.evidence], params, trace, missing="facts.application_dates")
    ev = [accident.evidence, *(p.evidence for p in parts), term.evidence]
    early = [p for p in parts if p.hi < accident.lo]
    if early:
        return ctx.finding(rule, "unknown", f"{upper(early[0].label)} lies before "
                           f"{accident.label}: the dates do not fit together.", ev, params, trace,
                           missing="an application or treatment date after the accident")
    side = split(parts, last_lo, last_hi)
    if side["unsure"]:
        ref = side["unsure"][0]
        missing = ("a precise date of the accident" if ref.exact else
                   "a precise date of the treatment" if accident.exact else
                   "precise dates of the accident and the treatment")
        return ctx.finding(rule, "unknown", f"{upper(ref.label)} cannot be placed on one side of "
                           f"the window's last day ({last}).", ev, params, trace, missing=missing)
    if not side["outside"] and parts == [ctx.assessed_application()]:
        # The application only bounds the finish from below: care asked for inside the window
        # may still be finished after it, and the ruling does not say when it was.
        return ctx.finding(rule, "unknown", f"{upper(parts[0].label)} lies within {term.text()} "
                           f"after {accident.label} (last day {last}), but when the treatment was "
                           "finished is not stated.", ev, params, trace,
                           missing="the date the treatment was finished")
    if not side["outside"]:
        return ctx.finding(rule, "met", f"From {accident.label} to {labels(side['inside'][-1:])} "
                           f"is within {term.text()}: the window's last day is {last}.",
                           ev, params, trace)
    late = side["outside"][-1]
    age = _growth_exception(ctx, accident, late)
    if age:
        return ctx.finding(rule, "unknown", f"From {accident.label} to {late.label} is more than "
                           f"{term.text()}, but the requester was {age} at the accident: the "
                           "exception for a jaw not yet fully grown may apply.", ev, params, trace,
                           missing="whether treatment waited for the jaw to grow")
    trace.append("the exception for a jaw not yet fully grown is not invoked in the facts")
    if side["inside"]:
        params.update(partly_met=labels(side["inside"]), partly_not_met=labels(side["outside"]))
        return ctx.finding(rule, "not_met", f"The window of {term.text()} after {accident.label} "
                           f"closed after {last}: {labels(side['inside'])} falls within it, "
                           f"{labels(side['outside'])} does not.", ev, params, trace)
    return ctx.finding(rule, "not_met", f"From {accident.label} to {late.label} is more than "
                       f"{term.text()}: the window closed after {last}, so the treatment "
                       "was not finished within it.", ev, params, trace)


def approval_deadline(ctx: Context) -> Finding:
    rule = RULES[2]
    term = ctx.term("accident_approval_deadline")
    params = _params(term, "deadline")
    accident, app = ctx.accident(), ctx.assessed_application()
    untied = _untied(ctx, rule, term, params)
    if untied:
        return untied
    trace = ["whether it was asked before the treatment is not checked: treatment dates cannot be "
             "tied to one application"]
    if accident is None or app is None:
        missing = "facts.accident_date" if accident is None else "facts.application_dates"
        return ctx.finding(rule, "unknown", f"The akkoordverklaring had to be asked within "
                           f"{term.text()} after the accident, but {missing} is not stated.",
                           [term.evidence], params, trace, missing=missing)
    last_lo, last_hi, last = _last(accident, term, params)
    ev = [accident.evidence, app.evidence, term.evidence]
    if app.hi < accident.lo:
        return ctx.finding(rule, "unknown", f"{upper(app.label)} lies before "
                           f"{accident.label}: it cannot be the request for this accident.",
                           ev, params, trace, missing="the request made after the accident")
    side = relation(app, last_lo, last_hi)
    if side == "inside":
        return ctx.finding(rule, "met", f"{upper(app.label)} falls within {term.text()} "
                           f"after {accident.label} (last day {last}).", ev, params, trace)
    if side == "unsure":
        return ctx.finding(rule, "unknown", f"{upper(app.label)} falls within {term.text()} after "
                           f"some days of {accident.label} but not after others (last day {last}).",
                           ev, params, trace, missing="a precise date of the accident")
    early = "even on the latest day of the period, " if not accident.exact else ""
    return ctx.finding(rule, "not_met", f"{upper(app.label)} is more than {term.text()} "
                       f"after {accident.label}: {early}the akkoordverklaring had to be asked by "
                       f"{fmt(last_hi)}.", ev, params, trace)


def cap(ctx: Context) -> Finding:
    rule = RULES[3]
    term = ctx.term("accident_cap")
    if term is None:
        return ctx.finding(rule, "not_applicable", "The ruling quotes no cap per accident.")
    return ctx.finding(rule, "not_applicable", f"The cap of {term.text()} per accident limits "
                       "what is paid, not whether the claim is due; no claimed amount is compared.",
                       [term.evidence], {"cap": term.text(), "cap_source": term.source})


def rules(ctx: Context) -> list[Finding]:
    if not relevant(ctx):
        return [ctx.finding(rule, "not_applicable", "No accident is stated and the ruling quotes "
                            "no accident cover.") for rule in RULES]
    return [direct_consequence(ctx), window(ctx), approval_deadline(ctx), cap(ctx)]
