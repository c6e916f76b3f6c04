"""Page furniture added once the page count is known: running header, letterhead, footers,
the `(N)` page markers of a ruling saved from a web page."""

from __future__ import annotations

from .fonts import width
from .layout import FOOTER_Y, HEADER_Y, LETTERHEAD, LH_SIZE, MARGIN, PAGE_W, PITCH, Layout, Run


def running_header(case: str, page: int, total: int) -> str:
    return f"{case}, pagina {page} van {total}"


def footer_text(style: str, page: int) -> str | None:
    return {"dash": f"- {page} -", "plain": str(page)}.get(style)


def decorate(flow: Layout) -> dict:
    """Add the furniture to every page; return what was added (for the manifest and tests)."""
    meta, total = flow.meta, len(flow.pages)
    added: dict = {"running_header": [], "footer": [], "page_markers": [], "letterhead": []}
    for number, page in enumerate(flow.pages, start=1):
        if meta.get("layout") == "letterhead":
            text = running_header(meta["case"], number, total)
            page.insert(0, Run(MARGIN, HEADER_Y, text, "sans", 9.0))
            added["running_header"].append(text)
        if meta.get("wrapper"):
            page.insert(0, Run(MARGIN, HEADER_Y - PITCH, f"({number})", "sans", 8.5))
            added["page_markers"].append(f"({number})")
        text = footer_text(meta.get("footer", "none"), number)
        if text:
            x = (PAGE_W - width(text, "serif", 9.0)) / 2
            page.append(Run(x, FOOTER_Y, text, "serif", 9.0))
            added["footer"].append(text)
    if meta.get("layout") == "letterhead":
        for i, text in enumerate(LETTERHEAD):
            flow.pages[0].append(Run(flow.lh_x, HEADER_Y + i * PITCH, text, "sans", LH_SIZE))
        added["letterhead"] = list(LETTERHEAD)
    return added
