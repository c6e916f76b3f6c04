"""The report as an analyst reads it: every ruling in a searchable, sortable table, Dutch labels,
links to the PDF page and the decision, nonexistent citations and anonymised insurers shown as
such. The browser checks run only where Chromium is installed."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from output_fakes import corpus, record

from geschil.models import Citation, DecisionRef
from geschil.output import report


def _plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.fixture(scope="module")
def page() -> str:
    pairs = corpus()
    rec = pairs[0][0]
    rec.citations.append(Citation(law="Zvw", article="2.1", flags=["nonexistent"],
                                  raw="artikel 2.1 Zvw", page=3, span=(500, 515),
                                  note="Zvw has no article numbered 2.1"))
    rec.decisions_cited.append(DecisionRef(kind="ecli", id="ECLI:NL:CRVB:2019:1234",
                                           raw="ECLI:NL:CRVB:2019:1234", page=2, span=(600, 622)))
    anon = record(9, insurer="C")
    pairs.append((anon, None))
    return report.render(pairs, base="rulings", annotated={"rulings/001.pdf": "r_annotated/1.html",
                                                           "rulings/002.pdf": "r_annotated/2.html"})


def test_every_ruling_is_a_row_of_the_table(page):
    table = page.split('<table id="rulings">')[1].split("</table>")[0]
    rows = re.findall(r"<tr>\s*<td", table.split("<tbody>")[1])
    assert len(rows) == 6  # four rulings, one failed file, the anonymised one
    head = _plain(table.split("</thead>")[0])
    for column in ("zaaknummer", "datum uitspraak", "zorgverzekeraar", "uitkomst", "controle",
                   "bestand"):
        assert column in head
    assert 'data-sort="2024-03-13"' in table and "13 maart 2024" in table


def test_search_and_sort_are_inline_and_nothing_is_fetched(page):
    assert '<input id="search" type="search"' in page
    assert "<script>" in page and 'addEventListener("input"' in page and "aria-sort" in page
    assert not re.search(r"<script[^>]*\bsrc=", page)


def test_dutch_labels_by_default(page):
    text = _plain(page)
    for word in ("afgewezen", "toegewezen", "gedeeltelijk toegewezen", "afwijkend", "onbepaald",
                 "Alle uitspraken", "Meest aangehaalde bepalingen"):
        assert word in text, word
    assert "rejected" not in text.split("Alle uitspraken")[1].split("Afwijkende")[0]


def test_files_and_annotated_views_are_linked(page):
    assert 'href="001.pdf"' in page and 'href="r_annotated/1.html"' in page


def test_evidence_opens_the_pdf_at_its_page_and_the_finding_in_the_annotated_view(page):
    flagged = page.split("Afwijkende en onbepaalde uitspraken")[1].split("<h2")[0]
    assert re.search(r'href="002\.pdf#page=3">p\. 3</a>', flagged)
    assert 'href="r_annotated/2.html#finding-1"' in flagged


def test_a_nonexistent_citation_stands_out(page):
    section = page.split('id="nonexistent"')[1].split("<h2")[0]
    assert 'class="flag">bestaat niet</span> <b>Zvw 2.1</b>' in section
    assert 'href="001.pdf#page=3"' in section
    provisions = page.split("Meest aangehaalde bepalingen")[1].split("<h2")[0]
    assert "Zvw 2.1<" not in provisions


def test_ecli_links_to_its_decision(page):
    assert ('<a href="https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:CRVB:2019:1234">'
            in page)


def test_anonymised_insurers_are_grouped_but_the_label_kept(page):
    table = page.split('<table id="rulings">')[1].split("</table>")[0]
    assert '<td title="C">geanonimiseerd</td>' in table
    chart = page.split('id="chart-insurers"')[1]
    assert "geanonimiseerd" in chart and ">C<" not in chart


@pytest.mark.parametrize("name, anonymised", [("C", True), ("D.", True), ("X.X.X. xxx", True),
                                              ("xxx", True), ("CZ", False), ("VGZ", False),
                                              ("VGZ N.V.", False),
                                              ("Menzis Zorgverzekeraar N.V.", False)])
def test_which_insurer_labels_count_as_anonymised(name, anonymised):
    rec = record(1, insurer=name)
    assert (report.insurer_group(rec, "nl") == "geanonimiseerd") is anonymised


def test_many_insurers_share_an_others_bar():
    pairs = [(record(n, insurer=f"Verzekeraar {n:02d} N.V."), None) for n in range(14)]
    table = report._insurers(pairs, "nl")
    assert len(table) == report.TOP_INSURERS and list(table)[-1] == "overige"
    assert sum(table["overige"].values()) == 14 - (report.TOP_INSURERS - 1)
    assert "overige" in report.context(pairs)["chart_insurers"]


def test_group_headings_keep_their_spaces_and_name_the_shared_finding():
    from output_fakes import check

    r1, r2 = record(1, outcome="rejected"), record(2, outcome="granted")
    html = report.render([(r1, check(r1, status="divergent")), (r2, check(r2, status="divergent"))])
    assert re.search(r"Bzv 2\.7 lid 1 onder a</a> \+ peri-implantitis, voldaan", html)


def test_english_on_request():
    text = _plain(report.render(corpus(), lang="en"))
    assert "All rulings" in text and "partially granted" in text and "divergent" in text


# ---- in a browser ---------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
MEASURE = ("<script>document.body.setAttribute('data-width', "
           "document.documentElement.scrollWidth);"
           "document.body.setAttribute('data-count', document.getElementById('count').textContent);"
           "</script></body>")


def _dom(html: str, width: int) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.html"
        path.write_text(html.replace("</body>", MEASURE), encoding="utf-8")
        done = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
             "--disable-background-networking", "--disable-component-update", "--no-first-run",
             f"--user-data-dir={tmp}/profile", f"--window-size={width},900", "--dump-dom",
             path.as_uri()], capture_output=True, text=True, timeout=120)
    return done.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
@pytest.mark.parametrize("width", [800, 1280])
def test_no_horizontal_scrolling_and_the_script_runs(page, width):
    dom = _dom(page, width)
    measured = re.search(r'data-width="(\d+)"', dom)
    assert measured, dom[-500:]
    assert int(measured.group(1)) <= width
    assert 'data-count="6 van 6 uitspraken"' in dom
