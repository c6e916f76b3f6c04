"""Sections of a ruling that prints no headings, only numbered paragraphs (1.1, 1.2, 2.1 …).

Some rulings, and some copies saved from document hosts, keep the paragraph numbers but lose the
headings. Each run of paragraphs with the same first number is then a section, and its kind is
read from what its paragraphs say (law/paragraphs.json): who speaks in their opening words, and a
few phrases that only parties or procedure paragraphs use. A group in which a party speaks is
never the committee's: its words are positions, whatever else it holds.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from geschil import literals, recache

# A paragraph number at a line's start, or after a sentence's end where a host ran the lines
# together; the paragraph begins with a capital or a quote.
NUMBER = literals.compile(
    r"(?:^[ \t]*|(?<=[.:;] ))(?P<major>\d{1,2})\.(?P<minor>\d{1,2})\.?[ \t]+(?=[A-ZÀ-Þ\"'‘“(])", re.M)
POSITIONS = ("requester_position", "insurer_position")
MIN_GROUPS = 3


@dataclass(frozen=True)
class Group:
    number: str
    start: int
    end: int
    kinds: tuple[str, ...]
    body: int  # where the words of its first paragraph begin (after "1.1 ")


@cache
def _cues() -> tuple[list[tuple[str, re.Pattern]], list[tuple[str, re.Pattern]]]:
    data = json.loads(resources.files("geschil.law").joinpath("paragraphs.json").read_text("utf-8"))
    opens = [(kind, recache.compile(p)) for kind, ps in data["opens"].items() for p in ps]
    says = [(kind, recache.compile(p)) for kind, ps in data["says"].items() for p in ps]
    return opens, says


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """(major, start of the paragraph, start of its words), numbered in sequence: a number out of
    sequence (an article "2.7" after a full stop) is no paragraph."""
    found: list[tuple[int, int, int]] = []
    major = minor = 0
    for m in NUMBER.finditer(text, start, end):
        a, b = int(m["major"]), int(m["minor"])
        if (a == major and b == minor + 1) or (a > major and b == 1 and a <= major + 2):
            found.append((a, m.start("major"), m.end()))
            major, minor = a, b
    return found


def _kind(paragraph: str) -> str | None:
    opens, says = _cues()
    for kind, p in opens:
        if p.match(paragraph):
            return kind
    return next((kind for kind, p in says if p.search(paragraph)), None)


def _group_kinds(kinds: list[str | None]) -> tuple[str, ...]:
    said = [k for k in dict.fromkeys(kinds) if k]
    parties = [k for k in said if k in POSITIONS]
    if parties:  # a party speaks: positions, never the committee's assessment or decision
        return ("positions",) if len(parties) > 1 else (parties[0],)
    if kinds and kinds[0] == "decision":
        return ("decision",)
    if "assessment" in said or "jurisdiction" in said or "decision" in said:
        return ("assessment",) + (("jurisdiction",) if "jurisdiction" in said else ())
    if "zorginstituut" in said:
        return ("zorginstituut",)
    if "parties" in said:
        return ("parties",)
    return ("procedure", "facts") if "procedure" in said else ("facts",)


def groups(text: str, start: int, end: int) -> list[Group]:
    """The numbered groups of text[start:end], each with its kinds; [] when fewer than three."""
    paragraphs = _paragraphs(text, start, end)
    bounds = [p[1] for p in paragraphs] + [end]
    by_major: dict[int, list[tuple[int, int, int, str | None]]] = {}
    for (major, a, words), b in zip(paragraphs, bounds[1:], strict=True):
        by_major.setdefault(major, []).append((a, b, words, _kind(text[words:b])))
    if len(by_major) < MIN_GROUPS:
        return []
    return [Group(str(major), found[0][0], found[-1][1], _group_kinds([p[3] for p in found]),
                  found[0][2]) for major, found in by_major.items()]
