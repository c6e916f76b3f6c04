"""The committee saying an approval was already held on a day before the day it was given.

"Als aanvang van de behandeling geldt daarom de plaatsing … op 12 januari 2016. Op dat moment beschikte verzoekster
al over de toestemming van de zorgverzekeraar, die bij brief van 2 februari 2016 was gegeven" (blind round 178): the
moment and the approval's day both stand in the committee's own words, and the calendar orders them. Consent
beforehand (prior_approval.beforehand) then did not hold on the committee's own account, whatever the modelled rule,
which weighs the application, says. Only the committee's own findings count; a moment the sentence before does not
date by exactly one day, or an approval it dates by no day, proves nothing.
"""

from __future__ import annotations

import re

from geschil import literals
from geschil.dates import find_dates
from geschil.i18n import DEFAULT, date, say
from geschil.models import Ground, Part, Record, Statement
from geschil.reason import registry
from geschil.reason.parts import part_of
from geschil.reason.reckoning import _own

RULE = "prior_approval.beforehand"
# "beschikte verzoekster al over de toestemming", "had hij toen al een machtiging"
HELD = literals.compile(r"\b(?:beschikte|beschikten|had|hadden)\s+(?:[\w-]+\s+){0,3}?(?:al|reeds)\s+(?:over\s+)?"
                        r"(?:de|een|die|deze)\s+(?:geldige\s+)?(?P<doc>toestemming|machtiging|akkoordverklaring)\b", re.I)
# the moment pointed back at: "Op dat moment", "Op die dag", "Toen"
POINTER = re.compile(r"^\s*(?:op\s+(?:dat\s+(?:moment|tijdstip)|die\s+(?:dag|datum))|toen)\b", re.I)
# what stands between the approval's word and its day: "van 2 februari 2016", "van de zorgverzekeraar, die bij brief
# van 2 februari 2016 was gegeven"
GIVEN_ON = re.compile(r"^(?:\s+(?:van|d\.d\.)|\s+van\s+(?:de|het)\s+[\w-]+\s*,\s*(?:die|dat|welke)\s+"
                      r"(?:bij\s+brief\s+van|op|per))\s+$", re.I)


def grounds(record: Record, parts: list[Part], lang: str = DEFAULT) -> list[Ground]:
    statements = [st for st in record.statements if st.section == "assessment"]
    out = []
    for k, st in enumerate(statements):
        m = HELD.search(st.text) if _own(st) else None
        if m is None:
            continue
        given = _given(st.text, m.end())
        moment, told = _moment(statements, k, m.start())
        if given is None or moment is None or not moment < given:
            continue
        evidence = ([told.evidence()] if told is not st else []) + [st.evidence()]
        out.append(Ground(part=part_of(RULE, True, parts), rule=RULE, legal_basis=registry.citation(RULE, lang),
                          kind="computed", committee="met", recomputed="not_met", agreement="contradicts",
                          evidence=evidence,
                          reason=say("ground.held_before_given", lang, moment=date(moment, lang),
                                     given=date(given, lang), quote=" ".join(st.text.split()), page=st.page,
                                     dated=" ".join(told.text.split()), dated_page=told.page)))
    return out


def _given(text: str, at: int):
    """The day the approval named at `at` was given, where its own words date it."""
    days = [d for d in find_dates(text, at) if d.date]
    return days[0].date if days and GIVEN_ON.match(text[at:days[0].start]) else None


def _moment(statements: list[Statement], k: int, at: int):
    """The day the committee says the approval was held on: the one day its sentence gives before the approval's
    word, or, pointed back at ("Op dat moment"), the one day of the sentence before; with the statement dating it."""
    text = statements[k].text
    own = [d for d in find_dates(text, 0, at) if d.date]
    if own:
        return (own[0].date, statements[k]) if len(own) == 1 else (None, None)
    # the sentence before, past a paragraph's number standing as a statement of its own ("6.5.")
    j = next((j for j in range(k - 1, -1, -1) if re.search(r"[^\W\d_]", statements[j].text)), None)
    if j is None or not POINTER.match(text):
        return None, None
    before = [d for d in find_dates(statements[j].text) if d.date]
    return (before[0].date, statements[j]) if len(before) == 1 else (None, None)
