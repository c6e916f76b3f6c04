"""Which places a pattern is tried at: every search and scan of a corpus run, replayed three ways.

    .venv/bin/python bench/literals_leads.py [N]     N rulings of the corpus (default 50)

Each search or scan geschil made while reading the rulings is recorded, then timed: as a plain
scan (every place, every alternative), tried only where the pattern's leading literals of at
least three characters start, and where those of at least two start (literals.LEAD_MIN_LEN).
Not a test: numbers, not verdicts.
"""

from __future__ import annotations

import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchlib import corpus_files  # noqa: E402


def _record(docs) -> list[tuple[str, list]]:
    from geschil import literals, reason
    from geschil.extract.record import build_record

    for doc in docs:  # every lazily compiled pattern registered first
        reason.check(build_record(doc))
    calls: list = []
    search, finditer = literals.Filtered.search, literals.Filtered.finditer

    def rec_search(self, text, pos=0, endpos=2**62):
        calls.append(("search", self, text, pos, endpos))
        return search(self, text, pos, endpos)

    def rec_finditer(self, text, pos=0, endpos=2**62):
        calls.append(("finditer", self, text, pos, endpos))
        return finditer(self, text, pos, endpos)

    literals.Filtered.search, literals.Filtered.finditer = rec_search, rec_finditer
    out = []
    try:
        for doc in docs:
            calls = []
            reason.check(build_record(doc))
            out.append((doc.text, calls))
    finally:
        literals.Filtered.search, literals.Filtered.finditer = search, finditer
    return out


def _run(kind, f, text, pos, endpos, lead):
    from geschil import literals

    reg = literals.REGISTRY
    if not f.possible(text, pos, endpos):
        return None
    if kind == "search":
        if lead is None:
            return f.compiled.search(text, pos, endpos)
        scan = reg.scan(text)
        return scan.led_search(f.compiled, lead & scan.within(pos, endpos), text, pos, endpos,
                               reg.lengths)
    if lead is None or len(text) <= literals.LONG:
        return list(f.compiled.finditer(text, pos, endpos))
    saved, f._lead = f._lead, lead
    try:
        return list(f._led(text, pos, endpos))
    finally:
        f._lead = saved


def main(n: int = 50) -> None:
    from geschil import literals
    from geschil.ingest import load

    docs = [load(p) for p in corpus_files()[:n]]
    recorded = _record(docs)
    reg = literals.REGISTRY
    ways = {}
    for f in reg.patterns:
        three, two = literals.leads(f.compiled, 3), literals.leads(f.compiled, 2)
        ways[id(f)] = (None, reg.add(three) if three else None, reg.add(two) if two else None)
    seconds = defaultdict(lambda: [0.0, 0.0, 0.0])
    for _ in range(3):
        for text, calls in recorded:
            literals.begin(text)
            reg.base.starts(0, reg.lengths)  # sorted once per document, whoever asks first
            for kind, f, t, pos, endpos in calls:
                for j, lead in enumerate(ways[id(f)]):
                    t0 = time.perf_counter()
                    _run(kind, f, t, pos, endpos, lead)
                    seconds[f.pattern][j] += time.perf_counter() - t0
    total = [sum(v[j] for v in seconds.values()) / 3 for j in range(3)]
    print(f"{len(docs)} rulings, {sum(len(c) for _, c in recorded)} searches and scans, seconds:")
    print(f"  every place: {total[0]:.3f}   leads of 3+: {total[1]:.3f}   leads of 2+: {total[2]:.3f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
