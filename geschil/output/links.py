"""Links an analyst follows from a report or an annotated ruling: the PDF at its page, a decision."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

ECLI_URL = "https://uitspraken.rechtspraak.nl/details?id={id}"


def decision_url(kind: str, ident: str) -> str | None:
    """ECLI numbers open their decision on rechtspraak.nl; other references have no public link."""
    return ECLI_URL.format(id=quote(ident, safe=":")) if kind == "ecli" else None


def file_href(path: str, base: str | Path | None, page: int | None = None) -> str:
    """A relative link from the folder `base` (where the HTML is written) to the file, opened at
    `page` (`#page=N` is understood by the PDF viewers of browsers)."""
    target = Path(path).resolve()
    rel = os.path.relpath(target, Path(base).resolve()) if base is not None else str(target)
    href = quote(rel.replace(os.sep, "/"))
    if page is not None and target.suffix.lower() == ".pdf":
        href += f"#page={page}"
    return href
