"""CSV: the rulings table to a stream, or all the tables (rulings, citations, events, requests, findings, parts, grounds) as files in a folder."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from geschil.models import CheckResult, Record
from geschil.output.tables import COLUMNS, build


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def write_table(stream: TextIO, name: str, rows: Iterable[tuple]) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow([col for col, _ in COLUMNS[name]])
    writer.writerows([_cell(v) for v in row] for row in rows)


def write_rulings(stream: TextIO, pairs: Iterable[tuple[Record, CheckResult | None]]) -> None:
    write_table(stream, "rulings", build(pairs)["rulings"])


def write_dir(folder: str | Path, pairs: Iterable[tuple[Record, CheckResult | None]]) -> list[Path]:
    """rulings.csv, citations.csv, events.csv, requests.csv, findings.csv in `folder`."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in build(pairs).items():
        path = folder / f"{name}.csv"
        with path.open("w", encoding="utf-8", newline="") as f:
            write_table(f, name, rows)
        written.append(path)
    return written
