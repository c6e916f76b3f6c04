"""Blocks -> positioned text runs on A4 pages, with the artefacts real rulings have.

We break lines and pages ourselves (so both producers put the same words on the same lines):
justified or ragged text, hyphenated words at line ends, numbers on their own line, the
classic head table, the letterhead glued to the running header on page 1, footers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import hyphen
from .fonts import width
from .markup import Block

PAGE_W, PAGE_H = 595.28, 841.89
SIZE, PITCH, MARGIN = 10.5, 14.5, 72.0
HEADER_Y, FOOTER_Y, BOTTOM = 44.0, PAGE_H - 38.0, PAGE_H - 70.0
LH_SIZE, LH_GAP = 8.5, 14.0
HANG, INDENT = 34.0, 24.0
PARA_NUMBER = re.compile(r"^(\d+(?:\.\d+)+\.?|\d+\.)$")
# Invented letterhead: the real foundation's name, a made-up address and KvK number.
LETTERHEAD = [
    "Stichting Klachten en Geschillen",
    "Zorgverzekeringen",
    "Postbus 1072",
    "3700 BB Zeist",
    "Bezoekadres: Oranje Nassaulaan 19",
    "3708 GA Zeist",
    "T 030 - 698 83 60",
    "F 030 - 698 83 69",
    "E info@skgz.nl",
    "I www.skgz.nl",
    "KvK 41263519",
]


@dataclass
class Run:
    x: float
    y: float  # baseline, from the top of the page
    text: str
    font: str
    size: float


@dataclass
class Layout:
    meta: dict[str, str]
    pages: list[list[Run]] = field(default_factory=lambda: [[]])
    hyphens: list[dict] = field(default_factory=list)
    own_line_numbers: list[str] = field(default_factory=list)
    y: float = 0.0
    pending_hyphen: dict | None = None

    def __post_init__(self) -> None:
        self.letterhead = self.meta.get("layout") == "letterhead"
        self.justify = self.meta.get("align", "justify") == "justify"
        self.own_line = self.meta.get("secnum") == "own-line"
        self.lh_x = PAGE_W - MARGIN - max(width(t, "sans", LH_SIZE) for t in LETTERHEAD)
        self.y = self._first_line()

    # -- geometry -------------------------------------------------------------------------
    def _first_line(self) -> float:
        return HEADER_Y + 2 * PITCH if self.letterhead or self.meta.get("wrapper") else 84.0

    def _in_letterhead_zone(self) -> bool:
        return (
            self.letterhead
            and len(self.pages) == 1
            and self.y <= HEADER_Y + PITCH * (len(LETTERHEAD) - 1) + 1
        )

    def avail(self, indent: float = 0.0) -> float:
        right = self.lh_x - LH_GAP if self._in_letterhead_zone() else PAGE_W - MARGIN
        return right - MARGIN - indent

    def gap(self) -> None:
        """Space between blocks; a whole line inside the letterhead zone so lines stay glued."""
        self.y += PITCH if self._in_letterhead_zone() else PITCH * 0.5

    def ensure(self, lines: int = 1) -> None:
        if self.y + (lines - 1) * PITCH > BOTTOM:
            self.pages.append([])
            self.y = self._first_line()

    def put(self, x: float, text: str, font: str = "serif", size: float = SIZE) -> None:
        if self.pending_hyphen is not None:
            self.pending_hyphen["cross_page"] = self.pending_hyphen["page"] != len(self.pages)
            self.pending_hyphen = None
        self.pages[-1].append(Run(x, self.y, text, font, size))

    # -- text -----------------------------------------------------------------------------
    def line_of(self, words: list[str], indent: float, font: str, size: float, last: bool) -> None:
        space = width(" ", font, size)
        natural = sum(width(w, font, size) for w in words) + space * (len(words) - 1)
        extra = self.avail(indent) - natural
        x = MARGIN + indent
        if not self.justify or last or len(words) < 2 or extra > 4 * space * (len(words) - 1):
            self.put(x, " ".join(words), font, size)
        else:
            step = extra / (len(words) - 1)
            for i, word in enumerate(words):
                text = word if i == len(words) - 1 else word + " "
                self.put(x, text, font, size)
                x += width(word, font, size) + space + step
        self.y += PITCH

    def paragraph(
        self,
        text: str,
        font: str = "serif",
        indent: float = 0.0,
        size: float = SIZE,
        hyphenate: bool = True,
        number: str | None = None,
    ) -> None:
        words = text.split()
        first = True
        while words:
            self.ensure()
            if first and number is not None:
                self.put(MARGIN, number, font, size)
            line, words, split = self._fill(words, indent, font, size, hyphenate)
            self.line_of(line, indent, font, size, last=not words)
            if split is not None:  # decided when the tail is drawn: same page or the next
                self.hyphens.append(split)
                self.pending_hyphen = split
            first = False

    def _fill(self, words, indent, font, size, hyphenate):
        """Greedy fill of one line; may split the next word (verze- / kerd)."""
        room, space = self.avail(indent), width(" ", font, size)
        line, used = [words[0]], width(words[0], font, size)
        rest = list(words[1:])
        while rest and used + space + width(rest[0], font, size) <= room:
            used += space + width(rest[0], font, size)
            line.append(rest.pop(0))
        split = None
        if rest and hyphenate and room - used > 0.12 * room:
            parts = hyphen.split(rest[0], lambda h: used + space + width(h, font, size) <= room)
            if parts:
                line.append(parts[0])
                rest[0] = parts[1]
                split = {
                    "page": len(self.pages),
                    "first": parts[0],
                    "second": parts[1].rstrip(",.;:)"),
                    "cross_page": False,
                }
        return line, rest, split

    # -- blocks ---------------------------------------------------------------------------
    def block(self, block: Block) -> None:
        handler = getattr(self, "_" + block.kind)
        handler(block)

    def _title(self, block: Block) -> None:
        self.ensure(3)
        size = SIZE + 2.5
        self.put(self._centred(block.text, "serif-b", size), block.text, "serif-b", size)
        self.y += PITCH
        self.gap()

    def _centred(self, text: str, font: str, size: float) -> float:
        """x that centres `text` in the room left of the letterhead (or on the page)."""
        return MARGIN + max(0.0, (self.avail() - width(text, font, size)) / 2)

    def _center(self, block: Block) -> None:
        self.ensure()
        self.put(self._centred(block.text, "serif", SIZE), block.text)
        self.y += PITCH

    def _heading(self, block: Block) -> None:
        self.gap()
        self.ensure(4)
        number, _, rest = block.text.partition(" ")
        if self.own_line and PARA_NUMBER.match(number) and rest:
            self.put(MARGIN, number, "serif-b")
            self.own_line_numbers.append(number)
            self.y += PITCH
            self.put(MARGIN, rest, "serif-b")
        else:
            self.put(MARGIN, block.text, "serif-b")
        self.y += PITCH

    def _subheading(self, block: Block) -> None:
        self.ensure(3)
        self.put(MARGIN, block.text, "serif-i")
        self.y += PITCH

    def _para(self, block: Block) -> None:
        number, _, rest = block.text.partition(" ")
        if PARA_NUMBER.match(number) and "." in number.rstrip(".") and rest:
            if self.own_line:
                self.ensure(2)
                self.put(MARGIN, number)
                self.own_line_numbers.append(number)
                self.y += PITCH
                self.paragraph(rest)
            else:
                self.paragraph(rest, indent=HANG, number=number)
        else:
            self.paragraph(block.text)
        self.gap()

    def _quote(self, block: Block) -> None:
        self.paragraph(block.text, "serif-i", indent=INDENT)
        self.gap()

    def _indent(self, block: Block) -> None:
        self.paragraph(block.text, indent=INDENT)
        self.gap()

    def _literal(self, block: Block) -> None:
        self.paragraph(block.text, hyphenate=False)

    def _wrapper(self, block: Block) -> None:
        self.paragraph(block.text, "sans", size=8.5, hyphenate=False)

    def _pagebreak(self, block: Block) -> None:
        self.pages.append([])
        self.y = self._first_line()

    def _head(self, block: Block) -> None:
        from .headblock import head_rows, head_transposed

        if self.meta.get("headblock") == "transposed":
            head_transposed(self, block.rows)
        else:
            head_rows(self, block.rows)
        self.gap()
