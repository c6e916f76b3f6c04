"""The batch commands `extract` and `check` as plain functions that return the exit code.

Both the typer CLI (cli.py) and its light front for the common cases (quick.py) call these, so
a cached run need not import typer.
"""

from __future__ import annotations

import sys

from geschil import TYPE_CHECKING
from geschil.cli_support import analyse, close, collect, default_fmt, noting, plain, sink, stderr

if TYPE_CHECKING:
    from pathlib import Path

MEMORY_MB = 1024  # = workers.MEMORY_MB, which is not imported for --help
# 3 = both a divergence (1) and an input that could not be analysed (2) in one batch
OK, DIVERGENT, BAD_INPUT, DIVERGENT_AND_BAD = 0, 1, 2, 3


def exit_code(failed: int, divergent: bool) -> int:
    """Distinct codes, so that a script can tell a divergent ruling from a bad file."""
    return DIVERGENT_AND_BAD if failed and divergent else BAD_INPUT if failed else \
        DIVERGENT if divergent else OK


def extract(paths: list[str], fmt: str | None = None, out: Path | None = None,
            jobs: int | None = None, no_cache: bool = False, cache_dir: Path | None = None,
            db: Path | None = None, password: str | None = None, max_pages: int = 200,
            timeout: float = 120.0, max_memory: int = MEMORY_MB, lang: str = "nl",
            include_text: bool = False) -> int:
    """Extract the structured record of each ruling."""
    state: dict = {}
    inputs, single = collect(paths, include_text)
    fmt_name = fmt or default_fmt(out, single)
    if fmt_name == "csv" and out is None:
        plain(stderr(), "error: --format csv writes seven tables (rulings, citations, events, "
                        "requests, findings, parts, grounds): give the folder for them with -o DIR")
        return BAD_INPUT
    # several files are checked too: their summary counts statuses
    noted: list = []  # one small summary line per item: JSON Lines still stream, memory stays flat
    items = noting(analyse(inputs, check=fmt_name == "csv" or db is not None or not single,
                           jobs=jobs, no_cache=no_cache, cache_dir=cache_dir, password=password,
                           max_pages=max_pages, timeout=timeout, state=state,
                           max_memory=max_memory, lang=lang), noted)
    if fmt_name == "csv" or db is not None:
        items = list(items)  # written more than once
    from geschil.output import emit

    if fmt_name == "csv":
        emit.csv(items, out)
    else:
        with sink(out) as stream:
            emit.records(fmt_name, items, stream, single, lang)
    if db is not None:
        from geschil.output import db as dbout

        dbout.write(db, [(i.record, i.check) for i in items])
    close(noted, fmt_name if out is None else "file", lang)
    return exit_code(state["failed"], False)


def check(paths: list[str], fmt: str | None = None, corpus: bool = False,
          status: str | None = None, jobs: int | None = None, no_cache: bool = False,
          cache_dir: Path | None = None, password: str | None = None, max_pages: int = 200,
          timeout: float = 120.0, max_memory: int = MEMORY_MB, lang: str = "nl",
          include_text: bool = False) -> int:
    """Re-run the eligibility rules and compare them with the committee's outcome."""
    state: dict = {}
    inputs, single = collect(paths, include_text)
    items = list(analyse(inputs, check=True, jobs=jobs, no_cache=no_cache, cache_dir=cache_dir,
                         password=password, max_pages=max_pages, timeout=timeout, state=state,
                         max_memory=max_memory, lang=lang))
    fmt_name = fmt or default_fmt(None, single)
    groups = None
    if corpus:
        from geschil import consistency

        groups = consistency.inconsistent([(i.record, i.check) for i in items])
    from geschil.output import emit
    from geschil.output.summary import of

    summed = [of(i) for i in items]  # each item's summary fields: its status without its JSON
    statuses = [line.status for line in summed]
    shown = [i for i, s in zip(items, statuses, strict=True) if status is None or s == status]
    if fmt_name != "table" and groups is None:  # the JSON texts as they are: no model is built
        emit.raw(fmt_name, [i.check_raw for i in shown], sys.stdout, single)
    else:
        emit.checks(fmt_name, [i.check for i in shown], groups, single, lang=lang)
    close(summed, fmt_name, lang)
    divergent = "divergent" in statuses
    return exit_code(state["failed"], divergent)
