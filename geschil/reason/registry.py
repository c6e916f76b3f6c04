"""The rules' legal bases and parameter defaults, read from law/provisions.json."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache, lru_cache
from pathlib import Path

from geschil import literals
from geschil.law import registry as laws
from geschil.models import Citation

PROVISIONS = Path(__file__).resolve().parent.parent / "law" / "provisions.json"


@lru_cache(maxsize=1)
def data() -> dict:
    return json.loads(PROVISIONS.read_text(encoding="utf-8"))


def provision(rule: str) -> dict:
    try:
        return data()["provisions"][rule]
    except KeyError:
        raise KeyError(f"no provision for rule {rule!r} in {PROVISIONS.name}") from None


def bwb_id(p: dict) -> str | None:
    """The BWB id of the provision's law, from the law registry (ids live in laws.json only)."""
    law = laws.laws().get(p.get("law") or "")
    return law.bwb_for(p["article"]) if law and p.get("article") else None


def url(p: dict) -> str | None:
    law = laws.laws().get(p.get("law") or "")
    if law is None or not p.get("article"):
        return None
    return laws.url_for(law, p["article"], p.get("paragraph"), p.get("item"))


def validity(p: dict, lang: str = "en") -> str:
    from geschil.i18n import say

    start, end = p.get("valid_from"), p.get("valid_until")
    if not start and not end:
        return say("validity.conditions", lang)
    start = dt.date.fromisoformat(start) if start else "?"
    if end:
        return say("validity.from_until", lang, start=start, end=dt.date.fromisoformat(end))
    return say("validity.from", lang, start=start)


def citation(rule: str, lang: str = "nl") -> Citation:
    """The rule's legal basis; its note (title, validity, remark) in `lang` (the titles are
    Dutch in both: they name Dutch law). A copy of the one built per rule and language: every
    finding of a batch names one."""
    return _citation(rule, lang).model_copy()


@cache
def _citation(rule: str, lang: str) -> Citation:
    from geschil.i18n import catalogue

    p = provision(rule)
    parts = [p["title"], validity(p, lang), catalogue(lang).get(f"note.{rule}")]
    note = " ".join(f"{x[:1].upper()}{x[1:]}." for x in parts if x)
    return Citation(law=p.get("law"), article=p.get("article"), paragraph=p.get("paragraph"),
                    item=p.get("item"), bwb_id=bwb_id(p), url=url(p), role=None,
                    cited_by=None, note=note)


def in_force(rule: str, on: dt.date | None) -> bool | None:
    """Whether the provision was in force on a date (None: the date is not known)."""
    if on is None:
        return None
    p = provision(rule)
    start, end = p.get("valid_from"), p.get("valid_until")
    if start and on < dt.date.fromisoformat(start):
        return False
    return not (end and on > dt.date.fromisoformat(end))


def role(rule: str) -> str:
    return provision(rule).get("role", "informational")


def claim(rule: str) -> str | None:
    return provision(rule).get("claim")


def default(name: str) -> dict:
    return data()["defaults"][name]


def convention(name: str) -> str:
    return data()["conventions"][name]


@lru_cache(maxsize=1)
def claim_patterns() -> dict[str, re.Pattern]:
    return {name: literals.compile(p, re.I) for name, p in data()["claims"].items()}
