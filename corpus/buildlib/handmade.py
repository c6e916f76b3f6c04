"""A PDF written byte by byte, as some typesetters (and Ghostscript) write one: every word
placed on its own, no space glyph anywhere, and fonts subset to the glyphs drawn, so the
space has no width either. A reader must guess the spaces from the gaps, and pypdfium2
guesses too few: `(mr.G.J. Ploeger,voorzitter,`.

The DejaVu faces of the layout (TrueType, WinAnsiEncoding) draw each run where the layout
put it, its words set tight; a run's words go alternately as one TJ array with numeric gaps (as Ghostscript
writes) and as a Td/Tj pair per word.
"""

from __future__ import annotations

import hashlib
import io
import zlib

from . import fonts
from .layout import PAGE_H, PAGE_W, Run
from .tools import ToolMissing

PRODUCER = "geschil handmade PDF writer"
FIXED_DATE = "D:20240101120000Z"
FONT_IDS = {key: f"F{i}" for i, key in enumerate(fonts.FACES, start=1)}
CODES = range(32, 256)
# The interword gap of a tightly set line (0.15 em at 10.5 pt): pypdfium2 reads no space in
# most such gaps, pdfplumber (x_tolerance 1.5, as geschil reads it) reads every one.
GAP = 1.6


def _encode(text: str) -> bytes:
    return text.encode("cp1252")  # WinAnsiEncoding; a character outside it is an error


def _literal(raw: bytes) -> bytes:
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _info_string(text: str) -> bytes:
    """A document-information string in UTF-16BE with its byte order mark."""
    return b"<FEFF" + text.encode("utf-16-be").hex().upper().encode() + b">"


def _words(run: Run) -> list[tuple[float, str]]:
    """Each word of a run and its x: set tight, a narrow GAP after each word."""
    placed, x = [], run.x
    for word in run.text.split():
        placed.append((x, word))
        x += fonts.width(word, run.font, run.size) + GAP
    return placed


def _tj_array(placed: list[tuple[float, str]], run: Run) -> bytes:
    """[(word) -gap (word) …] TJ: each gap in thousandths of the font size."""
    parts, x = [], placed[0][0]
    for i, (at, word) in enumerate(placed):
        if i:
            parts.append(f"{-(at - x) * 1000 / run.size:.0f}".encode())
        parts.append(_literal(_encode(word)))
        x = at + fonts.width(word, run.font, run.size)
    return b"[" + b" ".join(parts) + b"] TJ"


def _content(runs: list[Run]) -> bytes:
    out, origin = [b"BT"], (0.0, 0.0)
    for n, run in enumerate(runs):
        placed = _words(run)
        if not placed:
            continue
        out.append(f"/{FONT_IDS[run.font]} {run.size:g} Tf".encode())
        as_array = n % 2 == 0  # one TJ array for the run, or a Td/Tj pair per word
        for x, word in placed[:1] if as_array else placed:
            y = PAGE_H - run.y
            out.append(f"{x - origin[0]:.2f} {y - origin[1]:.2f} Td".encode())
            origin = (x, y)
            out.append(_tj_array(placed, run) if as_array else _literal(_encode(word)) + b" Tj")
    out.append(b"ET")
    return b"\n".join(out)


def _font_objects(key: str, used: set[str], first: int) -> list[bytes]:
    """Font, descriptor and embedded subset (only the characters drawn: no space) of one face."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(fonts.ttf_path(key)), recalcTimestamp=False)
    upm, cmap, hmtx = font["head"].unitsPerEm, font.getBestCmap(), font["hmtx"]
    widths = []
    for code in CODES:
        char = bytes([code]).decode("cp1252", errors="ignore")
        glyph = cmap.get(ord(char)) if char in used else None
        widths.append(round(hmtx[glyph][0] * 1000 / upm) if glyph else 0)
    options = subset.Options()
    options.hinting, options.layout_features, options.notdef_outline = False, [], True
    options.drop_tables = [*options.drop_tables, "FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in used])
    subsetter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    data = buffer.getvalue()
    tag = "".join(chr(65 + b % 26) for b in hashlib.sha256(data).digest()[:6])
    name = f"{tag}+{fonts.FACES[key][0].removesuffix('.ttf')}"
    head, hhea = font["head"], font["hhea"]
    scale = 1000 / upm
    bbox = " ".join(str(round(v * scale)) for v in (head.xMin, head.yMin, head.xMax, head.yMax))
    italic = -11 if key.endswith("-i") else 0
    stream = zlib.compress(data, 9)
    return [
        (f"<< /Type /Font /Subtype /TrueType /BaseFont /{name} /FirstChar {CODES[0]} "
         f"/LastChar {CODES[-1]} /Widths [{' '.join(map(str, widths))}] "
         f"/Encoding /WinAnsiEncoding /FontDescriptor {first + 1} 0 R >>").encode(),
        (f"<< /Type /FontDescriptor /FontName /{name} /Flags {32 + (64 if italic else 0)} "
         f"/FontBBox [{bbox}] /ItalicAngle {italic} /Ascent {round(hhea.ascent * scale)} "
         f"/Descent {round(hhea.descent * scale)} /CapHeight {round(hhea.ascent * scale)} "
         f"/StemV 80 /FontFile2 {first + 2} 0 R >>").encode(),
        f"<< /Length {len(stream)} /Length1 {len(data)} /Filter /FlateDecode >>\nstream\n"
        .encode() + stream + b"\nendstream",
    ]


def handmade(pages: list[list[Run]], title: str, subject: str, author: str) -> bytes:
    if not fonts.unicode_fonts():
        raise ToolMissing("the DejaVu fonts are not installed (Debian: apt-get install fonts-dejavu-core)")
    used: dict[str, set[str]] = {key: set() for key in fonts.FACES}
    for run in (r for page in pages for r in page):
        used[run.font].update(run.text.replace(" ", ""))
    objects: list[bytes] = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    font_refs = []
    for key in fonts.FACES:
        if used[key]:
            font_refs.append(f"/{FONT_IDS[key]} {len(objects) + 1} 0 R")
            objects += _font_objects(key, used[key], len(objects) + 1)
    kids = []
    for runs in pages:
        kids.append(f"{len(objects) + 1} 0 R")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_W:g} {PAGE_H:g}] "
                       f"/Resources << /Font << {' '.join(font_refs)} >> >> "
                       f"/Contents {len(objects) + 2} 0 R >>".encode())
        stream = zlib.compress(_content(runs), 9)
        objects.append(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode()
                       + stream + b"\nendstream")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode()
    objects.append(b"<< /Title " + _info_string(title) + b" /Subject " + _info_string(subject)
                   + b" /Author " + _info_string(author) + b" /Producer " + _info_string(PRODUCER)
                   + f" /CreationDate ({FIXED_DATE}) >>".encode())
    return _serialise(objects)


def _serialise(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)
