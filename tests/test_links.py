"""Links from the HTML outputs: the PDF at its page, relative to the page; ECLI decisions."""

from __future__ import annotations

import pytest

from geschil.output.links import decision_url, file_href


@pytest.mark.parametrize("path, base, page, href", [
    ("rulings/a.pdf", "rulings", 3, "a.pdf#page=3"),
    ("rulings/a.pdf", "out", None, "../rulings/a.pdf"),
    ("rulings/sub dir/b.PDF", "rulings", 1, "sub%20dir/b.PDF#page=1"),
    ("rulings/a.txt", "rulings", 2, "a.txt"),  # a text file has no pages to open
    ("x/y#1.pdf", "x", 2, "y%231.pdf#page=2"),
])
def test_file_href(tmp_path, monkeypatch, path, base, page, href):
    monkeypatch.chdir(tmp_path)
    assert file_href(path, base, page) == href


@pytest.mark.parametrize("kind, ident, url", [
    ("ecli", "ECLI:NL:CRVB:2019:1234",
     "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:CRVB:2019:1234"),
    ("skgz", "201501234", None),
    ("other", "Nota van Toelichting", None),
])
def test_decision_url(kind, ident, url):
    assert decision_url(kind, ident) == url
