"""The HTML report: self-contained, charts inline, links to the law, the divergences explained."""

from __future__ import annotations

import re

import pytest
from output_fakes import corpus

from geschil import consistency
from geschil.output import report


@pytest.fixture(scope="module")
def html() -> str:
    return report.render(corpus(), lang="en")


def test_charts_are_inline_svg(html):
    assert len(re.findall(r"<svg\b", html)) == 2
    assert 'id="chart-years"' in html and 'id="chart-insurers"' in html


@pytest.mark.parametrize("pattern", [
    r"<script[^>]*\bsrc=",  # no script fetched
    r"<link\b",  # no stylesheet fetched
    r"""\b(?:src|href)=["']?(?:https?:)?//(?!wetten\.overheid\.nl)""",  # only links to the law
    r"@import",
    r"kozea\.github\.io",  # pygal's tooltip script
])
def test_nothing_is_fetched(html, pattern):
    assert not re.search(pattern, html)


def test_provisions_link_to_wetten_overheid(html):
    assert '<a href="https://wetten.overheid.nl/jci1.3:c:BWBR0018492&amp;artikel=2.7' in html
    assert "Bzv 2.7 lid 1 onder a" in html
    assert "polis B.12.1" not in html.split("Most cited provisions")[1].split("<h2>")[0]


def test_divergent_and_undetermined_rulings_with_reasons_and_quotes(html):
    section = html.split("Divergent and undetermined rulings")[1].split("<h2>")[0]
    assert "202500002" in section and "202500003" in section
    assert "202500001" not in section  # consistent
    assert "rules give rejected" in section and "ernstige peri-implantitis" in section


def test_consistency_groups_and_errors(html):
    section = html.split("Consistency across rulings")[1].split("<h2>")[0]
    assert "peri-implantitis" in section and "202500001" in section and "202500002" in section
    errors = html.split("<h2>Errors</h2>")[1]
    assert "broken.pdf" in errors and "encrypted" in errors


def test_report_is_deterministic():
    assert report.render(corpus()) == report.render(corpus())


def test_empty_batch_still_renders():
    html = report.render([], lang="en")
    assert "<svg" in html and "0 file(s)" in html


def _with_finding(n, outcome, law, verdict, condition="peri-implantitis"):
    from output_fakes import BZV, check, record

    from geschil.models import Citation

    rec = record(n, outcome=outcome, condition=condition)
    chk = check(rec)
    basis = BZV if law == "Bzv" else Citation(law="polis", article=None)
    chk.findings[0] = chk.findings[0].model_copy(update={"legal_basis": basis, "verdict": verdict,
                                                         "rule": f"{law}_rule"})
    return rec, chk


@pytest.mark.parametrize("cases, expected", [
    # same condition, different outcomes: flagged whatever the verdicts
    ([("rejected", "Bzv", "met", "peri-implantitis"), ("granted", "Bzv", "not_met", "peri-implantitis")],
     [("Bzv 2.7 lid 1 onder a", "peri-implantitis", None)]),
    ([("rejected", "Bzv", "met", "peri-implantitis"), ("rejected", "Bzv", "met", "peri-implantitis")], []),
    ([("rejected", "Bzv", "met", "peri-implantitis"), ("granted", "Bzv", "met", "oligodontie")], []),
    # a failed policy requirement (the accident window) must end alike
    ([("rejected", "polis", "not_met", None), ("granted", "polis", "not_met", None)],
     [("polis", None, "not_met")]),
    ([("rejected", "polis", "met", None), ("granted", "polis", "met", None)], []),
    # a statutory alternative failed without a condition decides nothing on its own
    ([("rejected", "Bzv", "not_met", None), ("granted", "Bzv", "not_met", None)], []),
])
def test_consistency_groups(cases, expected):
    pairs = [_with_finding(n, *case) for n, case in enumerate(cases, 1)]
    groups = consistency.inconsistent(pairs)
    assert [(g.ground, g.condition, g.verdict) for g in groups] == expected
