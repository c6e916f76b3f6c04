"""Builders for the zoo of hostile inputs: each writes one bad (or odd) file at test time.

Nothing here is committed as a binary: the files are made from a good corpus ruling with
pikepdf, or drawn with fpdf2/Pillow, in a temporary folder.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED_SEEDS = ROOT.parent / "shared" / "seeds"
PASSWORD = "geheim-2026"
FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]


SEED_PDF = ROOT / "build" / "seed_202501427.pdf"  # rendered at CI time from ../shared


def good_rulings() -> list[Path]:
    """The corpus PDFs, and the seed's rendering last when it has been built."""
    return sorted(CORPUS.glob("*.pdf")) + ([SEED_PDF] if SEED_PDF.exists() else [])


def _font(pdf) -> str:
    """DejaVu when installed (any character), else the core Helvetica (latin-1 only)."""
    for folder in FONT_DIRS:
        if (folder / "DejaVuSans.ttf").exists():
            pdf.add_font("dejavu", "", str(folder / "DejaVuSans.ttf"))
            return "dejavu"
    return "helvetica"


def text_pdf(path: Path, text: str, pages: int | None = None) -> Path:
    """Render plain text into a PDF with fpdf2 (pages: repeat a one-page body that often)."""
    from fpdf import FPDF

    pdf = FPDF()
    family = _font(pdf)
    pdf.set_font(family, size=10)
    if family == "helvetica":
        text = text.encode("latin-1", "replace").decode("latin-1")
    for _ in range(pages or 1):
        pdf.add_page()
        pdf.multi_cell(0, 5, text)
    pdf.output(str(path))
    return path


def truncated(src: Path, dst: Path, keep: float = 0.4) -> Path:
    data = src.read_bytes()
    dst.write_bytes(data[: int(len(data) * keep)])
    return dst


def zero_bytes(dst: Path) -> Path:
    dst.write_bytes(b"")
    return dst


def text_named_pdf(dst: Path) -> Path:
    dst.write_text("Dit is geen PDF maar een notitie in platte tekst.\n", encoding="utf-8")
    return dst


def encrypted(src: Path, dst: Path, r: int = 6) -> Path:
    """A copy that needs PASSWORD to open (r=4: RC4/AES-128, r=6: AES-256)."""
    import pikepdf

    with pikepdf.open(src) as pdf:
        pdf.save(dst, encryption=pikepdf.Encryption(user=PASSWORD, owner=PASSWORD + "-eigenaar", R=r))
    return dst


def image_only(dst: Path, pages: int = 2) -> Path:
    """A 'scan': each page is a picture of text, with no text layer at all."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw

    pdf = FPDF()
    for n in range(pages):
        img = Image.new("L", (1240, 1754), 255)
        draw = ImageDraw.Draw(img)
        for i in range(40):
            draw.text((100, 100 + 38 * i), f"Bindend advies, regel {i} van pagina {n + 1}", fill=0)
        pdf.add_page()
        pdf.image(img, x=0, y=0, w=210, h=297)
    pdf.output(str(dst))
    return dst


def policy_document(dst: Path) -> Path | None:
    """An insurer's policy text (not a ruling), read from ../shared at test time."""
    seeds = sorted(SHARED_SEEDS.glob("000_*.txt")) + sorted(SHARED_SEEDS.glob("004_*.txt"))
    if not seeds:
        return None
    return text_pdf(dst, seeds[0].read_text(encoding="utf-8")[:6000])


def page_missing(src: Path, dst: Path, drop: int = 1) -> Path:
    """The ruling without its page `drop` (0-based): a scan batch that lost a sheet."""
    import pikepdf

    with pikepdf.open(src) as pdf:
        del pdf.pages[drop]
        pdf.save(dst)
    return dst


def very_large(src: Path, dst: Path, pages: int = 260) -> Path:
    """The ruling's pages repeated until the file has `pages` pages."""
    import pikepdf

    with pikepdf.open(src) as pdf:
        originals = list(pdf.pages)
        while len(pdf.pages) < pages:
            pdf.pages.append(originals[len(pdf.pages) % len(originals)])
        pdf.save(dst)
    return dst


def non_ascii_name(src: Path, folder: Path) -> Path:
    dst = folder / "uitspraak Çé ø – 争议 ✓.pdf"
    shutil.copyfile(src, dst)
    return dst


def symlink_loop(src: Path, folder: Path) -> Path:
    """A folder holding a ruling and a sub-folder that links back to the folder itself."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, folder / "ruling.pdf")
    (folder / "sub").mkdir(exist_ok=True)
    os.symlink(folder, folder / "sub" / "terug", target_is_directory=True)
    os.symlink(folder / "sub", folder / "lus", target_is_directory=True)
    return folder
