"""In-process stages of bench.py, each run as a script in a process of its own:

    stages.py inprocess OUT.json FILE...   bare pypdfium2 text vs the pipeline, imports excluded
    stages.py lengths OUT.json PDF         cost per character as a ruling grows, and of a long token

Times are the best of a few runs (the least disturbed by other work on a shared machine).
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


def inprocess(out: str, files: list[str], runs: int = 3) -> None:
    """The pipeline (extract, then extract + check) against pypdfium2's bare text, same files."""
    from geschil import reason
    from geschil.pipeline import extract_path

    extract_path(files[0])  # imports and compiled patterns are not counted
    bare = _best(lambda: _bare_pdfium(files), runs)
    extract = _best(lambda: [extract_path(f) for f in files], runs)
    check = _best(lambda: [reason.check(extract_path(f)) for f in files], runs)
    Path(out).write_text(json.dumps({"bare": bare, "extract": extract, "check": check}))


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


if __name__ == "__main__":
    stage, target, *names = sys.argv[1:]
    {"inprocess": lambda: inprocess(target, names),
     "lengths": lambda: lengths(target, names[0])}[stage]()
