"""What runs inside the processes bench.py measures, each as a script of its own:

    stages.py pdfium - FILE...             bare pypdfium2 text extraction
    stages.py pdfplumber - FILE...         bare pdfplumber text extraction
    stages.py inprocess OUT.json FILE...   bare pypdfium2 text vs the pipeline, imports excluded
    stages.py batch OUT.json JOBS CACHE FILE...   the batch API, cold then cached
    stages.py lengths OUT.json PDF         cost per character as a ruling grows, and of a long token
    stages.py spin -                       a fixed pure-Python loop (the machine's parallel ceiling)

In-process times are the best of a few runs (the least disturbed by other work on a shared
machine).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def _best(fn, runs: int) -> dict:
    """The least wall and the least CPU seconds of a few runs."""
    wall = cpu = float("inf")
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall = min(wall, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    return {"wall": wall, "cpu": cpu}


def _bare_pdfium(files: list[str]) -> int:
    import pypdfium2 as pdfium

    n = 0
    for f in files:
        pdf = pdfium.PdfDocument(f)
        for page in pdf:
            textpage = page.get_textpage()
            n += len(textpage.get_text_range())
            textpage.close()
            page.close()
        pdf.close()
    return n


def _bare_pdfplumber(files: list[str]) -> int:
    import pdfplumber

    n = 0
    for f in files:
        with pdfplumber.open(f) as pdf:
            for page in pdf.pages:
                n += len(page.extract_text() or "")
    return n


def batch_api(out: str, jobs: str, cache_dir: str, files: list[str]) -> None:
    """The batch engine alone (imports done first): seconds of a cold run, then a cached one."""
    from geschil import batch
    from geschil.cache import Cache

    times = []
    for _ in range(2):
        t0 = time.perf_counter()
        items = batch.analyse_all(files, jobs=int(jobs), options=batch.Options(check=True),
                                  cache=Cache(cache_dir))
        times.append(time.perf_counter() - t0)
    assert len(items) == len(files)
    Path(out).write_text(json.dumps({"cold": times[0], "cached": times[1],
                                     "from_cache": sum(i.cached for i in items)}))


def inprocess(out: str, files: list[str], runs: int = 5) -> None:
    """The pipeline (extract, then extract + check) against pypdfium2's bare text, same files,
    in rounds (bare, extract, check; again): a drift of the machine's speed touches all three."""
    from geschil import reason
    from geschil.pipeline import extract_path

    extract_path(files[0])  # imports and compiled patterns are not counted
    measures = {"bare": lambda: _bare_pdfium(files),
                "extract": lambda: [extract_path(f) for f in files],
                "check": lambda: [reason.check(extract_path(f)) for f in files]}
    rounds = [{name: _best(fn, 1) for name, fn in measures.items()} for _ in range(runs)]
    best = {name: {k: min(r[name][k] for r in rounds) for k in ("wall", "cpu")} for name in measures}
    Path(out).write_text(json.dumps(best))


def _shapes(pages: list[str]) -> dict[str, list[str]]:
    mid = pages[len(pages) // 2]
    grown = {f"{k}× the ruling": pages[:-1] + [mid] * max(0, (k - 1) * len("".join(pages)) // len(mid))
             + pages[-1:] for k in (1, 4, 16, 32)}
    half = len(pages[1]) // 2
    grown["a 50,000-letter token"] = pages[:1] + [pages[1][:half] + " " + "a" * 50_000 + " "
                                                 + pages[1][half:]] + pages[2:]
    return grown


def lengths(out: str, pdf: str, runs: int = 3) -> None:
    """Cost per character of one ruling's text grown to many times its length, in-process."""
    import tempfile

    from geschil.ingest import load
    from geschil.pipeline import extract_path

    pages = load(pdf).raw_pages
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, shape in _shapes(pages).items():
            path = Path(tmp) / "ruling.txt"
            text = "\f".join(shape)
            path.write_text(text, encoding="utf-8")
            extract_path(path)
            best = _best(lambda p=path: extract_path(p), runs)
            rows.append({"shape": name, "chars": len(text), "seconds": best["cpu"]})
    Path(out).write_text(json.dumps(rows))


def spin(n: int = 15_000_000) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


if __name__ == "__main__":
    stage, target, *names = sys.argv[1:]
    {"pdfium": lambda: print(_bare_pdfium(names)),
     "pdfplumber": lambda: print(_bare_pdfplumber(names)),
     "inprocess": lambda: inprocess(target, names),
     "batch": lambda: batch_api(target, names[0], names[1], names[2:]),
     "lengths": lambda: lengths(target, names[0]),
     "spin": lambda: print(spin())}[stage]()
