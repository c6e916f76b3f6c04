"""pdfminer (under pdfplumber) measures the 14 standard fonts by its own metrics, keyed by
character, and ignores the widths the file gives. Where a producer encodes a glyph those
metrics do not name by its character (gropdf's ligature `fi`, read as two letters), the glyph
gets no width, and every later character on the line stands too far left: the next gap in
the line reads as a space inside a word ("w aarop", "definitie ve"). The file's /Widths, by
code, go first (as the PDF specification says); fonts without them keep pdfminer's metrics.
"""

from __future__ import annotations

from functools import cache


@cache
def honour_file_widths() -> None:
    """Patch pdfminer's font factory once per process."""
    from pdfminer.pdffont import PDFType1Font
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdftypes import resolve1

    original = PDFResourceManager.get_font

    def get_font(self, objid, spec):
        font = original(self, objid, spec)
        widths = resolve1(spec.get("Widths")) if isinstance(font, PDFType1Font) else None
        if isinstance(widths, list) and not getattr(font, "_file_widths", False):
            first = resolve1(spec.get("FirstChar", 0))
            # a new dict: pdfminer shares its metrics' dict between every font of that name
            font.widths = {**font.widths, **{first + i: resolve1(w) for i, w in enumerate(widths)
                                             if isinstance(resolve1(w), (int, float))}}
            font._file_widths = True
        return font

    PDFResourceManager.get_font = get_font
