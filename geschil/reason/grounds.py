"""The committee's grounds per part, each held against what the printed facts decide.

A computed ground (dates, windows, the akkoordverklaring's validity, the latest application) is
recomputed by its rule and compared with the committee's own finding on it. A judgement ground
(severity, indication, necessity, state of science, redelijkerwijs aangewezen, causation) is
recorded as the committee found it and never overruled. A ground outside the rules is listed as
not checked, with its provision.
"""

from __future__ import annotations

from collections import defaultdict

from geschil.models import Citation, Evidence, Finding, Ground, Part, Record
from geschil.reason import registry
from geschil.reason.committee_term import recompute
from geschil.reason.said import Said, committee_said, data

FAVOURABLE = {"met": True, "not_met": False, "not_established": False}


def _basis(said: Said) -> Citation:
    if said.citation is not None:
        c = said.citation
        return Citation(law=c.law, article=c.article, paragraph=c.paragraph, item=c.item,
                        bwb_id=c.bwb_id, url=c.url, raw=c.raw, page=c.page, span=c.span,
                        policy=c.policy)
    return registry.citation(said.rule)


def _quote(said: Said) -> str:
    q = " ".join(said.clause.split())
    return q if len(q) <= 220 else q[:217] + "..."


def _ev(said: Said) -> Evidence:
    st = said.statement
    return Evidence(page=st.page, span=st.span, quote=" ".join(st.text.split()))


def _part_of(rule: str, favourable: bool, parts: list[Part]) -> str | None:
    if len(parts) == 1:
        return parts[0].id
    claim = registry.claim(rule) if not rule.startswith("outside:") else None
    mine = [p for p in parts if claim is None or p.claim in (claim, None)] or parts
    if len(mine) == 1:
        return mine[0].id
    want = "granted" if favourable else "rejected"
    return next((p.id for p in mine if p.decision == want), None)


def grounds(record: Record, findings: list[Finding], parts: list[Part]) -> list[Ground]:
    by_rule: dict[str, list[Said]] = defaultdict(list)
    computed_in: dict[tuple[int, int], set[str]] = defaultdict(set)
    for said in committee_said(record):
        by_rule[said.rule].append(said)
        if said.kind == "computed":
            computed_in[said.statement.span].add(said.rule)
    rules = {f.rule: f for f in findings}
    out = []
    needs = {g["rule"]: g.get("needs") for g in data()["grounds"]}
    for rule, said in by_rule.items():
        kind = said[0].kind
        finding = rules.get(rule)
        need = rules.get(needs.get(rule) or "")
        if need is not None and need.verdict == "not_applicable":
            continue  # the ground's words without the rule's subject: not this ruling's ground
        for value in dict.fromkeys(s.finding for s in said):
            these = [s for s in said if s.finding == value]
            mixed = len({s.finding for s in said}) > 1
            # the committee's own term, when its clause is about this ground alone
            alone = [x for x in these if x.unique]
            own = None
            if kind == "computed" and alone:
                x = alone[0]
                # the term may stand in another clause of a sentence about this ground alone
                scope = x.statement.text if computed_in[x.statement.span] == {rule} else x.clause
                own = recompute(record, rule, scope, _ev(x))
            out.append(_ground(rule, kind, value, these, own[0] if own else finding, mixed, parts,
                               own_term=own[1] if own else None))
    return out


def _ground(rule: str, kind: str, committee: str, said: list[Said], finding: Finding | None,
            mixed: bool, parts: list[Part], own_term: str | None = None) -> Ground:
    first = said[0]
    quote = f"\"{_quote(first)}\" (p. {first.statement.page})"
    ev = [_ev(s) for s in said[:3]]
    part = _part_of(rule, FAVOURABLE[committee], parts)
    base = {"part": part, "rule": rule, "legal_basis": _basis(first), "kind": kind,
            "committee": committee, "source": first.source}
    if kind == "judgement":
        hint = ""
        if finding is not None and finding.verdict in ("met", "not_met"):
            # a rule of practice (not of law) that bears on it: shown, never held against it
            hint = f" The insurers' rule of practice gives {finding.verdict.replace('_', ' ')}: {finding.reason}"
            ev = ev + finding.evidence[:2]
        return Ground(**base, agreement="not_checked", evidence=ev, reason=(
            f"The committee's judgement, {quote}: recorded as found; geschil does not recompute "
            f"a judgement from words in the text.{hint}"))
    if kind == "outside":
        return Ground(**base, agreement="not_checked", evidence=ev, reason=(
            f"A ground outside the rules of geschil, {quote}: not checked."))
    return _computed(base, committee, said, finding, mixed, quote, ev, own_term)


def _computed(base: dict, committee: str, said: list[Said], finding: Finding, mixed: bool,
              quote: str, ev: list[Evidence], own_term: str | None = None) -> Ground:
    verdict = finding.verdict
    ev = ev + finding.evidence[:4]
    recomputed = verdict if verdict in ("met", "not_met", "unknown") else None
    both = "partly_met" in finding.parameters
    term = f" with {own_term}" if own_term else ""
    computation = f"Recomputed from the printed facts{term}: {finding.reason}"
    if verdict == "unknown":
        if committee == "not_established":
            return Ground(**base, recomputed="unknown", agreement="agrees", evidence=ev, reason=(
                f"The committee finds it not established, {quote}; the ruling does not state the "
                f"fact either. {computation}"))
        missing = finding.parameters.get("missing", "a fact the ruling does not state")
        return Ground(**base, recomputed="unknown", agreement="missing_fact", evidence=ev, reason=(
            f"The committee finds it {committee.replace('_', ' ')}, {quote}, but the ruling does "
            f"not state {missing}. {computation}"))
    if committee == "not_established":
        return Ground(**base, recomputed=recomputed, agreement="not_checked", evidence=ev, reason=(
            f"The committee finds it not established, {quote}. {computation} A finding that a "
            "fact was not proven is not contradicted by a computation."))
    if committee == verdict or both:
        extra = " (met for part of the care, not for the rest)" if both else ""
        return Ground(**base, recomputed=recomputed, agreement="agrees", evidence=ev, reason=(
            f"The committee finds it {committee.replace('_', ' ')}, {quote}. {computation}{extra}"))
    if mixed or not any(s.unique for s in said):
        return Ground(**base, recomputed=recomputed, agreement="not_checked", evidence=ev, reason=(
            f"The committee's words, {quote}, point both ways or name several grounds at once: "
            f"not held against the computation. {computation}"))
    if not any(s.unique and s.explicit for s in said):
        return Ground(**base, recomputed=recomputed, agreement="not_checked", evidence=ev, reason=(
            f"The committee's words, {quote}, do not state its finding in so many words: not "
            f"held against the computation. {computation}"))
    return Ground(**base, recomputed=recomputed, agreement="contradicts", evidence=ev, reason=(
        f"The committee finds it {committee.replace('_', ' ')}, {quote}, but the printed facts "
        f"give {verdict.replace('_', ' ')}. {computation}"))
