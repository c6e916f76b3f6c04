"""Bzv art. 2.7 lid 1: what is read beside the terms themselves.

Denials that do not sit next to the term they deny, and whether onderdeel a is at issue at all.

A finder (the committee or the Zorginstituut) may deny a condition's severity without naming it
("de afwijking is niet zo ernstig"), or deny what the previous sentence requires by pointing back
("De commissie volgt het Zorginstituut in zijn oordeel dat daarvan geen sprake is"). Both phrases
are vocabulary (law/conditions.json, categories denial:*); here they are tied to an onderdeel.
"""

from __future__ import annotations

from geschil.extract.text import squash
from geschil.models import ConditionMention
from geschil.reason.context import FINDING_SECTIONS, Context

# How far back (characters) a pointing-back denial looks for the words it refers to: about the
# previous sentence.
BACK_REACH = 300
ITEMS = ("a", "b", "c")
KINDS = ("generic", "stated", "qualifies")


# Phrasing shared by the lid 1 and lid 2 findings.
def present(ms: list[ConditionMention]) -> list[ConditionMention]:
    return [m for m in ms if not m.negated and not m.hypothetical]


def _speakers(ms: list[ConditionMention]) -> list[str]:
    return list(dict.fromkeys("zorginstituut" if m.section == "zorginstituut" else "committee"
                              for m in ms))


def who(ctx: Context, ms: list[ConditionMention]) -> str:
    """The committee, the Zorginstituut, or both, in the reasons' language."""
    return ctx.say("and").join(ctx.say(f"who.{s}") for s in _speakers(ms))


def finds(ctx: Context, ms: list[ConditionMention]) -> str:
    """The verb that agrees with who() (English; the Dutch sentences say 'volgens ...')."""
    return ctx.say("finds.many" if len(_speakers(ms)) > 1 else "finds.one")


def quote(m: ConditionMention) -> str:
    cue = f"{squash(m.cue)} … " if m.cue else ""
    return f"\"{cue}{squash(m.evidence.quote)}\" (p. {m.evidence.page})"


def finders(ms: list[ConditionMention]) -> list[ConditionMention]:
    return [m for m in ms if m.section in FINDING_SECTIONS or m.section is None]


def _by_finders(ms: list[ConditionMention]) -> list[ConditionMention]:
    return [m for m in ms if m.section in FINDING_SECTIONS and not m.negated and not m.hypothetical]


def severity(ctx: Context) -> list[ConditionMention]:
    """A finder's words that the abnormality is not severe enough (onderdeel a's measure)."""
    return _by_finders(ctx.mentions("denial:severity"))


def _item(m: ConditionMention) -> str | None:
    for item in ITEMS:
        if m.category in (f"2.7.1.{item}:{kind}" for kind in KINDS):
            return item
    return None


def back_referred(ctx: Context, item: str) -> list[ConditionMention]:
    """Pointing-back denials by a finder whose nearest preceding onderdeel words are `item`'s."""
    words = [m for m in ctx.facts.conditions if _item(m)]
    out = []
    for denial in _by_finders(ctx.mentions("denial:back_reference")):
        start = denial.evidence.span[0]
        before = [m for m in words if start - BACK_REACH <= m.evidence.span[1] <= start]
        if before and _item(max(before, key=lambda m: m.evidence.span[1])) == item:
            out.append(denial)
    return out


def a_not_invoked(ctx: Context) -> list[ConditionMention]:
    """The conditions of onderdeel b or c the claim rests on, when nothing of onderdeel a is named
    or cited: a dental disorder is then not at issue, as b and c are not when not invoked."""
    if any(m.category.startswith("2.7.1.a:") for m in ctx.facts.conditions
           if m.section not in ("annex", "head")):
        return []
    lid_1 = [c for c in ctx.record.citations if c.law == "Bzv" and c.article == "2.7"
             and c.paragraph == 1 and c.role != "annex"]
    if any(c.item == "a" for c in lid_1) or not any(c.item in ("b", "c") for c in lid_1):
        return []
    return [m for item in ("b", "c") for kind in ("qualifies", "not_on_its_own")
            for m in ctx.mentions(f"2.7.1.{item}:{kind}") if not m.negated and not m.hypothetical]
