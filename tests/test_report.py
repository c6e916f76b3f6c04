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
    # the committee's ground that decides it, its finding against the computation, and its quote
    assert "contradicted by the printed facts" in section and "fact missing" in section
    assert "de akkoordverklaring was verlopen" in section
    # the rules' findings stay one click away
    assert "<details" in section and "ernstige peri-implantitis" in section


def test_a_flagged_ruling_without_grounds_shows_its_reason():
    rec, chk = corpus()[2]
    bare = chk.model_copy(update={"grounds": []})
    section = report.render([(rec, bare)], lang="en").split("Divergent and undetermined rulings")[1]
    assert "rules give" in section.split("<h2>")[0]


def test_consistency_groups_and_errors(html):
    section = html.split("Consistency across rulings")[1].split("<h2>")[0]
    # 001 (rejected) and 002 (granted) name peri-implantitis, but their findings differ
    assert "No group of comparable rulings" in section
    pairs = [_with_finding(1, "rejected", "Bzv", "met"), _with_finding(2, "granted", "Bzv", "met")]
    grouped = report.render(pairs, lang="en").split("Consistency across rulings")[1]
    grouped = grouped.split("<h2>")[0]
    assert "peri-implantitis" in grouped and "202500001" in grouped and "202500002" in grouped
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
    # same condition and the same finding, different outcomes: flagged
    ([("rejected", "Bzv", "met", "peri-implantitis"), ("granted", "Bzv", "met", "peri-implantitis")],
     [("Bzv 2.7 lid 1 onder a", "peri-implantitis", "met")]),
    # same condition, different findings: the outcomes may well differ
    ([("rejected", "Bzv", "met", "peri-implantitis"), ("granted", "Bzv", "not_met", "peri-implantitis")],
     []),
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


@pytest.mark.parametrize("change, grouped", [
    ({}, True),
    ({"hypothetical": True}, False),  # named as an example, not the requester's condition
    ({"category": "2.7.1.a:generic"}, False),  # the law's own words
    ({"section": "annex"}, False),
    ({"negated": True}, False),
])
def test_which_mentions_make_a_group(change, grouped):
    pairs = [_with_finding(n, outcome, "Bzv", "met") for n, outcome in ((1, "rejected"),
                                                                         (2, "granted"))]
    for rec, _ in pairs:
        rec.facts.conditions = [c.model_copy(update=change) for c in rec.facts.conditions]
    assert bool(consistency.inconsistent(pairs)) is grouped
