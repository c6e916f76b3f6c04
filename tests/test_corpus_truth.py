"""Every constructed corpus ruling against its hand-written truth (corpus/src/NAME.truth.json).

The truth is written from the ruling text by hand, independent of the extractor; every contract
field it names is compared, and every evidence quote must stand at its span on its page.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geschil.ingest import load
from geschil.pipeline import extract_path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
RULINGS = sorted(p.name.removesuffix(".truth.json") for p in (CORPUS / "src").glob("*.truth.json"))
SCALARS = ("case_number", "decision_date", "decision_place", "hearing_date", "members", "chair",
           "advice_followed", "outcome", "layout")


def _cite_key(c: dict) -> tuple:
    return (c["law"], c["article"], c.get("paragraph"), c.get("item"), c.get("role"))


def _prefix(request: dict) -> str:
    return request.get("text_prefix", request.get("text", ""))


APPROVAL_FIELDS = ("date", "valid_from", "valid_until", "until_inclusive")


def compare(record: dict, truth: dict) -> list[str]:
    """Field-by-field differences between an extracted record and the truth."""
    diffs = []

    def check(name, got, want):
        if got != want:
            diffs.append(f"{name}: expected {want!r}, got {got!r}")

    for key in SCALARS:
        if key in truth:
            check(key, record.get(key), truth[key])
    if "requester" in truth:
        check("requester", record.get("requester"), truth["requester"])
    for key in ("insurers", "policies"):
        if key in truth:
            check(key, record.get(key), truth[key])
    if "zorginstituut" in truth:
        fields = ("kind", "date", "case_number", "body")
        check("zorginstituut", [{f: a.get(f) for f in fields if f in t} for a, t in
                                zip(record["zorginstituut"], truth["zorginstituut"], strict=False)]
              + record["zorginstituut"][len(truth["zorginstituut"]):], truth["zorginstituut"])
    if "requests" in truth:
        got = [(r["number"], r["text"][:len(_prefix(t))]) for r, t in
               zip(record["requests"], truth["requests"], strict=False)]
        want = [(t["number"], _prefix(t)) for t in truth["requests"]]
        check("requests", got + [(r["number"], "…") for r in record["requests"][len(want):]], want)
    facts = truth.get("facts", {})
    for key in ("accident_date", "application_dates"):
        if key in facts:
            check(f"facts.{key}", record["facts"][key], facts[key])
    if "prior_approval" in facts:
        got = record["facts"]["prior_approval"]
        want = facts["prior_approval"]
        if got and want:  # the contract's fields the truth gives (a writer may note more, as round 115's "term")
            keys = [k for k in want if k in APPROVAL_FIELDS]
            got, want = ({k: v.get(k) for k in keys} for v in (got, want))
        check("facts.prior_approval", got, want)
    if "citations" in truth:
        got = {_cite_key(c) for c in record["citations"]}
        want = {_cite_key(c) for c in truth["citations"]}
        if got - want:
            diffs.append(f"citations invented: {sorted(got - want, key=str)}")
        if want - got:
            diffs.append(f"citations missed: {sorted(want - got, key=str)}")
    return diffs


@pytest.mark.parametrize("name", RULINGS)
def test_corpus_ruling_matches_truth(name):
    pdf = CORPUS / f"{name}.pdf"
    if not pdf.exists():
        pytest.fail(f"{pdf.name} is missing: run corpus/build.py")
    truth = json.loads((CORPUS / "src" / f"{name}.truth.json").read_text(encoding="utf-8"))
    record = extract_path(pdf).model_dump(mode="json")
    assert record["error"] is None
    assert compare(record, truth) == []


@pytest.mark.parametrize("name", RULINGS)
def test_corpus_evidence_stands_at_its_span(name):
    pdf = CORPUS / f"{name}.pdf"
    record = extract_path(pdf)
    doc = load(pdf)
    for key, ev in record.evidence.items():
        assert doc.text[ev.span[0]:ev.span[1]] == ev.quote, key
        assert doc.page_of(ev.span[0]) == ev.page, key
