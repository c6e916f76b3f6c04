"""Corpus rulings from the producers that test the text layer: groff (gropdf: base fonts not
embedded, kerning splits, the fi ligature), LibreOffice's PDF export (embedded subsets, tab
stops) and a hand-written PDF without space glyphs, whose tightly set words pypdfium2 glues
(`mr. H.J. Dijkgraaf,voorzitter,`). Both backends must read
the same words, and the head's members and chair as the ruling writes them."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from geschil.ingest import load
from geschil.ingest.pdfium_text import page_text
from geschil.pipeline import extract_path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
MANIFEST = json.loads((CORPUS / "MANIFEST.json").read_text(encoding="utf-8"))
PRODUCERS = ("groff", "handmade", "libreoffice")
NAMES = sorted(n for n, e in MANIFEST.items() if e["producer"] in PRODUCERS)
HANDMADE = [n for n in NAMES if MANIFEST[n]["producer"] == "handmade"]
BACKENDS = ("pdfium", "pdfplumber")


def _truth(name: str) -> dict:
    return json.loads((CORPUS / MANIFEST[name]["truth"]).read_text(encoding="utf-8"))


def test_every_new_producer_has_rulings():
    assert {MANIFEST[n]["producer"] for n in NAMES} == set(PRODUCERS)


@pytest.mark.parametrize("name", NAMES)
def test_both_backends_read_the_same_words(name):
    words = {b: load(CORPUS / f"{name}.pdf", backend=b).text.split() for b in BACKENDS}
    assert words["pdfium"] == words["pdfplumber"]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("name", NAMES)
def test_head_members_and_chair(name, backend):
    record = extract_path(CORPUS / f"{name}.pdf", backend=backend)
    truth = _truth(name)
    assert (record.members, record.chair) == (truth["members"], truth["chair"])


@pytest.mark.parametrize("name", HANDMADE)
def test_handmade_pages_are_glued_for_pypdfium2_and_restored(name):
    """The case is real: pypdfium2's own text glues words on these pages, each page measures
    as glued, and geschil's text has every member's name as written."""
    pdf = pdfium.PdfDocument(str(CORPUS / f"{name}.pdf"))
    try:
        read = [page_text(pdf[i]) for i in range(len(pdf))]
    finally:
        pdf.close()
    assert all(page.glued for page in read)
    raw_head = " ".join(read[0].raw.split())
    members = _truth(name)["members"]
    assert not all(member in raw_head for member in members)
    text = " ".join(load(CORPUS / f"{name}.pdf").text.split())
    assert all(member in text for member in members)


def test_file_widths_leave_pdfminer_metrics_alone():
    """gropdf's fonts carry /Widths that geschil puts first; pdfminer's shared metrics of the
    standard fonts must stay as they are for the next file."""
    from pdfminer.fontmetrics import FONT_METRICS

    before = {name: dict(widths) for name, (_, widths) in FONT_METRICS.items()}
    for name in (n for n in NAMES if MANIFEST[n]["producer"] == "groff"):
        load(CORPUS / f"{name}.pdf", backend="pdfplumber")
    assert {name: dict(widths) for name, (_, widths) in FONT_METRICS.items()} == before


def _corpus_builder():
    spec = importlib.util.spec_from_file_location("corpus_build", CORPUS / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(CORPUS))
    spec.loader.exec_module(module)
    return module


def _values(record) -> dict:
    """The record's fields without where they stand (another producer's text moves them)."""
    def strip(x):
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items() if k not in WHERE}
        return [strip(v) for v in x] if isinstance(x, list) else x

    data = json.loads(record.model_dump_json())
    return strip({k: data[k] for k in FIELDS})


WHERE = {"span", "page", "evidence", "evidence_more"}
FIELDS = ["case_number", "decision_date", "hearing_date", "members", "chair", "requester",
          "insurers", "policies", "requests", "zorginstituut", "advice_followed", "citations",
          "outcome", "facts"]
# one per layout; slijtage_partner's last page holds only the decision and the signature (three
# spaces): it must be measured too ("De commissie wijsthet verzoekaf." gave no outcome)
REDRAWN = ["classic_2012_slijtage_partner", "letterhead_2018_niet_ontvankelijk",
           "modern_2023_amelogenesis"]


@pytest.mark.parametrize("producer", PRODUCERS)
@pytest.mark.parametrize("name", REDRAWN)
def test_a_ruling_redrawn_by_another_producer_reads_the_same(name, producer, tmp_path):
    build = _corpus_builder()
    from buildlib.markup import parse
    from buildlib.render import ToolMissing, render

    source = parse((CORPUS / "src" / f"{name}.txt").read_text(encoding="utf-8"))
    pages, _ = build.lay_out(source)
    try:
        pdf = render(producer, pages, "Bindend advies", source.notice)
    except ToolMissing as missing:
        pytest.skip(str(missing))
    redrawn = tmp_path / f"{name}.pdf"
    redrawn.write_bytes(pdf)
    assert _values(extract_path(redrawn)) == _values(extract_path(CORPUS / f"{name}.pdf"))
