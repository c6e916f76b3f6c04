"""Draw laid-out pages with groff's own PDF output (`groff -Tpdf`, gropdf).

Our layout decides the lines (so the manifest's hyphenations hold); groff typesets each run
at its place with its own fonts (Times, Helvetica), kerning and ligatures, and gropdf writes
the PDF. SOURCE_DATE_EPOCH fixes its dates, so a rebuild gives the same bytes.
"""

from __future__ import annotations

import os
import subprocess
from itertools import groupby

from .layout import Run
from .tools import require

FONTS = {"serif": "TR", "serif-b": "TB", "serif-i": "TI", "sans": "HR"}
VS = 12.0  # troff puts a line's baseline one vertical spacing below the position spaced to
EPOCH = "1704110400"  # 2024-01-01 12:00 UTC, as the other producers
# Characters troff would read as requests or typeset as other glyphs.
ESCAPES = {"\\": r"\e", "'": r"\(aq", "`": r"\(ga", "^": r"\(ha", "~": r"\(ti"}


def _escape(text: str) -> str:
    return "".join(ESCAPES.get(c, c) for c in text)


def _docinfo(title: str, subject: str, author: str) -> str:
    def pdf_string(text: str) -> str:  # UTF-16BE hex, so the dash and quote survive
        return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"

    fields = " ".join(f"/{k} {pdf_string(v)}" for k, v in
                      (("Title", title), ("Subject", subject), ("Author", author)))
    return rf"\X'ps: exec [{fields} /DOCINFO pdfmark'"


def troff_source(pages: list[list[Run]], title: str, subject: str, author: str) -> str:
    lines = [".nf", ".po 0", ".in 0", ".ll 595p", ".pl 841.89p", f".vs {VS:g}p", ".hy 0",
             _docinfo(title, subject, author)]
    for number, runs in enumerate(pages):
        if number:
            lines.append(".bp")
        for y, same_line in groupby(sorted(runs, key=lambda r: (r.y, r.x)), key=lambda r: r.y):
            lines.append(f".sp |{y - VS:.2f}p")
            lines.append("".join(rf"\h'|{r.x:.2f}p'\f[{FONTS[r.font]}]\s[{r.size:g}]{_escape(r.text)}"
                                 for r in same_line))
    return "\n".join(lines) + "\n"


def groff(pages: list[list[Run]], title: str, subject: str, author: str) -> bytes:
    hint = "groff with its PDF output (gropdf) is not installed (Debian: apt-get install groff)"
    require("gropdf", hint=hint)
    # one locale everywhere: an unknown one makes gropdf's perl warn (and LibreOffice differ)
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    result = subprocess.run([require("groff", hint=hint), "-Tpdf", "-P-pa4", "-Kutf-8"],
                            input=troff_source(pages, title, subject, author).encode("utf-8"),
                            capture_output=True, env=env, timeout=120, check=False)
    if result.returncode or result.stderr.strip():
        raise RuntimeError(f"groff failed: {result.stderr.decode(errors='replace')}")
    return result.stdout
