"""Sentences: a window of a document read from the document's one split is the window split alone."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geschil.extract import text as tx


def _alone(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return list(tx._split(text, start, end))


def _from_document(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return list(tx._Document(text).window(start, end))


@pytest.mark.parametrize(("text", "expected"), [
    ("Eerste zin. Tweede zin.", [(0, 11), (12, 23)]),
    ("Zie art. 2.7 Bzv. Daarna volgt meer.", [(0, 17), (18, 36)]),  # no end after "art."
    ("mr. A. Jansen is voorzitter. Zij tekent.", [(0, 28), (29, 40)]),
    # a blank line and a numbered paragraph end one; a number ending in a dot is one of its own
    ("Kop\n\n2.1 Tekst van de paragraaf.\n3. Nog een.", [(0, 3), (5, 32), (33, 35), (36, 44)]),
    # a request's number on the next line continues the sentence (blind round 23)
    ("Zij wijst het verzoek onder\n(2) af.\n(3) Nieuw.", [(0, 35), (36, 46)]),
])
def test_sentences_of_a_text(text, expected):
    assert list(tx.sentences(text)) == expected


def _corpus_texts():
    """(name, cleaned text) of every corpus PDF; the test is skipped without them."""
    import conftest_zoo as zoo

    from geschil.ingest import load

    rulings = zoo.good_rulings()
    if not rulings:
        pytest.skip("no corpus PDF")
    return [(path.name, load(path).text) for path in rulings]


def _random_windows(rng: random.Random, text: str, n: int) -> list[tuple[int, int]]:
    return [tuple(sorted(rng.sample(range(len(text) + 1), 2))) for _ in range(n)]


def test_every_window_of_every_corpus_text_reads_from_the_document_as_split_alone():
    from geschil.extract.sections import find_sections

    rng = random.Random(7)
    for name, text in _corpus_texts():
        doc = tx._Document(text)
        windows = [(s.body_start, s.end) for s in find_sections(text)] + [(0, len(text))]
        for a, b in windows + _random_windows(rng, text, 20):
            assert list(doc.window(a, b)) == _alone(text, a, b), (name, a, b)


PIECES = ["De commissie", " stelt", " vast", ".", " ", "\n", "\n\n", "art.", " 2.", "7", "(", ")", " Bzv",
          "\n 3. ", "mr.", " A.", " Zij", "; ", "? ", '" ', "’ ", "1.2 ", "Verzoeker", "   \n "]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), st.data())
def test_any_window_of_any_text_reads_from_the_document_as_split_alone(text, data):
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    assert _from_document(text, a, b) == _alone(text, a, b)


def test_the_document_split_is_used_for_the_document_only():
    text = "Een zin. Nog een zin."
    tx.begin(text)
    try:
        assert list(tx.sentences(text, 0, 8)) == [(0, 8)]
        copy = "".join(list(text))  # equal, but not the document: split alone
        assert list(tx.sentences(copy)) == [(0, 8), (9, 21)]
    finally:
        tx.begin("")  # no document of this test's left behind


def _finditer(text: str, a: int, b: int) -> list[tuple[int, int]]:
    import re

    return [m.span() for m in re.compile(tx.BOUNDARY).finditer(text, a, b)]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(PIECES + [".\n", "!", "\n(2) ", ".) ", "“", "‘"]), max_size=30).map("".join),
       st.data())
def test_boundaries_led_by_their_first_character_are_the_patterns_own(text, data):
    """The boundary finder that starts at the punctuation finds what the look-behind pattern finds,
    in every window (one starting just after a full stop too)."""
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    assert list(tx.boundaries(text, a, b)) == _finditer(text, a, b)


def test_boundaries_of_every_corpus_text_are_the_patterns_own():
    rng = random.Random(11)
    for name, text in _corpus_texts():
        after_stops = [(k + 1, len(text)) for k, c in enumerate(text[:2000]) if c in ".;!?"][:10]
        for a, b in [(0, len(text))] + _random_windows(rng, text, 10) + after_stops:
            assert list(tx.boundaries(text, a, b)) == _finditer(text, a, b), (name, a, b)
