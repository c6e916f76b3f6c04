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


# The running header as first written: case-insensitive, sought at every place of the raw text.
# (the postbus with the letterhead's visiting address or KvK number after it since blind round 101)
RUNNING_HEADER_AS_WRITTEN = r"\bpagina\s+\d+\s+van\s+\d+\b|Postbus\s+\d+.{0,30}Zeist.{0,200}?(?:Bezoekadres|KvK)"


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["pagina", "Pagina", "PAGINA", "p", "xpagina", " ", "\n", "2", "van", "VAN",
                                 "Postbus", "postbus", "ſ", "Zeist", "ZEIST", "ı", "-", "a", "KvK", "Bezoekadres"]),
                max_size=20).map("".join))
def test_the_running_header_on_the_folded_text_finds_what_the_pattern_finds(text):
    """The layout's running-header test reads the raw text folded, with the pattern's words in lower
    case and its word boundary after the first letter: it finds a header wherever the pattern as
    written does, on generated texts and on every corpus ruling's raw pages."""
    from geschil.extract.recognise import RUNNING_HEADER

    written = re.compile(RUNNING_HEADER_AS_WRITTEN, re.I | re.S)
    assert bool(RUNNING_HEADER.search(fold(text))) == bool(written.search(text))


def test_the_running_header_of_every_corpus_ruling():
    from conftest_zoo import good_rulings

    from geschil.extract.recognise import RUNNING_HEADER
    from geschil.ingest import load

    rulings = good_rulings()
    if not rulings:
        pytest.skip("no corpus PDF")
    written, seen = re.compile(RUNNING_HEADER_AS_WRITTEN, re.I | re.S), set()
    for path in rulings:
        raw = "\n".join(load(path).raw_pages)
        found = written.search(raw)
        seen.add(bool(found))
        assert bool(RUNNING_HEADER.search(fold(raw))) == bool(found), path.name
    assert seen == {True, False}
