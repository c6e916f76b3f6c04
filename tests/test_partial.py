"""Parts of rulings (first pages, truncated PDFs, web-saved copies) are read for what they hold;
documents that are not rulings are still refused, with the reason.

The parts are made at set-up from the corpus (tests/partial_rulings.py); the head fields are
compared with the hand-written truth of the whole ruling (corpus/src/NAME.truth.json).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import partial_rulings as pr
import pytest

from geschil.ingest import load
from geschil.pipeline import extract_path

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SHARED = Path(__file__).resolve().parents[2] / "shared" / "seeds"
HEAD_FIELDS = ("case_number", "members", "chair", "requester", "insurers", "hearing_date")
BEFORE_POSITIONS = "requester_position, insurer_position, assessment, decision"
AFTER_REQUESTER = "insurer_position, assessment, decision"

# (ruling, how it is cut, size, flattened (True, or "one_line"), layout read, sections the warning names)
CASES = [
    ("classic_2010_tandeloze_kaak", "first_pages", 1, None, "classic", BEFORE_POSITIONS),
    ("classic_2015_agenesie", "first_pages", 1, None, "classic", BEFORE_POSITIONS),
    ("classic_2009_implantaten", "truncated_pdf", 2500, None, "classic", BEFORE_POSITIONS),
    ("classic_2012_oligodontie", "web_text", 2000, True, "classic", BEFORE_POSITIONS),
    ("classic_2008_hartklepoperatie", "web_text", 1800, True, "classic", BEFORE_POSITIONS),
    ("classic_2013_ongeval", "web_text", 2000, False, "classic", BEFORE_POSITIONS),
    ("letterhead_2016_fysiotherapie", "first_pages", 1, None, "letterhead", BEFORE_POSITIONS),
    ("letterhead_2014_verstandelijke_beperking", "first_pages", 2, None, "letterhead", "assessment, decision"),
    ("letterhead_2018_gebitsslijtage", "truncated_pdf", 2200, None, "letterhead", BEFORE_POSITIONS),
    # a web copy has no running header: its layout reads as the classic head block
    ("letterhead_2017_tandartsangst", "web_text", 2000, True, "classic", BEFORE_POSITIONS),
    ("letterhead_2015_amelogenesis_ernst", "web_text", 2600, False, "classic", AFTER_REQUESTER),
    ("modern_2022_akkoordverklaring", "first_pages", 1, None, "modern", BEFORE_POSITIONS),
    ("modern_2021_radiotherapie", "truncated_pdf", 2500, None, "modern", AFTER_REQUESTER),
    ("modern_2025_ectodermale_dysplasie", "truncated_pdf", 1500, None, "modern", BEFORE_POSITIONS),
    ("modern_2023_amelogenesis", "web_text", 2000, True, "modern", BEFORE_POSITIONS),
    ("modern_2024_niet_gecontracteerd", "web_text", 2000, False, "modern", BEFORE_POSITIONS),
    # the host's menu and the ruling in one single line
    ("classic_2009_ongeval_ruim_binnen", "web_text", 1000, "one_line", "classic", BEFORE_POSITIONS),
    ("letterhead_2018_niet_ontvankelijk", "web_text", 1100, "one_line", "classic", BEFORE_POSITIONS),
    ("modern_2024_akkoordverklaring_verlopen", "web_text", 1500, "one_line", "modern", BEFORE_POSITIONS),
]


def _make(tmp: Path, name: str, how: str, size: int, flat: bool | str | None) -> Path:
    if how == "web_text":
        return pr.web_text(name, tmp, size, flat)
    return getattr(pr, how)(name, tmp, size)


def _header_citations(citations: list[dict]) -> list[tuple]:
    return sorted((c["law"], c["article"], c.get("paragraph"), c.get("item"))
                  for c in citations if c.get("role") == "header")


@pytest.mark.parametrize(("name", "how", "size", "flat", "layout", "missing"), CASES,
                         ids=[f"{c[0]}-{c[1]}{c[2]}{'-' + str(c[3]) if c[3] else ''}" for c in CASES])
def test_partial_ruling_read_with_warning(tmp_path, name, how, size, flat, layout, missing):
    path = _make(tmp_path, name, how, size, flat)
    record = extract_path(path).model_dump(mode="json")
    truth = json.loads((CORPUS / "src" / f"{name}.truth.json").read_text(encoding="utf-8"))
    assert record["error"] is None
    assert record["layout"] == layout
    for key in HEAD_FIELDS:
        assert record[key] == truth[key], key
    # the bracketed line of applied articles in the head
    assert _header_citations(record["citations"]) == _header_citations(truth["citations"])
    assert record["warnings"] == [f"partial ruling: sections missing: {missing}"]
    # what the text does not hold is not guessed
    assert record["outcome"] is None and record["decision_date"] is None
    text = load(path).text  # reflowing a flattened copy moved no offset
    for key, evidence in record["evidence"].items():
        assert text[evidence["span"][0]:evidence["span"][1]] == evidence["quote"], key


# The last pages alone, from the assessment on (blind round 27): one ruling per generation and
# producer, and outcomes of every kind.
LAST_PAGES = ["classic_2009_ongeval_ruim_binnen", "classic_2012_oligodontie", "letterhead_2016_ongeval_afgewezen",
              "letterhead_2018_niet_ontvankelijk", "modern_2024_akkoordverklaring_verlopen",
              "modern_2022_gladheid_week_januari_aanvraag_te_laat", "modern_2023_amelogenesis"]


@pytest.mark.parametrize("name", LAST_PAGES)
def test_last_pages_alone_are_read_with_warning(tmp_path, name):
    """A host that kept only the second part: no head, yet the assessment, the decision and the
    signature under it show the committee's ruling. What the pages hold is read; the head's
    fields they lack stay null; the chair is the one the signature names."""
    path = pr.last_pages(name, tmp_path)
    record = extract_path(path).model_dump(mode="json")
    truth = json.loads((CORPUS / "src" / f"{name}.truth.json").read_text(encoding="utf-8"))
    assert record["error"] is None
    assert (record["outcome"], record["decision_date"], record["decision_place"]) == (
        truth["outcome"], truth["decision_date"], truth["decision_place"])
    assert record["warnings"] == ["partial ruling: sections missing: parties, procedure, "
                                  "requester_position, insurer_position"]
    assert record["requester"] is None or record["requester"]["label"] is None
    signed = f"{truth['chair']}, voorzitter" in " ".join(load(path).text.split()) if truth["chair"] else False
    assert (record["chair"], record["members"]) == ((truth["chair"], [truth["chair"]]) if signed else (None, []))
    # the running header names the letterhead (its case number is page furniture, cleaned away
    # with it, so no span could show it); the information for the parties the modern layout
    assert record["case_number"] is None
    letterhead = name.startswith("letterhead")
    assert record["layout"] in (("letterhead",) if letterhead else ("modern", None))


@pytest.mark.parametrize("name", ["modern_2024_akkoordverklaring_verlopen", "modern_2023_amelogenesis",
                                  "modern_2022_gladheid_week_januari_aanvraag_te_laat"])
def test_a_copy_begun_inside_the_assessment_is_read(tmp_path, name):
    """The assessment's heading lost, the copy begins at one of its numbered paragraphs and ends
    with "8. Bindend advies": the numbered decision is no title, and what comes before it is the
    assessment's tail (blind round 35, refused as no ruling before)."""
    path = pr.assessment_tail(name, tmp_path)
    record = extract_path(path)
    truth = json.loads((CORPUS / "src" / f"{name}.truth.json").read_text(encoding="utf-8"))
    assert record.error is None, record.error
    assert record.outcome == truth["outcome"]
    assert any(s.section == "assessment" and s.speaker == "committee" for s in record.statements)


@pytest.mark.parametrize("name", ["classic_2009_amelogenesis_cvz_niet_gevolgd", "classic_2009_hypodontie_sinusbodem"])
def test_a_copy_begun_inside_the_procedure_reads_its_advice_and_generation(tmp_path, name):
    """Blind round 40: a classic ruling's copy begun inside its procedure ("verloop van het
    geding") has no head: the procedure's rest tells the CVZ's advice, and the date under the
    decision the layout's generation (it was read as a head, and as a modern ruling)."""
    path = pr.assessment_tail(name, tmp_path, heading="verloop van het geding")
    record = extract_path(path)
    truth = json.loads((CORPUS / "src" / f"{name}.truth.json").read_text(encoding="utf-8"))
    assert record.error is None, record.error
    assert record.layout == "classic"
    assert [(a.kind, str(a.date)) for a in record.zorginstituut] == [
        (a["kind"], a["date"]) for a in truth["zorginstituut"]]


def test_a_web_copy_begun_mid_sentence_is_read_as_the_rest(tmp_path):
    """A host's copy whose ruling text starts inside a sentence of the facts, right after "Hele
    tekst": it is the facts' tail, not a head (the test of a first line in prose was asked on the
    marker's line break, and its pattern anchored with ^ where .match(text, pos) never honours it),
    so only the parties are missing."""
    name = "modern_2024_akkoordverklaring_verlopen"
    path = pr.web_tail(name, tmp_path, "akkoordverklaring afgegeven")
    record = extract_path(path)
    truth = json.loads((CORPUS / "src" / f"{name}.truth.json").read_text(encoding="utf-8"))
    assert record.error is None, record.error
    assert record.warnings == ["partial ruling: sections missing: parties"]
    assert record.outcome == truth["outcome"]
    assert str(record.facts.prior_approval.valid_until) == truth["facts"]["prior_approval"]["valid_until"]


@pytest.mark.parametrize(("name", "heading"), [("modern_2024_akkoordverklaring_verlopen", "Vaststaande feiten"),
                                               ("classic_2009_hypodontie_sinusbodem", "verloop van het geding")])
def test_a_copy_without_its_first_part_says_it_is_partial(tmp_path, name, heading):
    """A copy begun inside its facts or procedure has no parties: the analyst is told the ruling is
    partial (no warning was given where the facts stood in for the procedure)."""
    record = extract_path(pr.assessment_tail(name, tmp_path, heading=heading))
    assert record.error is None, record.error
    assert record.warnings == ["partial ruling: sections missing: parties"]


def test_a_reasoning_without_its_signature_is_refused(tmp_path):
    text = ("7. Beoordeling\n7.1. De commissie is van oordeel dat de behandeling niet binnen twee jaar na het "
            "ongeval is voltooid.\n8. Bindend advies\n8.1. De commissie wijst het verzoek af.\n")
    path = tmp_path / "fragment.txt"
    path.write_text(text, encoding="utf-8")
    record = extract_path(path)
    assert record.error is not None and record.error.kind == "not_a_ruling"
    assert "of its end: an assessment, a decision with its outcome (" in record.error.message


def test_head_block_alone_is_read(tmp_path):
    """Cut before the committee's name: the title and a whole head block still show a ruling;
    the case number the block left out and the members are not in the text, so null."""
    path = pr.web_text("classic_2013_ongeval", tmp_path, 260, False)
    record = extract_path(path).model_dump(mode="json")
    truth = json.loads((CORPUS / "src" / "classic_2013_ongeval.truth.json").read_text(encoding="utf-8"))
    assert record["error"] is None
    assert (record["case_number"], record["members"], record["chair"]) == (None, [], None)
    for key in ("requester", "insurers", "hearing_date"):
        assert record[key] == truth[key], key
    assert record["warnings"] == ["partial ruling: sections missing: parties, procedure, requester_position, "
                                  "insurer_position, assessment, decision"]


def test_partial_cases_cover_every_generation_and_form():
    assert len(CASES) >= 12
    forms = {(c[4] if c[1] != "web_text" else c[0].split("_")[0], c[1], bool(c[3])) for c in CASES}
    for generation in ("classic", "letterhead", "modern"):
        assert {(generation, "first_pages", False), (generation, "truncated_pdf", False),
                (generation, "web_text", True)} <= forms


def test_flattened_copy_is_segmented_by_numbers_and_headings(tmp_path):
    path = pr.web_text("classic_2012_oligodontie", tmp_path, 2000, True)
    assert max(len(line) for line in path.read_text(encoding="utf-8").splitlines()) > 1000
    from geschil.extract.sections import find_sections
    from geschil.ingest import load

    sections = find_sections(load(path).text)
    assert [(s.number, s.kind, s.title) for s in sections[1:]] == [
        ("1", "parties", "Partijen"), ("2", "facts", "De verzekeringssituatie"),
        ("3", "procedure", "Ontstaan en verloop van het geding")]


NOT_RULINGS = ["000_1a15e3238a097c2f.txt", "001_b49679512c61dc91.txt", "003_974d49bc7c452686.txt",
               "004_b25672ef8421a557.txt"]
# Invented documents that speak of the committee without being one of its rulings.
LETTERS = {
    "letter.txt": "Geachte heer A,\n\nU bent het niet eens met onze beslissing. U kunt de Geschillencommissie "
                  "Zorgverzekeringen vragen een bindend advies uit te brengen. Vermeld daarbij uw "
                  "polisnummer.\n\nMet vriendelijke groet,\nAfdeling Klantenservice\n",
    "skgz_letter.txt": "Stichting Klachten en Geschillen Zorgverzekeringen\nPostbus 1\n3700 AA Zeist\n\n"
                       "Zaaknummer: 201601522\nBetreft: uw verzoek om een bindend advies\n\nGeachte mevrouw A,"
                       "\n\nWij hebben uw verzoek ontvangen. De Geschillencommissie Zorgverzekeringen "
                       "behandelt het na ontvangst van het verweer.\n",
    "conditions.txt": "Voorwaarden aanvullende verzekering 2024\n\nArtikel 12 Geschillen\n12.1 Klachten en "
                      "geschillen over deze verzekering kunt u voorleggen aan de Stichting Klachten en "
                      "Geschillen Zorgverzekeringen (SKGZ). Het oordeel van de Geschillencommissie "
                      "Zorgverzekeringen is een bindend advies.\n",
}


@pytest.mark.parametrize("name", NOT_RULINGS)
def test_documents_that_are_not_rulings_are_refused(name):
    path = SHARED / name
    if not path.exists():
        pytest.skip("../shared is not beside this checkout")
    record = extract_path(path)
    assert record.error is not None and record.error.kind == "not_a_ruling"
    assert "is not a bindend advies" in record.error.message and "case number" in record.error.message


@pytest.mark.parametrize("name", sorted(LETTERS))
def test_texts_naming_the_committee_are_refused(tmp_path, name):
    path = tmp_path / name
    path.write_text(LETTERS[name], encoding="utf-8")
    record = extract_path(path)
    assert record.error is not None and record.error.kind == "not_a_ruling"
    if name == "skgz_letter.txt":  # the reason says what was there, and that the title was not
        assert "head found: the committee's name, a case number; of its end: none (" in record.error.message


# a copy without its head (blind rounds 40 and 41) is partial however it is saved
RULINGS = sorted(p.name.removesuffix(".truth.json") for p in (CORPUS / "src").glob("*.truth.json")
                 if "kopie_zonder" not in p.name)


@pytest.mark.parametrize("flat", [False, True], ids=["run_in", "flattened"])
@pytest.mark.parametrize("name", RULINGS)
def test_whole_web_copy_reads_as_its_truth(tmp_path, name, flat):
    """A whole ruling saved from a host (menu, 'Hele tekst', headings run into their paragraphs,
    flattened into lines of a thousand characters) reads as the ruling itself."""
    from test_corpus_truth import compare

    record = extract_path(pr.web_text(name, tmp_path, 10**7, flat)).model_dump(mode="json")
    truth = json.loads((CORPUS / "src" / f"{name}.truth.json").read_text(encoding="utf-8"))
    assert record["error"] is None
    assert not any(w.startswith("partial") for w in record["warnings"])
    diffs = [d for d in compare(record, truth) if not d.startswith("layout")
             # a web copy has no running header to tell the letterhead layout; in a flattened copy
             # the annex's policy titles lose the line the citation engine reads them by
             and not (flat and d.startswith("citations"))]
    assert diffs == []


@pytest.mark.parametrize(("name", "cut_after", "requester"), [
    ("classic_2010_tandeloze_kaak", "tegen", {"label": "A", "place": "B", "term": "verzoeker", "representative": None}),
    # cut before the representative and before 'verzoeker': neither is in the text
    ("classic_2012_oligodontie", "hierna te noemen:", {"label": "A", "place": "B", "term": None, "representative": None}),
    ("letterhead_2016_fysiotherapie", "verzoekster, tegen",
     {"label": "A", "place": "B", "term": "verzoekster", "representative": None}),
])
def test_parties_section_cut_off_reads_the_head_block(tmp_path, name, cut_after, requester):
    path = pr.web_text(name, tmp_path, pr.budget_to(name, cut_after), False)
    assert path.read_text(encoding="utf-8").rstrip().endswith(cut_after)
    record = extract_path(path).model_dump(mode="json")
    truth = json.loads((CORPUS / "src" / f"{name}.truth.json").read_text(encoding="utf-8"))
    assert record["requester"] == requester
    assert record["insurers"] == truth["insurers"]


DATA = Path(__file__).resolve().parent / "data" / "partial"
A_TE_B = {"label": "A", "place": "B", "term": "verzoeker", "representative": None}
ZVW_BZV = [("Bzv", "2.1", None, None), ("Bzv", "2.7", None, None), ("Zvw", "10", None, None),
           ("Zvw", "11", None, None)]
# Hand-written openings (invented): file → (layout, case, members, chair, requester, insurers,
# hearing, header citations, missing sections)
OPENINGS = {
    "classic_2008_web_flat.txt": (
        "classic", "ANO08.143", ["mr. E.T. Brink", "drs. F.G. Hol", "mr. H.J. Kramer"], "mr. E.T. Brink", A_TE_B,
        [{"name": "Zorgverzekeraar Middenland N.V.", "place": "Utrecht"}], "2008-06-09", ZVW_BZV, AFTER_REQUESTER),
    "classic_2012_transposed_head.txt": (
        "classic", "2012.03100", ["mr. drs. P.J.J. Jansen", "dr. Q. de Vries", "mr. R. Smit"], "mr. drs. P.J.J. Jansen",
        A_TE_B, [{"name": "Zorgverzekeraar Noordkust N.V.", "place": "Harlingen"}], "2012-06-04",
        [("Bzv", "2.1", None, None), ("Bzv", "2.4", None, None), ("Rzv", "2.9", None, None),
         ("Zvw", "10", None, None), ("Zvw", "11", None, None), ("Zvw", "13", None, None)], BEFORE_POSITIONS),
    "letterhead_2014_letterhead_glued.txt": (
        "letterhead", "201401171", ["mr. G.J. Ploeger", "mr. drs. A.B. de Wit", "drs. C.D. Jansen"], "mr. G.J. Ploeger",
        {**A_TE_B, "term": "verzoekster"},
        [{"name": "Zorgverzekeraar Oost N.V.", "place": "Enschede"}, {"name": "Oost Aanvullend N.V.", "place": "Enschede"}],
        "2014-09-08", ZVW_BZV, BEFORE_POSITIONS),
    "modern_2020_opening.txt": (
        "modern", "202000176", ["mr. H.R. Dijkstra", "drs. M. Verhoeven", "mr. K.L. van Beek"], None,
        {**A_TE_B, "representative": {"label": "C", "place": "D"}},
        [{"name": "Zorgverzekeraar Kustland N.V.", "place": "Vlissingen"}], "2020-03-11", [], BEFORE_POSITIONS),
}


@pytest.mark.parametrize("name", sorted(OPENINGS))
def test_hand_written_openings(name):
    layout, case, members, chair, requester, insurers, hearing, header, missing = OPENINGS[name]
    record = extract_path(DATA / name).model_dump(mode="json")
    assert record["error"] is None
    assert (record["layout"], record["case_number"], record["members"], record["chair"]) == (layout, case, members, chair)
    assert (record["requester"], record["insurers"], record["hearing_date"]) == (requester, insurers, hearing)
    assert _header_citations(record["citations"]) == header
    assert record["warnings"] == [f"partial ruling: sections missing: {missing}"]


LAST_PART = """7. Beoordeling

7.1. Verzoekster mist van nature drie premolaren. Ook het Zorginstituut heeft dat in zijn voorlopig
advies van 12 januari 2021 vastgesteld. De commissie neemt dit advies over.

7.2. Ter zitting van 10 februari 2021 heeft verzoekster aangevoerd dat de tandarts de kronen te laat
heeft geplaatst. Op 3 februari 2021 heeft zij de nota ontvangen.

8. Bindend advies

8.1. De commissie wijst het verzoek af.

Zeist, 3 maart 2021,

mr. A.B. de Vries, voorzitter
"""


def test_a_last_part_names_its_hearing_and_advice_by_their_days(tmp_path):
    """Blind round 29: a copy of the assessment on has no procedure, yet its assessment names the
    hearing ("Ter zitting van …") and the advice ("in zijn voorlopig advies van …") by their days."""
    path = tmp_path / "laatste_deel.txt"
    path.write_text(LAST_PART, encoding="utf-8")
    record = extract_path(path)
    assert record.error is None and record.outcome == "rejected"
    assert record.hearing_date == dt.date(2021, 2, 10)
    assert [(a.kind, a.date, a.body) for a in record.zorginstituut] == [
        ("provisional", dt.date(2021, 1, 12), "zorginstituut")]


def test_a_last_part_names_the_letter_that_made_the_advice_final(tmp_path):
    """Blind round 68: "in zijn voorlopig advies van …, dat het … bij brief van … als definitief advies heeft
    aangemerkt": the provisional advice and the final one, each by its day."""
    path = tmp_path / "laatste_deel.txt"
    path.write_text(LAST_PART.replace(
        "advies van 12 januari 2021 vastgesteld.",
        "advies van 12 januari 2021, dat het na de zitting bij brief van 24 februari 2021 als definitief advies heeft "
        "aangemerkt, vastgesteld."), encoding="utf-8")
    record = extract_path(path)
    assert [(a.kind, a.date) for a in record.zorginstituut] == [
        ("provisional", dt.date(2021, 1, 12)), ("final", dt.date(2021, 2, 24))]


HEADLESS = """2.3. Op 9 mei 2022 heeft de tandarts de zorgverzekeraar om een machtiging gevraagd voor de implantaten.

3. Geschil

3.1. Verzoekster heeft de commissie verzocht te bepalen dat de zorgverzekeraar de kosten alsnog vergoedt.

6. Beoordeling

6.1. Ter zitting van 15 februari 2023 heeft verzoekster verklaard dat zij zelf niet bij het gesprek was.
De implantaten zijn geplaatst voordat de machtiging werd gevraagd.

7. Bindend advies

7.1. De commissie wijst het verzoek af.

Zeist, 3 april 2023,

mr. A.B. de Vries, voorzitter
"""


def test_a_copy_begun_in_its_facts_names_its_hearing_in_the_assessment(tmp_path):
    """Blind round 30: a copy that starts at "2.3." has no procedure; the assessment's "Ter zitting
    van …" is the hearing's day."""
    path = tmp_path / "zonder_kop.txt"
    path.write_text(HEADLESS, encoding="utf-8")
    record = extract_path(path)
    assert record.error is None and record.outcome == "rejected"
    assert record.hearing_date == dt.date(2023, 2, 15)


def test_a_copy_begun_in_its_facts_names_its_hearing_in_a_partys_position(tmp_path):
    """Blind round 120: the hearing named only in the requester's position ("Ter zitting van 9 oktober 2024
    heeft verzoekster toegelicht …")."""
    path = tmp_path / "zonder_kop.txt"
    path.write_text(HEADLESS.replace("3. Geschil\n\n3.1.", "3. Standpunt verzoekster\n\n3.1. Ter zitting van 9 "
                                     "oktober 2024 heeft verzoekster toegelicht dat zij geen keuze had.\n\n3.2.")
                    .replace("Ter zitting van 15 februari 2023 heeft verzoekster verklaard", "Verzoekster heeft "
                             "verklaard"), encoding="utf-8")
    record = extract_path(path)
    assert record.error is None and record.hearing_date == dt.date(2024, 10, 9)
