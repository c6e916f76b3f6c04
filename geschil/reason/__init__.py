"""Record → findings → check: re-run the eligibility rules and compare with the committee."""

from __future__ import annotations

from geschil.i18n import DEFAULT, label, say
from geschil.models import CheckResult, Finding, Record
from geschil.reason.compare import compare
from geschil.reason.context import Context
from geschil.reason.grounds import grounds
from geschil.reason.parts import by_request, parts, procedural
from geschil.reason.rules import ELIGIBILITY, MODULES
from geschil.reason.status import status

NOT_JUDGED = ("inadmissible", "no_jurisdiction")


def _run(module, ctx: Context) -> list[Finding]:
    """A module's findings; a bug in one rule must not lose the others in a batch."""
    try:
        return module.rules(ctx)
    except Exception as exc:  # noqa: BLE001 - reported in the finding, not raised
        return [ctx.finding(rule, "unknown", msg="rule.failed",
                            say={"error": f"{type(exc).__name__}: {exc}"},
                            missing="a working rule") for rule in module.RULES]


def findings(record: Record, lang: str = DEFAULT) -> tuple[list[Finding], list[str]]:
    ctx = Context(record, lang=lang)
    if record.outcome in NOT_JUDGED:
        out = []
        for module in MODULES:
            if module in ELIGIBILITY:
                out += [ctx.finding(rule, "not_applicable", msg=f"rule.not_judged.{record.outcome}")
                        for rule in module.RULES]
            else:
                out += _run(module, ctx)
        return out, ctx.notes
    return [f for module in MODULES for f in _run(module, ctx)], ctx.notes


def check(record: Record, lang: str = DEFAULT) -> CheckResult:
    """The findings, the expected outcome and whether the committee's outcome agrees; the
    reason texts in `lang` (nl or en), the enumerated values the same in both."""
    base = {"source": record.source, "case_number": record.case_number,
            "actual_outcome": record.outcome}
    if record.error is not None:
        return CheckResult(**base, error=record.error, status=None)
    found, notes = findings(record, lang)
    if record.outcome in NOT_JUDGED:
        reason = say(f"check.not_judged.{record.outcome}", lang)
        return CheckResult(**base, findings=found, expected_outcome=record.outcome,
                           status="consistent", reason=_with_notes(reason, found, notes, lang),
                           parts=parts(record))  # not decided on the merits: decision null
    claims, expected = compare(record, found, lang)
    rules_reason = " ".join(say("check.claim", lang, claim=label("claim", c.claim, lang),
                                claim_id=c.claim, reason=c.reason, expected_id=c.expected or "undecided",
                                expected=label("outcome", c.expected, lang)) for c in claims)
    split = parts(record)
    held = grounds(record, found, split, lang)
    verdict, reason = status(record, split, held, lang)
    alone = say("check.alone", lang, rules=rules_reason, expected_id=expected or "no outcome",
                expected=label("outcome", expected, lang) if expected else say("check.no_outcome", lang))
    # the notes on the ruling's own parameters close the reason: the modelled-only outcome gives
    # way to them, so the whole stays short enough to read (under 1,200 characters)
    room = 1100 - len(_with_notes("", found, notes, lang))
    reason = reason + (alone if len(reason) + len(alone) < room else alone[:max(0, room - 3 - len(reason))] + "...")
    shown, held = by_request(record, split, held)
    return CheckResult(**base, findings=found, claims=claims, expected_outcome=expected,
                       status=verdict, reason=_with_notes(reason, found, notes, lang),
                       parts=shown + procedural(record, shown), grounds=held)


def _with_notes(reason: str, found: list[Finding], notes: list[str], lang: str) -> str:
    extra = list(dict.fromkeys(notes))
    if any(f.parameters.get("flag") == "departs_from_advice" for f in found):
        extra.insert(0, say("note.departs_from_advice", lang))
    return " ".join([reason, *extra])


def summary_lines(result: CheckResult, lang: str = DEFAULT) -> list[str]:
    """Plain text lines (no rich markup), for logs and the CLI helper to print as it likes; the
    words around the values in `lang` (the reasons are in the language the check was made in)."""
    if result.error is not None:
        return [say("lines.error", lang, kind=result.error.kind, message=result.error.message)]
    lines = [say("lines.head", lang, case=result.case_number or "?",
                 status=label("status", result.status, lang), status_id=result.status,
                 expected=label("outcome", result.expected_outcome, lang),
                 expected_id=result.expected_outcome, actual=label("outcome", result.actual_outcome, lang),
                 actual_id=result.actual_outcome)]
    lines += [f"  {label('verdict', f.verdict, lang):<19} {f.rule}: {f.reason}" for f in result.findings]
    if result.reason:
        lines.append(f"  {result.reason}")
    return lines


__all__ = ["check", "findings", "summary_lines"]
