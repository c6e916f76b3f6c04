"""The parts of the claim and the committee's decision on each, read from the decision section.

A ruling about one thing has one part per insurance claimed. A partial grant is split where the
decision says so: what the committee orders the insurer to pay ("bepaalt dat de zorgverzekeraar
... vergoedt") is granted, the rest ("wijst het meer of anders verzochte af") rejected; when the
granted sentence names one insurance of two claimed, the other is the rejected part. Shown to
the analyst, one decision on several numbered requests is one part per request (by_request).
"""

from __future__ import annotations

import re

from geschil import literals
from geschil.models import Evidence, Ground, Part, Record, Statement
from geschil.reason import registry
from geschil.reason.compare import claims_made
from geschil.reason.said import data

GRANTS = literals.compile(r"\bbepaalt\s+dat\s+(?:de\s+)?(?:ziektekosten|zorg)?verzekeraar|\bwijst\s+(?:het\s+verzoek\s+)?"
                    r"(?:gedeeltelijk\s+|ten\s+dele\s+)?toe\b|\b(?:alsnog\s+)?(?:dient|moet)\s+te\s+vergoeden"
                    r"|\bvergoedt\b|\balsnog\s+vergoed", re.I)
REJECTS = literals.compile(r"\bwijst\s+(?:het\s+)?(?:verzoek\s+)?(?:voor\s+het\s+overige|het\s+meer\s+of\s+anders"
                     r"\s+verzochte|overigens)?[^.]{0,60}?\baf\b|\bvoor\s+het\s+overige\s+af", re.I)


def _name(key: str) -> str:
    """A part's name where the decision gives none (law/grounds.json, part_names)."""
    return data()["part_names"][key]


def _decision(record: Record) -> list[Statement]:
    return [s for s in record.statements if s.section == "decision"]


def _outcome_evidence(record: Record) -> list[Evidence]:
    ev = record.evidence.get("outcome")
    return [ev] if ev else []


def _insurance(text: str) -> str | None:
    pats = registry.claim_patterns()
    if pats["supplementary"].search(text):
        return "supplementary"
    return "basic" if pats["basic"].search(text) else None


# "verklaart zich onbevoegd voor zover …", "verklaart verzoeker niet-ontvankelijk in zijn verzoek
# voor zover dat … betreft": a part the committee does not decide on the merits.
PROCEDURAL = literals.compile(r"\bverklaart\s+(?:zich\s+)?(?:\w+\s+)?(?:onbevoegd|niet[- ]?ontvankelijk)\b"
                              r"[^.;]{0,60}?\b(?:voor\s+zover|(?:het|haar|zijn|hun)\s+verzoek\s+onder\s+\(?\d{1,2}\)?)",
                              re.I)


def parts(record: Record) -> list[Part]:
    # a request the committee declares inadmissible or is not competent for is decided on no
    # claim: the insurances only it names are no parts on the merits (blind round 58)
    skip = _procedural_requests(record)
    claims, _ = claims_made(record, skip if len(skip) < len(record.requests) else frozenset())
    outcome = record.outcome
    decision = {"granted": "granted", "rejected": "rejected"}.get(outcome or "")
    if outcome != "partially_granted":
        return [Part(id=f"p{i + 1}", description=_name(c or "request"), claim=c,
                     decision=decision, evidence=_outcome_evidence(record))
                for i, c in enumerate(claims or [None])]
    return _partial(record, claims)


PROCEDURAL_REQUEST = literals.compile(r"\bverzoek\s+onder\s+\(?(\d{1,2})\)?", re.I)


def _procedural_requests(record: Record) -> frozenset[int]:
    """The numbers of the requests the decision declares inadmissible or not for the committee."""
    out = set()
    for st in _decision(record):
        m = PROCEDURAL.search(st.text)
        if m:
            out |= {int(n.group(1)) for n in PROCEDURAL_REQUEST.finditer(m.group())}
    return frozenset(out)


_SUBJECT_START = literals.compile(r"voor\s+zover|verzoek", re.I)
# where the subject of a procedural part ends: the next clause of the decision
_SUBJECT_END = literals.compile(r"[,;.]|\s+en\s+(?:wijst|bepaalt|verklaart)\b", re.I)


def procedural(record: Record, merits: list[Part]) -> list[Part]:
    """The parts beside a decision on the merits that the committee is not competent for or
    declares inadmissible ("voor zover dat … betreft"): no decision, no grounds (the eligibility
    rules do not reach them). Numbered after the parts decided on the merits."""
    out: list[Part] = []
    for st in _decision(record):
        m = PROCEDURAL.search(st.text)
        if m:
            start = max(x.start() for x in _SUBJECT_START.finditer(m.group()))
            rest = st.text[m.start() + start:]
            end = _SUBJECT_END.search(rest, len(m.group()) - start)
            subject = " ".join(rest[:end.start() if end else 220].split())
            out.append(Part(id=f"p{len(merits) + len(out) + 1}", description=subject,
                            claim=_insurance(subject), decision=None, evidence=[st.evidence()]))
    return out


def _clause(text: str, m: re.Match) -> str:
    return " ".join(text[m.start():].split(";")[0].split(".")[0].split())[:220]


def _partial(record: Record, claims: list[str]) -> list[Part]:
    granted, rejected = [], []
    for st in _decision(record):
        g, r = GRANTS.search(st.text), REJECTS.search(st.text)
        if g and not (r and r.start() < g.start()):
            granted.append((st, _clause(st.text, g)))
        if r:
            rejected.append((st, _clause(st.text, r)))
    g_claim = _insurance(" ".join(t for _, t in granted)) if granted else None
    others = [c for c in claims if c != g_claim]
    one = claims[0] if len(claims) == 1 else None
    r_claim = others[0] if g_claim and len(others) == 1 else one
    g_desc = granted[0][1] if granted else _name("granted")
    r_desc = rejected[0][1] if rejected else _name("rest")
    # an order to decide anew ("bepaalt dat de zorgverzekeraar … een nieuw besluit neemt") decides nothing
    # of the claim's merits (blind round 171)
    # (beside the fee refunded)
    remitted = any(NEW_DECISION.search(t) for _, t in granted) and all(
        NEW_DECISION.search(t) or FEE.search(t) for _, t in granted)
    return [Part(id="p1", description=g_desc, claim=g_claim or one, decision=None if remitted else "granted",
                 evidence=[s.evidence() for s, _ in granted[:2]] or _outcome_evidence(record)),
            Part(id="p2", description=r_desc, claim=r_claim, decision="rejected",
                 evidence=[s.evidence() for s, _ in rejected[:2]] or _outcome_evidence(record))]


NEW_DECISION = literals.compile(r"\bnieuw\w*\s+(?:besluit|beslissing)\s+(?:neemt|te\s+nemen)\b", re.I)
FEE = literals.compile(r"\b(?:entreegeld|klacht(?:en)?geld|griffierecht|inschrijfgeld)\b", re.I)


def by_request(record: Record, merits: list[Part], held: list[Ground]) -> tuple[list[Part], list[Ground]]:
    """One part per numbered request where one decision takes them all ("De commissie wijst het
    verzoek af" on (1) the crowns and (2) the implants): an analyst counts the claims decided.
    The check is made on the parts per insurance; a ground of a part split over several requests
    concerns each of them (part null), of a part with one request that request's part."""
    # the commission's own fee paid back ("het betaalde entreegeld") is no claim of the care
    requests = [r for r in record.requests if not FEE.search(r.text)]
    if record.outcome not in ("granted", "rejected") or len(requests) < 2 or len(merits) >= len(requests) \
            or procedural(record, merits):  # a request not decided on the merits: the parts stay per insurance
        return merits, held
    claims = [_insurance(r.text) or (merits[0].claim if len(merits) == 1 else None) for r in requests]
    mine = {p.id: [r for r, c in zip(requests, claims, strict=True) if c == p.claim] for p in merits}
    if (None in claims and len(merits) > 1) or any(not rs for rs in mine.values()) \
            or sum(map(len, mine.values())) != len(requests):
        return merits, held  # a request no part of the decision can be told to take
    out, new_id = [], {}
    for p in merits:
        ids = []
        for r in mine[p.id]:
            ids.append(f"p{len(out) + 1}")
            quote = " ".join(r.text.split())
            ev = [Evidence(page=r.page, span=r.span, quote=quote)] if r.page and r.span else []
            out.append(p.model_copy(update={"id": ids[-1], "description": quote[:220], "evidence": ev + p.evidence}))
        new_id[p.id] = ids[0] if len(ids) == 1 else None
    return out, [g.model_copy(update={"part": new_id.get(g.part)}) if g.part in new_id else g for g in held]


def part_of(rule: str, favourable: bool, parts: list[Part], claim: str | None = None) -> str | None:
    """The part a ground is about: by the insurance its rule belongs to (or, for a rule of either,
    the one its finding names), then by which way it goes."""
    if len(parts) == 1:
        return parts[0].id
    if claim is None and not rule.startswith("outside:"):
        claim = registry.claim(rule)
    mine = [p for p in parts if claim is None or p.claim in (claim, None)] or parts
    if len(mine) == 1:
        return mine[0].id
    want = "granted" if favourable else "rejected"
    return next((p.id for p in mine if p.decision == want), None)
