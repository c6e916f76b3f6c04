"""The closing summary of a batch: counts per status and outcome, the rulings to look at, errors.

Plain lines (no markup): the CLI prints them to stdout under a table, or to stderr when stdout
carries JSON, so that pipes stay clean.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable

from geschil.i18n import label, say

FLAGGED = ("divergent", "undetermined")
REASON_CHARS = 160
# a sentence ends at a full stop before a word (not a page number: "p. 2", not "mr. drs.")
SENTENCE_END = re.compile(r"(?<!\bp\.)(?<!\bmr\.)(?<=\.)\s+(?=[^\d\s])")


def one_line(text: str | None, limit: int = REASON_CHARS) -> str:
    """The first sentence of a reason, squashed to one line and cut at `limit` characters."""
    text = re.sub(r"\s+", " ", text or "").strip()
    first = SENTENCE_END.split(text, maxsplit=1)[0]
    return first if len(first) <= limit else first[: limit - 1].rstrip() + "…"


def _counts(kind: str, counter: Counter, lang: str) -> str:
    named = sorted(((label(kind, k, lang), n) for k, n in counter.items()),
                   key=lambda kv: (-kv[1], kv[0]))
    return ", ".join(f"{word} {n}" for word, n in named)


class _Brief:
    """What the summary needs of one batch Item, read off its JSON texts (no model is built, so
    a cached batch stays free of pydantic); Items without texts (tests) give their models."""

    def __init__(self, item):
        self.path = item.path
        rec_json = getattr(item, "record_json", None)
        if rec_json is None:
            rec, chk = item.record, item.check
            self.case, self.outcome = rec.case_number, rec.outcome
            self.status, self.reason = (chk.status, chk.reason) if chk else (None, None)
            err = item.error
            self.error = err.kind if err else None
            return
        chk = json.loads(item.check_json) if item.check_json else None
        tail = json.loads(rec_json) if chk is None or chk.get("error") else None
        self.case = (chk or tail).get("case_number")
        self.outcome = chk.get("actual_outcome") if chk else tail.get("outcome")
        self.status, self.reason = (chk.get("status"), chk.get("reason")) if chk else (None, None)
        err = (tail or {}).get("error") or (chk or {}).get("error")
        self.error = err["kind"] if err else None


def lines(items: Iterable, lang: str = "nl") -> list[str]:
    """The summary of batch Items (record, check or None, error)."""
    items = [_Brief(i) for i in items]
    ok = [i for i in items if i.error is None]
    out = ["── " + say("summary.title", lang) + " ──",
           say("summary.given", lang, given=len(items), processed=len(ok),
               failed=len(items) - len(ok))]
    outcomes = Counter(i.outcome or "unknown" for i in ok)
    if outcomes:
        out.append(f"{say('summary.outcomes', lang)}: {_counts('outcome', outcomes, lang)}")
    statuses = Counter(i.status for i in ok if i.status)
    if statuses:
        out.append(f"{say('summary.statuses', lang)}: {_counts('status', statuses, lang)}")
    flagged = [i for i in ok if i.status in FLAGGED]
    if flagged:
        out.append(say("summary.flagged", lang) + ":")
        for i in sorted(flagged, key=lambda i: (FLAGGED.index(i.status), i.path)):
            out.append("  " + say("summary.line", lang, case=i.case or "?", path=i.path,
                                  status=label("status", i.status, lang),
                                  reason=one_line(i.reason)))
    errors = Counter(i.error for i in items if i.error is not None)
    if errors:
        out.append(f"{say('summary.errors', lang)}: "
                   + ", ".join(f"{k} {n}" for k, n in sorted(errors.items())))
    return out
