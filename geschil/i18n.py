"""Wording per language: message catalogues as data and Dutch dates.

law/messages/LANG.json holds the labels of tables and reports, law/messages/reason.LANG.json the
sentences of the reasoning (one id per sentence shape, named parameters). `say("outcome.rejected",
"nl")` → "afgewezen"; parameters fill `{name}` slots, and a date parameter is written in the
language ("27 juni 2021"). The JSON output keeps its enumerated values (contract); only what
people read goes through here.
"""

from __future__ import annotations

import json
import os
import sys
from functools import cache

from geschil import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt

LANGS = ("nl", "en")
DEFAULT = "nl"
# a string, not a Path: a cached batch writes its summary through here without importing pathlib
CATALOGUES = os.path.join(os.path.dirname(os.path.realpath(__file__)), "law", "messages")


@cache
def catalogue(lang: str) -> dict:
    if lang not in LANGS:
        raise ValueError(f"unknown language {lang!r}: choose one of {', '.join(LANGS)}")
    out, reasons = _read(f"{lang}.json"), _read(f"reason.{lang}.json")
    clash = set(out) & set(reasons) - {"_about"}
    if clash:
        raise ValueError(f"ids in both catalogues of {lang}: {sorted(clash)}")
    return {**out, **reasons}


def _read(name: str) -> dict:
    with open(os.path.join(CATALOGUES, name), encoding="utf-8") as f:
        return json.load(f)


def say(msg_id: str, lang: str = DEFAULT, **params) -> str:
    """The message in `lang`; an id missing from the catalogue is a bug, so it raises KeyError.
    Dates among the parameters are written in the language."""
    text = catalogue(lang)[msg_id]
    if not params:
        return text
    return text.format(**{k: date(v, lang) if _is_date(v) else v for k, v in params.items()})


def _is_date(value) -> bool:
    # no date can exist before datetime is imported: a cached batch's summary does not import it
    module = sys.modules.get("datetime")
    return module is not None and isinstance(value, module.date)


def missing(what: str, lang: str = DEFAULT) -> str:
    """A finding's `missing` parameter (kept as it is in the JSON) in words of the language."""
    return catalogue(lang).get("missing", {}).get(what, what)


def label(kind: str, value: str | None, lang: str = DEFAULT) -> str:
    """The reader's word for an enumerated value: label("outcome", "rejected", "nl") → afgewezen.

    None reads as the catalogue's `KIND.none`; a value without wording shows as it is."""
    key = f"{kind}.{value if value is not None else 'none'}"
    return catalogue(lang).get(key, "" if value is None else str(value).replace("_", " "))


def date(value: dt.date | None, lang: str = DEFAULT) -> str:
    """27 juni 2021 (nl) or 27 June 2021 (en); '' for no date."""
    if value is None:
        return ""
    return f"{value.day} {catalogue(lang)['months'][value.month - 1]} {value.year}"
