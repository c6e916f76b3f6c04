"""Score a blind round: render its sources, read and check them, compare with their truth files.

    .venv/bin/python corpus/score_round.py DIR [--out build/round]

DIR holds NAME.txt (corpus markup) and NAME.truth.json written by writers who never saw the code.
Prints per ruling the field differences, the status against `expected_status`, and the parts'
decisions against the truth; then the round's first-try score. Run it before fixing anything.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

from buildlib.markup import parse  # noqa: E402
from test_corpus_truth import compare  # noqa: E402

from build import build_one  # noqa: E402
from geschil.pipeline import extract_path  # noqa: E402
from geschil.reason import check  # noqa: E402


def score(src: Path, out: Path) -> dict:
    truth = json.loads(src.with_suffix(".truth.json").read_text(encoding="utf-8"))
    pdf, _ = build_one(parse(src.read_text(encoding="utf-8")))
    path = out / f"{src.stem}.pdf"
    path.write_bytes(pdf)
    record = extract_path(path)
    result = check(record)
    diffs = compare(json.loads(record.model_dump_json()), truth) if record.error is None else [
        f"error: {record.error.kind}: {record.error.message}"]
    want_parts = [p.get("decision") for p in truth.get("parts", [])]
    got_parts = [p.decision for p in result.parts]
    return {"name": src.stem, "diffs": diffs, "status": result.status,
            "expected_status": truth.get("expected_status"), "parts": got_parts,
            "expected_parts": want_parts, "reason": result.reason or "",
            "grounds": [(g.rule, g.committee, g.agreement) for g in result.grounds]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--out", type=Path, default=HERE.parent / "build" / "round")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    rows = [score(src, args.out) for src in sorted(p for p in args.dir.glob("*.txt") if p.with_suffix(".truth.json").exists())]
    fields_ok = status_ok = parts_ok = 0
    for r in rows:
        ok = r["status"] == r["expected_status"]
        status_ok += ok
        fields_ok += not r["diffs"]
        parts_ok += sorted(map(str, r["parts"])) == sorted(map(str, r["expected_parts"]))
        print(f"{r['name']:52} status {r['status']!s:12} (truth {r['expected_status']})"
              f"{'' if ok else '  <<'}  fields {len(r['diffs'])} diff(s)  parts {r['parts']} "
              f"(truth {r['expected_parts']})")
        for d in r["diffs"]:
            print(f"    - {d}")
        if args.verbose or not ok:
            print(f"    reason: {r['reason'][:600]}")
            for g in r["grounds"]:
                print(f"    ground: {g}")
    n = len(rows)
    print(f"\nfirst-try: status {status_ok}/{n}, records without field differences {fields_ok}/{n}, "
          f"parts {parts_ok}/{n}; divergent called: "
          f"{sum(r['status'] == 'divergent' for r in rows)} (truth {sum(r['expected_status'] == 'divergent' for r in rows)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
