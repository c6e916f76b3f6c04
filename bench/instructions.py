"""Instructions, not seconds: the pipeline and pypdfium2's bare text under callgrind, counted.

    .venv/bin/python bench/instructions.py [--n 25] [--code ROOT ...] [--stages]

On a shared VM the seconds of one run drift by a third from the next (bench/RESULTS.md); the
number of instructions executed does not. This counts, with valgrind's callgrind, the
instructions of one pass over N corpus PDFs (after a warm pass, so imports and lazily compiled
patterns are not counted): pypdfium2's bare text extraction, and extract + check with the
geschil code under each ROOT given (a checkout of another commit: its pipeline side by side
with this one's). Instructions are not time (C code and the interpreter differ in instructions
per cycle), but two runs of the same code count the same. Not a test: numbers, not verdicts.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from benchlib import corpus_files, make_rulings  # noqa: E402

PIPELINE = """
import sys
from geschil import reason
from geschil.pipeline import extract_path
files = sys.argv[1:]
for f in files:
    reason.check(extract_path(f))
def measured():
    for f in files:
        reason.check(extract_path(f))
sys.call_tracing(measured, ())
"""

# The same pass, counting one stage only: the other stages run uncounted around it.
STAGE = """
import sys
from geschil import reason
from geschil.extract.record import build_record
from geschil.ingest import load
files = sys.argv[1:]
for f in files:
    reason.check(build_record(load(f)))
def counted(stage, fn, *args):
    return sys.call_tracing(fn, args) if stage == STAGE else fn(*args)
for f in files:
    doc = counted("load", load, f)
    record = counted("build", build_record, doc)
    counted("check", reason.check, record)
"""
STAGES = ("load", "build", "check")

BARE = """
import sys
import pypdfium2 as pdfium
files = sys.argv[1:]
def bare():
    for f in files:
        pdf = pdfium.PdfDocument(f)
        for i in range(len(pdf)):
            page = pdf[i]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        pdf.close()
bare()
sys.call_tracing(bare, ())
"""


def count(script: str, files: list[Path], root: Path | None) -> int:
    """Instructions executed inside the measured pass only (run by sys.call_tracing, a C
    function nothing else calls, on whose entry and exit callgrind starts and stops counting)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        env = {**os.environ, **({"PYTHONPATH": str(root)} if root else {})}
        subprocess.run(["valgrind", "--tool=callgrind", "--collect-atstart=no",
                        "--toggle-collect=sys_call_tracing", f"--callgrind-out-file={out}",
                        sys.executable, "-c", script, *map(str, files)],
                       env=env, cwd=tmp, check=True, capture_output=True)  # not this checkout's cwd
        summary = re.search(r"^summary:\s+(\d+)", out.read_text(), re.M)
        return int(summary.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--code", type=Path, nargs="*", default=[HERE.parent],
                    help="geschil checkouts to count (default: this one)")
    ap.add_argument("--stages", action="store_true", help="also count load, build and check apart")
    args = ap.parse_args()
    if not shutil.which("valgrind"):
        print("valgrind is not installed", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        files = make_rulings(corpus_files(), args.n, Path(tmp))
        bare = count(BARE, files, None)
        print(f"{args.n} rulings; pypdfium2 bare text: {bare:,} instructions")
        for root in args.code:
            n = count(PIPELINE, files, root.resolve())
            print(f"extract + check ({root}): {n:,} instructions, {n / bare:.2f}× the bare text")
            for stage in STAGES if args.stages else ():
                k = count(f"STAGE = {stage!r}\n" + STAGE, files, root.resolve())
                print(f"  {stage}: {k:,} instructions, {k / bare:.2f}× the bare text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
