"""The lid and onderdeel words of one article, each lid with its own onderdelen.

'artikel 2.7, eerste lid, onder c, en tweede lid' is two parts of one article: (lid 1, c) and
(lid 2). Read after the article (read_quals) or before it ('onderdeel a van het eerste lid, en
het tweede lid van artikel 2.7', prefix_parts). clean.py turns the words into numbers and letters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from geschil import literals
from geschil.extract.citations.clean import ORDINALS

_ORD = "|".join(ORDINALS) + r"|\d{1,2}(?:e|ste|de)"
_SEP = r"(?:\s*,\s*|\s+(?:en|of|tot\s+en\s+met)\s+)"
_LETTER = r"\(?(?-i:[a-z])\)?(?![\w-])"
LID = (rf"(?i:(?:het\s+)?(?:{_ORD})(?:{_SEP}(?:het\s+)?(?:{_ORD}))*\s+(?:lid|leden)(?!\w)"
       rf"|(?:lid|leden)\s+\d{{1,2}}(?:{_SEP}\d{{1,2}})*(?![\w:]|\.\d))")
ITEM = (rf"(?i:(?:aanhef\s*(?:,\s*|\s+en\s+))?(?:onderdelen|onderdeel|onder|sub|letters?)"
        rf"\s+{_LETTER}(?:{_SEP}{_LETTER})*)")
UNIT = rf"(?:{LID}|{ITEM})"
AANHEF = r"(?i:aanhef)(?!\s*(?:,\s*|\s+en\s+)(?:onder|sub|letter))"
# 'onderdeel c, onder 1°': a sub-item the record does not hold, read past so the law after it is found
SUBITEM = r"(?i:onder|sub)\s+\d{1,2}\s?[°º]"
# 'art. 2.7 lid 1c': a lid and its onderdeel written as one (blind round 163)
COMPACT = r"(?i:lid)\s+(?P<clid>\d{1,2})(?P<citem>(?-i:[a-h]))(?![\w-])"
_QUAL = literals.compile(rf"(?:\s*,\s*|\s+)(?:(?P<lid>{LID})|(?P<item>{ITEM})|(?P<aanhef>{AANHEF})|(?P<sub>{SUBITEM})"
                         rf"|{COMPACT})")
# 'artikel 2.7, eerste lid, onder c, en tweede lid': a further lid of the same article, unless it
# heads the next article ('..., en het tweede lid van artikel 2.8').
_QUAL_AND = literals.compile(rf"(?:\s*,\s*|\s+)en\s+(?:(?P<lid>{LID})|(?P<item>{ITEM}))"
                       r"(?!\s*,?\s*van\s+(?:het\s+|de\s+)?(?i:artikel|art\.|artt\.|dat\b|dit\b|die\b|deze\b))")
# 'artikel 2.7, tweede lid, jo. eerste lid, onder a, Bzv': a lid of the same article joined to the
# first, before the law is named (after it, find.py reads the joined lid as a back-reference).
_QUAL_JOIN = literals.compile(rf"\s*,?\s*(?i:juncto|jo\.|in\s+samenhang\s+met|in\s+verbinding\s+met)\s+(?P<lid>{LID})"
                              r"(?!\s*,?\s*(?:(?:aanhef\s+en\s+)?(?i:onderdeel|onder|sub)\s+[a-h]\s*,?\s*)?"
                              r"(?i:van|uit)\b)")
_UNIT_RX = literals.compile(rf"(?P<lid>{LID})|(?P<item>{ITEM})")


@dataclass
class Part:
    """A lid of an article with its own onderdelen ('eerste lid, aanhef en onder c')."""

    lids: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)


@dataclass
class Ref:
    """One article of a candidate, with the lid and onderdeel words that belong to it."""

    number: str
    start: int
    end: int
    parts: list[Part] = field(default_factory=list)
    explicit: bool = True  # written with 'artikel' or joined ('jo.'), not a bare number in a list

    def add(self, kind: str, words: str) -> None:
        """A lid opens a new part; an onderdeel belongs to the lid before it."""
        if kind == "lid" and (not self.parts or self.parts[-1].lids):
            self.parts.append(Part([words]))
        elif kind == "lid":
            self.parts[-1].lids.append(words)
        elif not self.parts:
            self.parts.append(Part([], [words]))
        else:
            self.parts[-1].items.append(words)

    @property
    def lids(self) -> list[str]:
        return [w for p in self.parts for w in p.lids]

    @property
    def items(self) -> list[str]:
        return [w for p in self.parts for w in p.items]


def read_quals(text: str, ref: Ref) -> Ref:
    """Read the lid / onderdeel words after an article into ref."""
    while q := (_QUAL.match(text, ref.end) or (ref.parts and (_QUAL_AND.match(text, ref.end)
                                                           or _QUAL_JOIN.match(text, ref.end)))):
        if q.groupdict().get("lid"):
            ref.add("lid", q["lid"])
        elif q.groupdict().get("item"):
            ref.add("item", q["item"])
        elif q.groupdict().get("clid"):
            ref.add("lid", f"lid {q['clid']}")
            ref.add("item", f"onder {q['citem']}")
        ref.end = q.end()
    return ref


def prefix_parts(words: str) -> list[Part]:
    """Parts of a prefix: 'onderdeel a van het eerste lid' puts a in lid 1, so does 'eerste lid, onder a'."""
    ref, pending = Ref("", 0, 0), []
    units = list(_UNIT_RX.finditer(words))
    for unit, nxt in zip(units, units[1:] + [None], strict=True):
        between = words[unit.end():nxt.start() if nxt else len(words)]
        if unit["item"] and nxt is not None and nxt["lid"] and "van" in between:
            pending.append(unit["item"])  # the onderdeel of the lid that follows
        elif unit["lid"]:
            ref.add("lid", unit["lid"])
            ref.parts[-1].items += pending
            pending = []
        else:
            ref.add("item", unit["item"])
    return ref.parts
