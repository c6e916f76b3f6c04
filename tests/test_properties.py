"""Property tests of the text-level extractors on arbitrary and mutated ruling text.

Two promises: nothing raises but the tool's own typed errors, and whatever is extracted points
at a span that holds it (text[start:end] is the quote, the raw citation, the date written).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from geschil.dates import find_dates
from geschil.errors import GeschilError
from geschil.extract import facts as fx
from geschil.extract import head as hx
from geschil.extract import outcome as ox
from geschil.extract import parties as px
from geschil.extract import procedure as prx
from geschil.extract.record import build_record
from geschil.extract.sections import KINDS, find_sections, first
from geschil.extract.text import sentences, squash
from geschil.ingest.clean import CHAR_MAP, clean
from geschil.ingest.document import Document

ROOT = Path(__file__).resolve().parent.parent
SEED_TXT = ROOT.parent / "shared" / "seeds" / "002_f22031c86958e11f.txt"
# Bounded for CI; GESCHIL_PROPERTY_EXAMPLES=5000 hunts longer on a developer's machine.
EXAMPLES = int(os.environ.get("GESCHIL_PROPERTY_EXAMPLES", "150"))
FAST = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=max(1, EXAMPLES // 2), deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                       HealthCheck.data_too_large])

# Pieces of ruling language to splice in: headings, labels, dates good and bad, citations.
SNIPPETS = [
    "Zaaknummer:", "Zaaknummer : ", "Zaak : ", "Zittingsdatum : ", "Partijen : ", "\n\n", "\n1. ",
    "\n2.3. ", "(3) ", "a) ", "Partijen\n", "Beoordeling\n", "Bindend advies\n", "BIJLAGE\n",
    " tegen ", " te ", " vs. ", "hierna te noemen: verzoeker", ", beide te ", "vertegenwoordigd door ",
    "De heer A te B", "29 augustus 2025", "3 mrt. 2019", "31-02-2021", "3-12-2021", "begin 2025",
    "medio 2019", "september 2022", "tot en met 26 juni 2023", "artikel 2.7 lid 1 Besluit zorgverzekering",
    "art. 14, eerste lid, Zvw", "artikelen 1 tot en met 3 van de Regeling", "ECLI:NL:HR:2020:1",
    "SKGZ202000176", "202501427", "ANO08.143", "2012.03100", "(voorzitter)", "mr. P.J. Jansen",
    "Geschillencommissie Zorgverzekeringen", "Zorginstituut", "voorlopig advies uitgebracht",
    "Aldus beslist te Zeist op 13 maart 2026.", "Zeist, 1 januari 2020", "wijst het verzoek af",
    "ongeval", "akkoordverklaring", "geldig van 1 januari 2020 tot en met 31 december 2020",
    "\f", "\x00", "\u00ad", "\ufb01", "-\n", "- ", "\t", "\u00a0", "(", ")", ":", ";", ".", "€ 1.140,--",
]


@lru_cache(maxsize=1)
def bases() -> tuple[str, ...]:
    """Cleaned ruling texts to mutate: the seed (when beside us) and corpus PDFs (pdfium: fast)."""
    from geschil.ingest import load

    texts = [load(SEED_TXT).text] if SEED_TXT.exists() else []
    for pdf in sorted((ROOT / "corpus").glob("*.pdf"))[:6]:
        if not pdf.name.startswith("seed_"):
            texts.append(load(pdf, backend="pdfium").text)
    if not texts:
        pytest.skip("no ruling text to mutate")
    return tuple(texts)


@st.composite
def mutated(draw) -> str:
    """A real ruling text with a few slices deleted, doubled, replaced or truncated."""
    text = draw(st.sampled_from(bases()))
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 600)))
        op = draw(st.sampled_from(["delete", "insert", "double", "truncate", "case", "noise"]))
        if op == "delete":
            text = text[:i] + text[j:]
        elif op == "insert":
            text = text[:i] + draw(st.sampled_from(SNIPPETS)) + text[i:]
        elif op == "double":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "truncate":
            text = text[:i]
        elif op == "case":
            text = text[:i] + text[i:j].swapcase() + text[j:]
        else:
            text = text[:i] + draw(st.text(max_size=20)) + text[j:]
    return text


spliced = st.lists(st.one_of(st.sampled_from(SNIPPETS), st.text(max_size=8)), max_size=40).map("".join)
anything = st.one_of(st.text(max_size=1500), spliced, mutated())


def _in_bounds(text: str, start: int, end: int) -> None:
    assert 0 <= start <= end <= len(text), (start, end, len(text))


# ---- ingest.clean --------------------------------------------------------------------------

@FAST
@given(pages=st.lists(anything, min_size=1, max_size=4))
@example(pages=["verze-\nkerd  \u00ad\ufb01 a\n\n\n\nb\t"])
def test_clean_maps_every_character_back(pages):
    text, origin = clean(pages)
    raw = "\n".join(pages)
    assert len(origin) == len(text)
    assert origin == sorted(origin)
    for i, ch in enumerate(text):
        assert 0 <= origin[i] < len(raw)
        # a kept character is itself; a replaced one stands where CHAR_MAP / a space run was; the
        # space a comma glued to the next word is given ("B,hierna") stands where the comma was
        assert raw[origin[i]] == ch or raw[origin[i]] in CHAR_MAP or (ch in " \n" and raw[origin[i]].isspace()) \
            or (ch == " " and raw[origin[i]] == "," and text[i - 1] == ",")


# ---- dates ---------------------------------------------------------------------------------

@FAST
@given(text=anything, data=st.data())
@example(text="31-02-2021 en 29 februari 2024, medio 2019", data=None)
def test_dates_point_at_what_they_read(text, data):
    start, end = 0, len(text)
    if data is not None:
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
    found = find_dates(text, start, end)
    for d in found:
        assert start <= d.start < d.end <= end
        assert text[d.start:d.end] == d.text
        assert d.earliest <= d.latest
        assert (d.date is not None) == (d.precision == "day")
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


# ---- sections and the field extractors -----------------------------------------------------

@FAST
@given(text=anything)
def test_sections_tile_the_text_in_order(text):
    sections = find_sections(text)
    assert sections and all(s.kind in KINDS for s in sections)
    for s in sections:
        _in_bounds(text, s.start, s.end)
    assert all(a.end == b.start for a, b in zip(sections, sections[1:], strict=False))
    assert sections[-1].end == len(text)


def _check_found(text: str, name: str, found) -> None:
    """Every Found lies inside the text, and its span holds what its value says."""
    if found is None:
        return
    _in_bounds(text, found.start, found.end)
    held, value = text[found.start:found.end], found.value
    if name == "case_number":
        assert held.replace(" ", "") == value
    elif name == "place":
        assert held == value
    elif name == "members":  # a name broken over two lines is given on one, and as printed where a
        # title lost its space or the initials came out in lower case ("m.T.C.J. Nauta-Sluijs")
        assert hx.spaced_name(squash(held)) == value
    elif name in ("date", "hearing_date", "accident_date", "application_dates"):
        assert value in [d.date for d in find_dates(held)]
    elif name in ("events", "requests"):
        assert squash(held) == value["text"]
    elif name == "treatment_dates":
        assert [value["earliest"], value["latest"]] == [find_dates(held)[0].earliest, find_dates(held)[0].latest]
    elif name in ("insurers", "requester", "representative"):
        label = value.get("name") or value.get("label")
        assert label is None or squash(held).startswith(label)
    elif name == "policies":
        assert value["name"] is None or squash(held) == value["name"]


def _fields(text: str, sections):
    """(name, Found | None) of every field extractor that takes (text, sections)."""
    head = first(sections, "head") or sections[0]
    block = hx.head_block(text, head)
    members, chair = hx.members(text, head)
    place, date = hx.signature(text, sections)
    requester, rep, insurers = px.parties(text, sections, block)
    yield from [("case_number", hx.case_number(text, sections, block)), ("place", place),
                ("date", date), ("hearing_date", hx.hearing_date(text, sections, block, sentences)),
                ("chair", chair), ("requester", requester), ("representative", rep),
                ("outcome", ox.outcome(text, sections)), ("advice_followed", prx.advice_followed(text, sections)),
                ("accident_date", fx.accident_date(text, sections)), ("age", fx.age(text, sections)),
                ("contracted_provider", fx.contracted_provider(text, sections)),
                ("prior_approval", fx.prior_approval(text, sections)[1])]
    yield from (("block", f) for f in block.values())
    for name, many in [("members", members), ("insurers", insurers), ("policies", px.policies(text, sections)),
                       ("events", prx.events(text, sections)), ("requests", prx.requests(text, sections)),
                       ("advice", prx.advice(text, sections)),
                       ("application_dates", fx.application_dates(text, sections)),
                       ("treatment_dates", fx.treatment_dates(text, sections))]:
        yield from ((name, f) for f in many)


@FAST
@given(text=anything)
@example(text="Zaaknummer:\r")  # regression: a blank label value gave start > end
@example(text="Partijen : \x0b\nZittingsdatum :\u2028\n")
def test_field_extractors_point_at_what_they_found(text):
    sections = find_sections(text)
    for name, found in _fields(text, sections):
        _check_found(text, name, found)


def test_field_extractors_on_the_unmutated_rulings():
    """The same promise on every base text as it is (no mutation at all)."""
    for text in bases():
        for name, found in _fields(text, find_sections(text)):
            _check_found(text, name, found)


# ---- citations -----------------------------------------------------------------------------

@FAST
@given(text=anything)
def test_citations_quote_their_span(text):
    pytest.importorskip("geschil.extract.citations")
    from geschil.extract.citations import find_citations, find_decisions

    sections = find_sections(text)
    for item in [*find_citations(text, sections), *find_decisions(text)]:
        assert item.span is not None
        _in_bounds(text, *item.span)
        assert text[item.span[0]:item.span[1]] == item.raw


# ---- the whole record ----------------------------------------------------------------------

@SLOW
@given(text=st.one_of(mutated(), spliced))
def test_record_evidence_quotes_its_span(text):
    doc = Document(path="mutated.txt", sha256="0" * 64, raw_pages=text.split("\f"))
    doc.text, doc.origin = clean(doc.raw_pages)
    try:
        record = build_record(doc)
    except GeschilError:
        return  # NotARuling and friends are the tool's own answers
    for key, ev in record.evidence.items():
        assert doc.text[ev.span[0]:ev.span[1]] == ev.quote, key
        assert 1 <= ev.page <= doc.page_count, key
    for item in [*record.events, *record.requests]:
        _in_bounds(doc.text, *item.span)
        assert 1 <= item.page <= doc.page_count
    for item in [*record.citations, *record.decisions_cited]:
        assert doc.text[item.span[0]:item.span[1]] == item.raw
