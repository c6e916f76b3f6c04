"""Every heading of ../shared/LAYOUTS.md, in every layout a ruling or its copy prints it:
numbered, unnumbered, number on its own line, run into its paragraph, flattened into one line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from geschil.extract.sections import find_sections
from geschil.ingest.clean import clean
from geschil.law.headings import heading_kinds, run_in_heading

LAYOUTS = Path(__file__).resolve().parents[2] / "shared" / "LAYOUTS.md"

# heading as printed → its kinds (a combined heading has the kinds of its parts, in text order)
HEADINGS = {
    "Partijen": ("parties",),
    "De bestreden beslissing": ("facts",),
    "De verzekeringssituatie": ("facts",),
    "Ontstaan en verloop van het geding": ("procedure",),
    "Verloop van het geding": ("procedure",),
    "De bestreden beslissing en het verloop van het geding": ("facts", "procedure"),
    "Het standpunt en de conclusie van verzoeker": ("requester_position",),
    "Het standpunt en de conclusie van verzoekster": ("requester_position",),
    "Het standpunt en de conclusie van de zorgverzekeraar": ("insurer_position",),
    "Het standpunt en de conclusie van de ziektekostenverzekeraar": ("insurer_position",),
    "Standpunt verzoeker": ("requester_position",),
    "Standpunt verzoekster": ("requester_position",),
    "Standpunt zorgverzekeraar": ("insurer_position",),
    "Het advies van het CVZ": ("zorginstituut",),
    "Het advies van het Zorginstituut Nederland": ("zorginstituut",),
    "Advies Zorginstituut": ("zorginstituut",),
    "Bevoegdheid": ("jurisdiction",),
    "De bevoegdheid van de commissie": ("jurisdiction",),
    "Verloop van de procedure": ("procedure",),
    "Vaststaande feiten": ("facts",),
    "De feiten": ("facts",),
    "Beoordeling": ("assessment",),
    "Beoordeling van het geschil": ("assessment",),
    "Bindend advies": ("decision",),
    "Informatie voor partijen": ("info",),
    "BIJLAGE": ("annex",),
}
LAYOUT_FORMS = ("numbered", "unnumbered", "own_line", "run_in", "own_line_run_in", "flattened")
# forms a document host gives (its lines were not broken by a page width)
HOST_FORMS = ("own_line_run_in", "flattened")
HEAD = ("BINDEND ADVIES\nGeschillencommissie Zorgverzekeringen\n"
        "(mr. A.B. Jansen (voorzitter), drs. C.D. Pietersen en mr. E.F. Klaassen)\nZaaknummer: 201200001\n")
BODY = "De commissie overweegt als volgt. Het verzoek wordt besproken."


def _ruling(heading: str, form: str) -> str:
    """A short ruling with `heading` as its second section, between two others."""
    before = "Partijen" if heading != "Partijen" else "Bevoegdheid"
    after = "Informatie voor partijen" if heading != "Informatie voor partijen" else "BIJLAGE"
    parts = [(1, before, "A te B, tegen C te D."), (2, heading, BODY), (3, after, "Slottekst van de uitspraak.")]
    if form == "flattened":
        return HEAD.replace("\n", " ") + " ".join(f"{n}. {h} {p}" for n, h, p in parts)
    lines = {"numbered": "{n}. {h}\n{p}", "unnumbered": "{h}\n{p}", "own_line": "{n}.\n{h}\n{p}",
             "run_in": "{n}. {h} {p}", "own_line_run_in": "{n}.\n{h} {p}"}[form]
    return HEAD + "\n".join(lines.format(n=n, h=h, p=p) for n, h, p in parts)


@pytest.mark.parametrize("form", LAYOUT_FORMS)
@pytest.mark.parametrize("heading", sorted(HEADINGS))
def test_every_heading_in_every_layout(heading, form):
    text, _ = clean([_ruling(heading, form)], wrapped=form not in HOST_FORMS)
    found = [s for s in find_sections(text) if s.title == heading]
    assert len(found) == 1, [(s.kind, s.title) for s in find_sections(text)]
    section = found[0]
    assert (section.kinds or (section.kind,)) == HEADINGS[heading]
    # a combined section is asked for as its procedure first (the events), and found as facts too
    assert section.kind == ("procedure" if len(HEADINGS[heading]) > 1 else HEADINGS[heading][0])
    assert section.number == (None if form == "unnumbered" else "2")
    assert text[section.body_start:section.end].strip().startswith(BODY)


@pytest.mark.parametrize(("title", "kinds"), [
    ("Standpunten van partijen", ("positions",)),
    ("Het verzoek en het standpunt van verzoekster", ("requester_position",)),
    ("De beoordeling door de commissie", ("assessment",)),
    ("Verzoeker en de zorgverzekeraar", None),  # words of a sentence, not known phrases
    ("Het verloop van de behandeling", None),
    ("Beoordeling van deze zaak", None),
    # the annex named after the ruling it belongs to (blind round 38)
    ("Bijlage bij het bindend advies in zaak 2009.16712", ("annex",)),
])
def test_heading_phrases(title, kinds):
    assert heading_kinds(title) == (None if kinds is None else tuple(sorted(kinds, key=kinds.index)))


@pytest.mark.parametrize(("line", "heading"), [
    # an annex's free title ends where a capital opens the subheading run into it (blind round 27)
    ("BIJLAGE – Relevante bepalingen Voorwaarden aanvullende ziektekostenverzekering Kustzorg 2024",
     "BIJLAGE – Relevante bepalingen"),
    ("Partijen A te B, hierna te noemen: verzoeker", "Partijen"),
    # a heading's words that open a sentence are no heading
    ("Advies van Zorginstituut Nederland is gevraagd", None),
])
def test_run_in_heading(line, heading):
    found = run_in_heading(line, 0)
    assert (line[:found[0]] if found else None) == heading


def test_table_holds_every_heading_of_layouts_md():
    if not LAYOUTS.exists():
        pytest.skip("../shared is not beside this checkout")
    text = LAYOUTS.read_text(encoding="utf-8")
    listed = text[text.index("## Headings as printed"):text.index("## What PDF")]
    ours = {h.lower() for h in HEADINGS}
    for quoted in re.findall(r"`([^`]+)`", listed):
        title = re.sub(r"^\d+\.\s*", "", " ".join(quoted.split()))
        if "hierna" in title:
            continue  # the example of a heading run into its paragraph: the run_in form above
        # a single word is a variant of a heading ('verzoekster' for 'verzoeker')
        assert title.lower() in ours or any(title.lower() in h.split() for h in ours), title


def test_a_copy_begun_mid_sentence_has_no_head():
    # blind round 41: a copy that begins inside the procedure, before its first heading, and names
    # the committee there: no wrapper is cut off, and what precedes the heading is the procedure
    text = ("voor vergoeding ten laste van de zorgverzekering van twee implantaten in de regio's 15 en 25.\n"
            "3.3. Bij brief van 2 mei 2011 heeft verzoekster de Geschillencommissie Zorgverzekeringen (hierna: de "
            "commissie) verzocht een bindend advies uit te brengen.\n"
            "4. Het standpunt en de conclusie van verzoekster\n4.1. Verzoekster stelt dat.\n"
            "5. Beoordeling\n5.1. De commissie overweegt.\n6. Bindend advies\nDe commissie wijst het verzoek af.\n")
    sections = find_sections(text)
    assert sections[0].start == 0 and sections[0].has("procedure") and sections[0].has("facts")


def test_an_unnumbered_jurisdiction_heading_inside_a_numbered_assessment_is_part_of_it():
    """"7. Beoordeling / Bevoegdheid / 7.1. … / De kousen / 7.2. …": the committee's reasoning on
    the merits under the later sub-heading stays in the assessment."""
    text = (HEAD + "1. Partijen\nA te B, tegen C te D.\n2. Verloop van de procedure\nX.\n"
            "3. Beoordeling\nBevoegdheid\n3.1. De commissie is bevoegd.\nDe kousen\n"
            "3.2. De commissie volgt hierin het advies van het CVZ.\n4. Bindend advies\nDe commissie "
            "wijst het verzoek toe.\n")
    sections = find_sections(text)
    assessment = next(s for s in sections if s.kind == "assessment")
    assert "volgt hierin" in text[assessment.start:assessment.end]
    assert [s.kind for s in sections] == ["head", "parties", "procedure", "assessment", "decision"]


def test_an_unnumbered_heading_whose_paragraphs_go_on_numbering_a_section_is_inside_it():
    """A copy from "7. Beoordeling" on, with the committee's own sub-heading "De feiten" before
    7.3 (blind round 152): the assessment runs on to the decision, no facts section begins there."""
    text = ("7. Beoordeling\n7.1. De bepalingen staan in de bijlage.\n7.2. In geschil is de vergoeding.\n"
            "De feiten\n7.3. De commissie ziet geen aanleiding om van het advies af te wijken.\n"
            "8. Bindend advies\n8.1. De commissie wijst het verzoek af.\n")
    sections = find_sections(text)
    assert [s.kind for s in sections] == ["assessment", "decision"]
    assert "geen aanleiding" in text[sections[0].start:sections[0].end]


def test_an_annex_heading_run_into_its_text_opens_the_annex():
    # a host ran "BIJLAGE – Relevante bepalingen" into the law it quotes (blind round 173): the annex still
    # begins there; the assessment's lower-case "de bijlage" is no heading
    text = (HEAD + "1. Partijen\nA te B, tegen C te D.\n7. Beoordeling\n7.1. De relevante bepalingen zijn opgenomen in "
            "de bijlage.\n8. Bindend advies\nDe commissie wijst het verzoek af.\n"
            "BIJLAGE – Relevante bepalingen Zorgverzekeringswet Artikel 11 1. (...) De verzekerde heeft recht op zorg.\n")
    sections = find_sections(text)
    assert [s.kind for s in sections][-1] == "annex"
    assert text[sections[-1].start:].lstrip().startswith("BIJLAGE –")


def test_a_copy_whose_numbering_restarts_on_every_page_keeps_its_parts():
    # blind round 183: "1. Het standpunt … van verzoeker" after "2. De verzekeringssituatie", the decision numbered
    # "2." after "3. Beoordeling": each heading of a part not yet seen, later in a ruling's anatomy, still opens it;
    # a repeated or earlier part does not
    text = (HEAD + "1. Partijen\nA te B, tegen C te D.\n2. De verzekeringssituatie\n2.1. Verzoeker was verzekerd.\n"
            "1. Het standpunt en de conclusie van verzoeker\n1.1. Verzoeker stelt dat de zorg nodig is.\n"
            "2. Het standpunt en de conclusie van de zorgverzekeraar\n2.1. De zorgverzekeraar betwist dat.\n"
            "3. Beoordeling\n3.1. De commissie is van oordeel dat de zorg niet nodig is.\n"
            "1. Partijen\n1.1. Dit is geen kop.\n2. Bindend advies\nDe commissie wijst het verzoek af.\n")
    kinds = [s.kind for s in find_sections(text)]
    assert kinds[-5:] == ["facts", "requester_position", "insurer_position", "assessment", "decision"], kinds
