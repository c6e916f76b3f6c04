"""Who asked for the care, and so which kind of care it is (law/providers.json).

Read from the sentences that tell of an application or a treatment plan: the provider named as
its author ("de tandarts-implantoloog heeft een aanvraag ingediend", "een aanvraag van de
kaakchirurg"). Providers of both kinds asking in one ruling leave the kind unknown.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from geschil import literals
from geschil.extract.head import Found
from geschil.extract.sections import Section
from geschil.extract.text import sentences

SECTIONS = ("facts", "procedure", "assessment", "other")
ASKS = literals.compile(r"\baanvra|\baangevraagd|\bbehandelplan|\bmachtiging|\bverzoek\s+om\s+(?:vergoeding|toestemming)", re.I)


@cache
def _providers() -> tuple[re.Pattern, dict[str, str]]:
    data = json.loads(resources.files("geschil.law").joinpath("providers.json").read_text("utf-8"))
    kinds = {name.lower(): kind for name, kind in data["providers"]}
    alt = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name, _ in data["providers"])
    return literals.compile(rf"(?<![\w-])(?:{alt})(?![\w-])", re.I), kinds


def provider(text: str, sections: list[Section]) -> Found | None:
    """{provider, care_type} of the provider who asked, with its span; None when not told."""
    pattern, kinds = _providers()
    found: list[tuple[str, str, int, int]] = []
    for section in sections:
        if section.kind not in SECTIONS:
            continue
        for a, b in literals.among(text, list(sentences(text, section.body_start, section.end)), pattern):
            if not ASKS.search(text, a, b):
                continue
            for m in pattern.finditer(text, a, b):
                name = " ".join(m.group().split())
                found.append((name, kinds[name.lower()], m.start(), m.end()))
    if not found or len({kind for _, kind, _, _ in found}) > 1:
        return None
    name, kind, start, end = found[0]
    return Found({"provider": name, "care_type": kind}, start, end)
