"""The closing summary of a batch: counts per status and outcome, the rulings to look at, errors.

Plain lines (no markup): the CLI prints them to stdout under a table, or to stderr when stdout
carries JSON, so that pipes stay clean.
"""

from __future__ import annotations

import json
import re
from collections import Counter, namedtuple
from collections.abc import Iterable
from functools import cache

from geschil.i18n import label, say

FLAGGED = ("divergent", "undetermined")
REASON_CHARS = 160
# a sentence ends at a full stop before a word (not a page number: "p. 2", not "mr. drs.")
SENTENCE_END = re.compile(r"(?<!\bp\.)(?<!\bmr\.)(?<=\.)\s+(?=[^\d\s])")


@cache
def _status_lead() -> re.Pattern:
    """The status a check's reason opens with ("Afwijkend: …", from the reason catalogues): the
    summary line names it already."""
    from geschil.i18n import LANGS

    leads = {say(f"why.{s}", lang, why="\0").split("\0")[0].strip()
             for lang in LANGS for s in ("divergent", "undetermined")}
    leads |= {lead.split(":")[0] + ":" for lead in leads}
    leads.add(say("status.consistent", "nl").capitalize() + ":")
    return re.compile("^(?:" + "|".join(re.escape(x) for x in sorted(leads, key=lambda x: (-len(x), x))) + r")\s*")


def one_line(text: str | None, limit: int = REASON_CHARS) -> str:
    """The first sentence of a reason, squashed to one line and cut at `limit` characters."""
    text = _status_lead().sub("", re.sub(r"\s+", " ", text or "").strip())
    first = SENTENCE_END.split(text, maxsplit=1)[0]
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


def _counts(kind: str, counter: Counter, lang: str) -> str:
    named = sorted(((label(kind, k, lang), n) for k, n in counter.items()),
                   key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{word} {n}" for word, n in named)


class Line(namedtuple("Line", "path case outcome status reason error")):
    """What the summary needs of one batch item (kept small: a batch may hold thousands): its
    path, case number, outcome, check status, reason and error (each a str or None). A plain
    namedtuple: typing's NamedTuple would import typing into every cached batch."""

    __slots__ = ()


def of(item) -> Line:
    """The summary line of a batch Item (record, check or None, error), read off its JSON texts
    when it has them: no model is built, so a cached batch stays free of pydantic. A cache hit
    brings its fields along (see noted): nothing is parsed but them."""
    fields = getattr(item, "noted", None)
    if fields:
        return Line(item.path, *json.loads(fields))
    rec_json = getattr(item, "record_json", None)
    if rec_json is None:
        chk, err = item.check, item.error
        return Line(item.path, item.record.case_number, item.record.outcome,
                    chk.status if chk is not None else None,
                    one_line(chk.reason) if chk is not None else "", err.kind if err else None)
    chk = json.loads(item.check_json) if item.check_json else None
    return _read(item.path, chk, lambda: json.loads(rec_json), dict.get)


def _read(path: str, chk, record, get) -> Line:
    """The summary line of a result: the check's fields when there is a check, the record read
    (`record()`) only when there is none or the check failed; `get` reads a field of either, as
    JSON dicts (dict.get) or as models (getattr)."""
    rec = record() if chk is None or get(chk, "error") else None
    err = (rec is not None and get(rec, "error")) or (chk is not None and get(chk, "error"))
    return Line(path, get(chk if chk is not None else rec, "case_number"),
                get(chk, "actual_outcome") if chk is not None else get(rec, "outcome"),
                get(chk, "status") if chk is not None else None,
                one_line(get(chk, "reason")) if chk is not None else "",
                get(err, "kind") if err else None)


def noted(item) -> str:
    """An Item's summary fields (all but the path) as one line of JSON, for the cache entry."""
    return json.dumps(list(of(item)[1:]), ensure_ascii=False)


def noted_models(record, check) -> str:
    """noted() of a worker's record and check models, read as of() reads their JSON: the worker
    need not parse back what it has just written (a quarter of a millisecond a ruling)."""
    return json.dumps(list(_read("", check, lambda: record, getattr)[1:]), ensure_ascii=False)


def lines(items: Iterable, lang: str = "nl") -> list[str]:
    """The summary of batch Items (or of their Lines)."""
    rows = [i if isinstance(i, Line) else of(i) for i in items]
    ok = [r for r in rows if r.error is None]
    out = ["── " + say("summary.title", lang) + " ──",
           say("summary.given", lang, given=len(rows), processed=len(ok),
               failed=len(rows) - len(ok))]
    outcomes = Counter(r.outcome or "unknown" for r in ok)
    if outcomes:
        out.append(f"{say('summary.outcomes', lang)}: {_counts('outcome', outcomes, lang)}")
    statuses = Counter(r.status for r in ok if r.status)
    if statuses:
        out.append(f"{say('summary.statuses', lang)}: {_counts('status', statuses, lang)}")
    flagged = [r for r in ok if r.status in FLAGGED]
    if flagged:
        out.append(say("summary.flagged", lang) + ":")
        for r in sorted(flagged, key=lambda r: (FLAGGED.index(r.status), r.path)):
            out.append("  " + say("summary.line", lang, case=r.case or "?", path=r.path,
                                  status=label("status", r.status, lang), reason=r.reason))
    errors = Counter(r.error for r in rows if r.error is not None)
    if errors:
        out.append(f"{say('summary.errors', lang)}: "
                   + ", ".join(f"{k} {n}" for k, n in sorted(errors.items())))
    return out
