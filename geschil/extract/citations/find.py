"""Find citation candidates in text: the words as written, with spans, not yet resolved.

A reference is read by a small grammar whose terminals are named pieces (PIECES), each with
examples it must match in full (tests check them):

    chain     := reference (group_sep article_word? reference-with-law)*
    reference := law_before? prefix? article_word article (next article)* law_after?
    next      := (join | list_sep) article_word?    ', en artikel', ' juncto ', ' in samenhang met '
    article   := number part (', en'? part)*        one article, each lid with its own onderdelen
    part      := lid item* | item+                   'eerste lid, aanhef en onder c'
    prefix    := (lid | item) (',' | 'en' | 'van')* ... 'van'   'het eerste lid, onder a, en het tweede lid van'

The law is named once, after the list ('..., en 2.9 van het Besluit zorgverzekering') or just
before it ('het Besluit zorgverzekering, artikel 2.7'), and serves every article of the list;
joined references ('artikel 11 jo. artikel 10 Zvw') share it too. 'artt. 10 Zvw, 2.1 Bzv' chains
references with their own laws; 'voornoemd artikel' and bare 'Artikel 2.7' headings are read too.
Everything matches across line breaks and double spaces; every piece is a linear regex applied
at a known position, so finding stays linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from geschil import literals
from geschil.extract.citations.parts import (
    AANHEF,
    ITEM,
    LID,
    SUBITEM,
    UNIT,
    Ref,
    prefix_parts,
    read_quals,
)
from geschil.law import registry


@dataclass(frozen=True)
class Piece:
    regex: str
    examples: tuple[str, ...]  # each is matched in full by the piece


PIECES: dict[str, Piece] = {
    "article_word": Piece(r"(?i:(?<![\w.])(?:de\s+)?(?:artikelen|artikel|artt\.|art\.))\s*",
                          ("artikel", "Artikel", "art.", "artt.", "de artikelen")),
    "number": Piece(r"(?:[A-Z]{1,2}\.)?\d{1,3}(?:\.\d{1,3}){0,3}(?::\d{1,4})?[a-z]?(?![\w:])"
                    r"(?:\.(?=\s*[,;)]|\s+[a-z]))?",
                    ("2.7", "7:904", "13a", "B.12.1", "D.8.6", "1.1.1", "10")),
    "lid": Piece(LID, ("eerste lid", "het tweede lid", "lid 1", "leden 1 en 2", "eerste en derde lid", "1e lid",
                        "het eerste en het tweede lid")),
    "item": Piece(ITEM, ("onderdeel a", "onder b", "sub a", "letter c", "aanhef en onder c", "onderdelen a en b",
                          "onderdelen a, c en d", "onder (a)", "onderdelen a tot en met c", "aanhef en onder a en c")),
    "aanhef": Piece(AANHEF, ("aanhef",)),
    "list_sep": Piece(r"\s*,\s*(?:(?:en|of)\s+)?|\s+(?:en|of)\s+|(?P<range>\s+(?:tot\s+en\s+met|t/m)\s+)",
                      (", ", " en ", ", en ", " tot en met ")),
    "join": Piece(r"(?i:\s*,?\s*(?<!\w)(?:juncto|jo\.?|in\s+samenhang\s+met|(?:gelezen\s+)?in\s+verbinding\s+met)"
                  r"(?!\w)\s*,?\s*)",
                  (" juncto ", " jo. ", " jo ", " in samenhang met ", ", gelezen in verbinding met ", " in verbinding met ")),
    "group_sep": Piece(r"\s*[,;]\s*(?:(?:en|alsmede)\s+)?|\s+(?:en|alsmede)\s+", (", ", " en ", "; ", " alsmede ")),
    "law_lead": Piece(r"\s*,?\s*(?:(?:van|uit|in|der)\s+)?",
                      (" van ", ", ", " ", " uit ")),
    "back_law": Piece(r"(?i:(?:de|het|dit|deze|dat|die)\s+(?:wet|besluit|regeling))(?!\w)",
                      ("de wet", "dit besluit", "het besluit", "deze regeling", "de Wet")),
    "unknown_law": Piece(r"(?:de\s+|het\s+)?(?:Wet|Besluit|Regeling|Wetboek)(?:\s+(?:op|van|de|het|der|inzake|tot)\b)*"
                         r"(?:\s+(?!(?:is|bepaalt|regelt|geeft|luidt|stelt|zijn|was|wordt|en|of|als|die|dat|met|voor|bij)\b)"
                         r"[a-zé][\w-]{2,}){1,4}",
                         ("Wet forensische zorg", "de Wet op de jeugdzorg")),
    "abbrev_paren": Piece(r"\s*\([A-Z][A-Za-z]{1,5}\)", (" (Bzv)",)),
    # "het hiervoor genoemde artikel", "de hierboven vermelde bepaling": the adverb is part of the name
    "back_article": Piece(r"(?i:(?<!\w)(?:(?:het|de)\s+)?(?:(?:hiervoor|hierboven|eerder|reeds)\s+(?=[gvb]))?"
                          r"(?:voornoemde?|voormelde?|vermelde?|genoemde?|bedoelde?"
                          r"|laatstgenoemde?|laatstvermelde?|dit|dat|datzelfde|hetzelfde)\s+artikel)"
                          r"(?!\w|\s*(?:[A-Z]{1,2}\.)?\d)",
                          ("voornoemd artikel", "genoemd artikel", "dit artikel", "het genoemde artikel",
                           "het hiervoor genoemde artikel")),
    "back_provision": Piece(r"(?i:(?<!\w)(?:(?:de|het)\s+)?(?:(?:hiervoor|hierboven|eerder|reeds)\s+(?=[gvb]))?"
                            r"(?:(?:die|deze|dezelfde|voornoemde|voormelde|genoemde|vermelde|bedoelde"
                            r"|laatstgenoemde)\s+bepaling|(?:dat|dit|datzelfde|hetzelfde|genoemde?)\s+artikellid"
                            # "onderdeel a van dat lid" (not "dat lid van de commissie", a member)
                            r"|(?<=\bvan\s)(?:dat|dit|datzelfde|hetzelfde)\s+lid))(?!\w)",
                            ("die bepaling", "deze bepaling", "de voornoemde bepaling", "dat artikellid")),
    # 'op grond van onderdeel a' after 'artikel 2.7, eerste lid, onderdeel c, Bzv': an onderdeel of the provision
    # cited last ('onderdeel a van …' is read with what follows it)
    # the letter in lower case, as the item reader wants it ('ONDERDEEL A' is no onderdeel it reads)
    "bare_item": Piece(r"(?i:(?<![\w,])(?<!,\s)(?<!lid\s)(?:onderdeel|onderdelen))\s+[a-h](?:\s*,\s*[a-h])*(?:\s+(?:en|of)\s+[a-h])?"
                       r"(?![\w)]|\.\w|\s*,?\s*(?i:van|uit)\b)",
                       ("onderdeel a", "Onderdeel c", "onderdelen b en c")),
    # '(onder b)' after a clause: an onderdeel of the provision cited last, in brackets of its own
    # ('… binnen zes maanden om toestemming vraagt (onder b) en …')
    "paren_item": Piece(r"\((?P<item>(?i:onderdeel|onder|sub)\s+(?-i:[a-h]))\)", ("(onder b)", "(onderdeel c)")),
    # 'aan de voorwaarde onder b wel is voldaan' after 'artikel 9, tweede lid, aanhef en onder a, van de
    # voorwaarden': an onderdeel of the provision cited last, named by the condition it sets (blind round 133)
    "condition_item": Piece(r"(?i:(?<!\w)(?:voorwaarden?|vereisten?)\s+)(?P<item>(?i:onder|sub)\s+(?-i:[a-h]))"
                            r"(?![\w)])(?!\s*,?\s*(?i:van|uit)\b)", ("voorwaarde onder b", "vereiste onder a")),
    # 'artikel 2.7, derde lid, Bzv, in samenhang met het eerste lid, onderdeel a': a lid of the
    # article cited last (not one 'van artikel …', which names its own; 'het eerste lid, van de
    # voorwaarden' names the law of the article cited last)
    "joined_lid": Piece(rf"(?i:in\s+samenhang\s+met|in\s+verbinding\s+met|juncto|jo\.)\s+(?P<lid>{LID})"
                        r"(?!\s*,?\s*(?:(?:aanhef\s+en\s+)?(?i:onderdeel|onder|sub)\s+[a-h]\s*,?\s*)?(?i:van|uit)\s+"
                        r"(?:(?i:het|dat|dit)\s+)?(?i:artikel|art\.))",
                        ("in samenhang met het eerste lid", "in verbinding met lid 2", "jo. eerste lid")),
    # 'nu dat vervoer al op grond van het tweede lid wordt vergoed' after 'artikel 2.14, derde lid,
    # Bzv': a lid of the article cited last (not 'het eerste lid van …', which names its own, nor the
    # legislator's 'het in het eerste lid bedoelde', nor a member 'lid van de commissie')
    "bare_lid": Piece(r"(?<![\w,])(?<!,\s)(?P<lid>(?i:het)\s+(?i:eerste|tweede|derde|vierde|vijfde|zesde)\s+lid)"
                      r"(?!\w)(?!\s*,?\s*(?:(?:aanhef\s+en\s+)?(?i:onderdeel|onder|sub)\s+[a-h]\s*,?\s*)?(?i:van|uit|bedoeld\w*|genoemd\w*)\b)",
                      ("het tweede lid", "het derde lid")),
    # '(tweede lid, onder a)' after a clause: a lid of the provision cited last, in brackets of its own ("Artikel
    # 6.4 … geeft recht op …, mits het ongeval binnen dertig dagen is gemeld (tweede lid, onder a), … (onder b)",
    # blind round 141)
    "paren_lid": Piece(r"\((?P<lid>(?i:eerste|tweede|derde|vierde|vijfde|zesde)\s+lid)"
                       r"(?:\s*,\s*(?:aanhef\s+en\s+)?(?i:onderdeel|onder|sub)\s+[a-h])?\s*\)",
                       ("(tweede lid)", "(eerste lid, onder a)")),
    # a sub-item ("onder 1°") is read past: the record holds no sub-items (blind round 104)
    "prefix": Piece(rf"(?i:(?:{UNIT}(?:\s*,?\s*{SUBITEM})?\s*,?\s*(?:(?:en|van)\s+(?:het\s+)?)?)*{UNIT}"
                    rf"(?:\s*,?\s*{SUBITEM})?\s*,?\s*van\s+)$",
                    ("het eerste lid van ", "onderdeel a van het eerste lid van ", "het eerste en het tweede lid van ",
                     "het eerste lid, onderdeel a, en het tweede lid van ", "onderdelen a en b van het eerste lid van ",
                     "onderdeel c, onder 1°, van het eerste lid van ")),
    "skip_before": Piece(r"(?i:(?:bijlage|hoofdstuk|paragraaf|titel|afdeling|nr\.|nummer|pagina|blz\.|per"
                         r"|sinds|ruim|circa|€)\s*)$", ("bijlage ", "hoofdstuk ")),
}
_RX = {name: literals.compile(piece.regex) for name, piece in PIECES.items()}
# The optional article some pieces open with ("de artikelen", "het voornoemde artikel"): as a lead
# of the pattern, "de" and "het" stand in nearly every sentence (and inside many words), so a
# whole text is searched for the rest and the article is looked for before each match.
OPENINGS = {"article_word": (r"(?:de\s+)?", ("de",)),
            "back_article": (r"(?:(?:het|de)\s+)?", ("het", "de")),
            "back_provision": (r"(?:(?:de|het)\s+)?", ("de", "het"))}


def _without_opening(name: str) -> re.Pattern:
    opening = OPENINGS[name][0]
    if PIECES[name].regex.count(opening) != 1:  # the piece was changed: say where, at import
        raise ValueError(f"piece {name!r} no longer opens with {opening!r}")
    return literals.compile(PIECES[name].regex.replace(opening, ""))


_CORE = {name: _without_opening(name) for name in OPENINGS}


def opened(name: str, text: str):
    """_RX[name].finditer(text) for a piece in OPENINGS: where its rest matches, the piece is
    matched from the article before it (the white space before the rest, then the article), else
    from the rest itself; a match is never taken from inside the last one."""
    full, words = _RX[name], OPENINGS[name][1]
    last = 0
    for core in _CORE[name].finditer(text):
        at = w = core.start()
        if at < last:
            continue
        while w and text[w - 1].isspace():  # str.isspace is re's \s
            w -= 1
        m = None
        if w < at:
            m = next((m for n in map(len, words) if w - n >= last and (m := full.match(text, w - n))), None)
        m = m or full.match(text, at)
        if m:
            yield m
            last = m.end()
_NEXT = literals.compile(rf"(?:(?P<join>{PIECES['join'].regex})|{PIECES['list_sep'].regex})"
                   rf"(?P<again>{PIECES['article_word'].regex})?")
_CHAIN = literals.compile(rf"(?:{PIECES['join'].regex}|{PIECES['group_sep'].regex})(?P<again>{PIECES['article_word'].regex})?")
_JUNCTO = literals.compile(r"(?i)\bj(?:unct)?o\b")  # 'jo. 11' is surely an article; 'in samenhang met 3 ...' not yet
_HEADING_LINE = literals.compile(r"[ \t]*(?:\.[ \t]*)?(?:\n|$)")
_BLANK_LINE = literals.compile(r"\n[ \t]*\n")
_ARTICLE = literals.compile(r"(?:de|het)\s+")
# Where a bare article number may begin: a digit or "A." before one, no word, dot, colon, slash,
# euro sign or hyphen before it (each match is that first character: a pattern that begins with
# it lets sre skip to the next digit or capital, where a zero-width one is tried at every place).
BARE_START_AT = r"(?<![\w.:/€-])(?=(?:[A-Z]{1,2}\.)?\d)"  # the rule, as a zero-width pattern
_BARE_START = literals.compile(r"[A-Z\d](?<![\w.:/€-].)(?:(?<=\d)|(?=[A-Z]?\.\d))")
# the same paragraph: no blank line; the law's abbreviation in brackets may close it ("de Regeling
# zorgverzekering (Rzv), artikel 2.2", blind round 107)
_AFTER_LAW = literals.compile(r"[ \t]*\)?[ \t]*,?[ \t]*(?:\n[ \t]*)?")
_PLACED_IN = literals.compile(r"\s+(?:is|zijn|wordt|worden)\s+(?:\w+\s+)?(?:opgenomen|overgenomen|geregeld|uitgewerkt)\s+in\s+")
_LAW_BEFORE_NEAR = 60  # characters before an article in which a law named before it is looked for


@dataclass
class Candidate:
    start: int
    end: int
    refs: list[Ref]
    law_key: str | None = None  # registry key when a known law is named
    law_text: str | None = None  # the law words as written
    law_kind: str = ""  # named | back | unknown | not_law (the committee's reglement) | "" (none written)
    law_before: bool = False  # the law was named before the articles ('het Bzv, artikel 2.7')
    is_range: bool = False  # 'de artikelen 2.4 tot en met 2.15'
    back_article: bool = False  # 'voornoemd artikel', 'die bepaling'
    back_provision: bool = False  # 'die bepaling': the provision cited last, its lid and onderdeel too
    condition: bool = False  # 'de voorwaarde onder b': an onderdeel of the conditions' provision cited near
    heading: bool = False  # 'Artikel 2.7' on a line of its own (an annex heading)
    quoted: bool = False  # 'bedoeld in het eerste lid, onderdeel a': a quoted provision's own words (attribute.py)
    abbreviated: bool = False  # the law was written as its abbreviation ('Bzv')
    book: str | None = None  # 'artikel 248 van Boek 6 van het Burgerlijk Wetboek': the law's book


def find_candidates(text: str) -> list[Candidate]:
    """Every citation candidate in text order."""
    found: list[Candidate] = []
    until = 0  # the end of the last reference: an article word inside it was read with it
    for m in opened("article_word", text):
        if m.start() < until:
            continue
        new = _from_article_word(text, m, until)
        found += new
        until = max([until] + [c.end for c in new])
    found += _back_articles(text, found)
    found += _bare(text, found)
    found += _numbered_headings(text, found)
    return sorted(found, key=lambda c: c.start)


# A policy article heading without "Artikel", on a line of its own: "B.17.3 Hoortoestellen" (its
# letter-dotted number is a policy's: no law numbers its articles so); "A.9.4. Onze toestemming
# …" is a paragraph of it, not a heading.
NUMBERED_HEADING = literals.compile(r"^[ \t]*(?P<num>[A-Z]{1,2}\.\d{1,3}(?:\.\d{1,3}){0,2})[ \t]+"
                                    r"(?=[A-Z])[^.\n]{1,70}$", re.M)


def _numbered_headings(text: str, found: list[Candidate]) -> list[Candidate]:
    cover = _Cover(found)
    out = []
    for m in NUMBERED_HEADING.finditer(text):
        a, b = m.span("num")
        if a not in cover:
            out.append(Candidate(a, b, [Ref(m["num"], a, b)], heading=True))
    return out


def _from_article_word(text: str, m: re.Match, floor: int) -> list[Candidate]:
    plural = m.group().lower().startswith(("artt", "artikelen", "de artikelen"))
    first = _group(text, m.start(), m.end(), law_needed=False)
    if first is None or first.law_kind == "not_law":  # 'artikel 7 van het reglement van de commissie'
        return []
    _prefix(text, first, floor)
    first.heading = (first.law_kind == "" and not plural and m.group().startswith("Artikel")
                     and _own_line(text, m.start(), first.end))
    if (first.heading or (not first.law_kind and _line_start(text, m.start()))) and _under_not_law(text, m.start()):
        return []  # an annex quoting the committee's reglement: "Reglement …" / "Artikel 11" (or "Artikel 6 Termijn")
    if not first.law_kind and not first.heading:
        _law_before(text, first, floor)
    if not first.law_kind and not plural:
        _trim(first)
    out = [first]
    while out[-1].law_kind:  # 'artt. 10 en 11 Zvw, 2.1 Bzv': more articles of other laws
        sep = _CHAIN.match(text, out[-1].end)
        nxt = sep and _group(text, sep.start("again") if sep["again"] else sep.end(), sep.end(), law_needed=True)
        if not nxt or nxt.law_kind == "not_law":
            break
        out.append(nxt)
    return out


def _under_not_law(text: str, at: int) -> bool:
    """Whether the line above (blank lines skipped; a title may be broken over two) names a text
    that is no law or policy."""
    lines = [ln.strip(" #*") for ln in text[max(0, at - 300):at].rstrip().split("\n")[-2:]]
    for above in (lines[-1], " ".join(lines)):
        m = registry.not_laws().match(above)
        if m and m.end() == len(above):
            return True
    return False


def _group(text: str, start: int, pos: int, law_needed: bool) -> Candidate | None:
    refs, is_range, end = _refs(text, pos)
    if not refs:
        return None
    cand = Candidate(start, end, refs, is_range=is_range)
    if _law(text, cand):
        return cand
    return None if law_needed else cand


def _trim(cand: Candidate) -> None:
    """'artikel 2.7, 12 maanden': without a law, a bare number after one article is no article."""
    keep = next((i for i, ref in enumerate(cand.refs) if i and not ref.explicit), len(cand.refs))
    if keep < len(cand.refs):
        cand.refs, cand.end, cand.is_range = cand.refs[:keep], cand.refs[keep - 1].end, False


def _refs(text: str, pos: int) -> tuple[list[Ref], bool, int]:
    refs: list[Ref] = []
    is_range = False
    ref = _ref(text, pos, True)
    while ref:
        refs.append(ref)
        sep = _NEXT.match(text, ref.end)
        ref = sep and _ref(text, sep.end(), bool(sep["again"] or _JUNCTO.search(sep["join"] or "")))
        if ref and sep["range"]:
            is_range = True
    return refs, is_range, (refs[-1].end if refs else pos)


def _ref(text: str, pos: int, explicit: bool) -> Ref | None:
    m = _RX["number"].match(text, pos)
    return read_quals(text, Ref(m.group(), m.start(), m.end(), explicit=explicit)) if m else None


_ASIDE = re.compile(r"\s*\([^()\n]{1,80}\)")


def _law(text: str, cand: Candidate) -> bool:
    """Read the law words after the articles into cand; False when there are none."""
    start = cand.end
    # 'artikel 1.1 (begripsbepalingen, onder "ongeval") van de voorwaarden': an aside between the article and
    # the law it names (blind round 134)
    if (aside := _ASIDE.match(text, start)) and _named(text, _RX["law_lead"].match(text, aside.end()).end()):
        start = aside.end()
    lead = _RX["law_lead"].match(text, start)
    if _BLANK_LINE.search(lead.group()):
        return False  # a law name after a blank line heads the next part, it is not this law
    pos = lead.end()
    named = _named(text, pos)
    book = None if named else _BOOK.match(text, pos)
    if book and (named := _named(text, book.end())) and registry.alias_law(named).books:
        cand.book, pos = book["book"], book.end()
    elif book:
        named = None
    if named:
        law = registry.alias_law(named)
        cand.law_key, cand.law_kind = law.key, "named"
        cand.abbreviated = named.group() in law.abbreviations
        end = named.end()
        paren = _RX["abbrev_paren"].match(text, end)
        end = paren.end() if paren else end
    elif (m := registry.not_laws().match(text, pos)) and _BARE_REGLEMENT.fullmatch(m.group()) \
            and _insurers_reglement(text):
        cand.law_key, cand.law_kind, end = "polis", "named", m.end()  # "(hierna: het reglement)"
    elif m:
        cand.law_kind, end = "not_law", m.end()
    elif m := _RX["unknown_law"].match(text, pos):
        cand.law_kind, end = "unknown", m.end()
    elif m := _RX["back_law"].match(text, pos):
        cand.law_kind, end = "back", m.end()
    else:
        return False
    cand.law_text = text[pos:end]
    cand.end = _quals_after_law(text, cand, end)
    return True


_OF_NEXT = literals.compile(r"\s*,?\s*(?:van|uit)\b")


def _quals_after_law(text: str, cand: Candidate, end: int) -> int:
    """'artikel T.3 van de voorwaarden, aanhef en onder a': the lid and onderdeel words after the
    law belong to its one article when it has none of its own (not when they head the next one:
    'onder a van artikel 11'). Returns the candidate's end."""
    ref = cand.refs[-1]
    if len(cand.refs) != 1 or ref.parts or cand.law_kind != "named":
        return end
    after = read_quals(text, Ref("", end, end))
    if not after.parts or _OF_NEXT.match(text, after.end):
        return end
    ref.parts = after.parts
    return after.end


# A law numbered by book ('artikel 248 van Boek 6 van het Burgerlijk Wetboek'): the book before its name.
_BOOK = literals.compile(r"(?i:boek)\s+(?P<book>\d{1,2}[A-Z]?)\s*,?\s*(?:van\s+)?")
# "het Reglement Hulpmiddelen Eemland (hierna: het reglement)": the insurer's reglement, defined
# so in this ruling; without such a definition a bare "het reglement" is the committee's.
_BARE_REGLEMENT = literals.compile(r"(?:het\s+)?reglement", re.I)
_DEFINED_REGLEMENT = literals.compile(
    r"\b[Rr]eglement\s+(?!(?:van\s+)?(?:de\s+)?(?:Geschillencommissie|[Cc]ommissie|SKGZ|Stichting)\b)[A-Z]"
    r"[^()]{0,80}?\(\s*hierna(?:\s+te\s+noemen)?:?\s*het\s+reglement\s*\)")


@lru_cache(maxsize=8)
def _insurers_reglement(text: str) -> bool:
    return bool(_DEFINED_REGLEMENT.search(text))


def _named(text: str, pos: int) -> re.Match | None:
    """A registry law at pos, with or without 'de'/'het' before it."""
    article = _ARTICLE.match(text, pos)
    return registry.alias_pattern().match(text, pos) or (
        article and registry.alias_pattern().match(text, article.end()))


def _law_before(text: str, cand: Candidate, floor: int) -> None:
    """'het Besluit zorgverzekering, artikel 2.7': a statute named right before the articles;
    'in de voorwaarden van de zorgverzekering is overgenomen in artikel 16': any law whose clause
    places the article in it."""
    for standalone, gap in ((True, _AFTER_LAW), (False, _PLACED_IN)):
        pattern = registry.alias_pattern(standalone_only=standalone)
        last = None
        for m in pattern.finditer(text, max(floor, cand.start - _LAW_BEFORE_NEAR), cand.start):
            last = m
        if last is not None and gap.fullmatch(text, last.end(), cand.start):
            _named_before(cand, last, standalone)
            return


def _named_before(cand: Candidate, last: re.Match, standalone: bool) -> None:
    law = registry.alias_law(last, standalone_only=standalone)
    cand.law_key, cand.law_kind, cand.law_text, cand.law_before = law.key, "named", last.group(), True
    cand.abbreviated = last.group() in law.abbreviations


def _prefix(text: str, cand: Candidate, floor: int = 0) -> None:
    """'het eerste lid, onder a, en het tweede lid van artikel 2.7': lid/onderdeel written before it."""
    lo = max(floor, cand.start - 80)
    if not _ends_with_van(text, lo, cand.start):
        return
    m = _RX["prefix"].search(text, lo, cand.start)
    if not m or not m.group().strip():
        return
    parts = prefix_parts(m.group())
    ref = cand.refs[0]
    if ref.parts and all(not p.lids for p in parts) and len(ref.parts) == 1 and not ref.parts[0].items:
        ref.parts[0].items += [w for p in parts for w in p.items]  # 'onder a van artikel 2.7, eerste lid'
    else:
        ref.parts = parts + ref.parts
    cand.start = m.start()


def _ends_with_van(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] ends with "van" and white space, as every match of the prefix piece
    does (its "van" and white space at the end): nearly no text before a citation does, and the
    piece's search tries each of the eighty places before it."""
    window = text[lo:hi]
    kept = window.rstrip()
    return len(kept) < len(window) and literals.fold(kept[-3:]) == "van"


def _line_start(text: str, start: int) -> bool:
    return not text[text.rfind("\n", 0, start) + 1:start].strip(" \t#")


def _own_line(text: str, start: int, end: int) -> bool:
    before = text.rfind("\n", 0, start)
    return not text[before + 1:start].strip(" \t#") and bool(_HEADING_LINE.match(text, end))


class _Cover:
    """Is an offset inside one of the candidates? (log time per question, so finding stays linear)"""

    def __init__(self, found: list[Candidate]):
        spans = sorted((c.start, c.end) for c in found)
        self.starts = [start for start, _ in spans]
        self.reach = list(accumulate((end for _, end in spans), max))  # the furthest end so far

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and self.reach[i] > pos


# a lid named inside a quoted provision ("Voor een behandeling als bedoeld in het eerste lid", "in
# andere gevallen dan het eerste lid"): the provision's text, no citation of the committee's
_QUOTED_LID = literals.compile(r"\b(?:bedoeld|genoemd|vermeld|omschreven|gesteld|geregeld)\s+in\s+$|\bdan\s+$", re.I)


_WEB_ACTION = literals.compile(r"\b(?:mail|e-mail|deel|print|stuur|verstuur|bewaar|delen|mailen)\s+$", re.I)


def _back_articles(text: str, found: list[Candidate]) -> list[Candidate]:
    out, cover, taken = [], _Cover(found), set()
    # (match, refers to the provision cited last rather than the article, how it is read)
    matches = [(m, False, "after") for m in opened("back_article", text)]
    matches += [(m, True, "after") for m in opened("back_provision", text)]
    matches += [(m, True, "itself") for m in _RX["bare_item"].finditer(text)]
    matches += [(m, True, "item") for m in _RX["paren_item"].finditer(text)]
    matches += [(m, True, "condition") for m in _RX["condition_item"].finditer(text)]
    matches += [(m, False, "lid") for m in _RX["joined_lid"].finditer(text)]
    matches += [(m, True, "bare") for m in _RX["bare_lid"].finditer(text)]
    matches += [(m, True, "paren") for m in _RX["paren_lid"].finditer(text)]
    for m, provision, read in sorted(matches, key=lambda item: item[0].start()):
        start = m.start("lid") if read in ("bare", "paren") else m.start("item") if read == "condition" \
            else m.start(read) if read in ("item", "lid") else m.start()
        if read == "bare" and start in taken:
            continue  # read as a joined lid already
        # the quoted provision's own words ("bedoeld in het eerste lid"): kept for the annex alone (attribute.py)
        quoted = read == "bare" and _QUOTED_LID.search(text, max(0, start - 40), start) is not None
        if read == "after" and _WEB_ACTION.search(text, max(0, start - 12), start):
            continue  # a document host's menu ("Afdrukken | Mail dit artikel"): a web page's article (blind round 105)
        taken.add(start)
        if start not in cover:
            if read in ("item", "condition"):  # '(onder b)', 'de voorwaarde onder b': the onderdeel alone
                ref = Ref("", start, m.end("item"))
                ref.add("item", m.group("item"))
            elif read == "paren":  # '(tweede lid, onder a)': the lid, and an onderdeel after it
                ref = Ref("", start, m.end("lid"))
                ref.add("lid", m.group("lid"))
                ref = read_quals(text, ref)
                ref.end -= text[ref.end - 1] == ")"  # the bracket closes it, it is no part of it
            elif read == "after":  # 'dit artikel, eerste lid': the words after it
                ref = read_quals(text, Ref("", start, m.end()))
            else:  # a bare onderdeel or lid, or a joined lid, is read as the qualifier it is
                ref = read_quals(text, Ref("", start, start - 1))
            cand = Candidate(start, ref.end, [ref], back_article=True, back_provision=provision,
                             condition=read == "condition", quoted=quoted)
            _prefix(text, cand)  # 'het vierde lid van dat artikel'
            out.append(cand)
    # a bare lid read again as the prefix of another ('het eerste lid, onder a, en het derde lid van
    # die bepaling') is that one's
    return [c for c in out if not any(o is not c and o.start <= c.start < o.end and o.end > c.end for o in out)]


def _bare(text: str, found: list[Candidate]) -> list[Candidate]:
    """'2.1 en 2.4 Bzv', '7:904 BW': article numbers without 'artikel', before an abbreviation."""
    out: list[Candidate] = []
    cover = _Cover(found)
    abbreviations = {m.start() for m in registry.abbreviation_pattern().finditer(text)}
    if not abbreviations:
        return out
    for m in _BARE_START.finditer(text):
        pos = m.start()
        if pos in cover or (out and pos < out[-1].end):
            continue
        if not _abbreviation_after(text, pos, abbreviations):
            continue  # most numbers are days and amounts: their refs are read, no law is sought
        if _RX["skip_before"].search(text, max(0, pos - 12), pos):
            continue  # "bijlage 2 Zvw" (asked last: nearly every number already failed above)
        cand = _group(text, pos, pos, law_needed=True)
        if cand and cand.abbreviated and registry.get(cand.law_key).fits(_plain(cand.refs[0].number)):
            out.append(cand)
    return out


def _abbreviation_after(text: str, pos: int, abbreviations: set[int]) -> bool:
    """Whether the articles read from pos are followed by a law's abbreviation, where _law
    would look for it (after 'van', with or without 'de'/'het')."""
    refs, _, end = _refs(text, pos)
    if not refs:
        return False
    at = _RX["law_lead"].match(text, end).end()
    article = _ARTICLE.match(text, at)
    return at in abbreviations or (article is not None and article.end() in abbreviations)


def _plain(number: str) -> str:
    return re.sub(r"\s+", "", number).rstrip(".")
