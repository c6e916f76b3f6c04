"""A ruling as text: the cleaned text, the raw page texts, and the map between them."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from geschil.ingest.origin import Origin

if TYPE_CHECKING:
    from geschil.models import Evidence

# the models (pydantic) are bound on first use: reading a PDF's text does not need them, and a
# batch's pre-reader (workers.py) starts before they are imported
_EVIDENCE: list = []


@dataclass
class Document:
    """`text` is what the extractors read; `origin[i]` is where text[i] stood in the raw text.

    The raw text is the backend's page texts joined by "\\n"; `raw_starts[p]` is where
    page p+1 begins in it. Every offset of `text` thus maps back to a page and a position.
    """

    path: str
    sha256: str
    raw_pages: list[str]
    text: str = ""
    origin: Origin | list[int] = field(default_factory=list)
    producer: str | None = None

    def __post_init__(self) -> None:
        self.raw_starts = []
        pos = 0
        for page in self.raw_pages:
            self.raw_starts.append(pos)
            pos += len(page) + 1
        if not self.text and not self.origin:
            self.text = "\n".join(self.raw_pages)
            self.origin = Origin.identity(len(self.text))

    @property
    def page_count(self) -> int:
        return len(self.raw_pages)

    def raw_position(self, offset: int) -> tuple[int, int]:
        """(1-based page, offset in that raw page) of cleaned offset `offset`."""
        if not self.origin:
            return 1, 0
        raw = self.origin[min(max(offset, 0), len(self.origin) - 1)]
        page = bisect.bisect_right(self.raw_starts, raw)
        return page, raw - self.raw_starts[page - 1]

    def page_of(self, offset: int) -> int:
        return self.raw_position(offset)[0]

    def page_bounds(self, page: int) -> tuple[int, int]:
        """[start, end) of a 1-based page in the cleaned text."""
        lo = self.raw_starts[page - 1]
        hi = self.raw_starts[page] if page < len(self.raw_starts) else float("inf")
        return bisect.bisect_left(self.origin, lo), bisect.bisect_left(self.origin, hi)

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for text[start:end], trimmed of surrounding white space."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        if not _EVIDENCE:
            from geschil.models import Evidence

            _EVIDENCE.append(Evidence)
        return _EVIDENCE[0](page=self.page_of(start), span=(start, end), quote=self.text[start:end])
