"""Flattened copies get their line breaks back; sentences that only look like headings keep theirs."""

from __future__ import annotations

import pytest

from geschil.ingest.clean import clean
from geschil.ingest.reflow import reflow_edits


def _reflowed(text: str, wrapped: bool = False) -> str:
    out = list(text)
    for a, b, repl in reflow_edits(text, wrapped):
        assert (b - a, text[a], repl) == (1, " ", "\n")  # a space becomes a line break: no offset moves
        out[a] = repl
    return "".join(out)


@pytest.mark.parametrize(("flat", "lines"), [
    ("1. Partijen A te B, hierna te noemen: verzoeker, tegen C te D.",
     ["1. Partijen", "A te B, hierna te noemen: verzoeker, tegen C te D."]),
    ("de zorgverzekeraar. 3. De bestreden beslissing en het verloop van het geding 3.1. Bij brief van 2 mei",
     ["de zorgverzekeraar.", "3. De bestreden beslissing en het verloop van het geding", "3.1. Bij brief van 2 mei"]),
    ("Zittingsdatum : 4 juni 2012 Geschillencommissie Zorgverzekeringen (mr. A. Bos (voorzitter)) "
     "(Voorwaarden zorgverzekering 2012, artt. 10 en 11 Zvw) 1. Partijen A te B",
     ["Zittingsdatum : 4 juni 2012", "Geschillencommissie Zorgverzekeringen (mr. A. Bos (voorzitter))",
      "(Voorwaarden zorgverzekering 2012, artt. 10 en 11 Zvw)", "1. Partijen", "A te B"]),
    ("Partijen : A te B vs. C te D Zaak : Mondzorg Zaaknummer : 201200001 Zittingsdatum : 4 juni 2012",
     ["Partijen : A te B vs. C te D", "Zaak : Mondzorg", "Zaaknummer : 201200001", "Zittingsdatum : 4 juni 2012"]),
    ("Zaaknummer: 202301736 Partijen A te B, hierna te noemen: verzoekster",
     ["Zaaknummer: 202301736", "Partijen", "A te B, hierna te noemen: verzoekster"]),
    ("wijst het verzoek af. Zeist, 26 november 2008 mr. A. Bos, voorzitter",
     ["wijst het verzoek af.", "Zeist, 26 november 2008", "mr. A. Bos, voorzitter"]),
    ('geen sprake." 7. Beoordeling 7.1. De commissie', ['geen sprake."', "7. Beoordeling", "7.1. De commissie"]),
    ("de zorgverzekeraar.\n3.\nOntstaan en verloop van het geding 3.1. Verzoeker is geboren.",
     ["de zorgverzekeraar.", "3.", "Ontstaan en verloop van het geding", "3.1. Verzoeker is geboren."]),
    ("Menu | Zoeken Hele tekst ANONIEM BINDEND ADVIES", ["Menu | Zoeken", "Hele tekst", "ANONIEM BINDEND ADVIES"]),
    # sentences that begin with a heading's words stay whole
    ("Hij vroeg het. Advies van Zorginstituut Nederland is daarom niet gevraagd.",
     ["Hij vroeg het. Advies van Zorginstituut Nederland is daarom niet gevraagd."]),
    # ... and an annex of a law named by its number (blind round 71)
    ("De commissie overweegt als volgt. Bijlage 1 bij het Bzv verbindt de termijn aan de behandeling.",
     ["De commissie overweegt als volgt. Bijlage 1 bij het Bzv verbindt de termijn aan de behandeling."]),
    ("Zo is het. Partijen zijn op 3 mei 2012 gehoord. Verzoek om heroverweging volgde.",
     ["Zo is het. Partijen zijn op 3 mei 2012 gehoord. Verzoek om heroverweging volgde."]),
    ("Verzoeker heeft zich tot de Geschillencommissie Zorgverzekeringen gewend.",
     ["Verzoeker heeft zich tot de Geschillencommissie Zorgverzekeringen gewend."]),
    ("U bent hier: Uitspraken > Geschillencommissie Zorgverzekeringen > Mondzorg",
     ["U bent hier: Uitspraken > Geschillencommissie Zorgverzekeringen > Mondzorg"]),
])
def test_flattened_text_gets_its_lines_back(flat, lines):
    assert _reflowed(flat).split("\n") == lines


def test_pdf_lines_are_left_alone():
    """In a PDF every line was broken by the page width: only a numbered heading that runs into
    its paragraph, or a line too long for a page, is reflowed."""
    page = ("Partijen : A te B vs. C te D\nZaak : Mondzorg\nBeoordeling De commissie overweegt\n"
            "2. Beoordeling De commissie overweegt als volgt.\n")
    assert _reflowed(page, wrapped=True).split("\n")[2:5] == [
        "Beoordeling De commissie overweegt", "2. Beoordeling", "De commissie overweegt als volgt."]


@pytest.mark.parametrize(("line", "lines"), [
    # the unnumbered "Partijen" run into the requester's words, on a PDF's short line (blind round 23)
    ("Partijen De heer A te B, hierna te noemen: verzoeker, vertegenwoordigd door zijn\n",
     ["Partijen", "De heer A te B, hierna te noemen: verzoeker, vertegenwoordigd door zijn", ""]),
    ("Partijen A te B, hierna: verzoekster,\n", ["Partijen", "A te B, hierna: verzoekster,", ""]),
    # a sentence that begins with the word stays
    ("Partijen zijn op 4 mei 2020 gehoord.\n", ["Partijen zijn op 4 mei 2020 gehoord.", ""]),
])
def test_a_run_in_parties_heading_on_a_short_line(line, lines):
    assert _reflowed(line, wrapped=True).split("\n") == lines


def test_clean_keeps_the_offsets_of_a_flattened_copy():
    flat = "ANONIEM BINDEND ADVIES Partijen : A te B Zaaknummer : 201200001 1. Partijen A te B."
    text, origin = clean([flat], wrapped=False)
    assert len(text) == len(flat) and origin == list(range(len(flat)))


def test_headings_are_sought_on_numbered_and_long_lines_alone():
    """Each numbered line, and each long line that begins with a capital or a number, is read for
    a heading that runs into its paragraph; other lines are not (the first scan visits the
    numbered lines only, not every line)."""
    from geschil.ingest import reflow

    seen: list[int] = []
    original = reflow._run_in
    text = ("Verzoeker stelt dat\n2. Partijen A te B, hierna te noemen: verzoeker\nkort\n"
            + "Beoordeling " + "lang " * 60 + "\n" + "klein " * 60 + "\n")
    try:
        reflow._run_in = lambda t, start, edits: seen.append(start) or original(t, start, edits)
        reflow_edits(text, True)
    finally:
        reflow._run_in = original
    numbered = text.index("Partijen")
    long_line = text.index("Beoordeling")
    assert sorted(set(seen)) == [numbered, long_line]
