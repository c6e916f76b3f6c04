"""The literal pre-filter (geschil/literals.py): which words a pattern needs, and that filtering
never loses a match that the pattern itself would find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from geschil import literals
from geschil.literals import fold, needs

ROOT = Path(__file__).resolve().parent.parent

# (pattern, flags, the literals one of which every match contains; None: no filter)
NEEDS = [
    (r"\bongeval\w*", re.I, {"ongeval"}),
    (r"[Aa]rtikel\s+\d+", 0, {"artikel"}),
    (r"(?:art(?:ikel)?\.?|artt\.)\s*\d+", re.I, {"art"}),
    (r"\bfoo\s+(?:bar|baz)", 0, {"foo"}),
    (r"(?:verzoeker|verzoekster|de\s+zorgverzekeraar)", re.I, {"verzoeker", "verzoekster", "zorgverzekeraar"}),
    (r"(?:zorg){2,}", 0, {"zorg"}),
    (r"\d+ jaar", 0, {" jaar"}),
    (r"ONGEVAL", re.I, {"ongeval"}),
    (r"x(?!yz)abcd", 0, {"abcd"}),
    # sre factors "ongeval|ongeluk" into "onge(?:val|luk)": the run goes on into the group
    (r"\b(?:ongeval|ongeluk)\b", re.I, {"ongeval", "ongeluk"}),
    (r"\b(?:heeft|had)\s+\d", 0, {"heeft", "had"}),
    # nothing every match must contain
    (r"a|bcd", 0, None),
    (r"(?:ongeval)?\d+", 0, None),
    (r"(?<=lid )\d", 0, None),  # a look-behind's words stand outside the match
    (r"(?=ongeval)\w+", 0, None),
    (r"\d{1,2}-\d{1,2}-\d{4}", 0, None),
    (r"de|het", 0, None),  # shorter than MIN_LEN
]


@pytest.mark.parametrize(("pattern", "flags", "expected"), NEEDS)
def test_needs(pattern, flags, expected):
    found = needs(re.compile(pattern, flags))
    assert (set(found) if found else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Het ONGEVAL", "het ongeval"),
    ("İstanbul", "istanbul"),  # one character for one: offsets stay
    ("Straſe", "strase"),  # re.I holds ſ and s equal
    ("ı", "i"),
])
def test_fold_keeps_offsets(text, expected):
    assert fold(text) == expected and len(fold(text)) == len(text)


@pytest.mark.parametrize(("pattern", "text", "span"), [
    (r"\bongeval\b", "Het Ongeval gebeurde", (4, 11)),
    (r"\bongeval\b", "Het ongevallen", None),
    (r"strasse", "STRAſSE", (0, 7)),  # the filter folds as re.I does
    (r"tandarts", "geen tand, geen arts", None),
])
def test_filtered_search_answers_as_the_pattern(pattern, text, span):
    f = literals.compile(pattern, re.I)
    assert isinstance(f, literals.Filtered)
    m = f.search(text)
    assert (m.span() if m else None) == span == ((p := re.search(pattern, text, re.I)) and p.span())


def test_windowed_search_sees_only_the_window():
    f = literals.compile(r"ongeval", re.I)
    text = "een ongeval; daarna niets meer"
    assert f.search(text, 0, 11).span() == (4, 11)
    assert f.search(text, 0, 10) is None  # the literal does not stand wholly inside
    assert f.search(text, 5) is None
    assert list(f.finditer(text, 12)) == []


def _corpus_texts() -> list[str]:
    from geschil import reason
    from geschil.pipeline import extract_path

    texts = []
    for path in sorted((ROOT / "corpus" / "src").glob("*.txt")):
        reason.check(extract_path(path))  # every lazily compiled pattern is registered now
        texts.append(path.read_text(encoding="utf-8"))
    return texts


def test_every_match_of_every_pattern_holds_one_of_its_literals():
    """The filter's one promise, on every corpus ruling and every pattern geschil compiles: a
    match always contains one of the pattern's literals, so no search it skips could succeed."""
    texts = _corpus_texts()[::3]  # every pattern is compiled by then; a third keeps this quick
    patterns = literals.REGISTRY.patterns
    assert len(patterns) > 200
    matched = 0
    for f in patterns:
        for text in texts:
            for k, m in enumerate(f.compiled.finditer(text)):
                if m.end() > m.start():
                    matched += 1
                    assert any(lit in fold(m.group()) for lit in f.literals), (f, m.group())
                if k:
                    continue
                a, b = m.start(), m.end()  # a window round the match: the filter finds it too
                want, got = f.compiled.search(text, a, b), f.search(text, a, b)
                assert (got and got.span()) == (want and want.span()), (f, m.group())
    assert matched > 2000


def test_a_pattern_read_from_its_leading_literals_finds_what_it_finds_alone():
    """A long text is searched only where a pattern's leading literals start (an optional prefix
    adds its own: "(?:zeer\\s+)?ernstig"): on every corpus ruling, every such pattern finds the
    very matches a scan of its own finds."""
    texts = _corpus_texts()[::2]
    led = [f for f in literals.REGISTRY.patterns if f._lead is not None]
    assert len(led) > 100
    assert literals.leads(re.compile(r"(?<![\w\-])(?:(?:zeer\s+)?ernstig|extreem)\s+geslonken")) == {
        "zeer", "ernstig", "extreem"}
    assert literals.leads(re.compile(r"(?:d\s+)?ongeval")) is None  # "d" is too short to lead
    assert literals.leads(re.compile(r"(?:de\s+)?ongeval")) == {"de", "ongeval"}
    assert literals.leads(re.compile(r"(?:zitting)?")) is None  # a match may be empty
    # sre takes the common start out of an alternation ("h(?:eeft|ad)"): the run goes on into it
    assert literals.leads(re.compile(r"(?:heeft|had)\s+de")) == {"heeft", "had"}
    assert literals.leads(re.compile(r"art(?:ikel|\.)\s")) == {"artikel", "art."}
    assert literals.leads(re.compile(r"h(?:eeft|ad)?\s")) is None  # the group may be empty: "h" alone
    for f in led:
        for text in texts:
            literals.begin(text)
            assert [m.span() for m in f.finditer(text)] == [m.span() for m in f.compiled.finditer(text)], f
            for pos in (0, len(text) // 3):  # a search too tries only where a lead starts
                got, want = f.search(text, pos), f.compiled.search(text, pos)
                assert (got and got.span()) == (want and want.span()), f


@pytest.mark.parametrize("text", [
    "de geschillencommissie zorgverzekeringen; " * 6 + "De Geschillencommissie Zorgverzekeringen",
    "SKGZ " + "geschillencommissie zorgverzekeringen " * 9,
    "geschillencommissie " * 9,
])
def test_a_led_search_past_its_tries_scans_on(text):
    """A leading literal standing often where its pattern fails (the literals are compared folded;
    this pattern is not): after a few tries the rest of the text is scanned, with the same answer."""
    f = literals.compile(r"Geschillencommissie\s+Zorgverzekeringen|\bSKGZ\b")
    assert f._lead is not None
    literals.begin(text)
    for pos in (0, 7, len(text) // 2):
        got, want = f.search(text, pos), f.compiled.search(text, pos)
        assert (got and got.span()) == (want and want.span())


def test_the_table_of_pattern_literals_holds_what_reading_every_pattern_gives():
    """law/pattern_literals.json saves each process reading its patterns' literals: read afresh
    (the table off) over the corpus, every pattern the pipeline compiles is in it, as read; a
    stale table fails here (rewrite it with `python -m geschil.literals corpus/src/*.txt`)."""
    import json
    import os
    import subprocess
    import sys

    script = ("import json, sys\n"
              "from geschil import literals, reason\n"
              "from geschil.pipeline import extract_path\n"
              "for name in sys.argv[1:]:\n"
              "    reason.check(extract_path(name))\n"
              "print(json.dumps(literals.ANALYSED))\n")
    texts = sorted(str(p) for p in (ROOT / "corpus" / "src").glob("*.txt"))
    env = {**os.environ, "GESCHIL_PATTERN_TABLE": "off"}
    out = subprocess.run([sys.executable, "-c", script, *texts], capture_output=True, text=True,
                         env=env, check=True).stdout
    fresh = json.loads(out.splitlines()[-1])
    table = json.loads((ROOT / "geschil" / "law" / literals.TABLE).read_text("utf-8"))["patterns"]
    assert len(fresh) > 300
    assert fresh == table


@pytest.mark.parametrize("spans, expected", [
    ([(0, 22), (23, 51), (52, 82)], [1]),  # the only sentence where "ongeval" stands
    ([(0, 22), (23, 30), (31, 82)], []),  # "ongeval" across a border stands whole in neither
    ([(52, 82)], []),
])
def test_holding_names_the_sentences_a_pattern_may_match(spans, expected):
    text = "De kroon is geplaatst. Het ongeval was in mei 2020. De aanvraag kwam later binnen."
    f = literals.compile(r"\bongeval\w*", re.I)
    literals.begin(text)
    assert literals.holding(text, spans, f) == expected
    assert literals.holding(text, spans, re.compile(r"\d+")) == list(range(len(spans)))  # no literals


def test_holding_keeps_every_sentence_where_a_pattern_matches():
    """On every corpus ruling and every filtered pattern: the sentences a pattern matches in are
    among those holding its literals (an extractor visiting only those misses nothing)."""
    from geschil.extract.text import sentences

    patterns = literals.REGISTRY.patterns
    for text in _corpus_texts()[::4]:
        literals.begin(text)
        spans = list(sentences(text))
        for f in patterns[::3]:
            kept = set(literals.holding(text, spans, f))
            assert {k for k, (a, b) in enumerate(spans) if f.compiled.search(text, a, b)} <= kept, f


def test_a_pattern_compiled_again_is_the_same_filter():
    """Functions that compile a pattern on each call must not grow the registry (a long batch
    would otherwise hold one filter per call, and each new literal rebuilds the automaton)."""
    first = literals.compile(r"\bzitting\s+van\b", re.I)
    before = len(literals.REGISTRY.patterns)
    assert literals.compile(r"\bzitting\s+van\b", re.I) is first
    assert len(literals.REGISTRY.patterns) == before


def test_reading_a_ruling_again_registers_nothing_new():
    from geschil.pipeline import extract_path

    path = sorted((ROOT / "corpus" / "src").glob("*.txt"))[0]
    extract_path(path)
    before = (len(literals.REGISTRY.patterns), len(literals.REGISTRY.ids))
    extract_path(path)
    assert (len(literals.REGISTRY.patterns), len(literals.REGISTRY.ids)) == before


FIRST_RULING = """
import sys
from geschil import literals
built = []
real = literals._Registry._built
def counted(self):
    if self.automaton is None:
        built.append(len(self.ids))
    return real(self)
literals._Registry._built = counted
from geschil import reason
from geschil.pipeline import extract_path
reason.check(extract_path(sys.argv[1]))
print(len(built))
"""


def test_a_processs_first_ruling_builds_the_automaton_once():
    """The literals of the patterns a ruling compiles lazily are known from the table at the
    first build: no new word rebuilds the automaton and rescans the text (it did ten times)."""
    import subprocess
    import sys

    path = sorted((ROOT / "corpus" / "src").glob("*.txt"))[0]
    run = subprocess.run([sys.executable, "-c", FIRST_RULING, str(path)], capture_output=True,
                         text=True, timeout=300, check=True)
    assert run.stdout.split() == ["1"]


def test_the_scans_of_a_ruling_are_dropped_when_the_next_begins():
    """A batch of thousands keeps its memory flat: only the current document's scans and dates
    are held."""
    from geschil import dates
    from geschil.pipeline import extract_path

    first, second = sorted((ROOT / "corpus" / "src").glob("*.txt"))[:2]
    extract_path(first)
    text = max(literals.REGISTRY.scans, key=len)  # the first ruling's whole text
    assert len(text) > 3000
    extract_path(second)
    after_both = dates._dates.cache_info().currsize
    assert text not in literals.REGISTRY.scans
    extract_path(second)
    assert dates._dates.cache_info().currsize == after_both  # the second's own dates only


@pytest.mark.parametrize("text", [
    "\U0001F600\U0001F600 x ongeval en nog een ongeval",  # characters outside the BMP
    "İ" * 500 + " ongeval, het ongeval",  # a long text (the leading-word path) whose lower case is longer
    "ab\ud800cd ongeval \x00 ongevallen",  # a lone surrogate and a NUL from a damaged PDF
])
def test_offsets_hold_for_any_text(text):
    f = literals.compile(r"\bongeval\w*", re.I)
    assert [m.span() for m in f.finditer(text)] == [m.span() for m in f.compiled.finditer(text)]
    for pos, endpos in ((0, len(text)), (3, len(text) - 2), (len(text) // 2, len(text))):
        got, want = f.search(text, pos, endpos), f.compiled.search(text, pos, endpos)
        assert (got and got.span()) == (want and want.span())


def test_a_pattern_compiled_after_a_scan_is_not_skipped_by_it():
    """Patterns are compiled lazily: one compiled after a text was scanned needs literals that
    scan did not seek, so its answer cannot rule the pattern out (the first ruling a process
    read lost the speaker of its citations this way)."""
    text = "de commissie noemt het kwxzlapje hier"
    present = literals.present(text)
    late = literals.compile(r"\bkwxzlapje\b")
    assert late.ids.isdisjoint(present)  # its literal was not sought ...
    assert literals.can_match(late, present)  # ... so the scan cannot rule it out
    assert literals.can_match(late, literals.present(text + " "))  # a new scan finds it
    assert not literals.can_match(late, literals.present("een tekst zonder dat woord"))


@pytest.mark.parametrize(("text", "expected"), [
    ("de verzoeker stelt dat het ongeval in 2019 was", [0, 2, 3]),  # stelt, ongeval, no literal
    ("het ongeval", [2, 3]),
    ("niets van dat alles", [3]),
    ("Verzoeker STELT het", [0, 3]),  # folded
])
def test_an_index_of_patterns_visits_those_whose_words_stand_and_those_needing_none(text, expected):
    patterns = [literals.compile(r"\bstelt\b", re.I), literals.compile(r"\bbetoogt\b"),
                literals.compile(r"ongeval\w*"), re.compile(r"\d+|$")]
    index = literals.Index(patterns)
    present = literals.present(text)
    assert [patterns.index(p) for p in index.candidates(present)] == expected
    # never one fewer than asking each pattern in turn
    assert [p for p in patterns if literals.can_match(p, present)] == index.candidates(present)


def test_an_index_built_before_a_pattern_was_scanned_for_asks_each_pattern():
    text = "een zin met het woord qzwvlopje erin"
    present = literals.present(text)
    late = literals.compile(r"\bqzwvlopje\b")
    assert literals.Index([late]).candidates(present) == [late]


def test_every_lowered_pattern_finds_on_the_folded_text_what_its_pattern_finds():
    """A case-insensitive pattern is searched as its lowered form over the folded text
    (geschil/folding.py): on every corpus ruling, each such pattern of geschil finds the very
    spans its own form finds, and a search from anywhere, through the pre-filter, the same match."""
    texts = _corpus_texts()[1::4]  # a quarter (the others' halves are read by the tests above)
    low = [f for f in literals.REGISTRY.patterns if f._low is not None]
    assert len(low) > 250
    for f in low:
        for text in texts:
            literals.begin(text)
            want = [m.span() for m in f.compiled.finditer(text)]
            assert [m.span() for m in f._low.finditer(fold(text))] == want, f
            for pos in (0, len(text) // 2):
                got, expected = f.search(text, pos), f.compiled.search(text, pos)
                assert (got and (got.span(), got.groups())) == (expected and (expected.span(), expected.groups())), f


def test_every_line_anchored_pattern_sought_from_the_breaks_finds_its_own_matches():
    """A filtered pattern anchored at line starts, without leads, is sought from the line breaks
    (geschil/lines.py), in the folded text when it is lowered: on every corpus ruling it finds
    the spans its own finditer finds, and a search from any place the match its own finds."""
    texts = _corpus_texts()[::3]
    anchored = [f for f in literals.REGISTRY.patterns if f._lines is not None]
    assert len(anchored) >= 5
    for f in anchored:
        for text in texts:
            literals.begin(text)
            assert [m.span() for m in f.finditer(text)] == [m.span() for m in f.compiled.finditer(text)], f
            after_breaks = [m.end() for m in re.finditer("\n", text)][::40][:5]
            for pos in [0, 1, len(text) // 2, *after_breaks]:
                got, want = f.search(text, pos), f.compiled.search(text, pos)
                assert (got and got.span()) == (want and want.span()), (f, pos)


def test_no_module_binds_a_top_level_name_twice():
    """A pattern defined again further down a module silently replaces the first for every caller
    (session 38: committee_term.NOTIFICATION, a new approval.GIVEN_THEN): each name is bound once."""
    import ast
    from collections import Counter
    from pathlib import Path

    twice = []
    for path in sorted((Path(__file__).resolve().parent.parent / "geschil").rglob("*.py")):
        names = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names[node.target.id] += 1
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names[node.name] += 1
        twice += [f"{path.name}: {name}" for name, n in names.items() if n > 1]
    assert twice == []
