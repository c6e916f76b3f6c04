"""JSON and CSV writers: deterministic, in model field order, tables linked by sha256."""

from __future__ import annotations

import csv
import io
import json

import pytest
from output_fakes import corpus, record

from geschil.models import Record
from geschil.output import csvout, jsonout, junit


def test_json_is_byte_identical_and_in_model_order():
    rec = record(1)
    rec.decision_place = "Zeist – ’s-Hertogenbosch"
    a, b = jsonout.dumps(rec), jsonout.dumps(Record.model_validate_json(jsonout.line(rec)))
    assert a == b
    assert list(json.loads(a)) == list(Record.model_fields)
    assert "’s-Hertogenbosch" in a  # real UTF-8, no \\u escapes
    assert a.endswith("}\n")


def test_json_lines_are_one_object_per_line():
    text = "".join(jsonout.lines([record(1), record(2)]))
    rows = [json.loads(line) for line in text.splitlines()]
    assert [r["case_number"] for r in rows] == ["202500001", "202500002"]


@pytest.mark.parametrize("value, cell", [
    (None, ""), (True, "true"), (False, "false"), (3, "3"), ("a;b", "a;b"),
])
def test_csv_cells(value, cell):
    assert csvout._cell(value) == cell


def test_csv_rulings_to_a_stream():
    out = io.StringIO()
    csvout.write_rulings(out, corpus())
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["outcome"] for r in rows] == ["rejected", "granted", "rejected", "partially_granted", ""]
    assert rows[1]["status"] == "divergent" and rows[1]["decision_date"] == "2025-03-13"
    assert rows[4]["error_kind"] == "encrypted"


@pytest.mark.parametrize("table, n_rows, column", [
    ("rulings", 5, "case_number"), ("citations", 12, "provision"), ("events", 4, "date"),
    ("requests", 4, "text"), ("findings", 4, "verdict"),
])
def test_csv_folder_tables_link_by_sha256_and_case_number(tmp_path, table, n_rows, column):
    csvout.write_dir(tmp_path, corpus())
    with (tmp_path / f"{table}.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == n_rows
    rulings = {r["sha256"]: r["case_number"] for r in csv.DictReader(
        (tmp_path / "rulings.csv").open(encoding="utf-8"))}
    assert all(rulings[r["sha256"]] == r["case_number"] for r in rows)
    assert all(r[column] for r in rows if r["case_number"])


def test_junit_marks_failures():
    import xml.etree.ElementTree as ET

    diff = "b: record.outcome: expected 'x', got 'y'"
    root = ET.fromstring(junit.to_xml([junit.Case("a"), junit.Case("b", [diff])]))
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1")
    cases = {c.get("name"): c.find("failure") for c in suite.iter("testcase")}
    assert cases["a"] is None and cases["b"].get("message") == diff
