"""Cross-ruling consistency: rulings on the same ground and the same kind of condition.

Two rulings that apply the same rule (e.g. Bzv 2.7 lid 1 onder a) to the same condition
(e.g. peri-implantitis) with the same finding, or that both fail the accident window, yet end
differently are worth a second look. Outcomes may still differ for good reasons, so this flags, it does not judge.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from geschil.models import CheckResult, Citation, Finding, Record
from geschil.output.tables import provision


@dataclass
class Member:
    case_number: str | None
    path: str
    outcome: str | None
    verdict: str
    status: str | None


@dataclass
class Group:
    rule: str
    ground: str
    url: str | None
    condition: str | None
    verdict: str | None = None  # shared by all members when the group has no condition
    members: list[Member] = field(default_factory=list)

    @property
    def outcomes(self) -> list[str]:
        return sorted({m.outcome or "unknown" for m in self.members})

    @property
    def differs(self) -> bool:
        return len(self.members) > 1 and len(self.outcomes) > 1

    def to_dict(self) -> dict:
        return {"rule": self.rule, "ground": self.ground, "url": self.url,
                "condition": self.condition, "verdict": self.verdict, "outcomes": self.outcomes,
                "rulings": [asdict(m) for m in self.members]}


def _code(c: Citation) -> str:
    """The vocabulary's category prefix for a provision: Bzv 2.7 lid 1 onder a → '2.7.1.a'."""
    return ".".join(str(x) for x in (c.article, c.paragraph, c.item) if x is not None)


NOT_A_CONDITION = {"generic", "stated"}  # the law's own words; a finding, not a condition
NOT_ABOUT_THE_CASE = {"annex", "head"}


def _conditions(rec: Record, basis: Citation) -> list[str]:
    """The requester's conditions under this ground: named as such, not denied, not an example
    ("gedacht kan worden aan schisis"), not the law's own words, not in the annex."""
    code = _code(basis)
    return sorted({c.term for c in rec.facts.conditions
                   if not (c.negated or c.hypothetical) and c.section not in NOT_ABOUT_THE_CASE
                   and c.category.split(":")[0] == code
                   and c.category.split(":")[-1] not in NOT_A_CONDITION})


def _keys(rec: Record, f: Finding) -> list[tuple[str, str, str, str]]:
    """Group keys of one finding: one per condition named, with the finding's verdict; without
    a condition, the verdict alone.

    Rulings on the same ground and condition whose findings differ may well end differently;
    only the same finding with another outcome is worth a second look. Without a condition
    'every ruling this rule touched' says nothing. But each requirement of the policy conditions
    (accident window, approval in time, validity of an akkoordverklaring) is needed on its own,
    so all rulings that fail one should end alike. Statutory grounds like Bzv 2.7 lid 1 a/b/c
    are alternatives: failing one alone decides nothing.
    """
    ground = provision(f.legal_basis) or f.rule
    conds = _conditions(rec, f.legal_basis)
    if conds:
        return [(f.rule, ground, c, f.verdict) for c in conds]
    required = f.legal_basis.law == "polis" and f.verdict == "not_met"
    return [(f.rule, ground, "", f.verdict)] if required else []


def groups(pairs: Iterable[tuple[Record, CheckResult | None]]) -> list[Group]:
    """Every (rule, ground, condition or not_met) that two or more rulings share, stably sorted."""
    found: dict[tuple, Group] = {}
    for rec, chk in pairs:
        if rec.error is not None or chk is None:
            continue
        for f in chk.findings:
            if f.verdict == "not_applicable":
                continue
            for key in _keys(rec, f):
                group = found.setdefault(key, Group(f.rule, key[1], f.legal_basis.url,
                                                    key[2] or None, key[3] or None))
                if all(m.path != rec.source.path for m in group.members):
                    group.members.append(Member(rec.case_number, rec.source.path, rec.outcome,
                                                f.verdict, chk.status))
    return [found[k] for k in sorted(found) if len(found[k].members) > 1]


def inconsistent(pairs: Iterable[tuple[Record, CheckResult | None]]) -> list[Group]:
    """The groups whose rulings ended differently."""
    return [g for g in groups(pairs) if g.differs]
