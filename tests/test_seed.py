"""The one real ruling, end to end: every contract field, each with evidence that really stands there."""

import datetime as dt

import pytest

from geschil.extract.text import squash
from geschil.ingest import load
from geschil.pipeline import extract_path

D = dt.date


@pytest.fixture(scope="module", params=["pdf", "txt"])
def seed(request, seed_pdf, seed_txt):
    path = seed_pdf if request.param == "pdf" else seed_txt
    return extract_path(path), load(path)


def test_head_fields(seed):
    r, _ = seed
    assert r.error is None and r.document_type == "bindend_advies" and r.layout == "modern"
    assert r.case_number == "202501427"
    assert (r.decision_date, r.decision_place, r.hearing_date) == (D(2026, 3, 13), "Zeist", D(2026, 1, 14))
    assert r.members == ["mr. drs. J.W. Heringa", "mr. M.T.C.J. Nauta-Sluijs", "mr. J.J.M. Linders"]
    assert r.chair is None  # not marked in this layout


def test_parties_and_policies(seed):
    r, _ = seed
    assert r.requester.model_dump() == {"label": "A", "place": "B", "term": "verzoeker",
                                        "representative": {"label": "C", "place": "B"}}
    assert [(i.name, i.place) for i in r.insurers] == [
        ("CZ Zorgverzekeringen N.V.", "Tilburg"), ("OWM CZ groep U.A.", "Tilburg")]
    assert [(p.type, p.name) for p in r.policies] == [("basic", "CZ Zorg-op-maatpolis"), ("supplementary", "Jongeren")]


def test_procedure(seed):
    r, _ = seed
    kinds = {(e.date, e.kind) for e in r.events}
    assert {(D(2025, 8, 29), "request"), (D(2025, 12, 1), "zorginstituut_advice_provisional"),
            (D(2026, 1, 14), "hearing"), (D(2026, 1, 29), "zorginstituut_advice_final"),
            (D(2025, 8, 21), "review")} <= kinds
    assert [q.number for q in r.requests] == [1, 2, 3, 4, 5, 6]
    assert r.requests[2].text.startswith("dat de ziektekostenverzekeraar gehouden is toekomstige mondzorg")
    assert [(a.kind, a.date, a.case_number) for a in r.zorginstituut] == [
        ("provisional", D(2025, 12, 1), "2025026995"), ("final", D(2026, 1, 29), None)]
    assert r.advice_followed is True
    assert r.outcome == "rejected"


def test_facts(seed):
    f = seed[0].facts
    assert f.accident_date == D(2021, 6, 27)
    assert f.application_dates == [D(2025, 1, 14), D(2025, 5, 8)]
    assert f.prior_approval.model_dump() == {"date": D(2021, 12, 3), "valid_from": D(2021, 6, 27),
                                             "valid_until": D(2023, 6, 26), "until_inclusive": True}
    (implants,) = [t for t in f.treatment_dates if t.earliest.year == 2022]
    assert implants.date is None and implants.precision == "month"  # "september 2022" is not exact


def test_every_evidence_stands_at_its_span_on_its_page(seed):
    r, doc = seed
    assert {"case_number", "decision_date", "decision_place", "hearing_date", "outcome", "requester",
            "facts.accident_date", "facts.prior_approval", "facts.application_dates.1"} <= set(r.evidence)
    spans = [(k, e.page, e.span, e.quote) for k, e in r.evidence.items()]
    spans += [(f"event {e.date}", e.page, e.span, None) for e in r.events]
    spans += [(f"citation {c.raw}", c.page, c.span, c.raw) for c in r.citations if c.span]
    for key, page, (a, b), quote in spans:
        if quote is not None:
            assert doc.text[a:b] == quote, key
        assert doc.page_of(a) == page, key
        head = squash(doc.text[a:b])[:12]
        assert head.replace("-", "") in squash(doc.raw_pages[page - 1]).replace("-", "").replace("- ", ""), key
