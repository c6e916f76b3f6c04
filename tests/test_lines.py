"""A line-anchored pattern sought from the line breaks finds what it finds alone (geschil/lines.py)."""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geschil import lines
from geschil.extract.citations.resolve import _BREAK_LEAD, _TITLE_LEAD
from geschil.extract.sections import _HEADING_LINE
from geschil.ingest.reflow import NUMBERED_LINE, _long_lines

PATTERNS = [_HEADING_LINE, _TITLE_LEAD, NUMBERED_LINE, _long_lines(12),
            re.compile(r"^[ \t]*(?:x\n)?y$", re.M),  # a match that ends with a break, or spans one
            re.compile(r"^\n?", re.M)]  # an empty match, and one that is a break itself


@pytest.mark.parametrize(("pattern", "flags", "led"), [
    (r"^[ \t]*\d", re.M, "\n(?:" + r"[ \t]*\d" + ")"),
    (r"(?m)^[ \t#*]*", 0, "(?m)\n(?:" + r"[ \t#*]*" + ")"),
    (r"^a|b", re.M, None),  # the anchor opens one branch only
    (r"^abc", 0, None),  # not per line: the text's start only
    (r"a^", re.M, None),
])
def test_led(pattern, flags, led):
    found = lines.led(pattern, flags)
    assert (found and found.pattern) == led


def _same(pattern, text, a, b):
    assert [m.span() for m in lines.finditer(pattern, text, a, b)] == \
        [m.span() for m in pattern.finditer(text, a, b)], (pattern.pattern, text, a, b)


PIECES = ["\n", "\n\n", " ", "\t", "12", "3.", " Kop", "Beoordeling", "tekst", "x\n", "y", "#", "*", "(",
          "1. ", "Artikel 2.7", "\n  "]


@settings(max_examples=300)
@given(st.sampled_from(PATTERNS), st.lists(st.sampled_from(PIECES), max_size=25).map("".join), st.data())
def test_a_pattern_sought_from_the_breaks_finds_its_own_matches(pattern, text, data):
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    _same(pattern, text, a, b)


def test_every_corpus_text():
    import conftest_zoo as zoo

    from geschil.ingest import load

    rulings = zoo.good_rulings()
    if not rulings:
        pytest.skip("no corpus PDF")
    rng = random.Random(5)
    for path in rulings[::3]:
        text = load(path).text
        for pattern in PATTERNS[:4]:
            _same(pattern, text, 0, len(text))
            a = rng.randrange(len(text))
            _same(pattern, text, a, len(text))


@settings(max_examples=300)
@given(st.lists(st.sampled_from(PIECES), max_size=25).map("".join))
def test_a_titles_lead_on_every_line_is_one_scan_after_the_breaks(text):
    """Every line's lead (the marks a title may follow) is the first line's and one scan led by
    the line break for the others: the ends the line-anchored pattern finds."""
    ends = [_TITLE_LEAD.match(text).end()] + [m.end() for m in _BREAK_LEAD.finditer(text)]
    assert ends == [m.end() for m in _TITLE_LEAD.finditer(text)]
