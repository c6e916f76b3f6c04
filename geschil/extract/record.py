"""Document → Record: run every field extractor and keep the evidence of each value."""

from __future__ import annotations

import datetime as dt

from geschil import dates, literals
from geschil.extract import facts as fx
from geschil.extract import head as hx
from geschil.extract import outcome as ox
from geschil.extract import parties as px
from geschil.extract import procedure as prx
from geschil.extract.birth import birth
from geschil.extract.head import Found
from geschil.extract.provider import provider
from geschil.extract.recognise import headless, missing_sections, recognise
from geschil.extract.sections import find_sections, first
from geschil.extract.statements import statements
from geschil.extract.text import begin as split_once
from geschil.extract.text import sentences
from geschil.ingest.document import Document
from geschil.models import (
    Advice,
    ConditionMention,
    DatePeriod,
    Event,
    Facts,
    Insurer,
    Policy,
    PriorApproval,
    Record,
    Representative,
    Request,
    Requester,
    Source,
    Statement,
    TreatmentDate,
)


class _Evidence:
    """Collects evidence per field key while the record is built."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.items: dict = {}

    def __call__(self, key: str, found: hx.Found | None):
        if found is None:
            return None
        if found.end > found.start:
            self.items[key] = self.doc.evidence(found.start, found.end)
        return found.value


def build_record(doc: Document) -> Record:
    text = doc.text
    literals.begin(text)  # one scan of the text; what was found in the previous one is dropped
    dates.begin(text)
    split_once(text)  # the sections' sentences are read from one split of the whole text
    sections = find_sections(text, doc.page_of)
    name = doc.path.rsplit("/", 1)[-1]
    raw = "\n".join(doc.raw_pages)
    layout = recognise(text, raw, sections, name)
    ev = _Evidence(doc)
    head = first(sections, "head") or sections[0]
    block = hx.head_block(text, head)

    member_list, chair = hx.members(text, head)
    chair = chair or hx.signed_chair(text, sections, member_list)
    member_list = member_list or ([chair] if chair else [])  # the signature's chair, of no head's list
    for i, m in enumerate(member_list):
        ev(f"members.{i}", m)
    place, date = hx.signature(text, sections)
    layout = headless(layout, text, raw, date.value.year if date else None)
    requester, representative, insurers = px.parties(text, sections, block)
    req_value = ev("requester", requester) or {}
    rep_value = ev("requester.representative", representative)
    term = req_value.get("term") or px.requester_term(text)
    record = Record(
        source=Source(path=doc.path, sha256=doc.sha256, pages=doc.page_count),
        layout=layout,
        case_number=ev("case_number", hx.case_number(text, sections, block)),
        decision_date=ev("decision_date", date),
        decision_place=ev("decision_place", place),
        hearing_date=ev("hearing_date", hx.hearing_date(text, sections, block, sentences)),
        members=[m.value for m in member_list],
        chair=ev("chair", chair),
        requester=Requester(label=req_value.get("label"), place=req_value.get("place"), term=term,
                            representative=Representative(**rep_value) if rep_value else None)
        if (req_value or rep_value or term) else None,
        insurers=[Insurer(**ev(f"insurers.{i}", f)) for i, f in enumerate(insurers)],
        policies=[Policy(**ev(f"policies.{i}", f)) for i, f in enumerate(px.policies(text, sections))],
        events=_one_advice_each(sorted((Event(**f.value, page=doc.page_of(f.start), span=(f.start, f.end))
                                        for f in prx.events(text, sections)),
                                       key=lambda e: (e.date, e.span))),
        requests=[Request(**f.value, page=doc.page_of(f.start), span=(f.start, f.end))
                  for f in prx.requests(text, sections)],
        zorginstituut=[Advice(**ev(f"zorginstituut.{i}", f)) for i, f in enumerate(prx.advice(text, sections))],
        advice_followed=ev("advice_followed", prx.advice_followed(text, sections)),
        outcome=ev("outcome", ox.outcome(text, sections)),
        facts=_facts(text, sections, ev, doc),
    )
    record.citations, record.decisions_cited = _citations(text, sections, doc)
    record.statements = [Statement(**s) for s in statements(text, sections, doc.page_of)]
    record.warnings = _warnings(sections)
    record.evidence = ev.items
    return record


# A text that ends before the decision, or begins after the procedure, is a part of a ruling; it
# names what it lacks.
PARTIAL = "partial ruling: sections missing: {missing}"
NO_SECTION = "no {kind} section found: a page may be missing"


def _one_advice_each(events: list[Event]) -> list[Event]:
    """An advice of the Zorginstituut is one event however often the ruling restates it (the
    procedure, then the assessment): the first sentence that dates it stands for it."""
    seen: set[tuple] = set()
    out = []
    for e in events:
        key = (e.date, e.kind)
        if e.kind.startswith("zorginstituut_advice"):
            if key in seen:
                continue
            seen.add(key)
        out.append(e)
    return out


def _conditions(found: list[ConditionMention]) -> list[ConditionMention]:
    """One entry per fact: a condition named again with the same reading in the same section is
    the same fact. Its earliest mention stands for it; the others' evidence goes to
    `evidence_more`, in text order."""
    groups: dict[tuple, list[ConditionMention]] = {}
    for m in found:
        groups.setdefault((m.term, m.category, m.negated, m.hypothetical, m.section), []).append(m)
    out = []
    for group in groups.values():  # in the order of the facts' first listing
        first, *more = sorted(group, key=lambda m: m.evidence.span)
        out.append(first.model_copy(update={"evidence_more": [m.evidence for m in more]}))
    return out


def _warnings(sections) -> list[str]:
    """What an analyst should know about a damaged, partial or unusual ruling."""
    missing = missing_sections(sections)
    if "decision" in missing or {"parties", "procedure"} <= set(missing) \
            or ("parties" in missing and _begun_inside(sections)):  # the first or the last pages alone
        return [PARTIAL.format(missing=", ".join(missing))]
    return [NO_SECTION.format(kind=kind) for kind in ("assessment", "decision") if kind in missing]


def partial_missing(warnings: list[str]) -> list[str]:
    """The sections a partial ruling's warning names as missing ([] for a whole ruling)."""
    head = PARTIAL.split("{", 1)[0]
    return next((w[len(head):].split(", ") for w in warnings if w.startswith(head)), [])


def _begun_inside(sections) -> bool:
    """A copy begun inside the ruling's text: its first section stands in for the part its first
    heading follows (sections._headless), no head before it."""
    return bool(sections) and sections[0].kind != "head" and not sections[0].title \
        and sections[0].body == sections[0].start


def _facts(text, sections, ev: _Evidence, doc: Document) -> Facts:
    approval, approval_found = fx.prior_approval(text, sections)
    ev("facts.prior_approval", approval_found)
    accident = ev("facts.accident_date", fx.accident_date(text, sections))
    period = _other_period(fx.accident_period(text, sections), accident, sections)
    period = ev("facts.accident_period", period)
    born = _birth(text, sections, ev)
    facts = Facts(
        accident_date=accident,
        accident_period=DatePeriod(**period) if period else None,
        application_dates=[ev(f"facts.application_dates.{i}", f)
                           for i, f in enumerate(fx.application_dates(text, sections))],
        application_periods=[DatePeriod(**ev(f"facts.application_periods.{i}", f))
                             for i, f in enumerate(fx.application_periods(text, sections))],
        application_sent=fx.application_sent(text, sections),
        application_received=fx.application_received(text, sections),
        application_argued=fx.application_argued(text, sections),
        treatment_dates=[TreatmentDate(**ev(f"facts.treatment_dates.{i}", f))
                         for i, f in enumerate(fx.treatment_dates(text, sections))],
        prior_approval=PriorApproval(**approval) if approval else None,
        age=ev("facts.age", fx.age(text, sections)),
        birth_date=born if isinstance(born, dt.date) else None,
        birth_period=DatePeriod(**born) if isinstance(born, dict) else None,
        contracted_provider=ev("facts.contracted_provider", fx.contracted_provider(text, sections)),
        **(ev("facts.provider", provider(text, sections)) or {}),
    )
    try:  # the condition vocabulary and the policy parameters come from their own modules
        from geschil.extract.conditions import find_conditions
        from geschil.extract.parameters import find_policy_terms
    except ImportError:
        return facts
    facts.conditions = _conditions(find_conditions(text, sections, doc.page_of))
    facts.policy_terms = find_policy_terms(text, doc.page_of)
    return facts


def _birth(text, sections, ev: _Evidence):
    """The birth as a day (facts.birth_date) or, dated by its month only, as bounds
    (facts.birth_period), each with its evidence."""
    found = birth(text, sections)
    if found is None:
        return None
    value = found.value
    if value["date"] is not None:
        return ev("facts.birth_date", Found(value["date"], found.start, found.end))
    return ev("facts.birth_period", Found({k: value[k] for k in ("earliest", "latest", "precision", "text")},
                                          found.start, found.end))


def _other_period(found, accident, sections):
    """An accident dated only by a period is kept beside an exact accident date when the facts or
    the assessment give it and it cannot hold that date: it is another accident ("in het voorjaar
    van 2021" and "8 augustus 2022"), and the rules must not take the one for the other."""
    if found is None or accident is None:
        return found
    inside = found.value["earliest"] <= accident <= found.value["latest"]
    argued = any(s.start <= found.start < s.end and s.has(*fx.POSITIONS) for s in sections)
    return None if inside or argued else found


def _citations(text, sections, doc: Document):
    try:
        from geschil.extract.citations import find_citations, find_decisions
    except ImportError:
        return [], []
    citations = find_citations(text, sections, doc.page_of)
    return citations, find_decisions(text, doc.page_of, citations)
