"""The committee's grounds per part, each held against what the printed facts decide.

A computed ground (dates, windows, the akkoordverklaring's validity, the latest application) is
recomputed by its rule and compared with the committee's own finding on it. A judgement ground
(severity, indication, necessity, state of science, redelijkerwijs aangewezen, causation) is
recorded as the committee found it and never overruled. A ground outside the rules is listed as
not checked, with its provision.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import replace

from geschil import literals
from geschil.dates import DateMention, find_dates, parse_date
from geschil.extract.parameters import in_unit, number
from geschil.i18n import DEFAULT, label, say
from geschil.i18n import missing as missing_words
from geschil.models import Citation, Evidence, Finding, Ground, Part, Record
from geschil.reason import held, latest_named, reckoning, registry
from geschil.reason.committee_term import (
    APPLICATION_WORD,
    POINTED,
    care_kinds,
    measures_only,
    named_days,
    names_term,
    recompute,
)
from geschil.reason.context import (
    AGREES_ONLY,
    CONCLUDES,
    DEFAULT_TERM,
    NOT_THIS_CARE,
    UNCHECKED,
    UNQUOTED_TERM,
    Context,
)
from geschil.reason.parts import part_of
from geschil.reason.periods import add
from geschil.reason.reckoning import TERM
from geschil.reason.rules.accident_cover import BOUNDARY_DAY, WEEKEND_END
from geschil.reason.rules.age_limit import THAT_DAY
from geschil.reason.rules.prior_approval import END_DAY, LEAD_DAY
from geschil.reason.said import (
    DRAWN,
    Said,
    committee_said,
    data,
    left_open,
    moot,
    none_made,
    reliance,
    two_sided,
)

FAVOURABLE = {"met": True, "not_met": False, "not_established": False}


def _basis(said: Said, finding: Finding | None, lang: str) -> Citation:
    """The provision the committee cites for an outside ground; else the rule's own basis as its
    finding names it (a policy rule with the policy's article), else the registry's."""
    if said.citation is not None:
        c = said.citation
        return Citation(law=c.law, article=c.article, paragraph=c.paragraph, item=c.item,
                        bwb_id=c.bwb_id, url=c.url, raw=c.raw, page=c.page, span=c.span,
                        policy=c.policy)
    return finding.legal_basis if finding is not None else registry.citation(said.rule, lang)


def _qualifies(rule: str) -> bool:
    """Whether the committee's finding on the ground is its qualification of the documents (law/grounds.json)."""
    return any(g["rule"] == rule and g.get("qualification") for g in data()["grounds"])


def _practice(rule: str) -> bool:
    """Whether the ground is one of the insurers' rules of practice (law/grounds.json)."""
    return any(g["rule"] == rule and g.get("practice") for g in data()["grounds"])


def _quote(said: Said) -> str:
    q = " ".join(said.clause.split())
    return q if len(q) <= 220 else q[:217] + "..."


def _ev(said: Said) -> Evidence:
    return said.statement.evidence()


# the unknowns that are a reading of a term's end day, which the committee may make itself
READINGS = (BOUNDARY_DAY, END_DAY, LEAD_DAY, WEEKEND_END)

def grounds(record: Record, findings: list[Finding], parts: list[Part],
            lang: str = DEFAULT) -> list[Ground]:
    by_rule: dict[str, list[Said]] = defaultdict(list)
    computed_in: dict[tuple[int, int], set[str]] = defaultdict(set)
    for said in committee_said(record):
        by_rule[said.rule].append(said)
        if said.kind == "computed":
            computed_in[said.statement.span].add(said.rule)
    rules = {f.rule: f for f in findings}
    out = []
    needs = {g["rule"]: g.get("needs") for g in data()["grounds"]}
    # a ground whose subject the ruling lacks (an application term where no accident is told) is no
    # other ground a statement's words could mean (blind round 67)
    absent = {r for r, n in needs.items() if n and rules.get(n) is not None and rules[n].verdict == "not_applicable"}
    for rule, said in by_rule.items():
        by_rule[rule] = [replace(x, unique=True) if not x.unique and x.kind == "computed"
                         and computed_in[x.statement.span] - absent == {rule} else x for x in said]
    accidents = _Accidents(record)
    for rule, said in by_rule.items():
        kind = said[0].kind
        finding = rules.get(rule)
        need = rules.get(needs.get(rule) or "")
        if need is not None and need.verdict == "not_applicable":
            continue  # the ground's words without the rule's subject: not this ruling's ground
        # of a ruling with several accidents, each ground on the accident its clause names
        acc_of = {id(s): accidents.of(rule, s) for s in said}
        for value, acc in dict.fromkeys((s.finding, _day(acc_of[id(s)])) for s in said):
            these = [s for s in said if s.finding == value and _day(acc_of[id(s)]) == acc]
            named = next((acc_of[id(s)] for s in these), None)
            # the committee's own term, when its clause is about this ground alone
            alone = [x for x in these if x.unique]
            own, own_days, by = _own_recompute(record, rule, [x for x in alone if x.source != "rejects"]
                                               if kind == "computed" else [], computed_in, value, lang, named)
            if by is not None and by is not these[0]:
                these = [by] + [s for s in these if s is not by]  # the ground quotes the words it was recomputed on
            # a finding about another approval (accident) is no finding on this ground either way, nor
            # is what a party could rely on or was free to do ("Niets stond eraan in de weg dat de tandarts
            # binnen de termijn een aanvraag indiende", blind round 108)
            others = [s for s in said if s.finding != value and _day(acc_of[id(s)]) == acc
                      and not _other_approval(record, rule, s) and (acc is not None or not _other_accident(record, rule, s))
                      and not reliance(s.statement.text)
                      # a point the committee does not reach ("komt de commissie niet toe aan het betoog … dat de
                      # akkoordverklaring zou verlopen") is no finding the other way (blind round 159); one it grants
                      # and calls beside the point ("… na het verstrijken van de termijn plaatsvond …, doet daarom
                      # niet ter zake", round 149) still is
                      and not (s.unique and left_open(s.statement.text))]
            mixed = _mixed(these, others, own is not None, own_days)
            other, other_words = None, {}
            if kind == "computed" and all(_other_approval(record, rule, x) for x in these):
                other = "ground.other_approval"
            elif kind == "computed" and (own is None or acc is None) and all(_other_accident(record, rule, x) for x in these):
                other = "ground.other_accident"
            elif kind == "computed" and all(spans := [_other_anchor_period(record, rule, x) for x in these]):
                other, other_words = "ground.other_anchor_period", spans[0]
            elif kind == "computed" and all(_other_anchor(rule, x) for x in these):
                other = "ground.other_anchor"
            elif kind == "computed" and finding is not None and \
                    all(periods := [_notification_period(record, rule, x, finding) for x in these]):
                other, other_words = "ground.notification_period", {"period": periods[0].text,
                                                                    "last_day": dt.date.fromisoformat(finding.parameters["last_day"])}
            elif kind == "computed" and all(_notification_apart(record, rule, x) for x in these):
                other = "ground.notification"
            elif kind == "computed" and all(_extension_unread(record, rule, x) for x in these):
                other = "ground.extension_unread"
            out.append(_ground(rule, kind, value, these, own[0] if own else finding, mixed, parts,
                               own_term=own[1] if own else None, lang=lang, other=other, other_words=other_words,
                               note=_rejected_day_note(record, rule, these, lang)))
    # the committee's own count of a term's end, and its naming of the last application
    return out + reckoning.grounds(record, parts, lang) + latest_named.grounds(record, findings, parts, lang) \
        + held.grounds(record, parts, lang)


def _own_recompute(record: Record, rule: str, alone: list[Said], computed_in: dict, value: str,
                   lang: str, named) -> tuple:
    """The ground recomputed on the committee's own words, the care days it was recomputed on, and the
    statement to quote first when it is not the first.
    The first statement that names the committee's own terms gives them (the term may stand in
    another clause of a sentence about this ground alone; never a rejected position's: "Het betoog …
    dat de grens bij de 44e verjaardag ligt, faalt" names the party's term, blind round 85). Where
    the statements each name their own care ("De implantaten zijn op 6 april 2021 geplaatst. Dat is …
    binnen …", "De prothese is in augustus 2021 geplaatst …"), each is recomputed on its own: where the
    first agrees and another's care cannot be placed, that one is shown (blind round 63)."""
    found: list[tuple] = []
    scopes = [x.statement.text if computed_in[x.statement.span] == {rule} else x.clause for x in alone]
    measured = measures_only(record, rule, scopes)
    for x, scope in zip(alone, scopes, strict=True):
        own = recompute(record, rule, scope, _ev(x), lang, x.previous, x.earlier, named, measured)
        days = _own_days(record, scope, x.previous) if own is not None else set()
        if own is None:
            if names_term(rule, scope) and not found:
                break
            continue
        if found and (not days or any(days == d for _, d, _x in found)):
            continue
        found.append((own, days, x))
        if not days:
            break  # a recomputation on all the care: no other statement adds to it
    if not found:
        return None, set(), None
    # another statement's care the facts cannot place keeps an agreement from standing; so does another
    # statement in the committee's own words that weighs other care of its own, explicitly, and disagrees
    # ("De kroon op het implantaat is op 7 november 2023 geplaatst. De behandeling van element 21 is daarmee
    # binnen twee jaar na het ongeval afgerond", after element 11's agreeing finding, blind round 119); a
    # later reading that is a party's, or that names no care apart, never does. That statement is then
    # the one the ground quotes (the third value; None for the first)
    own, days, _x = found[0]
    later = None
    if _agrees(own[0], value):
        later = next((f for f in found[1:] if f[0][0].verdict == "unknown"), None) or next(
            (f for f in found[1:] if _own_apart(f, days, value)), None)
    return later if later is not None else (own, days, None)


def _own_apart(found: tuple, first_days: set, value: str) -> bool:
    """A later recomputation that disagrees on care of its own: the committee's words (no party's
    position it rejects or adopts, no point granted without effect), stated by a strong cue one way
    only, on care printed to the day, none of which the first weighed."""
    (finding, _taken), days, said = found
    return (said.source is None and said.explicit and not said.conceded and not two_sided(said.clause)
            and bool(days) and all(lo == hi for lo, hi in days)
            and days.isdisjoint(first_days) and finding.verdict in ("met", "not_met") and not _agrees(finding, value))


def _agrees(finding: Finding, committee: str) -> bool:
    return finding.verdict == committee or "partly_met" in finding.parameters


def _own_days(record: Record, scope: str, previous: str) -> set:
    """The care days a recomputed clause names, or, where it names none and concludes on the
    sentence before ("Verzoekster was toen nog zeventien jaar; deze behandeling is dus verricht …"),
    that sentence's (blind round 63)."""
    days = named_days(record, scope)
    if not days and previous and (CONCLUDES.search(scope) or THAT_DAY.search(scope) or POINTED.search(scope)):
        days = named_days(record, previous)
    return days


def _mixed(these: list[Said], others: list[Said], recomputed_on_own_words: bool, acts: set = frozenset()) -> bool:
    """Whether the committee finds the same ground both ways. Not when each finding names its own
    days ("de kroon op 16 december 2019 … binnen", "de kroon op 3 februari 2020 … na"), this one
    was recomputed on the days it names and one of its clauses holds its cues one way only ("Dat
    het implantaat binnen de termijn is geplaatst, maakt dit niet anders" alone stays mixed): a
    partial grant decides each act on its own; `acts`: the days of the care this finding was
    recomputed on, where its clauses name no day ("zodat de kronen niet meer binnen …")."""
    if not others:
        return False
    if all(s.source == "rejects" for s in others) and all(s.source is None and s.explicit for s in these):
        # the committee's own words outweigh a finding read by turning a position it rejects ("Het verweer … dat de
        # machtiging op 29 februari 2012 verliep, faalt" beside "De machtiging was op dat moment dus vervallen":
        # it set aside the day of the lapse, not the lapse, blind round 148)
        return False
    if not recomputed_on_own_words or all(two_sided(s.clause) for s in these):
        return True
    mine, theirs = _days(these) or set(acts), _days(others)
    if mine and theirs and mine.isdisjoint(theirs):
        return False
    # each finding on its own kind of care ("De implantaten zijn binnen die termijn geplaatst", "dat de kronen
    # daarmee buiten de geldigheidsduur … zijn geplaatst"): a partial decision, not one found both ways
    kinds, other_kinds = _kinds(these), _kinds(others)
    return not (kinds and other_kinds and kinds.isdisjoint(other_kinds))


def _kinds(said: list[Said]) -> set[str]:
    """The kinds of care the clauses name, when every one of them names one (else none)."""
    # (a clause naming none, its sentence's: "dat de implantaatkroon na 14 oktober 2022, en dus buiten de
    # geldigheidsduur …, is geplaatst", blind round 182)
    each = [care_kinds(s.clause) or care_kinds(s.statement.text) for s in said]
    return set().union(*each) if each and all(len(k) == 1 for k in each) else set()


def _days(said: list[Said]) -> set:
    """The days (or spans: "in juni 2022") each clause names; a concluding clause ("De behandeling
    is daarmee …") names those of the committee's sentence before it too, and a clause naming none
    those of its own sentence."""
    out = set()
    for s in said:
        # ... and so does one pointing back at its care ("Voor die operatie is de aanvraag wel …", blind round 181)
        texts = [s.clause, s.previous] if CONCLUDES.search(s.clause) or POINTED.search(s.clause) else [s.clause]
        days = {(d.earliest, d.latest) for text in texts for d in find_dates(text)}
        # "Op 27 maart 2017 was zij nog zeventien, zodat zij … jonger was dan 18 jaar": a clause
        # without a day of its own is dated by its sentence
        out |= days or {(d.earliest, d.latest) for d in find_dates(s.statement.text)}
    return out


# "(de behandeling heeft) in haar geheel (plaatsgevonden binnen …)", "beide onderdelen": all of the care, not a part of it
WHOLE = literals.compile(r"\bin\s+(?:haar|zijn|hun)\s+geheel\b"
                         # "De gehele behandeling is daarmee uitgevoerd binnen zes maanden …" (blind round 159); not
                         # a reading of what an approval covers ("… de gehele behandeling dekt")
                         r"|\b(?:de|het)\s+(?:gehele|hele|volledige|totale)\s+(?:behandeling|behandeltraject|zorg)\s+"
                         r"(?:is|werd|was)\s+(?:[\w-]+\s+){0,3}?(?:uitgevoerd|verricht|afgerond|voltooid|gegeven|verleend)\b"
                         # "Beide onderdelen van de behandeling zijn daarmee uitgevoerd voordat …" (blind round 52)
                         r"|\bbeide\s+(?:onderdelen|delen|behandelingen)\b", re.I)
# consent asked before the care began: a finding on its first act ("De commissie stelt vast dat de behandeling eerst
# daarna is begonnen, zodat de aanvraag is ingediend voordat de behandeling begon", blind round 138)
BEGAN_AFTER = literals.compile(r"\bbehandeling\s+(?:[\w-]+\s+){0,3}?(?:is|werd)\s+(?:begonnen|aangevangen|gestart)\b"
                               r"|\bvoordat\s+de\s+behandeling\s+(?:begon|aanving|startte|is\s+begonnen)\b", re.I)


# "De akkoordverklaring van 2 november 2015 … is vervallen": an approval named by its date.
NAMED_APPROVAL = literals.compile(r"\b(?:akkoordverklaring|machtiging|toestemming)\s+(?:van|d\.d\.)\s+"
                                  r"(?P<date>\d{1,2}[\s-]\S+[\s-]\d{4})", re.I)


# "die op 9 september 2020 afliep", "geldig tot 1 juni 2015": the day an approval ended.
ENDED_ON = literals.compile(r"\b(?:op|per)\s+(?P<date>\d{1,2}[\s-]\S+[\s-]\d{4})\s+(?:is\s+)?(?:afliep|verliep|eindigde|"
                            r"afgelopen|verlopen|geëindigd)\b"
                            r"|\bgeldig\s+(?:was\s+|is\s+)?tot(?:\s+en\s+met)?\s+(?P<date2>\d{1,2}[\s-]\S+[\s-]\d{4})", re.I)


# "… binnen één jaar na het ongeval van 14 juli 2013 …": an accident named by its date.
# the accident a clause counts from, by its name or as the term's start ("… gemeld, en daarmee binnen vier weken
# na 17 september 2016": a second accident's day, blind round 85)
# ... not the day it was reported ("Verzoekster heeft het ongeval op 1 december 2016 gemeld", blind round 154)
NAMED_ACCIDENT = literals.compile(r"(?:\bongeval\w*\s+(?:van|d\.d\.)|\b(?:weken|maanden|dagen|jaar|jaren)\s+na"
                                  r"|\bongeval\w*\s+op(?=\s+\d{1,2}[\s-]\S+[\s-]\d{4}(?!\s*(?:,[^.;,\d]{1,80},)?\s*,?\s*(?:[\w-]+\s+){0,5}?"
                                  r"(?:gemeld|aangemeld|doorgegeven|ingediend|opgegeven|aangegeven)\b)))"
                                  r"\s+(?P<date>\d{1,2}[\s-]\S+[\s-]\d{4})", re.I)


# the approval's end before it was extended or replaced: "dus na het einde van de oorspronkelijke geldigheidsduur"
# (blind round 133), where the record holds the approval as it last stood
EARLIER_TERM = literals.compile(r"\b(?:oorspronkelijke|aanvankelijke)\s+(?:[\w-]+\s+)?"
                                r"(?:geldigheidsduur|geldigheidstermijn|einddatum|looptijd|termijn)\b", re.I)


# an approval tied to one jaw: "Voor de onderkaak gold de machtiging van 3 mei 2010", "… blijft onze machtiging van 3 mei
# 2010 van kracht voor de onderkaak"
JAW = r"(?P<jaw>onderkaak|bovenkaak)"
JAW_APPROVAL = literals.compile(r"\b(?:voor|in)\s+de\s+(?:behandeling\s+van\s+de\s+)?" + JAW + r"\b[^.;]{0,80}?"
                                r"\b(?:akkoordverklaring|machtiging|toestemming)\s+van\s+(?P<date>\d{1,2}\s+[a-z]+\s+\d{4})"
                                r"|\b(?:akkoordverklaring|machtiging|toestemming)\s+van\s+(?P<date2>\d{1,2}\s+[a-z]+\s+\d{4})"
                                r"[^.;]{0,80}?\bvoor\s+de\s+(?P<jaw2>onderkaak|bovenkaak)\b", re.I)
JAW_NAMED = literals.compile(r"\b" + JAW + r"\b", re.I)


def _jaw_of_another(record: Record, clause: str, day) -> bool:
    """Whether the clause speaks of a jaw the ruling ties to an approval other than the one of
    `day` (each jaw its own approval): a finding on that jaw is one on the other approval."""
    named = {m["jaw"].lower() for m in JAW_NAMED.finditer(clause)}
    if not named or day is None:
        return False
    for st in record.statements:
        for m in JAW_APPROVAL.finditer(st.text):
            jaw, tied = (m["jaw"] or m["jaw2"]).lower(), parse_date(m["date"] or m["date2"])
            if jaw in named and tied is not None and tied != day:
                return True
    return False


def _other_approval(record: Record, rule: str, said: Said) -> bool:
    """The committee's clause is about an approval other than the one the rule computes on: one
    named by another date of issue, or one that ended before the computed one was given ("ruim na
    het einde van de geldigheidsduur van die akkoordverklaring, die op 9 september 2020 afliep")."""
    approval = record.facts.prior_approval
    if rule != "prior_approval.validity" or approval is None:
        return False
    if _names_another(NAMED_APPROVAL, said.clause, approval.date):
        return True
    if NOT_THIS_CARE.search(said.statement.text):
        return True  # "De goedkeuring van 20 februari 2017 ziet op het eerste plan en niet op deze behandeling" (round 122)
    if EARLIER_TERM.search(said.clause):
        return True  # the first end of an approval since extended: not the end the rule computes on
    if _jaw_of_another(record, said.clause, approval.date):
        return True  # "De brug in de onderkaak …", where the lower jaw kept its own approval (blind round 156)
    return approval.date is not None and any(
        (day := parse_date(m["date"] or m["date2"])) is not None and day < approval.date
        for m in ENDED_ON.finditer(said.statement.text))


def _other_accident(record: Record, rule: str, said: Said) -> bool:
    """The committee's clause counts from an accident other than the one the rule computes on
    (a ruling with two accidents); not from the day of the same accident the committee itself
    rejected ("volgt de zorgverzekeraar niet in zijn standpunt dat het ongeval op 3 september 2022
    heeft plaatsgevonden"): that is a count on a day its own finding replaced (blind round 71)."""
    if not rule.startswith("accident_cover."):
        return False
    # a clause naming no accident by its day is about the one its subheading names ("Het ongeval van
    # 4 september 2010 (element 11)" over "… zeventien dagen na het ongeval", blind round 91)
    scope = said.clause if NAMED_ACCIDENT.search(said.clause) else _heading_over(record, said.statement)
    if not _names_another(NAMED_ACCIDENT, scope, record.facts.accident_date):
        return False
    named = {parse_date(m["date"]) for m in NAMED_ACCIDENT.finditer(scope)} - {None}
    return not named <= set(_rejected_days(record))


def _heading_over(record: Record, statement) -> str:
    """The text of the committee's subheading the statement stands under in its section ('' if none)."""
    over = _heading_of(record, statement)
    return over.text if over is not None else ""


def _heading_of(record: Record, statement):
    """The committee's subheading the statement stands under in its section, or None."""
    over = None
    for st in record.statements:
        if st.span[0] >= statement.span[0]:
            break
        if st.section != statement.section:
            over = None
        elif st.stance == "heading":
            over = st
    return over


def _day(named: tuple | None):
    return named[0] if named else None


class _Accidents:
    """The accidents a ruling tells of, and which one a committee's clause counts from."""

    def __init__(self, record: Record):
        self.record, self._days, self._aliases = record, None, None

    def days(self) -> list:
        if self._days is None:
            self._days = Context(self.record).accident_days()
        return self._days

    def aliases(self) -> re.Pattern | None:
        """The accidents' names as one pattern (longest first), each group's day in self._alias_days."""
        if self._aliases is None:
            found = Context(self.record).accident_aliases()
            self._alias_days = found
            names = sorted(found, key=len, reverse=True)
            words = ("\\s+".join(map(re.escape, name.split())) for name in names)  # a name wrapped over lines
            self._aliases = re.compile(r"\b(?:het|de|dat|die)\s+(" + "|".join(words) + r")\b", re.I) if names else False
        return self._aliases or None

    def _by_alias(self, text: str) -> set:
        pattern = self.aliases()
        if pattern is None:
            return set()
        return {self._alias_days[" ".join(m[1].lower().split())] for m in pattern.finditer(text)}

    def of(self, rule: str, said: Said) -> tuple | None:
        """(day, evidence) of the one accident the clause names by its day, else its subheading,
        when the ruling tells of several (blind rounds 55, 91, 94); else None."""
        if not rule.startswith("accident_cover.") or len(self.days()) < 2:
            return None
        if NAMED_ACCIDENT.search(said.clause) or self._by_alias(said.clause):
            return self._named(said.clause, said.statement.evidence())
        # "De aanvraag is eerst op 14 december 2009 ontvangen, na het verstrijken van die termijn", after "De
        # termijn van drie maanden na 28 augustus 2009 is op 28 november 2009 verstreken" (blind round 95)
        # ... or, where it concludes ("Dat is na het verstrijken van de termijn"), before that: "… moest daarom
        # binnen twaalf maanden na 22 augustus 2009 zijn voltooid …. Weliswaar …, maar de behandeling … is pas
        # voltooid met het plaatsen van de kroon op 14 oktober 2010." (blind round 98)
        if POINTS_BACK.search(said.clause) or CONCLUDES.search(said.clause):
            for before in (said.previous, said.earlier):
                if before and (NAMED_ACCIDENT.search(before) or self._by_alias(before)):
                    return self._named(before, said.statement.evidence())
        over = _heading_of(self.record, said.statement)
        return self._named(over.text, over.evidence()) if over is not None else None

    def _named(self, text: str, evidence) -> tuple | None:
        named = {parse_date(m["date"]) for m in NAMED_ACCIDENT.finditer(text)} & set(self.days())
        named = named or self._by_alias(text) & set(self.days())  # "binnen 24 maanden na het golfongeval"
        return (named.pop(), evidence) if len(named) == 1 else None


# a clause pointing at the term or the accident of the sentence before
POINTS_BACK = literals.compile(r"\b(?:die|deze)\s+(?:termijn|periode)\b|\b(?:dat|dit)\s+ongeval\b", re.I)


# a rejected position about the accident itself ("dat het ongeval op 3 september 2022 heeft plaatsgevonden"),
# not one about an element's damage on another accident's day ("dat dit element op 17 september 2016 is
# beschadigd", blind round 85)
ACCIDENT_TOLD = literals.compile(r"\bongeva\w*|\bongeluk\w*|\bgevallen\b|\bval\b|\bplaatsgevonden\b", re.I)


def _rejected_days(record: Record) -> dict:
    """The days the committee's rejections of a party's position on the accident name, with the rejection."""
    out = {}
    for st in record.statements:
        if st.speaker != "committee" or st.stance != "rejects" or not st.inner:
            continue
        inner = st.text[st.inner[0] - st.span[0]:st.inner[1] - st.span[0]]
        if ACCIDENT_TOLD.search(inner):
            out.update({d.date: st for d in find_dates(inner) if d.date})
    return out


def _rejected_day_note(record: Record, rule: str, said: list[Said], lang: str) -> str:
    """Where the committee counts from an accident day it rejected itself, the rejection quoted
    beside its count, so the analyst sees both in the ground's reason."""
    if not rule.startswith("accident_cover.") or record.facts.accident_date is None:
        return ""
    rejected = _rejected_days(record)
    for s in said:
        for m in NAMED_ACCIDENT.finditer(s.clause):
            day = parse_date(m["date"])
            if day is not None and day != record.facts.accident_date and day in rejected:
                st = rejected[day]
                return say("ground.rejected_day", lang, date=day, accident=record.facts.accident_date,
                           quote=f"\"{' '.join(st.text.split())}\" (p. {st.page})")
    return ""


# "die termijn" after "moest de definitieve behandeling dus uiterlijk op 28 september 2024 zijn
# afgerond" (a term the conditions count from the end of an orthodontic treatment): a window the
# committee counts from another event than the accident
THAT_TERM = literals.compile(r"\b(?:die|deze)\s+(?:termijn|periode)\b", re.I)
DEADLINE = literals.compile(r"\buiterlijk\s+(?:op\s+)?\d", re.I)
ACCIDENT_WORD = literals.compile(r"ongeval", re.I)


# the verb or noun of an accident's notification (a clause about one names no application word)
NOTIFIED = literals.compile(r"\b(?:gemeld|aangemeld|meldde|melding|schademelding)\b", re.I)
NOTIFIED_VERB = literals.compile(r"\b(?:gemeld|aangemeld|meldde|meldden)\b", re.I)  # the act told, not its noun


def _notification_apart(record: Record, rule: str, said: Said) -> bool:
    """The committee's clause measures the accident's notification ("dat het ongeval binnen dertig
    dagen schriftelijk is gemeld") and names no application, while the facts tell a notification
    on a day no application has: its act is not one the applications date (blind round 62)."""
    if rule != "accident_cover.approval_deadline" or not NOTIFIED.search(said.clause) or APPLICATION_WORD.search(said.clause):
        return False
    if any((d.earliest, d.latest) != (record.facts.accident_date,) * 2 for d in find_dates(said.clause)):
        return False  # the committee dates the notification it weighs ("is op 26 maart 2018 gemeld")
    if DRAWN.match(said.clause.lstrip()) and any(d.date in record.facts.application_dates for d in find_dates(said.previous)):
        return False  # ... or its sentence before does ("gaat daarom uit van het formulier …, dat … op 30
        # januari 2009 … is ontvangen. Daarmee is het ongeval … gemeld", blind round 116)
    applied = set(record.facts.application_dates) | {record.facts.accident_date}
    if NOTIFIED_VERB.search(said.previous) and not APPLICATION_WORD.search(said.previous) \
            and not any(d.date in applied - {record.facts.accident_date} for d in find_dates(said.previous)):
        return True  # ... or the committee's sentence before establishes the notification it draws on,
        # no application ("Daarmee staat vast dat het ongeval telefonisch is gemeld", blind round 122)
    return any(e.date not in applied and _notified_on(e.text, e.date) for e in record.events)


def _notification_period(record: Record, rule: str, said: Said, finding: Finding):
    """The committee weighs the accident's notification (its clause names no application) and the
    sentences it draws on date that notification by a period only ("het telefoongesprek dat … in
    januari 2017 … heeft gevoerd. Daarmee staat vast dat het ongeval telefonisch is gemeld. De
    commissie is van oordeel dat verzoekster het ongeval daarmee tijdig … heeft gemeld", blind round
    122): where the term's last day falls inside that period, the notification's day decides and
    the ruling does not print it. The period, else None."""
    if rule != "accident_cover.approval_deadline" or not NOTIFIED.search(said.clause) or APPLICATION_WORD.search(said.clause):
        return None
    try:
        last = dt.date.fromisoformat(finding.parameters.get("last_day") or "")
    except ValueError:
        return None
    dates = [d for text in (said.clause, said.previous, said.earlier) for d in find_dates(text)]
    if any(d.date is not None and d.date != record.facts.accident_date for d in dates):
        return None  # a day is printed: the notification is dated (see _notification_apart)
    if any(d.date is None for d in dates):
        return next((d for d in dates if d.date is None and d.earliest <= last < d.latest), None)
    return _told_after_accident(record, said, last)


def _told_after_accident(record: Record, said: Said, last: dt.date):
    """A notification the committee's sentences date only relative to the accident ("enkele dagen na het
    ongeval", blind round 128), where the term's last day lies within what those words can mean."""
    accident = record.facts.accident_date
    if accident is None:
        return None
    for text in (said.clause, said.previous, said.earlier):
        for pattern, fewest, most in reckoning.vague_after():
            m = pattern.search(text)
            lo, hi = accident + dt.timedelta(days=fewest), accident + dt.timedelta(days=most)
            if m is not None and lo <= last < hi:
                return DateMention(m.start(), m.end(), m.group(), lo, hi, "relative")
    return None


UNDATED_ACTS = ("ground.notification_period", "ground.other_anchor_period")


LATE = literals.compile(r"\b(?:te\s+laat|niet)\b", re.I)  # "omdat het ongeval te laat is gemeld": no notification


def _notified_on(sentence: str, day) -> bool:
    """Whether the clause of the day (between the commas and dates around it) tells the accident's
    notification made that day ("Op 5 juni 2019 heeft zij het ongeval telefonisch … gemeld")."""
    dates = find_dates(sentence)
    for i, d in enumerate(dates):
        if d.date == day:
            lo = max(dates[i - 1].end if i else 0, sentence.rfind(",", 0, d.start) + 1)
            comma = sentence.find(",", d.end)
            hi = min(dates[i + 1].start if i + 1 < len(dates) else len(sentence), comma if comma >= 0 else len(sentence))
            clause = sentence[lo:hi]
            return bool(NOTIFIED.search(clause)) and not LATE.search(clause)
    return False


# "binnen de verlengde geldigheidsduur": the committee weighs an extended window
EXTENDED_WINDOW = literals.compile(r"\bverlengde\s+(?:geldigheidsduur|looptijd|geldigheidsperiode|termijn|periode)\b", re.I)
EXTENSION_TOLD = literals.compile(r"\bverleng", re.I)


def _extension_unread(record: Record, rule: str, said: Said) -> bool:
    """The committee weighs the care against an extended validity, while the window the facts hold
    was told with no extension (a letter extending it in words geschil does not read): the window
    recomputed is not the one the committee weighs (blind round 68)."""
    if rule != "prior_approval.validity" or not EXTENDED_WINDOW.search(said.clause):
        return False
    told = record.evidence.get("facts.prior_approval")
    extension = any(t.name == "approval_extension" for t in record.facts.policy_terms)
    return not extension and told is not None and not EXTENSION_TOLD.search(told.quote)


# a term counted from another event in the clause's own words: "binnen twee jaar nadat de groei voltooid was"
COUNTED_FROM = literals.compile(r"\bbinnen\s+(?:[\w-]+\s+){1,2}?(?:jaren|jaar|maanden|maand|weken|week|dagen|dag)\s+"
                                r"(?:nadat\b|na\s+(?:het|de)\s+(?!ongeva|ongeluk|val\b))", re.I)


def _other_anchor(rule: str, said: Said) -> bool:
    """The committee's clause points at a term ("binnen die termijn") whose end the sentence
    before it dates without the accident, or counts its term from another event in its own words
    ("binnen twee jaar nadat de groei voltooid was", blind round 120): a window counted from another
    event (an exception of the conditions), which the rule, counting from the accident, does not compute."""
    if rule != "accident_cover.window" or ACCIDENT_WORD.search(said.clause):
        return False
    if COUNTED_FROM.search(said.clause):
        return True
    if not THAT_TERM.search(said.clause):
        return False
    before = said.previous or ""
    return bool(DEADLINE.search(before)) and not ACCIDENT_WORD.search(before)


def _other_anchor_period(record: Record, rule: str, said: Said) -> dict | None:
    """A window the committee counts from another event in its own words ("binnen twee jaar na de datum
    waarop de tandarts de schade heeft vastgesteld"), that event dated by its sentences only by a period
    ("bij de controle in het voorjaar van 2019") and the act by one day, which the window's end, as the
    event's day runs through the period, falls before and after (blind round 123): the event's day decides
    and is not printed. The words for the message, else None (never more than that: the event is not
    the rules' own, so a placement one way is not held for or against the committee)."""
    if rule != "accident_cover.window" or ACCIDENT_WORD.search(said.clause):
        return None
    counted = COUNTED_FROM.search(said.clause)
    term = TERM.search(said.clause, counted.start()) if counted else None
    if term is None:
        return None
    dates = [d for text in (said.clause, said.previous, said.earlier) for d in find_dates(text)]
    periods = [d for d in dates if d.date is None]
    acts = {d.date for d in dates if d.date is not None}
    if len(periods) != 1 or len(acts) != 1:
        return None
    act, period = acts.pop(), periods[0]
    value, unit = in_unit(term["unit"].lower(), number(term["num"]))
    lo, hi = (add(day, value, unit) - dt.timedelta(days=1) for day in (period.earliest, period.latest))
    if not lo < act <= hi:
        return None
    return {"period": period.text, "lo": lo, "hi": hi, "act": act}


def _names_another(named_by: re.Pattern, clause: str, day) -> bool:
    """Whether the clause names the thing by dates none of which is the computed one's day."""
    if day is None:
        return False
    named = {parse_date(m["date"]) for m in named_by.finditer(clause)} - {None}
    return bool(named) and day not in named


def _ground(rule: str, kind: str, committee: str, said: list[Said], finding: Finding | None,
            mixed: bool, parts: list[Part], own_term: str | None = None, lang: str = DEFAULT,
            other: str | None = None, note: str = "", other_words: dict | None = None) -> Ground:
    # the committee's own words before a party's position it rejects (read inverted)
    first = next((s for s in said if s.source != "rejects"), said[0])
    quote = f"\"{_quote(first)}\" (p. {first.statement.page})" + note
    ev = [_ev(s) for s in said[:3]]
    part = part_of(rule, FAVOURABLE[committee], parts, finding.claim if finding is not None else None)
    base = {"part": part, "rule": rule, "legal_basis": _basis(first, finding, lang), "kind": kind,
            "committee": committee,
            "source": say(f"ground.source.{first.source}", lang) if first.source else None}
    if kind == "judgement":
        hint = ""
        if finding is not None and finding.verdict in ("met", "not_met") and _practice(rule):
            # a rule of practice (not of law) that bears on it: shown, never held against it
            hint = say("ground.practice", lang, verdict=label("verdict", finding.verdict, lang),
                       reason=finding.reason)
            ev = ev + finding.evidence[:2]
        return Ground(**base, agreement="not_checked", evidence=ev,
                      reason=say("ground.judgement", lang, quote=quote, hint=hint))
    if kind == "outside":
        return Ground(**base, agreement="not_checked", evidence=ev,
                      reason=say("ground.outside", lang, quote=quote))
    if other in UNDATED_ACTS:  # the act the committee weighs is dated by a period the term's end falls in
        return Ground(**base, recomputed="unknown", agreement="missing_fact", evidence=ev,
                      reason=say(other, lang, quote=quote, **(other_words or {})))
    if other:  # the committee speaks of another akkoordverklaring (accident) than the computed one
        return Ground(**base, agreement="not_checked", evidence=ev, reason=say(other, lang, quote=quote))
    if all(s.unique and moot(s.statement.text) for s in said):  # "… is niet van belang"
        return Ground(**base, agreement="not_checked", evidence=ev,
                      reason=say("ground.moot", lang, quote=quote))
    if all(reliance(s.statement.text) for s in said):  # "mocht er niet op vertrouwen dat …"
        return Ground(**base, agreement="not_checked", evidence=ev,
                      reason=say("ground.reliance", lang, quote=quote))
    return _computed(base, committee, said, finding, mixed, quote, ev, own_term, lang)


def _computed(base: dict, committee: str, said: list[Said], finding: Finding, mixed: bool,
              quote: str, ev: list[Evidence], own_term: str | None = None,
              lang: str = DEFAULT) -> Ground:
    verdict = finding.verdict
    ev = ev + finding.evidence[:4]
    recomputed = verdict if verdict in ("met", "not_met", "unknown") else None
    # care partly inside agrees with a finding either way, unless the committee says all of it was
    # ("De behandeling heeft daarmee in haar geheel plaatsgevonden binnen de periode …")
    whole = [WHOLE] + ([BEGAN_AFTER] if base["rule"] == "prior_approval.beforehand" else [])
    both = "partly_met" in finding.parameters and not (committee == "met" and any(
        w.search(s.clause) for s in said for w in whole))
    term = say("ground.own_term", lang, taken=own_term) if own_term else ""
    words = {"quote": quote, "committee": label("finding", committee, lang),
             "verdict": label("verdict", verdict, lang),
             "computation": say("ground.computation", lang, term=term, reason=finding.reason)}

    def ground(agreement: str, msg: str, value=recomputed, **extra) -> Ground:
        return Ground(**base, recomputed=value, agreement=agreement, evidence=ev,
                      reason=say(msg, lang, **words, **extra))

    if UNCHECKED in finding.parameters:
        return ground("not_checked", "ground.unchecked", missing=missing_words(finding.parameters[UNCHECKED], lang))
    if AGREES_ONLY in finding.parameters and verdict != committee and not both:
        return ground("not_checked", "ground.unchecked", missing=missing_words(finding.parameters[AGREES_ONLY], lang))
    if all(s.conceded for s in said):
        # a point the committee grants and says changes nothing carries no decision: shown with its
        # recomputation, never held for or against it
        return ground("not_checked", "ground.conceded")
    if verdict == "unknown":
        if committee == "not_established":
            return ground("agrees", "ground.not_established.unstated", "unknown")
        if all(s.statement.stance == "undisputed" for s in said):
            # not in dispute between the parties: the committee decides nothing on it
            return ground("not_checked", "ground.undisputed.unstated", "unknown")
        missing = finding.parameters.get("missing", "a fact the ruling does not state")
        if missing == "facts.application_dates" and all(none_made(s.clause) for s in said):
            # "Een nieuwe aanvraag is vóór de aflevering niet ingediend": none was made, so none is undated (blind round 44)
            return ground("not_checked", "ground.none_made", "unknown")
        if missing in READINGS and any(s.explicit and s.source != "rejects" for s in said):
            # how a term's end day counts is the committee's reading of the letter or the
            # conditions, which it states: not a fact the ruling lacks, never held against it
            return ground("not_checked", "ground.reading", "unknown", missing=missing_words(missing, lang))
        return ground("missing_fact", "ground.missing_fact", "unknown",
                      missing=missing_words(missing, lang))
    if committee == "not_established":
        return ground("not_checked", "ground.not_established")
    if committee == verdict or both:
        return ground("agrees", "ground.agrees", extra=say("ground.partly", lang) if both else "")
    if _qualifies(base["rule"]):
        # whether a later sending is a new application is the committee's reading of the documents
        # (blind round 104: "een afschrift van de aanvraag …, en geen nieuwe aanvraag die de eerdere vervangt")
        return ground("not_checked", "ground.qualification")
    if mixed or not any(s.unique for s in said):
        return ground("not_checked", "ground.both_ways")
    if not any(s.unique and s.explicit for s in said):
        return ground("not_checked", "ground.implicit")
    if all(s.source == "rejects" for s in said if s.unique and s.explicit):
        return ground("not_checked", "ground.inverted_only")
    if DEFAULT_TERM in finding.parameters:
        # computed on geschil's default term, not one the ruling prints: no proof against it
        return ground("missing_fact", "ground.missing_fact", "unknown",
                      missing=missing_words(UNQUOTED_TERM, lang))
    if committee == "not_met" and all(s.statement.stance == "undisputed" for s in said):
        # a condition the parties agree failed, against printed dates that would meet it: those dates need not be
        # the ones the failure rests on ("Tussen partijen is evenmin in geschil dat de behandeling niet binnen één
        # jaar na het ongeval … is voltooid", the implant printed inside the year, the crown's day not at all, blind
        # round 145), and the committee decides nothing there. (A date printed that fails a condition the parties
        # agree was met does prove it: blind round 62.)
        return ground("not_checked", "ground.undisputed.against", verdict)
    return ground("contradicts", "ground.contradicts")
