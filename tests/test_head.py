import datetime as dt

import pytest

from geschil.extract import head as hx
from geschil.extract.sections import find_sections
from geschil.extract.text import sentences


def _head(text):
    sections = find_sections(text)
    return sections, hx.head_block(text, sections[0])


CLASSIC_INLINE = """ANONIEM BINDEND ADVIES
Partijen : A te B vs. C te D
Zaak : Mondzorg, implantaten, bijzondere tandheelkunde
Zaaknummer : 201200001
Zittingsdatum : 4 juni 2012
Geschillencommissie Zorgverzekeringen
(mr. P.J. Jansen (voorzitter), drs. Q. de Vries en mr. R.S. Smit)
(Voorwaarden zorgverzekering 2012, artt. 10, 11 en 13 Zvw, 2.1 en 2.7 Bzv)
1. Partijen
A te B, hierna te noemen: verzoekster,
tegen
C te D, hierna te noemen: de zorgverzekeraar.
"""
CLASSIC_COLUMNS = """ANONIEM BINDEND ADVIES
Partijen Zaak Zaaknummer Zittingsdatum
: A te B vs. C te D : Mondzorg, implantaten : 201200001 : 4 juni 2012
Geschillencommissie Zorgverzekeringen
(mr. drs.
P.J.J. Jansen, voorzitter, dr. Q. de Vries en mr. R. Smit)
1. Partijen
"""
CLASSIC_NO_NUMBER = """ANONIEM BINDEND ADVIES
Partijen : A te B vs. C te D
Zaaknummer : Zittingsdatum : 4 juni 2012
Geschillencommissie Zorgverzekeringen
1. Partijen
"""
MODERN = """Bindend advies
Geschillencommissie Zorgverzekeringen
mr. A.B. Visser, drs. C. de Boer-Smit en mr. E.F.G. van der Linden
Zaaknummer: SKGZ202000176
Partijen
"""


@pytest.mark.parametrize(("text", "case", "hearing"), [
    (CLASSIC_INLINE, "201200001", dt.date(2012, 6, 4)),
    (CLASSIC_COLUMNS, "201200001", dt.date(2012, 6, 4)),
    (CLASSIC_NO_NUMBER, None, dt.date(2012, 6, 4)),  # the number left out: null, never the date
    (MODERN, "SKGZ202000176", None),
    ("BINDEND ADVIES\nZaak : ANO08.143 (mondzorg)\nGeschillencommissie Zorgverzekeringen\n1. Partijen\n", "ANO08.143", None),
    ("BINDEND ADVIES\nZaaknummer : 2012.03100\n1. Partijen\n", "2012.03100", None),
    ("Bindend advies\nGeschillencommissie Zorgverzekeringen\nZaaknummer: 202200001\nPartijen\nA te B\n"
     "1. Verloop van de procedure\n1.4. De hoorzitting vond plaats op 7 juni 2022 via een videoverbinding.\n",
     "202200001", dt.date(2022, 6, 7)),
])
def test_case_number_and_hearing(text, case, hearing):
    sections, block = _head(text)
    found = hx.case_number(text, sections, block)
    assert (found.value if found else None) == case
    if found:
        assert text[found.start:found.end] == case
    h = hx.hearing_date(text, sections, block, sentences)
    assert (h.value if h else None) == hearing


@pytest.mark.parametrize(("text", "members", "chair"), [
    (CLASSIC_INLINE, ["mr. P.J. Jansen", "drs. Q. de Vries", "mr. R.S. Smit"], "mr. P.J. Jansen"),
    (CLASSIC_COLUMNS, ["mr. drs. P.J.J. Jansen", "dr. Q. de Vries", "mr. R. Smit"], "mr. drs. P.J.J. Jansen"),
    (MODERN, ["mr. A.B. Visser", "drs. C. de Boer-Smit", "mr. E.F.G. van der Linden"], None),
])
def test_members_and_chair(text, members, chair):
    sections, _ = _head(text)
    found, ch = hx.members(text, sections[0])
    assert [m.value for m in found] == members
    assert (ch.value if ch else None) == chair
    for m in found:
        assert " ".join(text[m.start:m.start + len(m.value) + 10].split()).startswith(m.value.split()[0])


@pytest.mark.parametrize(("tail", "place", "date"), [
    ("8. Bindend advies\n8.1. De commissie wijst het verzoek af.\nZeist, 13 maart 2026,\nX\n", "Zeist", dt.date(2026, 3, 13)),
    ("Bindend advies\nDe commissie wijst het verzoek af.\nAldus beslist door de commissie te Zeist op 4 juni 2012.\n", "Zeist", dt.date(2012, 6, 4)),
    ("Bindend advies\nDe commissie wijst het verzoek af.\n", None, None),
])
def test_signature(tail, place, date):
    text = "Bindend advies\nGeschillencommissie Zorgverzekeringen\nPartijen\nA te B\n7. Beoordeling\nX.\n" + tail
    sections = find_sections(text)
    p, d = hx.signature(text, sections)
    assert (p.value if p else None) == place
    assert (d.value if d else None) == date
