"""Parts of corpus rulings as analysts hold them, made from corpus/src at test set-up.

- `first_pages`: the first page(s) of the committed PDF, nothing else;
- `truncated_pdf`: the ruling drawn again, cut off mid-sentence after N characters (a download
  that stopped, with the running headers of the pages it has);
- `last_pages`: the ruling drawn again from its assessment on (a host that kept only the second
  part), with the running headers and the signature of those pages;
- `web_text`: the opening N characters as a document host shows them: its menu and "Hele tekst"
  first, a `(1)` page marker, each heading run into its paragraph, and with `flat` the whole
  text in a few long lines (a `(2)` marker where a page ended).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pypdfium2 as pdfium

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
sys.path.insert(0, str(CORPUS))
from buildlib.decor import decorate  # noqa: E402
from buildlib.layout import Layout  # noqa: E402
from buildlib.markup import Block, Source, parse  # noqa: E402
from buildlib.render import render  # noqa: E402

# A document host's page around a saved ruling (invented; the shape of LAYOUTS.md).
HOST_MENU = ["Zorgrecht online - uitspraken en adviezen", "Home | Zoeken | Nieuwsbrief | Inloggen",
             "U bent hier: Uitspraken > Geschillencommissie Zorgverzekeringen > Mondzorg", "Hele tekst", "(1)"]
LONG_LINE = 1200  # a flattened copy breaks its one paragraph about this often


def source(name: str) -> Source:
    return parse((CORPUS / "src" / f"{name}.txt").read_text(encoding="utf-8"))


def first_pages(name: str, out: Path, pages: int = 1) -> Path:
    whole = pdfium.PdfDocument(str(CORPUS / f"{name}.pdf"))
    part = pdfium.PdfDocument.new()
    part.import_pages(whole, list(range(pages)))
    path = out / f"{name}.first{pages}.pdf"
    part.save(str(path))
    return path


def _cut(blocks: list[Block], budget: int) -> list[Block]:
    """The blocks whose text fits in `budget` characters, the last one cut at a word."""
    kept, used = [], 0
    for block in blocks:
        size = len(block.text) + sum(len(a) + len(b) + 3 for a, b in block.rows)
        if used + size > budget and block.text:
            cut = block.text[:max(0, budget - used)].rsplit(" ", 1)[0]
            if cut:
                kept.append(Block(block.kind, cut))
            break
        kept.append(block)
        used += size
    return kept


def truncated_pdf(name: str, out: Path, budget: int) -> Path:
    src = source(name)
    flow = Layout(src.meta)
    for block in _cut([b for b in src.blocks if b.kind != "pagebreak"], budget):
        flow.block(block)
    decorate(flow)
    path = out / f"{name}.cut{budget}.pdf"
    path.write_bytes(render(src.meta["producer"], flow.pages, "Bindend advies", src.notice))
    return path


def last_pages(name: str, out: Path) -> Path:
    src = source(name)
    start = next(i for i, b in enumerate(src.blocks) if b.kind == "heading" and "Beoordeling" in b.text)
    flow = Layout(src.meta)
    for block in src.blocks[start:]:
        if block.kind != "pagebreak":
            flow.block(block)
    decorate(flow)
    path = out / f"{name}.last.pdf"
    path.write_bytes(render(src.meta["producer"], flow.pages, "Bindend advies", src.notice))
    return path


def assessment_tail(name: str, out: Path, heading: str = "Beoordeling") -> Path:
    """A copy begun inside the assessment (or another section): its heading and first paragraph
    lost, the rest kept."""
    src = source(name)
    start = next(i for i, b in enumerate(src.blocks) if b.kind == "heading" and heading in b.text)
    flow = Layout(src.meta)
    for block in src.blocks[start + 2:]:
        if block.kind != "pagebreak":
            flow.block(block)
    decorate(flow)
    path = out / f"{name}.tail.pdf"
    path.write_bytes(render(src.meta["producer"], flow.pages, "Bindend advies", src.notice))
    return path


def _web_lines(blocks: list[Block]) -> list[str]:
    """One line per block; a heading runs into the paragraph after it."""
    lines: list[str] = []
    run_in = False
    for block in blocks:
        if block.kind in ("wrapper", "pagebreak"):
            continue
        text = " ; ".join(f"{a} : {b}" for a, b in block.rows).replace(" ; ", " ") if block.rows else block.text
        if run_in:
            lines[-1] += " " + text
        else:
            lines.append(text)
        run_in = block.kind == "heading"
    return lines


def web_text(name: str, out: Path, budget: int, flat: bool | str) -> Path:
    """`flat`: False (lines kept), True (lines of about LONG_LINE characters), "one_line" (the
    host's menu and the ruling in a single line)."""
    lines = _web_lines(source(name).blocks)
    body = "\n".join(lines)
    if flat:
        body, line = "", ""
        # the host's page marker, where a page of the ruling ended (before a numbered paragraph)
        marker = next((i for i in range(len(lines) // 3, len(lines) - 1) if re.match(r"\d+\.\d", lines[i + 1])), -1)
        for i, text in enumerate(lines):
            line = f"{line} {text}".strip()
            if i == marker:
                line += " (2)"
            if len(line) > LONG_LINE:
                body, line = body + line + "\n", ""
        body += line
    cut = body if len(body) <= budget else body[:budget].rsplit(" ", 1)[0]
    path = out / f"{name}.web{budget}{'.' + str(flat) if flat else ''}.txt"
    joint = " " if flat == "one_line" else "\n"
    path.write_text(joint.join(HOST_MENU) + joint + cut.replace("\n", joint) + "\n", encoding="utf-8")
    return path


def web_tail(name: str, out: Path, begin: str) -> Path:
    """A host's copy that lost the ruling's first part: its menu and "Hele tekst", then the text
    from `begin` on (the first words after it, mid-sentence), one line per block."""
    body = "\n".join(_web_lines(source(name).blocks))
    path = out / f"{name}.webtail.txt"
    path.write_text("\n".join(HOST_MENU[:-1]) + "\n" + body[body.index(begin):] + "\n", encoding="utf-8")
    return path


def budget_to(name: str, after: str, within: str = "1. Partijen") -> int:
    """The web_text budget that ends the copy just after `after` (the first one after `within`)."""
    body = "\n".join(_web_lines(source(name).blocks))
    return body.index(after, body.index(within)) + len(after) + 1
