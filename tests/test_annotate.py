"""`geschil annotate`: the cleaned text with every value, citation and finding marked (displaCy)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from geschil.cli import app
from geschil.output import annotate

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ECLI_RULING = CORPUS / "classic_2015_agenesie.pdf"


@pytest.fixture(scope="module")
def seed_html(seed_pdf, tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("ann") / "ruling.html"
    result = CliRunner().invoke(app, ["annotate", str(seed_pdf), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def test_pages_in_order_each_linked_to_the_pdf_at_its_page(seed_html):
    pages = re.findall(r'<section class="page" id="page-(\d+)">', seed_html)
    assert pages == [str(n) for n in range(1, len(pages) + 1)] and len(pages) > 5
    assert re.search(r'href="[^"]*seed_202501427\.pdf#page=3"', seed_html)


def test_citations_are_marked_and_linked_to_the_law(seed_html):
    assert 'href="https://wetten.overheid.nl/jci1.3:c:BWBR0018492&amp;artikel=2.7' in seed_html
    assert "Bzv 2.7 lid 1 onder a" in seed_html


def test_a_nonexistent_citation_stands_out(seed_html):
    assert "Zvw 2.1 · bestaat niet" in seed_html
    assert annotate.COLOURS["nonexistent"] in seed_html


def test_values_parties_and_dates_are_labelled(seed_html):
    plain = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", seed_html))
    for label in ("case_number", "decision_date", "insurers.0", "members.0",
                  "facts.accident_date", "hearing", "zorginstituut advice final"):
        assert f" {label} " in plain, label
    assert " gebeurtenis " in plain and " bevinding " in plain  # the key of colours, in Dutch


def test_legend_of_findings_jumps_to_their_evidence(seed_html):
    legend = seed_html.split('<ol class="legend">')[1].split("</ol>")[0]
    jumps = re.findall(r'href="#(t\d+)"', legend)
    assert jumps, legend[:500]
    for anchor in jumps:
        assert f'id="{anchor}"' in seed_html
    assert "niet voldaan" in legend  # Dutch verdicts by default
    assert "#1 " in seed_html  # the evidence carries its finding's number


def test_the_committees_grounds_are_marked_and_listed(seed_html):
    grounds = seed_html.split('<h2>Gronden van de commissie</h2>')[1].split("</ol>")[0]
    assert "bzv_2_7_1_a" in grounds and "oordeel van de commissie" in grounds
    assert "latest_application" in grounds and "klopt" in grounds  # recomputed and agreeing
    for anchor in re.findall(r'href="#(t\d+)"', grounds):
        assert f'id="{anchor}"' in seed_html
    assert "G1 " in seed_html and annotate.COLOURS["ground"] in seed_html


def test_english_labels(seed_pdf, tmp_path):
    out = tmp_path / "en.html"
    assert CliRunner().invoke(app, ["annotate", str(seed_pdf), "-o", str(out), "--lang", "en"]
                              ).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert "Zvw 2.1 · does not exist" in html and "Findings" in html


def test_ecli_links_to_its_decision(tmp_path):
    out = tmp_path / "r.html"
    annotate.write(out, ECLI_RULING)
    html = out.read_text(encoding="utf-8")
    assert ('href="https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:RBUTR:2011:BQ1234"'
            in html)


def test_a_bad_file_is_one_error_line(tmp_path):
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"not a pdf")
    result = CliRunner().invoke(app, ["annotate", str(bad), "-o", str(tmp_path / "o.html")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {bad}: unreadable")


@pytest.mark.parametrize("text, expected", [
    ("Kop\nEen lange regel die niet eindigt met een punt maar wel heel lang is, langer dan zestig\n"
     "tekens, en hier eindigt.\nNog een.", ["Kop\n", "Een lange regel", "Nog een."]),
    ("", []),
])
def test_blocks(text, expected):
    got = [text[a:b] for a, b in annotate.blocks(text, 0, len(text))]
    assert [g[: len(e)] for g, e in zip(got, expected, strict=True)] == expected


def test_spans_cover_the_tokens_a_mark_touches():
    text = "artikel 2.7, eerste lid"
    tokens = annotate._tokens(text, 0, len(text))
    (span,) = annotate._spans(tokens, [annotate.Mark(8, 11, "Bzv 2.7", "citation", "u", "w")])
    assert (span["start_token"], span["end_token"]) == (1, 2)
    assert span["kb_url"] == "u"


def test_legend_items_read_rule_basis_colon_without_a_stray_space(seed_html):
    legend = seed_html.split('<ol class="legend">')[1].split("</ol>")[0]
    assert "</b>:" in legend or "</b> (" in legend
    assert "</b>\n" not in legend and " :" not in re.sub(r"<[^>]+>", "", legend)


def test_report_links_each_ruling_to_its_annotated_view(tmp_path):
    out = tmp_path / "rep" / "report.html"
    result = CliRunner().invoke(app, ["report", str(ECLI_RULING), "-o", str(out), "--no-cache"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    (view,) = (tmp_path / "rep" / "report_annotated").iterdir()
    assert f'href="report_annotated/{view.name}"' in html
    assert "uitspraken.rechtspraak.nl" in view.read_text(encoding="utf-8")
    assert '#page=' in view.read_text(encoding="utf-8")
