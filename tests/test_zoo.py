"""Hostile inputs: each bad file gets its contract error kind, exit code 2 and no traceback.

The zoo is built at test time (conftest_zoo.py) from a good corpus ruling; mixed into a folder,
the good files are still analysed and every input comes back.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import conftest_zoo as zoo
import pytest

from geschil import batch
from geschil.pipeline import extract_path

BACKENDS = ["pdfplumber", "pdfium"]
CONTRACT_KINDS = {"unreadable", "encrypted", "no_text_layer", "not_a_ruling", "too_large", "timeout"}
LIMIT = 200  # the CLI's default --max-pages

# name → (builder(src, folder) → path, expected error kind, words the message must hold)
ZOO = {
    "truncated": (lambda s, d: zoo.truncated(s, d / "truncated.pdf"), "unreadable", []),
    "truncated_early": (lambda s, d: zoo.truncated(s, d / "early.pdf", 0.05), "unreadable", []),
    "zero_bytes": (lambda s, d: zoo.zero_bytes(d / "empty.pdf"), "unreadable", ["empty"]),
    "text_named_pdf": (lambda s, d: zoo.text_named_pdf(d / "notitie.pdf"), "unreadable", ["not a PDF"]),
    "encrypted_aes256": (lambda s, d: zoo.encrypted(s, d / "locked6.pdf", 6), "encrypted", ["--password"]),
    "encrypted_r4": (lambda s, d: zoo.encrypted(s, d / "locked4.pdf", 4), "encrypted", ["--password"]),
    "image_only": (lambda s, d: zoo.image_only(d / "scan.pdf"), "no_text_layer", ["OCR"]),
    "policy_document": (lambda s, d: zoo.policy_document(d / "polis.pdf"), "not_a_ruling", []),
    "very_large": (lambda s, d: zoo.very_large(s, d / "huge.pdf"), "too_large", ["--max-pages"]),
}


@pytest.fixture(scope="module")
def ruling() -> Path:
    found = zoo.good_rulings()
    if not found:
        pytest.skip("no corpus PDF to build the zoo from")
    return found[0]


@pytest.fixture(scope="module")
def specimens(ruling, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("zoo")
    made = {name: build(ruling, folder) for name, (build, _, _) in ZOO.items()}
    return {name: path for name, path in made.items() if path is not None}


def _specimen(specimens, name) -> Path:
    if name not in specimens:
        pytest.skip(f"{name}: its source text is not beside this checkout")
    return specimens[name]


def geschil(*args: str) -> subprocess.CompletedProcess:
    """The installed command, as an analyst runs it (falls back to the module). Its caches go
    where conftest put XDG_CACHE_HOME, never into the checkout."""
    script = Path(sys.executable).with_name("geschil")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "geschil.cli"]
    env = {**os.environ, "GESCHIL_DEBUG": ""}
    return subprocess.run([*cmd, *args], capture_output=True, text=True, timeout=300, env=env)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("name", ZOO)
def test_pipeline_gives_the_contract_kind(specimens, name, backend):
    path = _specimen(specimens, name)
    _, kind, words = ZOO[name]
    record = extract_path(path, backend=backend, max_pages=LIMIT)
    assert record.error is not None and record.error.kind == kind, record.error
    assert record.source.path == str(path) and record.document_type is None
    for word in words:
        assert word in record.error.message


@pytest.mark.parametrize("name", ZOO)
def test_cli_exit_2_and_no_traceback(specimens, name, tmp_path):
    path = _specimen(specimens, name)
    _, kind, _ = ZOO[name]
    run = geschil("extract", str(path), "--format", "json", "--no-cache", "--jobs", "1")
    assert run.returncode == 2, run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    assert f": {kind}: " in run.stderr
    assert json.loads(run.stdout)["error"]["kind"] == kind


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("r", [4, 6])
def test_password_opens_an_encrypted_ruling(ruling, tmp_path, backend, r):
    locked = zoo.encrypted(ruling, tmp_path / "locked.pdf", r)
    plain = extract_path(ruling, backend=backend).model_dump(exclude={"source"})
    opened = extract_path(locked, password=zoo.PASSWORD, backend=backend)
    assert opened.error is None
    assert opened.model_dump(exclude={"source"}) == plain
    wrong = extract_path(locked, password="fout", backend=backend)
    assert wrong.error.kind == "encrypted" and "does not open" in wrong.error.message


def test_cli_password(ruling, tmp_path):
    locked = zoo.encrypted(ruling, tmp_path / "locked.pdf")
    run = geschil("extract", str(locked), "--password", zoo.PASSWORD, "--format", "json", "--no-cache")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["error"] is None


@pytest.mark.parametrize("ruling_pdf", zoo.good_rulings(), ids=lambda p: p.stem)
def test_a_missing_page_never_crashes(ruling_pdf, tmp_path):
    """Every page dropped in turn: a record each time, at worst `not_a_ruling` when the page
    held the title or the whole decision."""
    import pikepdf

    with pikepdf.open(ruling_pdf) as pdf:
        pages = len(pdf.pages)
    for drop in sorted({0, 1, pages // 2, pages - 2, pages - 1}):  # title, body, decision
        record = extract_path(zoo.page_missing(ruling_pdf, tmp_path / f"minus{drop}.pdf", drop))
        assert record.source.pages == pages - 1
        assert record.error is None or record.error.kind == "not_a_ruling", (drop, record.error)


def test_a_lost_page_inside_a_long_ruling_keeps_the_record(tmp_path):
    """A middle page of a long ruling gone: still a ruling, its head fields still read."""
    long = [p for p in zoo.good_rulings() if _pages(p) >= 6]
    if not long:
        pytest.skip("no corpus ruling of 6 pages or more")
    for ruling_pdf in long:
        whole = extract_path(ruling_pdf)
        record = extract_path(zoo.page_missing(ruling_pdf, tmp_path / "minus.pdf", 2))
        assert record.error is None and record.document_type == "bindend_advies"
        assert (record.case_number, record.members) == (whole.case_number, whole.members)


def _pages(path: Path) -> int:
    import pikepdf

    with pikepdf.open(path) as pdf:
        return len(pdf.pages)


@pytest.mark.parametrize("backend", BACKENDS)
def test_max_pages_is_a_limit_not_a_cut(ruling, backend):
    pages = _pages(ruling)
    assert extract_path(ruling, backend=backend, max_pages=pages - 1).error.kind == "too_large"
    assert extract_path(ruling, backend=backend, max_pages=pages).error is None


def test_cli_max_pages(ruling):
    run = geschil("extract", str(ruling), "--max-pages", "1", "--format", "json", "--no-cache")
    assert run.returncode == 2 and ": too_large: " in run.stderr
    assert json.loads(run.stdout)["error"]["kind"] == "too_large"


def test_non_ascii_file_name(ruling, tmp_path):
    path = zoo.non_ascii_name(ruling, tmp_path)
    run = geschil("extract", str(path), "--format", "json", "--no-cache")
    assert run.returncode == 0, run.stderr
    record = json.loads(run.stdout)
    assert record["error"] is None and record["source"]["path"] == str(path)


def test_symlink_loop_is_walked_once(ruling, tmp_path):
    folder = zoo.symlink_loop(ruling, tmp_path / "lus")
    assert batch.collect([str(folder)]) == [str(folder / "ruling.pdf")]
    run = geschil("extract", str(folder), "--format", "jsonl", "--no-cache")
    assert run.returncode == 0, run.stderr
    assert [json.loads(line)["source"]["path"] for line in run.stdout.splitlines()] == [
        str(folder / "ruling.pdf")]


@pytest.mark.parametrize(("command", "jobs"), [("extract", "1"), ("extract", "2"), ("check", "2")])
def test_mixed_batch_loses_nothing(specimens, ruling, tmp_path, command, jobs):
    """The zoo and good rulings in one folder: every input one line, the good ones analysed."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for path in specimens.values():
        (folder / path.name).symlink_to(path)
    good = [zoo.non_ascii_name(ruling, folder), folder / "goed.pdf"]
    good[1].write_bytes(ruling.read_bytes())
    zoo.symlink_loop(ruling, folder / "lus")
    good.append(folder / "lus" / "ruling.pdf")
    run = geschil(command, str(folder), "--format", "jsonl", "--no-cache", "--jobs", jobs)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    rows = {Path(r["source"]["path"]).name: r for r in map(json.loads, run.stdout.splitlines())
            if "source" in r}
    expected = {p.name for p in specimens.values()} | {p.name for p in good}
    assert set(rows) == expected and len(rows) == len(expected)
    for path in good:
        assert rows[path.name]["error"] is None and rows[path.name]["case_number"]
    for name, path in specimens.items():
        assert rows[path.name]["error"]["kind"] == ZOO[name][1]
    assert {r["error"]["kind"] for r in rows.values() if r["error"]} <= CONTRACT_KINDS


@pytest.mark.parametrize("args", [
    ["extract", "/nonexistent/geen.pdf"],
    ["check", "/nonexistent/geen.pdf"],
    ["text", "/nonexistent/geen.pdf"],
])
def test_missing_file_is_bad_input(args):
    run = geschil(*args, "--format", "json") if args[0] != "text" else geschil(*args)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "unreadable" in run.stderr


def test_a_ruling_without_its_assessment_page_is_read_with_a_warning(tmp_path):
    """The page with the assessment gone: still a record (the decision is on the next page),
    with a warning that names what is missing."""
    ruling = Path(__file__).resolve().parent.parent / "corpus" / "classic_2013_ongeval.pdf"
    whole = extract_path(ruling)
    assert whole.warnings == []
    record = extract_path(zoo.page_missing(ruling, tmp_path / "minus.pdf", 1))
    assert record.error is None and record.case_number == "201301452"
    assert record.outcome == whole.outcome
    assert record.warnings == ["no assessment section found: a page may be missing"]
