"""Normalise what find.py read: article numbers, lid words and onderdeel letters.

'eerste lid', 'lid 1', '1e lid' all become paragraph 1; 'onder a', 'sub a', 'letter a',
'aanhef en onder a', 'onderdeel a' all become item 'a'. Lists and ranges expand
('onderdelen a tot en met c' → a, b, c) so that no lid or onderdeel is ever dropped.
"""

from __future__ import annotations

import re

from geschil import literals

# Dutch ordinal words as rulings write a lid ("het eerste lid").
ORDINALS = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6,
    "zevende": 7, "achtste": 8, "negende": 9, "tiende": 10, "elfde": 11, "twaalfde": 12,
}
_LIST_SEP = literals.compile(r"\s*,\s*|\s+(?:en|of)\s+|\s*/\s*")
_RANGE = literals.compile(r"\s*–\s*")
_NUMBER = literals.compile(r"(\d{1,2})(?:e|ste|de)?$")


def article(written: str) -> str:
    """'B.12.1.' → 'B.12.1', '7 : 904' → '7:904', 'art 13 A' stays as the digits say."""
    number = re.sub(r"\s+", "", written).rstrip(".")
    return number


def paragraphs(written: str | None) -> list[int]:
    """'eerste en tweede lid' → [1, 2]; 'lid 1' → [1]; 'leden 1 tot en met 3' → [1, 2, 3]."""
    if not written:
        return []
    words = re.sub(r"(?i)\b(?:het|de|lid|leden)\b", " ", written).strip(" ,")
    return _expand(words, _lid_number)


def items(written: str | None) -> list[str]:
    """'onderdelen a en b' → ['a', 'b']; 'aanhef en onder c' → ['c']; 'sub (a)' → ['a']."""
    if not written:
        return []
    words = re.sub(r"(?i)\b(?:aanhef|en\s+(?=onder|sub)|onderdelen|onderdeel|onder|sub|letters?)\b",
                   " ", written)
    words = words.replace("(", " ").replace(")", " ").strip(" ,")
    return _expand(words, lambda w: w if re.fullmatch(r"[a-z]{1,2}", w) else None)


def _lid_number(word: str) -> int | None:
    word = word.lower()
    if word in ORDINALS:
        return ORDINALS[word]
    m = _NUMBER.match(word)
    return int(m.group(1)) if m else None


def _expand(words: str, read) -> list:
    """A list with 'en', 'of', commas and 'tot en met' ranges → its members, in order."""
    out: list = []
    words = re.sub(r"\s+t(?:ot\s+en\s+met|/m)\s+", "–", words)  # ranges first: 'en' is also a list word
    for part in _LIST_SEP.split(words.strip()):
        bounds = [read(p.strip()) for p in _RANGE.split(part) if p.strip()]
        bounds = [b for b in bounds if b is not None]
        if len(bounds) == 2:
            out += _range(*bounds)
        else:
            out += bounds
    return list(dict.fromkeys(out))


def _range(first, last) -> list:
    if isinstance(first, int):
        return list(range(first, last + 1)) if 0 < last - first < 20 else [first, last]
    if len(first) == len(last) == 1 and 0 < ord(last) - ord(first) < 26:
        return [chr(c) for c in range(ord(first), ord(last) + 1)]
    return [first, last]
