"""Findings → the expected outcome per claim → the ruling's expected outcome.

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

from geschil.i18n import DEFAULT, label, missing, say
from geschil.models import ClaimResult, Finding, Record
from geschil.reason import registry

ORDER = ("basic", "supplementary")


BASIC_LAWS = ("Zvw", "Bzv", "Rzv")


def claims_made(record: Record, skip: frozenset[int] = frozenset()) -> tuple[list[str], str]:
    """The claims asked, and where that was read ("requests", "assessment", "policy" or "");
    `skip`: the numbers of requests not decided on the merits (their claims are no part of it)."""
    patterns = registry.claim_patterns()
    found: set[str] = set()
    for request in record.requests:
        if request.number in skip:
            continue
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


def _brief(f: Finding, lang: str) -> str:
    return say("compare.brief", lang, rule=f.rule, verdict=label("verdict", f.verdict, lang),
               reason=f.reason)


def _mine(claim: str, findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.claim in (claim, None) and f.verdict != "not_applicable"
            and registry.role(f.rule) != "informational"]


def judge(claim: str, findings: list[Finding], lang: str = DEFAULT) -> list[ClaimResult]:
    """The claim's expected outcome; two results (granted, rejected) when only part is covered."""
    name = say(f"compare.claim.{claim}", lang)
    mine = _mine(claim, findings)
    required = [f for f in mine if registry.role(f.rule) == "required"]
    alternatives = [f for f in mine if registry.role(f.rule) == "alternative"]
    if not mine:
        return [_result(claim, None, say("compare.no_rule", lang, name=name))]
    failed = [f for f in required if f.verdict == "not_met"]
    whole = [f for f in failed if not f.parameters.get("partly_met")]
    if alternatives and all(f.verdict == "not_met" for f in alternatives):
        rules = ", ".join(f.rule for f in alternatives)
        return [_result(claim, "rejected", say("compare.none_met", lang, rules=rules,
                                               brief=_brief(alternatives[0], lang)))]
    if whole:
        return [_result(claim, "rejected", _brief(whole[0], lang))]
    met = [f for f in alternatives if f.verdict == "met"]
    if all(f.verdict in ("met", "not_met") for f in required) and (met or not alternatives):
        if failed:
            part = failed[0]
            return [_result(claim, "granted", say("compare.partly_met", lang, rule=part.rule,
                                                  part=part.parameters["partly_met"])),
                    _result(claim, "rejected", _brief(part, lang))]
        # The condition, then the dated rules; what stands because nobody contests it last.
        shown = met[:1] + sorted(required, key=lambda f: "uncontested" in f.parameters)
        return [_result(claim, "granted", " ".join(_brief(f, lang) for f in shown))]
    unknown = [f for f in mine if f.verdict == "unknown"]
    needs = "; ".join(say("compare.needs", lang, rule=f.rule, missing=missing(
        f.parameters.get("missing", "a fact the ruling does not state"), lang)) for f in unknown)
    return [_result(claim, None, say("compare.under", lang, name=name, needs=needs))]


def _result(claim: str, expected: str | None, reason: str) -> ClaimResult:
    return ClaimResult(claim=claim, expected=expected, reason=reason)


def expected_outcome(results: list[ClaimResult]) -> str | None:
    if not results or any(r.expected is None for r in results):
        return None
    kinds = {r.expected for r in results}
    return kinds.pop() if len(kinds) == 1 else "partially_granted"


def at_lower_rate(results: list[ClaimResult], findings: list[Finding],
                  lang: str = DEFAULT) -> list[ClaimResult]:
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
        pct = limit.parameters.get("percentage") or say("compare.lower_rate", lang)
        out += [_result(r.claim, "granted", say("compare.lower_rate.granted", lang, reason=r.reason,
                                                pct=pct)),
                _result(r.claim, "rejected", say("compare.lower_rate.rejected", lang,
                                                 reason=limit.reason, pct=pct))]
    return out


def compare(record: Record, findings: list[Finding],
            lang: str = DEFAULT) -> tuple[list[ClaimResult], str | None]:
    """(claims, expected outcome) of the rules alone; status.py weighs them against the
    committee's own grounds."""
    claims, _ = claims_made(record)
    results = at_lower_rate([r for c in claims for r in judge(c, findings, lang)], findings, lang)
    return results, expected_outcome(results) if claims else None
