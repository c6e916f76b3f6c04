"""The law registry (geschil/law/laws.json): ids, names, numbering, links."""

from __future__ import annotations

import re

import pytest

from geschil.law import registry

# The ids the contract and the issue name; the registry must hold exactly these.
IDS = [
    ("Zvw", "BWBR0018450"), ("Bzv", "BWBR0018492"), ("Rzv", "BWBR0018715"), ("Wlz", "BWBR0035917"),
    ("AWBZ", "BWBR0002614"), ("Wmg", "BWBR0020078"), ("Wet BIG", "BWBR0006251"), ("Awb", "BWBR0005537"),
    ("Wmo 2015", "BWBR0035362"), ("polis", None),
]


@pytest.mark.parametrize(("key", "bwb"), IDS)
def test_bwb_ids(key, bwb):
    assert registry.get(key).bwb_id == bwb


def test_bw_book_7_has_its_own_id():
    bw = registry.get("BW")
    assert bw.bwb_for("7:904") == "BWBR0005290"


def test_every_bwb_id_is_well_formed():
    ids = [law.bwb_id for law in registry.laws().values() if law.bwb_id]
    ids += [i for law in registry.laws().values() for i in law.books.values()]
    assert ids and all(re.fullmatch(r"BWBR\d{7}", i) for i in ids)


# (law, article, fits its numbering)
NUMBERING = [
    ("Zvw", "10", True), ("Zvw", "13a", True), ("Zvw", "2.1", False), ("Bzv", "2.7", True),
    ("Bzv", "10", False), ("Rzv", "2.9", True), ("BW", "7:904", True), ("BW", "904", False),
    ("Wlz", "1.1.1", True), ("Wlz", "1", False), ("Awb", "8:69", True), ("polis", "B.12.1", True),
    ("polis", "23", True), ("Wmo 2015", "2.3.5", True),
    # the ranges of real article numbers (laws.json article_ranges): conservative upper bounds
    ("Zvw", "128", True), ("Zvw", "129", False), ("Zvw", "18g", True), ("Zvw", "114a", True),
    ("Bzv", "2.16", True), ("Bzv", "2.99", False), ("Bzv", "12.1", False), ("Rzv", "25.1", False),
    ("BW", "7:907", True), ("BW", "7:1576", False), ("BW", "7A:1576", True), ("BW", "9:10", False),
    ("Awb", "11:1", True), ("Awb", "12:1", False), ("Wlz", "20.1.1", False), ("Wmg", "250", False),
    ("AWBZ", "400", False), ("Wet BIG", "500", False), ("Wmo 2015", "20.1.1", False),
]


def test_every_statute_keeps_the_ranges_of_its_article_numbers():
    statutes = [law for law in registry.laws().values() if law.kind != "polis"]
    assert statutes and all(law.article_ranges for law in statutes)


@pytest.mark.parametrize(("key", "article", "fits"), NUMBERING)
def test_numbering(key, article, fits):
    assert registry.get(key).fits(article) is fits


def test_known_articles_fit_their_numbering():
    for law in registry.laws().values():
        for article in law.articles:
            assert law.fits(article), (law.key, article)


# (text, law named)
ALIASES = [
    ("Zorgverzekeringswet", "Zvw"), ("Zvw", "Zvw"), ("Besluit zorgverzekering", "Bzv"),
    ("Besluit Zorgverzekering", "Bzv"), ("Besluit\nzorgverzekering", "Bzv"), ("Bzv", "Bzv"),
    ("Regeling zorgverzekering", "Rzv"), ("Burgerlijk Wetboek", "BW"), ("Wet langdurige zorg", "Wlz"),
    ("AWBZ", "AWBZ"), ("Wmg", "Wmg"), ("Wet BIG", "Wet BIG"), ("Algemene wet bestuursrecht", "Awb"),
    ("Awb", "Awb"), ("Wmo 2015", "Wmo 2015"), ("de voorwaarden van de zorgverzekering", "polis"),
    ("de verzekeringsvoorwaarden", "polis"), ("de aanvullende ziektekostenverzekering", "polis"),
    ("de polisvoorwaarden", "polis"),
]


@pytest.mark.parametrize(("text", "key"), ALIASES)
def test_aliases(text, key):
    m = registry.alias_pattern().fullmatch(text)
    assert m and registry.alias_law(m).key == key


@pytest.mark.parametrize("text", ["zvw", "bw", "BIG-register", "wet", "Voorwaarden", "de voorwaarden"])
def test_not_aliases(text):
    assert not registry.alias_pattern().fullmatch(text)


@pytest.mark.parametrize(("written", "policy"), [
    ("de voorwaarden van de zorgverzekering", "basic"),
    ("de voorwaarden van de aanvullende ziektekostenverzekering", "supplementary"),
    ("de verzekeringsvoorwaarden", None),
])
def test_policy_words(written, policy):
    assert registry.get("polis").policy_of(written) == policy


# (line, a policy title starts it, the policy it names)
TITLES = [
    ("Voorwaarden zorgverzekering Basis Exclusief 2021", True, "basic"),
    ("Voorwaarden aanvullende verzekering Extra 3 (2018)", True, "supplementary"),
    ("Aanvullende verzekering Tand Extra 2016", True, "supplementary"),
    ("Verzekeringsvoorwaarden 2020", True, None), ("Polisvoorwaarden Goed", True, None),
    ("voorwaarden van de zorgverzekering", False, None), ("Voorwaarden: a. u vraagt", False, None),
    ("Voorwaarden voor vergoeding", False, None),
]


@pytest.mark.parametrize(("line", "is_title", "policy"), TITLES)
def test_policy_titles(line, is_title, policy):
    [law] = registry.titled()
    m = law.title_re.match(line)
    assert bool(m) is is_title
    assert not m or law.policy_of(m.group()) == policy


# (law, article, lid, onderdeel, url)
URLS = [
    ("Bzv", "2.7", 1, "a", "https://wetten.overheid.nl/jci1.3:c:BWBR0018492&artikel=2.7&lid=1&onderdeel=a"),
    ("Bzv", "2.7", None, None, "https://wetten.overheid.nl/jci1.3:c:BWBR0018492&artikel=2.7"),
    ("Zvw", "11", 1, None, "https://wetten.overheid.nl/jci1.3:c:BWBR0018450&artikel=11&lid=1"),
    ("BW", "7:904", None, None, "https://wetten.overheid.nl/jci1.3:c:BWBR0005290&artikel=904"),
    ("polis", "B.12.1", None, None, None),
]


@pytest.mark.parametrize(("key", "article", "lid", "item", "url"), URLS)
def test_url(key, article, lid, item, url):
    assert registry.url_for(registry.get(key), article, lid, item) == url


def test_back_references_name_a_kind():
    kinds = {law.kind for law in registry.laws().values()}
    assert all(rule["kind"] in kinds for rule in registry.back_references().values())
