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
    # five digits after the year (blind round 64)
    ("BINDEND ADVIES\nZaak : ANO08.42117 (ziekenvervoer)\nGeschillencommissie Zorgverzekeringen\n1. Partijen\n",
     "ANO08.42117", None),
    ("BINDEND ADVIES\nZaaknummer : 2012.03100\n1. Partijen\n", "2012.03100", None),
    ("Bindend advies\nGeschillencommissie Zorgverzekeringen\nZaaknummer: 202200001\nPartijen\nA te B\n"
     "1. Verloop van de procedure\n1.4. De hoorzitting vond plaats op 7 juni 2022 via een videoverbinding.\n",
     "202200001", dt.date(2022, 6, 7)),
    ("Bindend advies\nGeschillencommissie Zorgverzekeringen\nZaaknummer: 202400002\nPartijen\nA te B\n"
     "1. Verloop van de procedure\n1.3. Op 11 maart 2024 heeft een zitting plaatsgevonden via een "
     "beeldverbinding.\n", "202400002", dt.date(2024, 3, 11)),
    ("Bindend advies\nGeschillencommissie Zorgverzekeringen\nZaaknummer: 202400003\nPartijen\nA te B\n"
     "1. Verloop van de procedure\n1.3. Op 12 maart 2024 is de zitting in Zeist gehouden.\n",
     "202400003", dt.date(2024, 3, 12)),
    # the case heard orally (blind round 167)
    ("Bindend advies\nGeschillencommissie Zorgverzekeringen\nZaaknummer: 202462680\nPartijen\nA te B\n"
     "1. Verloop van de procedure\n1.4. De mondelinge behandeling heeft op 9 oktober 2024 plaatsgevonden.\n",
     "202462680", dt.date(2024, 10, 9)),
    # a copy that opens in the facts: the hearing named in the section on the advice (blind round 97)
    ("melkelementen 75 en 85 zijn nog aanwezig.\n5. Advies Zorginstituut\n5.2. Na de hoorzitting van 28 augustus "
     "2024 heeft het Zorginstituut bij brief van 9 september 2024 laten weten dat het zijn advies handhaaft.\n"
     "6. Beoordeling\n6.1. De commissie neemt het advies over.\n", None, dt.date(2024, 8, 28)),
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
    # a member's profession after the name, then ", en" before the last member
    ("Bindend advies\nGeschillencommissie Zorgverzekeringen\n(mr. A.B. Visser (voorzitter), drs. R. "
     "Kolkman, tandarts, en mr. W.P.M. Ouwerkerk)\n\n1. Partijen\n",
     ["mr. A.B. Visser", "drs. R. Kolkman", "mr. W.P.M. Ouwerkerk"], "mr. A.B. Visser"),
    ("Bindend advies\nGeschillencommissie Zorgverzekeringen\n(mr. A.B. Visser (voorzitter), J.A. van "
     "Lier, arts, en drs. K. Vos)\n\n1. Partijen\n",
     ["mr. A.B. Visser", "J.A. van Lier", "drs. K. Vos"], "mr. A.B. Visser"),
    # a surname with a one-letter word inside
    ("Bindend advies\nGeschillencommissie Zorgverzekeringen\n(mr. H.W. Ooms (voorzitter), dr. P.K. "
     "Tjon A Fong en mr. drs. G.E. Bos)\n\n1. Partijen\n",
     ["mr. H.W. Ooms", "dr. P.K. Tjon A Fong", "mr. drs. G.E. Bos"], "mr. H.W. Ooms"),
    # a particle inside a double surname (blind round 25)
    ("Bindend advies\nGeschillencommissie Zorgverzekeringen\n(mr. J.P. Hoog (voorzitter), drs. W.A. "
     "Kleiweg de Zwaan-Meijer en mr. B.T. Ouwerkerk)\n\n1. Partijen\n",
     ["mr. J.P. Hoog", "drs. W.A. Kleiweg de Zwaan-Meijer", "mr. B.T. Ouwerkerk"], "mr. J.P. Hoog"),
    # the secretary after the members is none of them (blind round 128)
    ("Bindend advies\nGeschillencommissie Zorgverzekeringen\n(mr. C.W. Brink (voorzitter), drs. R.M. Hoef en mr. "
     "E.J. Pijn; secretaris: mr. S.D. Oud)\n\n1. Partijen\n", ["mr. C.W. Brink", "drs. R.M. Hoef", "mr. E.J. Pijn"],
     "mr. C.W. Brink"),
    ("Bindend advies\nGeschillencommissie Zorgverzekeringen\n(mr. C.W. Brink (voorzitter), drs. R.M. Hoef en mr. "
     "E.J. Pijn, mr. S.D. Oud (secretaris))\n\n1. Partijen\n", ["mr. C.W. Brink", "drs. R.M. Hoef", "mr. E.J. Pijn"],
     "mr. C.W. Brink"),
    # a document host's menu names the committee first (blind round 165)
    ("Zorgrechtwijzer.nl · Printversie\nGeschillencommissie Zorgverzekeringen (SKGZ) › Paramedische zorg › "
     "Ergotherapie\nBindend advies\nGeschillencommissie Zorgverzekeringen\nmr. W.F. van Dongen, drs. M.J. Overbeek en "
     "mr. P.K. Hoekstra\nZaaknummer: 202362453\n\n1. Partijen\n",
     ["mr. W.F. van Dongen", "drs. M.J. Overbeek", "mr. P.K. Hoekstra"], None),
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


CLASSIC_HEAD = ("ANONIEM BINDEND ADVIES\nPartijen : A te B vs. C te D\nZaaknummer : 201000001\n"
                "Zittingsdatum : 4 februari 2010\nGeschillencommissie Zorgverzekeringen\n{members}\n"
                "(Voorwaarden zorgverzekering 2010, artt. 10 en 11 Zvw)\n1. Partijen\nA te B, tegen C te D.\n")


@pytest.mark.parametrize(("line", "members", "chair"), [
    # some producers' text loses the space after a title: the names read as printed
    ("mr.G.J. Ploeger,voorzitter,mr. drs. A.B. de Wit,drs.C.D. Jansen",
     ["mr. G.J. Ploeger", "mr. drs. A.B. de Wit", "drs. C.D. Jansen"], "mr. G.J. Ploeger"),
    ("(mr.G.J. Ploeger (voorzitter), mr.drs.A.B. de Wit en drs.C.D. Jansen)",
     ["mr. G.J. Ploeger", "mr. drs. A.B. de Wit", "drs. C.D. Jansen"], "mr. G.J. Ploeger"),
    ("(mr.x.y. Ploeger (voorzitter), prof.dr.ir.K. Bos en mr. A. van Dijk)",
     ["mr. X.Y. Ploeger", "prof. dr. ir. K. Bos", "mr. A. van Dijk"], "mr. X.Y. Ploeger"),
    ("(mr. drs.\nP.J.J. Jansen, voorzitter, dr. Q. de Vries en mr. R. Smit)",
     ["mr. drs. P.J.J. Jansen", "dr. Q. de Vries", "mr. R. Smit"], "mr. drs. P.J.J. Jansen"),
    # the title repeated between the committee and its members, its keywords in brackets
    ("BINDEND ADVIES Zaak: 201000001 (agenesie; implantaten)\n(mr. K.L. Brink (voorzitter), mr. M. Vos en drs. N. Bakker)",
     ["mr. K.L. Brink", "mr. M. Vos", "drs. N. Bakker"], "mr. K.L. Brink"),
    ("BINDEND ADVIES Zaak: 201000001 (mondzorg, ongeval,\naanvullende verzekering)\n(mr. K.L. Brink, voorzitter, mr. M. Vos en drs. N. Bakker)",
     ["mr. K.L. Brink", "mr. M. Vos", "drs. N. Bakker"], "mr. K.L. Brink"),
    ("ANONIEM BINDEND ADVIES (mondzorg)\nmr. drs. K.L. Brink, voorzitter, mr. M. Vos en drs. N. Bakker",
     ["mr. drs. K.L. Brink", "mr. M. Vos", "drs. N. Bakker"], "mr. drs. K.L. Brink"),
    # a capital of any Latin script (blind round 142)
    ("(mr. A.M. Lindeboom-Vroegop, voorzitter, drs. K. Şahin en mr. dr. G.J. Vreugdenhil)",
     ["mr. A.M. Lindeboom-Vroegop", "drs. K. Şahin", "mr. dr. G.J. Vreugdenhil"], "mr. A.M. Lindeboom-Vroegop"),
    ("(mr. Ł. Nowak, voorzitter, mr. M. Vos en drs. N. Bakker)",
     ["mr. Ł. Nowak", "mr. M. Vos", "drs. N. Bakker"], "mr. Ł. Nowak"),
])
def test_members_with_titles_glued(line, members, chair):
    text = CLASSIC_HEAD.format(members=line)
    sections, _ = _head(text)
    found, ch = hx.members(text, sections[0])
    assert [m.value for m in found] == members
    assert (ch.value if ch else None) == chair
    for m in found:  # the evidence is the name as the text has it
        assert "".join(text[m.start:m.end].split()).lower() == "".join(m.value.split()).lower()


@pytest.mark.parametrize(("closing", "place", "date"), [
    ("Aldus beslist op 12 maart 2010 te Zeist.", "Zeist", dt.date(2010, 3, 12)),
    ("Aldus beslist op 12 maart 2010 te Zeist, door mr. A. Bos, voorzitter.", "Zeist", dt.date(2010, 3, 12)),
    ("Aldus vastgesteld te Zeist op 12 maart 2010.", "Zeist", dt.date(2010, 3, 12)),
    ("Aldus vastgesteld te Zeist op\n12 maart 2010 door mr. A. Bos.", "Zeist", dt.date(2010, 3, 12)),
    ("Aldus vastgesteld door mr. A.B. Bos, voorzitter, en mr. C.D. Eck te Zeist op 12 maart 2010.",
     "Zeist", dt.date(2010, 3, 12)),
    ("Aldus beslist door de commissie op 12 maart\n2010 te Zeist.", "Zeist", dt.date(2010, 3, 12)),
    ("Zo gewezen op 12 maart 2010 te Zeist door mr. A. Bos.", "Zeist", dt.date(2010, 3, 12)),
    ("Aldus beslist te Zeist, op 12 maart 2010.", "Zeist", dt.date(2010, 3, 12)),
    ("Aldus beslist door mr. A. Bos, voorzitter, op 12 maart 2010.", None, dt.date(2010, 3, 12)),
    ("Aldus beslist door mr. A. Bos, voorzitter.", None, None),
])
def test_classic_closing(closing, place, date):
    text = (CLASSIC_HEAD.format(members="(mr. A. Bos (voorzitter))") + "7. Beoordeling\n7.1. Op 3 januari "
            "2010 is de aanvraag gedaan.\n8. Bindend advies\nDe commissie wijst het verzoek af.\n\n" + closing + "\n")
    p, d = hx.signature(text, find_sections(text))
    assert (p.value if p else None) == place
    assert (d.value if d else None) == date


@pytest.mark.parametrize(("signature", "chair"), [
    # the head lists the members without marking the chair; the signature names her
    ("Zeist, 13 maart 2024,\nmr. E.F.G. van der Linden, voorzitter\n", "mr. E.F.G. van der Linden"),
    # a name in the signature that is no member of the head's list is not the chair
    ("Zeist, 13 maart 2024,\nmr. Z. Onbekend, voorzitter\n", None),
    # a signature without the word names no chair
    ("Zeist, 13 maart 2024,\nmr. A.B. Visser\n", None),
    # a web copy flattened into long lines: the signature runs on into what follows
    ("Zeist, 13 maart 2024, mr. E.F.G. van der Linden, voorzitter Informatie voor partijen Dit bindend advies ...\n",
     "mr. E.F.G. van der Linden"),
    ("Zeist, 13 maart 2024, mr. A.B. Visser, drs. C. de Boer-Smit (voorzitter) ...\n", None),
    ("Zeist, 13 maart 2024, mr. Z. Onbekend, voorzitter Informatie voor partijen\n", None),
    # "voorzitter" on the line under the name (blind round 22)
    ("Zeist, 13 maart 2024,\nmr. E.F.G. van der Linden\nvoorzitter\n", "mr. E.F.G. van der Linden"),
    ("Zeist, 13 maart 2024,\nmr. Z. Onbekend\nvoorzitter\n", None),
])
def test_chair_from_the_signature(signature, chair):
    text = MODERN + "A te B\n7. Beoordeling\nX.\n8. Bindend advies\nDe commissie wijst het verzoek af.\n" + signature
    sections = find_sections(text)
    members, _ = hx.members(text, sections[0])
    found = hx.signed_chair(text, sections, members)
    assert (found.value if found else None) == chair
    if found:
        assert text[found.start:found.end] == chair

