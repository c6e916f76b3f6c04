"""A small Dutch-ish hyphenator: split a word at a syllable-like boundary (verze-kerd).

Real rulings hyphenate at line ends, and text extraction keeps the hyphen (`verze-` newline
`kerd`), so the corpus must too. Words that carry their own hyphen, digits, capitals in the
middle or dots (abbreviations, case numbers, masked names) are never split: their hyphens would
be ambiguous for the truth files.
"""

from __future__ import annotations

import re

VOWELS = set("aeiouyáéíóúàèëïöüâêîôû")
# Consonant pairs that belong together at the start of a syllable (never split inside them).
ONSETS = {
    "sch",
    "st",
    "str",
    "sp",
    "spr",
    "kr",
    "kl",
    "pr",
    "pl",
    "tr",
    "br",
    "bl",
    "dr",
    "gr",
    "gl",
    "fr",
    "fl",
    "vr",
    "wr",
    "zw",
    "kw",
    "sl",
    "sm",
    "sn",
}
SPLITTABLE = re.compile(r"^[a-zà-ÿ]+[a-zà-ÿ]*[,.;:)]?$", re.IGNORECASE)
MIN_HEAD, MIN_TAIL, MIN_WORD = 3, 3, 8


def _is_vowel(ch: str) -> bool:
    return ch.lower() in VOWELS


def candidates(word: str) -> list[int]:
    """Positions i where word[:i] + '-' / word[i:] is an acceptable break, left to right."""
    core = word.rstrip(",.;:)")
    if len(core) < MIN_WORD or not SPLITTABLE.match(word) or any(c.isupper() for c in core[1:]):
        return []
    if core.lower().startswith("xxx"):
        return []
    found = []
    for i in range(MIN_HEAD, len(core) - MIN_TAIL + 1):
        left, right = core[i - 1], core[i]
        if _is_vowel(left) and not _is_vowel(right) and _is_vowel(core[i + 1]):
            found.append(i)  # V|CV: ver-ze-kerd
        elif not _is_vowel(left) and not _is_vowel(right):
            cluster_end = i
            while cluster_end < len(core) and not _is_vowel(core[cluster_end]):
                cluster_end += 1
            onset = core[i:cluster_end].lower()
            before = i - 1 >= 1 and _is_vowel(core[i - 2])
            legal = len(onset) == 1 or onset in ONSETS
            digraph = core[i - 1 : i + 1].lower() in ("ch", "th", "ng", "nk", "ph")
            if before and cluster_end < len(core) and legal and not digraph:
                found.append(i)  # VC|CV or VC|CCV with a legal onset: zorg-ver-ze-ke-raar
    return found


def split(word: str, fits) -> tuple[str, str] | None:
    """The longest head (with '-') that `fits(head)`, and the tail; None if no break fits."""
    for i in reversed(candidates(word)):
        head = word[:i] + "-"
        if fits(head):
            return head, word[i:]
    return None
