"""Helpers of bench.py: the files, one measured process, the tables (stages.py holds what runs
inside the measured processes)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"pipeline_vs_text": 2.0, "process_vs_text": 3.0, "cores": 1.8, "cache": 50.0,
           "help": 0.15, "memory": 1.25, "length": 2.0}


NOTES = [
    "- The `geschil` rows include interpreter start-up and imports, like an analyst's run. A "
    "cached run imports neither typer nor pydantic nor the pipeline, and writes each hit's bytes "
    "as stored, so its ratio to a cold run grows with the number of files; the batch API rows "
    "time the engine alone.",
    "- The table of compiled regex code (geschil/recache.py, in the user cache dir) is warm, as "
    "after any first run; on a fresh machine the first run compiles every pattern once (about "
    "0.16 s more).",
    "- geschil is byte-compiled first (as `pip install` leaves it): this machine sets "
    "PYTHONDONTWRITEBYTECODE, under which an editable install would compile every module from "
    "source at each start.",
    "- The machine has 2 cores and may be shared: each timing is the best of `--repeat` runs. "
    "Fixed costs (start-up, the pipeline's import before the workers fork) weigh on small runs.",
    "- A cache entry is one file per input (the record's JSON, the check's, the summary's "
    "fields); a hit is written out as the bytes stored, with its path replaced, without building "
    "a model.",
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
    cpu: float | None = None  # user + system seconds of the process tree (workers included)

    def rate(self, count: int) -> str:
        if not self.seconds or not count:
            return ""
        return f"{count / self.seconds:,.1f}"


# ---- files ---------------------------------------------------------------------------------

def corpus_files() -> list[Path]:
    # the corpus of every producer (pages without space glyphs included: pdfium's own characters
    # space them), and the seed ruling's rendering when corpus/build.py --seed-only has made it
    found = sorted((ROOT / "corpus").glob("*.pdf"))
    found += sorted((ROOT / "build").glob("seed_*.pdf"))
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
    # stderr to a file, not a pipe: a batch's summary (a line per divergent ruling of 1,000) would
    # fill a pipe nobody reads until the process ends, and the process would wait on it forever
    with tempfile.TemporaryFile() as errfile:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errfile)
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
        errfile.seek(0)
        err = errfile.read().decode(errors="replace")
    if proc.returncode not in (0, 1):
        print(f"{name}: exit {proc.returncode}\n{err[-2000:]}", file=sys.stderr)
    # ru_maxrss: the largest single process, a floor when the run was too short to sample
    peak_kb = max(peak[0], usage.ru_maxrss)
    print(f"  {name}: {seconds:.2f} s, {peak_kb / 1024:.0f} MB", file=sys.stderr)
    return Result(name, files, pages, seconds, peak_kb / 1024,
                  note="" if proc.returncode in (0, 1) else f"exit {proc.returncode}",
                  cpu=usage.ru_utime + usage.ru_stime)


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    import platform

    return platform.processor() or "unknown CPU"


# ---- the table ------------------------------------------------------------------------------

def _row(r: Result) -> str:
    secs = f"{r.seconds:.3f}" if r.seconds is not None else "–"
    cpu = f"{r.cpu:.3f}" if r.cpu is not None else "–"
    mem = f"{r.peak_mb:.0f}" if r.peak_mb is not None else "–"
    return (f"| {r.name} | {r.files} | {r.pages} | {secs} | {cpu} | {r.rate(r.pages)} | "
            f"{r.rate(r.files)} | {mem} | {r.note} |")


def _find(results: list[Result], start: str) -> Result | None:
    return next((r for r in results if r.name.startswith(start) and r.seconds), None)


def targets(results: list[Result], cores: int, lengths: list[dict]) -> list[str]:
    """Each target of issue 12 with the measured figure and whether it is met."""
    lines = ["| target | measured | met |", "| --- | --- | --- |"]

    def add(label: str, value: float | None, ok: bool | None, fmt: str) -> None:
        shown = "–" if value is None else fmt.format(value)
        lines.append(f"| {label} | {shown} | {'–' if ok is None else 'yes' if ok else 'NO'} |")

    def ratio(a: str, b: str, wall: bool = False) -> float | None:
        """Of CPU seconds (what other work on a shared machine disturbs least), or of wall
        seconds where only those tell (more cores)."""
        ra, rb = _find(results, a), _find(results, b)
        if not (ra and rb):
            return None
        if not wall and ra.cpu and rb.cpu:
            return ra.cpu / rb.cpu
        return ra.seconds / rb.seconds

    t = TARGETS
    r = ratio("in-process: pipeline extract", "in-process: pypdfium2")
    add(f"pipeline ≤ {t['pipeline_vs_text']}× pypdfium2 text extraction, in-process", r,
        None if r is None else r <= t["pipeline_vs_text"], "{:.1f}×")
    r = ratio("geschil extract --jobs 1 (cold)", "pypdfium2 get_text_range (bare)")
    add(f"`geschil extract --jobs 1 --no-cache` ≤ {t['process_vs_text']}× a pypdfium2 process",
        r, None if r is None else r <= t["process_vs_text"], "{:.1f}×")
    pair = _find(results, "paired: geschil extract --jobs 1 (cold) / pypdfium2")
    if pair and pair.seconds:
        add(f"the same, median of back-to-back pairs (≤ {t['process_vs_text']}×)", pair.seconds,
            pair.seconds <= t["process_vs_text"], "{:.1f}×")
    for command in ("extract", "check"):
        r = ratio(f"geschil {command} --jobs 1 (cold)", f"geschil {command} --jobs 1 (cached)")
        add(f"`geschil {command}` cached ≥ {t['cache']:.0f}× faster than cold (one job)", r,
            None if r is None else r >= t["cache"], "{:.0f}×")
        if cores > 1:
            r = ratio(f"geschil {command} --jobs 1 (cold)", f"geschil {command} --jobs {cores} (cold)",
                      wall=True)
            add(f"`geschil {command} --jobs {cores}` ≥ {t['cores']}× `--jobs 1` (best of each)", r,
                None if r is None else r >= t["cores"], "{:.2f}×")
            pair = _find(results, f"paired: geschil {command} --jobs 1")
            if pair:
                add(f"`geschil {command} --jobs {cores}` ≥ {t['cores']}× `--jobs 1` (best "
                    "back-to-back pair)", pair.seconds, pair.seconds >= t["cores"], "{:.2f}×")
    steady = _find(results, "paired at ")
    if steady and steady.seconds:
        add(f"the same at {steady.name.split()[2]} rulings, start-up spread over the batch "
            f"(≥ {t['cores']}×)", steady.seconds, steady.seconds >= t["cores"], "{:.2f}×")
    ceiling = _find(results, "parallel ceiling")
    if ceiling:
        add(f"(this machine's ceiling: {cores} independent pure-Python processes vs 1)",
            ceiling.seconds, None, "{:.2f}×")
    r = ratio("batch API extract+check --jobs 1 (cold)", "batch API extract+check --jobs 1 (cached)")
    add(f"batch API cached ≥ {t['cache']:.0f}× faster than cold", r,
        None if r is None else r >= t["cache"], "{:.0f}×")
    help_ = _find(results, "geschil --help")
    add(f"`geschil --help` < {t['help']} s", help_.seconds if help_ else None,
        None if not help_ else help_.seconds < t["help"], "{:.3f} s")
    scaled = [r for r in results if "memory scaling" in r.name and r.peak_mb]
    if len(scaled) == 2:
        grow = scaled[1].peak_mb / scaled[0].peak_mb
        add(f"peak memory {scaled[1].files} vs {scaled[0].files} rulings (≤ {t['memory']}×)",
            grow, grow <= t["memory"], "{:.2f}×")
    if lengths:
        base = lengths[0]["seconds"] / lengths[0]["chars"]
        worst = max(row["seconds"] / row["chars"] for row in lengths) / base
        add(f"cost per character, longest or tokenised vs normal ruling (≤ {t['length']}×)",
            worst, worst <= t["length"], "{:.2f}×")
    return lines


def length_table(lengths: list[dict]) -> list[str]:
    if not lengths:
        return []
    base = lengths[0]["seconds"] / lengths[0]["chars"]
    rows = ["| text | characters | seconds | µs per character | vs normal |",
            "| --- | ---: | ---: | ---: | ---: |"]
    for row in lengths:
        per = row["seconds"] / row["chars"]
        rows.append(f"| {row['shape']} | {row['chars']:,} | {row['seconds']:.3f} | "
                    f"{per * 1e6:.2f} | {per / base:.2f}× |")
    return ["## Cost with document length", "", "One ruling's text (as a .txt file, so the PDF "
            "reader is not counted) grown by repeating a middle page, and with one unbroken "
            "token; in-process, CPU seconds, best of 3.", "", *rows, ""]


def write_results(out: Path, results: list[Result], files: list[Path], pages: int, cores: int,
                  profile: str | None, lengths: list[dict] | None = None) -> None:
    import platform

    from geschil.ingest.backends import DEFAULT_BACKEND

    head = [
        "# geschil benchmark",
        "",
        f"Written by `bench/bench.py` on {time.strftime('%Y-%m-%d %H:%M')}: {len(files)} rulings "
        f"({pages} pages, copies of corpus/*.pdf made unique), {cores} cores "
        f"({_cpu()}), Python {platform.python_version()}, default backend "
        f"`{DEFAULT_BACKEND}`, load average {os.getloadavg()[0]:.2f} at the end. Every stage runs in a "
        "process of its own; peak memory is the largest RSS of its whole process tree (workers "
        "included). geschil runs include process start-up and JSON output, like an analyst's.",
        "",
        "| measure | rulings | pages | seconds | CPU s | pages/s | rulings/s | peak MB | note |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    body = [_row(r) for r in results]
    parts = [*head, *body, "", "## Targets", "", *targets(results, cores, lengths or []), "",
             *length_table(lengths or [])]
    if profile:
        parts += ["## Profile", "", profile]
    parts += ["## Reading the figures", "", *NOTES]
    out.write_text("\n".join(parts) + "\n", encoding="utf-8")
