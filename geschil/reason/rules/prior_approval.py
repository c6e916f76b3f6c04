"""Validity of the akkoordverklaring (machtiging) and how far back one may be asked.

The care assessed (the latest application, or the treatments after it, each part on its own
date) must fall inside valid_from..valid_until; this holds for a claim under either insurance,
so care after the expiry is rejected even when the indication is met. `tot en met` makes the end inclusive (PriorApproval.until_inclusive);
when inclusiveness is not stated, a date on the end day itself is left unknown.
"""

from __future__ import annotations

import datetime as dt

from geschil.models import Finding
from geschil.reason.context import Context, care_parts, labels, split
from geschil.reason.periods import add, fmt, upper

RULES = ("prior_approval.validity", "prior_approval.retroactive_limit")


def _last_days(until: dt.date, inclusive: bool | None) -> tuple[dt.date, dt.date, str]:
    """(earliest, latest) possible last valid day, and how the end was read."""
    if inclusive is True:
        return until, until, "up to and including"
    if inclusive is False:
        day = until - dt.timedelta(days=1)
        return day, day, "up to (not including)"
    return until - dt.timedelta(days=1), until, "until (inclusiveness not stated)"


def validity(ctx: Context) -> Finding:
    rule = RULES[0]
    pa = ctx.facts.prior_approval
    if pa is None:
        return ctx.finding(rule, "not_applicable", "No akkoordverklaring is stated.")
    ev = [ctx.evidence("facts.prior_approval")]
    given = f" of {fmt(pa.date)}" if pa.date else ""
    if pa.valid_until is None:
        return ctx.finding(rule, "unknown", f"The akkoordverklaring{given} states no end date.",
                           ev, missing="facts.prior_approval.valid_until")
    parts, trace = care_parts(ctx, each_act=True)
    if not parts:
        return ctx.finding(rule, "unknown", f"The akkoordverklaring{given} ran until "
                           f"{fmt(pa.valid_until)}, but no application or treatment date is stated.",
                           ev, trace=trace, missing="facts.application_dates")
    ev += [p.evidence for p in parts]
    lo, hi, how = _last_days(pa.valid_until, pa.until_inclusive)
    params = {"valid_from": pa.valid_from.isoformat() if pa.valid_from else "",
              "valid_until": pa.valid_until.isoformat(), "end": how,
              "until_inclusive": str(pa.until_inclusive)}
    span = (f"valid from {fmt(pa.valid_from)} " if pa.valid_from else "valid ") + \
        f"{how} {fmt(pa.valid_until)}"
    early = [p for p in parts if pa.valid_from and p.hi < pa.valid_from]
    if early:
        return ctx.finding(rule, "not_met", f"{upper(early[0].label)} lies before the "
                           f"akkoordverklaring{given} began ({span}).", ev, params, trace)
    side = split(parts, lo, hi)
    if side["unsure"] or (pa.valid_from and any(p.lo < pa.valid_from for p in side["inside"])):
        ref = (side["unsure"] or side["inside"])[0]
        return ctx.finding(rule, "unknown", f"{upper(ref.label)} cannot be placed inside or "
                           f"outside the akkoordverklaring{given} ({span}).", ev, params, trace,
                           missing="a precise date, or whether the end date is inclusive")
    if not side["outside"]:
        return ctx.finding(rule, "met", f"{upper(labels(side['inside']))} falls inside the "
                           f"akkoordverklaring{given}, {span}.", ev, params, trace)
    if side["inside"]:
        params.update(partly_met=labels(side["inside"]), partly_not_met=labels(side["outside"]))
        return ctx.finding(rule, "not_met", f"The akkoordverklaring{given} was {span}: "
                           f"{labels(side['inside'])} falls inside it, {labels(side['outside'])} "
                           "does not.", ev, params, trace)
    return ctx.finding(rule, "not_met", f"The akkoordverklaring{given} was {span}; it expired "
                       f"on {fmt(hi)}, before {labels(side['outside'])}{_also(ctx, hi, parts)}.",
                       ev, params, trace)


def _also(ctx: Context, expired: dt.date, parts) -> str:
    """Treatments left out as earlier care that were also done after the approval expired."""
    done = [t for t in ctx.treatments(("performed", "finished")) if t.lo > expired and t not in parts]
    if not done:
        return ""
    return f"; the treatments of {' and '.join(fmt(t.lo) for t in done)} were also done after it"


def retroactive_limit(ctx: Context) -> Finding:
    rule = RULES[1]
    pa = ctx.facts.prior_approval
    if pa is None:
        return ctx.finding(rule, "not_applicable", "No akkoordverklaring is stated.")
    term = ctx.term("approval_retroactive_limit")
    params = {"limit": term.text(), "limit_source": term.source,
              "rejected_application": "not reopened: a new application must be filed"}
    if pa.date is None or pa.valid_from is None:
        return ctx.finding(rule, "unknown", "The date the akkoordverklaring was given, or the date "
                           "it runs from, is not stated.", [ctx.evidence("facts.prior_approval")],
                           params, missing="facts.prior_approval.date / valid_from")
    earliest = add(pa.date, -term.value, term.unit)
    ev = [ctx.evidence("facts.prior_approval"), term.evidence]
    if pa.valid_from >= earliest:
        return ctx.finding(rule, "met", f"The akkoordverklaring of {fmt(pa.date)} runs back to "
                           f"{fmt(pa.valid_from)}, within {term.text()} back ({fmt(earliest)}).",
                           ev, params)
    return ctx.finding(rule, "not_met", f"The akkoordverklaring of {fmt(pa.date)} runs back to "
                       f"{fmt(pa.valid_from)}, more than {term.text()} back (limit "
                       f"{fmt(earliest)}).", ev, params)


def rules(ctx: Context) -> list[Finding]:
    return [validity(ctx), retroactive_limit(ctx)]
