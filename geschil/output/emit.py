"""What the commands print: records, checks and citations in the chosen format, to a stream."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from geschil import TYPE_CHECKING, rawjson

if TYPE_CHECKING:
    from typing import TextIO


def views(renderables: Iterable, stream: TextIO) -> None:
    """rich renderables to a stream (colour only on a terminal)."""
    from rich.console import Console

    console = Console(file=stream, soft_wrap=False)
    for view in renderables:
        console.print(view)


def models(fmt: str, items: Iterable, stream: TextIO, single: bool) -> None:
    """json: one object for one file, else one array; jsonl: one line each, flushed as it comes."""
    from geschil.output import jsonout

    if fmt == "jsonl":
        for m in items:
            stream.write(jsonout.line(m))
            stream.flush()
    elif single:
        for m in items:
            stream.write(jsonout.dumps(m))
    else:
        stream.write(jsonout.dumps(list(items)))


def raw(fmt: str, texts: Iterable[str | bytes], stream: TextIO, single: bool) -> None:
    """As models(), from the results' compact JSON texts (which are the jsonl lines). A cache
    hit's bytes go to the stream's byte layer as they are, neither decoded nor encoded."""
    if fmt == "jsonl":
        out = getattr(stream, "buffer", None)
        for text in texts:
            if isinstance(text, bytes) and out is not None:
                stream.flush()  # what was written as text goes first
                out.write(text + b"\n")
                out.flush()
            else:
                stream.write((text.decode("utf-8") if isinstance(text, bytes) else text) + "\n")
                stream.flush()
    elif single:
        for text in texts:
            stream.write(rawjson.pretty(text))
    else:
        stream.write(rawjson.pretty(list(texts)))


def records(fmt: str, items: Iterable, stream: TextIO, single: bool, lang: str = "nl") -> None:
    """batch Items: a table from their models (one record in full, several as one row each),
    JSON straight from their texts."""
    if fmt == "table":
        from geschil.output.terminal import record_rows, record_view

        if single:
            views((record_view(i.record, lang) for i in items), stream)
        else:
            views([record_rows([i.record for i in items], lang)], stream)
    else:
        raw(fmt, (i.record_raw for i in items), stream, single)


def checks(fmt: str, results: list, groups: list | None, single: bool,
           stream: TextIO | None = None, lang: str = "nl") -> None:
    """Check results, and with --corpus the groups of comparable rulings that ended differently.

    table: one ruling as a tree of its findings, several as one row each."""
    stream = stream or sys.stdout  # looked up now: tests and callers swap sys.stdout
    if fmt == "table":
        from geschil.output.terminal import check_rows, check_view, groups_view

        extra = [groups_view(groups, lang)] if groups is not None else []
        main = [check_view(c, lang) for c in results] if single else [check_rows(results, lang)]
        views([*main, *extra], stream)
    elif groups is not None and fmt == "json":
        from geschil.output import jsonout

        stream.write(jsonout.dumps({"checks": jsonout.plain(results),
                                    "consistency": [g.to_dict() for g in groups]}))
    else:
        models(fmt, results, stream, single)
        from geschil.output import jsonout

        for g in groups or []:
            stream.write(jsonout.line({"consistency_group": g.to_dict()}))


def citations(fmt: str, found: list, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    if fmt == "table":
        from geschil.output.terminal import citations_table

        views([citations_table(found)], stream)
        return
    from geschil.output import jsonout

    if fmt == "json":
        stream.write(jsonout.dumps(found))
    else:
        stream.writelines(jsonout.lines(found))


def csv(items: list, out) -> list:
    """All the tables into the folder `out` (the CLI refuses csv without one)."""
    from geschil.output import csvout

    return csvout.write_dir(out, [(i.record, i.check) for i in items])
