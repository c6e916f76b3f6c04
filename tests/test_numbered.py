"""A ruling without headings: its numbered groups of paragraphs are its sections, read by who
speaks in them (geschil/extract/numbered.py, law/paragraphs.json)."""

from __future__ import annotations

import pytest

from geschil.extract import numbered
from geschil.extract.sections import find_sections

RULING = """BINDEND ADVIES
Zaaknummer : 201700001
1.1 Mevrouw A te B, hierna te noemen: verzoekster, heeft een geschil met C N.V. te D, hierna te noemen: de zorgverzekeraar.
2.1 Op 3 maart 2016 is verzoekster gevallen.
2.2 Verzoekster heeft de commissie bij brief van 6 juni 2017 om een bindend advies gevraagd.
3.1 Verzoekster stelt dat de behandeling tijdig is afgerond.
3.2 De zorgverzekeraar voert aan dat de akkoordverklaring was verlopen.
4.1 De commissie is bevoegd van het geschil kennis te nemen.
4.2 De commissie stelt vast dat de behandeling na het verstrijken van de akkoordverklaring is afgerond.
5.1 De commissie wijst het verzoek af.
Zeist, 2 oktober 2017
"""


def test_the_groups_of_a_ruling_without_headings_are_its_sections():
    sections = find_sections(RULING)
    assert [(s.kind, s.kinds, s.number) for s in sections] == [
        ("head", (), None), ("parties", (), "1"), ("procedure", ("procedure", "facts"), "2"),
        ("positions", (), "3"), ("assessment", ("assessment", "jurisdiction"), "4"),
        ("decision", (), "5")]
    assert RULING[sections[1].body_start:].startswith("Mevrouw A")  # not "1.1 Mevrouw"


@pytest.mark.parametrize(("paragraphs", "kinds"), [
    # a party speaking makes a group positions, even where the committee speaks in it too: a
    # party's words are never read as the committee's
    (["De commissie stelt vast dat de termijn is verstreken.", "Verzoeker betoogt dat hij tijdig was."],
     ("requester_position",)),
    (["De zorgverzekeraar stelt zich op het standpunt dat het maximum is bereikt.",
      "Verzoekster meent dat dit niet zo is."], ("positions",)),
    (["Naar het oordeel van de commissie is de behandeling tijdig afgerond."], ("assessment",)),
    (["De commissie verklaart het verzoek gegrond."], ("decision",)),
    (["Het CVZ heeft geadviseerd het verzoek af te wijzen."], ("zorginstituut",)),
    (["Op 4 mei 2015 is de aanvraag afgewezen."], ("facts",)),
])
def test_a_groups_kind_is_who_speaks_in_it(paragraphs, kinds):
    text = "".join(f"{n}.1 Inleiding.\n" for n in (1, 2)) + "".join(
        f"3.{i} {p}\n" for i, p in enumerate(paragraphs, 1))
    assert numbered.groups(text, 0, len(text))[-1].kinds == kinds


@pytest.mark.parametrize("text", [
    # an article number after a full stop is out of sequence: no paragraph
    "1.1 Inleiding. 2.1 Feiten. Zie artikel 2.7 Bzv. 3.1 De commissie stelt vast dat x.\n",
    # numbers run into long lines by a document host still part the groups
    "1.1 Mevrouw A te B. 2.1 Op 3 maart 2016 is zij gevallen. 3.1 De commissie stelt vast dat x. 4.1 De commissie wijst het verzoek af.",
])
def test_paragraph_numbers_in_sequence_only(text):
    groups = numbered.groups(text, 0, len(text))
    assert [g.number for g in groups] == [str(n) for n in range(1, len(groups) + 1)]
    assert all("2.7" not in text[g.start:g.start + 4] for g in groups)


def test_fewer_than_three_groups_are_no_sections():
    text = "1.1 De commissie stelt vast dat x.\n2.1 De commissie wijst het verzoek af.\n"
    assert numbered.groups(text, 0, len(text)) == []


def test_a_ruling_with_headings_keeps_them():
    text = "BINDEND ADVIES\n1. Partijen\nA te B tegen C te D.\n2. Beoordeling\n2.1 Verzoeker stelt x.\n3. Bindend advies\nDe commissie wijst het verzoek af.\n"
    assert [s.kind for s in find_sections(text)] == ["head", "parties", "assessment", "decision"]
