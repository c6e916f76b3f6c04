"""The typed records that flow between the stages, and the public JSON contract.

Every key named in shared/CONTRACT.md lives here; extra keys only ever get added.
Dates serialise as ISO `YYYY-MM-DD`; a value the ruling does not state is None or [].
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Outcome = Literal["rejected", "granted", "partially_granted", "inadmissible", "no_jurisdiction"]
Verdict = Literal["met", "not_met", "unknown", "not_applicable"]
Status = Literal["consistent", "divergent", "undetermined"]
Role = Literal["body", "annex", "header"]
CitedBy = Literal["requester", "insurer", "zorginstituut", "committee"]
Precision = Literal["day", "period", "month", "season", "year"]
Layout = Literal["modern", "letterhead", "classic"]
Speaker = Literal["committee", "requester", "insurer", "zorginstituut"]
# How a sentence of the reasoning speaks: the committee's own finding, a fact it takes as not in
# dispute, a party's (or the Zorginstituut's) position it reports, a position it rejects or
# follows, or a norm it states (the law or the policy, not a finding about this case); a subheading
# over its paragraphs says none of these.
Stance = Literal["finding", "undisputed", "reports", "rejects", "follows", "norm", "heading"]
CommitteeFinding = Literal["met", "not_met", "not_established"]
GroundKind = Literal["computed", "judgement", "outside"]
Agreement = Literal["agrees", "contradicts", "missing_fact", "not_checked"]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(Model):
    """Where a value was read: 1-based page, [start, end) in the cleaned text, the quote."""

    page: int
    span: tuple[int, int]
    quote: str


class Source(Model):
    path: str
    sha256: str
    pages: int


class Representative(Model):
    label: str
    place: str | None = None


class Requester(Model):
    label: str | None = None
    place: str | None = None
    term: Literal["verzoeker", "verzoekster"] | None = None
    representative: Representative | None = None


class Insurer(Model):
    name: str
    place: str | None = None


class Policy(Model):
    type: Literal["basic", "supplementary"]
    name: str | None = None


class Event(Model):
    date: dt.date
    kind: str
    text: str
    page: int
    span: tuple[int, int]


class Request(Model):
    number: int
    text: str
    page: int | None = None
    span: tuple[int, int] | None = None


class Citation(Model):
    law: str | None
    article: str | None
    paragraph: int | None = None
    item: str | None = None
    bwb_id: str | None = None
    url: str | None = None
    role: Role | None = None
    cited_by: CitedBy | None = None
    flags: list[str] = Field(default_factory=list)
    raw: str = ""
    page: int | None = None
    span: tuple[int, int] | None = None
    policy: Literal["basic", "supplementary"] | None = None
    note: str | None = None


class DecisionRef(Model):
    kind: Literal["ecli", "skgz", "other"]
    id: str
    raw: str
    page: int | None = None
    span: tuple[int, int] | None = None


class Advice(Model):
    """An advice of Zorginstituut Nederland (before 2014: CVZ)."""

    kind: Literal["provisional", "final"]
    date: dt.date | None = None
    case_number: str | None = None
    body: Literal["zorginstituut", "cvz"] = "zorginstituut"


class PriorApproval(Model):
    """An akkoordverklaring / machtiging with its validity window."""

    date: dt.date | None = None
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    until_inclusive: bool | None = None


class TreatmentDate(Model):
    """A treatment date; imprecise ones ('begin 2025') keep bounds and no exact date."""

    kind: Literal["start", "finished", "performed", "planned"]
    date: dt.date | None = None
    earliest: dt.date
    latest: dt.date
    precision: Precision
    text: str


class ConditionMention(Model):
    """A condition or treatment named in the ruling, classified by the condition vocabulary."""

    term: str  # the vocabulary's canonical term, e.g. "peri-implantitis"
    category: str  # vocabulary category, e.g. "2.7.1.a:qualifies", "2.7.1.a:not_on_its_own"
    negated: bool = False  # "niet is gebleken van ...", "geen sprake van ..."
    # named as an example, benchmark or requirement ("gedacht kan worden aan schisis"), not as
    # the requester's own condition
    hypothetical: bool = False
    cue: str | None = None  # the negation or hypothetical cue as it stands in the text
    section: str | None = None  # kind of the section it stands in
    evidence: Evidence  # the earliest mention
    # the same fact named again (same term, reading and section): the other mentions, in order
    evidence_more: list[Evidence] = Field(default_factory=list)


class PolicyTerm(Model):
    """A parameter of a rule read from the conditions quoted in the ruling (e.g. a 2-year window)."""

    name: str  # e.g. "accident_treatment_window", "accident_approval_deadline", "accident_cap"
    value: float
    unit: str  # "years", "months", "days", "euro", "percent"
    evidence: Evidence


class DatePeriod(Model):
    """An imprecise date ("in de zomer van 2016"): its bounds, never an exact day."""

    earliest: dt.date
    latest: dt.date
    precision: Precision
    text: str


class Facts(Model):
    accident_date: dt.date | None = None
    accident_period: DatePeriod | None = None  # set when the accident is dated only imprecisely
    application_dates: list[dt.date] = Field(default_factory=list)
    # applications dated only by a month, a span of days or a season ("in april 2019"): their bounds
    application_periods: list[DatePeriod] = Field(default_factory=list)
    # application days told only as a letter's date or a sending ("gedateerd", "per post verzonden"), no arrival
    application_sent: list[dt.date] = Field(default_factory=list)
    # application days told only as its arrival ("is op 14 september 2021 ontvangen"), no sending
    application_received: list[dt.date] = Field(default_factory=list)
    # application days only a party's position tells, the committee's own account nowhere
    application_argued: list[dt.date] = Field(default_factory=list)
    treatment_dates: list[TreatmentDate] = Field(default_factory=list)
    prior_approval: PriorApproval | None = None
    age: int | None = None
    birth_date: dt.date | None = None  # the insured person's, as printed ("geboren op …")
    birth_period: DatePeriod | None = None  # set when the birth is dated only by its month
    contracted_provider: bool | None = None
    provider: str | None = None  # who asked for the care, as named ("tandarts-implantoloog")
    care_type: Literal["dental", "medical_specialist"] | None = None  # what that provider's asking makes it
    conditions: list[ConditionMention] = Field(default_factory=list)
    policy_terms: list[PolicyTerm] = Field(default_factory=list)


class Statement(Model):
    """A sentence of the reasoning (assessment, decision, the advice) with who speaks and how.

    For a rejected position, `inner` is the span of the position the committee rejects
    ("de stelling dat <inner> faalt"); its polarity is the opposite of the committee's finding.
    """

    section: str
    speaker: Speaker
    stance: Stance
    page: int
    span: tuple[int, int]
    text: str
    inner: tuple[int, int] | None = None
    cue: str | None = None

    def evidence(self) -> Evidence:
        """The sentence as evidence: its page, span and its text on one line."""
        return Evidence(page=self.page, span=self.span, quote=" ".join(self.text.split()))


class ErrorInfo(Model):
    kind: str
    message: str


class Record(Model):
    schema_version: str = SCHEMA_VERSION
    source: Source
    document_type: Literal["bindend_advies"] | None = "bindend_advies"
    layout: Layout | None = None
    case_number: str | None = None
    decision_date: dt.date | None = None
    decision_place: str | None = None
    hearing_date: dt.date | None = None
    members: list[str] = Field(default_factory=list)
    chair: str | None = None
    requester: Requester | None = None
    insurers: list[Insurer] = Field(default_factory=list)
    policies: list[Policy] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    requests: list[Request] = Field(default_factory=list)
    citations: list[Citation] = Field(default_factory=list)
    decisions_cited: list[DecisionRef] = Field(default_factory=list)
    zorginstituut: list[Advice] = Field(default_factory=list)
    advice_followed: bool | None = None
    outcome: Outcome | None = None
    facts: Facts = Field(default_factory=Facts)
    evidence: dict[str, Evidence] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    error: ErrorInfo | None = None  # last: a batch tells a failed result by its JSON's end


class Finding(Model):
    rule: str
    legal_basis: Citation
    verdict: Verdict
    reason: str
    evidence: list[Evidence] = Field(default_factory=list)
    claim: Literal["basic", "supplementary"] | None = None
    parameters: dict[str, str] = Field(default_factory=dict)
    trace: list[str] = Field(default_factory=list)


class ClaimResult(Model):
    """The expected outcome of one claim (an insurance under which something was asked)."""

    claim: Literal["basic", "supplementary"]
    expected: Literal["rejected", "granted"] | None
    reason: str


class Part(Model):
    """A part of the claim (care under one insurance) with the committee's decision on it."""

    id: str
    description: str
    claim: Literal["basic", "supplementary"] | None = None
    decision: Literal["granted", "rejected"] | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Ground(Model):
    """A ground the committee decides on for a part, and what geschil makes of it.

    `committee` is the committee's own finding; `recomputed` geschil's verdict from the printed
    facts (computed grounds only); `agreement` compares the two, or says why it was not checked.
    """

    part: str | None = None
    rule: str
    legal_basis: Citation
    kind: GroundKind
    committee: CommitteeFinding | None = None
    recomputed: Literal["met", "not_met", "unknown"] | None = None
    agreement: Agreement
    reason: str
    evidence: list[Evidence] = Field(default_factory=list)
    source: str | None = None  # whose finding the committee adopts, when not its own words


class CheckResult(Model):
    schema_version: str = SCHEMA_VERSION
    source: Source | None = None
    case_number: str | None = None
    findings: list[Finding] = Field(default_factory=list)
    claims: list[ClaimResult] = Field(default_factory=list)
    expected_outcome: Outcome | None = None
    actual_outcome: Outcome | None = None
    status: Status | None = None
    reason: str | None = None
    parts: list[Part] = Field(default_factory=list)
    grounds: list[Ground] = Field(default_factory=list)
    error: ErrorInfo | None = None  # last: a batch tells a failed result by its JSON's end
