"""A record says each fact once: one event per advice, one condition entry per fact with all its
evidence."""

from __future__ import annotations

from collections import Counter

import pytest

from geschil.extract.conditions import find_conditions
from geschil.extract.record import _conditions, _one_advice_each
from geschil.ingest import load
from geschil.models import ConditionMention, Event, Evidence
from geschil.pipeline import extract_path


@pytest.fixture(scope="module")
def seed(seed_pdf):
    return extract_path(seed_pdf), load(seed_pdf)


def test_each_advice_is_one_event(seed):
    record, _ = seed
    kinds = Counter(e.kind for e in record.events if e.kind.startswith("zorginstituut_advice"))
    assert kinds == {"zorginstituut_advice_provisional": 1, "zorginstituut_advice_final": 1}


def test_each_condition_fact_is_one_entry_with_all_its_evidence(seed):
    record, _ = seed
    conditions = record.facts.conditions
    keys = [(c.term, c.category, c.negated, c.hypothetical, c.section) for c in conditions]
    assert len(keys) == len(set(keys))
    assert len(conditions) < 60  # was over a hundred, most of them repeats
    spans = sorted(e.span for c in conditions for e in [c.evidence, *c.evidence_more])
    assert len(spans) == len(set(spans)) > 100  # no mention lost
    for c in conditions:
        assert all(c.evidence.span < e.span for e in c.evidence_more)


def _mention(term, start, section="assessment", negated=False):
    return ConditionMention(term=term, category="2.7.1.a:qualifies", negated=negated,
                            section=section, evidence=Evidence(page=1, span=(start, start + 3),
                                                               quote=term))


def test_condition_merging_table():
    found = [_mention("schisis", 50), _mention("agenesie", 10), _mention("schisis", 5),
             _mention("schisis", 70, negated=True), _mention("schisis", 90, section="annex")]
    merged = _conditions(found)
    assert [(m.term, m.evidence.span[0], [e.span[0] for e in m.evidence_more]) for m in merged] == [
        ("schisis", 5, [50]), ("agenesie", 10, []), ("schisis", 70, []), ("schisis", 90, [])]


def test_advice_merging_keeps_other_events_of_a_day():
    import datetime as dt

    day = dt.date(2025, 12, 1)
    events = [Event(date=day, kind=k, text=t, page=1, span=(s, s + 5)) for k, t, s in [
        ("zorginstituut_advice_provisional", "a", 0), ("zorginstituut_advice_provisional", "b", 10),
        ("copy_sent", "c", 20), ("copy_sent", "d", 30)]]
    assert [e.text for e in _one_advice_each(events)] == ["a", "c", "d"]


def test_find_conditions_itself_still_lists_every_mention(seed):
    record, doc = seed
    from geschil.extract.sections import find_sections

    raw = find_conditions(doc.text, find_sections(doc.text), doc.page_of)
    assert len(raw) == sum(1 + len(c.evidence_more) for c in record.facts.conditions)
