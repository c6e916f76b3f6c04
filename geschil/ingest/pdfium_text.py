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
  pdfium's guess; it is glued too. The backend then reads that page with pdfplumber, whose spacing from
  the characters' advance widths is right; restoring spaces from pdfium's character boxes was
  tried and is not (its loose boxes include overhangs: "ofmindere", "zelfmoet").
"""

from __future__ import annotations

import math


def page_text(page) -> tuple[str, bool]:
    """The raw text of a pypdfium2 page (before the backend's hyphen normalisation), and
    whether it measures as glued."""
    textpage = page.get_textpage()
    try:
        if page.get_rotation() and _upright(textpage):
            textpage.close()
            page.set_rotation(0)  # read as written, not as displayed
            textpage = page.get_textpage()
        # the whole text layer: get_text_bounded() would drop what overflows the page box
        text = textpage.get_text_range()
        return text, _glued(textpage, text)
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
