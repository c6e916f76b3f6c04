"""Bzv art. 2.7 (BWBR0018492): bijzondere tandheelkunde under the basic insurance.

Lid 1 a, b, c from the conditions the ruling names (law/conditions.json), weighed with what the
committee and the Zorginstituut found (a tumour treatment alone leaves onderdeel a open; a jaw
resection settles it); lid 2 (implants in a very severely shrunken edentulous jaw), weighed the
same way; lid 3 (orthodontic care only for a very severe disorder needing co-treatment by other
disciplines: required whenever orthodontic care is claimed); lid 4/5 (the age-18 boundary) when
the age is known; lid 6 (under 23, incisors or canines missing through agenesis or an accident,
need established before 18): without the age it is unknown, and whether the need came before 18 is read from the committee's finding first.
"""

from __future__ import annotations

import re

from geschil import literals
from geschil.models import ConditionMention, Finding
from geschil.reason import lid_1, registry
from geschil.reason.context import (
    FINDING_SECTIONS,
    UNCHECKED,
    Context,
    care_parts,
    dedupe,
    out_of_force,
    quote_terms,
)
from geschil.reason.lid_1 import finders as _finders
from geschil.reason.lid_1 import finds as _finds
from geschil.reason.lid_1 import present as _present
from geschil.reason.lid_1 import quote as _quote
from geschil.reason.lid_1 import who as _who
from geschil.reason.periods import upper

RULES_LID_1 = ("bzv_2_7_1_a", "bzv_2_7_1_b", "bzv_2_7_1_c")
RULES = RULES_LID_1 + ("bzv_2_7_2", "bzv_2_7_3", "bzv_2_7_4_5", "bzv_2_7_6")
# Words of a request for orthodontic care: the claim lid 3 governs.
ORTHODONTIC_REQUEST = literals.compile(r"orthodont|beugel", re.I)


def _cited(ctx: Context) -> bool:
    return any(c.law == "Bzv" and c.article == "2.7" and c.role != "annex"
               for c in ctx.record.citations)


# A bare "onderdeel b" names a part of some provision, not which: alone it says nothing about 2.7.
BARE_ITEM = literals.compile(r"^onder(?:deel|delen)?\b", re.I)


NOT_A_SIGN = ("2.7.6:missing_front_teeth",)  # a knocked-out front tooth: accident cover's ground too


# A disease or a medical treatment (chemotherapy, Parkinson's) is a sign of special dental care only
# in a ruling about dental care: transport to radiotherapy is not (blind round 84)
MEDICAL_SIGNS = ("2.7.1.a:oncology", "2.7.1.b:qualifies", "2.7.1.c:qualifies")
DENTAL = literals.compile(r"\btand\w*|\bkies\w*|\bgebit\w*|\bmondzorg\b|\bimplanta\w*|\bkro(?:o)?n(?:en)?\b"
                          r"|\bprothes\w*|\borthodont\w*|\bkaak\w*|\belement(?:en)?\s+\d{2}\b", re.I)


def applies(ctx: Context) -> bool:
    """Whether the ruling is about special dental care at all (a 2.7 condition or citation)."""
    if _cited(ctx):
        return True
    signs = {m.category for m in ctx.facts.conditions
             if m.category.startswith("2.7") and m.section not in ("annex", "head")
             and m.category not in NOT_A_SIGN and not BARE_ITEM.match(m.evidence.quote)}
    return bool(signs - set(MEDICAL_SIGNS)) or (bool(signs) and _about_teeth(ctx))


def _about_teeth(ctx: Context) -> bool:
    """Whether the requests or the reasoning speak of teeth, a denture or dental care."""
    record = ctx.record
    return any(DENTAL.search(x.text) for x in (*record.requests, *record.statements))


def _words(ctx: Context, item: str) -> list[ConditionMention]:
    """Mentions of onderdeel `item` by its own words or a qualifying condition."""
    return [m for kind in ("generic", "stated", "qualifies") for m in ctx.mentions(f"2.7.1.{item}:{kind}")]


def _denials(ctx: Context, item: str) -> tuple[list[ConditionMention], list[ConditionMention]]:
    """Negated mentions of onderdeel `item`: (by committee or Zorginstituut, by a party)."""
    ms = [m for m in _words(ctx, item) if m.negated]
    by_finders = [m for m in ms if m.section in FINDING_SECTIONS or m.section is None]
    by_finders += lid_1.back_referred(ctx, item)
    return by_finders, [m for m in ms if m not in by_finders]


def _said(ctx: Context, item: str | None = None, who=None, **params) -> dict:
    """The parameters of a lid 1 or 2 sentence: the onderdeel's words and who speaks."""
    out = dict(params)
    if item:
        out.update(item=item, short=ctx.say(f"bzv.short.{item}"), bare=ctx.say(f"bzv.bare.{item}"))
    if who:
        out.update(who=_who(ctx, who), Who=upper(_who(ctx, who)), finds=_finds(ctx, who),
                   quote=_quote(who[0]))
    return out


def onderdeel(ctx: Context, item: str) -> Finding:
    rule = f"bzv_2_7_1_{item}"
    qualifying = _present(ctx.mentions(f"2.7.1.{item}:qualifies"))
    # The committee or the Zorginstituut saying there is such a disorder settles it, named or not.
    stated = [m for m in _present(ctx.mentions(f"2.7.1.{item}:stated")) if m.section in FINDING_SECTIONS]
    others = _present(ctx.mentions(f"2.7.1.{item}:not_on_its_own"))
    found, argued = _denials(ctx, item)
    ev = dedupe([m.evidence for m in qualifying[:2] + stated[:2] + others[:2] + found + argued])
    params = {"qualifying": quote_terms(qualifying), "not_on_its_own": quote_terms(others)}
    terms = quote_terms(qualifying)
    weak = lid_1.severity(ctx) if item == "a" else []

    def finding(verdict, msg, who=None, evidence=ev, **kw):
        return ctx.finding(rule, verdict, None, evidence, params, msg=msg,
                           say=_said(ctx, item, who, terms=terms, **kw))

    # The Zorginstituut finding it not severe enough yields to the committee stating it is.
    if weak and (qualifying or stated) and not [m for m in stated if m.section != "zorginstituut"]:
        named = terms if qualifying else ctx.say("bzv.the_disorder")
        return finding("not_met", "bzv.weak", weak, dedupe(ev + [weak[0].evidence]), named=named)
    if stated and not found:
        named = ctx.say("bzv.names_also", terms=terms) if qualifying else ""
        return finding("met", "bzv.stated", stated, named=named)
    if qualifying and not found:
        return finding("met", "bzv.qualifies")
    if qualifying and item != "a":
        # A treatment or condition named does not settle b or c: their requirement does.
        return ctx.finding(rule, "not_met", None, ev, params, msg="bzv.named_denied",
                           say=_said(ctx, item, found, terms=terms))
    if qualifying or stated:
        conflict = ({"msg": "bzv.conflict.named"} if qualifying else
                    {"msg": "bzv.conflict.stated", "Who_stated": upper(_who(ctx, stated)),
                     "quote_stated": _quote(stated[0])})
        return ctx.finding(rule, "unknown", None, ev, params,
                           missing=f"whether the named condition meets onderdeel {item}",
                           msg=conflict.pop("msg"), say=_said(ctx, item, found, terms=terms, **conflict))
    if found:
        return finding("not_met", "bzv.found_none.others" if others else "bzv.found_none", found,
                       others=quote_terms(others))
    if others:
        return finding("not_met", "bzv.only_others.a" if item == "a" else "bzv.only_others",
                       others=quote_terms(others))
    elsewhere = lid_1.a_not_invoked(ctx) if item == "a" else []
    if elsewhere:
        return finding("not_met", "bzv.a_elsewhere", elsewhere_terms=quote_terms(elsewhere))
    if item == "a":
        tumour = _present(ctx.mentions("2.7.1.a:oncology"))
        if tumour:
            params["oncology"] = quote_terms(tumour)
            return ctx.finding(rule, "unknown", None, dedupe(ev + [m.evidence for m in tumour[:2]]),
                               params, missing="whether the tumour treatment left a jaw defect (resection)",
                               msg="bzv.tumour", say={"tumour": quote_terms(tumour)})
        detail = ctx.say("bzv.party_only", quote=_quote(argued[0])) if argued else ""
        return ctx.finding(rule, "unknown", None, ev, params, missing="the dental condition",
                           msg="bzv.no_condition", say=_said(ctx, item, detail=detail))
    # b and c must be invoked: a ruling that names no such condition or treatment shows none.
    detail = ctx.say("bzv.party_denies", quote=_quote(argued[0])) if argued else ""
    return finding("not_met", "bzv.none_invoked", detail=detail)


def lid_2(ctx: Context) -> Finding:
    """Weighed like onderdeel a: a party's denial does not undo what the ruling names."""
    rule = "bzv_2_7_2"
    ms = [m for m in ctx.mentions("2.7.2:qualifies") if not m.hypothetical]
    present = _present(ms)
    found = _finders([m for m in ms if m.negated])
    argued = [m for m in ms if m.negated and m not in found]
    ev = dedupe([m.evidence for m in present[:3] + found + argued])
    terms = quote_terms(present)
    if present and found:
        return ctx.finding(rule, "unknown", None, ev, missing="whether the jaw is very severely shrunken",
                           msg="lid2.conflict", say=_said(ctx, None, found, terms=terms))
    if present:
        return ctx.finding(rule, "met", None, ev, msg="lid2.met", say={"terms": terms})
    if found:
        return ctx.finding(rule, "not_met", None, ev, msg="lid2.denied", say=_said(ctx, None, found))
    detail = ctx.say("lid2.party_denies", quote=_quote(argued[0])) if argued else ""
    return ctx.finding(rule, "not_applicable", None, ev, msg="lid2.none", say={"detail": detail})


def _orthodontic_claim(ctx: Context) -> bool:
    if any(ORTHODONTIC_REQUEST.search(q.text) for q in ctx.record.requests):
        return True
    return not ctx.record.requests and bool(_present(ctx.mentions("2.7.3:orthodontics")))


def lid_3(ctx: Context) -> Finding:
    """Orthodontic care only for a very severe developmental or growth disorder that needs
    co-diagnosis or co-treatment by other disciplines than dentistry."""
    rule = "bzv_2_7_3"
    if not _orthodontic_claim(ctx):
        return ctx.finding(rule, "not_applicable", msg="lid3.not_claimed")
    severe = _present(ctx.mentions("2.7.1.a:qualifies"))
    co = [m for m in ctx.mentions("2.7.3:co_treatment") if not m.hypothetical]
    co_present, co_denied = _present(co), _finders([m for m in co if m.negated])
    denied_a = _finders([m for m in _words(ctx, "a") if m.negated])
    ev = dedupe([m.evidence for m in severe[:2] + co_present[:2] + co_denied + denied_a])
    if denied_a or co_denied:
        why = denied_a[0] if denied_a else co_denied[0]
        return ctx.finding(rule, "not_met", None, ev, msg="lid3.denied", say=_said(ctx, None, [why]))
    if severe and co_present:
        return ctx.finding(rule, "met", None, ev, msg="lid3.met",
                           say={"severe": quote_terms(severe), "co": quote_terms(co_present)})
    missing = "co-treatment by other disciplines" if severe else "a very severe developmental or growth disorder"
    return ctx.finding(rule, "unknown", None, ev, missing=missing,
                       msg="lid3.no_co" if severe else "lid3.no_severe")


def lid_4_5(ctx: Context) -> Finding:
    rule = "bzv_2_7_4_5"
    age, ev = ctx.facts.age, [ctx.evidence("facts.age")]
    boundary = int(registry.provision(rule)["parameters"]["age_boundary"])
    if age is None:
        return ctx.finding(rule, "not_applicable", msg="lid45.no_age")
    return ctx.finding(rule, "met" if age < boundary else "not_met", None, ev, {"age": str(age)},
                       msg="lid45.under" if age < boundary else "lid45.over",
                       say={"age": age, "boundary": boundary})


# Who settles whether the need was established before 18, in order: the committee (which may
# depart from the advice), the Zorginstituut, the facts as the ruling states them. A party's word
# alone decides nothing.
NEED_FINDERS = (("assessment", "decision"), ("zorginstituut",), ("facts", "procedure", None))


def _need_before(ctx: Context) -> tuple[str, list[ConditionMention]]:
    """(verdict, the mentions it rests on): the first finder that speaks decides; one that says
    both yes and no leaves it unknown."""
    ms = [m for m in ctx.mentions("2.7.6:need_before_18") if not m.hypothetical]
    for sections in NEED_FINDERS:
        said = [m for m in ms if m.section in sections]
        yes, no = [m for m in said if not m.negated], [m for m in said if m.negated]
        if yes or no:
            return ("met" if not no else "not_met" if not yes else "unknown"), yes + no
    return "unknown", ms


def _lid_6_invoked(ctx: Context) -> bool:
    """Lid 6 cited outside the annex, or the need before 18 spoken of: lid 6 is at issue."""
    return any(c.law == "Bzv" and c.article == "2.7" and c.paragraph == 6 and c.role != "annex"
               for c in ctx.record.citations) or bool(ctx.mentions("2.7.6:need_before_18"))


CARE_AGES = "which care the age is counted on (the care falls in two years of age)"
FRONT_TEETH = "which teeth the care replaces (geschil reads no missing front tooth)"


def _ages_at_care(ctx: Context) -> tuple[list[int], list, list]:
    """The ages the requester can have on the days of the care assessed (lowest first), from the
    printed day of birth or, where only the year (month) is printed, from its first and last day;
    with the evidence and the care's parts. Empty without either."""
    facts = ctx.facts
    if facts.birth_date is not None:
        borns, ev = [facts.birth_date], ctx.evidence("facts.birth_date")
    elif facts.birth_period is not None:
        borns, ev = [facts.birth_period.earliest, facts.birth_period.latest], ctx.evidence("facts.birth_period")
    else:
        return [], [], []
    parts, _ = care_parts(ctx)
    ages = sorted({_years(born, day) for born in borns for p in parts for day in (p.lo, p.hi)})
    return ages, [ev, *(p.evidence for p in parts[:2])], parts


def _age_at_care(ctx: Context, limit: int) -> tuple[int | None, list, dict]:
    """The age on the days of the care that settles the limit: the one age when every part of the care
    falls in one year of age (blind round 80: born 17 February 1997, the second phase's care from 5 March
    2020 on), the lowest when all are past the limit, the highest when all are under it; None when they
    lie on both sides (blind round 157: "in 2001 geboren", the care in 2024), with what to say of it.
    Where only the year of birth is printed, an age told that the year allows on those days is that age
    ("op 9 juni 2022, toen de implantaten werden geplaatst, de leeftijd van 23 jaar had bereikt"); one it
    does not allow was told of another moment ("vijftien jaar oud" when the need was established)."""
    ages, ev, parts = _ages_at_care(ctx)
    if ages and len(ages) > 1 and ctx.facts.birth_date is not None:
        return None, [], {}  # the care falls in two years of age: which care the claim covers is the committee's
    told = ctx.facts.age
    if ctx.facts.birth_date is None and told in ages:
        return told, [ctx.evidence("facts.age"), *ev], {}
    if not ages or (ages[0] < limit <= ages[-1]):
        return None, ev, ({"lo": ages[0], "hi": ages[-1], "care_first": parts[0].lo, "care_last": parts[-1].hi}
                          if ages and parts else {})
    return (ages[0] if ages[0] >= limit else ages[-1]), ev, {}


def _years(born, day) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def lid_6(ctx: Context) -> Finding:
    rule = "bzv_2_7_6"
    params = registry.provision(rule)["parameters"]
    limit, need_age = int(params["age_limit"]), int(params["need_before_age"])
    # a printed day of birth dates the age on the care's own days; an age told may be one at another
    # moment ("toen vijftien jaar oud" at the accident, blind round 147)
    told = ctx.facts.age
    born = ctx.facts.birth_date is not None or ctx.facts.birth_period is not None
    age = None if born else told
    both = _present(ctx.mentions("2.7.6:front_teeth_agenesis"))
    front = both + _present(ctx.mentions("2.7.6:missing_front_teeth"))
    ev = [ctx.evidence("facts.age")] + [m.evidence for m in front[:2]]
    shown = {"age": str(age)} if age is not None else {}
    said = {"age": age, "limit": limit, "need_age": need_age}
    if age is not None and age >= limit:
        return ctx.finding(rule, "not_met", None, ev, shown, msg="lid6.too_old", say=said)
    if not front:
        if _lid_6_invoked(ctx):  # no front tooth in the vocabulary is no printed fact that none is at issue
            return ctx.finding(rule, "unknown", None, ev, {UNCHECKED: FRONT_TEETH}, msg="lid6.no_teeth_read",
                               say=said)
        if told is None:
            return ctx.finding(rule, "not_applicable", msg="lid6.nothing", say=said)
        said["age"] = told
        return ctx.finding(rule, "not_met", None, ev, {"age": str(told)}, msg="lid6.no_teeth", say=said)
    straddles = {}
    if age is None:  # the front teeth at issue: the age on the care's days, from the day (year) of birth
        age, age_ev, straddles = _age_at_care(ctx, limit)
        if age is not None:
            ev, shown, said["age"] = age_ev + ev[1:], {"age": str(age)}, age
            if age >= limit:
                return ctx.finding(rule, "not_met", None, ev, shown, msg="lid6.too_old", say=said)
    said["teeth"] = quote_terms(front)
    accident = ctx.accident()
    cause = both or _present(ctx.mentions("2.7.6:agenesis"))
    # A front tooth lost in an accident is what accident cover is about too; without agenesis,
    # the age, or lid 6 being invoked, nothing puts lid 6 at issue.
    if age is None and not cause and not _lid_6_invoked(ctx):
        return ctx.finding(rule, "not_applicable", None, ev, msg="lid6.not_at_issue", say=said)
    if not cause and accident is None:
        return ctx.finding(rule, "unknown", None, ev, shown, missing="the cause of the missing teeth",
                           msg="lid6.no_cause", say=said)
    said["why"] = ctx.say("lid6.why.agenesis" if cause else "lid6.why.accident")
    if age is None and straddles:  # only the year of birth: the care may fall before or after the limit
        return ctx.finding(rule, "unknown", None, ev, missing="facts.birth_date", msg="lid6.born_year",
                           say={**said, **straddles})
    if age is None and ctx.facts.birth_date is not None:
        # the day of birth is printed, the care falls in two years of age: which care the claim covers is
        # the committee's to say, no fact the ruling lacks (blind round 80)
        return ctx.finding(rule, "unknown", None, ev, {UNCHECKED: CARE_AGES}, msg="lid6.no_age", say=said)
    if age is None:
        return ctx.finding(rule, "unknown", None, ev, missing="facts.age", msg="lid6.no_age", say=said)
    if age < need_age:
        return ctx.finding(rule, "met", None, ev, shown, msg="lid6.young", say=said)
    verdict, basis = _need_before(ctx)
    ev = dedupe(ev + [m.evidence for m in basis[:2]])
    if verdict in ("met", "not_met"):
        return ctx.finding(rule, verdict, None, ev, shown, msg=f"lid6.need_{verdict}",
                           say=_said(ctx, None, basis, **said))
    return ctx.finding(rule, "unknown", None, ev, shown,
                       missing=f"the date the need was established (before age {need_age})",
                       msg="lid6.need_unknown", say=said)


def _not_applicable(ctx: Context, rule: str) -> Finding:
    return ctx.finding(rule, "not_applicable", msg="bzv.not_applicable")


def rules(ctx: Context) -> list[Finding]:
    if not applies(ctx):
        return [_not_applicable(ctx, rule) for rule in RULES]
    makers = [lambda: onderdeel(ctx, "a"), lambda: onderdeel(ctx, "b"), lambda: onderdeel(ctx, "c"),
              lambda: lid_2(ctx), lambda: lid_3(ctx), lambda: lid_4_5(ctx), lambda: lid_6(ctx)]
    return [out_of_force(ctx, rule) or make() for rule, make in zip(RULES, makers, strict=True)]
