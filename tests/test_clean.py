import pytest
from hypothesis import given
from hypothesis import strategies as st

from geschil.ingest.clean import CHAR_MAP, apply, clean


@pytest.mark.parametrize(("raw", "expected"), [
    # hyphenation at a line end, with and without a space
    ("de ziektekostenverze-\nkeraar heeft", "de ziektekostenverzekeraar heeft"),
    ("de ziektekostenverze- keraar heeft", "de ziektekostenverzekeraar heeft"),
    ("(hier- na: de commissie)", "(hierna: de commissie)"),
    ("verze- kerd", "verzekerd"),
    # real hyphens stay
    ("peri-implantitis", "peri-implantitis"),
    ("peri-\nimplantitis", "peri-implantitis"),
    ("mr. M. Nauta-\nSluijs", "mr. M. Nauta-Sluijs"),
    ("Jansen-de Vries", "Jansen-de Vries"),
    ("niet-ontvankelijk", "niet-ontvankelijk"),
    ("tand- en mondzorg", "tand- en mondzorg"),
    ("ontwikkelings- of groeistoornis", "ontwikkelings- of groeistoornis"),
    ("het tand-kaak-\nmondstelsel", "het tand-kaak-mondstelsel"),
    ("zee-\neend", "zee-eend"),
    # white space
    ("twee  spaties   hier  \nregel", "twee spaties hier\nregel"),
    ("\ufb01nanciering\u00a0nu", "financiering nu"),
    # a comma glued to the next word gets its space; a decimal comma and an initial list do not
    ("De heer A te B,hierna te noemen: verzoeker", "De heer A te B, hierna te noemen: verzoeker"),
    ("1,5 jaar en 2,-- euro", "1,5 jaar en 2,-- euro"),
])
def test_clean_text(raw, expected):
    text, origin = clean([raw])
    assert text == expected
    assert len(origin) == len(text)


def test_running_headers_letterhead_and_page_numbers_go():
    pages = [
        "Stichting Klachten en Geschillen Zorgverzekeringen\nPostbus 357\n3700 AJ Zeist\n"
        "T 030 000 00 00\nE info@example.nl\nwww.example.nl\nKvK 12345678\n"
        "201401171, pagina 1 van 3\nBINDEND ADVIES\nDe commissie overweegt",
        "201401171, pagina 2 van 3\nals volgt. Verzoekster\n- 2 -",
        "201401171, pagina 3 van 3\nwijst het verzoek af.\n3",
    ]
    text, _ = clean(pages)
    assert text == "BINDEND ADVIES\nDe commissie overweegt\nals volgt. Verzoekster\nwijst het verzoek af."


@pytest.mark.parametrize("label", ["Telefoon: 030 - 698 83 60", "E-mail: info@example.nl",
                                   "Internet: www.example.nl", "Fax 030 000 00 01"])
def test_a_letterheads_labelled_line_goes_a_line_of_text_beginning_with_its_word_stays(label):
    line = "telefoongesprek van 15 mei 2012 om toestemming heeft gevraagd. Uit de"
    text, _ = clean([f"{label}\nVerzoekster stelt dat zij met het\n{line}\nnotitie blijkt het."])
    assert label not in text and line in text


@pytest.mark.parametrize(("page", "kept"), [
    ("Partijen Postbus 357 3700 AJ Zeist : A te B", "A te B"),
    # a web page's line beside the letterhead: the box number at its end, the postcode below
    ("Archief geschillen zorgverzekeringen Postbus 357\nHome | Uitspraken 3700 AJ Zeist\nBINDEND ADVIES",
     "Archief geschillen zorgverzekeringen\nHome | Uitspraken"),
])
def test_letterhead_glued_into_a_line(page, kept):
    text, _ = clean([page])
    assert "Postbus" not in text and kept in text


def test_origin_maps_back_to_raw_pages():
    pages = ["kop, pagina 1 van 2\nDe verze-\nkerde", "kop, pagina 2 van 2\nheeft gelijk"]
    text, origin = clean(pages)
    raw = "\n".join(pages)
    for i, ch in enumerate(text):
        if ch != "\n":
            assert raw[origin[i]] == ch
    assert origin[text.index("heeft")] > len(pages[0])


def test_apply_keeps_first_of_overlapping_edits():
    text, origin = apply("abcdef", list(range(6)), [(1, 3, "X"), (2, 4, "Y")])
    assert text == "aXdef"
    assert origin == [0, 1, 3, 4, 5]


def test_letterhead_in_the_middle_of_a_sentence_at_a_page_break():
    pages = ["De commissie is van oordeel dat de", "201401171, pagina 2 van 2 Stichting Klachten en Geschillen "
             "Zorgverzekeringen Postbus 357 3700 AJ Zeist\nzorgverzekeraar de kosten vergoedt."]
    text, _ = clean(pages)
    assert text == "De commissie is van oordeel dat de\nzorgverzekeraar de kosten vergoedt."


def test_a_rule_glued_to_a_heading_becomes_a_line_break():
    text, _ = clean(["(Voorwaarden zorgverzekering 2012, artt. 10 en 11 Zvw)\n-------------------------1. Partijen\nA te B"])
    assert text == "(Voorwaarden zorgverzekering 2012, artt. 10 en 11 Zvw)\n\n1. Partijen\nA te B"


FRAGMENTS = ["Stichting Klachten en Geschillen Zorgverzekeringen", "Postbus 357", "3700 AJ Zeist",
             "Bezoekadres: Huis ter Heideweg 16", "T 030 000 00 00", "F: +(0)30-1234567",
             "E info@example.nl", "I www.example.nl", "https://x.nl/a", "KvK-nummer: 12345678",
             "K.v.K. 12345678", "201401171, pagina 2 van 3", "verzoeker", " ", ",", "T", "0", "\t"]


@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=8).map(" ".join))
def test_inline_patterns_only_match_where_a_trigger_is(line):
    """The one-scan pre-check never hides a letterhead fragment (it is a necessary condition)."""
    from geschil.ingest.clean import FURNITURE_INLINE, inline_triggers

    if any(p.search(line) for p in FURNITURE_INLINE):
        assert inline_triggers(line, 0, len(line))


def test_the_origin_map_is_breakpoints_not_one_integer_per_character():
    import conftest_zoo as zoo

    from geschil.ingest import load

    rulings = zoo.good_rulings()
    if not rulings:
        pytest.skip("no corpus PDF")
    doc = load(rulings[-1])
    assert len(doc.origin) == len(doc.text)
    assert len(doc.origin.starts) * 20 < len(doc.text)
    raw = "\n".join(doc.raw_pages)
    for i in range(0, len(doc.text), 97):  # the map still points at the same characters
        source = raw[doc.origin[i]]
        assert doc.text[i] in " \n" or source == doc.text[i] or source in CHAR_MAP


LINES = ["pagina 2 van 10", "201401171, pagina 2 van 3", "blz. 4", "- 2 -", "2/10", " 12 ", "",
         "   ", "3700 AJ Zeist", "Postbus 357", "T 030 000 00 00", "E info@example.nl",
         "Telefoon: 030 - 698 83 60", "www.example.nl", "KvK 12345678", "IBAN NL00BANK0123456789",
         "Stichting Klachten en Geschillen Zorgverzekeringen", "De commissie wijst het verzoek af.",
         "telefoongesprek van 15 mei 2012", "pagina", "\t- 3 -\t", "2.7 Bzv"]


def _line_by_line(text: str) -> set[int]:
    from geschil.ingest.clean import _ANY_FURNITURE_LINE, _lines

    return {a for a, _, line in _lines(text, 0, len(text)) if _ANY_FURNITURE_LINE.match(line)}


@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=12).map("\n".join))
def test_one_scan_of_a_page_finds_the_furniture_lines_a_test_of_each_line_finds(page):
    """White space at a blank line must not carry a match onto the next line ("\\n\\npagina 3")."""
    from geschil.ingest.clean import furniture_line_starts

    kept = {a for a in furniture_line_starts(page, 0, len(page)) if page[a:].split("\n", 1)[0].strip()}
    assert kept == _line_by_line(page)


def test_the_page_scan_agrees_with_the_line_test_on_every_corpus_page():
    import conftest_zoo as zoo

    from geschil.ingest import load
    from geschil.ingest.clean import furniture_line_starts

    rulings = zoo.good_rulings()
    if not rulings:
        pytest.skip("no corpus PDF")
    for path in rulings:
        for page in load(path).raw_pages:
            found = {a for a in furniture_line_starts(page, 0, len(page)) if page[a:].split("\n", 1)[0].strip()}
            assert found == _line_by_line(page), path


WORDS = ["verze", "kerd", "tand", "en", "mond", "a", "É", "x×y", "peri", "-", "- ", "-\n", " ", "\n",
         "  \n ", ".", "Zorg", "ziektekosten-", "verze-", "1"]


@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=14).map("".join))
def test_dehyphenation_tried_at_hyphens_finds_what_a_scan_of_every_word_finds(text):
    from geschil.ingest.clean import _DEHYPHEN, _dehyphen_matches

    assert [m.span() for m in _dehyphen_matches(text)] == [m.span() for m in _DEHYPHEN.finditer(text)]


@given(st.text(alphabet=" \n\t\u00a0\u2003ab", max_size=30))
def test_space_edits_are_those_of_a_scan_of_every_space(text):
    import re

    from geschil.ingest.clean import space_edits

    edits = [(m.start(), m.end(), "" if text.startswith("\n", m.end()) else " ")
             for m in re.finditer(r" +(?=\n)| {2,}", text)]
    edits += [(m.start(), m.end(), "\n\n") for m in re.finditer(r"\n[ \n]*\n(?=[ \n]*\n)[ \n]*", text)]
    edits += [(m.start(), m.end(), "") for m in (re.match(r"\s+", text), re.search(r"\s+$", text)) if m]
    assert space_edits(text) == edits


@given(st.lists(st.sampled_from(FRAGMENTS + ["Pagina 2", "www.", "@", "Kvk", "\n", "2024 AB Zeist"]),
                min_size=1, max_size=10).map(" ".join))
def test_triggers_sought_by_the_words_a_page_holds_are_those_of_every_trigger(page):
    import re

    from geschil.ingest.clean import _POSTCODE_TRIGGER, INLINE_TRIGGERS, inline_triggers

    every = re.compile("|".join(INLINE_TRIGGERS))
    want = sorted([m.start() for m in every.finditer(page)] + [m.start() for m in _POSTCODE_TRIGGER.finditer(page)])
    assert inline_triggers(page, 0, len(page)) == want


def test_a_line_numbered_margin_goes_page_by_page():
    # a host's numbered margin (blind round 176: the ruling was refused as no ruling): its numbers go, the numbers of
    # the text after them stay ("8 september 2020", "21. De …"), and a list that counts on a few lines is no margin
    lines = ["Bindend advies", "Geschillencommissie Zorgverzekeringen", "Zaaknummer: 202263101", "Partijen",
             "De heer A te B, hierna te noemen: verzoeker,", "1. Verloop van de procedure",
             "1.1. De commissie heeft het dossier op", "8 september 2020 ontvangen.", "21. De ziektekostenverzekeraar"]
    page = "\n".join(f"{i} {line}" for i, line in enumerate(lines, 1))
    text, origin = clean([page, page])
    assert text.startswith("Bindend advies\nGeschillencommissie Zorgverzekeringen\nZaaknummer: 202263101")
    assert "8 september 2020 ontvangen." in text and "\n21. De ziektekostenverzekeraar" in text
    assert len(origin) == len(text)
    listed = "Verzoeker noemt:\n1 kroon\n2 brug\n3 implantaat\nDe commissie overweegt\nals volgt.\nDat is\nzo.\nEinde."
    assert clean([listed])[0].count("1 kroon") == 1
