"""Open-world status: divergent only when the ruling's own text proves it.

A computed ground contradicts the committee's own finding on that same ground. A decision that
goes against every ground geschil read for it (a refusal whose grounds are all met) proves
nothing: the committee may rest it on a ground geschil did not read (blind rounds 28 and 111: a
cheaper alternative, a functional impairment not shown). A decisive ground that needs a fact the
ruling does not state makes it undetermined. Anything else is
consistent: the rules geschil models are not all the law, so a rule that the committee does not
rely on never turns a decision into a contradiction.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from geschil.i18n import DEFAULT, catalogue, say
from geschil.law.registry import laws
from geschil.models import Ground, Part, Record
from geschil.reason.grounds import FAVOURABLE
from geschil.reason.said import citation_key, data, moot, stated_conditions


def _names(grounds: list[Ground], lang: str) -> str:
    return ", ".join(dict.fromkeys(g.rule for g in grounds)) or say("why.none", lang)


def _conditions(grounds: list[Ground]) -> list[Ground]:
    """The grounds that are conditions of the claim (met is favourable), per law/grounds.json."""
    neutral = {g["rule"] for g in data()["grounds"] if g.get("condition") is False}
    return [g for g in grounds if g.rule not in neutral]


# a conclusion restates a computed ground drawn at most this many sentences before it
RESTATE_REACH = 2


def _exceptions() -> set[str]:
    return {g["rule"] for g in data()["grounds"] if g.get("exception")}


@cache
def _conclusion() -> re.Pattern:
    return re.compile("|".join(data()["restating"]["cues"]), re.I)


def _restates(o: Ground, g: Ground, starts: list[int]) -> bool:
    """Whether the outside ground o is a conclusion drawn right after g's sentence: the next
    sentence of the reasoning, or the one after it ("… al had bereikt. Verzoeker heeft dat niet
    betwist. Aan de voorwaarde van artikel 14.3 is dus niet voldaan."). `starts`: where the
    record's statements begin, in text order."""
    if o.kind != "outside" or not o.evidence or not _conclusion().search(o.evidence[0].quote):
        return False
    start = o.evidence[0].span[0]
    mine = bisect_left(starts, start)
    for e in g.evidence[:3]:
        at = bisect_right(starts, e.span[0]) - 1
        if 0 < mine - at <= RESTATE_REACH and start >= e.span[1]:
            return True
    return False


def _decisive(g: Ground, parts: dict[str, Part], grounds: list[Ground], starts: list[int],
              stated: dict[str, str] | None = None) -> bool:
    """Whether the decision on the ground's part rests on it. A refusal needs one unfavourable
    ground: another that stands (not itself missing a fact, nor a computed ground left unread)
    carries it alone. An exception found
    not to apply ("niet naar maatstaven van redelijkheid en billijkheid onaanvaardbaar") carries
    nothing: the condition it would have excused does."""
    part = parts.get(g.part or "")
    if part is None or part.decision is None or g.committee is None:
        return True
    if FAVOURABLE[g.committee] != (part.decision == "granted"):
        return False
    if part.decision == "granted":
        return True
    exceptions = _exceptions()
    # the sentences that word g's own provision (_same_provision): every outside ground read from
    # them words it too ("… geen schriftelijke melding als bedoeld in artikel 12, eerste lid, onder a;
    # artikel 4.3 sluit dat uit"), and carries no refusal of its own
    wording = {o.evidence[0].span for o in grounds if o.evidence and _same_provision(o, g)}
    return not any(o is not g and o.part == g.part and o.committee in ("not_met", "not_established")
                   and not _alternatives(o, g)
                   and o.agreement != "missing_fact" and o.rule not in exceptions
                   and not _unread(o) and not _restates(o, g, starts)
                   and not (o.kind == "outside" and o.evidence and o.evidence[0].span in wording)
                   and not _not_applied(o)
                   and not _words_condition(o, g, stated or {})
                   and not _other_insurance(o, g, part)
                   for o in grounds)


BASIC_LAW = "Zvw"  # the basic insurance's act; its decree and regulation name it their parent (law/laws.json)


def _other_insurance(o: Ground, g: Ground, part: Part) -> bool:
    """Whether o is a provision of the basic insurance's law said beside a supplementary claim that g,
    a condition of the policy, decides ("Evenmin is in geschil dat de behandelingen niet ten laste
    van de zorgverzekering komen", blind round 116): it says what the basic insurance does not
    cover, not why the supplementary claim fails."""
    law = laws().get(o.legal_basis.law or "")
    basic = law is not None and BASIC_LAW in (law.key, law.parent)
    return (part.claim == "supplementary" and o.kind == "outside" and basic
            and g.kind == "computed" and g.legal_basis.law == "polis")


def _words_condition(o: Ground, g: Ground, stated: dict[str, str]) -> bool:
    """Whether the outside ground o is read from the policy article the committee itself states as
    g's condition ("Artikel B.9.4 … bepaalt dat … vooraf schriftelijke toestemming … nodig is"): a
    point on that condition ("Een telefonische vraag … is geen schriftelijke aanvraag …, zoals artikel
    B.9.4 … die verlangt", blind round 108), not a refusal of its own."""
    return o.kind == "outside" and o.legal_basis.law == "polis" and stated.get(citation_key(o.legal_basis)) == g.rule


def _not_applied(o: Ground) -> bool:
    """An outside provision the committee says does not apply here ("… zijn enkele vormen van
    plastische chirurgie uitgezonderd; geen daarvan is hier aan de orde"), or an exception it finds
    not to apply ("dat zich de uitzondering van artikel 4.3 voordoet"): it carries no refusal."""
    if o.kind != "outside" or not o.evidence:
        return False
    quote = o.evidence[0].quote
    return moot(quote) or bool(_exception_words().search(quote))


@cache
def _exception_words() -> re.Pattern:
    return re.compile(data()["exception_words"], re.I)


@cache
def _routes() -> dict[str, str]:
    return {g["rule"]: g["route"] for g in data()["grounds"] if g.get("route")}


def _alternatives(o: Ground, g: Ground) -> bool:
    """Whether o and g are conditions of two entitlements that stand beside each other (Bzv 2.7
    lid 1 onder a and lid 6): a refusal on one route leaves the claim open on the other (blind
    round 104)."""
    a, b = _routes().get(o.rule), _routes().get(g.rule)
    return a is not None and b is not None and a != b


def _same_provision(o: Ground, g: Ground) -> bool:
    """Whether the outside ground o is read from the policy article the computed ground g applies
    ("artikel 12.2" beside "artikel 12": the start of the treatment the age limit of article 12
    counts from): a word on that condition, not a refusal of its own."""
    a, b = o.legal_basis, g.legal_basis
    if o.kind != "outside" or g.kind != "computed" or a.law != b.law or not (a.article and b.article):
        return False
    if a.law != "polis":  # a law's own provision: the same lid ("De ingreep valt daarom niet onder deze bepaling"
        # after the age finding of Bzv 2.7 lid 4 onder l, blind round 134)
        return a.article == b.article and b.paragraph is not None and a.paragraph == b.paragraph
    return a.article.split(".")[0] == b.article.split(".")[0]


def _unread(o: Ground) -> bool:
    """A computed ground whose words point both ways (left unchecked) is no reading that can
    carry a refusal: the ground that needs a missing fact stays decisive beside it."""
    return o.kind == "computed" and o.agreement == "not_checked"


def status(record: Record, parts: list[Part], grounds: list[Ground],
           lang: str = DEFAULT) -> tuple[str, str]:
    """(status, reason), the reason in `lang`."""
    if record.outcome is None:
        missing = "; ".join(record.warnings) or say("why.not_extracted", lang)
        return "undetermined", say("why.no_decision", lang, missing=missing)
    contra = [g for g in grounds if g.agreement == "contradicts"]
    if contra:
        return "divergent", say("why.divergent", lang, why=" ".join(g.reason for g in contra))
    by_id = {p.id: p for p in parts}
    starts = [st.span[0] for st in record.statements]
    lacking = [g for g in _conditions(grounds) if g.agreement == "missing_fact"]
    stated = stated_conditions(record) if lacking else {}
    missing = [g for g in lacking if _decisive(g, by_id, grounds, starts, stated)]
    if missing:
        return "undetermined", say("why.undetermined", lang, why=" ".join(g.reason for g in missing))
    return "consistent", _summary(grounds, lang)


def _computation(g: Ground, lang: str) -> str:
    """The recomputation a ground's reason quotes (grounds.py writes it as ground.computation)."""
    lead = re.escape(catalogue(lang)["ground.computation"].split("{", 1)[0])
    m = re.search(lead + r"[^:]*: (.*)", g.reason, re.S)
    return m.group(1) if m else g.reason


def _summary(grounds: list[Ground], lang: str) -> str:
    agree = [g for g in grounds if g.agreement == "agrees"]
    judged = [g for g in grounds if g.kind == "judgement"]
    outside = [g for g in grounds if g.kind == "outside"]
    other = [g for g in grounds if g.kind == "computed" and g.agreement != "agrees"]
    if not grounds:
        return say("why.consistent.none", lang)
    computed = " ".join(_computation(g, lang)[:240] for g in agree[:3])
    parts = [say("why.agreeing", lang, names=_names(agree, lang), computed=computed)
             if agree else say("why.none_recomputed", lang),
             say("why.judged", lang, names=_names(judged, lang)) if judged else "",
             say("why.outside", lang, names=_names(outside, lang)) if outside else "",
             say("why.other", lang, names=_names(other, lang)) if other else ""]
    return say("why.consistent", lang, parts="; ".join(p for p in parts if p))
