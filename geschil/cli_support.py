"""The CLI's plumbing: stderr lines, the progress bar, running a batch, the closing summary,
reading `cite`'s argument and the report's annotated views. Kept apart so that cli.py holds
only the commands and their options.
"""

from __future__ import annotations

import os
import re
import sys
from contextlib import contextmanager

from geschil import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


class PlainErr:
    """stderr when it is not a terminal: plain lines, without paying rich's import."""

    is_terminal = False

    def print(self, text, markup: bool = False) -> None:
        print(str(text), file=sys.stderr)


def stderr():
    if not sys.stderr.isatty():
        return PlainErr()
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def fail_line(console, path: str, kind: str, message: str) -> None:
    plain(console, f"error: {path}: {kind}: {message}")


def plain(console, line: str) -> None:
    """A line as it is. A Text, not markup=False: that flag also reached the live progress
    bar redrawn under it, which then showed its own markup ('[progress.description]…')."""
    if isinstance(console, PlainErr):
        console.print(line)
        return
    from rich.text import Text

    console.print(Text(line))


@contextmanager
def progress(total: int, console):
    """A progress bar on a terminal; nothing at all when stderr is piped."""
    if not console.is_terminal or total < 2:
        yield lambda: None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    # no refresh thread: the pool forks workers, and a fork must not copy a thread's held lock
    with Progress(TextColumn("{task.description}", style="progress.description", markup=False),
                  BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=console, transient=True,
                  auto_refresh=False) as bar:
        task = bar.add_task("analysing", total=total)
        bar.refresh()
        yield lambda: bar.update(task, advance=1, refresh=True)


def collect(paths: list[str], include_text: bool = False) -> tuple[list, bool]:
    """The inputs, and whether the user named exactly one file (one JSON object, not lines)."""
    from geschil import batch

    inputs = batch.collect(paths, batch.SUFFIXES if include_text else (".pdf",))
    return inputs, len(paths) == 1 and inputs == [paths[0]]


def analyse(inputs, *, check, jobs, no_cache, cache_dir, password, max_pages, timeout, state,
            max_memory=None, lang="nl"):
    """Yield batch Items in input order; error lines and the summary go to stderr."""
    from geschil import batch
    from geschil.cache import Cache

    options = batch.Options(password=password, max_pages=max_pages, timeout=timeout, check=check,
                            memory_mb=max_memory, lang=lang)
    console, summary = stderr(), batch.Summary()
    with progress(len(inputs), console) as advance:
        for item in batch.run(inputs, jobs=jobs, options=options,
                              cache=Cache(cache_dir, enabled=not no_cache), advance=advance):
            summary.add(item)
            if item.failed:
                fail_line(console, item.path, item.error.kind, item.error.message)
            yield item
    state["failed"] = summary.failed
    plain(console, str(summary))


def noting(items, noted: list):
    """Pass the items on, keeping a summary line of each in `noted`."""
    from geschil.output.summary import of

    for item in items:
        noted.append(of(item))
        yield item


def close(items: list, fmt: str, lang: str) -> None:
    """The batch summary: under a table on stdout, else on stderr (stdout carries data)."""
    if len(items) < 2:
        return
    from geschil.output.summary import lines

    stream = sys.stdout if fmt == "table" else sys.stderr
    stream.write("\n".join(lines(items, lang)) + "\n")


def default_fmt(out: Path | None, single: bool) -> str:
    if is_tty() and out is None:
        return "table"
    return "json" if single else "jsonl"


def is_tty() -> bool:
    return sys.stdout.isatty()


@contextmanager
def sink(out: Path | None):
    if out is None:
        yield sys.stdout
    else:
        with out.open("w", encoding="utf-8") as f:
            yield f


PATH_LIKE = re.compile(r"^\S+\.(?:pdf|txt|md)$|^\S*/\S*$", re.I)


def read_text(arg: str) -> str:
    """The text of a file, stdin (-), or the argument itself; a missing file is an error, not
    text: an argument without spaces that ends in .pdf/.txt/.md or holds a slash names a file."""
    from geschil.errors import Unreadable

    if arg == "-":
        return sys.stdin.read()
    if not os.path.isfile(arg):
        if PATH_LIKE.match(arg.strip()):
            raise Unreadable("no such file")
        return arg
    if os.path.splitext(arg)[1].lower() == ".pdf":
        from geschil.ingest import load

        return load(arg).text
    with open(arg, encoding="utf-8", errors="replace") as f:
        return f.read()


def annotated_views(out: Path, items: list, lang: str, password: str | None) -> dict[str, str]:
    """Each analysed ruling's annotated view beside the report: {source path: relative link}."""
    from pathlib import Path

    from geschil.errors import GeschilError
    from geschil.output.annotate import write_view

    folder, views, console = out.parent / f"{out.stem}_annotated", {}, stderr()
    for n, item in enumerate(i for i in items if i.error is None):
        name = f"{n + 1:04d}_{Path(item.path).stem}.html"
        try:
            write_view(folder / name, item.record, item.check, lang, password)
        except GeschilError as exc:
            fail_line(console, item.path, exc.kind, str(exc))
            continue
        views[item.record.source.path] = f"{folder.name}/{name}"
    return views
