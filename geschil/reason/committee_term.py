"""Recompute a dated ground with the term the committee itself names in its finding.

When the committee says "niet binnen de termijn van drie jaar" or "meer dan drie jaar na het
ongeval", its ground is the three-year term, whatever other version of the conditions the ruling
also quotes: the ground is held against the dates with that term. Only a term that governs the
clause counts ("binnen N", "meer dan N", "termijn van N"); a duration ("pas vier jaar na het
ongeval") is no term.
"""

from __future__ import annotations

import re

from geschil.extract.parameters import NUMBER_WORDS, _unit, number
from geschil.models import Evidence, Finding, PolicyTerm, Record
from geschil.reason.context import Context
from geschil.reason.rules import accident_cover

_NUM = r"(?P<num>\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
TERM = re.compile(rf"\b(?:binnen|meer\s+dan|langer\s+dan|later\s+dan|termijn\s+van)\s+(?:de\s+)?{_NUM}"
                  r"\s+(?P<unit>jaren|jaar|maanden|maand|weken|week|dagen|dag)\b", re.I)
RULES = {"accident_cover.window": ("accident_treatment_window", accident_cover.window),
         "accident_cover.approval_deadline": ("accident_approval_deadline", accident_cover.approval_deadline)}


def recompute(record: Record, rule: str, clause: str, evidence: Evidence) -> Finding | None:
    """The rule's finding with the committee's own term, or None when it names none or the same."""
    if rule not in RULES:
        return None
    name, run = RULES[rule]
    terms = {(_unit(m["unit"], number(m["num"]))) for m in TERM.finditer(clause)}
    if len(terms) != 1:
        return None
    value, unit = terms.pop()
    current = Context(record).term(name)
    if current is not None and (current.value, current.unit) == (value, unit):
        return None
    term = PolicyTerm(name=name, value=value, unit=unit, evidence=evidence)
    facts = record.facts.model_copy(update={"policy_terms": [
        t for t in record.facts.policy_terms if t.name != name] + [term]})
    return run(Context(record.model_copy(update={"facts": facts})))
