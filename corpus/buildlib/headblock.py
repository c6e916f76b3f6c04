"""The classic head block (Partijen / Zaak / Zaaknummer / Zittingsdatum) as a table.

`rows`: a labels column and a values column, one row per label (values may wrap).
`transposed`: the labels in one row and the values under them, which is how some rulings
print it and how extraction then reads it: `Partijen Zaak Zaaknummer Zittingsdatum` newline
`: A te B vs. C te D : Mondzorg, ... : 2012.01874 : 4 juni 2012`.
"""

from __future__ import annotations

from .fonts import width
from .layout import MARGIN, PITCH, SIZE, Layout

LABEL_W = 92.0
COLUMN_GAP = 10.0


def head_rows(flow: Layout, rows: list[tuple[str, str]]) -> None:
    value_x = LABEL_W + 10.0
    for label, value in rows:
        flow.ensure(2)
        flow.put(MARGIN, label)
        flow.put(MARGIN + LABEL_W, ":")
        if not value:
            flow.y += PITCH
            continue
        # values wrap inside their own column; never hyphenated (names, numbers, dates)
        saved, flow.justify = flow.justify, False
        flow.paragraph(value, indent=value_x, hyphenate=False)
        flow.justify = saved


def _columns(rows: list[tuple[str, str]], size: float) -> list[float]:
    return [max(width(label, "serif", size), width(": " + value, "serif", size)) for label, value in rows]


def _fits(rows: list[tuple[str, str]], room: float) -> bool:
    sizes = [SIZE - 0.5 * i for i in range(int((SIZE - 7.0) / 0.5))]
    return any(sum(_columns(rows, s)) + COLUMN_GAP * (len(rows) - 1) <= room for s in sizes)


def head_transposed(flow: Layout, rows: list[tuple[str, str]]) -> None:
    # beside the letterhead the two long lines would run into it: go below it unless they fit
    while flow._in_letterhead_zone() and not _fits(rows, flow.avail()):
        flow.y += PITCH
    room = flow.avail()  # the page's width outside the letterhead zone
    size = SIZE
    while size > 7.0:
        cols = _columns(rows, size)
        if sum(cols) + COLUMN_GAP * (len(cols) - 1) <= room:
            break
        size -= 0.5
    flow.ensure(2)
    for line in (0, 1):
        x = MARGIN
        for (label, value), col in zip(rows, cols, strict=True):
            flow.put(x, label if line == 0 else ": " + value, "serif", size)
            x += col + COLUMN_GAP
        flow.y += PITCH
