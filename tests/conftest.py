"""Shared fixtures: the seed ruling (not ours: read from ../shared at test time) as PDF and text."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_TXT = SHARED / "seeds" / "002_f22031c86958e11f.txt"
SEED_PDF = ROOT / "build" / "seed_202501427.pdf"


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
