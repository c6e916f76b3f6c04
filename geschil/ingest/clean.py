"""Clean page text of what is not content, keeping a map from every kept character to the raw text.

Each step proposes edits (start, end, replacement) on the current text; `apply` performs them
and carries `origin` (breakpoints, see origin.py) along, so offsets in the cleaned text still
point into the raw pages.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import cache

from geschil import literals, recache
from geschil.ingest.origin import Builder, Origin
from geschil.ingest.reflow import reflow_edits

Edit = tuple[int, int, str]

# Lines that are page furniture wherever they stand: running headers, page numbers, letterheads.
FURNITURE_LINES = [
    recache.compile(r"^.{0,60}?\bpagina\s+\d+\s+(?:van|/)\s+\d+\s*$", re.I),  # 201401171, pagina 2 van 10
    recache.compile(r"^\s*(?:pagina|blz\.?|page)\s*\d+(?:\s*(?:van|/|of)\s*\d+)?\s*$", re.I),
    recache.compile(r"^\s*[-–—]\s*\d{1,3}\s*[-–—]\s*$"),  # - 2 -
    recache.compile(r"^\s*\d{1,3}\s*/\s*\d{1,3}\s*$"),  # 2/10
    recache.compile(r"^\s*Stichting\s+Klachten\s+en\s+Geschillen\s+Zorgverzekeringen\s*$", re.I),
    recache.compile(r"^\s*(?:Postbus|Postadres|Bezoekadres|Adres)\b.{0,60}$", re.I),
    recache.compile(r"^\s*\d{4}\s?[A-Z]{2}\s+[A-Z][a-z]+\s*$"),  # 3700 AJ Zeist
    recache.compile(r"^\s*[TFE]\s*[:.]?\s*(?:\+?\(?\d[\d ()\-]{7,}|\S+@\S+)\s*$"),  # T 088 ..., E info@...
    # a label and its value ("Telefoon: 030 - 698 83 60", "E-mail info@…"), never a line of text
    # that merely begins with such a word ("telefoongesprek van 15 mei 2012 om toestemming …")
    recache.compile(r"^\s*(?:telefoon(?:nummer)?|tel\.?|fax|e-?mail(?:adres)?|internet|website)\s*[:.]?\s*"
               r"(?:\+?\(?\d[\d ()\-]{6,}|\S+@\S+|(?:www\.|https?://)\S+)\s*$", re.I),
    recache.compile(r"^\s*(?:I\s*[:.]?\s*)?(?:www\.\S+|https?://\S+)\s*$", re.I),  # I www.skgz.nl
    recache.compile(r"^\s*(?:KvK|K\.v\.K\.|Kamer van Koophandel)\b.{0,40}$", re.I),
    recache.compile(r"^\s*(?:IBAN|BIC)\b.{0,40}$|^\s*Bank(?:rekening)?(?:nummer)?\s*:?\s*(?:[A-Z]{2}\d{2}|\d).{0,40}$"),
]
# Furniture over two lines: the foundation's name as letterheads break it (matched per page).
_FOUNDATION = r"Stichting\s+Klachten\s+en\s+Geschillen[ \t]*\n[ \t]*Zorgverzekeringen[ \t]*"
FURNITURE_BLOCKS = [
    recache.compile(rf"^[ \t]*{_FOUNDATION}(?:\n|$)", re.M),  # on lines of its own
    recache.compile(rf"(?<=\d)[ \t]+{_FOUNDATION}$", re.M),  # after a running header "..., pagina 1 van 3"
]
BLOCK_LITERAL = "Stichting"  # in every FURNITURE_BLOCKS match: pages without it are not scanned
# A page number alone on the first or last line of a page.
EDGE_LINES = [recache.compile(r"^\s*\d{1,3}\s*$")]
# Letterhead fragments glued into a line of content by the text extraction.
FURNITURE_INLINE = [
    recache.compile(r"\bStichting\s+Klachten\s+en\s+Geschillen\s+Zorgverzekeringen\b(?=\s+(?:Postbus|Bezoek|\d{4}))", re.I),
    recache.compile(r"\b(?:Postbus|Postadres|Bezoekadres)\s*:?\s+.{0,50}?\b\d{4}\s?[A-Z]{2}\s+[A-Z][a-z]+"),
    # a letterhead column merged into lines of content: the street, then the postcode at a line end
    recache.compile(r"\b(?:Bezoekadres|Postadres)\s*:?\s*[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s+\d{1,4}[a-z]?\b"),
    recache.compile(r"(?<=\S)[ \t]+\d{4}[ \t]?[A-Z]{2}[ \t]+[A-Z][a-z]+(?=[ \t]*$)", re.M),
    recache.compile(r"(?<=\S)[ \t]+Postbus[ \t]+\d{1,6}(?=[ \t]*$)", re.M),  # the box number, its postcode on the next line
    recache.compile(r"(?<!\w)[TF]\s*[:.]?\s*\+?\(?0\d[\d ()\-]{7,14}\d"),
    recache.compile(r"(?<!\w)E\s*[:.]?\s*[\w.\-]+@[\w.\-]+\.\w{2,}"),
    recache.compile(r"(?:(?<!\w)I\s*[:.]?\s*)?\b(?:www\.[\w.\-]+\.\w{2,}|https?://\S+)(?:/\S*)?"),
    recache.compile(r"\b(?:KvK|K\.v\.K\.)(?:[-\s]?nummer)?\s*:?\s*\d{8}\b", re.I),
    recache.compile(r"\b\d{6,12}\s*,\s*pagina\s+\d+\s+van\s+\d+\b", re.I),
]
# What every FURNITURE_INLINE pattern needs in its line (a necessary condition, never crossing a
# line break): one scan of a page finds the few lines worth trying the nine patterns on. Each
# branch begins with one literal character, so sre looks for those characters in C and tries the
# pattern only where one stands (a branch opening with a class has it tried at every place); the
# postcode, opening with a digit, is a scan of its own for the same reason.
INLINE_TRIGGERS = [
    r"S(?i:tichting)", r"s(?i:tichting)", r"Post(?:bus|adres)", r"Bezoekadres",
    r"T(?<!\wT)[^\S\n]*[:.]?[^\S\n]*\+?\(?0\d", r"F(?<!\wF)[^\S\n]*[:.]?[^\S\n]*\+?\(?0\d", r"@",
    r"www\.", r"https?://", r"K(?i:vk|\.v\.k\.)", r"k(?i:vk|\.v\.k\.)", r"P(?i:agina)", r"p(?i:agina)",
]
_POSTCODE_TRIGGER = recache.compile(r"\d\d{3}[ \t]?[A-Z]{2}")  # \d{4}, led by one \d: sre skips to digits
# Characters to normalise: ligatures, invisible marks, odd spaces.
CHAR_MAP = {
    "\r": "", "\u00ad": "", "\u200b": "", "\ufeff": "", "\u00a0": " ", "\u2009": " ",
    "\u202f": " ", "\t": " ", "\ufb01": "fi", "\ufb02": "fl", "\ufb00": "ff", "\ufb03": "ffi",
    "\ufb04": "ffl", "\u2010": "-", "\u2011": "-",
}
# Words after "xxx- " that show a real hyphen of an elided compound ("tand- en mondzorg").
KEEP_AFTER_HYPHEN = {"en", "of", "dan", "noch", "tot", "als", "alsook", "c.q", "respectievelijk"}
# Prefixes that keep their hyphen when split at a line end ("peri-" / "implantitis").
HYPHEN_PREFIXES = {"peri", "niet", "ex", "anti", "co", "semi", "oud", "pre", "post", "para",
                   "extra", "intra", "multi", "non", "mond", "tand", "e", "re", "her", "mkb"}

_CHARS = recache.compile("[" + "".join(map(re.escape, CHAR_MAP)) + "]")


def _any_of(patterns: list[re.Pattern]) -> re.Pattern:
    """One pattern that matches where any of patterns matches (flags kept per pattern)."""
    def scoped(p: re.Pattern) -> str:
        flags = "".join(c for f, c in ((re.I, "i"), (re.M, "m"), (re.S, "s")) if p.flags & f)
        return f"(?{flags}:{p.pattern})" if flags else f"(?:{p.pattern})"

    return recache.compile("|".join(map(scoped, patterns)))


# Every line is tested against all of these: one scan instead of one per pattern.
_ANY_FURNITURE_LINE = _any_of(FURNITURE_LINES)


def _after_breaks(pattern: re.Pattern) -> re.Pattern:
    r"""The same test as `pattern.match(line)` on each line after a line break, made by one scan
    of a page: the break, then the pattern with ^ and $ at every line (re.M) and white space that
    never crosses a line break (as on a line alone, where \s cannot meet one). Led by the break,
    sre jumps from break to break instead of trying the pattern at every character. The
    patterns hold no \s inside a character class."""
    return recache.compile("\n(?:" + pattern.pattern.replace(r"\s", r"[^\S\n]") + ")",
                           pattern.flags | re.M)


@cache
def _needs(group: str) -> tuple[frozenset[str] | None, ...]:
    """Per pattern of a group, the words (folded) one of which its every match holds."""
    if group == "lines":
        return tuple(literals.required(p) for p in FURNITURE_LINES)
    return tuple(literals.required(recache.compile(t), min_len=1) for t in INLINE_TRIGGERS)  # "@"


def _held(group: str, folded: str) -> frozenset[int]:
    """The patterns of a group that may match a page (folded): those whose words it holds."""
    return frozenset(i for i, need in enumerate(_needs(group)) if need is None or any(w in folded for w in need))


@cache
def _furniture_after_break(kept: frozenset[int]) -> re.Pattern:
    """The scan for these furniture line patterns: a line starts one character after a match."""
    return _after_breaks(_any_of([FURNITURE_LINES[i] for i in sorted(kept)]))


@cache
def _inline_trigger(kept: frozenset[int]) -> re.Pattern:
    """The scan for these inline triggers."""
    return recache.compile("|".join(INLINE_TRIGGERS[i] for i in sorted(kept)))

# the left part starts where its word starts: tried inside a long run of letters it would
# rescan the run from every position (quadratic)
_DEHYPHEN = recache.compile(r"(?<![A-Za-zÀ-ÿ])(?P<left>[A-Za-zÀ-ÿ]+)-(?P<gap>[ ]*\n[ ]*|[ ]+)(?P<right>[A-Za-zÀ-ÿ]+)")
_HYPHEN = recache.compile(r"-(?=[ \n])")  # where a _DEHYPHEN match has its hyphen (its gap begins so)


def _letter(c: str) -> bool:
    return "a" <= c <= "z" or "A" <= c <= "Z" or "À" <= c <= "ÿ"  # _DEHYPHEN's [A-Za-zÀ-ÿ]


def _dehyphen_matches(text: str):
    """_DEHYPHEN.finditer(text), tried only at the words before a hyphen and a gap instead of
    at every word: a match begins where the letters before its hyphen begin."""
    last = 0
    for h in _HYPHEN.finditer(text):
        start = at = h.start()
        while start and _letter(text[start - 1]):
            start -= 1
        if start == at or start < last:  # no word before it, or one inside the last match
            continue
        m = _DEHYPHEN.match(text, start)
        if m:
            yield m
            last = m.end()


def apply(text: str, origin: Origin | list[int], edits: list[Edit]) -> tuple[str, Origin]:
    """Perform non-overlapping edits; replacement characters map to the start of what they replace."""
    if not isinstance(origin, Origin):
        origin = Origin.from_list(origin)
    out: list[str] = []
    new = Builder()
    pos = 0
    for start, end, repl in sorted(edits):
        if start < pos:
            continue  # overlapping edit: the first one wins
        out.append(text[pos:start])
        new.copy(origin, pos, start)
        out.append(repl)
        anchor = origin[start] if start < len(origin) else (origin[-1] + 1 if len(origin) else 0)
        new.run(anchor, 0, len(repl))
        pos = end
    out.append(text[pos:])
    new.copy(origin, pos, len(text))
    return "".join(out), new.done()


def _lines(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(line start, line end without newline, line text) of the lines of text[start:end] that
    hold more than white space."""
    out, pos = [], start
    for line in text[start:end].split("\n"):
        stop = pos + len(line)
        if line.strip():
            out.append((pos, stop, line))
        pos = stop + 1
    return out


def _delete_line(text: str, a: int, b: int) -> Edit:
    return (a, b + 1 if b < len(text) and text[b] == "\n" else b, "")


def furniture_edits(text: str, page_starts: list[int]) -> list[Edit]:
    """Running headers, page numbers, letterheads and lines repeated at the edge of most pages."""
    bounds = list(zip(page_starts, page_starts[1:] + [len(text)], strict=True))
    pages = [_lines(text, a, b) for a, b in bounds]
    repeated = _repeated_edge_lines(pages)
    blocks = [(m.start(), m.end()) for a, b in bounds if text.find(BLOCK_LITERAL, a, b) >= 0
              for pattern in FURNITURE_BLOCKS for m in pattern.finditer(text, a, b)]
    edits: list[Edit] = [(a, b, "") for a, b in blocks]
    for (page_a, page_b), lines in zip(bounds, pages, strict=True):
        folded = literals.fold(text[page_a:page_b])  # which patterns' words the page holds
        triggers = inline_triggers(text, page_a, page_b, folded)
        blocked = [any(s <= a and b <= e for s, e in blocks) for a, b, _ in lines]
        found = furniture_line_starts(text, page_a, page_b, folded)
        for (a, b, _), gone, block in zip(lines, _furniture_lines(lines, repeated, blocked, found),
                                          blocked, strict=True):
            if block:
                continue  # already deleted by a block edit
            if gone:
                edits.append(_delete_line(text, a, b))
            elif bisect.bisect_left(triggers, b) > bisect.bisect_left(triggers, a):
                edits.extend(_inline_edits(text, a, b))
    return edits


def inline_triggers(text: str, a: int, b: int, folded: str | None = None) -> list[int]:
    """Where the triggers stand in text[a:b], in order: only a line holding one can hold a
    letterhead fragment. A trigger whose word the page lacks is not sought (`folded`: the
    page, folded)."""
    kept = _held("triggers", literals.fold(text[a:b]) if folded is None else folded)
    found = [m.start() for m in _inline_trigger(kept).finditer(text, a, b)] if kept else []
    return sorted(found + [m.start() for m in _POSTCODE_TRIGGER.finditer(text, a, b)])


def _inline_edits(text: str, a: int, b: int) -> list[Edit]:
    """Letterhead fragments inside a line; the whole line goes when nothing else is left."""
    found = [(m.start(), m.end(), "") for p in FURNITURE_INLINE for m in p.finditer(text, a, b)]
    rest = list(text[a:b])
    for start, end, _ in found:
        rest[start - a:end - a] = [" "] * (end - start)
    if found and not "".join(rest).strip(" ,;:-–"):
        return [_delete_line(text, a, b)]
    return found


def furniture_line_starts(text: str, a: int, b: int, folded: str | None = None) -> set[int]:
    """Where the lines of text[a:b] start that are furniture wherever they stand: its first line
    tested alone, the others found by one scan of the page (`folded`: the page, folded)."""
    end = text.find("\n", a, b)
    first = {a} if _ANY_FURNITURE_LINE.match(text[a:b if end < 0 else end]) else set()
    # a pattern whose every match holds a word the page lacks is left out ("pagina": the costliest,
    # searched for along the first sixty characters of every line)
    kept = _held("lines", literals.fold(text[a:b]) if folded is None else folded)
    if not kept:
        return first
    return first | {m.start() + 1 for m in _furniture_after_break(kept).finditer(text, a, b)}


def _furniture_lines(lines: list[tuple[int, int, str]], repeated: set[str],
                     blocked: list[bool], found: set[int]) -> list[bool]:
    """Which lines of a page are furniture (`found`: the starts of those that are wherever they
    stand). A lone page number counts at the edge of what is left once the rest is gone: pdfium
    puts it before the letterhead block, not after it."""
    n = len(lines)
    gone = [blocked[i] or a in found or ((i < 3 or i >= n - 3) and _shape(line) in repeated)
            for i, (a, _, line) in enumerate(lines)]
    kept = [i for i, g in enumerate(gone) if not g]
    for i in {kept[0], kept[-1]} if kept else ():
        gone[i] = any(p.match(lines[i][2]) for p in EDGE_LINES)
    return gone


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def _repeated_edge_lines(pages: list[list[tuple[int, int, str]]]) -> set[str]:
    """Shapes of lines standing at the top or bottom of most pages (3 pages or more)."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        edge = lines[:2] + lines[-2:]
        counts.update({_shape(line) for _, _, line in edge if len(line.strip()) > 1})
    need = max(3, int(0.6 * len(pages)))
    return {shape for shape, n in counts.items() if n >= need}


def char_edits(text: str) -> list[Edit]:
    return [(m.start(), m.end(), CHAR_MAP[m.group()]) for m in _CHARS.finditer(text)]


def _real_hyphen(text: str, m: re.Match) -> bool:
    """A hyphen that belongs to the word: names, prefixes, compounds, vowel collisions."""
    left, right = m["left"], m["right"]
    return (right[0].isupper()
            or left.lower() in HYPHEN_PREFIXES
            or (m.start() > 0 and text[m.start() - 1] == "-")  # tand-kaak-mondstelsel
            or (left[-1].lower() in "aeiou" and left[-1].lower() == right[0].lower()))


def dehyphen_edits(text: str) -> list[Edit]:
    """Join words split at a line end: `verze-\\nkerd`, `ziektekostenverze- keraar`."""
    edits: list[Edit] = []
    for m in _dehyphen_matches(text):
        broke_line = "\n" in m["gap"]
        if m["right"].lower() in KEEP_AFTER_HYPHEN:
            continue
        if _real_hyphen(text, m):
            if broke_line:  # keep the hyphen, drop the line break
                edits.append((m.start("gap"), m.end("gap"), ""))
            continue
        if broke_line or len(m["left"]) >= 2:
            edits.append((m.start("gap") - 1, m.end("gap"), ""))
    return edits


_GLUED_COMMA = recache.compile(r",(?<=[^\W\d_],)(?=[a-zà-ÿ])")  # led by the comma: sre skips to those


def space_edits(text: str) -> list[Edit]:
    """Spaces before a line break go; other runs of spaces become one; a comma glued between two
    words gets its space."""
    edits: list[Edit] = []
    if " \n" in text or "  " in text:  # each match holds one: most texts are not scanned space by space
        edits = [(m.start(), m.end(), "" if text.startswith("\n", m.end()) else " ")
                 for m in re.finditer(r" +(?=\n)| {2,}", text)]
    edits += [(m.start(), m.end(), "\n\n") for m in re.finditer(r"\n[ \n]*\n(?=[ \n]*\n)[ \n]*", text)]
    if "," in text:  # a comma glued to the next word ("A te B,hierna te noemen"): web copies drop the space
        edits += [(m.start(), m.end(), ", ") for m in _GLUED_COMMA.finditer(text)]
    head = re.match(r"\s+", text)
    if head:
        edits.append((head.start(), head.end(), ""))
    end = len(text.rstrip())  # the white space at the end (as \s+$ finds it, without a scan)
    return edits + [(end, len(text), "")] if end < len(text) else edits


_RULE = recache.compile(r"[-_–—=][-_–—=]{7,}[ \t]*")  # eight or more: led by one, sre skips to those


def rule_edits(text: str) -> list[Edit]:
    """A drawn rule of dashes or underscores, often glued to the next heading ("-----1. Partijen"),
    becomes a line break."""
    return [(m.start(), m.end(), "\n") for m in _RULE.finditer(text)]


# a line-numbered margin ("1 Bindend advies", "2 Geschillencommissie …", counting again on each page, round 176):
# the numbers of a page whose lines nearly all count on by one are no text
_MARGIN_NUMBER = recache.compile(r"[ \t]*(\d{1,3})[ \t]+(?=\S)")
MARGIN_MIN_LINES = 8
MARGIN_SHARE = 0.8


def margin_edits(text: str, page_starts: list[int]) -> list[Edit]:
    """The line numbers of a numbered margin, page by page."""
    edits: list[Edit] = []
    for a, b in zip(page_starts, page_starts[1:] + [len(text)], strict=True):
        if not _MARGIN_NUMBER.match(text, a, b):
            continue  # the page's first line is numbered, or it has no margin (one test, not a pass over its lines)
        lines = _lines(text, a, b)
        if len(lines) < MARGIN_MIN_LINES:
            continue
        found = [_MARGIN_NUMBER.match(text, la, lb) for la, lb, _ in lines]
        nums = [int(m[1]) if m else None for m in found]
        on = [i for i in range(1, len(nums)) if nums[i] is not None and nums[i - 1] is not None
              and nums[i] == nums[i - 1] + 1]
        if len(on) < MARGIN_SHARE * (len(nums) - 1):
            continue
        counted = set(on) | {i - 1 for i in on}
        edits.extend((found[i].start(), found[i].end(), "") for i in sorted(counted))
    return edits


def clean(raw_pages: list[str], wrapped: bool = True) -> tuple[str, Origin]:
    """The cleaned text of a document and, per character, its offset in the joined raw pages.
    `wrapped`: lines were broken by the page width (a PDF), not by the writer (a text copy)."""
    text = "\n".join(raw_pages)
    origin = Origin.identity(len(text))
    raw_starts, pos = [], 0
    for page in raw_pages:
        raw_starts.append(pos)
        pos += len(page) + 1
    text, origin = apply(text, origin, char_edits(text) + rule_edits(text))
    page_starts = [bisect.bisect_left(origin, s) for s in raw_starts]
    text, origin = apply(text, origin, margin_edits(text, page_starts))
    page_starts = [bisect.bisect_left(origin, s) for s in raw_starts]
    text, origin = apply(text, origin, furniture_edits(text, page_starts))
    text, origin = apply(text, origin, space_edits(text))
    text, origin = apply(text, origin, dehyphen_edits(text))
    text, origin = apply(text, origin, reflow_edits(text, wrapped))
    return text, origin
