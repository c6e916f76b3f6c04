"""Builders of small Records for the reasoning tests (facts as keywords, dates as ISO strings)."""

from __future__ import annotations

import datetime as dt

from geschil.models import (
    Advice,
    Citation,
    ConditionMention,
    DatePeriod,
    Evidence,
    Facts,
    Policy,
    PolicyTerm,
    PriorApproval,
    Record,
    Request,
    Source,
    TreatmentDate,
)
from geschil.reason.context import Context

BASIC = "vergoeding ten laste van de zorgverzekering"
SUPPLEMENTARY = "vergoeding ten laste van de aanvullende verzekering"


def d(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None


def ev(quote: str = "x", at: int = 0) -> Evidence:
    return Evidence(page=1, span=(at, at + len(quote)), quote=quote)


def mention(term: str, category: str, *, negated: bool = False, hypothetical: bool = False,
            section: str | None = "assessment", cue: str | None = None) -> ConditionMention:
    return ConditionMention(term=term, category=category, negated=negated,
                            hypothetical=hypothetical, section=section,
                            cue=cue or ("geen" if negated else None), evidence=ev(term))


def term(name: str, value: float, unit: str) -> PolicyTerm:
    return PolicyTerm(name=name, value=value, unit=unit, evidence=ev(f"{name} {value} {unit}"))


def treatment(kind: str, lo: str, hi: str | None = None, precision: str = "day", text: str | None = None) -> TreatmentDate:
    return TreatmentDate(kind=kind, date=d(lo) if hi is None else None, earliest=d(lo),
                         latest=d(hi or lo), precision=precision, text=text or f"{lo}..{hi or lo}")


def period(lo: str, hi: str, text: str = "in de zomer van 2016", precision: str = "season") -> DatePeriod:
    """An accident dated only imprecisely: its bounds."""
    return DatePeriod(earliest=d(lo), latest=d(hi), precision=precision, text=text)


def approval(given: str | None, start: str | None, until: str | None,
             inclusive: bool | None = True) -> PriorApproval:
    return PriorApproval(date=d(given), valid_from=d(start), valid_until=d(until),
                         until_inclusive=inclusive)


def record(*, outcome: str | None = "rejected", requests: tuple[str, ...] = (BASIC, SUPPLEMENTARY),
           policies: tuple[str, ...] = ("basic", "supplementary"), accident: str | None = None,
           accident_period: DatePeriod | None = None,
           applications: tuple[str, ...] = (), application_periods=(), treatments=(), prior=None,
           age: int | None = None,
           contracted: bool | None = None, conditions=(), terms=(), advice: bool | None = None,
           advices: tuple[str, ...] = (), bzv_cited: bool = False,
           committee_cites: tuple[tuple[str, str | None], ...] = (), provider: str | None = None,
           care_type: str | None = None, **extra) -> Record:
    """A Record; committee_cites are (law, policy) pairs the committee applies in its assessment."""
    facts = Facts(accident_date=d(accident), accident_period=accident_period,
                  application_dates=[d(a) for a in applications], application_periods=list(application_periods),
                  treatment_dates=list(treatments), prior_approval=prior, age=age,
                  contracted_provider=contracted, provider=provider, care_type=care_type,
                  conditions=list(conditions),
                  policy_terms=list(terms))
    citations = [Citation(law="Bzv", article="2.7", paragraph=1, role="body")] if bzv_cited else []
    citations += [Citation(law=law, article="1", role="body", cited_by="committee", policy=policy)
                  for law, policy in committee_cites]
    return Record(source=Source(path="t.txt", sha256="0", pages=1), case_number="T1",
                  outcome=outcome, requests=[Request(number=i + 1, text=t) for i, t in enumerate(requests)],
                  policies=[Policy(type=p) for p in policies], facts=facts, citations=citations,
                  zorginstituut=[Advice(kind=k) for k in advices], advice_followed=advice, **extra)


def ctx(lang: str = "en", **kwargs) -> Context:
    """The context of a record made of these facts; English reasons unless `lang` says."""
    return Context(record(**kwargs), lang=lang)


RULING_HEAD = """GESCHILLENCOMMISSIE ZORGVERZEKERINGEN
BINDEND ADVIES
Zaaknummer: {case}

1. Partijen
{requester} te B, hierna te noemen: {called},
tegen
Zorgverzekeraar C, gevestigd te D, hierna te noemen: de zorgverzekeraar.

"""


def ruling_text(body: str, case: str = "202359999", requester: str = "Mevrouw A", called: str = "verzoekster") -> str:
    """A whole ruling's text: the committee's head, the parties, then `body` (numbered sections from 2 on)."""
    return RULING_HEAD.format(case=case, requester=requester, called=called) + body


def read_ruling(tmp_path, text: str):
    """(record, check result) of a ruling's text, read by the whole pipeline from a .txt file."""
    from geschil.pipeline import extract_path
    from geschil.reason import check

    path = tmp_path / "ruling.txt"
    path.write_text(text, encoding="utf-8")
    record = extract_path(path)
    return record, check(record)
