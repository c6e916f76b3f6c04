"""Which patterns the time of the pipeline goes to: every call of every pattern, timed.

    .venv/bin/python bench/patterns.py [--n 100] [--top 30]

Every pattern compiled through `geschil.recache.compile` (which `literals.compile` uses) is
wrapped, before the pipeline is imported, in a proxy that times its calls (a finditer: each step
of its iteration). Extract + check then run over N corpus PDFs (after a warm pass) and the
costliest patterns are listed with their calls and share. The proxy adds its own cost to each
call, so the shares, not the seconds, are the finding. Not a test: numbers, not verdicts.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from benchlib import corpus_files, make_rulings  # noqa: E402

SPENT: Counter = Counter()
_COMPILED: list = []  # every pattern compiled, for its flags
CALLS: Counter = Counter()


class Timed:
    """A compiled pattern whose calls are timed under (method, pattern)."""

    def __init__(self, compiled) -> None:
        self._p = compiled
        self.pattern, self.flags = compiled.pattern, compiled.flags
        self.groups, self.groupindex = compiled.groups, compiled.groupindex

    def __getattr__(self, name):
        return getattr(self._p, name)

    def _timed(self, method: str, *args):
        key = (method, self.pattern)
        t0 = time.perf_counter()
        try:
            return getattr(self._p, method)(*args)
        finally:
            SPENT[key] += time.perf_counter() - t0
            CALLS[key] += 1

    def finditer(self, *args):
        key = ("finditer", self.pattern)
        CALLS[key] += 1
        return self._steps(self._p.finditer(*args), key)

    @staticmethod
    def _steps(matches, key):
        t0 = time.perf_counter()
        for m in matches:
            SPENT[key] += time.perf_counter() - t0
            yield m
            t0 = time.perf_counter()
        SPENT[key] += time.perf_counter() - t0


for _method in ("search", "match", "fullmatch", "sub", "subn", "split", "findall"):
    setattr(Timed, _method, lambda self, *args, _m=_method: self._timed(_m, *args))


def _install() -> None:
    from geschil import recache

    plain = recache.compile

    def compile(pattern, flags=0):  # noqa: A001 - recache.compile's name
        compiled = plain(pattern, flags)
        _COMPILED.append(compiled)
        return Timed(compiled) if isinstance(pattern, str) else compiled

    recache.compile = compile


def _sre_start(pattern: str, flags: int) -> str:
    """How sre finds where to try a pattern: a literal prefix, a set of first characters, or
    nothing (tried at every character; a look-behind or zero-width start hides the rest)."""
    from re import _compiler, _parser

    try:
        code = _compiler._code(_parser.parse(pattern, flags), flags)
    except Exception:  # noqa: BLE001 - a pattern the private API cannot read: say so
        return "?"
    info = code[2] if code and code[0] == _compiler.INFO else 0
    return "prefix" if info & 1 else "first chars" if info & 4 else "every place"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    _install()  # before the pipeline's modules compile their patterns
    from geschil import reason
    from geschil.pipeline import extract_path

    with tempfile.TemporaryDirectory() as tmp:
        files = make_rulings(corpus_files(), args.n, Path(tmp))
        for f in files:
            reason.check(extract_path(f))
        SPENT.clear()
        CALLS.clear()
        t0 = time.perf_counter()
        for f in files:
            reason.check(extract_path(f))
        total = time.perf_counter() - t0
    inside = sum(SPENT.values())
    print(f"{args.n} rulings: {total:.3f} s in all, {inside:.3f} s ({inside / total:.0%}) inside "
          f"{len(SPENT)} patterns' calls (the proxy's own cost included)")
    from geschil import literals

    filtered = {p.pattern: p.flags for p in literals.REGISTRY.patterns}
    flags = {**{p.pattern: p.flags for p in _COMPILED}, **filtered}
    print("| seconds | share | calls | method | pre-filter | sre tries it at | pattern |\n"
          "|---:|---:|---:|---|---|---|---|")
    for (method, pattern), spent in SPENT.most_common(args.top):
        shown = pattern[:80].replace("|", "\\|")
        print(f"| {spent:.3f} | {spent / inside:.1%} | {CALLS[method, pattern]:,} | {method} | "
              f"{'literals' if pattern in filtered else '–'} | {_sre_start(pattern, flags.get(pattern, 0))} "
              f"| `{shown}` |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
