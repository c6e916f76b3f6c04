"""The CI gate: re-analyse a corpus and compare each result, field by field, with its expectation.

A corpus holds NAME.pdf (or .txt/.md) with NAME.expected.json = {"record": ..., "check": ...}
beside it. Everything is compared except source.path (the corpus may live anywhere).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from geschil import batch
from geschil.cache import Cache
from geschil.models import CheckResult, Record
from geschil.output import junit

SUFFIX = ".expected.json"
INPUT_SUFFIXES = (".pdf", ".txt")  # in order of preference; a README.md is no case
IGNORED = {"record.source.path", "check.source.path"}


@dataclass
class Case:
    name: str
    input: Path | None
    expected: Path


@dataclass
class Outcome:
    name: str
    diffs: list[str] = field(default_factory=list)
    updated: bool = False

    @property
    def ok(self) -> bool:
        return not self.diffs


def discover(corpus: str | Path) -> list[Case]:
    """Every input and every expected file of the corpus, paired by NAME, sorted by NAME."""
    corpus = Path(corpus)
    inputs: dict[str, Path] = {}
    for suffix in reversed(INPUT_SUFFIXES):  # later assignments win: .pdf over .txt over .md
        for p in corpus.glob(f"*{suffix}"):
            inputs[p.name[: -len(suffix)]] = p
    names = set(inputs) | {p.name[: -len(SUFFIX)] for p in corpus.glob(f"*{SUFFIX}")}
    return [Case(n, inputs.get(n), corpus / f"{n}{SUFFIX}") for n in sorted(names)]


def _fmt(value) -> str:
    if isinstance(value, str):
        return repr(value)
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 120 else text[:117] + "..."


def diff(expected, actual, path: str) -> list[str]:
    """Readable differences 'path: expected X, got Y', one per differing leaf."""
    if path in IGNORED:
        return []
    if isinstance(expected, dict) and isinstance(actual, dict):
        out = []
        for key in list(expected) + [k for k in actual if k not in expected]:
            sub = f"{path}.{key}"
            if key not in actual:
                out += [] if sub in IGNORED else [f"{sub}: expected {_fmt(expected[key])}, got nothing"]
            elif key not in expected:
                out += [] if sub in IGNORED else [f"{sub}: expected nothing, got {_fmt(actual[key])}"]
            else:
                out += diff(expected[key], actual[key], sub)
        return out
    if isinstance(expected, list) and isinstance(actual, list):
        out = [] if len(expected) == len(actual) else [
            f"{path}: expected {len(expected)} items, got {len(actual)}"]
        for i, (e, a) in enumerate(zip(expected, actual, strict=False)):
            out += diff(e, a, f"{path}[{i}]")
        out += [f"{path}[{i}]: missing {_fmt(e)}" for i, e in enumerate(expected[len(actual):], len(actual))]
        out += [f"{path}[{i}]: unexpected {_fmt(a)}" for i, a in enumerate(actual[len(expected):], len(expected))]
        return out
    return [] if expected == actual else [f"{path}: expected {_fmt(expected)}, got {_fmt(actual)}"]


def _normalise(data: dict) -> dict:
    """Expected JSON through the models, so a newly added field with its default is no change."""
    return {"record": Record.model_validate(data["record"]).model_dump(mode="json"),
            "check": CheckResult.model_validate(data["check"]).model_dump(mode="json")
            if data.get("check") is not None else None}


def _current(item: batch.Item) -> dict:
    record = item.record.model_copy(deep=True)
    record.source.path = Path(item.path).name  # stored relative: the corpus moves between machines
    check = item.check.model_copy(deep=True) if item.check else None
    if check is not None and check.source is not None:
        check.source.path = record.source.path
    return {"record": record.model_dump(mode="json"),
            "check": check.model_dump(mode="json") if check else None}


def _compare(case: Case, current: dict) -> list[str]:
    if not case.expected.exists():
        return [f"no expected file {case.expected.name} (run verify --update to create it)"]
    try:
        expected = _normalise(json.loads(case.expected.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, ValidationError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return [f"{case.expected.name} cannot be read as an expectation: {first}"]
    return diff(expected["record"], current["record"], "record") + diff(
        expected["check"], current["check"], "check")


def _write(case: Case, current: dict) -> None:
    text = json.dumps(current, ensure_ascii=False, indent=2) + "\n"
    case.expected.write_text(text, encoding="utf-8")


def run(corpus: str | Path, *, update: bool = False, jobs: int | None = None,
        timeout: float | None = None) -> list[Outcome]:
    """Verify (or with update=True, re-baseline) every case of the corpus, in name order."""
    corpus = Path(corpus)
    cases = discover(corpus)
    present = [c for c in cases if c.input is not None]
    # no cache: the gate must see the code as it is now, not what an older build extracted
    items = batch.analyse_all([str(c.input) for c in present], jobs=jobs, cache=Cache(enabled=False),
                              options=batch.Options(check=True, timeout=timeout))
    current = {c.name: _current(item) for c, item in zip(present, items, strict=True)}
    outcomes = []
    for case in cases:
        if case.input is None:
            outcomes.append(Outcome(case.name, [f"no input file (.pdf or .txt) beside {case.expected.name}"]))
        elif update:
            _write(case, current[case.name])
            outcomes.append(Outcome(case.name, updated=True))
        else:
            outcomes.append(Outcome(case.name, _compare(case, current[case.name])))
    return outcomes


def lines(outcomes: list[Outcome]) -> list[str]:
    """The per-regression report: one line per difference, prefixed with the case name."""
    return [f"{o.name}: {d}" for o in outcomes for d in o.diffs]


def write_junit(path: str | Path, outcomes: list[Outcome]) -> None:
    junit.write(path, [junit.Case(o.name, [f"{o.name}: {d}" for d in o.diffs]) for o in outcomes])
