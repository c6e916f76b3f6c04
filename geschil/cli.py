"""The `geschil` command: parse options, call a stage, hand the result to output/.

Thin on purpose: what a test needs lives in batch, verify and output. Heavy libraries are
imported inside the commands so that `geschil --help` stays fast.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from geschil import commands
from geschil.cli_support import (
    analyse,
    annotated_views,
    collect,
    fail_line,
    plain,
    read_text,
    stderr,
)
from geschil.commands import BAD_INPUT, DIVERGENT, DIVERGENT_AND_BAD, OK, exit_code  # noqa: F401


class _App(typer.Typer):
    """Typer, but an unexpected crash is one line on stderr instead of a traceback."""

    def __call__(self, *args, **kwargs):
        try:
            return super().__call__(*args, **kwargs)
        except Exception as exc:  # the last guard: an analyst should never see a traceback
            if os.environ.get("GESCHIL_DEBUG"):
                raise
            print(f"error: internal: {type(exc).__name__}: {exc} "
                  "(set GESCHIL_DEBUG=1 for the details)", file=sys.stderr)
            sys.exit(BAD_INPUT)



app = _App(help="Read, check and report on rulings of the Geschillencommissie "
                "Zorgverzekeringen (bindend advies).",
           no_args_is_help=True, pretty_exceptions_enable=False, add_completion=False,
           rich_markup_mode=None)


class Fmt(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class CheckFmt(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"


class Lang(str, Enum):
    nl = "nl"
    en = "en"


class StatusFilter(str, Enum):
    divergent = "divergent"
    undetermined = "undetermined"
    consistent = "consistent"


def _version(value: bool) -> None:
    if value:
        import geschil

        print(f"geschil {geschil.__version__}")
        raise typer.Exit(OK)


@app.callback()
def _main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                                help="Print the version and exit.")] = False):
    """Read, check and report on rulings of the Geschillencommissie Zorgverzekeringen."""


Paths = Annotated[list[str], typer.Argument(help="PDF/text files, folders (recursive) or globs.")]
Jobs = Annotated[int | None, typer.Option("--jobs", "-j", help="Parallel workers [default: cores].")]
NoCache = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the cache.")]
CacheDir = Annotated[Path | None, typer.Option("--cache-dir", help="Cache folder.")]
Password = Annotated[str | None, typer.Option("--password", help="Password of encrypted PDFs.")]
MaxPages = Annotated[int, typer.Option("--max-pages", help="Refuse files with more pages.")]
Timeout = Annotated[float, typer.Option("--timeout", help="Seconds allowed per file.")]
MaxMemory = Annotated[int, typer.Option("--max-memory", help="Megabytes of address space per worker; a file that needs more is too_large.")]
MEMORY_MB = commands.MEMORY_MB
LangOpt = Annotated[Lang, typer.Option("--lang", help="Language of labels, summaries and the check's reasons (JSON keeps its values).")]
IncludeText = Annotated[bool, typer.Option("--include-text", help="Folders and globs also yield .txt/.md files (default: PDFs only).")]


@app.command()
def extract(paths: Paths,
            fmt: Annotated[Fmt | None, typer.Option("--format", "-f", help="Output format [default: table on a terminal, else json for one file, jsonl for several].")] = None,
            out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file (csv: the folder for its five tables).")] = None,
            jobs: Jobs = None, no_cache: NoCache = False, cache_dir: CacheDir = None,
            db: Annotated[Path | None, typer.Option("--db", help="Also upsert into this DuckDB file.")] = None,
            password: Password = None, max_pages: MaxPages = 200, timeout: Timeout = 120.0,
            max_memory: MaxMemory = MEMORY_MB,
            lang: LangOpt = Lang.nl, include_text: IncludeText = False):
    """Extract the structured record of each ruling."""
    raise typer.Exit(commands.extract(paths, fmt.value if fmt else None, out, jobs, no_cache,
                                      cache_dir, db, password, max_pages, timeout, max_memory,
                                      lang.value, include_text))


@app.command()
def check(paths: Paths,
          fmt: Annotated[CheckFmt | None, typer.Option("--format", "-f", help="Output format [default: table on a terminal, else json/jsonl].")] = None,
          corpus: Annotated[bool, typer.Option("--corpus", help="Add cross-ruling consistency: the same ground, condition and finding, yet different outcomes.")] = False,
          status: Annotated[StatusFilter | None, typer.Option("--status", help="Show only rulings with this status (the summary and exit code still cover all).")] = None,
          jobs: Jobs = None, no_cache: NoCache = False, cache_dir: CacheDir = None,
          password: Password = None, max_pages: MaxPages = 200, timeout: Timeout = 120.0,
            max_memory: MaxMemory = MEMORY_MB,
          lang: LangOpt = Lang.nl, include_text: IncludeText = False):
    """Re-run the eligibility rules and compare them with the committee's outcome."""
    raise typer.Exit(commands.check(paths, fmt.value if fmt else None, corpus,
                                    status.value if status else None, jobs, no_cache, cache_dir,
                                    password, max_pages, timeout, max_memory, lang.value,
                                    include_text))


@app.command()
def cite(text_or_file: Annotated[str, typer.Argument(help="Text, a file, or - for standard input.")],
         fmt: Annotated[CheckFmt, typer.Option("--format", "-f")] = CheckFmt.table):
    """Find the legal citations and decision references in any Dutch text."""
    from geschil.errors import GeschilError

    try:
        text = read_text(text_or_file)
    except GeschilError as exc:
        fail_line(stderr(), text_or_file, exc.kind, str(exc))
        raise typer.Exit(BAD_INPUT) from None
    from geschil.extract.citations import cite_text
    from geschil.output import emit

    emit.citations(fmt.value, cite_text(text))


@app.command()
def schema(check: Annotated[bool, typer.Option("--check", help="Schema of the check result.")] = False):
    """Print the JSON Schema of the record (or of the check result)."""
    import json

    from geschil.models import CheckResult, Record

    model = CheckResult if check else Record
    sys.stdout.write(json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2) + "\n")


@app.command()
def report(paths: Paths,
           out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path("report.html"),
           title: Annotated[str | None, typer.Option("--title", help="[default: geschil-rapport / geschil report]")] = None,
           annotate: Annotated[bool, typer.Option("--annotate/--no-annotate", help="Also write each ruling's annotated view (see `annotate`) into OUT_annotated/, linked from the table.")] = True,
           jobs: Jobs = None, no_cache: NoCache = False, cache_dir: CacheDir = None,
           password: Password = None, max_pages: MaxPages = 200, timeout: Timeout = 120.0,
            max_memory: MaxMemory = MEMORY_MB,
           lang: LangOpt = Lang.nl, include_text: IncludeText = False):
    """Write one self-contained HTML report over the rulings."""
    state: dict = {}
    inputs, _ = collect(paths, include_text)
    items = list(analyse(inputs, check=True, jobs=jobs, no_cache=no_cache, cache_dir=cache_dir,
                          password=password, max_pages=max_pages, timeout=timeout, state=state,
                          max_memory=max_memory, lang=lang.value))
    from geschil.output import report as reportout

    views = annotated_views(out, items, lang.value, password) if annotate else {}
    reportout.write(out, [(i.record, i.check) for i in items], title=title, lang=lang.value,
                    annotated=views)
    plain(stderr(), f"wrote {out}")
    raise typer.Exit(exit_code(state["failed"], False))


@app.command()
def annotate(file: Annotated[str, typer.Argument(help="A ruling (PDF or text file).")],
             out: Annotated[Path, typer.Option("--out", "-o", help="The HTML file to write.")] = Path("ruling.html"),
             lang: LangOpt = Lang.nl, password: Password = None):
    """Write the cleaned text with every extracted value, citation and finding marked (displaCy)."""
    from geschil.errors import GeschilError
    from geschil.output import annotate as annotator

    try:
        annotator.write(out, file, lang=lang.value, password=password)
    except GeschilError as exc:
        fail_line(stderr(), file, exc.kind, str(exc))
        raise typer.Exit(BAD_INPUT) from None
    plain(stderr(), f"wrote {out}")


@app.command()
def verify(corpus_dir: Annotated[Path, typer.Argument(help="Folder of NAME.pdf + NAME.expected.json.")],
           junit: Annotated[Path | None, typer.Option("--junit", help="Write JUnit XML here.")] = None,
           update: Annotated[bool, typer.Option("--update", help="Write the current results as expected.")] = False,
           jobs: Jobs = None, timeout: Timeout = 120.0):
    """Re-check a corpus against its expected records; exit 1 on any regression."""
    console = stderr()
    if not corpus_dir.is_dir():
        fail_line(console, str(corpus_dir), "unreadable", "not a folder")
        raise typer.Exit(BAD_INPUT)
    from geschil import verify as verifier

    if not verifier.discover(corpus_dir):
        fail_line(console, str(corpus_dir), "unreadable",
                   "no cases: the folder holds no NAME.pdf or NAME.expected.json")
        raise typer.Exit(BAD_INPUT)
    outcomes = verifier.run(corpus_dir, update=update, jobs=jobs, timeout=timeout)
    for line in verifier.lines(outcomes):
        sys.stdout.write(line + "\n")
    if junit is not None:
        verifier.write_junit(junit, outcomes)
    bad = sum(not o.ok for o in outcomes)
    done = "updated" if update else "passed"
    plain(console, f"verify: {len(outcomes)} cases, {len(outcomes) - bad} {done}, "
                    f"{bad} regression{'s' if bad != 1 else ''}")
    raise typer.Exit(DIVERGENT if bad else OK)


@app.command()
def text(file: Annotated[str, typer.Argument(help="A PDF or text file.")],
         password: Password = None):
    """Print the cleaned text with page markers and offsets (to check evidence spans)."""
    from geschil.errors import GeschilError
    from geschil.ingest import load
    from geschil.output.textout import with_pages

    try:
        doc = load(file, password=password)
    except GeschilError as exc:
        fail_line(stderr(), file, exc.kind, str(exc))
        raise typer.Exit(BAD_INPUT) from None
    sys.stdout.write(with_pages(doc))


def main() -> None:
    from geschil import quick

    quick.main()  # extract and check with their common options run without typer


if __name__ == "__main__":
    main()
