"""pdfium (the default, fast) and pdfplumber (the reference) give the same records on the corpus.

Field by field, ignoring nothing but source.path: every value, span, page and quote. A field
that comes to differ must be listed in KNOWN with the reason, or this test fails.
"""

from __future__ import annotations

import conftest_zoo as zoo
import pytest

from geschil.ingest.backends import BACKENDS, DEFAULT_BACKEND, _pdfium_text
from geschil.pipeline import extract_path

# corpus stem → fields allowed to differ between the backends (none today).
KNOWN: dict[str, set[str]] = {}


@pytest.fixture(scope="module")
def records():
    cache: dict = {}

    def get(pdf, backend):
        if (pdf, backend) not in cache:
            cache[pdf, backend] = extract_path(pdf, backend=backend).model_dump(mode="json")
        return cache[pdf, backend]

    return get


def _differing(a: dict, b: dict) -> set[str]:
    """Top-level fields that differ; source without its path."""
    a, b = dict(a), dict(b)
    a["source"] = {k: v for k, v in a["source"].items() if k != "path"}
    b["source"] = {k: v for k, v in b["source"].items() if k != "path"}
    return {k for k in a.keys() | b.keys() if a.get(k) != b.get(k)}


@pytest.mark.parametrize("pdf", zoo.good_rulings(), ids=lambda p: p.stem)
def test_backends_agree_field_by_field(records, pdf):
    plumber, pdfium = records(pdf, "pdfplumber"), records(pdf, "pdfium")
    assert plumber["error"] is None and pdfium["error"] is None
    assert _differing(plumber, pdfium) == KNOWN.get(pdf.stem, set())


@pytest.mark.parametrize("pdf", zoo.good_rulings()[:3], ids=lambda p: p.stem)
def test_evidence_spans_agree(records, pdf):
    """The strongest form: every evidence span and quote is the same with both backends."""
    a, b = records(pdf, "pdfplumber")["evidence"], records(pdf, "pdfium")["evidence"]
    assert a.keys() == b.keys()
    assert [(a[k]["span"], a[k]["quote"]) for k in a] == [(b[k]["span"], b[k]["quote"]) for k in a]


@pytest.mark.parametrize(("raw", "expected"), [
    ("verzoek\ufffester", "verzoek-\nster"),  # a line-end hyphen, its line break dropped by pdfium
    ("verzoek\x02ster", "verzoek-\nster"),  # the same mark as get_text_bounded() gives it
    ("ongewij\ufffe1", "ongewij-\n1"),  # hyphen at a page's last line, then the page number
    ("regel een\r\nregel twee\rdrie", "regel een\nregel twee\ndrie"),
    ("geen afbreking", "geen afbreking"),
])
def test_pdfium_text_is_normalised(raw, expected):
    assert _pdfium_text(raw) == expected


def test_default_backend_is_pdfium_and_pdfplumber_stays():
    assert DEFAULT_BACKEND == "pdfium"
    assert set(BACKENDS) == {"pdfium", "pdfplumber"}
