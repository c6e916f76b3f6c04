"""Fonts for the corpus PDFs: DejaVu (full Unicode) when installed, else the PDF core fonts.

Both producers measure text with the same metrics (reportlab's), so a ruling breaks its lines
at the same words whichever library draws it.
"""

from __future__ import annotations

import io
import subprocess
from functools import cache, lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# Our font keys -> DejaVu file name, core-font fallback (reportlab name, fpdf2 family, style).
FACES = {
    "serif": ("DejaVuSerif.ttf", "Times-Roman", "Times", ""),
    "serif-b": ("DejaVuSerif-Bold.ttf", "Times-Bold", "Times", "B"),
    "serif-i": ("DejaVuSerif-Italic.ttf", "Times-Italic", "Times", "I"),
    "sans": ("DejaVuSans.ttf", "Helvetica", "Helvetica", ""),
}
SEARCH = [
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
]
# Characters outside latin-1 that the core-font fallback must spell differently.
LATIN1_SUBSTITUTES = {
    "‘": "'",
    "’": "'",
    "“": '"',
    "”": '"',
    "–": "-",
    "—": "-",
    "€": "EUR",
    "…": "...",
    "•": "-",
}


@lru_cache(maxsize=1)
def dejavu_dir() -> Path | None:
    """The folder holding the DejaVu TTFs, or None (then the core fonts are used)."""
    for folder in SEARCH:
        if all((folder / face[0]).exists() for face in FACES.values()):
            return folder
    try:
        out = subprocess.run(
            ["fc-match", "-f", "%{file}", "DejaVu Serif"],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    folder = Path(out).parent if out else None
    if folder and all((folder / face[0]).exists() for face in FACES.values()):
        return folder
    return None


def unicode_fonts() -> bool:
    return dejavu_dir() is not None


def ttf_path(key: str) -> Path:
    folder = dejavu_dir()
    assert folder is not None
    return folder / FACES[key][0]


# The glyphs a Dutch ruling needs; reportlab embeds from this unhinted cut, which keeps a
# PDF far below 100 KB (DejaVu's hinting tables alone are ~15 KB per face).
CHARSET = [*range(0x20, 0x7F), *range(0xA0, 0x250), *range(0x2010, 0x203B), 0x20AC, 0x2122]


def _unhinted(path: Path) -> io.BytesIO:
    from fontTools import subset
    from fontTools.ttLib import TTFont as FTFont

    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.drop_tables = [*options.drop_tables, "FFTM"]
    font = FTFont(str(path), recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=CHARSET)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    out.seek(0)
    return out


@cache
def reportlab_name(key: str) -> str:
    """Register (once) and return the reportlab font name for one of our keys."""
    if not unicode_fonts():
        return FACES[key][1]
    name = "DejaVu-" + key
    pdfmetrics.registerFont(TTFont(name, _unhinted(ttf_path(key))))
    return name


def width(text: str, key: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, reportlab_name(key), size)


def printable(text: str) -> str:
    """Text as the chosen fonts can show it (identity with DejaVu)."""
    if unicode_fonts():
        return text
    for char, sub in LATIN1_SUBSTITUTES.items():
        text = text.replace(char, sub)
    return text.encode("latin-1", "replace").decode("latin-1")
