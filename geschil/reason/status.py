"""Open-world status: divergent only when the ruling's own text proves it.

(a) a computed ground contradicts the committee's own finding on that same ground; or (b) the
decision on a part goes against every ground the committee states for it (all favourable yet
refused, or the reverse), where those grounds are all of kinds geschil recognises. A decisive
ground that needs a fact the ruling does not state makes it undetermined. Anything else is
consistent: the rules geschil models are not all the law, so a rule that the committee does not
rely on never turns a decision into a contradiction.
"""

from __future__ import annotations

import re

from geschil.models import Ground, Part, Record
from geschil.reason.said import data

COMPUTATION = re.compile(r"Recomputed from the printed facts[^:]*: (.*)", re.S)
FAVOURABLE = {"met": True, "not_met": False, "not_established": False}


def _names(grounds: list[Ground]) -> str:
    return ", ".join(dict.fromkeys(g.rule for g in grounds)) or "none"


def _conditions(grounds: list[Ground]) -> list[Ground]:
    """The grounds that are conditions of the claim (met is favourable), per law/grounds.json."""
    neutral = {g["rule"] for g in data()["grounds"] if g.get("condition") is False}
    return [g for g in grounds if g.rule not in neutral]


def _against_own(part: Part, mine: list[Ground]) -> str | None:
    """Why the decision on a part goes against all the committee's own grounds for it, if so."""
    mine = _conditions(mine)
    if part.decision is None or not mine or any(g.kind == "outside" for g in mine):
        return None
    favourable = {FAVOURABLE[g.committee] for g in mine if g.committee}
    if len(favourable) != 1:
        return None
    all_good = favourable.pop()
    if all_good == (part.decision == "granted"):
        return None
    way = "favourable" if all_good else "unfavourable"
    quotes = "; ".join(g.evidence[0].quote[:160] for g in mine if g.evidence)
    return (f"The committee {part.decision} {part.description}, yet every ground it states for it "
            f"is {way} ({_names(mine)}: \"{quotes}\").")


def _decisive(g: Ground, parts: dict[str, Part], grounds: list[Ground]) -> bool:
    """Whether the decision on the ground's part rests on it. A refusal needs one unfavourable
    ground: another that stands (not itself missing a fact) carries it alone."""
    part = parts.get(g.part or "")
    if part is None or part.decision is None or g.committee is None:
        return True
    if FAVOURABLE[g.committee] != (part.decision == "granted"):
        return False
    if part.decision == "granted":
        return True
    return not any(o is not g and o.part == g.part and o.committee in ("not_met", "not_established")
                   and o.agreement != "missing_fact" for o in grounds)


def status(record: Record, parts: list[Part], grounds: list[Ground]) -> tuple[str, str]:
    """(status, reason)."""
    if record.outcome is None:
        missing = "; ".join(record.warnings) or "the decision was not extracted"
        return "undetermined", f"The committee's decision is not available ({missing})."
    contra = [g for g in grounds if g.agreement == "contradicts"]
    if contra:
        return "divergent", "Divergent: " + " ".join(g.reason for g in contra)
    if len(parts) == 1:
        own = _against_own(parts[0], [g for g in grounds if g.part in (parts[0].id, None)])
        if own:
            return "divergent", f"Divergent: {own}"
    by_id = {p.id: p for p in parts}
    missing = [g for g in _conditions(grounds) if g.agreement == "missing_fact"
               and _decisive(g, by_id, grounds)]
    if missing:
        return "undetermined", "Undetermined: " + " ".join(g.reason for g in missing)
    return "consistent", _summary(grounds)


def _computation(g: Ground) -> str:
    m = COMPUTATION.search(g.reason)
    return m.group(1) if m else g.reason


def _summary(grounds: list[Ground]) -> str:
    agree = [g for g in grounds if g.agreement == "agrees"]
    judged = [g for g in grounds if g.kind == "judgement"]
    outside = [g for g in grounds if g.kind == "outside"]
    other = [g for g in grounds if g.kind == "computed" and g.agreement != "agrees"]
    if not grounds:
        return ("Consistent: no ground of the committee that printed facts decide was recognised, "
                "and nothing in the text contradicts its decision.")
    computed = " ".join(_computation(g)[:240] for g in agree[:3])
    parts = [f"recomputed and agreeing: {_names(agree)} ({computed})" if agree else "no ground recomputed",
             f"the committee's judgement: {_names(judged)}" if judged else "",
             f"outside the rules: {_names(outside)}" if outside else "",
             f"not held against the computation: {_names(other)}" if other else ""]
    return "Consistent: " + "; ".join(p for p in parts if p) + "."
