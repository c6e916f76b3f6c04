"""Findings → the expected outcome per claim → the ruling's expected outcome → status.

A claim is what was asked under one insurance: basic (zorgverzekering) or supplementary
(aanvullende verzekering), read from the requests, else from the policies. Per claim, the rules'
roles (provisions.json) decide: any `required` rule not met rejects it; `alternative` rules grant
it when one is met and reject it when all are not met; anything else leaves it undetermined.
"""

from __future__ import annotations

from geschil.models import ClaimResult, Finding, Record
from geschil.reason import registry

CLAIM_NAMES = {"basic": "the basic insurance (zorgverzekering)",
               "supplementary": "the supplementary insurance (aanvullende verzekering)"}
ORDER = ("basic", "supplementary")


def claims_made(record: Record) -> tuple[list[str], str]:
    """The claims asked, and where that was read ("requests", "policies" or "")."""
    patterns = registry.claim_patterns()
    found: set[str] = set()
    for request in record.requests:
        text = request.text
        if patterns["supplementary"].search(text):
            found.add("supplementary")
            text = patterns["supplementary"].sub(" ", text)  # its words also name "verzekering"
        if patterns["basic"].search(text):
            found.add("basic")
    if found:
        return [c for c in ORDER if c in found], "requests"
    types = {p.type for p in record.policies}
    return [c for c in ORDER if c in types], "policies" if types else ""


def _brief(f: Finding) -> str:
    return f"{f.rule} {f.verdict.replace('_', ' ')}: {f.reason}"


def judge(claim: str, findings: list[Finding]) -> ClaimResult:
    name = CLAIM_NAMES[claim]
    mine = [f for f in findings if f.claim == claim and f.verdict != "not_applicable"
            and registry.role(f.rule) != "informational"]
    required = [f for f in mine if registry.role(f.rule) == "required"]
    alternatives = [f for f in mine if registry.role(f.rule) == "alternative"]
    if not mine:
        return ClaimResult(claim=claim, expected=None,
                           reason=f"No rule of this checker decides the claim under {name}.")
    failed = [f for f in required if f.verdict == "not_met"]
    if failed:
        return ClaimResult(claim=claim, expected="rejected", reason=_brief(failed[0]))
    if alternatives and all(f.verdict == "not_met" for f in alternatives):
        rules = ", ".join(f.rule for f in alternatives)
        return ClaimResult(claim=claim, expected="rejected",
                           reason=f"None of {rules} is met under {name}.")
    met = [f for f in alternatives if f.verdict == "met"]
    if all(f.verdict == "met" for f in required) and (met or not alternatives):
        return ClaimResult(claim=claim, expected="granted", reason=_brief((met or required)[0]))
    unknown = [f for f in mine if f.verdict == "unknown"]
    return ClaimResult(claim=claim, expected=None, reason=f"Under {name}: " + "; ".join(
        f"{f.rule} needs {f.parameters.get('missing', 'a fact the ruling does not state')}"
        for f in unknown) + ".")


def expected_outcome(results: list[ClaimResult]) -> str | None:
    if not results or any(r.expected is None for r in results):
        return None
    kinds = {r.expected for r in results}
    return kinds.pop() if len(kinds) == 1 else "partially_granted"


def _limited(findings: list[Finding]) -> bool:
    return any(f.rule == "contracted_provider" and f.verdict == "not_met" for f in findings)


def compare(record: Record, findings: list[Finding]) -> tuple[list[ClaimResult], str | None, str, str]:
    """(claims, expected outcome, status, reason)."""
    claims, source = claims_made(record)
    results = [judge(c, findings) for c in claims]
    expected = expected_outcome(results)
    actual = record.outcome
    if actual is None:
        return results, expected, "undetermined", "The committee's outcome was not extracted."
    if not claims:
        return results, None, "undetermined", ("Which claims were made is not stated (no requests "
                                               "naming an insurance, no policies).")
    if expected is None:
        missing = " ".join(r.reason for r in results if r.expected is None)
        return results, None, "undetermined", f"The rules cannot decide: {missing}"
    per_claim = "; ".join(f"{r.claim}: {r.expected}" for r in results)
    if expected == actual:
        return results, expected, "consistent", (f"The rules give {expected} ({per_claim}, claims "
                                                 f"read from the {source}), as the committee decided.")
    if expected == "granted" and actual == "partially_granted" and _limited(findings):
        return results, expected, "consistent", ("The rules grant the claim and the provider had no "
                                                 "contract, so a partial grant at the lower rate "
                                                 "follows.")
    deciding = " ".join(f"{r.claim}: {r.reason}" for r in results)
    return results, expected, "divergent", (f"The rules give {expected} ({per_claim}) but the "
                                            f"committee decided {actual}. {deciding}")
