"""The citation engine: forms as written in rulings → citation objects (tables of cases)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geschil.extract.citations import cite_text, find_citations
from geschil.extract.citations.find import PIECES
from geschil.extract.sections import Section

BZV = "https://wetten.overheid.nl/jci1.3:c:BWBR0018492"


def _subset(cit, expected: dict) -> dict:
    return {k: getattr(cit, k) for k in expected}


# (text, expected citations in text order: only the keys given are compared)
FORMS = [
    ("artikel 2.7, eerste lid, onderdeel a, van het Besluit zorgverzekering",
     [dict(law="Bzv", article="2.7", paragraph=1, item="a", bwb_id="BWBR0018492",
           url=f"{BZV}&artikel=2.7&lid=1&onderdeel=a", flags=[])]),
    ("artikel 2.7 lid 1 onder b Bzv", [dict(law="Bzv", article="2.7", paragraph=1, item="b")]),
    ("art. 2.7, lid 1, aanhef en onder c, Bzv", [dict(law="Bzv", article="2.7", paragraph=1, item="c")]),
    ("Bzv is genoemd. Zie artikel 2.7, lid 1, sub a.", [dict(law="Bzv", paragraph=1, item="a")]),
    ("artikel 2.7, lid 1, sub a", [dict(law=None, article="2.7", paragraph=1, item="a",
                                        flags=["ambiguous"], url=None)]),
    ("artikel 2.7, eerste lid, onderdelen a en b, van het Besluit zorgverzekering",
     [dict(article="2.7", paragraph=1, item="a"), dict(article="2.7", paragraph=1, item="b")]),
    ("artt. 10, 11 en 13 Zvw", [dict(law="Zvw", article=a, bwb_id="BWBR0018450") for a in ("10", "11", "13")]),
    ("de artikelen 2.1 en 2.4 Bzv", [dict(law="Bzv", article="2.1"), dict(law="Bzv", article="2.4")]),
    ("2.1, 2.2 en 2.4 Bzv, 2.1 Rzv",
     [dict(law="Bzv", article=a) for a in ("2.1", "2.2", "2.4")] + [dict(law="Rzv", article="2.1", bwb_id="BWBR0018715")]),
    ("(Voorwaarden zorgverzekering 2010, artt. 10, 11 en 13 Zvw, 2.1 en 2.4 Bzv, 2.9 Rzv)",
     [dict(law="Zvw", article=a) for a in ("10", "11", "13")]
     + [dict(law="Bzv", article="2.1"), dict(law="Bzv", article="2.4"), dict(law="Rzv", article="2.9")]),
    ("artikel 7:904 BW", [dict(law="BW", article="7:904", bwb_id="BWBR0005290",
                               url="https://wetten.overheid.nl/jci1.3:c:BWBR0005290&artikel=904")]),
    ("artikel 7:940, lid 1, BW", [dict(law="BW", article="7:940", paragraph=1,
                                       url="https://wetten.overheid.nl/jci1.3:c:BWBR0005290&artikel=940&lid=1")]),
    ("Op grond van artikel 2.1 van het Besluit zorgverzekering en artikel 11, eerste lid, aanhef en onder b, van de wet",
     [dict(law="Bzv", article="2.1"), dict(law="Zvw", article="11", paragraph=1, item="b")]),
    ("artikel B.12.1. van de voorwaarden van de zorgverzekering",
     [dict(law="polis", article="B.12.1", policy="basic", url=None, bwb_id=None)]),
    ("artikel D.8.6 van de voorwaarden van de aanvullende ziektekostenverzekering",
     [dict(law="polis", article="D.8.6", policy="supplementary")]),
    ("artikel 23 van de verzekeringsvoorwaarden", [dict(law="polis", article="23", policy=None)]),
    ("artikel 2.7 Bzv", [dict(law="Bzv", article="2.7", url=f"{BZV}&artikel=2.7")]),
    ("art. 13 Zvw", [dict(law="Zvw", article="13")]),
    ("artikel 1, onderdeel c, Wlz", [dict(law="Wlz", article="1", item="c", flags=["nonexistent"])]),
    ("artikel 1.1.1 van de Wet langdurige zorg", [dict(law="Wlz", article="1.1.1", bwb_id="BWBR0035917")]),
    ("artikel 2.9 van de Regeling zorgverzekering", [dict(law="Rzv", article="2.9")]),
    ("artikel 6 AWBZ", [dict(law="AWBZ", article="6", bwb_id="BWBR0002614")]),
    ("artikel 35 van de Wmg", [dict(law="Wmg", article="35", bwb_id="BWBR0020078")]),
    ("artikel 14 van de Wet BIG", [dict(law="Wet BIG", article="14", bwb_id="BWBR0006251")]),
    ("artikel 8:69 Awb", [dict(law="Awb", article="8:69", bwb_id="BWBR0005537")]),
    # the burden of proof's rule (blind round 100)
    ("in lijn met de hoofdregel van artikel 150 Rv, aan verzoeker", [dict(law="Rv", article="150", bwb_id="BWBR0001827")]),
    ("artikel 2.3.5 van de Wmo 2015", [dict(law="Wmo 2015", article="2.3.5", bwb_id="BWBR0035362")]),
    ("artikel 10 van de Zorgverzekeringswet (Zvw)", [dict(law="Zvw", article="10",
                                                          raw="artikel 10 van de Zorgverzekeringswet (Zvw)")]),
    ("Artikel 2.1 van de Zorgverzekeringswet bepaalt", [dict(law="Zvw", article="2.1", flags=["nonexistent"], url=None)]),
    ("artikel 2.1 Zvw", [dict(law="Zvw", article="2.1", flags=["nonexistent"])]),
    ("artikel 13a Zvw", [dict(law="Zvw", article="13a", flags=[])]),
    ("artikel\n2.7,  eerste\nlid, onder a, Bzv", [dict(law="Bzv", article="2.7", paragraph=1, item="a")]),
    ("het eerste lid van artikel 2.7 Bzv", [dict(law="Bzv", article="2.7", paragraph=1, raw="het eerste lid van artikel 2.7 Bzv")]),
    ("onderdeel a van het eerste lid van artikel 2.7 Bzv", [dict(article="2.7", paragraph=1, item="a")]),
    ("artikel 2.7, eerste en derde lid, Bzv", [dict(paragraph=1), dict(paragraph=3)]),
    ("artikel 2.7, leden 1 en 2, Bzv", [dict(paragraph=1), dict(paragraph=2)]),
    ("artikel 2.7, twaalfde lid, Bzv", [dict(paragraph=12)]),
    ("artikel 2.7, 1e lid, letter a, Bzv", [dict(paragraph=1, item="a")]),
    ("artikel 2.7, eerste lid, onderdelen a tot en met c, Bzv", [dict(item=i) for i in "abc"]),
    ("artikel 10, onderdelen a, c en d, Zvw", [dict(article="10", item=i) for i in "acd"]),
    ("artikel 2.7, eerste lid, onder (b), Bzv", [dict(item="b")]),
    ("Het Besluit zorgverzekering regelt mondzorg. Op grond van artikel 2.7, eerste lid, onderdeel a, van dit besluit",
     [dict(law="Bzv", article="2.7", paragraph=1, item="a")]),
    ("artikel 2.7 van het Besluit zorgverzekering. Het bestaan van een situatie als bedoeld in artikel 2.7, lid 1, onder c, van het besluit",
     [dict(law="Bzv"), dict(law="Bzv", paragraph=1, item="c")]),
    ("artikel 11 van de wet", [dict(law="Zvw", article="11")]),
    ("Dit volgt uit artikel 2.7 Bzv. In de toelichting bij voornoemd artikel staat",
     [dict(law="Bzv", article="2.7"), dict(law="Bzv", article="2.7", raw="voornoemd artikel")]),
    ("artikel B.12.1 van de voorwaarden van de zorgverzekering. Dit artikel is gebaseerd op artikel 2.7 Bzv.",
     [dict(law="polis", article="B.12.1"), dict(law="polis", article="B.12.1", policy="basic"), dict(law="Bzv")]),
    ("genoemd artikel", [dict(law=None, article=None, flags=["ambiguous"])]),
    ("artikel A.22. van de voorwaarden van de zorgverzekering en A.23. van de voorwaarden van de aanvullende ziektekostenverzekering",
     [dict(law="polis", article="A.22", policy="basic"), dict(law="polis", article="A.23", policy="supplementary")]),
    ("Artikel D.8.6 bepaalt dat", [dict(law="polis", article="D.8.6")]),
    ("artikel 2.1 Bzv en 2.1 Rzv", [dict(law="Bzv"), dict(law="Rzv")]),
    ("Besluit zorgverzekering\n\nArtikel 2.7\n\n1. Mondzorg omvat ... bedoeld in artikel 11, eerste lid, onderdeel a, van de wet",
     [dict(law="Bzv", article="2.7"), dict(law="Zvw", article="11", paragraph=1, item="a")]),
    ("Zorgverzekeringswet\n\nArtikel 11\n\n4. zorg als bedoeld in artikel 10, onderdelen a en c, wordt",
     [dict(law="Zvw", article="11"), dict(law="Zvw", article="10", item="a"), dict(law="Zvw", article="10", item="c")]),
    ("de artikelen 2.4 tot en met 2.15 Bzv", [dict(article="2.4"), dict(article="2.15")]),
    ("artikel 1.1, tweede lid, van de Wet forensische zorg of", [dict(law="Wet forensische zorg", flags=["unknown_law"])]),
    ("De commissie stelt vast dat in de Zvw geen artikel 2.1 is opgenomen", [dict(law="Zvw", article="2.1", flags=["nonexistent"])]),
    # policy conditions number articles like a Bzv ('9.3', '12.4'): the words or the title decide
    ("(Voorwaarden aanvullende verzekering GebitGoed 2011, art. 16.3)",
     [dict(law="polis", article="16.3", policy="supplementary", flags=[])]),
    ("(Aanvullende verzekering Tand Extra 2015, art. 14.2 voorwaarden)",
     [dict(law="polis", article="14.2", policy="supplementary", raw="art. 14.2 voorwaarden")]),
    ("(Voorwaarden zorgverzekering 2010, art. 2.7 Bzv)", [dict(law="Bzv", article="2.7")]),
    # a title in the plural: the conditions of several supplementary insurances (blind round 37)
    ("Voorwaarden aanvullende verzekeringen IJsselvliet 2023\nArtikel 1.2 Begrippen\nOngeval: een plotselinge "
     "inwerking.\nArtikel 2.9 Geschillen\nDe commissie beslist.",
     [dict(law="polis", article="1.2"), dict(law="polis", article="2.9")]),
    # a second title after a semicolon, in lower case, still names the policy
    ("(Voorwaarden zorgverzekering 2010, art. 2.7 Bzv; voorwaarden aanvullende verzekering 2010, art. 12.2)",
     [dict(law="Bzv", article="2.7"), dict(law="polis", article="12.2", policy="supplementary")]),
    ("Uit artikel 12.4 van de voorwaarden volgt dat", [dict(law="polis", article="12.4", policy=None)]),
    ("artikel 9.3 van de polisvoorwaarden", [dict(law="polis", article="9.3")]),
    ("artikel 9.3 uit de voorwaarden", [dict(law="polis", article="9.3")]),
    # the conditions "belonging to" the insurance just named (blind round 91: read as the Bzv)
    ("De aanvullende verzekering dekt op grond van artikel 6.2 van de daarbij behorende\nvoorwaarden alleen spoed.",
     [dict(law="polis", article="6.2")]),
    ("artikel 4.1 van de toepasselijke voorwaarden", [dict(law="polis", article="4.1")]),
    ("artikel 2.7, de voorwaarden zijn", [dict(law=None, article="2.7", flags=["ambiguous"])]),
    ("artikel 9.3 van de voorwaarden van de aanvullende verzekering vereist dit. Aan de voorwaarden van artikel 9.3 is voldaan.",
     [dict(law="polis", article="9.3", policy="supplementary"),
      dict(law="polis", article="9.3", policy="supplementary", raw="artikel 9.3")]),
    ("Besluit zorgverzekering\nArtikel 2.7\nMondzorg.\nVoorwaarden zorgverzekering Basis Exclusief 2021\n"
     "Artikel 3.5 Toestemming\nU vraagt vooraf.\nArtikel 10.4 Bijzondere tandheelkunde\nZie ook de wet.",
     [dict(law="Bzv", article="2.7"), dict(law="polis", article="3.5", policy="basic"),
      dict(law="polis", article="10.4", policy="basic")]),
    # a title of capitalised words ends at its line: the next article heading is not part of it
    ("Besluit zorgverzekering\nArtikel 2.7\nMondzorg.\nVoorwaarden Lindenhout Basis Natura 2021\n"
     "Artikel 6.2 Machtiging\nU vraagt vooraf.\nArtikel 14.5 Tandheelkundige zorg in bijzondere gevallen (machtiging)\nZie de wet.",
     [dict(law="Bzv", article="2.7"), dict(law="polis", article="6.2"), dict(law="polis", article="14.5", flags=[])]),
    # a web copy runs the annex heading into the policy title
    ("BIJLAGE – Relevante bepalingen Voorwaarden Rijnstroom Tand Plus 2020\nArtikel 1.3 Begripsomschrijvingen\n"
     "Ongeval: een plotselinge geweldsinwerking.", [dict(law="polis", article="1.3", flags=[])]),
    ("Polisvoorwaarden Extra Tand 3 (2018)\nArtikel 9.3 Tandzorg na een ongeval",
     [dict(law="polis", article="9.3", policy=None, flags=[])]),
    ("Voorwaarden aanvullende verzekering Extra 3 (2018)\nArtikel 9.3 Tandzorg na een ongeval",
     [dict(law="polis", article="9.3", policy="supplementary")]),
    # a sentence that wrapped to start a line with 'Voorwaarden …' is no title heading
    ("Het Bzv geldt.\nVoorwaarden zorgverzekering 2021 zijn hier niet van belang, zegt hij.\nArtikel 2.7 wel.",
     [dict(law="Bzv", article="2.7")]),
    # an annex part numbered before its policy title: its articles are the policy's (blind round 167)
    ("BIJLAGE\n1. Zorgverzekeringswet\nArtikel 10\nHet risico.\n3. Voorwaarden Maasoever Zorgpolis Restitutie 2017\n"
     "Artikel 9 Medisch-specialistische zorg\nU heeft recht op zorg.",
     [dict(law="Zvw", article="10"), dict(law="polis", article="9")]),
    # a lid and its onderdeel written as one (blind round 163)
    ("Dat is het geval waarvoor art. 2.7 lid 1c van het Besluit zorgverzekering is geschreven.",
     [dict(law="Bzv", article="2.7", paragraph=1, item="c", raw="art. 2.7 lid 1c van het Besluit zorgverzekering")]),
    # the provision that opens the paragraph owns the bare onderdelen after it, not one itemised in a paragraph
    # before (blind round 163)
    ("4.3. Dat is op grond van artikel 12.5, onder b, van de voorwaarden uitgesloten.\n\n6.2. Artikel 12.2 van de "
     "voorwaarden vergoedt zorg na een ongeval. Het ongeval moet binnen dertig dagen worden gemeld (onderdeel a).",
     [dict(law="polis", article="12.5", item="b"), dict(law="polis", article="12.2", item=None),
      dict(law="polis", article="12.2", item="a", raw="onderdeel a")]),
    # the very onderdeel cited before, named again by "van die bepaling" far after it, a policy article between: of the
    # provision cited with it, and the bare onderdeel after that too (blind round 170)
    ("7.2. Het gaat om zorg bij een medische behandeling (artikel 2.7, eerste lid, aanhef en onder c, Bzv). "
     + "Tekst. " * 220 + "7.5. Aan het vereiste van artikel B.11.4 van de voorwaarden is voldaan. 7.7. Het vervangen van het element is geen zorg als bedoeld in onderdeel c van die bepaling.\n\n7.8. Evenmin is "
     "sprake van een ernstige verworven afwijking als bedoeld in onderdeel a.",
     [dict(law="Bzv", item="c"), dict(law="polis", article="B.11.4"),
      dict(law="Bzv", article="2.7", paragraph=1, item="c", raw="onderdeel c van die bepaling"),
      dict(law="Bzv", article="2.7", paragraph=1, item="a", raw="onderdeel a")]),
    # ... but not past the provision its own sentence cites (blind round 156)
    ("artikel 2.7, eerste lid, aanhef en onder a, Bzv. " + "Tekst. " * 220 + "Artikel 7.4 van de voorwaarden vergoedt "
     "zorg na een ongeval onder de voorwaarden die in onderdeel a van die bepaling zijn genoemd.",
     [dict(law="Bzv", item="a"), dict(law="polis", article="7.4"),
      dict(law="polis", article="7.4", item="a", raw="onderdeel a van die bepaling")]),
    # a lid of another article of the same law in between names no onderdelen (blind round 38)
    ("artikel 2.7, eerste lid, onderdeel a, Bzv. De verzekerde moet op grond van artikel 2.1, derde lid, Bzv op "
     "de zorg zijn aangewezen. Zij voldoet aan onderdeel b van die bepaling.",
     [dict(law="Bzv", article="2.7", item="a"), dict(law="Bzv", article="2.1", paragraph=3),
      dict(law="Bzv", article="2.7", paragraph=1, item="b", raw="onderdeel b van die bepaling")]),
    ("artikel 2.7, eerste lid, Bzv. Hij beroept zich op onderdeel a van die bepaling.",
     [dict(law="Bzv", paragraph=1, item=None), dict(law="Bzv", article="2.7", paragraph=1, item="a",
                                                    raw="onderdeel a van die bepaling")]),
    # a bare onderdeel is one of the provision cited last; 'onderdeel van' is no reference
    ("artikel 2.7, eerste lid, onderdeel c, Bzv. Er is geen aanspraak op grond van onderdeel a. Het trekken was "
     "onderdeel van de behandeling. Onderdeel c biedt geen grond.",
     [dict(item="c"), dict(law="Bzv", article="2.7", paragraph=1, item="a", raw="onderdeel a"),
      dict(law="Bzv", article="2.7", paragraph=1, item="c", raw="Onderdeel c")]),
    # ... the provision last cited with an onderdeel, when one cited since names none (blind round 20)
    ("artikel 2.7, eerste lid, onderdeel c, Bzv. Over de termijn van artikel 5.4 van de voorwaarden zegt het niets. "
     "Er is geen sprake van een afwijking als bedoeld in onderdeel a.",
     [dict(item="c"), dict(law="polis", article="5.4"),
      dict(law="Bzv", article="2.7", paragraph=1, item="a", raw="onderdeel a")]),
    ("artikel 2.7, eerste lid, onderdeel c, Bzv. Artikel 14.2 van de voorwaarden stelt eisen. Onderdeel b "
     "daarvan is hier van belang.",
     [dict(item="c"), dict(law="polis", article="14.2"),
      dict(law="polis", article="14.2", item="b")]),
    # a lid joined before the law ('jo.', 'juncto'): both lids of the one article, with the law (blind round 23)
    ("Ingevolge artikel 2.7, tweede lid, jo. eerste lid, onder a, Bzv omvat de aanspraak dit.",
     [dict(law="Bzv", article="2.7", paragraph=2, item=None), dict(law="Bzv", article="2.7", paragraph=1, item="a")]),
    ("artikel 2.7, tweede lid, juncto het eerste lid, onder a, Bzv geldt.",
     [dict(law="Bzv", paragraph=2), dict(law="Bzv", paragraph=1, item="a")]),
    # ... and an onderdeel 'van dat artikellid' or 'van dat lid' (not 'dat lid van de commissie', a member)
    ("artikel C.14, tweede lid, onder a, van de voorwaarden. Aan de voorwaarde onder b van dat artikellid is voldaan.",
     [dict(law="polis", article="C.14", paragraph=2, item="a"),
      dict(law="polis", article="C.14", paragraph=2, item="b", raw="onder b van dat artikellid")]),
    ("Ingevolge artikel 2.7, eerste lid, Bzv geldt dit. Onder de zorg, bedoeld in onderdeel a van dat lid, valt het.",
     [dict(law="Bzv", paragraph=1, item=None), dict(law="Bzv", article="2.7", paragraph=1, item="a")]),
    ("artikel 2.7, eerste lid, Bzv. Het verslag is aan dat lid van de commissie gestuurd.", [dict(law="Bzv")]),
    # bare onderdelen in the plural, of the provision cited last (blind round 34)
    ("Ingevolge artikel 2.7, eerste lid, Bzv. Dat verzoeker een aandoening heeft als bedoeld in de onderdelen b en c, "
     "is niet gesteld.",
     [dict(law="Bzv", paragraph=1, item=None), dict(law="Bzv", article="2.7", paragraph=1, item="b"),
      dict(law="Bzv", article="2.7", paragraph=1, item="c")]),
    ("artikel 2.7, eerste lid, onderdeel c, Bzv. Het verweer dat de kronen niet onder artikel 2.7 Bzv vallen, "
     "slaagt: voor toepassing van de onderdelen a en b ontbreekt een grondslag.",
     [dict(item="c"), dict(law="Bzv", article="2.7", paragraph=None, item=None),
      dict(law="Bzv", article="2.7", paragraph=1, item="a"), dict(law="Bzv", article="2.7", paragraph=1, item="b")]),
    # "dat artikellid" names a lid, so one was cited: it looks back two paragraphs, "die bepaling" one
    ("artikel B.9, tweede lid, onder a, van de voorwaarden. " + "Dit is een zin zonder verwijzing. " * 30
     + "Aan de eis onder c van dat artikellid is voldaan.",
     [dict(law="polis", article="B.9", paragraph=2, item="a"),
      dict(law="polis", article="B.9", paragraph=2, item="c", raw="onder c van dat artikellid")]),
    # the insurer's reglement is its conditions; a bare "het reglement" only where the ruling defines it so
    ("Op de zorgverzekering is het Reglement Hulpmiddelen Eemland van toepassing\n(hierna: het reglement). "
     "Artikel 5.3 van het reglement noemt vijf jaar.", [dict(law="polis", article="5.3")]),
    ("Zie artikel 4.2 van het Reglement Farmaceutische Zorg Amstel.", [dict(law="polis", article="4.2")]),
    # the insurer's reglement by its possessive (blind round 58)
    ("De zorgverzekeraar beroept zich op artikel 4 van zijn Reglement Mondzorg.", [dict(law="polis", article="4")]),
    ("De commissie is op grond van artikel 2 van het reglement bevoegd.", []),
    # the conditions the clause places the article in
    ("artikel 2.7 Bzv, die in de voorwaarden van de zorgverzekering is overgenomen in artikel 16.",
     [dict(law="Bzv", article="2.7"), dict(law="polis", article="16", flags=[])]),
    ("artikel 2.7, eerste lid, onderdeel a, Bzv. Het tweede lid van die bepaling geldt niet.",
     [dict(item="a"), dict(article="2.7", paragraph=2, item=None)]),
    ("artikel 2.7 Bzv. " + "Dit is een lange zin zonder verwijzing. " * 20 + "Deze bepaling is helder.",
     [dict(law="Bzv", article="2.7")]),
    # back-references with an adverb; a second title after the semicolon of the head's line (blind round 45)
    ("artikel 9.3, aanhef en onder a, van de voorwaarden. Ook aan de voorwaarde onder b van het hiervoor "
     "genoemde artikel is voldaan.", [dict(law="polis", article="9.3", item="a"),
                                      dict(law="polis", article="9.3", item="b")]),
    ("(Voorwaarden zorgverzekering 2010, artt. 10 en 11 Zvw, 2.1 en 2.7 Bzv; Voorwaarden Eemgaard Tand Optimaal "
     "2010, art. 14)", [dict(law="Zvw", article="10"), dict(law="Zvw", article="11"), dict(law="Bzv", article="2.1"),
                        dict(law="Bzv", article="2.7"), dict(law="polis", article="14")]),
    # "die wet" after a law named later than the last one cited (blind round 48)
    ("artikel 6:248 BW. Het beroep op de Algemene termijnenwet faalt. Artikel 1, eerste lid, van die wet ziet "
     "op termijnen in een wet.", [dict(law="BW", article="6:248"), dict(law="Atw", article="1", paragraph=1)]),
    # no citations: numbers that are not articles
    ("Op 13 mei 2025 heeft verzoeker 2 brieven gestuurd over hoofdstuk A.21 en het artikel 'Hulpmiddelen'.", []),
    ("artikel 2.7, 12 maanden na de behandeling", [dict(article="2.7")]),
    ("Bijlage 1 Rzv en sinds 2006 Zvw", []),
    ("onder andere in artikel 10 Zvw", [dict(article="10", item=None)]),
    # the policy named after the number (a host's keywords, blind round 86)
    ("Trefwoorden: tandongeval, akkoordverklaring, art. 14.2 polis", [dict(law="polis", article="14.2")]),
]


@pytest.mark.parametrize(("text", "expected"), FORMS, ids=[f[0][:50] for f in FORMS])
def test_forms(text, expected):
    found = find_citations(text)
    assert [_subset(c, e) for c, e in zip(found, expected, strict=False)] == expected
    assert len(found) == len(expected)


@pytest.mark.parametrize(("name", "example"), [(n, e) for n, p in PIECES.items() for e in p.examples])
def test_pieces_match_their_examples(name, example):
    pattern = re.compile(PIECES[name].regex)
    found = pattern.search(example) if PIECES[name].regex.endswith("$") else pattern.fullmatch(example)
    assert found


@pytest.mark.parametrize("text", [f[0] for f in FORMS])
def test_raw_is_the_text_under_span(text):
    for cit in find_citations(text):
        assert text[cit.span[0]:cit.span[1]] == cit.raw
        assert cit.role is None and cit.cited_by is None


_WORDS = st.sampled_from(["artikel", "art.", "artt.", "2.7", "10", "B.12.1.", "7:904", ",", "eerste", "lid",
                          "onder", "a", "en", "van", "de", "het", "wet", "Bzv", "Zvw", "BW", "dit", "besluit",
                          "voornoemd", "tot", "met", "\n", "voorwaarden", "Wet", "zorg", "1", "jo.", "juncto",
                          "in", "samenhang", "verbinding", "artikelen", "Zvw,", "tweede", "leden", "129"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=25).map(" ".join))
def test_any_word_salad_gives_well_formed_citations(text):
    for cit in find_citations(text):
        assert text[cit.span[0]:cit.span[1]] == cit.raw
        assert cit.paragraph is None or cit.paragraph > 0
        assert cit.url is None or cit.bwb_id in cit.url


def test_page_of_gives_page_of_span_start():
    text = "eerste pagina\f artikel 2.7 Bzv"
    found = find_citations(text, page_of=lambda offset: 1 + text.count("\f", 0, offset))
    assert [c.page for c in found] == [2]


def _sections(text: str, *kinds: tuple[str, str]) -> list[Section]:
    """Sections starting at the given marker words (crude, for tests)."""
    starts = [(text.index(marker), kind) for marker, kind in kinds]
    ends = [s for s, _ in starts[1:]] + [len(text)]
    return [Section(kind, kind, None, a, b, 1) for (a, kind), b in zip(starts, ends, strict=True)]


CUED = ("BEOORDELING Verzoeker heeft in dit verband verwezen naar artikel 2.1 Zvw. De commissie past "
        "artikel 2.7 Bzv toe.")
# (text, section markers, expected [(role, cited_by)])
ATTRIBUTION = [
    (CUED, [("BEOORDELING", "assessment")], [("body", "requester"), ("body", "committee")]),
    ("STANDPUNT VERZOEKER Hij beroept zich op artikel 2.7 Bzv. Volgens de ziektekostenverzekeraar geldt artikel 2.1 Bzv niet.",
     [("STANDPUNT", "requester_position")], [("body", "requester"), ("body", "insurer")]),
    ("STANDPUNT ZV De zorgverzekeraar wijst op artikel 2.7 Bzv. In het advies staat: “Het Zorginstituut merkt op dat artikel 2.1 Bzv niet van toepassing is.”",
     [("STANDPUNT", "insurer_position")], [("body", "insurer"), ("body", "zorginstituut")]),
    ("ADVIES Het Zorginstituut heeft opgemerkt: “Getoetst is aan artikel 2.7 Bzv.”",
     [("ADVIES", "zorginstituut")], [("body", "zorginstituut")]),
    ("KOP (Voorwaarden zorgverzekering 2010, artt. 10 en 11 Zvw) BIJLAGE Zorgverzekeringswet\nArtikel 10\nHet risico",
     [("KOP", "head"), ("BIJLAGE", "annex")], [("header", None), ("header", None), ("annex", None)]),
    ("INFO Een en ander is geregeld in artikel 7:904 BW.", [("INFO", "info")], [("body", None)]),
]


@pytest.mark.parametrize(("text", "markers", "expected"), ATTRIBUTION, ids=[a[0][:40] for a in ATTRIBUTION])
def test_role_and_cited_by(text, markers, expected):
    found = find_citations(text, _sections(text, *markers))
    assert [(c.role, c.cited_by) for c in found] == expected


# a provision the quoted text names counts in the annex, a range by its two ends; quoted in the reasoning it is the
# provision's words, no citation of the committee's (corpus/README.md; blind round 157)
QUOTED_LIDS = ("Artikel 2.7, zesde lid, Bzv geeft aanspraak in andere gevallen dan het eerste lid, onderdelen a tot en "
               "met c. BIJLAGE Besluit zorgverzekering\nArtikel 2.7\n6. Mondzorg omvat in andere gevallen dan het eerste "
               "lid, onderdelen a tot en met c, tandvervangende hulp.")


def test_a_provision_quoted_text_names_is_cited_in_the_annex_only():
    found = find_citations(QUOTED_LIDS, _sections(QUOTED_LIDS, ("Artikel", "assessment"), ("BIJLAGE", "annex")))
    assert [(c.law, c.article, c.paragraph, c.item, c.role) for c in found] == [
        ("Bzv", "2.7", 6, None, "body"), ("Bzv", "2.7", None, None, "annex"),
        ("Bzv", "2.7", 1, "a", "annex"), ("Bzv", "2.7", 1, "c", "annex")]
    assert [(c.article, c.paragraph) for c in find_citations(QUOTED_LIDS)] == [("2.7", 6), ("2.7", None)]


def test_the_first_citation_a_process_reads_keeps_its_speaker():
    """The speaker cues are compiled on first use: a process whose first ruling cites a provision
    after "Verzoeker heeft ... verwezen naar" must still read the requester as the one citing."""
    import subprocess
    import sys

    script = ("from geschil.extract.citations import find_citations\n"
              "from geschil.extract.sections import Section\n"
              f"text = {CUED!r}\n"
              "s = [Section('assessment', 'assessment', None, 0, len(text), 1)]\n"
              "print([c.cited_by for c in find_citations(text, s)])\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['requester', 'committee']"


def test_cite_text_holds_citations_and_decisions_in_text_order():
    text = "Zie ECLI:NL:CRVB:2009:BK2501 en artikel 2.7 Bzv en de Nota van Toelichting bij artikel 2.7 Bzv."
    kinds = [getattr(x, "kind", None) or x.law for x in cite_text(text)]
    assert kinds == ["ecli", "Bzv", "other", "Bzv"]


# --- the real seed ruling (read from /work/shared, never copied) -------------------------------

SEED = Path("/work/shared/seeds/002_f22031c86958e11f.txt")
SEED_HEADINGS = [  # crude: the numbered headings of the 2019+ layout, the info block and the annex
    (r"^1\. Verloop van de procedure", "procedure"), (r"^2\. Vaststaande feiten", "facts"),
    (r"^3\. Standpunt verzoeker", "requester_position"),
    (r"^4\. Standpunt ziektekostenverzekeraar", "insurer_position"),
    (r"^5\. Advies Zorginstituut", "zorginstituut"), (r"^6\. Bevoegdheid", "jurisdiction"),
    (r"^7\. Beoordeling", "assessment"), (r"^8\. Bindend advies", "decision"),
    (r"^Informatie voor partijen", "info"), (r"^BIJLAGE", "annex"),
]


def _seed() -> tuple[str, list[Section]]:
    lines = [re.sub(r"^\s*(?:#+\s*|-\s+)", "", line).replace("*", "")
             for line in SEED.read_text("utf-8").split("\n")]
    text = "\n".join(lines)
    starts = [(0, "head")] + [(re.search(rx, text, re.M).start(), kind) for rx, kind in SEED_HEADINGS]
    ends = [s for s, _ in starts[1:]] + [len(text)]
    return text, [Section(kind, kind, None, a, b, 1) for (a, kind), b in zip(starts, ends, strict=True)]


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip("seed ruling not available")
    text, sections = _seed()
    return text, find_citations(text, sections)


def _keys(citations, role=None):
    return {(c.law, c.article, c.paragraph, c.item) for c in citations if role in (None, c.role)}


@pytest.mark.parametrize("key", [
    ("Zvw", "10", None, None), ("Zvw", "11", None, None), ("Bzv", "2.1", None, None),
    ("Bzv", "2.7", None, None), ("Bzv", "2.7", 1, None), ("Bzv", "2.7", 1, "a"), ("Bzv", "2.7", 1, "b"),
    ("Bzv", "2.7", 1, "c"), ("BW", "7:904", None, None), ("polis", "B.12.1", None, None),
    ("polis", "D.8.6", None, None), ("polis", "C.12", None, None), ("polis", "A.22", None, None),
    ("polis", "A.23", None, None), ("Zvw", "2.1", None, None), ("Zvw", "11", 1, "a"), ("Wet BIG", "14", None, None),
])
def test_seed_citations_are_complete(seed, key):
    assert key in _keys(seed[1])


@pytest.mark.parametrize(("key", "role"), [
    (("Zvw", "10", None, None), "annex"), (("Zvw", "11", None, None), "annex"),
    (("Bzv", "2.1", None, None), "annex"), (("Bzv", "2.7", None, None), "annex"),
    (("Bzv", "2.7", 1, "a"), "body"), (("BW", "7:904", None, None), "body"),
])
def test_seed_roles(seed, key, role):
    assert key in _keys(seed[1], role)


@pytest.mark.parametrize(("raw_start", "key", "cited_by"), [
    ("Artikel 2.1 van de Zorgverzekeringswet", ("Zvw", "2.1"), "requester"),
    ("artikel 2.1 van het Besluit Zorgverzekering", ("Bzv", "2.1"), "requester"),
    ("artikel B.12.1. van de voorwaarden", ("polis", "B.12.1"), "insurer"),
    ("artikel 2.7, eerste lid, onderdeel a, van dit besluit", ("Bzv", "2.7"), "insurer"),
    ("artikel 2.1 van het Besluit zorgverzekering (Bzv)", ("Bzv", "2.1"), "requester"),
    ("artikel 2.7 Bzv. Dit", ("Bzv", "2.7"), "zorginstituut"),
    ("artikel A.22.", ("polis", "A.22"), "committee"),
    ("artikel 2.1 Zvw", ("Zvw", "2.1"), "requester"),
    ("artikel 2.1 Bzv", ("Bzv", "2.1"), "committee"),
    ("artikel 2.7, eerste lid, Bzv", ("Bzv", "2.7"), "committee"),
])
def test_seed_cited_by(seed, raw_start, key, cited_by):
    text, citations = seed
    start = text.index(raw_start)
    hit = [c for c in citations if c.span[0] == start]
    assert hit and (hit[0].law, hit[0].article) == key
    assert hit[0].cited_by == cited_by and hit[0].role == "body"


def test_seed_flags_the_nonexistent_zvw_article(seed):
    flagged = [c for c in seed[1] if c.law == "Zvw" and c.article == "2.1"]
    assert len(flagged) >= 3 and all(c.flags == ["nonexistent"] and c.url is None for c in flagged)
    assert not [c for c in seed[1] if c.law in ("Bzv", "Zvw", "BW") and c.flags and c.article != "2.1"]


def test_seed_policy_articles_keep_their_policy(seed):
    policy = {(c.article, c.policy) for c in seed[1] if c.law == "polis" and c.role == "body"}
    assert {("B.12.1", "basic"), ("D.8.6", "supplementary"), ("A.22", "basic"),
            ("A.23", "supplementary")} <= policy
    assert all(c.url is None for c in seed[1] if c.law == "polis")


# --- precision and recall on a labelled set of our own sentences -------------------------------

LABELLED = Path(__file__).parent / "data" / "citations_labelled.json"


def precision_recall() -> tuple[float, float, list[str]]:
    """Over all sentences: found vs labelled (law, article, paragraph, item)."""
    tp = fp = fn = 0
    misses = []
    for case in json.loads(LABELLED.read_text("utf-8")):
        found = [(c.law, c.article, c.paragraph, c.item) for c in find_citations(case["text"])]
        want = [tuple(x) for x in case["citations"]]
        hits = sum(min(found.count(k), want.count(k)) for k in set(want))
        tp, fp, fn = tp + hits, fp + len(found) - hits, fn + len(want) - hits
        if found != want:
            misses.append(f"{case['text']!r}: found {found}, want {want}")
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1), misses


def test_precision_and_recall_on_labelled_sentences():
    precision, recall, misses = precision_recall()
    print(f"\ncitations: precision {precision:.3f}, recall {recall:.3f}")
    for miss in misses:
        print("  ", miss)
    assert precision >= 0.95 and recall >= 0.95


if __name__ == "__main__":  # python tests/test_citations.py: the report alone
    p, r, m = precision_recall()
    print(f"precision {p:.3f} recall {r:.3f}", *m, sep="\n")


# --- bench/citations_eval.py: distinct keys per ruling, micro-averaged ---------------------------

def _bench():
    import importlib.util
    import sys
    if "citations_eval" not in sys.modules:  # bench/ is scripts, not a package
        path = Path(__file__).resolve().parent.parent / "bench" / "citations_eval.py"
        spec = importlib.util.spec_from_file_location("citations_eval", path)
        sys.modules["citations_eval"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules["citations_eval"])
    return sys.modules["citations_eval"]


_A = dict(law="Bzv", article="2.7", paragraph=1, item="a", role="body")
_B = dict(law="Zvw", article="11", paragraph=None, item=None, role="header")
_C = dict(law="polis", article="9.3", paragraph=None, item=None, role="annex")


# (found, truth, tp, fp, fn, precision, recall)
@pytest.mark.parametrize(("got", "want", "tp", "fp", "fn", "precision", "recall"), [
    ([_A, _A, _B], [_A, _C], 1, 1, 1, 0.5, 0.5),  # a repeated citation counts once
    ([_A, dict(_A, role="annex")], [_A], 1, 1, 0, 0.5, 1.0),  # the role is part of the key
    ([], [], 0, 0, 0, 1.0, 1.0),
    ([_A, _B, _C], [_C, _B, _A], 3, 0, 0, 1.0, 1.0),
])
def test_bench_scores_distinct_keys(got, want, tp, fp, fn, precision, recall):
    bench = _bench()
    s = bench.score("x", got, want)
    assert (s.tp, s.fp, s.fn, s.precision, s.recall) == (tp, fp, fn, precision, recall)
    overall = bench.total([s, s])
    assert (overall.tp, overall.fp, overall.fn) == (2 * tp, 2 * fp, 2 * fn)


@given(st.lists(st.sampled_from(["A", "B", "12", "2.7", ".", ":", "/", "€", "-", " ", "a", "x1",
                                 "\n", "A.", "AB.", "Bzv", "٣"]), max_size=12).map("".join))
def test_bare_numbers_are_sought_where_the_zero_width_rule_finds_them(text):
    """_BARE_START consumes the first character to be fast; it starts where the rule matches."""
    from geschil.extract.citations.find import _BARE_START, BARE_START_AT

    assert [m.start() for m in _BARE_START.finditer(text)] == \
        [m.start() for m in re.finditer(BARE_START_AT, text)]


OPENING_WORDS = ["de", "het", "Het", "De", "dit", "dat", "deze", "die", "artikel", "artikelen", "art.",
                 "artt.", "Artikel", "voornoemd", "voornoemde", "hetzelfde", "bepaling", "onde", "x", "2.7",
                 " ", "  ", "\n", ".", ",", "e"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(OPENING_WORDS), max_size=14).map("".join))
def test_pieces_opening_with_an_article_are_found_as_their_pattern_finds_them(text):
    """`opened` searches for the rest of the piece and looks for "de"/"het" before it: the same
    matches as the piece's own search, which tries the article wherever it stands."""
    from geschil.extract.citations.find import _RX, OPENINGS, opened

    for name in OPENINGS:
        assert [m.span() for m in opened(name, text)] == [m.span() for m in _RX[name].finditer(text)], name


def test_pieces_opening_with_an_article_on_every_corpus_text():
    import conftest_zoo as zoo

    from geschil.extract.citations.find import _RX, OPENINGS, opened
    from geschil.ingest import load

    for path in zoo.good_rulings():
        text = load(path).text
        for name in OPENINGS:
            assert [m.span() for m in opened(name, text)] == [m.span() for m in _RX[name].finditer(text)]


# The attribution's sentence boundary as first written: each branch tried at every place.
_BOUNDARY_AS_WRITTEN = r"[.!?:;][\"'”’)*]*\s+(?=[A-Z“\"‘'(*])|\n\s*\n|\n\s*[-•]\s"


def test_attribution_boundary_led_by_its_first_characters_finds_the_same():
    """Rewritten to open with one class of first characters (so sre skips to them), the pattern
    finds the same spans as the alternation it was, in every window of generated texts."""
    import random
    import re

    from geschil.extract.citations.attribute import _BOUNDARY

    written = re.compile(_BOUNDARY_AS_WRITTEN)
    pieces = ["a", "Zij", " ", "\n", ".", ":", "“", '"', ")", "*", "-", "•", "\n\n", " - ", "; ", "(2)"]
    rng = random.Random(3)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        a = rng.randint(0, len(text))
        b = rng.randint(a, len(text))
        assert [m.span() for m in _BOUNDARY.finditer(text, a, b)] == \
            [m.span() for m in written.finditer(text, a, b)], (text, a, b)


def test_a_prefix_is_sought_only_before_van():
    """The prefix piece ("het eerste lid van ") is searched only where the text before a citation
    ends with "van" and white space: wherever the piece matches in a corpus ruling, it does."""
    import random

    from conftest_zoo import good_rulings

    from geschil.extract.citations.find import _RX, _ends_with_van
    from geschil.ingest import load

    rulings = good_rulings()
    if not rulings:
        pytest.skip("no corpus PDF")
    rng, found = random.Random(9), 0
    for path in rulings[::2]:
        text = load(path).text
        for hi in [m.end() for m in re.finditer(r"(?i)\bvan\s+", text)] + rng.sample(range(len(text)), 40):
            lo = max(0, hi - 80)
            if _RX["prefix"].search(text, lo, hi):
                found += 1
                assert _ends_with_van(text, lo, hi), (path.name, text[lo:hi])
    assert found > 5
    assert not _ends_with_van("het eerste lid van", 0, 18) and _ends_with_van("lid VAN\n", 0, 8)


def test_a_hosts_page_before_the_ruling_cites_nothing_of_it():
    """A web copy's title line ("Palatumlift …; artikel 2.7 Bzv onderdeel c") is the host's, not the
    ruling's (blind round 153): the citations begin where the ruling does."""
    from geschil.extract.sections import find_sections

    text = ("Gezondheidsrecht Archief — uitspraken\nHome | Zoeken | Rubrieken\nPalatumlift; artikel 2.7 Bzv "
            "onderdeel c; aanvraag vóór aanvang\n(1)\nHele tekst\nANONIEM BINDEND ADVIES\nPartijen : De heer A te B\n"
            "1. Partijen\nA te B.\n2. Beoordeling\nOp grond van artikel 2.7, eerste lid, aanhef en onder a, Bzv "
            "bestaat geen aanspraak.\n3. Bindend advies\nDe commissie wijst het verzoek af.\n")
    found = find_citations(text, find_sections(text))
    assert [(c.law, c.article, c.paragraph, c.item) for c in found] == [("Bzv", "2.7", 1, "a")]
