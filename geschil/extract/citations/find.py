"""Find citation candidates in text: the words as written, with spans, not yet resolved.

The grammar is a handful of named pieces (PIECES), each with examples it must match in full
(tests check them). A candidate is an article list with its lid/onderdeel words and the law
words after it: 'artikel 2.7, eerste lid, onderdelen a en b, van het Besluit zorgverzekering',
'artt. 10, 11 en 13 Zvw, 2.1 en 2.4 Bzv', 'voornoemd artikel', or a bare 'Artikel 2.7' heading.
Everything matches across line breaks and double spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from geschil.extract.citations.clean import ORDINALS
from geschil.law import registry


@dataclass(frozen=True)
class Piece:
    regex: str
    examples: tuple[str, ...]  # each is matched in full by the piece


_ORD = "|".join(ORDINALS) + r"|\d{1,2}(?:e|ste|de)"
_SEP = r"(?:\s*,\s*|\s+(?:en|of|tot\s+en\s+met)\s+)"
_LETTER = r"\(?(?-i:[a-z])\)?(?![\w-])"
_UNIT = (rf"(?:(?:het\s+)?(?:{_ORD})\s+lid|lid\s+\d{{1,2}}"
         rf"|(?:aanhef\s+en\s+)?(?:onderdeel|onder|sub|letter)\s+(?-i:[a-z]))")
PIECES: dict[str, Piece] = {
    "article_word": Piece(r"(?i:(?<![\w.])(?:de\s+)?(?:artikelen|artikel|artt\.|art\.))\s*",
                          ("artikel", "Artikel", "art.", "artt.", "de artikelen")),
    "number": Piece(r"(?:[A-Z]{1,2}\.)?\d{1,3}(?:\.\d{1,3}){0,3}(?::\d{1,4})?[a-z]?(?![\w:])"
                    r"(?:\.(?=\s*[,;)]|\s+[a-z]))?",
                    ("2.7", "7:904", "13a", "B.12.1", "D.8.6", "1.1.1", "10")),
    "lid": Piece(rf"(?i:(?:het\s+)?(?:{_ORD})(?:{_SEP}(?:{_ORD}))*\s+(?:lid|leden)(?!\w)"
                 rf"|(?:lid|leden)\s+\d{{1,2}}(?:{_SEP}\d{{1,2}})*(?![\w:]|\.\d))",
                 ("eerste lid", "het tweede lid", "lid 1", "leden 1 en 2", "eerste en derde lid", "1e lid")),
    "item": Piece(rf"(?i:(?:aanhef\s*(?:,\s*|\s+en\s+))?(?:onderdelen|onderdeel|onder|sub|letters?)"
                  rf"\s+{_LETTER}(?:{_SEP}{_LETTER})*)",
                  ("onderdeel a", "onder b", "sub a", "letter c", "aanhef en onder c",
                   "onderdelen a en b", "onderdelen a, c en d", "onder (a)", "onderdelen a tot en met c")),
    "aanhef": Piece(r"(?i:aanhef)(?!\s*(?:,\s*|\s+en\s+)(?:onder|sub|letter))", ("aanhef",)),
    "list_sep": Piece(r"\s*,\s*|\s+(?:en|of|tot\s+en\s+met|t/m)\s+", (", ", " en ", " tot en met ")),
    "group_sep": Piece(r"\s*[,;]\s*|\s+(?:en|alsmede|juncto|jo\.?)\s+", (", ", " en ", " jo. ")),
    "law_lead": Piece(r"\s*,?\s*(?:(?:van|uit|in|der)\s+)?",
                      (" van ", ", ", " ", " uit ")),
    "back_law": Piece(r"(?i:(?:de|het|dit|deze|dat|die)\s+(?:wet|besluit|regeling))(?!\w)",
                      ("de wet", "dit besluit", "het besluit", "deze regeling", "de Wet")),
    "unknown_law": Piece(r"(?:de\s+|het\s+)?(?:Wet|Besluit|Regeling|Wetboek)(?:\s+(?:op|van|de|het|der|inzake|tot)\b)*"
                         r"(?:\s+(?!(?:is|bepaalt|regelt|geeft|luidt|stelt|zijn|was|wordt|en|of|als|die|dat|met|voor|bij)\b)"
                         r"[a-zé][\w-]{2,}){1,4}",
                         ("Wet forensische zorg", "de Wet op de jeugdzorg")),
    "abbrev_paren": Piece(r"\s*\([A-Z][A-Za-z]{1,5}\)", (" (Bzv)",)),
    "back_article": Piece(r"(?i:(?<!\w)(?:(?:het|de)\s+)?(?:voornoemde?|voormelde?|vermelde?|genoemde?|bedoelde?"
                          r"|laatstgenoemde?|laatstvermelde?|dit|dat|datzelfde|hetzelfde)\s+artikel)"
                          r"(?!\w|\s*(?:[A-Z]{1,2}\.)?\d)",
                          ("voornoemd artikel", "genoemd artikel", "dit artikel", "het genoemde artikel")),
    "back_provision": Piece(r"(?i:(?<!\w)(?:(?:de|het)\s+)?(?:die|deze|dezelfde|voornoemde|voormelde|genoemde"
                            r"|laatstgenoemde)\s+bepaling)(?!\w)",
                            ("die bepaling", "deze bepaling", "de voornoemde bepaling")),
    "prefix": Piece(rf"(?i:(?:{_UNIT}\s*,?\s*(?:van\s+(?:het\s+)?)?)*{_UNIT}\s*,?\s*van\s+)$",
                    ("het eerste lid van ", "onderdeel a van het eerste lid van ")),
    "skip_before": Piece(r"(?i:(?:bijlage|hoofdstuk|paragraaf|titel|afdeling|nr\.|nummer|pagina|blz\.|per"
                         r"|sinds|ruim|circa|€)\s*)$", ("bijlage ", "hoofdstuk ")),
}
_RX = {name: re.compile(piece.regex) for name, piece in PIECES.items()}
_QUAL = re.compile(rf"(?:\s*,\s*|\s+)(?:(?P<lid>{PIECES['lid'].regex})|(?P<item>{PIECES['item'].regex})"
                   rf"|(?P<aanhef>{PIECES['aanhef'].regex}))")
_HEADING_LINE = re.compile(r"[ \t]*(?:\.[ \t]*)?(?:\n|$)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_ARTICLE = re.compile(r"(?:de|het)\s+")
_BARE_START = re.compile(r"(?<![\w.:/€-])(?=(?:[A-Z]{1,2}\.)?\d)")


@dataclass
class Ref:
    """One article of a candidate, with the lid and onderdeel words that belong to it."""

    number: str
    start: int
    end: int
    lids: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)


@dataclass
class Candidate:
    start: int
    end: int
    refs: list[Ref]
    law_key: str | None = None  # registry key when a known law is named
    law_text: str | None = None  # the law words as written
    law_kind: str = ""  # named | back | unknown | "" (none written)
    is_range: bool = False  # 'de artikelen 2.4 tot en met 2.15'
    back_article: bool = False  # 'voornoemd artikel', 'die bepaling'
    back_provision: bool = False  # 'die bepaling': the provision cited last, its lid and onderdeel too
    heading: bool = False  # 'Artikel 2.7' on a line of its own (an annex heading)
    abbreviated: bool = False  # the law was written as its abbreviation ('Bzv')


def find_candidates(text: str) -> list[Candidate]:
    """Every citation candidate in text order."""
    found: list[Candidate] = []
    for m in _RX["article_word"].finditer(text):
        found += _from_article_word(text, m)
    found += _back_articles(text, found)
    found += _bare(text, found)
    return sorted(found, key=lambda c: c.start)


def _from_article_word(text: str, m: re.Match) -> list[Candidate]:
    plural = m.group().lower().startswith(("artt", "artikelen", "de artikelen"))
    first = _group(text, m.start(), m.end(), plural, law_needed=False)
    if first is None:
        return []
    _prefix(text, first)
    first.heading = (first.law_kind == "" and not plural and m.group().startswith("Artikel")
                     and _own_line(text, m.start(), first.end))
    out = [first]
    while out[-1].law_kind:  # 'artt. 10 en 11 Zvw, 2.1 Bzv': more articles of other laws
        sep = _RX["group_sep"].match(text, out[-1].end)
        nxt = sep and _group(text, sep.end(), sep.end(), True, law_needed=True)
        if not nxt:
            break
        out.append(nxt)
    return out


def _group(text: str, start: int, pos: int, plural: bool, law_needed: bool) -> Candidate | None:
    refs, is_range, end = _refs(text, pos)
    if not refs:
        return None
    cand = Candidate(start, end, refs, is_range=is_range)
    if _law(text, cand):
        return cand
    if law_needed:
        return None
    if len(refs) > 1 and not plural:  # 'artikel 2.7, 12 maanden': only the first is an article
        cand.refs, cand.end, cand.is_range = refs[:1], refs[0].end, False
    return cand


def _refs(text: str, pos: int) -> tuple[list[Ref], bool, int]:
    refs: list[Ref] = []
    is_range = False
    ref = _ref(text, pos)
    while ref:
        refs.append(ref)
        sep = _RX["list_sep"].match(text, ref.end)
        ref = sep and _ref(text, sep.end())
        if ref and "t" in sep.group():
            is_range = True
    return refs, is_range, (refs[-1].end if refs else pos)


def _ref(text: str, pos: int) -> Ref | None:
    m = _RX["number"].match(text, pos)
    return _quals(text, Ref(m.group(), m.start(), m.end())) if m else None


def _quals(text: str, ref: Ref) -> Ref:
    """Read the lid / onderdeel words after an article into ref."""
    while q := _QUAL.match(text, ref.end):
        if q["lid"]:
            ref.lids.append(q["lid"])
        elif q["item"]:
            ref.items.append(q["item"])
        ref.end = q.end()
    return ref


def _law(text: str, cand: Candidate) -> bool:
    """Read the law words after the articles into cand; False when there are none."""
    lead = _RX["law_lead"].match(text, cand.end)
    if _BLANK_LINE.search(lead.group()):
        return False  # a law name after a blank line heads the next part, it is not this law
    pos = lead.end()
    named = _named(text, pos)
    if named:
        law = registry.alias_law(named)
        cand.law_key, cand.law_kind = law.key, "named"
        cand.abbreviated = named.group() in law.abbreviations
        end = named.end()
        paren = _RX["abbrev_paren"].match(text, end)
        end = paren.end() if paren else end
    elif m := _RX["unknown_law"].match(text, pos):
        cand.law_kind, end = "unknown", m.end()
    elif m := _RX["back_law"].match(text, pos):
        cand.law_kind, end = "back", m.end()
    else:
        return False
    cand.law_text = text[pos:end]
    cand.end = end
    return True


def _named(text: str, pos: int) -> re.Match | None:
    """A registry law at pos, with or without 'de'/'het' before it."""
    article = _ARTICLE.match(text, pos)
    return registry.alias_pattern().match(text, pos) or (
        article and registry.alias_pattern().match(text, article.end()))


def _prefix(text: str, cand: Candidate) -> None:
    """'het eerste lid, onderdeel a, van artikel 2.7': lid/onderdeel written before the article."""
    window_start = max(0, cand.start - 80)
    m = _RX["prefix"].search(text, window_start, cand.start)
    if not m or not m.group().strip():
        return
    words = m.group()
    cand.refs[0].lids += [q.group() for q in _RX["lid"].finditer(words)]
    cand.refs[0].items += [q.group() for q in _RX["item"].finditer(words)]
    cand.start = m.start()


def _own_line(text: str, start: int, end: int) -> bool:
    before = text.rfind("\n", 0, start)
    return not text[before + 1:start].strip(" \t#") and bool(_HEADING_LINE.match(text, end))


def _covered(found: list[Candidate], pos: int) -> bool:
    return any(c.start <= pos < c.end for c in found)


def _back_articles(text: str, found: list[Candidate]) -> list[Candidate]:
    out = []
    matches = [(m, False) for m in _RX["back_article"].finditer(text)]
    matches += [(m, True) for m in _RX["back_provision"].finditer(text)]
    for m, provision in sorted(matches, key=lambda item: item[0].start()):
        if not _covered(found, m.start()):
            ref = _quals(text, Ref("", m.start(), m.end()))  # 'dit artikel, eerste lid'
            cand = Candidate(m.start(), ref.end, [ref], back_article=True, back_provision=provision)
            _prefix(text, cand)  # 'het vierde lid van dat artikel'
            out.append(cand)
    return out


def _bare(text: str, found: list[Candidate]) -> list[Candidate]:
    """'2.1 en 2.4 Bzv', '7:904 BW': article numbers without 'artikel', before an abbreviation."""
    out: list[Candidate] = []
    for m in _BARE_START.finditer(text):
        pos = m.start()
        if _covered(found + out, pos) or _RX["skip_before"].search(text, max(0, pos - 12), pos):
            continue
        cand = _group(text, pos, pos, True, law_needed=True)
        if cand and cand.abbreviated and registry.get(cand.law_key).fits(_plain(cand.refs[0].number)):
            out.append(cand)
    return out


def _plain(number: str) -> str:
    return re.sub(r"\s+", "", number).rstrip(".")
