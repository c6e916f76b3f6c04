"""Bzv art. 2.7 (BWBR0018492): bijzondere tandheelkunde under the basic insurance.

Lid 1 a, b, c from the conditions the ruling names (law/conditions.json), weighed with what the
committee and the Zorginstituut found; lid 2 (implants in a severely shrunken edentulous jaw);
lid 4/5 (the age-18 boundary) and lid 6 (under 23, missing front teeth) only when the age is known.
"""

from __future__ import annotations

from geschil.models import ConditionMention, Finding
from geschil.reason import registry
from geschil.reason.context import FINDING_SECTIONS, Context, dedupe, out_of_force, quote_terms
from geschil.reason.periods import upper

RULES_LID_1 = ("bzv_2_7_1_a", "bzv_2_7_1_b", "bzv_2_7_1_c")
RULES = RULES_LID_1 + ("bzv_2_7_2", "bzv_2_7_4_5", "bzv_2_7_6")


def _present(ms: list[ConditionMention]) -> list[ConditionMention]:
    return [m for m in ms if not m.negated and not m.hypothetical]


def _who(ms: list[ConditionMention]) -> str:
    names = {"zorginstituut": "the Zorginstituut"}
    who = dict.fromkeys(names.get(m.section or "", "the committee") for m in ms)
    return " and ".join(who)


def _cited(ctx: Context) -> bool:
    return any(c.law == "Bzv" and c.article == "2.7" and c.role != "annex"
               for c in ctx.record.citations)


def applies(ctx: Context) -> bool:
    """Whether the ruling is about special dental care at all (a 2.7 condition or citation)."""
    return _cited(ctx) or any(m.category.startswith("2.7") for m in ctx.facts.conditions
                              if m.section not in ("annex", "head"))


def _denials(ctx: Context, item: str) -> tuple[list[ConditionMention], list[ConditionMention]]:
    """Negated mentions of onderdeel `item`: (by committee or Zorginstituut, by a party)."""
    ms = [m for m in ctx.mentions(f"2.7.1.{item}:generic") + ctx.mentions(f"2.7.1.{item}:qualifies")
          if m.negated]
    by_finders = [m for m in ms if m.section in FINDING_SECTIONS or m.section is None]
    return by_finders, [m for m in ms if m not in by_finders]


def _bare(short: str) -> str:
    """'a severe disorder' → 'severe disorder', to follow 'no'."""
    return short.split(" ", 1)[1] if short.split(" ", 1)[0] in ("a", "an") else short


def _quote(m: ConditionMention) -> str:
    return f"\"{m.cue} … {m.evidence.quote}\" (p. {m.evidence.page})"


def onderdeel(ctx: Context, item: str) -> Finding:
    rule = f"bzv_2_7_1_{item}"
    short = registry.provision(rule)["short"]
    qualifying = _present(ctx.mentions(f"2.7.1.{item}:qualifies"))
    others = _present(ctx.mentions(f"2.7.1.{item}:not_on_its_own"))
    found, argued = _denials(ctx, item)
    ev = dedupe([m.evidence for m in qualifying[:2] + others[:2] + found + argued])
    params = {"qualifying": quote_terms(qualifying), "not_on_its_own": quote_terms(others)}
    if qualifying and not found:
        return ctx.finding(rule, "met", f"The ruling names {quote_terms(qualifying)}, which counts "
                           f"as {short}, and neither the committee nor the Zorginstituut denies it.",
                           ev, params)
    if qualifying:
        return ctx.finding(rule, "unknown", f"The ruling names {quote_terms(qualifying)}, which can "
                           f"count as {short}, yet {_who(found)} found none ({_quote(found[0])}); "
                           "the text does not settle which holds.", ev, params,
                           missing=f"whether the named condition meets onderdeel {item}")
    if found:
        who = _who(found)
        lead = (f"The condition named, {quote_terms(others)}, does not qualify on its own, and "
                f"{who}") if others else upper(who)
        return ctx.finding(rule, "not_met", f"{lead} found no {_bare(short)} ({_quote(found[0])}).",
                           ev, params)
    if others:
        return ctx.finding(rule, "not_met", f"Only {quote_terms(others)} is named, which does not "
                           f"qualify under onderdeel {item} on its own; nothing comparable in "
                           "severity to schisis (schisis, oligodontie, jaw resection) is named.",
                           ev, params)
    if item == "a":
        detail = f" ({_quote(argued[0])} is a party's position only)" if argued else ""
        return ctx.finding(rule, "unknown", "The ruling names no dental condition, so whether "
                           f"there is {short} cannot be read from it{detail}.", ev, params,
                           missing="the dental condition")
    # b and c must be invoked: a ruling that names no such condition or treatment shows none.
    detail = f"; a party denies it ({_quote(argued[0])})" if argued else ""
    return ctx.finding(rule, "not_met", f"The ruling names no {short} (none of the vocabulary "
                       f"of onderdeel {item}) and none was invoked{detail}.", ev, params)


def lid_2(ctx: Context) -> Finding:
    rule = "bzv_2_7_2"
    ms = ctx.mentions("2.7.2:qualifies")
    present, denied = _present(ms), [m for m in ms if m.negated]
    ev = dedupe([m.evidence for m in ms])
    if present and not denied:
        return ctx.finding(rule, "met", f"The ruling names {quote_terms(present)}: implants to fix a "
                           "removable denture fall under lid 2.", ev)
    if denied:
        return ctx.finding(rule, "not_met", f"The ruling denies a severely shrunken edentulous jaw "
                           f"({_quote(denied[0])}).", ev)
    return ctx.finding(rule, "not_applicable", "No severely shrunken edentulous jaw is named.")


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


def lid_6(ctx: Context) -> Finding:
    rule = "bzv_2_7_6"
    params = registry.provision(rule)["parameters"]
    limit, need_age = int(params["age_limit"]), int(params["need_before_age"])
    age = ctx.facts.age
    if age is None:
        return ctx.finding(rule, "not_applicable", "The requester's age is not stated, so lid 6 "
                           f"(under {limit}, missing front teeth) is not applied.")
    ev = [ctx.evidence("facts.age")]
    if age >= limit:
        return ctx.finding(rule, "not_met", f"Aged {age}, not under {limit}.", ev, {"age": str(age)})
    front = _present(ctx.mentions("2.7.6:missing_front_teeth"))
    if not front:
        return ctx.finding(rule, "not_met", f"Aged {age}, but no missing incisors or canines "
                           "are named.", ev, {"age": str(age)})
    cause = _present(ctx.mentions("2.7.6:agenesis")) or ctx.facts.accident_date
    ev += [m.evidence for m in front]
    if not cause:
        return ctx.finding(rule, "unknown", f"Aged {age} with missing front teeth, but neither "
                           "agenesis nor an accident is stated as the cause.", ev,
                           missing="the cause of the missing teeth")
    if age < need_age:
        return ctx.finding(rule, "met", f"Aged {age} (under {need_age}), missing front teeth "
                           "through agenesis or an accident: lid 6 applies.", ev, {"age": str(age)})
    return ctx.finding(rule, "unknown", f"Aged {age} with missing front teeth, but whether the "
                       f"need was established before {need_age} is not stated.", ev,
                       missing=f"the date the need was established (before age {need_age})")


def _not_applicable(ctx: Context, rule: str) -> Finding:
    return ctx.finding(rule, "not_applicable", "The ruling is not about special dental care: "
                       "it names no condition of Bzv art. 2.7 and does not cite it.")


def rules(ctx: Context) -> list[Finding]:
    if not applies(ctx):
        return [_not_applicable(ctx, rule) for rule in RULES]
    makers = [lambda: onderdeel(ctx, "a"), lambda: onderdeel(ctx, "b"), lambda: onderdeel(ctx, "c"),
              lambda: lid_2(ctx), lambda: lid_4_5(ctx), lambda: lid_6(ctx)]
    return [out_of_force(ctx, rule) or make() for rule, make in zip(RULES, makers, strict=True)]
