"""One page's text from pypdfium2, in reading order, and whether its words look glued.

- A page with a /Rotate entry whose text is upright in the page's own space (a portrait page
  shown sideways) is read in the content's order, not in the rotated display's, which
  scrambles its lines.
- A producer that positions words without space glyphs (groff/Ghostscript, some typesetters)
  leaves pdfium to guess the spaces, and it guesses fewer than pdfplumber. Such a page is
  measured, not guessed: pdfium counts the separately placed runs of text
  (FPDFText_CountRects) for free, and a page with more runs than spaces and line breaks to
  separate them is glued. A run drawn as one TJ array with numeric gaps between its words (as
  Ghostscript writes) is one rect, so a second measure: a page nearly all of whose spaces
  pdfium wrote itself (FPDFText_IsGenerated) drew no space glyphs, and every word boundary on it is
  pdfium's guess; it is glued too. Such a page gets its spaces back as pdfplumber finds them:
  where a character's origin stands more than GAP past the end of the one before it on its line
  (its origin plus the font's advance width for it). pdfium's character boxes would not do (the
  loose ones include overhangs: "ofmindere", "zelfmoet"). A pdfium without the calls this needs
  leaves the page to pdfplumber, as does a page whose characters and text do not align.
"""

from __future__ import annotations

import ctypes
import math
from typing import NamedTuple


class PageText(NamedTuple):
    text: str  # the page's text (before the backend's hyphen normalisation), spaced if it can be
    raw: str  # pypdfium2's own
    glued: bool  # whether pypdfium2's own measures as glued
    left: bool  # glued, and not spaced here: pdfplumber's to read


def page_text(page) -> PageText:
    """The text of a pypdfium2 page, in reading order, with its words spaced."""
    textpage = page.get_textpage()
    try:
        if page.get_rotation() and _upright(textpage):
            textpage.close()
            page.set_rotation(0)  # read as written, not as displayed
            textpage = page.get_textpage()
        # the whole text layer: get_text_bounded() would drop what overflows the page box
        text = textpage.get_text_range()
        if not _glued(textpage, text):
            return PageText(text, text, False, False)
        spaced = respaced(textpage, text)
        return PageText(spaced or text, text, True, spaced is None)
    finally:
        textpage.close()


def _upright(textpage, sample: int = 25) -> bool:
    """Whether most sampled characters stand upright in the page's own coordinates."""
    import pypdfium2.raw as raw

    count = textpage.count_chars()
    if count <= 0:
        return False
    step = max(1, count // sample)
    angles = [raw.FPDFText_GetCharAngle(textpage.raw, i) for i in range(0, count, step)]
    flat = sum(1 for a in angles if a >= 0 and min(a, 2 * math.pi - a) < 0.1)
    return flat * 2 > len(angles)


def _glued(textpage, text: str) -> bool:
    import pypdfium2.raw as raw

    runs = raw.FPDFText_CountRects(textpage.raw, 0, -1)
    separators = sum(text.count(c) for c in (" ", "\n", "\ufffe", "\x02"))
    return runs > separators + 1 or _spaces_guessed(textpage, text)


# Even a short last page (the decision and the signature) is measured: two spaces suffice, a
# false alarm only costs a pdfplumber reading. At most SAMPLE spaces, spread over the page,
# are asked (a page's few hundred would cost more than its text).
MIN_SPACES, SAMPLE = 2, 32


def _spaces_guessed(textpage, text: str) -> bool:
    """Whether pdfium generated nearly all of the page's spaces (no space glyph was drawn)."""
    import pypdfium2.raw as raw

    if text.count(" ") < MIN_SPACES:
        return False
    step = len(text) / SAMPLE
    spaces = {text.find(" ", int(k * step)) for k in range(SAMPLE)} - {-1}
    generated = sum(raw.FPDFText_IsGenerated(textpage.raw, i) == 1 for i in spaces)
    # three in four: gropdf draws its space glyphs but moves to kerned and justified pieces,
    # where pdfium adds up to half of a page's spaces itself; a glyph-less page has all
    return generated * 4 > len(spaces) * 3


# pdfplumber's x_tolerance as geschil reads with it (backends._plumber_text): a gap wider than
# this, in the page's units, parts two words
GAP = 1.5
_CALLS = ("FPDFText_GetTextObject", "FPDFTextObj_GetFont", "FPDFFont_GetGlyphWidth",
          "FPDFTextObj_GetFontSize", "FPDFPageObj_GetMatrix", "FPDFText_GetCharOrigin")


def respaced(textpage, text: str) -> str | None:
    """The page's text with a space wherever a drawn character stands more than GAP past the
    advance of the one before it on its line; None when this pdfium lacks the calls or its
    characters are not the text's one for one (a character outside the BMP)."""
    import pypdfium2.raw as raw

    if not all(hasattr(raw, name) for name in _CALLS) or textpage.count_chars() != len(text):
        return None
    handle, x, y = textpage.raw, ctypes.c_double(), ctypes.c_double()
    advance = _Advance(raw, handle)
    out: list[str] = []
    end = start = line = None  # the previous drawn character: its advance's end, origin, baseline
    for i, c in enumerate(text):
        if c in "\r\n" or raw.FPDFText_IsGenerated(handle, i) == 1:
            out.append(c)
            end = None if c in "\r\n" else end
            continue
        raw.FPDFText_GetCharOrigin(handle, i, x, y)
        width, size = advance(i, c)
        if end is not None and abs(y.value - line) < size / 2:
            if abs(x.value - start) < 0.01:  # one glyph drawn as two letters (a ligature)
                end += width
                out.append(c)
                continue
            if x.value - end > GAP and c != " " and out[-1] != " ":
                out.append(" ")
        out.append(c)
        end, start, line = x.value + width, x.value, y.value
    return "".join(out)


class _Advance:
    """A character's advance width and font size in page units, from its text object's font,
    size and matrix (asked once per object, and per object and character)."""

    def __init__(self, raw, handle) -> None:
        self.raw, self.handle = raw, handle
        self.objects: dict[int, tuple] = {}
        self.widths: dict[tuple[int, str], tuple[float, float]] = {}

    def __call__(self, i: int, c: str) -> tuple[float, float]:
        raw = self.raw
        obj = raw.FPDFText_GetTextObject(self.handle, i)
        key = ctypes.cast(obj, ctypes.c_void_p).value or 0
        found = self.widths.get((key, c))
        if found is None:
            font, size, scale = self._object(obj, key)
            width = ctypes.c_float()
            if not raw.FPDFFont_GetGlyphWidth(font, ord(c), size, width):
                width.value = 0.0
            found = self.widths[(key, c)] = (width.value * scale, size * scale)
        return found

    def _object(self, obj, key: int) -> tuple:
        found = self.objects.get(key)
        if found is None:
            raw = self.raw
            size, matrix = ctypes.c_float(), raw.FS_MATRIX()
            raw.FPDFTextObj_GetFontSize(obj, size)
            raw.FPDFPageObj_GetMatrix(obj, matrix)
            found = self.objects[key] = (raw.FPDFTextObj_GetFont(obj), size.value,
                                         math.hypot(matrix.a, matrix.b))
        return found
