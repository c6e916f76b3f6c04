"""The citation engine: ruling text → cited provisions and cited decisions.

find (raw candidates with spans; parts reads each article's lids and onderdelen) → resolve (law,
back references, BWB id, link, flags) → attribute (role and speaker from the sections and sentence cues). decisions reads ECLI and
SKGZ numbers and explanatory notes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from geschil.extract.citations.attribute import attribute
from geschil.extract.citations.decisions import find_decision_refs
from geschil.extract.citations.find import find_candidates
from geschil.extract.citations.resolve import QUOTED_NOTE, resolve
from geschil.extract.sections import Section
from geschil.models import Citation, DecisionRef

__all__ = ["cite_text", "find_citations", "find_decisions"]


def find_citations(text: str, sections: Sequence[Section] | None = None,
                   page_of: Callable[[int], int] | None = None) -> list[Citation]:
    """Every cited provision in text order; role/cited_by stay None without sections."""
    citations = resolve(text, find_candidates(text))
    # a quoted provision's own words count in an annex only, which only the sections tell
    citations = attribute(text, citations, sections) if sections is not None else _unquoted(citations)
    if page_of is not None:
        citations = [c.model_copy(update={"page": page_of(c.span[0])}) for c in citations]
    return citations


def find_decisions(text: str, page_of: Callable[[int], int] | None = None,
                   citations: list[Citation] | None = None) -> list[DecisionRef]:
    """Every decision (ECLI, SKGZ number) or explanatory note referred to, in text order.

    Pass the citations already found to spare finding them again.
    """
    if citations is None:
        citations = resolve(text, find_candidates(text))
    refs = find_decision_refs(text, citations)
    if page_of is not None:
        refs = [r.model_copy(update={"page": page_of(r.span[0])}) for r in refs]
    return refs


def cite_text(text: str) -> list[Citation | DecisionRef]:
    """Citations and decisions of any Dutch text, in text order (for `geschil cite`)."""
    citations = _unquoted(resolve(text, find_candidates(text)))
    items: list[Citation | DecisionRef] = [*citations, *find_decision_refs(text, citations)]
    return sorted(items, key=lambda item: item.span[0])


def _unquoted(citations: list[Citation]) -> list[Citation]:
    return [c for c in citations if QUOTED_NOTE not in (c.note or "")]
