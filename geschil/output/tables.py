"""Records and checks as flat tables (rulings, citations, events, requests, findings, parts,
grounds).

One place decides the columns, so CSV and DuckDB agree; every table carries sha256 and
case_number to join on.
"""

from __future__ import annotations

from collections.abc import Iterable

from geschil.models import CheckResult, Citation, Record

SEP = "; "

COLUMNS: dict[str, list[tuple[str, str]]] = {
    "rulings": [
        ("sha256", "VARCHAR"), ("path", "VARCHAR"), ("case_number", "VARCHAR"),
        ("document_type", "VARCHAR"), ("layout", "VARCHAR"), ("decision_date", "DATE"),
        ("decision_year", "INTEGER"), ("decision_place", "VARCHAR"), ("hearing_date", "DATE"),
        ("members", "VARCHAR"), ("chair", "VARCHAR"), ("requester_term", "VARCHAR"),
        ("insurer", "VARCHAR"), ("insurers", "VARCHAR"), ("policies", "VARCHAR"),
        ("outcome", "VARCHAR"), ("advice_followed", "BOOLEAN"), ("accident_date", "DATE"),
        ("application_dates", "VARCHAR"), ("approval_date", "DATE"), ("approval_valid_from", "DATE"),
        ("approval_valid_until", "DATE"), ("approval_until_inclusive", "BOOLEAN"),
        ("n_citations", "INTEGER"), ("expected_outcome", "VARCHAR"), ("status", "VARCHAR"),
        ("check_reason", "VARCHAR"), ("error_kind", "VARCHAR"), ("error_message", "VARCHAR"),
        # added last (columns are only ever added): applications dated by a month or season, as bounds
        ("application_periods", "VARCHAR"),
    ],
    "citations": [
        ("sha256", "VARCHAR"), ("case_number", "VARCHAR"), ("position", "INTEGER"),
        ("law", "VARCHAR"), ("article", "VARCHAR"), ("paragraph", "INTEGER"), ("item", "VARCHAR"),
        ("provision", "VARCHAR"), ("bwb_id", "VARCHAR"), ("url", "VARCHAR"), ("role", "VARCHAR"),
        ("cited_by", "VARCHAR"), ("policy", "VARCHAR"), ("flags", "VARCHAR"), ("raw", "VARCHAR"),
        ("page", "INTEGER"), ("span_start", "INTEGER"), ("span_end", "INTEGER"),
    ],
    "events": [
        ("sha256", "VARCHAR"), ("case_number", "VARCHAR"), ("position", "INTEGER"),
        ("date", "DATE"), ("kind", "VARCHAR"), ("text", "VARCHAR"), ("page", "INTEGER"),
        ("span_start", "INTEGER"), ("span_end", "INTEGER"),
    ],
    "requests": [
        ("sha256", "VARCHAR"), ("case_number", "VARCHAR"), ("number", "INTEGER"),
        ("text", "VARCHAR"), ("page", "INTEGER"),
    ],
    "findings": [
        ("sha256", "VARCHAR"), ("case_number", "VARCHAR"), ("position", "INTEGER"),
        ("rule", "VARCHAR"), ("legal_basis", "VARCHAR"), ("url", "VARCHAR"), ("claim", "VARCHAR"),
        ("verdict", "VARCHAR"), ("reason", "VARCHAR"), ("evidence", "VARCHAR"),
        ("status", "VARCHAR"),
    ],
    "parts": [
        ("sha256", "VARCHAR"), ("case_number", "VARCHAR"), ("part", "VARCHAR"),
        ("description", "VARCHAR"), ("claim", "VARCHAR"), ("decision", "VARCHAR"),
        ("evidence", "VARCHAR"), ("page", "INTEGER"),
    ],
    "grounds": [
        ("sha256", "VARCHAR"), ("case_number", "VARCHAR"), ("position", "INTEGER"),
        ("part", "VARCHAR"), ("rule", "VARCHAR"), ("legal_basis", "VARCHAR"), ("url", "VARCHAR"),
        ("kind", "VARCHAR"), ("committee", "VARCHAR"), ("recomputed", "VARCHAR"),
        ("agreement", "VARCHAR"), ("source", "VARCHAR"), ("reason", "VARCHAR"),
        ("evidence", "VARCHAR"), ("page", "INTEGER"), ("status", "VARCHAR"),
    ],
}


def provision(c: Citation) -> str:
    """A short human label: 'Bzv 2.7 lid 1 onder a'."""
    text = " ".join(x for x in (c.law, c.article) if x) or c.raw
    if c.paragraph is not None:
        text += f" lid {c.paragraph}"
    if c.item:
        text += f" onder {c.item}"
    return text


def _span(span) -> tuple[int | None, int | None]:
    return (span[0], span[1]) if span else (None, None)


def _ruling(r: Record, chk: CheckResult | None) -> tuple:
    err = r.error
    return (
        r.source.sha256, r.source.path, r.case_number, r.document_type, r.layout,
        r.decision_date, r.decision_date.year if r.decision_date else None, r.decision_place,
        r.hearing_date, SEP.join(r.members), r.chair, r.requester.term if r.requester else None,
        r.insurers[0].name if r.insurers else None, SEP.join(i.name for i in r.insurers),
        SEP.join(f"{p.type}:{p.name or ''}" for p in r.policies), r.outcome, r.advice_followed,
        r.facts.accident_date, SEP.join(d.isoformat() for d in r.facts.application_dates),
        *_approval(r), len(r.citations),
        chk.expected_outcome if chk else None, chk.status if chk else None,
        chk.reason if chk else None, err.kind if err else None, err.message if err else None,
        SEP.join(f"{p.earliest.isoformat()}/{p.latest.isoformat()}" for p in r.facts.application_periods),
    )


def _approval(r: Record) -> tuple:
    a = r.facts.prior_approval
    return (a.date, a.valid_from, a.valid_until, a.until_inclusive) if a else (None,) * 4


def _citations(r: Record) -> Iterable[tuple]:
    for n, c in enumerate(r.citations):
        yield (r.source.sha256, r.case_number, n, c.law, c.article, c.paragraph, c.item,
               provision(c), c.bwb_id, c.url, c.role, c.cited_by, c.policy, SEP.join(c.flags),
               c.raw, c.page, *_span(c.span))


def _events(r: Record) -> Iterable[tuple]:
    for n, e in enumerate(r.events):
        yield (r.source.sha256, r.case_number, n, e.date, e.kind, e.text, e.page, *_span(e.span))


def _requests(r: Record) -> Iterable[tuple]:
    for q in r.requests:
        yield (r.source.sha256, r.case_number, q.number, q.text, q.page)


def _findings(r: Record, chk: CheckResult | None) -> Iterable[tuple]:
    for n, f in enumerate(chk.findings if chk else []):
        quotes = " | ".join(e.quote for e in f.evidence)
        yield (r.source.sha256, r.case_number, n, f.rule, provision(f.legal_basis),
               f.legal_basis.url, f.claim, f.verdict, f.reason, quotes, chk.status)


def _parts(r: Record, chk: CheckResult | None) -> Iterable[tuple]:
    for p in chk.parts if chk else []:
        yield (r.source.sha256, r.case_number, p.id, p.description, p.claim, p.decision,
               " | ".join(e.quote for e in p.evidence), p.evidence[0].page if p.evidence else None)


def _grounds(r: Record, chk: CheckResult | None) -> Iterable[tuple]:
    for n, g in enumerate(chk.grounds if chk else []):
        yield (r.source.sha256, r.case_number, n, g.part, g.rule, provision(g.legal_basis),
               g.legal_basis.url, g.kind, g.committee, g.recomputed, g.agreement, g.source,
               g.reason, " | ".join(e.quote for e in g.evidence),
               g.evidence[0].page if g.evidence else None, chk.status)


def build(pairs: Iterable[tuple[Record, CheckResult | None]]) -> dict[str, list[tuple]]:
    """All the tables from (record, check-or-None) pairs, rows in input order."""
    tables: dict[str, list[tuple]] = {name: [] for name in COLUMNS}
    for rec, chk in pairs:
        tables["rulings"].append(_ruling(rec, chk))
        tables["citations"] += _citations(rec)
        tables["events"] += _events(rec)
        tables["requests"] += _requests(rec)
        tables["findings"] += _findings(rec, chk)
        tables["parts"] += _parts(rec, chk)
        tables["grounds"] += _grounds(rec, chk)
    return tables
