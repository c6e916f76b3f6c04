"""Draw laid-out pages with one of several producers, as in the wild: fpdf2, reportlab, groff
(gropdf), LibreOffice's PDF export, or a PDF written by hand with no space glyphs (handmade.py).

All get fixed dates and ids so that a rebuild gives the same bytes. A producer whose program
is not installed raises ToolMissing (the builder then keeps the committed PDF).
"""

from __future__ import annotations

import datetime as dt
import io

from . import fonts
from .groff import groff
from .handmade import handmade
from .layout import PAGE_H, PAGE_W, Run
from .libreoffice import libreoffice
from .tools import ToolMissing

__all__ = ["PRODUCERS", "ToolMissing", "render"]

FIXED_DATE = dt.datetime(2024, 1, 1, 12, 0, 0, tzinfo=dt.timezone.utc)
AUTHOR = "geschil corpus builder"


def render(producer: str, pages: list[list[Run]], title: str, subject: str) -> bytes:
    return PRODUCERS[producer](pages, title, subject)


def _fpdf2(pages: list[list[Run]], title: str, subject: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(PAGE_W, PAGE_H))
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(title)
    pdf.set_subject(subject)
    pdf.set_author(AUTHOR)
    pdf.set_creator(AUTHOR)
    pdf.set_producer("PyFPDF/fpdf2")
    families = {}
    for key, (_file, _rl, core_family, core_style) in fonts.FACES.items():
        if fonts.unicode_fonts():
            pdf.add_font("dv-" + key, "", str(fonts.ttf_path(key)))
            families[key] = ("dv-" + key, "")
        else:
            families[key] = (core_family, core_style)
    for runs in pages:
        pdf.add_page()
        for run in runs:
            family, style = families[run.font]
            pdf.set_font(family, style, run.size)
            pdf.text(run.x, run.y, fonts.printable(run.text))
    return bytes(pdf.output())


def _reportlab(pages: list[list[Run]], title: str, subject: str) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    pdf.setTitle(title)
    pdf.setSubject(subject)
    pdf.setAuthor(AUTHOR)
    pdf.setCreator(AUTHOR)
    for runs in pages:
        for run in runs:
            pdf.setFont(fonts.reportlab_name(run.font), run.size)
            pdf.drawString(run.x, PAGE_H - run.y, fonts.printable(run.text))
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


PRODUCERS = {
    "fpdf2": _fpdf2,
    "reportlab": _reportlab,
    "groff": lambda pages, title, subject: groff(pages, title, subject, AUTHOR),
    "handmade": lambda pages, title, subject: handmade(pages, title, subject, AUTHOR),
    "libreoffice": lambda pages, title, subject: libreoffice(pages, title, subject, AUTHOR),
}
