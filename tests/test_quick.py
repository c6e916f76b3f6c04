"""The light front of `extract` and `check` (geschil/quick.py): what it takes, what it leaves to
typer, and that both give the same bytes and exit codes on real PDFs."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import conftest_zoo as zoo
import pytest

from geschil.quick import parse

P = Path


@pytest.mark.parametrize(("argv", "expected"), [
    (["extract", "a.pdf"], ("extract", {"paths": ["a.pdf"]})),
    (["check", "a.pdf", "b/", "-f", "jsonl", "--jobs", "2", "--lang", "en"],
     ("check", {"paths": ["a.pdf", "b/"], "fmt": "jsonl", "jobs": 2, "lang": "en"})),
    (["extract", "--format=csv", "-o", "out", "x.pdf"],
     ("extract", {"paths": ["x.pdf"], "fmt": "csv", "out": P("out")})),
    (["check", "--no-cache", "--cache-dir", "c", "--status", "divergent", "--include-text", "d"],
     ("check", {"paths": ["d"], "no_cache": True, "cache_dir": "c", "status": "divergent",
                "include_text": True})),
    (["extract", "-"], ("extract", {"paths": ["-"]})),
    # typer's: help, version, other commands and options, values out of their sets, no path
    (["--help"], None), (["extract", "--help"], None), (["--version"], None), ([], None),
    (["report", "a.pdf"], None), (["extract", "a.pdf", "--db", "x.duckdb"], None),
    (["check", "a.pdf", "--corpus"], None), (["check", "a.pdf", "-f", "csv"], None),
    (["extract", "a.pdf", "--jobs", "0"], None), (["extract", "a.pdf", "--jobs", "two"], None),
    (["extract", "a.pdf", "--lang", "de"], None), (["extract", "a.pdf", "-f"], None),
    (["extract", "a.pdf", "--no-cache=1"], None), (["extract", "a.pdf", "-f", "json", "-f", "jsonl"], None),
    (["extract", "a.pdf", "--status", "divergent"], None), (["check", "a.pdf", "-o", "x"], None),
    (["extract", "--", "a.pdf"], None), (["extract", "-f=json", "a.pdf"], None), (["extract"], None), (["extract", "-f", "json"], None),
])
def test_what_the_front_takes(argv, expected):
    assert parse(argv) == expected


TYPER = "import sys; sys.argv = ['geschil', *sys.argv[1:]]; from geschil.cli import app; app()"


def _both(args: list[str], tmp_path: Path):
    """(front, typer) runs of one command line: stdout, stderr, exit code."""
    script = Path(sys.executable).parent / "geschil"
    front = [str(script)] if script.exists() else [sys.executable, "-m", "geschil.quick"]
    runs = []
    for cmd in (front, [sys.executable, "-c", TYPER]):
        run = subprocess.run([*cmd, *args, "--cache-dir", str(tmp_path / "cache")],
                             capture_output=True, timeout=600)
        runs.append((run.stdout, run.stderr, run.returncode))
    return runs


@pytest.mark.parametrize("args", [
    ["check", "-f", "jsonl", "--jobs", "1"],
    ["check", "-f", "json", "--status", "divergent", "--lang", "en", "--jobs", "1"],
    ["extract", "-f", "jsonl", "--jobs", "1"],
])
def test_front_and_typer_agree(tmp_path, args):
    pdfs = [str(p) for p in zoo.good_rulings() if not p.name.startswith("seed_")][:4]
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    front, typer_run = _both([args[0], *pdfs, str(bad), *args[1:]], tmp_path)
    timing = re.compile(rb"\(\d+ from cache\) in [\d.]+ s")  # the one line that may differ
    assert [timing.sub(b"", x) if isinstance(x, bytes) else x for x in front] == \
        [timing.sub(b"", x) if isinstance(x, bytes) else x for x in typer_run]
    assert front[2] in (2, 3)  # the broken file counts in the exit code
    assert b"broken.pdf" in front[1]

