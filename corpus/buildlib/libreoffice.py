"""Draw laid-out pages with LibreOffice's own PDF export (`soffice --headless --convert-to pdf`).

Each line of our layout becomes a Writer paragraph (a flat ODT written here), its runs placed
by tab stops in the layout's DejaVu faces, each page started by a page break: LibreOffice's
writer then embeds and subsets the fonts and writes the text as it writes any document. Its
dates and document id are set to fixed values afterwards (same length, so the offsets stay),
so that a rebuild gives the same bytes.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from itertools import groupby
from pathlib import Path
from xml.sax.saxutils import escape

from .layout import MARGIN, PAGE_H, PAGE_W, Run
from .tools import require

FAMILIES = {"serif": ("DejaVu Serif", "normal", "normal"), "serif-b": ("DejaVu Serif", "bold", "normal"),
            "serif-i": ("DejaVu Serif", "normal", "italic"), "sans": ("DejaVu Sans", "normal", "normal")}
LINE = 12.0  # a paragraph's fixed line height; the space above it places its baseline
RIGHT_MARGIN = 14.0
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
FIXED_DATE = b"D:20240101120000Z"


def _lines(pages: list[list[Run]]):
    """(page number, y, runs left to right) for every line of every page."""
    for number, runs in enumerate(pages):
        for y, same in groupby(sorted(runs, key=lambda r: (r.y, r.x)), key=lambda r: r.y):
            yield number, y, list(same)


def _text_style(run: Run) -> str:
    return f"T{'-'.join([run.font, f'{run.size:g}'])}".replace(".", "_")


def _paragraph(index: int, page: int, first: bool, space: float, runs: list[Run]) -> tuple[str, str]:
    """The automatic style and the body of one line."""
    stops = "".join(f'<style:tab-stop style:position="{r.x - MARGIN:.2f}pt"/>' for r in runs
                    if r.x > MARGIN + 0.5)
    brk = ' fo:break-before="page"' if first and page else ""
    style = (f'<style:style style:name="P{index}" style:family="paragraph">'
             f'<style:paragraph-properties fo:margin-top="{max(space, 0):.2f}pt" fo:margin-bottom="0pt" '
             f'fo:line-height="{LINE:g}pt"{brk}><style:tab-stops>{stops}</style:tab-stops>'
             f'</style:paragraph-properties></style:style>')
    # a justified word's trailing space goes: the tab separates it from the next, and a space
    # a hair wider in LibreOffice than in our metric would pass the next stop and wrap the line
    texts = [r.text.rstrip(" ") if i + 1 < len(runs) else r.text for i, r in enumerate(runs)]
    body = "".join(("<text:tab/>" if r.x > MARGIN + 0.5 else "")
                   + f'<text:span text:style-name="{_text_style(r)}">{escape(text)}</text:span>'
                   for r, text in zip(runs, texts, strict=True))
    return style, f'<text:p text:style-name="P{index}">{body}</text:p>'


def flat_odt(pages: list[list[Run]], title: str, subject: str, author: str) -> str:
    styles, body, previous, current = [], [], {}, -1
    faces = {(r.font, r.size) for page in pages for r in page}
    for font, size in sorted(faces):
        family, weight, slant = FAMILIES[font]
        styles.append(f'<style:style style:name="{_text_style(Run(0, 0, "", font, size))}" '
                      f'style:family="text"><style:text-properties style:font-name="{family}" '
                      f'fo:font-size="{size:g}pt" fo:font-weight="{weight}" fo:font-style="{slant}"/>'
                      '</style:style>')
    for index, (page, y, runs) in enumerate(_lines(pages)):
        first = page != current
        current = page
        above = previous.get(page, 0.0)
        style, para = _paragraph(index, page, first, y - above - LINE, runs)
        previous[page] = y
        styles.append(style)
        body.append(para)
    fonts = "".join(f'<style:font-face style:name="{f}" svg:font-family="\'{f}\'"/>'
                    for f in ("DejaVu Serif", "DejaVu Sans"))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
            f'office:mimetype="application/vnd.oasis.opendocument.text">'
            f'<office:meta><dc:title>{escape(title)}</dc:title><dc:subject>{escape(subject)}'
            f'</dc:subject><meta:initial-creator>{escape(author)}</meta:initial-creator></office:meta>'
            f'<office:font-face-decls>{fonts}</office:font-face-decls>'
            f'<office:styles/><office:automatic-styles>'
            f'<style:page-layout style:name="pm1"><style:page-layout-properties '
            f'fo:page-width="{PAGE_W:g}pt" fo:page-height="{PAGE_H:g}pt" fo:margin-top="0pt" '
            f'fo:margin-bottom="0pt" fo:margin-left="{MARGIN:g}pt" fo:margin-right="{RIGHT_MARGIN:g}pt"/>'
            f'</style:page-layout>{"".join(styles)}</office:automatic-styles>'
            f'<office:master-styles><style:master-page style:name="Standard" '
            f'style:page-layout-name="pm1"/></office:master-styles>'
            f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document>\n')


def _fixed(pdf: bytes) -> bytes:
    """Dates, the document id and checksum set to fixed values of the same length."""
    pdf = re.sub(rb"D:\d{14}[^)>]*", lambda m: FIXED_DATE.ljust(len(m.group()), b" ")[:len(m.group())], pdf)
    pdf = re.sub(rb"/DocChecksum\s*/([0-9A-Fa-f]+)", lambda m: m.group().replace(
        m.group(1), b"0" * len(m.group(1))), pdf)
    return re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>",
                  lambda m: m.group().replace(m.group(1), b"0" * len(m.group(1)))
                  .replace(m.group(2), b"0" * len(m.group(2))), pdf)


def libreoffice(pages: list[list[Run]], title: str, subject: str, author: str) -> bytes:
    soffice = require("soffice", "libreoffice", hint="LibreOffice is not installed (Debian: "
                      "apt-get install --no-install-recommends libreoffice-writer-nogui)")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "ruling.fodt"
        src.write_text(flat_odt(pages, title, subject, author), encoding="utf-8")
        profile = Path(tmp) / "profile"
        result = subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                                 "--convert-to", "pdf", "--outdir", tmp, str(src)],
                                capture_output=True, timeout=300, check=False,
                                env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"})
        out = Path(tmp) / "ruling.pdf"
        if not out.exists():
            raise RuntimeError(f"LibreOffice failed: {result.stderr.decode(errors='replace')}")
        return _fixed(out.read_bytes())
