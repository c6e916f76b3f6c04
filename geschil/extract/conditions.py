"""Conditions and treatments named in a ruling, classified by the vocabulary in law/conditions.json.

Regular expressions rather than a spaCy matcher: spellings vary in hyphens and spaces
("peri-implantitis", "peri implantitis", "periimplantitis") and inflections, which one pattern per
spelling covers without tokeniser surprises. Whether a mention is negated or only hypothetical is
read from cues (data too) within the same sentence and clause.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geschil import literals
from geschil.extract.text import sentences
from geschil.models import ConditionMention, Evidence

VOCABULARY = Path(__file__).resolve().parent.parent / "law" / "conditions.json"
_FLAGS = re.I | re.U
_WORD_START = r"(?<![\w\-])"  # a term is never read from inside a word


@dataclass(frozen=True)
class Term:
    term: str
    category: str
    pattern: re.Pattern
    negated: bool = False  # its spellings deny it in their own words ("noodzaak … niet vastgesteld vóór 18")


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern
    max_gap: int | None  # its own reach in characters, else the vocabulary's


@dataclass(frozen=True)
class Vocabulary:
    terms: tuple[Term, ...]
    neg_before: literals.Index  # of Cue: a text is tried only with the cues whose words stand in it
    neg_after: literals.Index
    hyp_before: literals.Index
    clause_break: re.Pattern
    max_gap: int


def _spelling(variant: str | dict) -> str:
    """A spelling as a regex: a space or hyphen also matches space, hyphen or nothing."""
    if isinstance(variant, dict):
        return variant["regex"]
    parts = re.split(r"[\s\-]+", variant.strip())
    return r"[\s\-]?".join(re.escape(p) for p in parts) + r"\w*"


@lru_cache(maxsize=1)
def vocabulary(path: str = str(VOCABULARY)) -> Vocabulary:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    spellings = ["|".join(_spelling(v) for v in t["variants"]) for t in data["terms"]]
    terms = tuple(Term(t["term"], t["category"], literals.compile(_WORD_START + "(?:" + s + ")", _FLAGS),
                       bool(t.get("negated")))
                  for t, s in zip(data["terms"], spellings, strict=True))
    neg = data["negation_cues"]

    def compile_all(items: list) -> literals.Index:
        return literals.Index((Cue(literals.compile(p, _FLAGS), None) if isinstance(p, str)
                               else Cue(literals.compile(p["regex"], _FLAGS), p.get("max_gap")) for p in items),
                              pattern=lambda cue: cue.pattern)

    return Vocabulary(
        terms=terms,
        neg_before=compile_all(neg["before"]),
        neg_after=compile_all(neg["after"]),
        hyp_before=compile_all(data["hypothetical_cues"]["before"]),
        clause_break=literals.compile("|".join(data["clause_breaks"]), _FLAGS),
        max_gap=int(neg.get("max_gap", 160)),
    )


def _cue_before(cues: literals.Index, text: str, lo: int, at: int, vocab: Vocabulary,
                gap: int | None) -> str | None:
    """The last cue in text[lo:at] with no clause break between it and the term."""
    best = None
    present = literals.within(text, lo, at)  # a cue none of whose words stand here is skipped
    for cue in cues.candidates(present):
        reach = cue.max_gap or gap
        for m in cue.pattern.finditer(text, lo, at):
            between = text[m.end():at]
            if reach is not None and len(between) > reach:
                continue
            if vocab.clause_break.search(between):
                continue
            # The cue nearest the term wins; of cues ending together, the longest
            # ("kwalificeert daarom niet als" over its tail "niet als").
            if best is None or (m.end(), -m.start()) > (best.end(), -best.start()):
                best = m
    return best.group(0) if best else None


def _cue_after(text: str, end: int, hi: int, vocab: Vocabulary) -> str | None:
    present = literals.within(text, end, hi)
    for cue in vocab.neg_after.candidates(present):
        m = cue.pattern.search(text, end, hi)
        if m and len(text[end:m.start()]) <= (cue.max_gap or vocab.max_gap) and not vocab.clause_break.search(
                text[end:m.start()]):
            return m.group(0)
    return None


def _section_kind(sections: Sequence | None, offset: int) -> str | None:
    for section in sections or ():
        if section.start <= offset < section.end:
            return section.kind
    return None


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    return list(sentences(text))


def _sentence_of(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    k = bisect_right(spans, (offset, float("inf"))) - 1  # the last sentence starting at or before
    if k >= 0 and spans[k][0] <= offset < spans[k][1]:
        return spans[k]
    return offset, offset


def find_conditions(text: str, sections: Sequence | None = None,
                    page_of: Callable[[int], int] | None = None) -> list[ConditionMention]:
    """Every vocabulary term in the text, in text order, with negation and section."""
    vocab = vocabulary()
    page_of = page_of or (lambda offset: 1)
    spans = _sentence_spans(text)
    hits = _term_hits(text, vocab)
    # The longest spelling wins where two terms overlap ("tandverlies door ongeval").
    hits.sort(key=lambda hit: (hit[0], hit[0] - hit[1]))
    mentions, last_end = [], -1
    for a, b, term in hits:
        if a < last_end:
            continue
        last_end = b
        mentions.append(_mention(text, term, a, b, spans, sections, page_of, vocab))
    return mentions


def _term_hits(text: str, vocab: Vocabulary) -> list[tuple[int, int, Term]]:
    """(start, end, term) of every term's own matches; a term none of whose words stand in the
    text is skipped by its literal pre-filter (geschil/literals.py) without a search."""
    return [(m.start(), m.end(), term) for term in vocab.terms for m in term.pattern.finditer(text)]


_NEGATION_WORD = literals.compile(r"\b(?:niet|nooit|geen)\b", re.I)


def _own_negation(text: str, a: int, b: int) -> str:
    """The cue of a spelling that denies its term: its negation word (else the spelling)."""
    m = _NEGATION_WORD.search(text, a, b)
    return m.group(0) if m else text[a:b]


def _mention(text: str, term: Term, a: int, b: int, spans, sections, page_of,
             vocab: Vocabulary) -> ConditionMention:
    lo, hi = _sentence_of(spans, a)
    negation = ((_own_negation(text, a, b) if term.negated else None)
                or _cue_before(vocab.neg_before, text, lo, a, vocab, vocab.max_gap)
                or _cue_after(text, b, max(hi, b), vocab))
    hypothesis = None if negation else _cue_before(vocab.hyp_before, text, lo, a, vocab, None)
    return ConditionMention(
        term=term.term,
        category=term.category,
        negated=negation is not None,
        hypothetical=hypothesis is not None,
        cue=negation or hypothesis,
        section=_section_kind(sections, a),
        evidence=Evidence(page=page_of(a), span=(a, b), quote=text[a:b]),
    )
