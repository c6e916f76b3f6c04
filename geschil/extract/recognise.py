"""Is this a bindend advies of the Geschillencommissie Zorgverzekeringen, and in which layout?"""

from __future__ import annotations

import re

from geschil.errors import NotARuling
from geschil.extract.sections import Section

COMMITTEE = re.compile(r"Geschillencommissie\s+Zorgverzekeringen|\bSKGZ\b|Stichting\s+Klachten\s+en\s+Geschillen", re.I)
TITLE = re.compile(r"bindend\s+advies", re.I)
HEAD_BLOCK = re.compile(r"^[ \t]*(?:Zittingsdatum|Zaak)\s*:|^[ \t]*Partijen\s+Zaak\b|^[ \t]*Partijen\s*:", re.M)
RUNNING_HEADER = re.compile(r"\bpagina\s+\d+\s+van\s+\d+\b|Postbus\s+\d+.{0,30}Zeist", re.I | re.S)
# Sections a ruling has; a document needs most of them to be one.
ANATOMY = ("parties", "procedure", "facts", "requester_position", "insurer_position", "assessment",
           "decision", "positions")


def recognise(text: str, raw_text: str, sections: list[Section], name: str) -> str:
    """The layout (classic, letterhead, modern); NotARuling for anything else."""
    kinds = {s.kind for s in sections}
    anatomy = len(kinds & set(ANATOMY))
    has_head_block = bool(HEAD_BLOCK.search(text[:6000]))
    if not (COMMITTEE.search(text) and TITLE.search(text)) or anatomy < 3:
        found = ", ".join(sorted(kinds - {"head"})) or "none"
        raise NotARuling(f"{name} is not a bindend advies of the Geschillencommissie Zorgverzekeringen "
                         f"(ruling sections found: {found})")
    if has_head_block:
        return "letterhead" if RUNNING_HEADER.search(raw_text) else "classic"
    return "modern"
