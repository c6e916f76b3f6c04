"""Shared fixtures: the seed ruling (not ours: read from ../shared at test time) as PDF and text."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_TXT = SHARED / "seeds" / "002_f22031c86958e11f.txt"
SEED_PDF = ROOT / "build" / "seed_202501427.pdf"


def pytest_configure(config):
    # the user's cache dir stays untouched: the tests' records and kept regex code go elsewhere
    os.environ["XDG_CACHE_HOME"] = os.path.join(tempfile.gettempdir(), f"geschil-tests-{os.getuid()}")


@pytest.fixture(scope="session")
def seed_txt() -> Path:
    if not SEED_TXT.exists():
        pytest.skip("the seed ruling lives in ../shared, which is not beside this checkout")
    return SEED_TXT


@pytest.fixture(scope="session")
def seed_pdf(seed_txt) -> Path:
    if not SEED_PDF.exists():
        subprocess.run([sys.executable, str(ROOT / "corpus" / "build.py"), "--seed-only"], check=True)
    return SEED_PDF
