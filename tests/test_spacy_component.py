"""The spaCy component `geschil_citations`: citations and decisions as spans with their fields."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

TEXT = ("Verzoeker beroept zich op artikel 2.7, eerste lid, onderdeel a, van het Besluit "
        "zorgverzekering en op artikel 2.1 Zvw. Zie ook ECLI:NL:CRVB:2019:1234.")


@pytest.fixture(scope="module")
def doc():
    nlp = spacy.blank("nl")
    nlp.add_pipe("geschil_citations")  # found through the entry point, no import needed
    return nlp(TEXT)


def test_citations_and_decisions_are_spans_with_their_fields(doc):
    spans = list(doc.spans["citations"])
    labels = [s.label_ for s in spans]
    assert labels == ["citation", "citation", "decision"]
    bzv, zvw, ecli = spans
    assert bzv.text.startswith("artikel 2.7") and "Besluit zorgverzekering" in bzv.text
    assert (bzv._.law, bzv._.article, bzv._.paragraph, bzv._.item, bzv._.bwb_id) == (
        "Bzv", "2.7", 1, "a", "BWBR0018492")
    assert bzv._.url.startswith("https://wetten.overheid.nl/jci1.3:c:BWBR0018492&artikel=2.7")
    assert zvw._.law == "Zvw" and "nonexistent" in zvw._.flags
    assert (ecli._.decision_kind, ecli._.decision_id) == ("ecli", "ECLI:NL:CRVB:2019:1234")


def test_spans_key_is_configurable_and_text_without_citations_gives_none():
    nlp = spacy.blank("nl")
    nlp.add_pipe("geschil_citations", config={"spans_key": "wet"})
    assert list(nlp("Geen verwijzing hier.").spans["wet"]) == []
    assert len(nlp(TEXT).spans["wet"]) == 3


def test_the_entry_point_is_registered():
    from importlib.metadata import entry_points

    names = [e.name for e in entry_points(group="spacy_factories")]
    assert "geschil_citations" in names
