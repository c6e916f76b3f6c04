"""Other decisions a text refers to: ECLI numbers, SKGZ case numbers, explanatory notes.

ECLI numbers are read as leniently as nllegalcit reads them ('ECLI: NL: CRVB: 2009: BK2501',
'NL:RBAMS:2014:1234', 'CRvB:2009:BK2501'), normalised to 'ECLI:NL:CRVB:2009:BK2501'.
A bare case number (201401171, 2012.03100, ANO08.143) counts only where the words before it say
that a ruling is meant ('uitspraak ... in zaak', '(zaaknummer ...)'), and never when it is the
ruling's own number or a number of the Zorginstituut.
"""

from __future__ import annotations

import re

from geschil import literals
from geschil.models import Citation, DecisionRef

_SEP = r"\s*[:;]\s*"
_YEAR = r"(?:19|20)\d{2}"
_ECLI = literals.compile(
    rf"\bECLI{_SEP}(?P<country>[A-Za-z]{{2}}){_SEP}(?P<court>[A-Za-z0-9]{{1,7}}){_SEP}"
    rf"(?P<year>{_YEAR}){_SEP}(?P<number>[A-Za-z]{{2}}\s?\d{{4}}(?!\w)|[A-Za-z0-9](?:[A-Za-z0-9.]*[A-Za-z0-9])?)")
# Without 'ECLI:' (and for Dutch courts without 'NL:'), as nllegalcit accepts them.
_ECLI_NL_SHORT = literals.compile(
    rf"(?<![\w:])(?:(?P<country>NL|nl){_SEP})?(?P<court>[A-Z][A-Za-z]{{1,6}}){_SEP}(?P<year>{_YEAR}){_SEP}"
    r"(?P<number>[A-Za-z]{2}\s?\d{4}|[1-9]\d*)(?![\w])")
_ECLI_EU_SHORT = literals.compile(
    rf"(?<![\w:])(?P<country>EU|eu){_SEP}(?P<court>[CTF]){_SEP}(?P<year>{_YEAR}){_SEP}(?P<number>[1-9]\d*)(?!\w)")
# Every form above holds its year between two separators: a quick test that a text has none.
_ECLI_YEAR = literals.compile(rf"[:;]\s*{_YEAR}\s*[:;]")
_LJN = literals.compile(r"\b(?:LJN|ELRO)\s*(?:-?\s*n(?:umme)?r\.?)?[\s:.=]+(?P<number>[A-Z]{2}\s?\d{4})\b", re.I)
_SKGZ = literals.compile(r"\bSKGZ\s*-?\s*(?P<year>(?:19|20)\d{2})\s*[-.]?\s*(?P<number>\d{5})\b")
# min_len 2: behind the pre-filter, tried where "19", "20" or "ANO" starts rather than at every
# character (its look-behind hides the digits from sre)
_CASE_NUMBER = literals.compile(r"(?<![\w.])(?P<number>(?:19|20)\d{7}|(?:19|20)\d{2}\.\d{5}|ANO\s?\d{2}\.\d{3,4})(?![\w]|\.\d)",
                                min_len=2)
# Words before a bare case number that make it a cited ruling (strong: only rulings are meant).
_RULING_CUE = literals.compile(r"(?i)\b(?:(?P<strong>uitspraak|uitspraken|bindend\s+advies|bindende\s+adviezen"
                         r"|geschillencommissie|commissie|skgz)|zaaknummer|zaaknr\.?|zaak)\b")
_OTHER_BODY = literals.compile(r"(?i)\b(?:zorginstituut|cvz|college\s+voor\s+zorgverzekeringen|rechtbank|gerechtshof)\b")
# The ruling's own number: the head's 'Zaaknummer:' label, or the running header '<nr>, pagina N'.
_OWN = literals.compile(r"(?im)^[ \t#*-]*(?:zaaknummer|zaak\s*nr\.?|zaak)\s*:?\s*(?P<number>[\w.]+)")
_OWN_HEADER = literals.compile(r"(?P<number>\b[\w.]+),\s*pagina\s+\d+\s+van\s+\d+", re.I)
_PAGE_MARK = literals.compile(r",\s*pagina", re.I)  # in every _OWN_HEADER, and quick to look for
_NOTE = literals.compile(r"\b(?P<kind>[Nn]ota|[Mm]emorie)\s+van\s+[Tt]oelichting\b")
_KAMERSTUK = literals.compile(r"\bKamerstukken\s+(?:I|II)\s+\d{4}/\d{2,4},\s*\d{2}\s?\d{3}(?:,\s*nr\.\s*\d+)?")
_CUE_WINDOW = 60
_NOTE_WINDOW = 60


def find_decision_refs(text: str, citations: list[Citation] | None = None) -> list[DecisionRef]:
    """Every decision or explanatory note referred to, in text order (page left to the caller)."""
    refs = _eclis(text) + _skgz(text) + _notes(text, citations or [])
    refs += [DecisionRef(kind="other", id="LJN " + m["number"].replace(" ", "").upper(), raw=m.group(),
                         span=m.span()) for m in _LJN.finditer(text)]
    refs += [DecisionRef(kind="other", id=" ".join(m.group().split()), raw=m.group(), span=m.span())
             for m in _KAMERSTUK.finditer(text)]
    return sorted(_unique(refs), key=lambda r: r.span[0])


def _eclis(text: str) -> list[DecisionRef]:
    out: list[DecisionRef] = []
    if not _ECLI_YEAR.search(text):
        return out
    for pattern in (_ECLI, _ECLI_NL_SHORT, _ECLI_EU_SHORT):
        for m in pattern.finditer(text):
            country = (m["country"] or "NL").upper()
            ident = f"ECLI:{country}:{m['court'].upper()}:{m['year']}:{m['number'].replace(' ', '').upper()}"
            out.append(DecisionRef(kind="ecli", id=ident, raw=m.group(), span=m.span()))
    return out


def _own_numbers(text: str) -> set[str]:
    own = {m["number"] for m in _OWN.finditer(text[:4000])}
    if _PAGE_MARK.search(text):  # most rulings have no such running header
        own |= {m["number"] for m in _OWN_HEADER.finditer(text)}
    return own


def _skgz(text: str) -> list[DecisionRef]:
    out = [DecisionRef(kind="skgz", id=f"SKGZ{m['year']}{m['number']}", raw=m.group(), span=m.span())
           for m in _SKGZ.finditer(text)]
    own = _own_numbers(text)
    for m in _CASE_NUMBER.finditer(text):
        number = m["number"].replace(" ", "")
        before = text[max(0, m.start() - _CUE_WINDOW):m.start()]
        cues = list(_RULING_CUE.finditer(before))
        others = list(_OTHER_BODY.finditer(before))
        strong_after = others and any(c["strong"] and c.start() > others[-1].start() for c in cues)
        if number in own or not cues or (others and not strong_after):
            continue
        if _OWN.match(text, text.rfind("\n", 0, m.start()) + 1):
            continue  # a 'Zaaknummer:' label line is the ruling's own head
        out.append(DecisionRef(kind="skgz", id=number, raw=m.group(), span=m.span()))
    return out


def _notes(text: str, citations: list[Citation]) -> list[DecisionRef]:
    """'de Nota van Toelichting bij artikel 2.7 Bzv' → other, id 'Nota van Toelichting Bzv 2.7'."""
    out = []
    for m in _NOTE.finditer(text):
        after = [c for c in citations if c.span and m.end() <= c.span[0] <= m.end() + _NOTE_WINDOW]
        name = "Nota van Toelichting" if m["kind"].lower() == "nota" else "Memorie van Toelichting"
        if after and after[0].law:
            cit = after[0]
            ident = f"{name} {cit.law} {cit.article}" if cit.article else f"{name} {cit.law}"
            out.append(DecisionRef(kind="other", id=ident, raw=text[m.start():cit.span[1]],
                                   span=(m.start(), cit.span[1])))
        elif m.group()[0].isupper():  # 'de Nota van Toelichting' names one; lower case is generic
            out.append(DecisionRef(kind="other", id=name, raw=m.group(), span=m.span()))
    return out


def _unique(refs: list[DecisionRef]) -> list[DecisionRef]:
    """Drop a reference that lies inside another one (a short ECLI inside a full one)."""
    keep = []
    for ref in sorted(refs, key=lambda r: (r.span[0], -r.span[1])):
        if any(k.span[0] <= ref.span[0] and ref.span[1] <= k.span[1] for k in keep):
            continue
        keep.append(ref)
    return keep
