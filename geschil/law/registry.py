"""The law registry: laws.json loaded once, with the questions later stages ask of it.

Law knowledge (names, abbreviations, BWB ids, article numbering) lives in laws.json; this module
only reads it, so a new law or alias is a data change.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from geschil import literals, recache

_DATA = "laws.json"


@dataclass(frozen=True)
class Law:
    key: str  # the abbreviation used in citations ("Zvw", "BW", "polis")
    name: str
    kind: str  # wet, besluit, regeling, polis
    bwb_id: str | None
    abbreviations: tuple[str, ...]
    names: tuple[str, ...]
    patterns: tuple[str, ...]  # extra regexes (case-insensitive), e.g. for policy conditions
    article_re: re.Pattern
    context_re: re.Pattern | None = None  # numbers read as this law's without naming it
    title_re: re.Pattern | None = None  # a title line naming the text ('Voorwaarden zorgverzekering X 2021')
    parent: str | None = None
    books: dict[str, str] = field(default_factory=dict)
    policy_words: dict[str, str] = field(default_factory=dict)
    standalone: bool = True  # may a bare mention of the name set the context?
    valid_from: str | None = None
    valid_until: str | None = None
    articles: dict[str, dict] = field(default_factory=dict)
    article_ranges: tuple[str, ...] = ()  # the numbers it really has: '1-128', '1-9.1-30', '7:1-999'

    def fits(self, article: str) -> bool:
        """Can this law have an article numbered so (Zvw never has a '2.1' nor a '129')?"""
        return bool(self.article_re.fullmatch(article)) and self._in_ranges(article)

    def fits_context(self, article: str) -> bool:
        """May an article that names no law be this law's (policy: only 'B.12.1'-style)?"""
        pattern = self.context_re or self.article_re
        return bool(pattern.fullmatch(article)) and self._in_ranges(article)

    def _in_ranges(self, article: str) -> bool:
        if not self.article_ranges:
            return True
        parts = _PART_SEP.split(article)
        parts[-1] = parts[-1].rstrip("abcdefghijklmnopqrstuvwxyz")  # 18a, 114a: insertions
        return any(_within(parts, _PART_SEP.split(spec)) for spec in self.article_ranges)

    def bwb_for(self, article: str) -> str | None:
        """The BWB id of the text holding the article (a BW book has its own id)."""
        if self.books:
            return self.books.get(article.split(":")[0])
        return self.bwb_id

    def policy_of(self, written: str) -> str | None:
        """basic / supplementary, when the words naming the conditions say which."""
        for policy, words in self.policy_words.items():
            if re.search(words, written, re.I):
                return policy
        return None


_PART_SEP = recache.compile(r"[.:]")


def _within(parts: list[str], spec: list[str]) -> bool:
    """Each part of the number inside its range ('1-30') or equal to it ('7A')."""
    if len(parts) != len(spec):
        return False
    for part, bounds in zip(parts, spec, strict=True):
        low, _, high = bounds.partition("-")
        if high and not (part.isdigit() and int(low) <= int(part) <= int(high)):
            return False
        if not high and part != low:
            return False
    return True


@cache
def _raw() -> dict:
    return json.loads(resources.files("geschil.law").joinpath(_DATA).read_text("utf-8"))


def _law(key: str, d: dict) -> Law:
    return Law(
        key=key, name=d["name"], kind=d["kind"], bwb_id=d.get("bwb_id"),
        abbreviations=tuple(d.get("abbreviations", ())), names=tuple(d.get("names", ())),
        patterns=tuple(d.get("patterns", ())), article_re=recache.compile(d["article_pattern"]),
        context_re=recache.compile(d["context_article_pattern"]) if "context_article_pattern" in d else None,
        title_re=recache.compile(d["title_pattern"], re.I) if "title_pattern" in d else None,
        parent=d.get("parent"), books=d.get("books", {}), policy_words=d.get("policy_words", {}),
        standalone=d.get("standalone", True), valid_from=d.get("valid_from"),
        valid_until=d.get("valid_until"), articles=d.get("articles", {}),
        article_ranges=tuple(d.get("article_ranges", ())),
    )


@cache
def laws() -> dict[str, Law]:
    return {key: _law(key, d) for key, d in _raw()["laws"].items()}


def get(key: str) -> Law:
    return laws()[key]


@cache
def back_references() -> dict[str, dict]:
    """'de wet', 'dit besluit', ... → {kind, default}."""
    return {k: v for k, v in _raw()["back_references"].items() if not k.startswith("_")}


@cache
def _alias_regexes(standalone_only: bool) -> tuple[tuple[str, str], ...]:
    """(regex, law key), longest first so 'Wet BIG' wins over a bare 'Wet'."""
    out = []
    for law in laws().values():
        if standalone_only and not law.standalone:
            continue
        out += [(rf"(?<![\w-]){re.escape(a)}(?![\w-])", law.key) for a in law.abbreviations]
        out += [(rf"(?i:(?<!\w){_spaced(n)}(?!\w))", law.key) for n in law.names]
        out += [(rf"(?i:(?<!\w){p}(?!\w))", law.key) for p in law.patterns]
    return tuple(sorted(out, key=lambda item: -len(item[0])))


def _spaced(name: str) -> str:
    """A name matched across line breaks and double spaces."""
    return r"\s+".join(re.escape(word) for word in name.split())


@cache
def alias_pattern(standalone_only: bool = False) -> re.Pattern:
    """One regex over every law name; group `L<i>` tells which law (see alias_law)."""
    parts = [f"(?P<L{i}>{rx})" for i, (rx, _) in enumerate(_alias_regexes(standalone_only))]
    # behind the pre-filter (min_len 2: "BW"): the stretch before an article is searched only
    # where a law's name may stand
    return literals.compile("|".join(parts), min_len=2)


@cache
def abbreviation_pattern() -> re.Pattern:
    """Every law's abbreviation as alias_pattern() reads it (a bare article number is cited only
    before one: '2.1 Bzv')."""
    # longest first; the same pattern in every process (a set's order is not: it would be a new
    # pattern to compile, and to keep, at each start)
    words = sorted({a for law in laws().values() for a in law.abbreviations}, key=lambda a: (-len(a), a))
    # behind the literal pre-filter (min_len 2: "BW"), a long text is tried only where an
    # abbreviation starts, not at every character (the look-behind before the names hides their
    # first letters from sre)
    return literals.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w-])", min_len=2)


def alias_law(match: re.Match, standalone_only: bool = False) -> Law:
    """The law a match of alias_pattern() names."""
    index = int(match.lastgroup[1:])
    return get(_alias_regexes(standalone_only)[index][1])


def url_for(law: Law, article: str, paragraph: int | None = None, item: str | None = None) -> str | None:
    """The wetten.overheid.nl juriconnect link to the provision, or None (policy, unknown id)."""
    bwb = law.bwb_for(article)
    if not bwb:
        return None
    number = article.split(":", 1)[1] if law.books else article
    url = _raw()["url_template"].format(bwb_id=bwb, artikel=number)
    if paragraph is not None:
        url += f"&lid={paragraph}"
    if item is not None:
        url += f"&onderdeel={item}"
    return url


@cache
def not_laws() -> re.Pattern:
    """Names of texts whose articles are no provision of a law or a policy (the committee's reglement)."""
    patterns = _raw()["not_laws"]["patterns"]
    return literals.compile("(?i:" + "|".join(f"(?:{p})" for p in patterns) + r")(?!\w)")


@cache
def titled() -> tuple[Law, ...]:
    """The laws (policy conditions) whose texts are headed by a title line rather than named."""
    return tuple(law for law in laws().values() if law.title_re)


def candidates(article: str) -> list[Law]:
    """Every law that an article naming no law could belong to, judged by its numbering."""
    return [law for law in laws().values() if law.fits_context(article)]
