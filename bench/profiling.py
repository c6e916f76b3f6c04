"""Profiles for bench.py: one extraction's costliest functions, and time per module."""

from __future__ import annotations

import cProfile
import io
import pstats
import time
from pathlib import Path


def profile_one(path: Path, backend: str | None = None, top: int = 14) -> str:
    """cProfile of one extraction: the stage totals, then the costliest functions."""
    from geschil.extract.record import build_record
    from geschil.ingest import load
    from geschil.ingest.backends import DEFAULT_BACKEND

    backend = backend or DEFAULT_BACKEND
    load(path, backend=backend)  # warm the imports so they are not counted
    t0 = time.perf_counter()
    doc = load(path, backend=backend)
    t1 = time.perf_counter()
    build_record(doc)
    t2 = time.perf_counter()
    prof = cProfile.Profile()
    prof.enable()
    build_record(load(path, backend=backend))
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).strip_dirs().sort_stats("tottime").print_stats(top)
    body = "\n".join(line for line in buf.getvalue().splitlines() if line.strip())
    return (f"Profile of `extract_path({path.name})`, backend `{backend}`, {doc.page_count} pages: "
            f"text {t1 - t0:.3f} s, analysis {t2 - t1:.3f} s.\n\n```\n{body}\n```\n")


def profile_modules(paths: list[Path], top: int = 12) -> str:
    """Where the time of extract + check goes over many files, summed per module."""
    from geschil import reason
    from geschil.pipeline import extract_path

    for path in paths[:1]:
        reason.check(extract_path(path))  # warm imports and caches
    prof = cProfile.Profile()
    prof.enable()
    for path in paths:
        reason.check(extract_path(path))
    prof.disable()
    per: dict[str, float] = {}
    for (filename, _, name), (_, _, tottime, _, _) in pstats.Stats(prof).stats.items():
        if "geschil" in filename:
            key = "geschil/" + filename.rsplit("/geschil/", 1)[-1]
        elif filename == "~":
            key = "built-ins (" + ("regex" if "Pattern" in name or "re." in name else "other") + ")"
        else:
            key = filename.split("site-packages/")[-1].split("/")[0]
        per[key] = per.get(key, 0.0) + tottime
    total = sum(per.values())
    rows = [f"| {k} | {v:.3f} | {100 * v / total:.0f}% |"
            for k, v in sorted(per.items(), key=lambda kv: -kv[1])[:top]]
    return "\n".join([f"Own time per module, extract + check of {len(paths)} corpus PDFs "
                      f"({total:.2f} s in all):", "", "| module | seconds | share |",
                      "| --- | ---: | ---: |", *rows, ""])
