"""The matches of a line-anchored pattern (re.M, "^…"), sought from the line breaks.

sre finds no literal prefix in a pattern that opens with ^, so it tries the pattern at every
character of the text. The same pattern led by the line break, "\\n(?:…)", is sought by sre's
literal search from one line break to the next, and each match is then made by the pattern itself
at the line start after it (the same match: the pattern, at a line start). tests/test_lines.py
holds `finditer` to the pattern's own on generated and corpus texts.
"""

from __future__ import annotations

import re
from functools import cache

from geschil import recache

try:  # Python 3.11+
    from re import _constants as C
    from re import _parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as C  # noqa: N812
    import sre_parse as _parser

_OPENING = re.compile(r"(\(\?[a-zA-Z]+\))?\^")  # inline flags, then the anchor


@cache
def led(pattern: str, flags: int) -> re.Pattern | None:
    """"\\n(?:rest)" for a pattern that is "^rest" at its top (not in one branch), under re.M."""
    head = _OPENING.match(pattern)
    if head is None or not (flags & re.MULTILINE or "m" in (head[1] or "")):
        return None  # no line anchor (parsing, which costs a process's start-up, is left out)
    try:
        tree = _parser.parse(pattern, flags)
    except Exception:  # noqa: BLE001 - a pattern the parser refuses keeps its own search
        return None
    if not tree.state.flags & re.MULTILINE or not len(tree) or tree[0] != (C.AT, C.AT_BEGINNING):
        return None
    return recache.compile(f"{head[1] or ''}\n(?:{pattern[head.end():]})", flags)


def finditer(pattern, text: str, pos: int = 0, endpos: int | None = None, *,
             breaks: re.Pattern | None = None, subject: str | None = None):
    """pattern.finditer(text, pos, endpos), for a compiled line-anchored pattern. `breaks` and
    `subject`: the led form of the pattern's lowered source and the folded text (folding.py),
    which find the same line starts; each match is still the pattern's own, made in `text`."""
    endpos = len(text) if endpos is None else min(endpos, len(text))
    breaks = breaks or led(pattern.pattern, pattern.flags)
    if breaks is None:
        yield from pattern.finditer(text, pos, endpos)
        return
    subject = text if subject is None else subject
    match, at = pattern.match, pos
    if pos <= 0:  # the text's first line starts with no break before it
        first = match(text, 0, endpos)
        if first is not None:
            yield first
            at = _resume(text, first)
    elif text[pos - 1] == "\n":
        at = pos - 1  # the break before the first line start
    while (b := breaks.search(subject, at, endpos)) is not None:
        m = match(text, b.start() + 1, endpos)
        yield m
        at = _resume(text, m)


def search(pattern, text: str, pos: int = 0, endpos: int | None = None, *,
           breaks: re.Pattern | None = None, subject: str | None = None):
    """pattern.search(text, pos, endpos), for a compiled line-anchored pattern (see finditer)."""
    return next(finditer(pattern, text, pos, endpos, breaks=breaks, subject=subject), None)


def _resume(text: str, m: re.Match) -> int:
    """Where to seek the next break: after the match, or at its last character when that is a
    break (a line starts right after the match, where the pattern may match next)."""
    end = m.end()
    return end - 1 if end > m.start() and text[end - 1] == "\n" else end
