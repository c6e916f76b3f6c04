"""The public Python API: geschil.read, check, cite, iter_records, and a light `import geschil`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import geschil

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
RULING = CORPUS / "modern_2020_ongeval_toegewezen.pdf"


def test_import_is_light():
    code = ("import sys, geschil; heavy = {'pydantic', 'rich', 'spacy', 'duckdb', 'jinja2', "
            "'typer', 'pypdfium2'} & set(sys.modules); print(sorted(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_read_and_check_a_ruling():
    record = geschil.read(RULING)
    assert isinstance(record, geschil.Record)
    assert record.error is None and record.case_number == "202000134"
    result = geschil.check(record)
    assert isinstance(result, geschil.CheckResult)
    assert result.status == "divergent" and result.actual_outcome == record.outcome


def test_read_never_raises_for_a_bad_file(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 broken")
    record = geschil.read(bad)
    assert record.error is not None and record.error.kind == "unreadable"


def test_cite():
    (found,) = geschil.cite("artikel 2.7, eerste lid, onderdeel a, van het Besluit zorgverzekering")
    assert (found.law, found.article, found.paragraph, found.item, found.bwb_id) == (
        "Bzv", "2.7", 1, "a", "BWBR0018492")


def test_iter_records_in_order_with_checks_and_cache(tmp_path):
    paths = sorted(CORPUS.glob("modern_2020_*.pdf"))
    cache = tmp_path / "cache"
    items = list(geschil.iter_records(paths, jobs=2, cache=cache, check=True))
    assert [Path(i.path) for i in items] == paths
    assert all(i.record.error is None and i.check.status for i in items)
    again = list(geschil.iter_records(paths, jobs=1, cache=cache, check=True))
    assert all(i.cached for i in again)
    assert [i.record for i in again] == [i.record for i in items]


def test_iter_records_of_a_folder_yields_text_files_only_on_request(tmp_path):
    (tmp_path / "a.txt").write_text("geen uitspraak")
    (only,) = geschil.iter_records([tmp_path])
    assert only.error is not None and "no .pdf file" in only.error.message  # nothing lost
    (text,) = geschil.iter_records([tmp_path], include_text=True)
    assert text.path.endswith("a.txt")


def test_unknown_attribute():
    with pytest.raises(AttributeError):
        geschil.no_such_thing  # noqa: B018


def test_readme_example_loads_a_folder_into_duckdb(tmp_path):
    """The README's example, run on two corpus rulings."""
    import duckdb

    folder = tmp_path / "rulings"
    folder.mkdir()
    for name in ("modern_2020_ongeval_toegewezen", "modern_2020_vervangende_aanvraag_na_behandeling"):
        p = CORPUS / f"{name}.pdf"
        (folder / p.name).write_bytes(p.read_bytes())
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("<!-- api-example -->")[1].split("```python")[1].split("```")[0]
    namespace = {"__name__": "example"}
    exec(compile(example.replace('"rulings/"', repr(str(folder) + "/")), "README", "exec"),
         namespace)
    con = namespace["con"]
    assert isinstance(con, duckdb.DuckDBPyConnection)
    rows = con.execute("SELECT case_number, status FROM rulings ORDER BY case_number").fetchall()
    assert len(rows) == 2 and ("202000134", "divergent") in rows
