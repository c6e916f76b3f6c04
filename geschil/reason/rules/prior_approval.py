"""Validity of the akkoordverklaring (machtiging) and how far back one may be asked.

The care assessed (the latest application, or the treatments after it, each part on its own
date) must fall inside valid_from..valid_until; this holds for a claim under either insurance,
so care after the expiry is rejected even when the indication is met. `tot en met` makes the end
inclusive (PriorApproval.until_inclusive); when inclusiveness is not stated, a date on the end day
itself is left unknown. An akkoordverklaring stated without any window is not_applicable: it
covers the care it was given for. One with a start but no end leaves the end unknown.

Where the conditions require consent beforehand and no akkoordverklaring was given, the application
assessed (the latest: it replaces the earlier ones) must come before the care it is for.

An application that asks approval afterwards for care given on days it names (or a request
names) may reach back at most the limit (the insurer's conditions or portal rule, else the
default in provisions.json); care further back is rejected whatever the indication.
"""

from __future__ import annotations

import datetime as dt
import re

from geschil import i18n, literals
from geschil.dates import find_dates
from geschil.extract.text import squash
from geschil.models import Evidence, Finding, PolicyTerm
from geschil.reason.context import NOT_THIS_CARE, Context, care_parts, labels, split
from geschil.reason.periods import Ref, add, upper

RULES = ("prior_approval.validity", "prior_approval.retroactive_limit", "prior_approval.beforehand")


END_DAY = "whether the validity counts the day it ends on"  # a reading of the letter (grounds.READINGS)
LEAD_DAY = "whether the last day of the term ahead of the care still counts"  # a reading of the conditions
CARE_UNDATED = "the day the care began"


def _last_days(until: dt.date, inclusive: bool | None) -> tuple[dt.date, dt.date, str]:
    """(earliest, latest) possible last valid day, and how the end was read (a message id)."""
    if inclusive is True:
        return until, until, "validity.end.inclusive"
    if inclusive is False:
        day = until - dt.timedelta(days=1)
        return day, day, "validity.end.exclusive"
    return until - dt.timedelta(days=1), until, "validity.end.unstated"


THROUGH = re.compile(r"\btot\s+en\s+met\b", re.I)
# an application's evidence that tells its arrival, not its sending (extract/facts/applications.py reads the
# arrival where both are told, with these words): a posting is a sending too
POSTED = literals.compile(r"\bgepost\b|\bop\s+de\s+post\b", re.I)


def validity(ctx: Context) -> Finding:
    rule = RULES[0]
    pa = ctx.facts.prior_approval
    if pa is None:
        if (ended := _end_found(ctx)) is not None:
            # the committee places the care against the validity of an approval the ruling neither dates nor
            # bounds ("De behandelingen hebben op 14 januari 2025 … plaatsgevonden, en daarmee na het einde van de
            # geldigheidsduur van de toestemming", blind round 164): the approval is the missing fact
            return ctx.finding(rule, "unknown", None, [ended.evidence()], missing="facts.prior_approval",
                               msg="validity.approval_unprinted", say={"quote": squash(ended.text)})
        return ctx.finding(rule, "not_applicable", msg="validity.none")
    told = ctx.evidence("facts.prior_approval")
    ev = [told]
    said = {"given": ctx.say("approval.given", date=pa.date) if pa.date else ""}
    # of several terms quoted, the one told with this approval's letter (after the sentence giving it)
    from_issue = ctx.term_from("approval_validity", told.span[0] if told and told.span else None) \
        if pa.valid_until is None else None
    if from_issue is not None and pa.date is None:
        # valid for a term from its date of issue, and that date is not printed (only "in het
        # voorjaar van 2023"): its end cannot be computed
        return ctx.finding(rule, "unknown", None, ev + [from_issue.evidence],
                           missing="facts.prior_approval.date", msg="validity.undated",
                           say={"quote": from_issue.evidence.quote})
    trace_issue = []
    if from_issue is not None:
        # "geldig tot zes maanden na dagtekening": the end counted from the date of issue, to the
        # day with the same number or the day before it (which one is left unknown)
        until = add(pa.date, from_issue.value, from_issue.unit)
        trace_issue = [ctx.say("trace.from_issue", date=pa.date, term=ctx.amount(from_issue),
                               quote=from_issue.evidence.quote, until=until)]
        ev.append(from_issue.evidence)
        chosen = _committee_reading(ctx, until)
        if chosen is not None:
            # the committee's choice between the term's two readings ("De laatste dag van de termijn
            # was woensdag 8 februari 2023"): its judgement, the window it decides on
            day, where = chosen
            trace_issue.append(ctx.say("trace.committee_reading", until=day, quote=where.quote))
            ev.append(where)
        # "geldig tot en met negen maanden na de dagtekening": the day with the same number still counts
        inclusive = True if chosen or THROUGH.search(from_issue.evidence.quote) else None
        pa = pa.model_copy(update={"valid_from": pa.valid_from or pa.date,
                                   "valid_until": chosen[0] if chosen else until,
                                   "until_inclusive": inclusive})
    receipt = ctx.term("approval_validity_from_receipt") if pa.valid_until is None else None
    if receipt is not None and from_issue is None:
        # valid for a term from the day the insured received it: that day is no fact geschil reads
        # (rulings seldom print it, "begin maart 2021"), so the end cannot be computed
        return ctx.finding(rule, "unknown", None, ev + [receipt.evidence],
                           missing="the day the akkoordverklaring was received", msg="validity.from_receipt",
                           say={"quote": receipt.evidence.quote})
    if pa.valid_until is None and from_issue is None:
        counted = _from_application(ctx, pa, ev)
        if isinstance(counted, Finding):
            return counted
        if counted is not None:
            pa, line = counted
            trace_issue.append(line)
    if pa.valid_until is None and pa.valid_from is None and (extended := _extended_unwindowed(ctx, told)):
        # extended by a term while the end it extended is not printed: where it ended is the missing fact
        return ctx.finding(rule, "unknown", None, ev + [extended.evidence],
                           missing="facts.prior_approval.valid_until", msg="validity.no_end", say=said)
    if pa.valid_until is None and pa.valid_from is None and ctx.partial() and (ended := _end_found(ctx)) is not None:
        # a part of a ruling, in which the committee places the care against the validity's end ("nadat de
        # geldigheidsduur van de toestemming was verstreken", blind round 163): the approval had a window the part
        # may lack, and its end is the missing fact, never "no window of its own"
        return ctx.finding(rule, "unknown", None, ev + [ended.evidence()], missing="facts.prior_approval.valid_until",
                           msg="validity.end_unprinted", say={**said, "quote": squash(ended.text)})
    if pa.valid_until is None and pa.valid_from is None:
        # Given without a window (often with a note that the policy's own terms still apply):
        # it covers the care it was given for, and no end date of its own can fail the claim.
        return ctx.finding(rule, "not_applicable", None, ev, msg="validity.no_window", say=said)
    if pa.valid_until is None:
        return ctx.finding(rule, "unknown", None, ev, missing="facts.prior_approval.valid_until",
                           msg="validity.no_end", say=said)
    parts, trace = care_parts(ctx, each_act=True)
    trace = trace_issue + trace
    if not parts:
        return ctx.finding(rule, "unknown", None, ev, trace=trace, missing="facts.application_dates",
                           msg="validity.no_care", say={**said, "until": pa.valid_until})
    ev += [p.evidence for p in parts]
    lo, hi, how = _last_days(pa.valid_until, pa.until_inclusive)
    params = {"valid_from": pa.valid_from.isoformat() if pa.valid_from else "",
              "valid_until": pa.valid_until.isoformat(), "end": i18n.say(how, "en"),
              "until_inclusive": str(pa.until_inclusive)}
    said["span"] = ctx.say("validity.span.from" if pa.valid_from else "validity.span",
                           start=pa.valid_from, how=ctx.say(how), until=pa.valid_until)
    if parts == [ctx.assessed_application()] and parts[0].lo <= hi:
        # the application only bounds the care from below (and comes before the approval it
        # asks for): care asked for before the end may still be given after it, and the ruling
        # does not say when it was
        return ctx.finding(rule, "unknown", None, ev, params, trace, missing="the date the care was given",
                           msg="validity.care_unstated", say={**said, "Ref": upper(parts[0].label)})
    early = [p for p in parts if pa.valid_from and p.hi < pa.valid_from]
    if early:
        return ctx.finding(rule, "not_met", None, ev, params, trace, msg="validity.before",
                           say={**said, "Ref": upper(early[0].label)})
    extension, longest = _extension(ctx), None
    if extension is not None:
        # extended by a term whose end the ruling does not print: care after the old end but
        # within the term after it may be inside (the extension may run from the old end), care
        # after that is outside however it is counted
        ev.append(extension.evidence)
        longest = add(pa.valid_until, extension.value, extension.unit)
        surely = _surely_extended(ctx, pa, extension)
        if surely is not None and surely > lo:
            # care up to the term counted from the extension's own letter is inside however it is counted
            trace.append(ctx.say("trace.extended_at_least", term=ctx.amount(extension), until=surely,
                                 quote=squash(extension.evidence.quote)))
            said["span"] = ctx.say("validity.span.extended", span=said["span"], term=ctx.amount(extension), until=surely)
        side = split(parts, max(lo, surely or lo), longest)
        if side["unsure"]:
            return ctx.finding(rule, "unknown", None, ev, params, trace,
                               missing="the end of the extended validity",
                               msg="validity.extended", say={**said, "Ref": upper(side["unsure"][0].label),
                                                             "term": ctx.amount(extension), "longest": longest})
    else:
        side = split(parts, lo, hi)
    if side["unsure"] or (pa.valid_from and any(p.lo < pa.valid_from for p in side["inside"])):
        ref = (side["unsure"] or side["inside"])[0]
        # care on the very day an end of unstated inclusiveness names ("tot acht weken na dagtekening"
        # and care that day): whether the end counts is a reading of the letter, not a missing date
        on_end = bool(side["unsure"]) and all(p.exact and p.lo == hi and lo < hi for p in side["unsure"])
        return ctx.finding(rule, "unknown", None, ev, params, trace,
                           missing=END_DAY if on_end else "a precise date, or whether the end date is inclusive",
                           msg="validity.unsure", say={**said, "Ref": upper(ref.label)})
    if not side["outside"]:
        return ctx.finding(rule, "met", None, ev, params, trace, msg="validity.met",
                           say={**said, "Care": upper(_care(ctx, side["inside"]))})
    said["outside"] = labels(ctx, side["outside"])
    if side["inside"]:
        params.update(partly_met=labels(ctx, side["inside"]), partly_not_met=said["outside"])
        return ctx.finding(rule, "not_met", None, ev, params, trace, msg="validity.partly",
                           say={**said, "inside": params["partly_met"]})
    if extension is not None:
        return ctx.finding(rule, "not_met", None, ev, params, trace, msg="validity.extended_expired",
                           say={**said, "term": ctx.amount(extension), "longest": longest})
    return ctx.finding(rule, "not_met", None, ev, params, trace, msg="validity.expired",
                       say={**said, "expired": hi, "also": _also(ctx, hi, parts)})


# the committee's own last day of a term: "De laatste dag van de termijn was woensdag 8 februari 2023"
LAST_DAY = literals.compile(r"\blaatste\s+dag\s+van\s+de\s+(?:termijn|geldigheidsduur)\s+(?:was|is|viel\s+op|valt\s+op)\s+",
                            re.I)


# the committee places the care against the approval's validity: an end the approval has ("… nadat de
# geldigheidsduur van de toestemming was verstreken", "binnen de geldigheidsduur")
VALIDITY_END = literals.compile(r"\b(?:geldigheidsduur|toestemming|akkoordverklaring|machtiging)\b[^.;]{0,60}?\b(?:was|is|waren)\s+"
                                r"(?:(?:al|reeds|toen|dus|daarmee|nog\s+niet)\s+)?(?:verstreken|verlopen|afgelopen)\b"
                                r"|\b(?:binnen|buiten)\s+de\s+geldigheidsduur\b|\bna\s+(?:het\s+verstrijken|afloop|het\s+einde)\s+van\s+"
                                r"de\s+geldigheidsduur\b", re.I)


def _end_found(ctx: Context):
    """The committee's own statement placing care against the validity's end, or None."""
    return next((st for st in ctx.record.statements if st.speaker == "committee" and st.section == "assessment"
                 and st.stance in ("finding", "undisputed") and VALIDITY_END.search(st.text)), None)


def _committee_reading(ctx: Context, until: dt.date):
    """(day, evidence) of the last day the committee's own finding gives the term, when it is one
    of the term's two readings (`until` or the day before); None otherwise (another day is a
    miscount, which the rule does not take over)."""
    for st in ctx.record.statements:
        if st.speaker != "committee" or st.stance not in ("finding", "undisputed"):
            continue
        m = LAST_DAY.search(st.text)
        day = next((d.date for d in find_dates(st.text, m.end()) if d.date), None) if m else None
        if day in (until - dt.timedelta(days=1), until):
            return day, Evidence(page=st.page, span=st.span, quote=st.text)
    return None


def _extension(ctx: Context):
    """An extension by a term ("verlengen … met drie maanden") whose new end the ruling does not
    print: not when the window recorded is told after it ("De akkoordverklaring is daarmee geldig
    tot en met 5 juni 2017": the extended one itself)."""
    term = ctx.term("approval_extension")
    window = ctx.evidence("facts.prior_approval")
    if term is None or term.evidence is None or (window is not None and window.span[0] > term.evidence.span[0]):
        return None
    # ... nor when the extension's own sentence prints the end recorded ("… met twee maanden, tot en met 31 maart
    # 2021", blind round 185)
    pa, at = ctx.facts.prior_approval, term.evidence.span
    told = next((e.text for e in ctx.record.events if at and e.span[0] <= at[0] and at[1] <= e.span[1]), "")
    if pa is not None and pa.valid_until is not None and any(
            d.date == pa.valid_until and NEW_END.search(told[:d.start]) for d in find_dates(told)):
        return None
    return term


# the extended end printed right after the extension's term: "met twee maanden, tot en met 31 maart 2021"
NEW_END = re.compile(r"\b(?:dagen|weken|maanden|maand|jaar)\s*,?\s*(?:dus\s+|derhalve\s+)?tot(?:\s+en\s+met)?\s*$", re.I)


def _surely_extended(ctx: Context, pa, extension: PolicyTerm) -> dt.date | None:
    """The last day the extended validity reaches however the extension is counted: from the old end or,
    the earliest reading, from the day of the letter that gives it, the day before the term's end ("Bij brief
    van 3 juli 2017 … verlengen wij de geldigheidsduur … met zes maanden", blind round 164); None when the
    letter's day is not printed in its sentence."""
    at = extension.evidence.span
    told = next((e.text for e in ctx.record.events if at and e.span[0] <= at[0] and at[1] <= e.span[1]), "")
    given = [d.date for d in find_dates(told) if d.date and pa.date and d.date > pa.date]
    if not given:
        return None
    return add(min(min(given), pa.valid_until), extension.value, extension.unit) - dt.timedelta(days=1)


def _extended_unwindowed(ctx: Context, told) -> PolicyTerm | None:
    """An extension by a term told after the sentence giving an approval that states no window of its own
    ("Bij brief van 1 december 2021 heeft de zorgverzekeraar … de geldigheidsduur van de machtiging met drie
    maanden verlengd", its first end on a copy's missing page, blind round 138): it had a window."""
    after = [t for t in ctx.facts.policy_terms if t.name == "approval_extension" and t.evidence and t.evidence.span
             and told is not None and told.span and t.evidence.span[0] > told.span[1]]
    return min(after, key=lambda t: t.evidence.span) if after else None


def _care(ctx: Context, refs) -> str:
    """One label, or the dates of several parts in one phrase (reasons stay short)."""
    if len(refs) == 1:
        return refs[0].label
    days = [i18n.date(r.lo, ctx.lang) if r.exact else r.label for r in refs]
    return ctx.say("validity.care_days", days=", ".join(days[:-1]), last=days[-1])


def _also(ctx: Context, expired: dt.date, parts) -> str:
    """Treatments left out as earlier care that were also done after the approval expired."""
    done = [t for t in ctx.treatments(("performed", "finished")) if t.lo > expired and t not in parts]
    if not done:
        return ""
    return ctx.say("validity.also", dates=ctx.say("and").join(i18n.date(t.lo, ctx.lang) for t in done))


def retroactive_limit(ctx: Context) -> Finding:
    """How far back an approval may be asked: the care asked for lies at most the limit before the
    request. Required when an application asks approval afterwards for care already given; an
    akkoordverklaring the insurer gave binds it for the period it names, whatever the limit."""
    rule = RULES[1]
    pa = ctx.facts.prior_approval
    term = ctx.term("approval_retroactive_limit")
    params = {**term.parameters("limit"), "rejected_application": "not reopened: a new application must be filed"}
    if pa is None or pa.date is None or pa.valid_from is None:
        return _asked_afterwards(ctx, rule, term, params)
    # An akkoordverklaring the insurer gave binds it for its period: how far it reaches back is
    # recorded, but decides nothing (the rule decides only applications asked afterwards).
    earliest = add(pa.date, -term.value, term.unit)
    within = pa.valid_from >= earliest
    params["within_limit"] = str(within)
    how = ctx.say("retro.within" if within else "retro.beyond", term=ctx.amount(term),
                  earliest=earliest)
    return ctx.finding(rule, "not_applicable", None,
                       [ctx.evidence("facts.prior_approval"), term.evidence], params,
                       msg="retro.given", say={"date": pa.date, "start": pa.valid_from, "how": how})


def asked_for(ctx: Context, app: Ref) -> list[Ref]:
    """Care given before the application on days the application's sentence or a request names:
    approval asked afterwards for that care. Earlier care neither names may be another treatment
    (implants placed years before a new application), so it is not taken as asked for."""
    earlier = [t for t in ctx.treatments() if t.hi < app.lo and t.exact]
    if not earlier:  # nothing the sentences could name: their dates are not read
        return []
    texts = [e.text for e in ctx.record.events if e.kind == "application" and e.date == app.lo]
    named = {m.date for t in texts + [q.text for q in ctx.record.requests] for m in find_dates(t)}
    care = [t for t in earlier if t.lo in named]
    return list({t.lo: t for t in sorted(care, key=lambda t: t.lo)}.values())


def _asked_afterwards(ctx: Context, rule: str, term, params: dict) -> Finding:
    app = ctx.assessed_application()
    care = asked_for(ctx, app) if app else []
    if not care:
        return ctx.finding(rule, "not_applicable",
                           msg="retro.none.undated" if ctx.facts.prior_approval else "retro.none")
    earliest = add(app.lo, -term.value, term.unit)
    ev = [app.evidence, term.evidence] + [c.evidence for c in care]
    old, recent = [c for c in care if c.lo < earliest], [c for c in care if c.lo >= earliest]
    head = ctx.say("retro.head", Ref=upper(app.label), care=labels(ctx, care),
                   term=ctx.amount(term), earliest=earliest)
    if not old:
        return ctx.finding(rule, "met", None, ev, params, msg="retro.met", say={"head": head})
    said = {"head": head, "old": labels(ctx, old), "recent": labels(ctx, recent)}
    if recent:
        params.update(partly_met=said["recent"], partly_not_met=said["old"])
        return ctx.finding(rule, "not_met", None, ev, params, msg="retro.partly", say=said)
    return ctx.finding(rule, "not_met", None, ev, params, msg="retro.not_met", say=said)


# the committee saying an approval was for other care: "De akkoordverklaring van 19 augustus 2021 zag op een kroon op het
# eigen element 11; het implantaat is een andere behandeling" (blind round 170), or "ziet niet op deze behandeling"
OTHER_CARE = literals.compile(NOT_THIS_CARE.pattern + r"|\b(?:is|was)\s+een\s+andere\s+behandeling\b", re.I)


def _approved(ctx: Context, app: Ref | None) -> bool:
    """Whether an akkoordverklaring settles consent for the application assessed: not one given before that
    application and said by the committee to be for other care (it approved the earlier application)."""
    approval = ctx.facts.prior_approval
    if approval is None:
        return False
    if app is None or approval.date is None or approval.date >= app.lo:
        return True
    return not any(OTHER_CARE.search(st.text) for st in ctx.record.statements
                   if st.speaker == "committee" and st.section == "assessment")


def beforehand(ctx: Context) -> Finding:
    """Consent asked before the care: required when the ruling says the conditions demand it and
    no akkoordverklaring was given; the latest application is the one that counts."""
    rule = RULES[2]
    demands = [m for m in ctx.mentions("prior_approval:required") if not m.negated]
    app = ctx.assessed_application()
    if not demands or _approved(ctx, app):
        return ctx.finding(rule, "not_applicable", msg="before.not_applicable")
    care = ctx.treatments()
    if app is None:
        # consent is required and dated care is there, but no application's day is printed (a
        # copy that lost the paragraph dating it): the fact the rule needs is missing
        if not care:
            return ctx.finding(rule, "not_applicable", msg="before.not_applicable")
        return ctx.finding(rule, "unknown", None, [demands[0].evidence], missing=ctx.application_missing(),
                           msg="before.no_application",
                           say={"needs": ctx.say("before.needs", quote=demands[0].evidence.quote)})
    # care dated only by month or season is placed where its bounds allow ("in februari 2019"
    # before an application of 14 maart 2019); one that spans the application's day is not, nor
    # one on a day inside an application's month ("in april 2019" against care of 11 April 2019)
    before, after = [c for c in care if c.hi < app.lo], [c for c in care if c.lo >= app.hi]
    spanning = [c for c in care if c not in before and c not in after]
    ev = [app.evidence, demands[0].evidence] + [c.evidence for c in care]
    said = {"Ref": upper(app.label), "ref": app.label, "before": labels(ctx, before), "after": labels(ctx, after),
            "needs": ctx.say("before.needs", quote=demands[0].evidence.quote)}
    lead = ctx.term("application_lead")
    if not care:
        if lead is not None:
            # an application due a term ahead of the care, the care dated nowhere ("Uw aanvraag moet uiterlijk
            # vier weken vóór de dag van opname door ons zijn ontvangen", the admission undated, blind round 119)
            return ctx.finding(rule, "unknown", None, ev + [lead.evidence], missing=CARE_UNDATED,
                               msg="before.lead_undated", say={**said, "term": ctx.amount(lead),
                                                               "quote": " ".join(lead.evidence.quote.split())})
        return ctx.finding(rule, "not_applicable", msg="before.no_care")
    grace = ctx.term("application_after_start")
    if grace is not None and (before or spanning):
        return _within_grace(ctx, rule, app, care, grace, ev + [grace.evidence], said)
    if lead is not None and after and not before and not spanning:
        return _ahead(ctx, rule, app, care, lead, ev + [lead.evidence], said)
    if spanning:
        return ctx.finding(rule, "unknown", None, ev,
                           missing="a precise date of the treatment" if app.exact else "facts.application_dates",
                           msg="before.spanning", say={**said, "care": labels(ctx, spanning)})
    ends = ctx.treatments(("finished",))
    if after and not before and all(c in ends for c in after):
        # the care told only by its end ("De laatste behandeling vond plaats op 18 december 2018"): it began on
        # a day the ruling does not print, which may lie before the application (blind round 116)
        return ctx.finding(rule, "unknown", None, ev, missing="the day of the first treatment",
                           msg="before.only_end", say=said)
    if before and not after:
        return ctx.finding(rule, "not_met", None, ev, msg="before.not_met", say=said)
    if after and not before:
        return ctx.finding(rule, "met", None, ev, msg="before.met", say=said)
    if ctx.record.outcome == "partially_granted":
        # the committee decides the care before and the care after the application as parts of
        # their own: consent beforehand holds for the one and not for the other
        params = {"partly_met": said["after"], "partly_not_met": said["before"]}
        return ctx.finding(rule, "not_met", None, ev, params, msg="before.partly", say=said)
    return ctx.finding(rule, "unknown", None, ev, missing="which care the application is for",
                       msg="before.between", say=said)


def _within_grace(ctx: Context, rule: str, app: Ref, care: list[Ref], grace, ev: list, said: dict) -> Finding:
    """The conditions let consent be asked up to a term after the first treatment ("uiterlijk vier
    weken na de datum van de eerste behandeling"): the application counts against the first
    treatment's day plus the term, every day its bounds allow."""
    first = min(care, key=lambda c: (c.lo, c.hi))
    lo, hi = add(first.lo, grace.value, grace.unit), add(min(c.hi for c in care), grace.value, grace.unit)
    said = {**said, "ref": app.label, "first": first.label, "term": ctx.amount(grace),
            "quote": " ".join(grace.evidence.quote.split())}
    if app.hi <= lo:
        return ctx.finding(rule, "met", None, ev, msg="before.grace_met", say={**said, "last": lo})
    if app.lo > hi:
        return ctx.finding(rule, "not_met", None, ev, msg="before.grace_not_met", say={**said, "last": hi})
    return ctx.finding(rule, "unknown", None, ev, missing="the day of the first treatment",
                       msg="before.grace_unsure", say={**said, "lo": lo, "hi": hi})


def _ahead(ctx: Context, rule: str, app: Ref, care: list[Ref], lead, ev: list, said: dict) -> Finding:
    """The conditions want consent asked a term ahead of the care ("uiterlijk twee weken vóór de
    beoogde datum van opname"): the application counts against the first care's day less the term;
    on that day or the one after (which of the two the words mean is a reading) it is left open."""
    first = min(care, key=lambda c: (c.lo, c.hi))
    lo, hi = add(first.lo, -lead.value, lead.unit), add(first.hi, -lead.value, lead.unit)
    said = {**said, "ref": app.label, "first": first.label, "term": ctx.amount(lead),
            "quote": " ".join(lead.evidence.quote.split())}
    if all(t.kind == "finished" for t in ctx.facts.treatment_dates):
        # only the care's end is dated: the day it began, which the term counts back from, is not
        return ctx.finding(rule, "unknown", None, ev, missing="the day of the first treatment",
                           msg="before.lead_no_start", say=said)
    if app.hi < lo:
        return ctx.finding(rule, "met", None, ev, msg="before.lead_met", say={**said, "last": lo})
    if app.lo > hi + dt.timedelta(days=1):
        return ctx.finding(rule, "not_met", None, ev, msg="before.lead_not_met", say={**said, "last": hi})
    # on the term's last day or the next: which of the two the words mean is the conditions' reading
    missing = LEAD_DAY if first.lo == first.hi else "the day of the first treatment"
    return ctx.finding(rule, "unknown", None, ev, missing=missing,
                       msg="before.lead_unsure", say={**said, "lo": lo, "hi": hi + dt.timedelta(days=1)})


def rules(ctx: Context) -> list[Finding]:
    return [validity(ctx), retroactive_limit(ctx), beforehand(ctx)]


def _from_application(ctx: Context, pa, ev: list) -> Finding | tuple | None:
    """An approval valid for a term from the day its application arrived ("te rekenen vanaf de
    datum waarop wij uw aanvraag hebben ontvangen", blind round 122): its end counted from the
    assessed application where the ruling dates that application by its arrival; a day of
    sending or signing is not that day, so the end is then unknown. None: no such term."""
    term = ctx.term("approval_validity_from_application")
    if term is None or term.evidence is None:
        return None
    # the words facts read an arrival by (rare here: imported then)
    from geschil.extract.facts.applications import SENT
    from geschil.extract.facts.common import ARRIVED

    ev.append(term.evidence)
    app = ctx.assessed_application()
    quote = app.evidence.quote if app is not None and app.evidence else ""
    if app is None or not app.exact or not ARRIVED.search(quote) or SENT.search(quote) or POSTED.search(quote):
        return ctx.finding(RULES[0], "unknown", None, ev, missing="the day the application was received",
                           msg="validity.from_application", say={"quote": term.evidence.quote})
    ev.append(app.evidence)
    until = add(app.lo, term.value, term.unit)
    line = ctx.say("trace.from_application", date=app.lo, term=ctx.amount(term), quote=term.evidence.quote,
                   until=until)
    return pa.model_copy(update={"valid_until": until, "until_inclusive": None}), line
