"""The kind of care follows from the provider who asks for it (law/providers.json).

A dentist, implantologist, orthodontist or centre for special dental care asks for dental care
(mondzorg, Bzv art. 2.7); an oral and maxillofacial surgeon for medical-specialist care (Bzv art.
2.4), as the insurers' authorisation rules have it. Recomputed from the provider the ruling names
as the one who asked; unknown when it names none, or providers of both kinds.
"""

from __future__ import annotations

from geschil.models import Finding
from geschil.reason.context import Context

RULES = ("care_type.dental", "care_type.medical_specialist")
KIND = {"care_type.dental": "dental", "care_type.medical_specialist": "medical_specialist"}


def care_type(ctx: Context, rule: str) -> Finding:
    facts = ctx.facts
    if facts.care_type is None:
        return ctx.finding(rule, "unknown", msg="care_type.unknown", missing="facts.provider")
    verdict = "met" if facts.care_type == KIND[rule] else "not_met"
    return ctx.finding(rule, verdict, None, [ctx.evidence("facts.provider")],
                       {"provider": facts.provider, "care_type": facts.care_type},
                       msg="care_type.asked", say={"provider": facts.provider,
                                                   "kind": ctx.say(f"care_kind.{facts.care_type}")})


def rules(ctx: Context) -> list[Finding]:
    return [care_type(ctx, rule) for rule in RULES]
