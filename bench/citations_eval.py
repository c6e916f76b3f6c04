"""Precision and recall of the citation engine over the constructed corpus.

Per ruling the distinct (law, article, paragraph, item, role) extracted from corpus/NAME.pdf are
compared with the `citations` of corpus/src/NAME.truth.json (hand-written); the totals are summed
over all rulings (micro average).

    .venv/bin/python bench/citations_eval.py            # table + totals
    .venv/bin/python bench/citations_eval.py --min 1.0  # exit 1 below that precision or recall
    .venv/bin/python bench/citations_eval.py --json     # machine-readable
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

Key = tuple  # (law, article, paragraph, item, role)


@dataclass
class Score:
    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    invented: list[Key] = field(default_factory=list)
    missed: list[Key] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def key(citation: dict) -> Key:
    return (citation["law"], citation["article"], citation.get("paragraph"), citation.get("item"),
            citation.get("role"))


def score(name: str, got: list[dict], want: list[dict]) -> Score:
    """Distinct keys found vs distinct keys in the truth."""
    found, truth = {key(c) for c in got}, {key(c) for c in want}
    return Score(name, tp=len(found & truth), fp=len(found - truth), fn=len(truth - found),
                 invented=sorted(found - truth, key=str), missed=sorted(truth - found, key=str))


def total(scores: list[Score]) -> Score:
    out = Score("TOTAL")
    for s in scores:
        out.tp, out.fp, out.fn = out.tp + s.tp, out.fp + s.fp, out.fn + s.fn
    return out


def evaluate(corpus: Path = CORPUS) -> list[Score]:
    from geschil.pipeline import extract_path  # late: the scoring above needs no pipeline

    scores = []
    for truth_file in sorted((corpus / "src").glob("*.truth.json")):
        name = truth_file.name.removesuffix(".truth.json")
        truth = json.loads(truth_file.read_text("utf-8"))
        if "citations" not in truth:
            continue
        record = extract_path(corpus / f"{name}.pdf").model_dump(mode="json")
        scores.append(score(name, record["citations"], truth["citations"]))
    return scores


def _print(scores: list[Score]) -> None:
    width = max(len(s.name) for s in scores)
    print(f"{'ruling':<{width}}  {'tp':>4} {'fp':>4} {'fn':>4}  precision  recall")
    for s in [*scores, total(scores)]:
        print(f"{s.name:<{width}}  {s.tp:>4} {s.fp:>4} {s.fn:>4}  {s.precision:9.3f}  {s.recall:6.3f}")
        for k in s.invented:
            print(f"    invented {k}")
        for k in s.missed:
            print(f"    missed   {k}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=float, default=None, help="fail below this precision or recall")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    scores = evaluate()
    overall = total(scores)
    if args.json:
        rows = [{**asdict(s), "precision": s.precision, "recall": s.recall} for s in [*scores, overall]]
        print(json.dumps(rows, indent=2, default=list))
    else:
        _print(scores)
    if args.min is not None and min(overall.precision, overall.recall) < args.min:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
