"""DuckDB: seven tables (parts and grounds included), upsert by sha256, and the documented queries run on them."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from output_fakes import check, corpus, record

from geschil.output import db

QUERIES = Path(__file__).parent.parent / "docs" / "queries.sql"


def _queries() -> list[str]:
    text = "\n".join(line for line in QUERIES.read_text().splitlines()
                     if not line.lstrip().startswith("--"))
    return [q.strip() for q in text.split(";") if q.strip()]


def _count(path, table) -> int:
    with duckdb.connect(str(path)) as con:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.mark.parametrize("table, rows", [
    ("rulings", 5), ("citations", 12), ("events", 4), ("requests", 4), ("findings", 4),
    ("parts", 4), ("grounds", 4),
])
def test_tables_hold_every_row(tmp_path, table, rows):
    path = tmp_path / "r.duckdb"
    assert db.write(path, corpus()) == 5
    assert _count(path, table) == rows


def test_an_application_dated_by_its_month_is_a_column_of_its_own(tmp_path):
    # added last, so scripts reading the earlier columns by position keep working (session 20)
    from geschil.models import DatePeriod

    r = record()
    r.facts.application_periods = [DatePeriod(earliest="2019-04-01", latest="2019-04-30", precision="month",
                                              text="april 2019")]
    path = tmp_path / "r.duckdb"
    db.write(path, [(r, check(r))])
    with duckdb.connect(str(path)) as con:
        names = [row[0] for row in con.execute("DESCRIBE rulings").fetchall()]
        value = con.execute("SELECT application_periods FROM rulings").fetchone()[0]
    assert names[-1] == "application_periods" and value == "2019-04-01/2019-04-30"


def test_rewrite_replaces_rows_instead_of_duplicating(tmp_path):
    path = tmp_path / "r.duckdb"
    db.write(path, corpus())
    db.write(path, corpus())
    assert (_count(path, "rulings"), _count(path, "citations")) == (5, 12)


def test_upsert_updates_a_changed_ruling(tmp_path):
    path = tmp_path / "r.duckdb"
    db.write(path, corpus())
    changed = record(2, outcome="rejected", year=2025, insurer="Menzis N.V.")
    db.write(path, [(changed, check(changed))])
    with duckdb.connect(str(path)) as con:
        got = con.execute("SELECT outcome, status FROM rulings WHERE case_number = ?",
                          [changed.case_number]).fetchall()
    assert got == [("rejected", "consistent")]
    assert _count(path, "rulings") == 5


def test_same_content_at_two_paths_is_one_ruling(tmp_path):
    path = tmp_path / "r.duckdb"
    a, b = record(1, path="a.pdf"), record(1, path="copy/a.pdf")
    db.write(path, [(a, None), (b, None)])
    assert _count(path, "rulings") == 1


def test_queries_file_has_four_queries():
    assert len(_queries()) == 4


def test_most_cited_provisions_per_year(tmp_path):
    path = tmp_path / "r.duckdb"
    db.write(path, corpus())
    with duckdb.connect(str(path)) as con:
        rows = con.execute(_queries()[0]).fetchall()
    assert rows[0][:2] == (2024, "Bzv 2.7 lid 1 onder a")
    assert ("wetten.overheid.nl" in rows[0][2]) and rows[0][3] == 1
    assert (2025, "Bzv 2.7 lid 1 onder a") in [r[:2] for r in rows]
    assert all(r[1] != "polis B.12.1" for r in rows)


def test_outcomes_per_insurer(tmp_path):
    path = tmp_path / "r.duckdb"
    db.write(path, corpus())
    with duckdb.connect(str(path)) as con:
        rows = con.execute(_queries()[1]).fetchall()
    assert ("Menzis N.V.", "granted", 1) in rows
    assert ("Zilver N.V.", "rejected", 2) in rows
    assert sum(r[2] for r in rows) == 4  # the failed file is left out


def test_divergent_rulings_with_reasons(tmp_path):
    path = tmp_path / "r.duckdb"
    db.write(path, corpus())
    with duckdb.connect(str(path)) as con:
        rows = con.execute(_queries()[2]).fetchall()
    assert len(rows) == 1
    case, _date, _ins, outcome, _reason, part, rule, _basis, committee, recomputed, *_r = rows[0]
    assert (case, outcome, part, rule) == ("202500002", "granted", "p1", "prior_approval.validity")
    assert (committee, recomputed) == ("met", "not_met")
    assert "akkoordverklaring was verlopen" in rows[0][-2] and rows[0][-1] == 3


def test_grounds_outside_the_rules(tmp_path):
    path = tmp_path / "r.duckdb"
    db.write(path, corpus())
    with duckdb.connect(str(path)) as con:
        assert con.execute(_queries()[3]).fetchall() == []  # the fakes have computed grounds only
