"""Role and speaker of each citation: from the section it stands in, overridden by sentence cues.

A citation in the requester's position is the requester's, unless its sentence says another
party speaks ('Volgens de ziektekostenverzekeraar ...'); in the assessment 'Verzoeker heeft in
dit verband verwezen naar artikel 2.1 Zvw' is the requester's citation, not the committee's.
A citation inside a quotation takes the speaker that introduces the quotation, when named.
In the jurisdiction section an article that names no law, in a sentence about the committee's
competence, is the policy article that gives it ('Op grond van artikel 17 is de commissie bevoegd').
The cue words are data: geschil/law/citation_cues.json.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from importlib import resources

from geschil import literals
from geschil.extract.citations.resolve import QUOTED_NOTE, UNNAMED_NOTES
from geschil.extract.sections import Section
from geschil.models import Citation

# A sentence starts after . ! ? : ; followed by a capital or an opening quote, or after a blank line.
# Led by one class of first characters (the branches tell them apart by a look-behind), so sre
# skips to those rather than trying each branch at every place.
_BOUNDARY = literals.compile(r"[.!?:;\n](?:(?<=[.!?:;])[\"'”’)*]*\s+(?=[A-Z“\"‘'(*])|(?<=\n)\s*\n"
                             r"|(?<=\n)\s*[-•]\s)")
_LOOKBACK = 600
_OPEN, _CLOSE = "“„", "”"


@cache
def _cues() -> dict:
    return json.loads(resources.files("geschil.law").joinpath("citation_cues.json").read_text("utf-8"))


@cache
def _cue_patterns() -> literals.Index:
    """(speaker, pattern) per actor and cue, by the words the patterns need."""
    cues = _cues()
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in cues["verbs"])
    out = []
    for speaker, phrases in cues["actors"].items():
        actor = "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + ")"
        for pattern in cues["patterns"]:
            out.append((speaker, literals.compile(pattern.replace("{actor}", actor).replace("{verb}", verbs), re.I)))
    return literals.Index(out, pattern=lambda item: item[1])


_BARE_LID = re.compile(r"het\s+\w+\s+lid\b", re.I)  # a lid named without its article


def attribute(text: str, citations: list[Citation], sections: Sequence[Section]) -> list[Citation]:
    """Citations with role and cited_by set (new objects; the input is left alone)."""
    cues = _cues()
    out = []
    begins = min((s.start for s in sections), default=0)
    for cit in citations:
        if cit.span[0] < begins:
            continue  # a document host's page before the ruling ("Palatumlift …; artikel 2.7 Bzv onderdeel c"): not its citation
        section = _section_at(sections, cit.span[0])
        kind = section.kind if section else None
        role = cues["section_role"].get(kind, "body")
        if role == "annex" and _BARE_LID.match(cit.raw) and "refers back" in (cit.note or "") and not cit.item:
            continue  # "binnen de termijn van het tweede lid" in a quoted provision: its own lid
        if role != "annex" and QUOTED_NOTE in (cit.note or ""):
            continue  # "als bedoeld in het eerste lid" quoted in the reasoning: the provision's words, not the committee's
        # ... in the annex a provision the quoted text names is one ("in andere gevallen dan het eerste lid,
        # onderdelen a tot en met c", blind round 157); a bare lid of its own is not (above)
        by = cues["section_cited_by"].get(kind)
        note = cit.note
        if role == "body" and kind in cues["cue_sections"]:
            found = speaker(text, cit.span[0], section.start if section else 0)
            if found and found[0] != by:
                by = found[0]
                note = "; ".join(n for n in (note, f"cited_by from cue '{found[1]}'") if n)
        update = {"role": role, "cited_by": by, "note": note}
        if kind in cues["jurisdiction_policy"]["sections"] and _gives_jurisdiction(text, cit, section.start):
            update.update(law="polis", bwb_id=None, url=None, flags=[], policy=None,
                          note="the policy article that gives the committee its jurisdiction")
        out.append(cit.model_copy(update=update))
    return out


def _gives_jurisdiction(text: str, cit: Citation, floor: int) -> bool:
    """An article naming no law, in a sentence that speaks of the committee's competence."""
    if cit.law is not None and not (cit.note or "").startswith(UNNAMED_NOTES):
        return False
    start = _sentence_start(text, cit.span[0] + 1, floor)  # + 1: a sentence may begin with the article
    end = _BOUNDARY.search(text, cit.span[1])
    sentence = text[start:end.start() if end else len(text)]
    return bool(re.search(_cues()["jurisdiction_policy"]["words"], sentence, re.I))


def _section_at(sections: Sequence[Section], offset: int) -> Section | None:
    return next((s for s in sections if s.start <= offset < s.end), None)


def speaker(text: str, pos: int, floor: int = 0) -> tuple[str, str] | None:
    """(speaker, cue words) named in the sentence before pos, else introducing its quotation."""
    found = _nearest_cue(text, _sentence_start(text, pos, floor), pos)
    quote = _open_quote(text, pos, floor)
    if found is None and quote is not None:
        found = _nearest_cue(text, _sentence_start(text, quote, floor), quote)
    return found


def _sentence_start(text: str, pos: int, floor: int) -> int:
    start = max(floor, pos - _LOOKBACK)
    ends = [m.end() for m in _BOUNDARY.finditer(text, start, pos)]
    return ends[-1] if ends else start


def _open_quote(text: str, pos: int, floor: int) -> int | None:
    """Offset of the opening quote mark pos stands inside, if any."""
    start = max(floor, pos - 5 * _LOOKBACK)
    opened = max(text.rfind(q, start, pos) for q in _OPEN)
    if opened < 0 or text.find(_CLOSE, opened, pos) >= 0:
        return None
    return opened


def _nearest_cue(text: str, start: int, end: int) -> tuple[str, str] | None:
    best: tuple[int, str, str] | None = None
    chunk = text[start:end]
    cues = _cue_patterns()  # compiled (their literals registered) before the chunk is scanned
    present = literals.present(chunk)  # a cue none of whose words stand here is not tried
    for who, pattern in cues.candidates(present):
        for m in pattern.finditer(chunk):
            if best is None or m.end() > best[0]:
                best = (m.end(), who, " ".join(m.group().split()))
    return (best[1], best[2]) if best else None
