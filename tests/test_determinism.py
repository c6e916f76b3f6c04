"""The same input gives byte-identical JSON: run twice, across processes and hash seeds, cold
and cached, one worker or several, with either text backend."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import conftest_zoo as zoo
import pytest

from geschil.output import jsonout
from geschil.pipeline import extract_path

BACKENDS = ["pdfplumber", "pdfium"]
# Small rulings keep this fast; the 27-page seed is covered by the CLI runs below.
SMALL = [p for p in zoo.good_rulings() if not p.name.startswith("seed_")][:4]


def geschil(*args: str, hashseed: str = "0", cache: Path | None = None) -> bytes:
    script = Path(sys.executable).with_name("geschil")
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "geschil.cli"]
    env = {**os.environ, "PYTHONHASHSEED": hashseed}
    if cache is not None:
        env["XDG_CACHE_HOME"] = str(cache)
    run = subprocess.run([*cmd, *args], capture_output=True, timeout=600, env=env)
    assert run.returncode in (0, 1), run.stderr.decode()
    return run.stdout


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("pdf", SMALL, ids=lambda p: p.stem)
def test_twice_in_one_process(pdf, backend):
    first = jsonout.dumps(extract_path(pdf, backend=backend)).encode()
    assert first == jsonout.dumps(extract_path(pdf, backend=backend)).encode()
    assert b'"error": null' in first


def test_across_processes_and_hash_seeds(tmp_path):
    """Set iteration order changes with PYTHONHASHSEED: the output must not."""
    if not SMALL:
        pytest.skip("no corpus PDF")
    files = [str(p) for p in SMALL]
    for command in ("extract", "check"):
        outs = {seed: geschil(command, *files, "--format", "jsonl", "--no-cache", "--jobs", "1",
                              hashseed=seed) for seed in ("0", "4242")}
        assert outs["0"] == outs["4242"] and outs["0"].count(b"\n") == len(files), command


def test_one_worker_or_all_cold_or_cached(tmp_path):
    """The whole corpus (the seed too): --jobs 1, --jobs 2, and a cached re-run agree byte for byte."""
    pdfs = [str(p) for p in zoo.good_rulings()]
    if not pdfs:
        pytest.skip("no corpus PDF")
    cache = tmp_path / "cache"
    one = geschil("extract", *pdfs, "--format", "jsonl", "--jobs", "1", "--no-cache")
    cold = geschil("extract", *pdfs, "--format", "jsonl", "--jobs", "2", "--cache-dir", str(cache))
    warm = geschil("extract", *pdfs, "--format", "jsonl", "--jobs", "2", "--cache-dir", str(cache))
    assert one == cold == warm
    assert one.count(b"\n") == len(pdfs)


def test_single_json_matches_the_library():
    """One file in gives one pretty JSON object; the same bytes every time."""
    if not SMALL:
        pytest.skip("no corpus PDF")
    pdf = str(SMALL[0])
    runs = {geschil("extract", pdf, "--format", "json", "--no-cache") for _ in range(2)}
    assert len(runs) == 1 and next(iter(runs)).startswith(b"{\n")
    assert next(iter(runs)).decode() == jsonout.dumps(extract_path(pdf))
