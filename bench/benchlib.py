"""Helpers of bench.py: the files, one measured process, the bare extractors, the profile, the table.

Run as a script (`benchlib.py pdfplumber|pdfium FILE...`) it is the bare text extraction that
bench.py measures in a process of its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"pipeline_vs_text": 2.0, "cores": 1.7, "cache": 50.0, "help": 0.3, "memory": 1.25}


NOTES = [
    "- The `geschil` rows include interpreter start-up and imports (Python, typer, pydantic and "
    "the record models: about 0.4 s), so a cached CLI run is bound by start-up, not by the "
    "cache; the batch API rows time the engine alone.",
    "- The machine has 2 cores and may be shared: each timing is the best of `--repeat` runs. "
    "Fixed costs (worker start, imports per worker) weigh on small runs; `--n 100` shows the "
    "amortised speed-up of all cores.",
    "- A cache entry is one file per input (the record's JSON, then the check's), read with "
    "pydantic's JSON validation; `extract` parses only the record.",
    "- Peak memory is sampled every 20 ms over the whole process tree; the scaling rows must "
    "stay flat because batch streams records and never holds the batch.",
]


@dataclass
class Result:
    name: str
    files: int
    pages: int
    seconds: float | None
    peak_mb: float | None
    note: str = ""

    def rate(self, count: int) -> str:
        if not self.seconds or not count:
            return ""
        return f"{count / self.seconds:,.1f}"


# ---- files ---------------------------------------------------------------------------------

def corpus_files() -> list[Path]:
    # the corpus, and the seed ruling's rendering when corpus/build.py --seed-only has made it
    found = sorted((ROOT / "corpus").glob("*.pdf")) + sorted((ROOT / "build").glob("seed_*.pdf"))
    if not found:
        raise SystemExit("no corpus/*.pdf to benchmark (run corpus/build.py first)")
    return found


def page_count(path: Path) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return len(pdf)
    finally:
        pdf.close()


def make_rulings(sources: list[Path], n: int, folder: Path) -> list[Path]:
    """n copies of the corpus rulings, round robin, each made unique (a cache must not merge them)."""
    import pikepdf

    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        src = sources[i % len(sources)]
        dst = folder / f"{i:05d}_{src.name}"
        with pikepdf.open(src) as pdf:
            pdf.docinfo["/Subject"] = f"geschil bench copy {i}"
            pdf.save(dst)
        out.append(dst)
    return out


# ---- one measured process -------------------------------------------------------------------

def _tree_rss_kb(root: int) -> int:
    """RSS of a process and all its descendants, in kB (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            ppid, pages = int(fields[1]), int(fields[21])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = pages * os.sysconf("SC_PAGE_SIZE") // 1024
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total


def run_measured(name: str, cmd: list[str], files: int, pages: int) -> Result:
    """Wall time and peak RSS of the whole process tree (workers included), sampled every 20 ms."""
    peak = [0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - t0
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        print(f"{name}: exit {proc.returncode}\n{err[-2000:]}", file=sys.stderr)
    # ru_maxrss: the largest single process, a floor when the run was too short to sample
    peak_kb = max(peak[0], usage.ru_maxrss)
    print(f"  {name}: {seconds:.2f} s, {peak_kb / 1024:.0f} MB", file=sys.stderr)
    return Result(name, files, pages, seconds, peak_kb / 1024,
                  note="" if proc.returncode in (0, 1) else f"exit {proc.returncode}")


# ---- bare extractors (run in their own process) ----------------------------------------------

def bare_pdfplumber(files: list[str]) -> int:
    import pdfplumber

    n = 0
    for f in files:
        with pdfplumber.open(f) as pdf:
            for page in pdf.pages:
                n += len(page.extract_text() or "")
    return n


def bare_pdfium(files: list[str]) -> int:
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


def batch_api(out: str, jobs: str, cache_dir: str, files: list[str]) -> None:
    """The batch engine alone (imports done first): seconds of a cold run, then a cached one."""
    import json

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


# ---- the table ------------------------------------------------------------------------------

def _row(r: Result) -> str:
    secs = f"{r.seconds:.3f}" if r.seconds is not None else "–"
    mem = f"{r.peak_mb:.0f}" if r.peak_mb is not None else "–"
    return f"| {r.name} | {r.files} | {r.pages} | {secs} | {r.rate(r.pages)} | {r.rate(r.files)} | {mem} | {r.note} |"


def _find(results: list[Result], start: str) -> Result | None:
    return next((r for r in results if r.name.startswith(start) and r.seconds), None)


def targets(results: list[Result], cores: int) -> list[str]:
    """Each target of the issue with the measured figure and whether it is met."""
    lines = ["| target | measured | met |", "| --- | --- | --- |"]

    def add(label: str, value: float | None, ok: bool | None, fmt: str) -> None:
        shown = "–" if value is None else fmt.format(value)
        lines.append(f"| {label} | {shown} | {'–' if ok is None else 'yes' if ok else 'NO'} |")

    text = [r for r in results if r.seconds and ("pdftotext" in r.name or "pypdfium2" in r.name)]
    fastest = min(text, key=lambda r: r.seconds) if text else None
    for label, prefix in (("`geschil extract`", "geschil extract --jobs"),
                          ("batch API", "batch API extract+check --jobs")):
        one = _find(results, f"{prefix} 1 (cold)")
        alln = _find(results, f"{prefix} {cores} (cold)")
        cached = _find(results, f"{prefix} {cores} (cached)")
        ratio = one.seconds / fastest.seconds if one and fastest else None
        add(f"{label}, 1 core, ≤ {TARGETS['pipeline_vs_text']}× the fastest text extraction "
            f"({fastest.name if fastest else '?'})", ratio,
            None if ratio is None else ratio <= TARGETS["pipeline_vs_text"], "{:.1f}×")
        speed = one.seconds / alln.seconds if one and alln and cores > 1 else None
        add(f"{label}, all {cores} cores ≥ {TARGETS['cores']}× one core", speed,
            None if speed is None else speed >= TARGETS["cores"], "{:.3f}×")
        hit = alln.seconds / cached.seconds if alln and cached else None
        add(f"{label}, cached ≥ {TARGETS['cache']:.0f}× faster than cold", hit,
            None if hit is None else hit >= TARGETS["cache"], "{:.0f}×")
    help_ = _find(results, "geschil --help")
    add(f"`geschil --help` < {TARGETS['help']} s", help_.seconds if help_ else None,
        None if not help_ else help_.seconds < TARGETS["help"], "{:.3f} s")
    scaled = [r for r in results if "memory scaling" in r.name and r.peak_mb]
    if len(scaled) == 2:
        grow = scaled[1].peak_mb / scaled[0].peak_mb
        add(f"peak memory {scaled[1].files} vs {scaled[0].files} rulings (≤ {TARGETS['memory']}×)",
            grow, grow <= TARGETS["memory"], "{:.2f}×")
    return lines


def write_results(out: Path, results: list[Result], files: list[Path], pages: int, cores: int,
                  profile: str | None) -> None:
    import platform

    from geschil.ingest.backends import DEFAULT_BACKEND

    head = [
        "# geschil benchmark",
        "",
        f"Written by `bench/bench.py` on {time.strftime('%Y-%m-%d %H:%M')}: {len(files)} rulings "
        f"({pages} pages, copies of corpus/*.pdf made unique), {cores} cores, Python "
        f"{platform.python_version()}, default backend `{DEFAULT_BACKEND}`. Every stage runs in a "
        "process of its own; peak memory is the largest RSS of its whole process tree (workers "
        "included). geschil runs include process start-up and JSON output, like an analyst's.",
        "",
        "| measure | rulings | pages | seconds | pages/s | rulings/s | peak MB | note |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    body = [_row(r) for r in results]
    parts = [*head, *body, "", "## Targets", "", *targets(results, cores), ""]
    if profile:
        parts += ["## Profile", "", profile]
    parts += ["## Reading the figures", "", *NOTES]
    out.write_text("\n".join(parts) + "\n", encoding="utf-8")


if __name__ == "__main__":
    stage, names = sys.argv[1], sys.argv[2:]
    if stage == "batch":
        batch_api(names[0], names[1], names[2], names[3:])
    else:
        print({"pdfplumber": bare_pdfplumber, "pdfium": bare_pdfium}[stage](names))
