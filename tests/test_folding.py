"""A case-insensitive pattern run as a case-sensitive one over the folded text (geschil/folding.py)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geschil.folding import lowered
from geschil.literals import fold


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"Zorginstituut|\bCVZ\b", re.I, r"zorginstituut|\bcvz\b"),
    (r"(?=\s+Foo)Bar", re.I, r"(?=\s+foo)bar"),  # a look-ahead's letters are lowered too
    (r"(?<=[.;])Wet\S*", re.I, r"(?<=[.;])wet\S*"),  # \S is an escape, not a letter
    (r"(?P<Name>Zorg)\W+\d\D", re.I, r"(?P<Name>zorg)\W+\d\D"),  # a group's name stays
    (r"[A-Z]\.\s", re.I, r"[a-z]\.\s"),
    (r"\N{LATIN SMALL LETTER E WITH ACUTE}én", re.I, r"\N{LATIN SMALL LETTER E WITH ACUTE}én"),
    (r"ÉÉN", re.I, "één"),
    # case matters, or the form cannot be held to the original: none
    (r"abc", 0, None),  # not case-insensitive: nothing to gain
    (r"(?-i:[A-Z])\w+", re.I, None),  # a part that is case-sensitive
    (r"(?i)ABC", re.I, None),  # the source turns case-insensitivity on again
    (r"(a)\1", re.I, None),  # a back-reference
    (r"(?(1)a|b)", re.I, None),
    # folded, the two branches are one letter twice, which the parser reads as another tree: the
    # two cannot be held equal, so the pattern keeps its own form
    (r"ı|i", re.I, None),
    (r"İs", re.I, "is"),
])
def test_lowered(pattern, flags, expected):
    assert lowered(pattern, flags) == expected


PATTERNS = [r"zorg\w*verzekeraar", r"\bart(?:ikel)?\.?\s+\d+", r"[a-z]+ing\b", r"(?<!\w)ov\.?\s",
            r"ß|ss", r"\bK\b", r"[^a-z\s]+", r"İs", r"straße"]
ALPHABET = "aAbBsSßẞıİiIkKK \n.-zZéÉſ0"


@settings(max_examples=300)
@given(st.sampled_from(PATTERNS), st.text(alphabet=ALPHABET, max_size=30))
def test_the_lowered_pattern_finds_on_the_folded_text_what_the_pattern_finds(pattern, text):
    """Also with the characters re.IGNORECASE holds equal beyond their lower case (ſ and s,
    K and the Kelvin sign, İ and i): the spans are the pattern's own."""
    low = lowered(pattern, re.I)
    assert low is not None
    want = [m.span() for m in re.finditer(pattern, text, re.I)]
    assert [m.span() for m in re.finditer(low, fold(text))] == want
