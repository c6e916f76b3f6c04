"""verify: a corpus re-checked field by field against its expected records."""

from __future__ import annotations

import json

import pytest
from output_fakes import install, write_files

from geschil import verify


@pytest.fixture(autouse=True)
def fakes(monkeypatch):
    install(monkeypatch)


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    write_files(folder, {"a.txt": "rejected", "b.txt": "granted", "notes.json": "{}"})
    assert all(o.updated for o in verify.run(folder, update=True, jobs=1))
    return folder


def _edit(path, change):
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2))


def test_update_writes_expected_files_and_then_verify_passes(corpus):
    assert sorted(p.name for p in corpus.glob("*.expected.json")) == [
        "a.expected.json", "b.expected.json"]
    data = json.loads((corpus / "a.expected.json").read_text())
    assert set(data) == {"record", "check"} and data["record"]["source"]["path"] == "a.txt"
    outcomes = verify.run(corpus, jobs=1)
    assert [o.ok for o in outcomes] == [True, True]


def test_update_is_byte_identical_when_nothing_changed(corpus):
    before = (corpus / "a.expected.json").read_bytes()
    verify.run(corpus, update=True, jobs=1)
    assert (corpus / "a.expected.json").read_bytes() == before


@pytest.mark.parametrize("field, change, line", [
    ("record.outcome", lambda d: d["record"].update(outcome="granted"),
     "a: record.outcome: expected 'granted', got 'rejected'"),
    ("record.members", lambda d: d["record"]["members"].pop(),
     "a: record.members: expected 1 items, got 2"),
    ("record.citations[0].article", lambda d: d["record"]["citations"][0].update(article="2.8"),
     "a: record.citations[0].article: expected '2.8', got '2.7'"),
    ("check.status", lambda d: d["check"].update(status="divergent"),
     "a: check.status: expected 'divergent', got 'consistent'"),
])
def test_changing_one_expected_value_fails_with_a_diff_naming_it(corpus, field, change, line):
    _edit(corpus / "a.expected.json", change)
    outcomes = verify.run(corpus, jobs=1)
    assert [o.ok for o in outcomes] == [False, True]
    assert line in verify.lines(outcomes)


def test_source_path_is_ignored(corpus):
    _edit(corpus / "a.expected.json", lambda d: d["record"]["source"].update(path="/elsewhere/a.pdf"))
    assert all(o.ok for o in verify.run(corpus, jobs=1))


@pytest.mark.parametrize("setup, message", [
    (lambda c: (c / "a.expected.json").unlink(), "no expected file a.expected.json"),
    (lambda c: (c / "a.txt").unlink(), "no input file"),
    (lambda c: (c / "a.expected.json").write_text("{not json"), "cannot be read as an expectation"),
])
def test_missing_or_broken_pairs_are_regressions(corpus, setup, message):
    setup(corpus)
    outcomes = verify.run(corpus, jobs=1)
    bad = [o for o in outcomes if not o.ok]
    assert [o.name for o in bad] == ["a"] and message in bad[0].diffs[0]


def test_pdf_is_preferred_over_its_text_source(tmp_path):
    write_files(tmp_path, {"x.pdf": "p", "x.txt": "t", "y.txt": "m", "README.md": "r",
                           "src/z.txt": "s"})
    cases = verify.discover(tmp_path)
    assert [(c.name, c.input.name) for c in cases] == [("x", "x.pdf"), ("y", "y.txt")]


@pytest.mark.parametrize("expected, actual, lines", [
    ({"a": 1}, {"a": 1}, []),
    ({"a": None}, {"a": "x"}, ["r.a: expected null, got 'x'"]),
    ({"a": [1, 2]}, {"a": [1]}, ["r.a: expected 2 items, got 1", "r.a[1]: missing 2"]),
    ({"a": [1]}, {"a": [1, 3]}, ["r.a: expected 1 items, got 2", "r.a[1]: unexpected 3"]),
    ({}, {"new": 1}, ["r.new: expected nothing, got 1"]),
])
def test_diff_table(expected, actual, lines):
    assert verify.diff(expected, actual, "r") == lines


def test_junit_file(corpus, tmp_path):
    _edit(corpus / "b.expected.json", lambda d: d["record"].update(case_number="1"))
    outcomes = verify.run(corpus, jobs=1)
    verify.write_junit(tmp_path / "j.xml", outcomes)
    xml = (tmp_path / "j.xml").read_text()
    assert 'failures="1"' in xml and "b: record.case_number: expected" in xml
