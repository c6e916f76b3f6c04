"""The insured person and the provider: an age told, a number in words, a contracted provider.
"""

from __future__ import annotations

import re

from geschil import literals
from geschil.extract.facts.common import _sentences_with
from geschil.extract.head import Found
from geschil.extract.sections import Section

UNITS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
         "negen": 9}
TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
        "tachtig": 80, "negentig": 90}
NUMBER_WORDS = {**UNITS, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
                "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, **TENS}
_AGE_NUMBER = r"\d{1,2}|[a-zë]*(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|tien|tig)"
AGE = literals.compile(rf"\b(?P<n>\d{{1,2}})[- ]jarige\b|\b(?P<m>{_AGE_NUMBER})\s+jaar\s+oud\b"
                 rf"|\bleeftijd\s+van\s+(?P<k>{_AGE_NUMBER})\s+jaar"
                 rf"|\b(?:is|was)\s+(?:nu|thans|inmiddels)\s+(?P<j>{_AGE_NUMBER})\s+jaar\b", re.I)
# "toen zestien jaar oud": an age at an earlier moment, used only when nothing else is stated.
AGE_BEFORE = literals.compile(r"\btoen\b", re.I)
PERSON = literals.compile(r"\bverzoek(?:st)?er\b|\bzij\b|\bhij\b|\bpatiënt|\bkind\b|\bzoon\b|\bdochter\b|jarige", re.I)
# A sentence that dates the age to the application (or the treatment) at issue.
AGE_AT_APPLICATION = literals.compile(r"aanvraag|aanvroeg|ten\s+tijde\s+van|op\s+dat\s+moment|thans|inmiddels|behandeling", re.I)
CONTRACT = [
    (False, literals.compile(r"niet[- ]gecontracteerd\w*|geen\s+(?:zorg)?overeenkomst\s+(?:heeft|had|gesloten)|geen\s+contract\s+(?:heeft|had|met)|zonder\s+(?:zorg)?overeenkomst", re.I)),
    (True, literals.compile(r"(?<!niet-)(?<!niet )gecontracteerde\s+zorg(?:aanbieder|verlener)|heeft\s+een\s+(?:zorg)?overeenkomst\s+met\s+de\s+(?:ziektekosten|zorg)?verzekeraar", re.I)),
]


def age(text: str, sections: list[Section]) -> Found | None:
    """The requester's age at the application: stated there if it is, else the latest stated."""
    found = []
    for a, b in _sentences_with(text, sections, AGE):
        if not PERSON.search(text, a, b):
            continue  # "het gebit is vijf jaar oud" is not the requester's age
        for m in AGE.finditer(text, a, b):
            years = _number(m["n"] or m["m"] or m["k"] or m["j"])
            if years is not None:
                found.append((_age_rank(text, a, b, m), years, Found(years, m.start(), m.end())))
    if not found:
        return None
    return max(found, key=lambda f: (f[0], f[1]))[2]


def _age_rank(text: str, a: int, b: int, m: re.Match) -> int:
    """2: the age at the application or now; 1: an age; 0: an age at an earlier moment."""
    if m["j"] or AGE_AT_APPLICATION.search(text, a, b):
        return 2
    return 0 if AGE_BEFORE.search(text, a, b) else 1


def _number(word: str) -> int | None:
    """17, 'zeventien', 'eenentwintig', 'drieënveertig' → int; other words → None."""
    if word.isdigit():
        return int(word)
    word = word.lower()
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    m = re.fullmatch(rf"({'|'.join(UNITS)})[eë]n({'|'.join(TENS)})", word)
    return UNITS[m[1]] + TENS[m[2]] if m else None


def contracted_provider(text: str, sections: list[Section]) -> Found | None:
    for a, b in _sentences_with(text, sections, *(p for _, p in CONTRACT)):
        for value, pattern in CONTRACT:
            m = pattern.search(text, a, b)
            if m:
                return Found(value, m.start(), m.end())
    return None
