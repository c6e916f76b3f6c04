"""Benchmark: bare text extraction against geschil end to end, on the same files in one run.

    .venv/bin/python bench/bench.py --n 100               the tables in bench/RESULTS.md
    .venv/bin/python bench/bench.py --n 100 --scale 1000  also peak memory for 10 vs 1000 rulings

Every measured stage runs in its own process, so that its peak memory (the largest RSS of the
process tree, sampled from /proc) and its time are its own. Not a test: numbers, not verdicts.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from benchlib import (  # noqa: E402
    Result,
    corpus_files,
    make_rulings,
    page_count,
    run_measured,
    write_results,
)
from profiling import profile_modules, profile_one  # noqa: E402

ROOT = HERE.parent
GESCHIL = [sys.executable, "-m", "geschil.cli"]


def _script() -> list[str]:
    """The installed `geschil` command beside this Python, else the module."""
    script = Path(sys.executable).with_name("geschil")
    return [str(script)] if script.exists() else GESCHIL


def bare(stage: str, files: list[Path]) -> list[str]:
    return [sys.executable, str(HERE / "stages.py"), stage, "-", *map(str, files)]


def best(runs: list[Result]) -> Result:
    """The fastest of repeated runs (the least disturbed by other work on the machine); its CPU
    seconds are the least of the runs' too."""
    fastest = min(runs, key=lambda r: r.seconds if r.seconds is not None else float("inf"))
    fastest.peak_mb = max((r.peak_mb or 0) for r in runs) or None
    cpus = [r.cpu for r in runs if r.cpu is not None]
    fastest.cpu = min(cpus) if cpus else None
    if len(runs) > 1:
        fastest.note = (fastest.note + f" best of {len(runs)}").strip()
    return fastest


def measured(name: str, cmd: list[str], files: int, pages: int, repeat: int) -> Result:
    return best([run_measured(name, cmd, files, pages) for _ in range(repeat)])


def measure_text(files: list[Path], pages: int, repeat: int) -> list[Result]:
    out = []
    if shutil.which("pdftotext"):
        script = "for f in \"$@\"; do pdftotext -layout \"$f\" - > /dev/null; done"
        out.append(measured("pdftotext -layout (poppler)", ["sh", "-c", script, "sh", *map(str, files)],
                            len(files), pages, repeat))
    else:
        print("pdftotext: not installed (poppler-utils), skipped", file=sys.stderr)
        out.append(Result("pdftotext (poppler)", len(files), pages, None, None,
                          note="not installed: skipped"))
    out.append(run_measured("pdfplumber extract_text (bare)", bare("pdfplumber", files), len(files), pages))
    return out  # pypdfium2's bare text is measured in the rounds of measure_geschil


def measure_geschil(files: list[Path], pages: int, cores: int, work: Path, repeat: int) -> list[Result]:
    """Cold then cached runs; the repeats go round all measures, so that a burst of other work
    on a shared machine spoils one run of several measures rather than every run of one."""
    names = list(map(str, files))
    measures = [(command, jobs) for command in ("extract", "check") for jobs in sorted({1, cores})]
    cold: dict = {m: [] for m in measures}
    warm: dict = {m: [] for m in measures}
    text: list[Result] = []  # pypdfium2's bare text in each round, beside the runs it is held to
    for _ in range(repeat):
        text.append(run_measured("pypdfium2 get_text_range (bare)", bare("pdfium", files), len(files),
                                 pages))
        for command, jobs in measures:
            cache = work / f"cache-{command}-{jobs}"
            shutil.rmtree(cache, ignore_errors=True)
            cmd = [*_script(), command, *names, "--format", "jsonl", "--jobs", str(jobs),
                   "--cache-dir", str(cache)]
            cold[command, jobs].append(
                run_measured(f"geschil {command} --jobs {jobs} (cold)", cmd, len(files), pages))
            warm[command, jobs].append(
                run_measured(f"geschil {command} --jobs {jobs} (cached)", cmd, len(files), pages))
    paired = [_paired(command, cold[command, 1], cold[command, cores], cores)
              for command in ("extract", "check") if cores > 1]
    return ([best(text)] + [r for m in measures for r in (best(cold[m]), best(warm[m]))] + paired
            + [_against_text(cold["extract", 1], text)])


def _against_text(runs: list[Result], text: list[Result]) -> Result:
    """`geschil extract --jobs 1` cold against pypdfium2's bare text run just before it, in each
    round: the median of the rounds' ratios, which a disturbed run moves least."""
    ratios = sorted(a.seconds / b.seconds for a, b in zip(runs, text, strict=True)
                    if a.seconds and b.seconds)
    return Result("paired: geschil extract --jobs 1 (cold) / pypdfium2 bare text", 0, 0,
                  statistics.median(ratios) if ratios else None, None,
                  note=f"median of {len(ratios)} back-to-back pairs; a ratio, not seconds")


def _paired(command: str, one: list[Result], many: list[Result], cores: int) -> Result:
    """--jobs 1 against --jobs N, run back to back in each repeat: the best pair shows what the
    cores give when they are free, which best-of-each alone may take from different moments."""
    ratios = [a.seconds / b.seconds for a, b in zip(one, many, strict=True) if a.seconds and b.seconds]
    return Result(f"paired: geschil {command} --jobs 1 / --jobs {cores} (cold)", 0, 0,
                  max(ratios) if ratios else None, None,
                  note=f"best of {len(ratios)} back-to-back pairs; a ratio, not seconds")


def measure_batch(files: list[Path], pages: int, cores: int, work: Path, repeat: int) -> list[Result]:
    """The batch API in one process (extract + check): cold then cached, start-up not counted."""
    import json

    all_jobs = sorted({1, cores})
    cold: dict = {jobs: [] for jobs in all_jobs}
    warm: dict = {jobs: [] for jobs in all_jobs}
    for i in range(repeat):  # round all measures, as in measure_geschil
        for jobs in all_jobs:
            report, cache = work / f"batch-{jobs}-{i}.json", work / f"batch-cache-{jobs}-{i}"
            cmd = [sys.executable, str(HERE / "stages.py"), "batch", str(report), str(jobs),
                   str(cache), *map(str, files)]
            whole = run_measured(f"batch API --jobs {jobs}", cmd, len(files), pages)
            if not report.exists():
                continue
            t = json.loads(report.read_text())
            cold[jobs].append(Result(f"batch API extract+check --jobs {jobs} (cold)", len(files), pages,
                                     t["cold"], whole.peak_mb, note="in-process, imports excluded;"))
            warm[jobs].append(Result(f"batch API extract+check --jobs {jobs} (cached)", len(files),
                                     pages, t["cached"], whole.peak_mb,
                                     note=f"{t['from_cache']} of {len(files)} from cache;"))
    return [r for jobs in all_jobs if cold[jobs] for r in (best(cold[jobs]), best(warm[jobs]))]


def measure_inprocess(files: list[Path], pages: int, work: Path) -> list[Result]:
    """pypdfium2's bare text against the pipeline, in one process, imports excluded."""
    import json

    out = work / "inprocess.json"
    cmd = [sys.executable, str(HERE / "stages.py"), "inprocess", str(out), *map(str, files)]
    whole = run_measured("in-process stages", cmd, len(files), pages)
    if not out.exists():
        return []
    t = json.loads(out.read_text())
    note = "in-process, imports excluded; best of 5 rounds (bare, extract, check in turn)"
    return [Result(f"in-process: {name}", len(files), pages, t[key]["wall"], whole.peak_mb, note,
                   cpu=t[key]["cpu"])
            for key, name in (("bare", "pypdfium2 get_text_range (bare)"),
                              ("extract", "pipeline extract"),
                              ("check", "pipeline extract + check"))]


def measure_lengths(work: Path) -> list[dict]:
    """Cost per character of one ruling grown to 32× its length, and with a 50,000-letter token."""
    import json

    out = work / "lengths.json"
    source = min(corpus_files(), key=page_count)
    subprocess.run([sys.executable, str(HERE / "stages.py"), "lengths", str(out), str(source)],
                   check=False)
    return json.loads(out.read_text()) if out.exists() else []


def parallel_ceiling(cores: int, repeat: int) -> Result:
    """What `cores` independent copies of a pure-Python loop achieve against one: the most any
    `--jobs` can gain on this machine as it is (shared cores, a VM's scheduling)."""
    cmd = [sys.executable, str(HERE / "stages.py"), "spin", "-"]
    ratios = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        one = time.perf_counter() - t0
        t0 = time.perf_counter()
        procs = [subprocess.Popen(cmd, stdout=subprocess.DEVNULL) for _ in range(cores)]
        for proc in procs:
            proc.wait()
        ratios.append(cores * one / (time.perf_counter() - t0))
    return Result(f"parallel ceiling: {cores} CPU-bound processes vs 1 (throughput ×)", 0, 0,
                  max(ratios), None, note=f"best of {repeat}; a ratio, not seconds")


def startup(repeat: int = 7) -> Result:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run([*_script(), "--help"], capture_output=True, check=True)
        times.append(time.perf_counter() - t0)
    return Result("geschil --help (start-up, median of 7)", 0, 0, statistics.median(times), None,
                  note=f"min {min(times):.3f} s")


def scale(sizes: list[int], work: Path, cores: int) -> list[Result]:
    """Peak memory of one batch of n rulings, n small then large: it must not grow with n."""
    small = [p for p in corpus_files() if page_count(p) <= 4] or corpus_files()
    out = []
    for n in sizes:
        files = make_rulings(small, n, work / f"scale{n}")
        pages = sum(page_count(f) for f in files)
        cmd = [*_script(), "extract", str(work / f"scale{n}"), "--format", "jsonl", "--no-cache",
               "--jobs", str(cores)]
        out.append(run_measured(f"geschil extract, {n} rulings (memory scaling)", cmd, n, pages))
    if cores > 1 and len(sizes) > 1:
        out.append(_steady_pair(out[-1], cmd, sizes[-1], pages))
    return out


def _steady_pair(many: Result, cmd: list[str], n: int, pages: int) -> Result:
    """--jobs 1 on the largest batch, right after its --jobs N run: what the cores give once the
    one-off start (the interpreter, the pipeline's import, the first ruling) is spread over many
    files; the batch of 100 pays that start in each lane."""
    one = run_measured(f"geschil extract --jobs 1, {n} rulings", [*cmd[:-1], "1"], n, pages)
    ratio = one.seconds / many.seconds if one.seconds and many.seconds else None
    return Result(f"paired at {n} rulings: geschil extract --jobs 1 / --jobs {cmd[-1]} (cold)", 0, 0,
                  ratio, None, note=f"one back-to-back pair; --jobs 1 took {one.seconds or 0:.1f} s; "
                                    "a ratio, not seconds")


def compile_package() -> None:
    """Byte-compile geschil as `pip install` does for an analyst: an editable install under
    PYTHONDONTWRITEBYTECODE (set here) would compile every module from source at each start,
    which is no analyst's start-up."""
    import compileall

    compileall.compile_dir(str(ROOT / "geschil"), quiet=1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20, help="rulings to build and measure")
    ap.add_argument("--scale", type=int, default=0, help="also compare peak memory, 10 vs this many")
    ap.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per measure; the best counts")
    ap.add_argument("--no-profile", action="store_true")
    args = ap.parse_args(argv)
    cores = os.cpu_count() or 1
    compile_package()
    with tempfile.TemporaryDirectory(prefix="geschil-bench-") as tmp:
        work = Path(tmp)
        files = make_rulings(corpus_files(), args.n, work / "rulings")
        pages = sum(page_count(f) for f in files)
        print(f"{len(files)} rulings, {pages} pages, {cores} cores", file=sys.stderr)
        results = (measure_text(files, pages, args.repeat)
                   + measure_inprocess(files, pages, work)
                   + measure_geschil(files, pages, cores, work, args.repeat)
                   + measure_batch(files, pages, cores, work, args.repeat))
        results.append(startup())
        if cores > 1:
            results.append(parallel_ceiling(cores, args.repeat))
        if args.scale:
            results += scale([10, args.scale], work, cores)
        lengths = measure_lengths(work)
        profile = None if args.no_profile else (profile_one(max(corpus_files(), key=page_count))
                                                 + "\n" + profile_modules(corpus_files()))
        write_results(args.out, results, files, pages, cores, profile, lengths)
    print(args.out.read_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
