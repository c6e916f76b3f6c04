"""Which literal words a pattern needs, and one Aho-Corasick pass that says which stand in a text.

A ruling's text is searched by a few hundred patterns, most of which cannot match most sentences.
Like eyecite's and Hyperscan's pre-filters, every pattern compiled with `compile` declares the
literal strings one of which any match must contain (derived from the pattern itself, so the two
cannot drift apart); one pass of a pyahocorasick automaton over a text finds all of them at once,
and a pattern runs only where one of its literals stands. The answer is always the pattern's own:
the pre-filter only skips searches that cannot succeed (tests/test_literals.py holds every pattern
against every corpus sentence).

Literals are compared lower-cased, with the characters that re.IGNORECASE treats as equal folded
together, so a pattern with or without re.I is filtered correctly.
"""

from __future__ import annotations

import operator
import re
from bisect import bisect_left, bisect_right
from functools import cache, lru_cache
from itertools import repeat

import ahocorasick

from geschil import lines, recache

try:  # Python 3.11+
    from re import _casefix, _parser
    from re import _constants as C
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # noqa: N812
    import sre_parse as _parser

    _casefix = None

MIN_LEN = 3  # shorter literals ("de", "en") stand in nearly every sentence: no use as a filter
# ... but as the places where a match may begin they still beat a scan that tries every place
# with every alternative (measured over every search of the corpus: bench/literals_leads.py)
LEAD_MIN_LEN = 2
MAX_ALTERNATIVES = 64  # a run of characters and small classes expands to at most this many strings
MAX_BRANCHES = 64  # an alternation (a list of law names) unites at most this many
MAX_CLASS = 4  # a class of more characters ends a literal run
LONG = 400  # from this length on, a pattern with leading literals is tried only where they start
LED_TRIES = 4  # a search tries its pattern where this many leading literals start, then scans on


def _fold_table() -> dict[int, int]:
    """Characters that re.IGNORECASE holds equal although their lower case differs (ı and i)."""
    extra = getattr(_casefix, "_EXTRA_CASES", {}) if _casefix else {}
    table = {}
    for code, others in extra.items():
        canon = min((code, *others))
        for c in (code, *others):
            if c != canon:
                table[c] = canon
    table[0x130] = ord("i")  # İ lower-cases to two characters
    return table


_FOLD = _fold_table()


_FOLDABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_FOLD)) + "]")


def fold(text: str) -> str:
    """Lower case with re.IGNORECASE's extra equivalences, one character for one."""
    if _FOLDABLE.search(text) is None:  # nearly always: str.translate is slow
        low = text.lower()
        if len(low) == len(text):
            return low
    low = text.translate(_FOLD).lower()
    if len(low) != len(text):  # a character whose lower case is longer: keep offsets
        low = "".join(c.lower()[:1] or c for c in text.translate(_FOLD))
    return low.translate(_FOLD)


# -- which literals a pattern needs ----------------------------------------------------------------

Needs = frozenset  # alternatives: a match contains at least one of these strings


def _quality(alts: frozenset[str] | None) -> tuple[int, int]:
    if not alts:
        return (0, 0)
    return (min(len(a) for a in alts), -len(alts))


def _best(cands: list[frozenset[str]], min_len: int) -> frozenset[str] | None:
    good = [c for c in cands if c and _quality(c)[0] >= min_len]
    return max(good, key=_quality) if good else None


@cache
def _literal(code: int) -> tuple[str]:
    return (fold(chr(code)),)


def _chars(op, av) -> tuple[str, ...] | None:
    """The characters one item stands for, when few: a literal, or a small class of literals
    (folded, each once)."""
    if op is C.LITERAL:
        return _literal(av)
    if op is C.IN and len(av) <= MAX_CLASS and all(o is C.LITERAL for o, _ in av):
        return tuple(sorted({fold(chr(v)) for _, v in av}))
    return None


def _extend(run: list[str], chars: tuple[str, ...]) -> list[str]:
    """Every string of the run followed by every character (all distinct: a run's strings have
    one length)."""
    if len(chars) == 1:
        c = chars[0]
        return [a + c for a in run]
    return [a + c for a in run for c in chars]


def _seq(items, min_len: int) -> frozenset[str] | None:
    """The best set of literal alternatives that every match of a sequence contains."""
    cands: list[frozenset[str]] = []
    run = [""]
    for op, av in items:
        chars = _chars(op, av)
        if chars is not None and len(run) * len(chars) <= MAX_ALTERNATIVES:
            run = _extend(run, chars)
            continue
        if run != [""]:
            cands.append(frozenset(run))
            longer = _run_into(run, op, av)  # "h(?:eeft|ad)": heeft, had
            if longer is not run:
                cands.append(frozenset(longer))
        if chars is not None:
            run = list(chars)
            continue
        run = [""]
        sub = _item(op, av, min_len)
        if sub:
            cands.append(sub)
    if run != [""]:
        cands.append(frozenset(run))
    return _best(cands, min_len)


def _item(op, av, min_len: int) -> frozenset[str] | None:
    """What one non-literal item of a sequence needs, if anything."""
    if op is C.SUBPATTERN:
        return _seq(av[-1], min_len)
    if op is C.BRANCH:
        alts: set[str] = set()
        for branch in av[1]:
            need = _seq(branch, min_len)
            if not need:
                return None  # a branch that needs nothing: the whole needs nothing
            alts |= need
        return frozenset(alts) if len(alts) <= MAX_BRANCHES else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        lo, _, body = av
        return _seq(body, min_len) if lo >= 1 else None
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _seq(av, min_len)
    return None  # anchors, look-arounds, classes, back-references: no literal


_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)


def _lead(items) -> tuple[frozenset[str] | None, bool]:
    """(literal alternatives every non-empty match of the sequence begins with, or None when
    some path begins otherwise; whether the sequence can match nothing). An optional prefix
    adds its own leads to those of what follows ("(?:zeer\\s+)?ernstig": zeer, ernstig);
    zero-width assertions are skipped."""
    found: frozenset[str] = frozenset()
    run = [""]
    for op, av in items:
        chars = _chars(op, av)
        if chars is not None and len(run) * len(chars) <= MAX_ALTERNATIVES:
            run = _extend(run, chars)
            continue
        if run != [""]:  # a literal run begins every path not begun before it
            return found | frozenset(_run_into(run, op, av)), False
        if op in _ZERO_WIDTH:
            continue
        sub, empty = _item_lead(op, av)
        if sub is None:
            return None, False
        found |= sub
        if not empty:
            return found, False
    if run != [""]:
        return found | frozenset(run), False
    return found, True


def _run_into(run: list[str], op, av) -> list[str]:
    """A literal run continued by the leads of the group that follows it: sre's parser takes the
    common start out of an alternation ("heeft|had" is "h(?:eeft|ad)"), which would leave a
    one-letter lead; the run is the group's leads behind it, when they are few and the group
    cannot match nothing."""
    if op is not C.SUBPATTERN and op is not C.BRANCH:
        return run
    sub, empty = _item_lead(op, av)
    if not sub or empty or len(run) * len(sub) > MAX_ALTERNATIVES:
        return run
    return [a + b for a in run for b in sub]


def _item_lead(op, av) -> tuple[frozenset[str] | None, bool]:
    """_lead of one item that is no literal: a group, an alternation or a repeat."""
    if op is C.SUBPATTERN:
        return _lead(av[-1])
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _lead(av)
    if op is C.BRANCH:
        found, empty = frozenset(), False
        for branch in av[1]:
            sub, nothing = _lead(branch)
            if sub is None:
                return None, False
            found, empty = found | sub, empty or nothing
        return found, empty
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        lo, _, body = av
        sub, empty = _lead(body)
        return sub, empty or lo == 0
    return None, False


@lru_cache(maxsize=8)  # needs() and leads() read the same pattern in turn: parsed once
def _parsed(src: str, flags: int) -> list | None:
    try:
        return list(_parser.parse(src, flags))
    except Exception:  # noqa: BLE001 - a pattern re cannot parse gets no filter
        return None


def leads(pattern: re.Pattern, min_len: int = LEAD_MIN_LEN) -> frozenset[str] | None:
    """Literal alternatives (folded) every match begins with, each min_len long, or None."""
    tree = _parsed(pattern.pattern, pattern.flags) if isinstance(pattern.pattern, str) else None
    if tree is None:
        return None
    found, empty = _lead(tree)
    return found if found and not empty and len(found) <= MAX_BRANCHES and \
        min(map(len, found)) >= min_len else None


def needs(pattern: str | re.Pattern, min_len: int = MIN_LEN) -> frozenset[str] | None:
    """Literal alternatives one of which every match contains (folded), or None if there are none."""
    src, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, 0)
    if isinstance(src, bytes):
        return None
    tree = _parsed(src, flags)
    return None if tree is None else _seq(tree, min_len)


# -- the automaton and the scans ---------------------------------------------------------------------


class _Registry:
    """Every literal any filtered pattern needs, and the automaton that finds them all."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.lengths: list[int] = []  # of each literal, by id
        self.longest = 1  # the longest literal's length
        self.automaton: ahocorasick.Automaton | None = None
        self.scans: dict[str, Scan] = {}
        self.base: _Hits | None = None  # the current document's scan
        self.patterns: list[Filtered] = []  # every filtered pattern, for the equivalence test
        self.seeded = False  # whether the table's literals were registered

    def add(self, literals: frozenset[str]) -> frozenset[int]:
        new = [lit for lit in literals if lit not in self.ids]
        for lit in new:
            self.ids[lit] = len(self.ids)
            self.lengths.append(len(lit))
            self.longest = max(self.longest, len(lit))
        if new:  # the automaton and every scan so far lack these literals
            self.automaton, self.scans, self.base = None, {}, None
        return frozenset(self.ids[lit] for lit in literals)

    def _built(self) -> ahocorasick.Automaton:
        if self.automaton is None:
            if not self.seeded:  # once: the patterns a ruling compiles lazily find their literals
                self.seeded = True  # known, and the automaton is built once, not at each
                self.add(_table_literals())  # new word (ten times over a first ruling)
            automaton = ahocorasick.Automaton()
            for lit, i in self.ids.items():
                automaton.add_word(lit, i)
            automaton.make_automaton()
            self.automaton = automaton
        return self.automaton

    def begin(self, text: str) -> None:
        """A new document: its whole text is scanned once; the texts cut from it later (sections,
        sentences, clauses) are windows on that one scan, not scans of their own."""
        self.scans, self.base = {}, None
        if text:
            self.base = _Hits(self._built(), text)

    def scan(self, text: str) -> Scan:
        found = self.scans.get(text)
        if found is None:
            if len(self.scans) > 4096:
                self.scans = {}
            base, off = self.base, -1
            if base is not None and len(text) <= len(base.text):
                off = base.text.find(text)
            if off < 0:  # not cut from the document (a normalised text): a scan of its own
                base, off = _Hits(self._built(), text), 0
            found = self.scans[text] = Scan(base, off, len(text))
        return found


_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)


class Found(frozenset):
    """The ids of the literals standing in a text, and how many literals were registered when it
    was scanned (`known`): a pattern compiled later may need one it could not have found.

    Ask it, do not pass it: `found.isdisjoint(ids)`, not `ids.isdisjoint(found)`, which CPython
    answers by iterating over all of a subclass's members rather than the smaller set's."""

    __slots__ = ("known",)


class _Hits:
    """Where the literals stand in one text, found by one pass of the automaton."""

    __slots__ = ("text", "folded", "ends", "ids", "known", "_windows", "_starts", "_by_literal")

    def __init__(self, automaton: ahocorasick.Automaton, text: str) -> None:
        self.text = text
        self.folded = folded = fold(text)  # also what the lowered patterns search (folding.py)
        hits = list(automaton.iter(folded)) if len(automaton) else []  # (end, id), by end
        self.ends, self.ids = list(map(_FIRST, hits)), list(map(_SECOND, hits))  # not zip(*hits):
        # a call with thousands of arguments costs more than the scan
        self.known = len(automaton)  # the literals sought: those registered so far
        self._windows: dict[tuple[int, int], frozenset[int]] = {}
        self._starts: dict[int, list[int]] = {}  # by literal, as asked
        self._by_literal: list[int] | None = None  # every hit as one integer, literal then end

    def window(self, pos: int, endpos: int, lengths: list[int]) -> frozenset[int]:
        """The literals standing wholly inside text[pos:endpos] (a sentence is asked many times)."""
        found = self._windows.get((pos, endpos))
        if found is None:
            ends, ids = self.ends, self.ids
            lo, hi = bisect_left(ends, pos), bisect_left(ends, endpos)
            # a hit ending a longest literal's length past pos starts inside: only those before
            # it are checked one by one, the rest are taken as a slice
            sure = bisect_left(ends, pos + REGISTRY.longest - 1, lo, hi)
            found = Found([ids[k] for k in range(lo, sure) if ends[k] - lengths[ids[k]] + 1 >= pos]
                          + ids[sure:hi])
            found.known = self.known
            self._windows[(pos, endpos)] = found
        return found

    def starts(self, i: int, lengths: list[int]) -> list[int]:
        """Where literal i starts, in text order. The hits are sorted by literal once (as one
        integer each, literal then end), and a literal's starts are read off when first asked:
        only the few that lead a pattern ever are."""
        found = self._starts.get(i)
        if found is None:
            # as few bits for the end as the text needs: the keys stay below 2**30 for any ruling,
            # where sorting and comparing them is cheapest
            bits = len(self.text).bit_length()
            by = self._by_literal
            if by is None:
                by = self._by_literal = sorted(map(operator.or_, map(operator.lshift, self.ids, repeat(bits)),
                                                   self.ends))
            lo, hi = bisect_left(by, i << bits), bisect_left(by, (i + 1) << bits)
            shift, mask = lengths[i] - 1, (1 << bits) - 1
            found = self._starts[i] = [(key & mask) - shift for key in by[lo:hi]]
        return found


class Scan:
    """The literals standing in one text: a window on the scan of the text it was cut from."""

    __slots__ = ("ids", "_base", "_off", "_n", "_folded")

    def __init__(self, base: _Hits, off: int, n: int) -> None:
        self._base, self._off, self._n = base, off, n
        self.ids = base.window(off, off + n, REGISTRY.lengths)
        self._folded: str | None = None

    def folded(self) -> str:
        """The text folded: a slice of its document's folding, made when first asked."""
        found = self._folded
        if found is None:
            base, off, n = self._base, self._off, self._n
            found = base.folded if off == 0 and n == len(base.text) else base.folded[off:off + n]
            self._folded = found
        return found

    def within(self, pos: int, endpos: int) -> frozenset[int]:
        """The literals standing wholly inside text[pos:endpos]."""
        off = self._off
        return self._base.window(off + pos, off + min(endpos, self._n), REGISTRY.lengths)

    def led_search(self, compiled: re.Pattern, lead: frozenset[int], text: str, pos: int,
                   endpos: int, lengths: list[int], low: re.Pattern | None = None):
        """compiled.search(text, pos, endpos) for a pattern every match of which begins with one
        of the lead literals: the match tried at each place one starts, the nearest first, until
        one holds (the leftmost match begins at the first such place where one exists). `lead`:
        those standing in the window; `low`: the pattern lowered, for the scan past the tries."""
        if not lead:
            return None
        off, endpos = self._off, min(endpos, self._n)
        lo, hi = off + pos, off + endpos
        starts = self._base.starts
        heads = []  # [next start, its index, literal] per lead literal standing in the window
        for i in lead:
            found = starts(i, lengths)
            k = bisect_left(found, lo)
            if k < len(found) and found[k] + lengths[i] <= hi:
                heads.append([found[k], k, i])
        tried, misses = -1, 0
        while heads:
            head = min(heads)
            at, k, i = head
            if at != tried:
                if misses == LED_TRIES:  # a literal standing often where the pattern fails:
                    return self.search_folded(compiled, low, text, at - off, endpos)  # none before `at`
                m = compiled.match(text, at - off, endpos)
                if m:
                    return m
                tried, misses = at, misses + 1
            found = starts(i, lengths)
            if k + 1 < len(found) and found[k + 1] + lengths[i] <= hi:
                head[0], head[1] = found[k + 1], k + 1
            else:
                heads.remove(head)
        return None

    def search_folded(self, compiled: re.Pattern, low: re.Pattern | None, text: str, pos: int,
                      endpos: int):
        """compiled.search(text, pos, endpos), found by the lowered pattern in the folded text
        when there is one (the match itself is the pattern's own, made where that one starts)."""
        if low is None:
            return compiled.search(text, pos, endpos)
        m = low.search(self.folded(), pos, endpos)
        return None if m is None else compiled.match(text, m.start(), endpos)

    def starts_of(self, i: int, pos: int, endpos: int, lengths: list[int]) -> list[int]:
        """Where literal i starts wholly inside text[pos:endpos] (offsets in this text): a slice
        of the document's sorted starts, not a filtered copy of all of them."""
        found = self._base.starts(i, lengths)
        off = self._off
        lo, hi = off + pos, off + min(endpos, self._n)
        k = bisect_left(found, lo)
        run = found[k:bisect_right(found, hi - lengths[i], k)]  # those ending by hi
        return [s - off for s in run] if off else run


REGISTRY = _Registry()


def forget() -> None:
    """Drop the scans of the texts read so far (a new document begins: memory stays flat)."""
    REGISTRY.scans, REGISTRY.base = {}, None


def begin(text: str) -> None:
    """A new document begins: scan its text once, and drop what was found in the previous one
    (and keep the code of the patterns the last one compiled, for the next process)."""
    recache.save()
    REGISTRY.begin(text)


def present(text: str) -> frozenset[int]:
    """The ids of the registered literals that stand in text."""
    return REGISTRY.scan(text).ids


def within(text: str, pos: int, endpos: int) -> frozenset[int]:
    """The ids of the registered literals standing wholly inside text[pos:endpos]."""
    return REGISTRY.scan(text).within(pos, endpos)


def holding(text: str, spans, *patterns) -> list[int]:
    """The indices of the spans (sorted, disjoint windows of text) in which a literal one of the
    patterns needs stands wholly: only there can one of them match. An extractor that walks its
    sentences for these patterns visits those alone, found from where the literals start rather
    than by asking every sentence."""
    wanted: set[int] = set()
    for pattern in patterns:
        need = getattr(pattern, "ids", None)
        if need is None:  # a pattern with no literals may match anywhere
            return list(range(len(spans)))
        wanted |= need
    scan = REGISTRY.scan(text)
    present = wanted & scan.ids
    if not present:
        return []
    lefts = [a for a, _ in spans]
    lengths, found = REGISTRY.lengths, set()
    for i in present:
        n = lengths[i]
        for at in scan.starts_of(i, 0, len(text), lengths):
            k = bisect_right(lefts, at) - 1
            if k >= 0 and at + n <= spans[k][1]:
                found.add(k)
    return sorted(found)


def among(text: str, spans, *patterns) -> list:
    """The spans themselves that `holding` names, in order."""
    return [spans[k] for k in holding(text, spans, *patterns)]


def can_match(pattern, ids: frozenset[int]) -> bool:
    """Whether a pattern may match where these literals stand (a pattern with no filter may, and
    so may one compiled after the text was scanned: its literals were not sought)."""
    need = getattr(pattern, "ids", None)
    return need is None or not ids.isdisjoint(need) or pattern.newest >= getattr(ids, "known", 1 << 62)


class Index:
    """Items (patterns, or things holding one: `pattern` reads it) by the literals their patterns
    need: a text visits only those whose words stand in it (and those that need none), in the
    list's order, instead of asking each in turn."""

    __slots__ = ("items", "_patterns", "_by_id", "_always", "_keys", "_newest", "_memo")

    def __init__(self, items, pattern=None) -> None:
        self.items = list(items)
        self._patterns = [pattern(item) for item in self.items] if pattern else self.items
        self._by_id: dict[int, list[int]] = {}
        self._always: list[int] = []
        for k, p in enumerate(self._patterns):
            need = getattr(p, "ids", None)
            for i in need if need is not None else ():
                self._by_id.setdefault(i, []).append(k)
            if need is None:
                self._always.append(k)
        self._keys = frozenset(self._by_id)
        self._newest = max((p.newest for p in self._patterns if hasattr(p, "newest")), default=-1)
        self._memo: dict[frozenset[int], list] = {}  # the few combinations of words texts hold

    def candidates(self, ids: frozenset[int]) -> list:
        """The items whose patterns may match where these literals stand (see can_match); the
        list is shared between calls, to be read, not changed."""
        if self._newest >= getattr(ids, "known", 1 << 62):  # scanned before one was compiled
            return [item for item, p in zip(self.items, self._patterns, strict=True) if can_match(p, ids)]
        hit = self._keys & ids
        found = self._memo.get(hit)
        if found is None:
            if len(self._memo) > 1024:
                self._memo.clear()
            found = self._memo[hit] = [self.items[k] for k in sorted(
                {k for i in hit for k in self._by_id[i]}.union(self._always))]
        return found


class Filtered:
    """A compiled pattern behind its literal pre-filter, with re.Pattern's search API."""

    __slots__ = ("compiled", "pattern", "literals", "ids", "newest", "_lead", "_low", "_lines",
                 "flags", "groups", "groupindex")

    def __init__(self, compiled: re.Pattern, literals: frozenset[str],
                 lead: frozenset[str] | None = None, low: str | None = None) -> None:
        self.compiled, self.pattern = compiled, compiled.pattern
        self.literals = literals
        self.flags, self.groups, self.groupindex = compiled.flags, compiled.groups, compiled.groupindex
        self.ids = REGISTRY.add(literals)
        self.newest = max(self.ids)  # the id of its literal registered last
        self._lead = REGISTRY.add(lead) if lead else None  # every match starts with one of these
        # the pattern without re.IGNORECASE, for the folded text (folding.py)
        self._low = recache.compile(low, compiled.flags & ~re.IGNORECASE) if low else None
        # a line-anchored pattern without leads is sought from the line breaks (lines.py)
        self._lines = None if lead else (lines.led(low, compiled.flags & ~re.IGNORECASE) if low
                                         else lines.led(compiled.pattern, compiled.flags))
        REGISTRY.patterns.append(self)

    def possible(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """False only when no match can exist in text[pos:endpos]."""
        scan = REGISTRY.scan(text)
        if scan.ids.isdisjoint(self.ids):
            return False
        if pos == 0 and (endpos is None or endpos >= len(text)):
            return True
        endpos = len(text) if endpos is None else endpos
        # the literals of the window, found once and asked by every pattern (a sentence of a
        # section is searched by many)
        return not scan.within(pos, endpos).isdisjoint(self.ids)

    def search(self, text: str, pos: int = 0, endpos: int = 2**62):
        scan = REGISTRY.scans.get(text) or REGISTRY.scan(text)
        present = scan.ids
        if present.isdisjoint(self.ids):
            return None
        if pos > 0 or endpos < len(text):  # a window: the literals standing inside it
            present = scan.within(pos, endpos)
            if present.isdisjoint(self.ids):
                return None
        if self._lines is not None:
            return lines.search(self.compiled, text, pos, endpos, breaks=self._lines,
                                subject=text if self._low is None else scan.folded())
        if self._lead is None:
            return scan.search_folded(self.compiled, self._low, text, pos, endpos)
        return scan.led_search(self.compiled, self._lead & present, text, pos, endpos,
                               REGISTRY.lengths, self._low)

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62):
        if not self.possible(text, pos, endpos):
            return iter(())
        if self._lead is not None and len(text) > LONG:
            return self._led(text, pos, endpos)
        if self._lines is not None:
            return lines.finditer(self.compiled, text, pos, endpos, breaks=self._lines,
                                  subject=text if self._low is None else REGISTRY.scan(text).folded())
        if self._low is not None and self._lead is None:
            return self._folded_matches(text, pos, endpos)
        return self.compiled.finditer(text, pos, endpos)

    def _folded_matches(self, text: str, pos: int, endpos: int):
        """finditer's matches, found by the lowered pattern in the folded text (the same spans:
        its matches follow one another as the pattern's do)."""
        match = self.compiled.match
        for m in self._low.finditer(REGISTRY.scan(text).folded(), pos, endpos):
            yield match(text, m.start(), endpos)

    def _led(self, text: str, pos: int, endpos: int):
        """finditer's matches, tried only where a leading literal starts (a long text)."""
        scan, lengths = REGISTRY.scan(text), REGISTRY.lengths
        runs = [scan.starts_of(i, pos, endpos, lengths) for i in self._lead & scan.ids]
        # each run is sorted; literals of one lead may start at one place ("de", "den")
        candidates = runs[0] if len(runs) == 1 else sorted(set().union(*runs))
        last = pos
        for s in candidates:
            if s < last:
                continue  # inside the previous match: finditer does not overlap
            m = self.compiled.match(text, s, endpos)
            if m:
                yield m
                last = m.end()

    def findall(self, text: str, pos: int = 0, endpos: int = 2**62):
        return self.compiled.findall(text, pos, endpos) if self.possible(text, pos, endpos) else []

    def match(self, text: str, pos: int = 0, endpos: int = 2**62):
        return self.compiled.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = 2**62):
        return self.compiled.fullmatch(text, pos, endpos)

    def sub(self, repl, text: str, count: int = 0):
        return self.compiled.sub(repl, text, count) if self.possible(text) else text

    def subn(self, repl, text: str, count: int = 0):
        return self.compiled.subn(repl, text, count) if self.possible(text) else (text, 0)

    def split(self, text: str, maxsplit: int = 0):
        return self.compiled.split(text, maxsplit) if self.possible(text) else [text]

    def __repr__(self) -> str:
        return f"Filtered({self.compiled!r}, {sorted(self.literals)!r})"


@cache  # one Filtered per pattern, however often a function compiles it
def compile(pattern: str, flags: int = 0, min_len: int = MIN_LEN) -> re.Pattern | Filtered:  # noqa: A001
    """re.compile, behind a literal pre-filter when the pattern needs literals (min_len: 2 for a
    list of rare names with a short one among them, such as the laws' "BW")."""
    compiled = recache.compile(pattern, flags)
    lits, lead, low = _noted(compiled, min_len)
    return Filtered(compiled, lits, lead, low) if lits else compiled


def required(compiled: re.Pattern, min_len: int = MIN_LEN) -> frozenset[str] | None:
    """The literals (folded) one of which every match of a compiled pattern contains, for a
    test of the caller's own rather than the pre-filter (kept in the table like compile's)."""
    return _noted(compiled, min_len, OWN)[0]


OWN = "own"  # the table's mark of a pattern whose literals its caller tests (not the automaton's)


def _noted(compiled: re.Pattern, min_len: int, *mark: str):
    lits, lead, low = analysed(compiled, min_len)
    ANALYSED[_key(compiled, min_len)] = [sorted(lits) if lits else None, sorted(lead) if lead else None, low,
                                         *mark]
    return lits, lead, low


# -- the literals of every pattern, kept from one run to the next ----------------------------------
#
# Reading a pattern's literals costs more than compiling it (sre's parser runs in Python): about
# a tenth of a second per process for geschil's few hundred patterns. law/pattern_literals.json
# keeps the answers, keyed by a hash of the pattern, its flags and min_len: a pattern changed is a
# pattern not found there, read afresh (the table only saves time, it never decides);
# tests/test_literals.py holds the table to what reading every pattern gives, and
# `python -m geschil.literals FILE...` writes it after reading those rulings.

TABLE = "pattern_literals.json"
ANALYSED: dict[str, list] = {}  # this process's patterns, as the table holds them


def _key(compiled: re.Pattern, min_len: int) -> str:
    import hashlib

    raw = f"{compiled.flags}\x00{min_len}\x00{compiled.pattern}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(raw, digest_size=10).hexdigest()


@cache
def _table() -> dict[str, list]:
    import json
    import os
    from importlib import resources

    if os.environ.get("GESCHIL_PATTERN_TABLE") == "off":  # every pattern read afresh (the test)
        return {}
    try:
        return json.loads(resources.files("geschil.law").joinpath(TABLE).read_text("utf-8"))["patterns"]
    except (OSError, ValueError, KeyError):
        return {}


def _table_literals() -> frozenset[str]:
    """Every literal (needed or leading) of the table's filtered patterns: not those a caller
    tests itself (the page furniture's single letters would be hits all over the text)."""
    return frozenset(lit for row in _table().values() if OWN not in row[3:]
                     for part in row[:2] if part for lit in part)


def analysed(compiled: re.Pattern, min_len: int) -> tuple[frozenset[str] | None, frozenset[str] | None,
                                                        str | None]:
    """(needed literals, leading literals, the lowered source: folding.py) of a compiled pattern:
    from the table, else read."""
    hit = _table().get(_key(compiled, min_len)) if isinstance(compiled.pattern, str) else None
    if hit is not None and len(hit) >= 3:
        return (frozenset(hit[0]) if hit[0] else None), (frozenset(hit[1]) if hit[1] else None), hit[2]
    from geschil.folding import lowered

    lits = needs(compiled, min_len)
    if not lits:
        return None, None, None
    return lits, leads(compiled, min(min_len, LEAD_MIN_LEN)), lowered(compiled.pattern, compiled.flags)


def write_table(path) -> int:
    """Write the table of every pattern compiled in this process; the number of patterns."""
    import json
    from pathlib import Path

    note = ("Derived, not law: the literals each pattern of geschil needs and begins with "
            "(geschil/literals.py). Rewritten by `python -m geschil.literals FILE...`.")
    rows = ",\n".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}"
                      for k, v in sorted(ANALYSED.items()))
    Path(path).write_text(f'{{"_": {json.dumps(note)},\n"patterns": {{\n{rows}\n}}}}\n', encoding="utf-8")
    return len(ANALYSED)


def _main(argv: list[str]) -> int:
    """Read the rulings given (so every lazily compiled pattern is compiled), then write the table."""
    import os
    from pathlib import Path

    os.environ["GESCHIL_PATTERN_TABLE"] = "off"  # read every pattern afresh, not from the old table

    from geschil import literals, reason  # the module the pipeline uses, not this __main__
    from geschil.pipeline import extract_path

    for name in argv:
        reason.check(extract_path(name))
    target = Path(__file__).with_name("law") / TABLE
    print(f"{literals.write_table(target)} patterns written to {target}")
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(_main(sys.argv[1:]))
