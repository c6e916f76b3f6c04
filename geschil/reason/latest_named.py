"""The committee naming an earlier application as the last one.

The fixed line (a new application replaces the earlier one) is the committee's own; whether a later
document is a new application is its qualification, never held against it. But where it dates "de
laatste aanvraag" on a day, while its own account of the facts prints a later application it does
not set aside ("In dit geval dateert de laatste aanvraag van 10 januari 2022" after "Op 15 maart
2022 heeft de revalidatiearts … een nieuwe aanvraag ingediend", blind round 135), the ruling's own
text proves the day it names is not the last.
"""

from __future__ import annotations

import datetime as dt
import re

from geschil import literals
from geschil.dates import parse_date
from geschil.i18n import DEFAULT, date, say
from geschil.models import Finding, Ground, Part, Record
from geschil.reason.context import FINDING_SECTIONS
from geschil.reason.parts import part_of

RULE = "latest_application"
# "de laatste aanvraag dateert van 10 januari 2022", "de laatste aanvraag is die van …", "de meest recente aanvraag, van …"
NAMED = literals.compile(r"\b(?:laatste|meest\s+recente|jongste)\s+aanvraag\s*,?\s+(?:(?:dateert|is\s+gedaan|is\s+ingediend)\s+"
                         r"(?:van|op)|is\s+(?:die|de\s+aanvraag)\s+van|van)\s+(?P<date>\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d)\b",
                         re.I)


def grounds(record: Record, findings: list[Finding], parts: list[Part], lang: str = DEFAULT) -> list[Ground]:
    finding = next((f for f in findings if f.rule == RULE and f.verdict == "met"), None)
    assessed = finding.parameters.get("assessed", "") if finding is not None else ""
    if not assessed or "/" in assessed:
        return []
    latest = dt.date.fromisoformat(assessed)
    later = _told_by_committee(record, latest)
    if later is None:
        return []
    days = set(record.facts.application_dates)
    for st in record.statements:
        if st.speaker != "committee" or st.section not in FINDING_SECTIONS or st.stance == "reports":
            continue
        m = NAMED.search(st.text)
        named = parse_date(m["date"]) if m else None
        if named is None or named not in days or not named < latest:
            continue
        return [Ground(part=part_of(RULE, True, parts, finding.claim), rule=RULE, legal_basis=finding.legal_basis,
                       kind="computed", committee="met", recomputed="met", agreement="contradicts",
                       evidence=[st.evidence(), later],
                       reason=say("ground.latest_named", lang, named=date(named, lang), latest=date(latest, lang),
                                  quote=st.evidence().quote, page=st.page, told_page=later.page))]
    return []


def _told_by_committee(record: Record, day):
    """The evidence of the application of `day`, where the committee's own account of the facts tells it."""
    if day in record.facts.application_argued:
        return None
    return next((record.evidence.get(f"facts.application_dates.{i}") for i, d in enumerate(record.facts.application_dates)
                 if d == day), None)
