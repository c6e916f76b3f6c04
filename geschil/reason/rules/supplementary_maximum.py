"""The yearly maximum of a supplementary policy, already paid out.

A supplementary policy pays up to a maximum per (calendar) year. When the committee finds that
maximum already paid for the year, nothing more is due under that policy, whatever the care. The
finding is read from the committee's own words (law/conditions.json, supplementary:maximum_paid);
the insurer saying so is a party's position only. Whether the care falls under the policy at all
is not checked: this rule can only reject, never grant.
"""

from __future__ import annotations

from geschil.extract.text import squash
from geschil.models import Finding
from geschil.reason.context import Context

RULE = "supplementary_maximum"
RULES = (RULE,)
# The committee's own sections: the Zorginstituut does not advise on supplementary insurance.
COMMITTEE = ("assessment", "decision")


def maximum(ctx: Context) -> Finding:
    said = [m for m in ctx.mentions("supplementary:maximum_paid")
            if not m.negated and not m.hypothetical]
    found = [m for m in said if m.section in COMMITTEE]
    if not found:
        return ctx.finding(RULE, "not_applicable", None, [m.evidence for m in said[:1]],
                           msg="maximum.party_only" if said else "maximum.not_found")
    m = found[0]
    return ctx.finding(RULE, "not_met", None, [m.evidence], msg="maximum.paid",
                       say={"quote": squash(m.evidence.quote), "page": m.evidence.page})


def rules(ctx: Context) -> list[Finding]:
    return [maximum(ctx)]
