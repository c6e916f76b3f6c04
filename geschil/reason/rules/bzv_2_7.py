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

from geschil.models import ConditionMention, Finding
from geschil.reason import lid_1, registry
from geschil.reason.context import (
    FINDING_SECTIONS,
    Context,
    dedupe,
    out_of_force,
    quote_terms,
)
from geschil.reason.lid_1 import bare as _bare
from geschil.reason.lid_1 import finders as _finders
from geschil.reason.lid_1 import finds as _finds
from geschil.reason.lid_1 import present as _present
from geschil.reason.lid_1 import quote as _quote
from geschil.reason.lid_1 import who as _who
from geschil.reason.periods import upper

RULES_LID_1 = ("bzv_2_7_1_a", "bzv_2_7_1_b", "bzv_2_7_1_c")
RULES = RULES_LID_1 + ("bzv_2_7_2", "bzv_2_7_3", "bzv_2_7_4_5", "bzv_2_7_6")
# Words of a request for orthodontic care: the claim lid 3 governs.
ORTHODONTIC_REQUEST = re.compile(r"orthodont|beugel", re.I)


def _cited(ctx: Context) -> bool:
    return any(c.law == "Bzv" and c.article == "2.7" and c.role != "annex"
               for c in ctx.record.citations)


# A bare "onderdeel b" names a part of some provision, not which: alone it says nothing about 2.7.
BARE_ITEM = re.compile(r"^onder(?:deel|delen)?\b", re.I)


NOT_A_SIGN = ("2.7.6:missing_front_teeth",)  # a knocked-out front tooth: accident cover's ground too


def applies(ctx: Context) -> bool:
    """Whether the ruling is about special dental care at all (a 2.7 condition or citation)."""
    return _cited(ctx) or any(m.category.startswith("2.7") for m in ctx.facts.conditions
                              if m.section not in ("annex", "head")
                              and m.category not in NOT_A_SIGN
                              and not BARE_ITEM.match(m.evidence.quote))


def _words(ctx: Context, item: str) -> list[ConditionMention]:
    """Mentions of onderdeel `item` by its own words or a qualifying condition."""
    return [m for kind in ("generic", "stated", "qualifies") for m in ctx.mentions(f"2.7.1.{item}:{kind}")]


def _denials(ctx: Context, item: str) -> tuple[list[ConditionMention], list[ConditionMention]]:
    """Negated mentions of onderdeel `item`: (by committee or Zorginstituut, by a party)."""
    ms = [m for m in _words(ctx, item) if m.negated]
    by_finders = [m for m in ms if m.section in FINDING_SECTIONS or m.section is None]
    by_finders += lid_1.back_referred(ctx, item)
    return by_finders, [m for m in ms if m not in by_finders]


def onderdeel(ctx: Context, item: str) -> Finding:
    rule = f"bzv_2_7_1_{item}"
    short = registry.provision(rule)["short"]
    qualifying = _present(ctx.mentions(f"2.7.1.{item}:qualifies"))
    # The committee or the Zorginstituut saying there is such a disorder settles it, named or not.
    stated = [m for m in _present(ctx.mentions(f"2.7.1.{item}:stated")) if m.section in FINDING_SECTIONS]
    others = _present(ctx.mentions(f"2.7.1.{item}:not_on_its_own"))
    found, argued = _denials(ctx, item)
    ev = dedupe([m.evidence for m in qualifying[:2] + stated[:2] + others[:2] + found + argued])
    params = {"qualifying": quote_terms(qualifying), "not_on_its_own": quote_terms(others)}
    weak = lid_1.severity(ctx) if item == "a" else []
    # The Zorginstituut finding it not severe enough yields to the committee stating it is.
    if weak and (qualifying or stated) and not [m for m in stated if m.section != "zorginstituut"]:
        named = quote_terms(qualifying) if qualifying else "the disorder"
        return ctx.finding(rule, "not_met", f"The ruling names {named}, but {_who(weak)} {_finds(weak)} it "
                           f"not severe enough ({_quote(weak[0])}): the name alone does not make "
                           f"it {short}.", dedupe(ev + [weak[0].evidence]), params)
    if stated and not found:
        named = f"; the ruling names {quote_terms(qualifying)}" if qualifying else ""
        return ctx.finding(rule, "met", f"{upper(_who(stated))} found {short} "
                           f"({_quote(stated[0])}){named}, and no finder denies it.", ev, params)
    if qualifying and not found:
        return ctx.finding(rule, "met", f"The ruling names {quote_terms(qualifying)}, which counts "
                           f"as {short}, and neither the committee nor the Zorginstituut denies it.",
                           ev, params)
    if qualifying and item != "a":
        # A treatment or condition named does not settle b or c: their requirement does.
        return ctx.finding(rule, "not_met", f"The ruling names {quote_terms(qualifying)}, but "
                           f"{_who(found)} {_finds(found)} no {_bare(short)} ({_quote(found[0])}).", ev, params)
    if qualifying or stated:
        said = (f"The ruling names {quote_terms(qualifying)}, which can count as {short}"
                if qualifying else f"{upper(_who(stated))} found {short} ({_quote(stated[0])})")
        return ctx.finding(rule, "unknown", f"{said}, yet {_who(found)} found none "
                           f"({_quote(found[0])}); the text does not settle which holds.", ev,
                           params, missing=f"whether the named condition meets onderdeel {item}")
    if found:
        who = _who(found)
        lead = (f"The condition named, {quote_terms(others)}, does not qualify on its own, and "
                f"{who}") if others else upper(who)
        return ctx.finding(rule, "not_met", f"{lead} found no {_bare(short)} ({_quote(found[0])}).",
                           ev, params)
    if others:
        need = ("nothing comparable in severity to schisis (schisis, oligodontie, jaw resection) "
                "is named" if item == "a" else f"no {_bare(short)} is named")
        return ctx.finding(rule, "not_met", f"Only {quote_terms(others)} is named, which does not "
                           f"qualify under onderdeel {item} on its own; {need}.", ev, params)
    elsewhere = lid_1.a_not_invoked(ctx) if item == "a" else []
    if elsewhere:
        return ctx.finding(rule, "not_met", f"The claim rests on {quote_terms(elsewhere)} under "
                           "another onderdeel; no dental disorder is named and onderdeel a is "
                           "not cited, so none was invoked.", ev, params)
    if item == "a":
        tumour = _present(ctx.mentions("2.7.1.a:oncology"))
        if tumour:
            params["oncology"] = quote_terms(tumour)
            return ctx.finding(rule, "unknown", f"The ruling names {quote_terms(tumour)}, but no "
                               "resection of the jaw or other defect comparable to schisis: a tumour "
                               "treatment alone does not settle onderdeel a.",
                               dedupe(ev + [m.evidence for m in tumour[:2]]), params,
                               missing="whether the tumour treatment left a jaw defect (resection)")
        detail = f" ({_quote(argued[0])} is a party's position only)" if argued else ""
        return ctx.finding(rule, "unknown", "The ruling names no dental condition, so whether "
                           f"there is {short} cannot be read from it{detail}.", ev, params,
                           missing="the dental condition")
    # b and c must be invoked: a ruling that names no such condition or treatment shows none.
    detail = f"; a party denies it ({_quote(argued[0])})" if argued else ""
    return ctx.finding(rule, "not_met", f"The ruling names no {short} (none of the vocabulary "
                       f"of onderdeel {item}) and none was invoked{detail}.", ev, params)


def lid_2(ctx: Context) -> Finding:
    """Weighed like onderdeel a: a party's denial does not undo what the ruling names."""
    rule = "bzv_2_7_2"
    ms = [m for m in ctx.mentions("2.7.2:qualifies") if not m.hypothetical]
    present = _present(ms)
    found = _finders([m for m in ms if m.negated])
    argued = [m for m in ms if m.negated and m not in found]
    ev = dedupe([m.evidence for m in present[:3] + found + argued])
    if present and found:
        return ctx.finding(rule, "unknown", f"The ruling names {quote_terms(present)}, yet "
                           f"{_who(found)} denies it ({_quote(found[0])}).", ev,
                           missing="whether the jaw is very severely shrunken")
    if present:
        return ctx.finding(rule, "met", f"The ruling names {quote_terms(present)} and neither the "
                           "committee nor the Zorginstituut denies it: implants to fix a removable "
                           "denture fall under lid 2 (read with lid 1 a).", ev)
    if found:
        return ctx.finding(rule, "not_met", f"{upper(_who(found))} finds no very severely shrunken "
                           f"edentulous jaw ({_quote(found[0])}).", ev)
    detail = f"; a party denies one ({_quote(argued[0])})" if argued else ""
    return ctx.finding(rule, "not_applicable", f"No severely shrunken edentulous jaw is named{detail}.",
                       ev)


def _orthodontic_claim(ctx: Context) -> bool:
    if any(ORTHODONTIC_REQUEST.search(q.text) for q in ctx.record.requests):
        return True
    return not ctx.record.requests and bool(_present(ctx.mentions("2.7.3:orthodontics")))


def lid_3(ctx: Context) -> Finding:
    """Orthodontic care only for a very severe developmental or growth disorder that needs
    co-diagnosis or co-treatment by other disciplines than dentistry."""
    rule = "bzv_2_7_3"
    if not _orthodontic_claim(ctx):
        return ctx.finding(rule, "not_applicable", "The care claimed is not orthodontic.")
    severe = _present(ctx.mentions("2.7.1.a:qualifies"))
    co = [m for m in ctx.mentions("2.7.3:co_treatment") if not m.hypothetical]
    co_present, co_denied = _present(co), _finders([m for m in co if m.negated])
    denied_a = _finders([m for m in _words(ctx, "a") if m.negated])
    ev = dedupe([m.evidence for m in severe[:2] + co_present[:2] + co_denied + denied_a])
    if denied_a or co_denied:
        why = denied_a[0] if denied_a else co_denied[0]
        return ctx.finding(rule, "not_met", f"Orthodontic care is claimed, but {_who([why])} finds "
                           f"no very severe disorder needing other disciplines ({_quote(why)}).", ev)
    if severe and co_present:
        return ctx.finding(rule, "met", f"Orthodontic care for {quote_terms(severe)}, with "
                           f"{quote_terms(co_present)} named: lid 3 admits it.", ev)
    missing = "co-treatment by other disciplines" if severe else "a very severe developmental or growth disorder"
    return ctx.finding(rule, "unknown", f"Orthodontic care is claimed; the ruling does not name {missing}, "
                       "which lid 3 requires.", ev, missing=missing)


def lid_4_5(ctx: Context) -> Finding:
    rule = "bzv_2_7_4_5"
    age, ev = ctx.facts.age, [ctx.evidence("facts.age")]
    boundary = int(registry.provision(rule)["parameters"]["age_boundary"])
    if age is None:
        return ctx.finding(rule, "not_applicable", "The requester's age is not stated, so the "
                           "age-18 boundary of lid 4 and 5 is not applied.")
    if age < boundary:
        return ctx.finding(rule, "met", f"Aged {age}, under {boundary}: lid 4 puts youth dental "
                           "care (beyond lid 1) in the basic insurance.", ev, {"age": str(age)})
    return ctx.finding(rule, "not_met", f"Aged {age}, {boundary} or older: outside lid 1 only the "
                       "limited care of lid 5 is in the basic insurance.", ev, {"age": str(age)})


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


def lid_6(ctx: Context) -> Finding:
    rule = "bzv_2_7_6"
    params = registry.provision(rule)["parameters"]
    limit, need_age = int(params["age_limit"]), int(params["need_before_age"])
    age = ctx.facts.age
    both = _present(ctx.mentions("2.7.6:front_teeth_agenesis"))
    front = both + _present(ctx.mentions("2.7.6:missing_front_teeth"))
    ev = [ctx.evidence("facts.age")] + [m.evidence for m in front[:2]]
    shown = {"age": str(age)} if age is not None else {}
    if age is not None and age >= limit:
        return ctx.finding(rule, "not_met", f"Aged {age}, not under {limit}.", ev, shown)
    if not front:
        if age is None:
            return ctx.finding(rule, "not_applicable", "No missing incisors or canines are named "
                               f"and the age is not stated: lid 6 (under {limit}) is not applied.")
        return ctx.finding(rule, "not_met", f"Aged {age}, but no missing incisors or canines "
                           "are named.", ev, shown)
    teeth = quote_terms(front)
    accident = ctx.accident()
    cause = both or _present(ctx.mentions("2.7.6:agenesis"))
    # A front tooth lost in an accident is what accident cover is about too; without agenesis,
    # the age, or lid 6 being invoked, nothing puts lid 6 at issue.
    if age is None and not cause and not _lid_6_invoked(ctx):
        return ctx.finding(rule, "not_applicable", f"The ruling names {teeth}, but not agenesis "
                           "or the age, and does not cite lid 6 or the need before 18: lid 6 is "
                           "not at issue.", ev)
    if not cause and accident is None:
        return ctx.finding(rule, "unknown", f"The ruling names {teeth}, but neither agenesis nor "
                           "an accident as the cause.", ev, shown,
                           missing="the cause of the missing teeth")
    why = "agenesis" if cause else "an accident"
    if age is None:
        return ctx.finding(rule, "unknown", f"The ruling names {teeth} ({why}), but not the "
                           f"requester's age: whether they are under {limit} is not known.", ev,
                           missing="facts.age")
    if age < need_age:
        return ctx.finding(rule, "met", f"Aged {age} (under {need_age}), missing front teeth "
                           f"through {why}: lid 6 applies.", ev, shown)
    verdict, basis = _need_before(ctx)
    ev = dedupe(ev + [m.evidence for m in basis[:2]])
    if verdict == "met":
        return ctx.finding(rule, "met", f"Aged {age} (under {limit}), {teeth} ({why}), and "
                           f"{_who(basis)} finds the need established before {need_age} "
                           f"({_quote(basis[0])}).", ev, shown)
    if verdict == "not_met":
        return ctx.finding(rule, "not_met", f"Aged {age}, {teeth} ({why}), but {_who(basis)} finds "
                           f"the need not established before {need_age} ({_quote(basis[0])}).",
                           ev, shown)
    return ctx.finding(rule, "unknown", f"Aged {age} with {teeth} ({why}), but whether the need "
                       f"was established before {need_age} is not settled by the ruling.", ev,
                       shown, missing=f"the date the need was established (before age {need_age})")


def _not_applicable(ctx: Context, rule: str) -> Finding:
    return ctx.finding(rule, "not_applicable", "The ruling is not about special dental care: "
                       "it names no condition of Bzv art. 2.7 and does not cite it.")


def rules(ctx: Context) -> list[Finding]:
    if not applies(ctx):
        return [_not_applicable(ctx, rule) for rule in RULES]
    makers = [lambda: onderdeel(ctx, "a"), lambda: onderdeel(ctx, "b"), lambda: onderdeel(ctx, "c"),
              lambda: lid_2(ctx), lambda: lid_3(ctx), lambda: lid_4_5(ctx), lambda: lid_6(ctx)]
    return [out_of_force(ctx, rule) or make() for rule, make in zip(RULES, makers, strict=True)]
