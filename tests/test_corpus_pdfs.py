"""The constructed corpus: every PDF extracts, carries the artefacts the cleaning stage must
undo, and every truth file is complete and agrees with its own source text."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pdfplumber
import pytest

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
sys.path.insert(0, str(CORPUS))
from buildlib.markup import parse, plain_text  # noqa: E402

from geschil.ingest.backends import pdfplumber_pages  # noqa: E402

MANIFEST = json.loads((CORPUS / "MANIFEST.json").read_text(encoding="utf-8"))
NAMES = sorted(MANIFEST)
TRUTH_KEYS = {
    "case_number",
    "decision_date",
    "decision_place",
    "hearing_date",
    "members",
    "chair",
    "requester",
    "insurers",
    "policies",
    "requests",
    "zorginstituut",
    "advice_followed",
    "outcome",
    "facts",
    "citations",
    "layout",
    "expected_status",
    "why",
}
OUTCOMES = {"rejected", "granted", "partially_granted", "inadmissible", "no_jurisdiction"}
MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
SHORT = [
    "jan.",
    "feb.",
    "mrt.",
    "apr.",
    "mei",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
]


@cache  # extraction is the slow part; every test reads the same pages
def pages_of(name: str) -> tuple[str, ...]:
    """pdfplumber's raw text as geschil reads it: x_tolerance 1.5 (the handmade producer sets
    its words 1.6 pt apart, which the default of 3 glues) and the file's own font widths
    (gropdf's ligatures, see geschil/ingest/plumber_fonts.py)."""
    return tuple(pdfplumber_pages(CORPUS / MANIFEST[name]["pdf"]))


def truth(name: str) -> dict:
    return json.loads((CORPUS / MANIFEST[name]["truth"]).read_text(encoding="utf-8"))


def source_text(name: str) -> str:
    return plain_text(parse((CORPUS / MANIFEST[name]["source"]).read_text(encoding="utf-8")))


def written_forms(iso: str) -> list[str]:
    """The ways our rulings write a date: 3 maart 2021, 3 mrt. 2021, 3-3-2021, 03-03-2021."""
    d = dt.date.fromisoformat(iso)
    return [
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day} {SHORT[d.month - 1]} {d.year}",
        f"{d.day}-{d.month}-{d.year}",
        f"{d.day:02d}-{d.month:02d}-{d.year}",
    ]


def _in_a_list(text: str, iso: str) -> bool:
    """A day in a list sharing its month and year: "op 1 en 13 februari 2024"."""
    d = dt.date.fromisoformat(iso)
    return re.search(rf"\b{d.day}(?:\s*,\s*\d{{1,2}})*\s+en\s+\d{{1,2}}\s+{MONTHS[d.month - 1]}\s+{d.year}",
                     text) is not None


def truth_dates(t: dict) -> list[str]:
    facts, approval = t["facts"], t["facts"].get("prior_approval") or {}
    dates = [
        t["decision_date"],
        t["hearing_date"],
        facts["accident_date"],
        *facts["application_dates"],
        *(a["date"] for a in t["zorginstituut"]),
        *(x.get("date") for x in facts.get("treatment_dates", [])),
        *(approval.get(k) for k in ("date", "valid_from", "valid_until")),  # not until_inclusive
    ]
    return [d for d in dates if d]


@pytest.mark.parametrize("name", NAMES)
def test_every_page_has_text(name):
    pages = pages_of(name)
    assert len(pages) == MANIFEST[name]["pages"] >= 2
    assert all(len(text.strip()) > 100 for text in pages)


@pytest.mark.parametrize("name", NAMES)
def test_small_and_from_the_named_producer(name):
    path = CORPUS / MANIFEST[name]["pdf"]
    assert path.stat().st_size < 100_000
    with pdfplumber.open(path) as pdf:
        meta = pdf.metadata
    producer = {"fpdf2": "fpdf", "reportlab": "reportlab", "groff": "gropdf",
                "handmade": "handmade", "libreoffice": "libreoffice"}[MANIFEST[name]["producer"]]
    assert producer in meta.get("Producer", "").lower()
    assert meta.get("Subject", "").startswith("CONSTRUCTED RULING")


@pytest.mark.parametrize("name", NAMES)
def test_constructed_notice_only_in_metadata(name):
    text = "\n".join(pages_of(name))
    assert "CONSTRUCTED" not in text and "%%" not in text


@pytest.mark.parametrize("name", NAMES)
def test_every_character_survives_extraction(name):
    extracted = set("\n".join(pages_of(name)))
    assert set(source_text(name)) - {" ", "\n"} <= extracted


@pytest.mark.parametrize("name", NAMES)
def test_hyphenation_reaches_the_raw_text(name):
    pages = pages_of(name)
    splits = [h for h in MANIFEST[name]["artefacts"]["hyphenations"] if not h["cross_page"]]
    assert len(splits) >= 3
    for h in splits:
        assert f"{h['first']}\n{h['second']}" in pages[h["page"] - 1], h


@pytest.mark.parametrize("name", [n for n in NAMES if MANIFEST[n]["layout"] == "letterhead"])
def test_running_header_and_letterhead(name):
    pages, art = pages_of(name), MANIFEST[name]["artefacts"]
    # a web-saved copy puts its page marker above the running header
    lines = [text.splitlines()[1 if art["page_markers"] else 0:] for text in pages]
    for number, (text, header) in enumerate(
        zip(lines, art["running_header"], strict=True), start=1
    ):
        assert header == f"{truth(name)['case_number']}, pagina {number} van {len(pages)}"
        assert text[0].startswith(header)
    # page 1: the letterhead is glued to the header line and present in full
    assert lines[0][0] == f"{art['running_header'][0]} {art['letterhead'][0]}"
    assert all(line in pages[0] for line in art["letterhead"])
    assert all("KvK" not in text for text in pages[1:])


@pytest.mark.parametrize("name", [n for n in NAMES if MANIFEST[n]["artefacts"]["footer"]])
def test_footer_page_numbers(name):
    pages = pages_of(name)
    for text, footer in zip(pages, MANIFEST[name]["artefacts"]["footer"], strict=True):
        assert text.splitlines()[-1] == footer


def test_both_footer_styles_present():
    footers = {
        MANIFEST[n]["artefacts"]["footer"][1] for n in NAMES if MANIFEST[n]["artefacts"]["footer"]
    }
    assert {"- 2 -", "2"} <= footers


@pytest.mark.parametrize("name", [n for n in NAMES if MANIFEST[n]["artefacts"]["own_line_numbers"]])
def test_section_numbers_on_their_own_line(name):
    lines = "\n".join(pages_of(name)).splitlines()
    for number in MANIFEST[name]["artefacts"]["own_line_numbers"]:
        assert number in lines


def test_transposed_head_block_reads_labels_then_values():
    names = [n for n in NAMES if MANIFEST[n]["artefacts"]["head_table"] == "transposed"]
    assert names
    for name in names:
        lines = pages_of(name)[0].splitlines()
        at = lines.index("Partijen Zaak Zaaknummer Zittingsdatum")
        assert lines[at + 1].startswith(": ") and truth(name)["case_number"] in lines[at + 1]


@pytest.mark.parametrize("name", [n for n in NAMES if MANIFEST[n]["artefacts"]["wrapper"]])
def test_wrapper_text_and_page_markers(name):
    pages = pages_of(name)
    assert pages[0].index("Hele tekst") < pages[0].lower().index("bindend advies")
    for number, text in enumerate(pages, start=1):
        assert text.splitlines()[0] == f"({number})"


@pytest.mark.parametrize("name", NAMES)
def test_truth_is_complete(name):
    t = truth(name)
    assert set(t) >= TRUTH_KEYS
    assert t["layout"] == MANIFEST[name]["layout"]
    assert t["outcome"] in OUTCOMES
    assert t["expected_status"] in {"consistent", "divergent", "undetermined"} and t["why"]
    assert set(t["requester"]) == {"label", "place", "term", "representative"}
    assert {"accident_date", "application_dates", "prior_approval"} <= set(t["facts"])
    for cite in t["citations"]:
        assert set(cite) >= {"law", "article", "paragraph", "item", "role"}
        assert cite["role"] in {"body", "annex", "header"}
    keys = [
        tuple(c[k] for k in ("law", "article", "paragraph", "item", "role")) for c in t["citations"]
    ]
    assert len(keys) == len(set(keys)), "citations must be distinct"


@pytest.mark.parametrize("name", NAMES)
def test_truth_agrees_with_its_source(name):
    t, text = truth(name), re.sub(r"\s+", " ", source_text(name))
    assert t["case_number"] in text if t["case_number"] else "kopie_zonder" in name  # a copy without its head
    assert all(member in text for member in t["members"])
    assert all(f"{i['name']} te {i['place']}" in text or i["name"] in text for i in t["insurers"])
    assert all(p["name"] in text for p in t["policies"] if p["name"])
    for request in t["requests"]:
        label = request.get("label", str(request["number"]))
        forms = [f"({label}) ", f"{label}. ", f"{label}) "]
        assert (any(form + request["text_prefix"] in text for form in forms)
                or (len(t["requests"]) == 1 and request["text_prefix"] in text))
    for iso in truth_dates(t):
        assert any(form in text for form in written_forms(iso)) or _in_a_list(text, iso), iso
    for advice in t["zorginstituut"]:
        assert advice["case_number"] is None or advice["case_number"] in text


def test_corpus_covers_what_the_reasoning_needs():
    truths = [truth(n) for n in NAMES]
    assert len(truths) >= 10
    assert {t["layout"] for t in truths} == {"classic", "letterhead", "modern"}
    assert {t["outcome"] for t in truths} == OUTCOMES
    assert sum(t["expected_status"] == "divergent" for t in truths) >= 2
    assert any(
        t["expected_status"] == "undetermined"
        and t["facts"]["accident_date"] is None
        and any(c["law"] == "polis" for c in t["citations"])
        for t in truths
    )
    items = {
        c["item"]
        for t in truths
        for c in t["citations"]
        if c["law"] == "Bzv" and c["article"] == "2.7"
    }
    assert {"a", "b", "c"} <= items
    producers = [MANIFEST[n]["producer"] for n in NAMES]
    assert abs(producers.count("fpdf2") - producers.count("reportlab")) <= 1
    assert all(producers.count(p) >= 1 for p in ("groff", "handmade", "libreoffice"))


def test_committed_pdfs_are_up_to_date():
    result = subprocess.run(
        [sys.executable, str(CORPUS / "build.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr


def test_check_keeps_what_a_missing_producer_drew():
    """Without groff and LibreOffice on the PATH (as on a machine that lacks them) the check
    still passes: their rulings are skipped with a message, their committed PDFs kept."""
    tools = {"groff": "groff", "libreoffice": "LibreOffice"}
    skipped = [(n, tools[MANIFEST[n]["producer"]]) for n in NAMES if MANIFEST[n]["producer"] in tools]
    result = subprocess.run(
        [sys.executable, str(CORPUS / "build.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PATH": "/nonexistent"},
    )
    assert result.returncode == 0, result.stderr
    assert {tool for _, tool in skipped} == set(tools.values())
    assert all(f"skipped {name}.pdf: {tool}" in result.stderr for name, tool in skipped)


def test_seed_rendering(seed_pdf):
    with pdfplumber.open(seed_pdf) as pdf:
        first = pdf.pages[0].extract_text()
        assert all((page.extract_text() or "").strip() for page in pdf.pages)
    assert first.startswith("Bindend advies") and "Zaaknummer:" in first
    assert "#" not in first and "**" not in first
