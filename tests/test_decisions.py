"""Decisions a ruling refers to: ECLI, SKGZ case numbers, explanatory notes (tables of cases)."""

from __future__ import annotations

from pathlib import Path

import nllegalcit
import pytest

from geschil.extract.citations import find_decisions

# (text, expected [(kind, id)])
CASES = [
    ("Zie de uitspraak van de CRvB (ECLI:NL:CRVB:2009:BK2501).", [("ecli", "ECLI:NL:CRVB:2009:BK2501")]),
    ("ECLI: NL: GHARL: 2016: 5678", [("ecli", "ECLI:NL:GHARL:2016:5678")]),
    ("zie NL:RBAMS:2014:1234 en HR:2015:123", [("ecli", "ECLI:NL:RBAMS:2014:1234"), ("ecli", "ECLI:NL:HR:2015:123")]),
    ("ECLI:EU:C:2011:123", [("ecli", "ECLI:EU:C:2011:123")]),
    ("de uitspraak SKGZ202000176 van de commissie", [("skgz", "SKGZ202000176")]),
    ("in een eerdere uitspraak (zaaknummer 201401171) heeft de commissie", [("skgz", "201401171")]),
    ("Zie ook de uitspraak van 12 maart 2013 in zaak 2012.03100.", [("skgz", "2012.03100")]),
    ("bindend advies van de commissie in zaak ANO08.143", [("skgz", "ANO08.143")]),
    ("In de Nota van Toelichting bij artikel 2.7 Bzv staat dat", [("other", "Nota van Toelichting Bzv 2.7")]),
    ("artikel 2.7 Bzv. In de Nota van Toelichting die hoort bij genoemd artikel staat", [("other", "Nota van Toelichting Bzv 2.7")]),
    ("LJN BK2501", [("other", "LJN BK2501")]),
    # not cited decisions
    ("Zaaknummer: 202501427\n\nPartijen", []),
    ("Het Zorginstituut (zaaknummer: 2025026995) heeft geadviseerd.", []),
    ("Het advies van het CVZ (zaaknummer 201212345) is gevolgd.", []),
    ("Hij belde op 0612345678 en 201401171.", []),
    ("201401171, pagina 2 van 5\nIn zaak 201401171 overweegt de commissie", []),
    ("volgens de memorie van toelichting of interpretatie", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_decisions(text, expected):
    found = find_decisions(text)
    assert [(d.kind, d.id) for d in found] == expected
    assert all(text[d.span[0]:d.span[1]] == d.raw for d in found)


def test_page_of():
    text = "x\fZie ECLI:NL:HR:2015:123."
    assert [d.page for d in find_decisions(text, page_of=lambda o: 1 + text.count("\f", 0, o))] == [2]


# Texts on which every ECLI nllegalcit finds must be found by geschil too.
NLLEGALCIT_TEXTS = [
    "De Centrale Raad van Beroep (ECLI:NL:CRVB:2009:BK2501) oordeelde anders.",
    "Vergelijk ECLI:NL:HR:2015:123, ECLI: NL: GHARL: 2016: 5678 en NL:RBAMS:2014:1234.",
    "Zie RVS:2020:2345 en CRVB:2019:1010, alsmede ECLI:EU:C:2011:123.",
    "Het Hof (ECLI:NL:GHSHE:2018:4567) en de rechtbank (ECLI:NL:RBMNE:2017:AB 1234) volgden dit.",
    "Geen ECLI hier, wel artikel 2.7 Bzv en zaak 201401171.",
]


@pytest.mark.parametrize("text", NLLEGALCIT_TEXTS)
def test_finds_every_ecli_nllegalcit_finds(text):
    theirs = {str(c).upper().replace(" ", "") for c in nllegalcit.parse_citations(text)
              if isinstance(c, nllegalcit.EcliCitation)}
    ours = {d.id for d in find_decisions(text) if d.kind == "ecli"}
    assert theirs <= ours


def test_nllegalcit_comparison_can_fail():
    """The comparison above is not vacuous: nllegalcit finds ECLIs in these texts."""
    assert sum(len(nllegalcit.parse_citations(t)) for t in NLLEGALCIT_TEXTS) >= 8


SEED = Path("/work/shared/seeds/002_f22031c86958e11f.txt")


def test_seed_decisions():
    if not SEED.exists():
        pytest.skip("seed ruling not available")
    found = find_decisions(SEED.read_text("utf-8"))
    assert [(d.kind, d.id) for d in found] == [("other", "Nota van Toelichting Bzv 2.7")] * 2
