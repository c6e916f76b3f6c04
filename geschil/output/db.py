"""DuckDB: seven tables in one file, upserted by the file's sha256 so re-runs replace rows."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from geschil.models import CheckResult, Record
from geschil.output.tables import COLUMNS, build


def _create(con) -> None:
    for name, cols in COLUMNS.items():
        body = ", ".join(f'"{col}" {typ}' for col, typ in cols)
        con.execute(f'CREATE TABLE IF NOT EXISTS "{name}" ({body})')


def _unique(pairs):
    """One ruling per content hash: the same file at two paths is one ruling."""
    seen: set[str] = set()
    for rec, chk in pairs:
        sha = rec.source.sha256
        if not sha or sha not in seen:
            seen.add(sha)
            yield rec, chk


def write(path: str | Path, pairs: Iterable[tuple[Record, CheckResult | None]]) -> int:
    """Insert or replace the rows of these rulings; returns the number of rulings written."""
    import duckdb

    tables = build(_unique(pairs))
    shas = sorted({row[0] for row in tables["rulings"] if row[0]})
    # a file that could not be read has no content hash; its path is its identity then
    paths = sorted({row[1] for row in tables["rulings"] if not row[0]})
    con = duckdb.connect(str(path))
    try:
        con.execute("BEGIN TRANSACTION")
        _create(con)
        for name, rows in tables.items():
            con.execute(f'DELETE FROM "{name}" WHERE sha256 IN (SELECT unnest(?::VARCHAR[]))',
                        [shas])
            if name == "rulings":
                con.execute("DELETE FROM rulings WHERE sha256 = '' AND path IN "
                            "(SELECT unnest(?::VARCHAR[]))", [paths])
            if rows:
                marks = ", ".join("?" for _ in COLUMNS[name])
                con.executemany(f'INSERT INTO "{name}" VALUES ({marks})', rows)
        con.execute("COMMIT")
    finally:
        con.close()
    return len(tables["rulings"])
