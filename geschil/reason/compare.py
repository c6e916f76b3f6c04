"""Findings → the expected outcome per claim → the ruling's expected outcome → status.

A claim is what was asked under one insurance: basic (zorgverzekering) or supplementary
(aanvullende verzekering). It is read from the requests; when they name no insurance, from the
insurances whose law the committee applies in its assessment (Zvw/Bzv → basic, the conditions of
a supplementary policy → supplementary); failing that, from the policy when there is only one.
Holding a policy is not a claim. Per claim, the rules' roles (provisions.json) decide: any
`required` rule not met rejects it; `alternative` rules grant it when one is met and reject it
when all are not met; anything else leaves it undetermined. A rule without a claim of its own
(e.g. the akkoordverklaring) applies to every claim. A required rule met for part of the care
only (parameter `partly_met`) splits the claim into a granted and a rejected part, and so does
a granted claim for a provider without a contract paid at a lower rate (contracted_provider).
"""

from __future__ import annotations

from geschil.models import ClaimResult, Finding, Record
from geschil.reason import registry

CLAIM_NAMES = {"basic": "the basic insurance (zorgverzekering)",
               "supplementary": "the supplementary insurance (aanvullende verzekering)"}
ORDER = ("basic", "supplementary")


BASIC_LAWS = ("Zvw", "Bzv", "Rzv")


def claims_made(record: Record) -> tuple[list[str], str]:
    """The claims asked, and where that was read ("requests", "assessment", "policy" or "")."""
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
    applied = {_insurance(c) for c in record.citations if c.cited_by == "committee"}
    if applied & set(ORDER):
        return [c for c in ORDER if c in applied], "assessment"
    types = {p.type for p in record.policies}
    return (list(types), "policy") if len(types) == 1 else ([], "")


def _insurance(citation) -> str | None:
    if citation.law in BASIC_LAWS:
        return "basic"
    return citation.policy if citation.law == "polis" else None


def _brief(f: Finding) -> str:
    return f"{f.rule} {f.verdict.replace('_', ' ')}: {f.reason}"


def _mine(claim: str, findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.claim in (claim, None) and f.verdict != "not_applicable"
            and registry.role(f.rule) != "informational"]


def judge(claim: str, findings: list[Finding]) -> list[ClaimResult]:
    """The claim's expected outcome; two results (granted, rejected) when only part is covered."""
    name = CLAIM_NAMES[claim]
    mine = _mine(claim, findings)
    required = [f for f in mine if registry.role(f.rule) == "required"]
    alternatives = [f for f in mine if registry.role(f.rule) == "alternative"]
    if not mine:
        return [_result(claim, None, f"No rule of this checker decides the claim under {name}.")]
    failed = [f for f in required if f.verdict == "not_met"]
    whole = [f for f in failed if not f.parameters.get("partly_met")]
    if alternatives and all(f.verdict == "not_met" for f in alternatives):
        rules = ", ".join(f.rule for f in alternatives)
        return [_result(claim, "rejected", f"None of {rules} is met; {_brief(alternatives[0])}")]
    if whole:
        return [_result(claim, "rejected", _brief(whole[0]))]
    met = [f for f in alternatives if f.verdict == "met"]
    if all(f.verdict in ("met", "not_met") for f in required) and (met or not alternatives):
        if failed:
            part = failed[0]
            return [_result(claim, "granted", f"{part.rule} is met for {part.parameters['partly_met']}."),
                    _result(claim, "rejected", _brief(part))]
        # The condition, then the dated rules; what stands because nobody contests it last.
        shown = met[:1] + sorted(required, key=lambda f: "uncontested" in f.parameters)
        return [_result(claim, "granted", " ".join(_brief(f) for f in shown))]
    unknown = [f for f in mine if f.verdict == "unknown"]
    return [_result(claim, None, f"Under {name}: " + "; ".join(
        f"{f.rule} needs {f.parameters.get('missing', 'a fact the ruling does not state')}"
        for f in unknown) + ".")]


def _result(claim: str, expected: str | None, reason: str) -> ClaimResult:
    return ClaimResult(claim=claim, expected=expected, reason=reason)


def expected_outcome(results: list[ClaimResult]) -> str | None:
    if not results or any(r.expected is None for r in results):
        return None
    kinds = {r.expected for r in results}
    return kinds.pop() if len(kinds) == 1 else "partially_granted"


def at_lower_rate(results: list[ClaimResult], findings: list[Finding]) -> list[ClaimResult]:
    """A claim granted for care by a provider without a contract, under a policy that pays such
    care at a lower rate, is granted up to that rate only: the rest is rejected (a partial grant).
    Whether the lower rate is a hindrance to access (hinderpaalcriterium) is not checked."""
    limits = {f.claim: f for f in findings if f.rule == "contracted_provider" and f.verdict == "not_met"}
    out = []
    for r in results:
        limit = limits.get(r.claim)
        whole = r.expected == "granted" and not any(
            x.claim == r.claim and x.expected == "rejected" for x in results)
        if limit is None or not whole:
            out.append(r)
            continue
        pct = limit.parameters.get("percentage", "the lower rate")
        out += [_result(r.claim, "granted", f"{r.reason} Paid at {pct} of the average contracted "
                        "tariff: the provider had no contract."),
                _result(r.claim, "rejected", f"contracted_provider not met: {limit.reason} The rest "
                        f"above {pct} is not due.")]
    return out


def compare(record: Record, findings: list[Finding]) -> tuple[list[ClaimResult], str | None, str, str]:
    """(claims, expected outcome, status, reason)."""
    claims, source = claims_made(record)
    results = at_lower_rate([r for c in claims for r in judge(c, findings)], findings)
    expected = expected_outcome(results)
    actual = record.outcome
    if actual is None:
        return results, expected, "undetermined", "The committee's outcome was not extracted."
    if not claims:
        return results, None, "undetermined", ("Which claims were made is not stated (no request or "
                                               "finding of the committee names an insurance).")
    decided = " ".join(f"{r.claim} {r.expected}: {r.reason}" for r in results if r.expected)
    if expected is None:
        missing = " ".join(r.reason for r in results if r.expected is None)
        return results, None, "undetermined", f"The rules cannot decide: {missing} {decided}".strip()
    per_claim = "; ".join(f"{r.claim}: {r.expected}" for r in results)
    if expected == actual:
        return results, expected, "consistent", (f"The rules give {expected} ({per_claim}; claims "
                                                 f"read from the {source}), as the committee "
                                                 f"decided. {decided}")
    return results, expected, "divergent", (f"The rules give {expected} ({per_claim}) but the "
                                            f"committee decided {actual}. {decided}")
