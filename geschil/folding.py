"""A case-insensitive pattern as a case-sensitive one over the folded text.

Under re.IGNORECASE sre lowers every character it compares, and it finds no literal prefix or set
of first characters to skip to when a pattern opens with a letter: it tries the pattern at every
place. The same pattern with its letters lowered, compiled without the flag, matches the folded
text (literals.fold: lower case with re.IGNORECASE's extra equivalences, one character for one)
at the same places with the same spans, and compares characters as they are.

`lowered(pattern, flags)` is that pattern's source, or None when it cannot be had safely: the
lowered source must parse to the original's tree with its letters folded, and the tree may hold
only what means the same on folded text (literals, classes of folded characters, \\w \\s \\d and
their negations, anchors, groups, alternations, repeats and look-arounds; no inline flags and no
back-references). tests/test_literals.py holds every pattern of geschil to its lowered form on
every corpus ruling.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as C
    from re import _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # noqa: N812
    import sre_parse as _parser

from geschil.literals import fold

# Escapes, group openers (names, look-arounds) and inline flags are kept as written; the rest is
# folded (lowered, with re.IGNORECASE's extra equivalences: "ı" becomes "i").
_TOKEN = re.compile(r"\\N\{[^}]*\}|\\.|\(\?<?[=!]|\(\?[:>]|\(\?P<[^>]*>|\(\?P=[^)]*\)|\(\?#[^)]*\)"
                    r"|\(\?[a-zA-Z-]+[:)]|[^\\(]+|\(", re.S)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None))
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)
MAX_RANGE = 2000  # a class range wider than this is not checked character by character: refused


def lowered(pattern: str, flags: int) -> str | None:
    """The source to compile without re.IGNORECASE and run on the folded text, or None."""
    if not flags & re.IGNORECASE or not isinstance(pattern, str):
        return None
    low = "".join(t if t.startswith(("\\", "(?")) else fold(t) for t in _TOKEN.findall(pattern))
    try:
        tree, original = _parser.parse(low, flags & ~re.IGNORECASE), _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern the parser refuses is not lowered
        return None
    if tree.state.flags & re.IGNORECASE:  # "(?i)" in the source: it would stay case-insensitive
        return None
    return low if _caseless(tree) and _folded(tree) == _folded(original) else None


def _fixed(code: int) -> bool:
    """Whether a character is its own folded form."""
    return fold(chr(code)) == chr(code)


def _class_ok(items) -> bool:
    for op, av in items:
        if op is C.LITERAL:
            if not _fixed(av):
                return False
        elif op is C.RANGE:
            lo, hi = av
            if hi - lo > MAX_RANGE or not all(map(_fixed, range(lo, hi + 1))):
                return False
        elif op not in (C.NEGATE, C.CATEGORY):
            return False
    return True


def _caseless(items) -> bool:
    """Whether a tree matches folded text as its case-insensitive self matches the text."""
    for op, av in items:
        if op in (C.LITERAL, C.NOT_LITERAL):
            ok = _fixed(av)
        elif op is C.IN:
            ok = _class_ok(av)
        elif op in (C.ANY, C.AT):
            ok = True
        elif op is C.SUBPATTERN:
            ok = not av[1] and not av[2] and _caseless(av[3])  # no inline flag turns case on
        elif op is C.BRANCH:
            ok = all(_caseless(b) for b in av[1])
        elif op in _REPEATS:
            ok = _caseless(av[2])
        elif op in (C.ASSERT, C.ASSERT_NOT):
            ok = _caseless(av[1])
        elif op is _ATOMIC:
            ok = _caseless(av)
        else:  # back-references, conditionals: refused
            ok = False
        if not ok:
            return False
    return True


def _code(c: int) -> int:
    return ord(fold(chr(c)))


def _folded(items) -> tuple:
    """A tree with its letters folded, to compare the lowered source's with the original's."""
    out = []
    for op, av in items:
        if op in (C.LITERAL, C.NOT_LITERAL):
            av = _code(av)
        elif op is C.IN:
            av = tuple((o, _code(a)) if o is C.LITERAL else (o, (_code(a[0]), _code(a[1])))
                       if o is C.RANGE else (o, a) for o, a in av)
        elif op is C.SUBPATTERN:
            av = (*av[:3], _folded(av[3]))
        elif op is C.BRANCH:
            av = tuple(_folded(b) for b in av[1])
        elif op in _REPEATS:
            av = (*av[:2], _folded(av[2]))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            av = (av[0], _folded(av[1]))
        elif op is _ATOMIC:
            av = _folded(av)
        out.append((op, av))
    return tuple(out)
