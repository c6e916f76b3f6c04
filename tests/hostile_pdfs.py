"""Builders of hostile PDFs, made at test time from a good corpus ruling (pikepdf, reportlab's
font metrics): the shapes a sweep over public PDF test suites found breaking ingest."""

from __future__ import annotations

import zlib
from pathlib import Path

import pikepdf


def _each_page(src: Path, dst: Path, change) -> Path:
    with pikepdf.open(src) as pdf:
        for page in pdf.pages:
            change(pdf, page)
        pdf.save(dst)
    return dst


def shown_sideways(src: Path, dst: Path) -> Path:
    """/Rotate 90 on pages drawn upright: a portrait page displayed sideways."""
    return _each_page(src, dst, lambda pdf, page: setattr(page, "Rotate", 90))


def turned(src: Path, dst: Path, rotate: int = 90) -> Path:
    """Content drawn turned a quarter and a /Rotate that turns it back upright on screen."""
    def change(pdf, page):
        x0, y0, x1, y1 = (float(v) for v in page.MediaBox)
        w, h = x1 - x0, y1 - y0
        page.contents_coalesce()
        cm = b"0 1 -1 0 %f 0 cm" % h if rotate == 90 else b"0 -1 1 0 0 %f cm" % w
        page.Contents.write(b"q " + cm + b"\n" + page.Contents.read_bytes() + b"\nQ")
        page.MediaBox = [0, 0, h, w]
        page.Rotate = rotate
    return _each_page(src, dst, change)


def empty_password(src: Path, dst: Path) -> Path:
    """Encrypted with an empty user password (opens in any viewer without asking)."""
    with pikepdf.open(src) as pdf:
        pdf.save(dst, encryption=pikepdf.Encryption(user="", owner="eigenaar", R=4))
    return dst


def broken_page_tree(src: Path, dst: Path) -> Path:
    """The page tree's second kid is a name, not a page."""
    with pikepdf.open(src) as pdf:
        pdf.Root.Pages.Kids[1] = pikepdf.Name.Kapot
        pdf.save(dst)
    return dst


def _one_page(dst: Path, ops: bytes, font: pikepdf.Dictionary | None = None,
              compress: bool = False) -> Path:
    with pikepdf.new() as pdf:
        pdf.add_blank_page()
        page = pdf.pages[0]
        if font is not None:
            page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=pdf.make_indirect(font)))
        if compress:
            page.Contents = pdf.make_stream(zlib.compress(ops, 9))
            page.Contents.Filter = pikepdf.Name.FlateDecode
        else:
            page.Contents = pdf.make_stream(ops)
        pdf.save(dst)
    return dst


def _helvetica(first: int = 32) -> pikepdf.Dictionary:
    """Helvetica; first=33 leaves the space out of /Widths, as subset fonts do."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    chars = bytes(range(first, 256)).decode("cp1252", errors="replace")
    widths = [int(stringWidth(c, "Helvetica", 1000)) for c in chars]
    return pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                              BaseFont=pikepdf.Name.Helvetica,
                              Encoding=pikepdf.Name.WinAnsiEncoding, FirstChar=first,
                              LastChar=255, Widths=widths)


def content_bomb(dst: Path, operators: int = 3_000_000) -> Path:
    """Millions of text operators deflated into a few tens of kilobytes."""
    ops = b"BT /F1 1 Tf " + b"(a) Tj " * operators + b"ET"
    return _one_page(dst, ops, _helvetica(), compress=True)


def blank(dst: Path) -> Path:
    """A page with nothing on it."""
    return _one_page(dst, b"")


def header_moved(src: Path, dst: Path, junk: int | None = 2000) -> Path:
    """Mail/web wrapper bytes before %PDF (junk=N), or the header line missing (junk=None)."""
    data = src.read_bytes()
    if junk is None:
        dst.write_bytes(data[data.index(b"\n") + 1:])
    else:
        dst.write_bytes(b"X" * junk + b"\n" + data)
    return dst


DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def glued(lines: list[list[str]], dst: Path, gap: float = 0.5, plain: frozenset[int] = frozenset()) -> Path | None:
    """Every word placed on its own, `gap` of a space apart, and no space glyph at all: how
    groff/Ghostscript and some typesetters write text (an embedded font, as they do).
    lines: the lines of each page; pages numbered in `plain` (0-based) are written with their
    space glyphs instead. None when the DejaVu font is not installed."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if not DEJAVU.exists():
        return None
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(DEJAVU)))
    space = pdfmetrics.stringWidth(" ", "DejaVuSans", 10)
    pdf = canvas.Canvas(str(dst), invariant=1)
    for number, page_lines in enumerate(lines):
        text = pdf.beginText()
        text.setFont("DejaVuSans", 10)
        for n, line in enumerate(page_lines):
            x, y = 40.0, 800.0 - 12 * n
            if number in plain:
                text.setTextOrigin(x, y)
                text.textOut(line)
                continue
            for word in line.split():
                text.setTextOrigin(x, y)
                text.textOut(word)
                x += pdfmetrics.stringWidth(word, "DejaVuSans", 10) + gap * space
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    return dst
