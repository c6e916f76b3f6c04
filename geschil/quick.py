"""A light front for `geschil extract` and `geschil check` with their common options.

typer's import costs about as much as serving a hundred cached rulings, so these two commands,
when given only paths and the options below, run without it. Anything else (help, another
option, a value out of its set) returns None, and the full typer CLI takes the command line as
it is: the two always agree, because both call the same functions in commands.py.
"""

from __future__ import annotations

import os
import sys

FORMATS = {"extract": ("table", "json", "jsonl", "csv"), "check": ("table", "json", "jsonl")}
# option -> (keyword, how to read its value; None: a flag)
COMMON = {"--format": ("fmt", "format"), "-f": ("fmt", "format"), "--jobs": ("jobs", int),
          "-j": ("jobs", int), "--lang": ("lang", ("nl", "en")), "--no-cache": ("no_cache", None),
          "--cache-dir": ("cache_dir", str), "--include-text": ("include_text", None)}
OWN = {"extract": {"--out": ("out", "path"), "-o": ("out", "path")},
       "check": {"--status": ("status", ("divergent", "undetermined", "consistent"))}}


def parse(argv: list[str]) -> tuple[str, dict] | None:
    """(command, keyword arguments) when the front can take the line, else None."""
    if not argv or argv[0] not in FORMATS:
        return None
    command, options = argv[0], {**COMMON, **OWN[argv[0]]}
    kwargs: dict = {"paths": []}
    args = argv[1:]
    i = 0
    while i < len(args):
        arg = args[i]
        if not arg.startswith("-") or arg == "-":
            kwargs["paths"].append(arg)
            i += 1
            continue
        name, eq, inline = arg.partition("=")
        if name not in options or (eq and not name.startswith("--")):  # click reads -f=x as "=x"
            return None  # --help, --db, --password, ...: typer's
        key, kind = options[name]
        if kind is None:
            if eq:
                return None
            kwargs[key] = True
            i += 1
            continue
        if not eq and i + 1 >= len(args):
            return None
        value = inline if eq else args[i + 1]
        i += 1 if eq else 2
        read = _read(value, FORMATS[command] if kind == "format" else kind)
        if read is None or key in kwargs:
            return None
        kwargs[key] = read
    return (command, kwargs) if kwargs["paths"] else None


def _read(value: str, kind):
    if isinstance(kind, tuple):
        return value if value in kind else None
    if kind is int:
        return int(value) if value.isdigit() and int(value) > 0 else None
    if kind == "path":  # pathlib only when a file is written: a cached batch does not pay for it
        from pathlib import Path

        kind = Path
    return kind(value) if value else None


def run(argv: list[str]) -> int | None:
    """The exit code of the command, or None when the full CLI must take it."""
    parsed = parse(argv)
    if parsed is None:
        return None
    command, kwargs = parsed
    from geschil import commands

    try:
        return getattr(commands, command)(**kwargs)
    except Exception as exc:  # the same last guard as the typer app's
        if os.environ.get("GESCHIL_DEBUG"):
            raise
        print(f"error: internal: {type(exc).__name__}: {exc} "
              "(set GESCHIL_DEBUG=1 for the details)", file=sys.stderr)
        return commands.BAD_INPUT


def main() -> None:
    """The `geschil` command: the front when it can take the line, else the typer CLI."""
    code = run(sys.argv[1:])
    if code is not None:
        leave(code)
    from geschil.cli import app

    app()


def leave(code: int) -> None:
    """End the process without tearing the interpreter down: freeing every object of the
    pipeline's modules one by one costs a batch about 40 ms, and the memory goes back to the
    system at once anyway. The atexit handlers run and the output is flushed first; should
    flushing fail (a full disk, a closed pipe), Python's own exit reports it as it always has."""
    import atexit

    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(code)
    os._exit(code)


if __name__ == "__main__":
    main()
