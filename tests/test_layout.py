"""Which generation of layout a ruling's text shows (geschil/extract/recognise.py)."""

from __future__ import annotations

from geschil.extract.recognise import recognise
from geschil.extract.sections import find_sections

HEAD = ("ANONIEM BINDEND ADVIES\n\nPartijen : De heer A te B vs. Zorgverzekeraar N.V. te C\n"
        "Zaak : Aanvullende verzekering, fysiotherapie\nZaaknummer : ANO10.56017\n"
        "Zittingsdatum : 14 juni 2010\n\nGeschillencommissie Zorgverzekeringen\n\n"
        "1. Partijen\nDe heer A te B, verzoeker, tegen Zorgverzekeraar N.V. te C, de zorgverzekeraar.\n\n"
        "2. Ontstaan en verloop van het geding\n{letter}\n\n"
        "3. Het standpunt van verzoeker\nVerzoeker stelt dat hij op tijd was.\n\n"
        "4. Het standpunt van de zorgverzekeraar\nDe zorgverzekeraar stelt dat het verzoek te laat is.\n\n"
        "5. Beoordeling van het geschil\nHet verzoek is te laat ingediend.\n\n"
        "6. Bindend advies\nDe commissie verklaart verzoeker niet-ontvankelijk.\n")


def _layout(text: str) -> str | None:
    return recognise(text, text, find_sections(text, lambda offset: 1), "ruling.pdf")


def test_a_quoted_letter_naming_the_foundations_postbus_is_no_letterhead():
    # blind round 101: the insurer's letter tells where to turn; the head block is the classic one
    letter = ("In die brief staat: \"U kunt het geschil voorleggen aan de Stichting Klachten en Geschillen "
              "Zorgverzekeringen (SKGZ), Postbus 4077, 3700 GB Zeist.\"")
    assert _layout(HEAD.format(letter=letter)) == "classic"


def test_the_letterhead_with_its_addresses_is_the_letterhead():
    letterhead = ("Stichting Klachten en Geschillen Zorgverzekeringen\nPostbus 1072\n3700 BB Zeist\n"
                  "Bezoekadres: Oranje Nassaulaan 19\n3708 GA Zeist\nKvK 41263519\n\n")
    assert _layout(letterhead + HEAD.format(letter="Bij brief van 5 januari 2010 vroeg verzoeker om vergoeding.")) \
        == "letterhead"


def test_a_hosts_page_count_is_no_running_header():
    """The letterhead's running header puts the page count after the case number; a document host's
    own "pagina 2 van 6" under a classic head block is its furniture (blind round 154)."""
    host = HEAD.format(letter="Verzoeker heeft de aanvraag ingediend.\npagina 2 van 6\nDe zorgverzekeraar weigerde.")
    assert _layout(host) == "classic"
    header = HEAD.format(letter="Verzoeker heeft de aanvraag ingediend.\n201161307, pagina 2 van 6\nDe zorgverzekeraar "
                                "weigerde.")
    assert _layout(header) == "letterhead"
