import pytest

from geschil.extract.outcome import outcome
from geschil.extract.sections import find_sections

BODY = """Bindend advies
Geschillencommissie Zorgverzekeringen
Partijen
A te B
7. Beoordeling
7.1. De zorgverzekeraar heeft de aanvraag afgewezen. De commissie wijst het verzoek toe als het kan.
8. Bindend advies
"""


@pytest.mark.parametrize(("decision", "expected"), [
    ("8.1. De commissie wijst het verzoek af.", "rejected"),
    ("De commissie wijst het verzoek van verzoekster toe.", "granted"),
    ("De commissie wijst het verzoek gedeeltelijk toe, in die zin dat ...", "partially_granted"),
    ("De commissie bepaalt dat de zorgverzekeraar de kosten alsnog vergoedt, en wijst het meer of anders verzochte af.", "partially_granted"),
    ("De commissie bepaalt dat de zorgverzekeraar gehouden is de kosten van de behandeling te vergoeden.", "granted"),
    ("De commissie verklaart verzoeker niet-ontvankelijk in zijn verzoek.", "inadmissible"),
    ("De commissie verklaart zich onbevoegd van het geschil kennis te nemen.", "no_jurisdiction"),
    ("De commissie verklaart verzoeker niet-ontvankelijk voor zover ..., en wijst het verzoek voor het overige af.", "rejected"),
    ("De commissie bepaalt dat het verzoek van verzoeker wordt afgewezen.", "rejected"),
    ("De commissie verklaart het verzoek ongegrond.", "rejected"),
    ("Het verzoek wordt toegewezen.", "granted"),
    ("8.1. De commissie bepaalt dat de zorgverzekeraar de kosten alsnog vergoedt.\n8.2. Wat verzoeker verder heeft "
     "gevraagd, wijst de commissie af.", "partially_granted"),
    # the rest refused with the verb before its subject (blind round 47)
    ("De commissie bepaalt dat de zorgverzekeraar de kosten vergoedt. Het meer of anders verzochte wijst de "
     "commissie af.", "partially_granted"),
    ("Zeist, 1 mei 2020", None),
    # a request's number in brackets (blind round 23): rejected on the merits beside the inadmissible one
    ("De commissie verklaart verzoekster niet-ontvankelijk in haar verzoek onder (2) en wijst het verzoek onder (1) af.",
     "rejected"),
    # the requests named before the verb (blind round 78)
    ("De commissie wijst het verzoek onder (1) toe en bepaalt dat de ziektekostenverzekeraar de kosten van de "
     "buikwandcorrectie vergoedt. De verzoeken onder (2) en (3) wijst de commissie af.", "partially_granted"),
    ("Het verzoek onder (1) wijst de commissie toe.", "granted"),
    # the fee refunded beside an inadmissible request grants nothing (blind round 83)
    ("De commissie verklaart verzoeker niet-ontvankelijk in zijn verzoek en bepaalt dat de zorgverzekeraar de door "
     "verzoeker betaalde bijdrage van € 37,-- aan hem vergoedt.", "inadmissible"),
    ("De commissie bepaalt dat de zorgverzekeraar het entreegeld van € 37,-- vergoedt en wijst het verzoek af.",
     "rejected"),
    # an order to decide anew, the rest rejected (blind round 171)
    ("7.1. De commissie bepaalt dat de zorgverzekeraar binnen zes weken een nieuw besluit neemt op de aanvraag.\n"
     "7.2. De commissie wijst het verzoek voor het overige af.", "partially_granted"),
    ("De commissie verklaart het verzoek gedeeltelijk gegrond en bepaalt dat de ziektekostenverzekeraar de kosten van "
     "de kroon vergoedt.", "partially_granted"),  # blind round 177
])
def test_outcome_from_decision_section(decision, expected):
    text = BODY + decision + "\n"
    found = outcome(text, find_sections(text))
    assert (found.value if found else None) == expected


def test_words_outside_the_decision_are_not_the_outcome():
    text = BODY.replace("8. Bindend advies\n", "")
    assert outcome(text, find_sections(text)) is None
