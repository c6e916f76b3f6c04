"""Cost grows linearly with the text: a 200,000-character ruling and a 50,000-character
unbroken token cost at most a small constant times a normal ruling per character.

Measured as a ratio of per-character costs within this one run (the best of a few runs each),
with a generous factor: a quadratic pattern costs hundreds of times more on these inputs, not
a few times.
"""

from __future__ import annotations

import time
from pathlib import Path

import conftest_zoo as zoo
import pytest

from geschil.ingest import load
from geschil.pipeline import extract_path

FACTOR = 5.0
TOKEN = 50_000


def _insert(page: str, what: str) -> str:
    middle = len(page) // 2
    cut = page.find(" ", middle)
    cut = middle if cut < 0 else cut
    return page[:cut] + " " + what + " " + page[cut:]


# name → how to make the text from the ruling's pages
SHAPES = {
    "long_ruling": lambda pages: pages[:-1] + [pages[len(pages) // 2]] * (
        200_000 // max(1, len(pages[len(pages) // 2]))) + pages[-1:],
    "token_in_the_head": lambda pages: [_insert(pages[0], "a" * TOKEN)] + pages[1:],
    "token_in_the_facts": lambda pages: pages[:1] + [_insert(pages[1], "b" * TOKEN)] + pages[2:],
    "hyphenated_token": lambda pages: pages[:1] + [
        _insert(pages[1], "c" * (TOKEN // 2) + "- " + "d" * (TOKEN // 2))] + pages[2:],
    "long_line_without_commas": lambda pages: [_insert(pages[0], " ".join(["woord"] * (TOKEN // 6)))]
    + pages[1:],
    "digits": lambda pages: pages[:1] + [_insert(pages[1], "7" * TOKEN)] + pages[2:],
}


@pytest.fixture(scope="module")
def pages() -> list[str]:
    rulings = [p for p in zoo.good_rulings() if not p.name.startswith("seed_")]
    if not rulings:
        pytest.skip("no corpus PDF")
    return load(rulings[0]).raw_pages


def _per_char(path: Path, runs: int = 3) -> float:
    size = len(path.read_text(encoding="utf-8"))
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        record = extract_path(path)
        best = min(best, time.perf_counter() - t0)
    assert record.error is None, record.error
    return best / size


@pytest.fixture(scope="module")
def normal(pages, tmp_path_factory) -> float:
    path = tmp_path_factory.mktemp("scaling") / "normal.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    _per_char(path, 1)  # warm the imports and compiled patterns
    return _per_char(path, 5)


@pytest.mark.parametrize("shape", SHAPES)
def test_cost_per_character_stays_flat(pages, normal, tmp_path, shape):
    path = tmp_path / f"{shape}.txt"
    text = "\f".join(SHAPES[shape](pages))
    path.write_text(text, encoding="utf-8")
    assert len(text) >= TOKEN
    ratio = _per_char(path, 2) / normal
    assert ratio <= FACTOR, f"{shape}: {ratio:.1f}× the per-character cost of a normal ruling"
