"""Hostile PDFs, made at test time (hostile_pdfs.py): each gives its expected kind, or the same
record as the clean ruling it was made from, with either backend; an error record keeps the
file's sha256 and page count, and no message carries pdfium's "Success"."""

from __future__ import annotations

import json

import conftest_zoo as zoo
import hostile_pdfs as hostile
import pytest

from geschil import batch
from geschil.digest import sha256_of
from geschil.ingest import load
from geschil.pipeline import extract_path

BACKENDS = ["pdfium", "pdfplumber"]
FIELDS = ["case_number", "decision_date", "members", "chair", "requester", "insurers",
          "requests", "citations", "outcome", "facts"]

# name → builder(src, folder): read as the ruling it was made from
SAME = {
    "shown_sideways": lambda s, d: hostile.shown_sideways(s, d / "sideways.pdf"),
    "turned_90": lambda s, d: hostile.turned(s, d / "turned90.pdf", 90),
    "turned_270": lambda s, d: hostile.turned(s, d / "turned270.pdf", 270),
    "empty_password": lambda s, d: hostile.empty_password(s, d / "leeg-wachtwoord.pdf"),
    "junk_before_header": lambda s, d: hostile.header_moved(s, d / "junk.pdf", 2000),
    "header_missing": lambda s, d: hostile.header_moved(s, d / "noheader.pdf", None),
}
# name → (builder(src, folder), kind, pages the error record keeps)
KINDS = {
    "broken_page_tree": (lambda s, d: hostile.broken_page_tree(s, d / "tree.pdf"), "unreadable", None),
    "blank_page": (lambda s, d: hostile.blank(d / "blank.pdf"), "no_text_layer", 1),
}


@pytest.fixture(scope="module")
def ruling():
    found = [p for p in zoo.good_rulings() if not p.name.startswith("seed_")]
    if not found:
        pytest.skip("no corpus PDF")
    return found[0]


def _fields(record) -> dict:
    data = json.loads(record.model_dump_json())
    return {k: data[k] for k in FIELDS}


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("name", SAME)
def test_read_as_the_clean_ruling(ruling, tmp_path, name, backend):
    made = SAME[name](ruling, tmp_path)
    record = extract_path(made, backend=backend)
    assert record.error is None, record.error
    assert _fields(record) == _fields(extract_path(ruling, backend=backend))


def test_a_wrong_password_still_tries_the_empty_one(ruling, tmp_path):
    made = hostile.empty_password(ruling, tmp_path / "leeg.pdf")
    for backend in BACKENDS:
        assert extract_path(made, password="verkeerd", backend=backend).error is None


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("name", KINDS)
def test_kind_sha_and_pages(ruling, tmp_path, name, backend):
    build, kind, pages = KINDS[name]
    made = build(ruling, tmp_path)
    record = extract_path(made, backend=backend)
    assert record.error is not None and record.error.kind == kind, record.error
    assert record.source.sha256 == sha256_of(made)
    assert record.source.pages == (pages if pages is not None else record.source.pages) > 0
    assert "Success" not in record.error.message


def test_a_blank_page_is_not_called_scanned(tmp_path):
    record = extract_path(hostile.blank(tmp_path / "blank.pdf"))
    assert "scanned" not in record.error.message and "blank" in record.error.message
    scan = extract_path(zoo.image_only(tmp_path / "scan.pdf"))
    assert scan.error.kind == "no_text_layer" and "scanned" in scan.error.message


def test_a_content_stream_bomb_ends_as_too_large_or_timeout(tmp_path):
    """3 million text operators in ~30 KB: the worker's memory ceiling (or its time limit)
    ends it, the batch goes on, and the row keeps the file's identity."""
    bomb = hostile.content_bomb(tmp_path / "bomb.pdf")
    assert bomb.stat().st_size < 100_000
    good = zoo.good_rulings()[0]
    opts = batch.Options(timeout=60, memory_mb=512)
    items = batch.analyse_all([str(bomb), str(good)], jobs=1, options=opts)
    assert items[0].record.error.kind in ("too_large", "timeout"), items[0].record.error
    assert items[0].record.source.sha256 == sha256_of(bomb)
    assert items[0].record.source.pages == 1
    assert items[1].record.error is None


@pytest.mark.parametrize("spaced", [True, False], ids=["pdfium spaces", "no spacing calls"])
def test_glued_pages_are_spaced_and_only_those_left_go_to_pdfplumber(ruling, tmp_path, monkeypatch, spaced):
    """A file whose first page is glued and whose others draw their spaces: pdfium's own
    characters space the glued page (pdfplumber, about a third of a second a page, reads none);
    a pdfium without the calls for it leaves that page alone to pdfplumber. The words are those
    of the clean ruling either way."""
    from geschil.ingest import backends, pdfium_text

    lines = [page.split("\n") for page in load(ruling, backend="pdfplumber").raw_pages]
    assert len(lines) > 1
    made = hostile.glued(lines, tmp_path / "first_glued.pdf", plain=frozenset(range(1, len(lines))))
    if made is None:
        pytest.skip("DejaVuSans is not installed")
    if not spaced:
        monkeypatch.setattr(pdfium_text, "respaced", lambda *a: None)
    asked, plumber = [], backends.pdfplumber_pages
    monkeypatch.setattr(backends, "pdfplumber_pages",
                        lambda *a, **k: asked.append(k.get("only")) or plumber(*a, **k))
    words = load(made, backend="pdfium").text.split()
    assert asked == ([] if spaced else [[0]])
    assert words == load(made, backend="pdfplumber").text.split()


def test_glued_words_read_alike_by_both_backends(ruling, tmp_path):
    """Words placed without space glyphs: both backends give the same words, and the record
    of the clean ruling."""
    lines = [page.split("\n") for page in load(ruling, backend="pdfplumber").raw_pages]
    made = hostile.glued(lines, tmp_path / "glued.pdf")
    if made is None:
        pytest.skip("DejaVuSans is not installed")
    words = {b: load(made, backend=b).text.split() for b in BACKENDS}
    assert words["pdfium"] == words["pdfplumber"]
    assert _fields(extract_path(made)) == _fields(extract_path(ruling, backend="pdfplumber"))
