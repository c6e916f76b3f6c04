"""Recompute a dated ground on the committee's own terms: the term and the care dates it names.

When the committee says "niet binnen de termijn van drie jaar" or "meer dan drie jaar na het
ongeval", its ground is the three-year term, whatever other version of the conditions the ruling
also quotes. When it says "de kroon is op 19 februari 2018 geplaatst en dus na het verstrijken
van de akkoordverklaring", its ground is about that act, not about a date a party put forward.
Only a term that governs the clause counts ("binnen N", "meer dan N", "termijn van N"; a duration
such as "pas vier jaar na het ongeval" is no term), and only dates that are printed care dates.
"""

from __future__ import annotations

import datetime as dt
import re

from geschil import literals
from geschil.dates import find_dates
from geschil.extract.facts.applications import tells_application
from geschil.extract.parameters import NUMBER_WORDS, age_number, in_unit, number
from geschil.i18n import DEFAULT, say
from geschil.models import Evidence, Finding, PolicyTerm, Record, TreatmentDate
from geschil.reason.context import AGREES_ONLY, CONCLUDES, UNCHECKED, Context
from geschil.reason.periods import fmt_period
from geschil.reason.rules import accident_cover, age_limit, prior_approval
from geschil.reason.said import DRAWN

_NUM = r"(?P<num>\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
TERM = literals.compile(rf"\b(?:binnen|meer\s+dan|langer\s+dan|later\s+dan|termijn\s+van)\s+(?:de\s+)?{_NUM}"
                  r"\s+(?P<unit>jaren|jaar|maanden|maand|weken|week|dagen|dag)\b", re.I)
RULES = {"accident_cover.window": ("accident_treatment_window", accident_cover.window),
         "accident_cover.approval_deadline": ("accident_approval_deadline", accident_cover.approval_deadline),
         "prior_approval.validity": (None, prior_approval.validity),
         "prior_approval.beforehand": (None, prior_approval.beforehand)}
# Grounds about when care was given: a care date the committee names is the one it decides on
# ("ingediend vóór de behandeling van 14 februari 2011 en die van 21 februari 2011").
CARE_DATED = ("accident_cover.window", "prior_approval.validity", "prior_approval.beforehand")
# ... where an application after that care asked for other care (another element's); consent
# beforehand weighs the care against a later application itself
CARE_BOUNDS_APPLICATIONS = ("accident_cover.window", "prior_approval.validity")
# ... and where a conclusion ("De behandeling is daarmee binnen twaalf maanden … afgerond") names
# the care of the committee's sentence before it; consent beforehand is not settled so (the care the
# application was for is what it weighs, not the act a conclusion follows on)
CONCLUDED = ("accident_cover.window", "prior_approval.validity")
# Grounds about when approval was asked: an application the committee names is the one it counts
# ("De aanvraag van 2 juni 2022 is ingediend binnen drie maanden na een ongeval in april 2022"),
# also when a later application replaced it as to what was asked.
APPLICATION_DATED = ("accident_cover.approval_deadline",)
# ... and consent beforehand weighs the application the committee names ("De aanvraag van 2 oktober 2023 is ruim
# vier maanden vóór de plaatsing … ingediend", blind round 89's, read once "vóór de plaatsing" named the care)
APPLICATION_NAMED = (*APPLICATION_DATED, "prior_approval.beforehand")


def recompute(record: Record, rule: str, clause: str, evidence: Evidence,
              lang: str = DEFAULT, previous: str = "", earlier: str = "",
              accident: tuple[dt.date, Evidence] | None = None, measured: frozenset = frozenset()) -> tuple[Finding, str] | None:
    """The rule's finding on the committee's own term and care dates, with what was taken from
    its words; None when it names neither, or nothing that differs from the printed facts.
    `previous`: the committee's sentence before, whose care a concluding clause ("De behandeling
    is daarmee binnen twaalf maanden … afgerond") names; `earlier`, the one before that;
    `accident`: of a ruling with several, the one the clause or its subheading names (its day and
    the words naming it); `measured`: terms the clause names as a measure of time gone by, not as
    the term the committee applies (see measures_only)."""
    if rule == age_limit.RULE:  # the limit, the care and the birthday as its clause names them
        return age_limit.recompute(record, clause, evidence, lang, previous, earlier), say("ground.taken.age", lang)
    if rule not in RULES:
        return None
    name, run = RULES[rule]
    facts, taken = record.facts, []
    term = _term(record, name, clause, evidence, measured)
    if term is not None:
        facts = facts.model_copy(update={"policy_terms": [
            t for t in facts.policy_terms if t.name != name] + [term]})
        taken.append(say("ground.taken.term", lang, term=fmt_period(term.value, term.unit, lang)))
    if rule in CARE_DATED and ORDERED.search(clause):
        # "Daarmee is de prothese binnen de geldigheidsduur van de toestemming besteld": the committee weighs the
        # order, which no care date is (blind round 167): shown, never held against it
        found = run(Context(record, lang=lang))
        return found.model_copy(update={"parameters": {**found.parameters, UNCHECKED: ORDER_WEIGHED}}), ""
    care, act = _care(record, clause) if rule in CARE_DATED else (None, None)
    if care is None and rule == "prior_approval.beforehand" and START_NAMED.search(clause):
        # "De aanvraag is dus niet vóór de aanvang van de behandeling gedaan": the start is the care
        # weighed, not a finish of earlier care or a later act (blind round 80)
        starts = [t for t in record.facts.treatment_dates if t.kind == "start"]
        care = starts if starts and len(starts) < len(record.facts.treatment_dates) else None
    if care is None and rule == "prior_approval.beforehand" and (BEGUN_BEFORE.search(clause) or BEGUN_BEFORE.search(previous)):
        # "… dat met de behandeling al was begonnen toen de aanvraag … werd ingediend": a finding on the start; where
        # every printed care came after the application, the start it finds is printed nowhere (blind round 105)
        found = run(Context(record, lang=lang))
        if found.verdict == "met":
            return found.model_copy(update={"verdict": "unknown", "reason": say("before.start_unprinted", lang, reason=found.reason),
                                            "parameters": {**found.parameters, "missing": START_UNPRINTED}}), ""
        dated = [t for t in record.facts.treatment_dates if t.kind in ("start", "performed", "finished")]
        first = min(dated, key=lambda t: t.earliest or t.date or dt.date.max) if dated else None
        care = [first] if first is not None and len(dated) > 1 else None  # the start is the care weighed
    # ... and "Op die datum was de geldigheidsduur … verstreken" the day of the sentence before (blind round 68)
    if care is None and rule in CONCLUDED and previous and (CONCLUDES.search(clause) or age_limit.THAT_DAY.search(clause)):
        care, act = _care(record, _deed_of(clause, previous), acts=False)
        if care is None and earlier and CONCLUDES.search(previous) and not find_dates(previous):
            # "… afgerond met het plaatsen van de kroon … op 21 november 2022. Dat is meer dan twaalf maanden
            # na het ongeval …. De behandeling is dus niet binnen de termijn … afgerond": the sentence before
            # concludes on the one before it, which dates the care (blind round 95)
            care, act = _care(record, _deed_of(clause, earlier), acts=False)
        if care is None and not find_dates(clause) and TERM_ENDED.search(previous) and evidence.span:
            # "Dat is 3 november 2022, de dag waarop de definitieve kroon is geplaatst. … De termijn van achttien
            # maanden na het ongeval van 12 mei 2021 is verstreken op 12 september 2022. De behandeling is dus niet
            # binnen achttien maanden … voltooid": the sentence before only counts the term's end; the care is the one
            # the committee's paragraph dates before it (blind round 163)
            care, act = next(((c, a) for st in _before(record, evidence.span[0])
                              for c, a in [_care(record, st.text, acts=False)] if c is not None), (None, None))
    if care is None and rule in CARE_DATED and previous and POINTED.search(clause) and not find_dates(clause):
        # "De operatie aan de linkerhand had … al plaatsgevonden. De aanvraag is voor die operatie dus niet vóór het
        # begin van de behandeling ontvangen": the care the sentence before names by its act (blind round 181)
        care, act = _care(record, previous) if not find_dates(previous) else (None, None)
    own_care = _named_unprinted(record, clause, evidence) if care is None and rule in CARE_DATED else None
    if own_care:
        # "De behandelingen van 12, 19, 21 en 28 augustus 2014 zijn dus binnen die termijn gegeven": care no
        # fact sentence dated, named by its days in the committee's own clause, is the care weighed (blind round 75)
        care = own_care
    if care is None and rule in CARE_DATED and (_pointed_unprinted(record, clause, previous) or (
            rule == "prior_approval.beforehand" and _pointed_unread_application(record, clause, previous))):
        # "… is voor die kronen niet voldaan", the crowns dated in the sentence before on a day no
        # printed care has: the computation weighs other care, shown but never held against it
        found = run(Context(record, lang=lang))
        return found.model_copy(update={"parameters": {**found.parameters, UNCHECKED: "the care the committee names"}}), ""
    if care is None and rule == "accident_cover.window" and BEGUN.search(clause):
        # "… is met de definitieve behandeling niet binnen zes maanden na het ongeval begonnen": a window for the
        # start, whose first definitive act the committee picks (temporary care does not count); without the care it
        # names, the finish of all the care is no measure of it: shown, never held against it (blind round 180)
        found = run(Context(record, lang=lang))
        return found.model_copy(update={"parameters": {**found.parameters, UNCHECKED: START_WEIGHED}}), ""
    clause_evidence, evidence = evidence, record.evidence
    if care is not None:
        facts, evidence = _with_care(record, facts, evidence, care, clause_evidence if own_care else None)
        last = max(t.latest for t in care)
        before = _applied_before(record, last) if rule in CARE_BOUNDS_APPLICATIONS else None
        if before is not None:
            facts, evidence = _with_applications(facts, evidence, before, lambda p: p.latest <= last)
        fact = care[0].text if len(care[0].text) <= 100 else care[0].text[:99].rsplit(" ", 1)[0] + " …"
        taken.append(say("ground.taken.care_act", lang, act=act, fact=fact) if act
                     else say("ground.taken.care", lang))
    # first_taken: the committee names no day, the first printed notification stands in; it may show the finding
    # agrees with the printed acts, never that it errs (context.AGREES_ONLY, blind round 148)
    applied, first_taken = _applied(record, clause, previous) if rule in APPLICATION_NAMED else (None, False)
    unnamed = (facts, evidence)  # the facts with the assessed application (the fixed line's)
    unsure = None
    if applied is not None:
        facts, evidence = _with_applications(facts, evidence, applied)
        taken.append(say("ground.taken.application", lang))
    elif rule in APPLICATION_DATED and (own := _own_event(record, clause)
                                        or _drawn_event(record, clause, previous,
                                                        clause_evidence.span[0] if clause_evidence.span else None)) is not None:
        # the committee dates the act it measures ("Het ongeval … is op 26 maart 2018 gemeld, dus
        # binnen zes weken") and the record holds no application of that day: the committee's day
        # is the one its finding weighs, never an application of another day in its stead
        facts, evidence = _with_applications(facts, evidence, [(own, clause_evidence)])
        applied = [own]
        taken.append(say("ground.taken.application", lang))
    elif rule in APPLICATION_DATED and (told := _told_apart(record, clause, previous, clause_evidence)) is not None:
        # the notification the committee draws on is one its paragraph tells on a day no application has ("… acht
        # aannemelijk dat verzoekster de zorgverzekeraar begin maart 2021 heeft gebeld en daarbij het ongeval heeft
        # gemeld. … Daarmee heeft verzoekster het ongeval binnen drie maanden … gemeld", "Die melding is gedaan binnen
        # 30 dagen …" after a call of 7 november 2022, blind round 165): never an application of another day in its
        # stead; a call dated by a period only leaves its day the missing fact
        found = run(Context(record, lang=lang))
        if told.date is None and found.verdict in ("met", "not_met"):
            return found.model_copy(update={"verdict": "unknown", "parameters": {
                **found.parameters, "missing": NOTIFIED_UNDATED},
                "reason": say("notification.told_undated", lang, told=told.text, reason=found.reason)}), ""
        return found.model_copy(update={"parameters": {**found.parameters, UNCHECKED: NOTIFIED_APART}}), ""
    if accident is not None and rule in ACCIDENT_RULES:
        facts, evidence, unsure = _on_accident(record, rule, facts, evidence, accident,
                                               care is not None, applied is not None, clause)
        taken.append(say("ground.taken.accident", lang, date=accident[0]))
    if not taken:
        return None
    mine = record.model_copy(update={"facts": facts, "evidence": evidence})
    found = run(Context(mine, lang=lang, named_accident=accident[0] if accident is not None else None))
    if applied is not None and rule not in APPLICATION_DATED:
        found = _named_or_assessed(record, run, unnamed, found, lang)
    if first_taken and found.verdict in ("met", "not_met"):  # a fact missing whichever counts is missing still
        found = found.model_copy(update={"parameters": {**found.parameters, AGREES_ONLY: FIRST_TAKEN}})
    if unsure:  # shown beside the committee's finding, never held for or against it
        found = found.model_copy(update={"parameters": {**found.parameters, UNCHECKED: unsure}})
    return found, say("and", lang).join(taken)


def _named_or_assessed(record: Record, run, unnamed: tuple, named: Finding, lang: str) -> Finding:
    """Consent beforehand weighed on the application the committee names, where it is not the one the fixed
    line assesses: a fact the assessed one lacks still is lacking; where the two give other verdicts, which
    application counts for the care is the committee's reading, shown and never held against it (blind
    rounds 89 and 73: the implants' application of 2 October 2023 beside a later one for the crowns; an
    application the committee itself called replaced)."""
    facts, evidence = unnamed
    assessed = run(Context(record.model_copy(update={"facts": facts, "evidence": evidence}), lang=lang))
    if assessed.verdict == "unknown" or assessed.verdict == named.verdict:
        return assessed if assessed.verdict == "unknown" else named
    return named.model_copy(update={"parameters": {**named.parameters, UNCHECKED: NAMED_APPLICATION}})


NAMED_APPLICATION = "which application counts for the care (the committee names another than the latest)"


# Grounds counted from an accident: in a ruling with several, each on the one its clause names.
ACCIDENT_RULES = ("accident_cover.window", "accident_cover.approval_deadline")
CARE_OF_ACCIDENT = "the care of the accident the committee names"
APPLICATION_OF_ACCIDENT = "the application for the accident the committee names"


def _on_accident(record: Record, rule: str, facts, evidence: dict, accident: tuple,
                 care_named: bool, applied_named: bool, clause: str) -> tuple:
    """The facts as of the accident the committee names, where the ruling tells of several (blind
    rounds 55, 91, 94): its day; the applications made from it until the next accident, unless the
    clause names its own. What cannot be told apart stays unchecked (the third value, the missing
    fact): care the clause does not name (care after a later accident may be either's), and, after
    an earlier accident, more than one application (a late one may be the earlier accident's)."""
    day, named_by = accident
    ctx = Context(record)
    days = ctx.accident_days()
    after = min((d for d in days if d > day), default=None)

    def within(lo, hi) -> bool:
        return lo >= day and (after is None or hi < after)

    facts = facts.model_copy(update={"accident_date": day, "accident_period": None})
    evidence = {**evidence, "facts.accident_date": named_by}
    unsure = None
    if not applied_named:
        said = {d.date for d in find_dates(clause)}  # an application the clause dates is weighed
        dated = [(d, evidence.get(f"facts.application_dates.{i}")) for i, d in enumerate(facts.application_dates)]
        kept = [(d, ev) for d, ev in dated if within(d, d) or d in said]
        if not kept and ctx.caused_by() == day:
            # none before the next accident, and the committee finds this one caused the damage: the plan after
            # the later fall is for this accident's damage (blind round 37)
            kept = [(d, ev) for d, ev in dated if d >= day]
        facts, evidence = _with_applications(facts, evidence, kept, lambda p: within(p.earliest, p.latest))
        if rule in APPLICATION_DATED and any(d < day for d in days) and \
                len(facts.application_dates) + len(facts.application_periods) > 1:
            unsure = APPLICATION_OF_ACCIDENT
    if rule == "accident_cover.window" and not care_named:
        unsure = CARE_OF_ACCIDENT
    return facts, evidence, unsure


# care pointed back at: "voor die kronen", "deze behandeling"
POINTED = literals.compile(r"\b(?:die|deze)\s+(?:[\w-]+\s+)?(?:kroon|kronen|implantaten|implantaat|behandeling|zorg|brug|bruggen"
                           r"|prothese|facings?|hulpmiddel|hulpmiddelen|ingreep|operatie|sessies|behandelingen"
                           # ... and care outside the mouth ("zodat voor die rit geen toestemming vooraf is gevraagd", blind
                           # round 165)
                           r"|rit|ritten|vervoer|therapie|opname|kuur|consulten?|extracties?)\b", re.I)


def _pointed_unprinted(record: Record, clause: str, previous: str) -> bool:
    """Whether the clause points back at care the sentence before dates, on days no printed
    treatment has (the care it decides on is not the care geschil read)."""
    if not previous or not POINTED.search(clause):
        return False
    # the days of that care, not the application's the sentence also names ("De aanvraag is op 3 november 2020
    # ontvangen, na de extracties en vullingen, die tussen 14 september 2020 en 19 oktober 2020 zijn uitgevoerd. Voor
    # die zorg is dus niet vooraf om toestemming gevraagd", blind round 161)
    found = find_dates(previous)
    days = {d.date for d in found if d.date}
    # ... a span of days ("tussen 14 september 2020 en 19 oktober 2020") by its two ends
    care = (days | {day for d in found if not d.date and d.precision == "period" for day in (d.earliest, d.latest)}) \
        - set(record.facts.application_dates) - {record.facts.accident_date}
    printed = {t.date for t in record.facts.treatment_dates if t.date}
    return bool(care) and care.isdisjoint(printed) and (care == days or not days & printed)


# the committee finds the treatment begun when the application was made
BEGUN_BEFORE = literals.compile(r"\b(?:al|reeds)\s+(?:was|is|waren|zijn)\s+(?:[\w-]+\s+){0,2}?(?:begonnen|gestart|aangevangen)\s+"
                                r"(?:toen|voordat|vóórdat|voor|vóór)\b[^.;]{0,40}?\baanvraag", re.I)
START_UNPRINTED = "the start of the treatment"
START_NAMED = literals.compile(r"\b(?:aanvang|begin|start)\s+van\s+de\s+behandeling\b", re.I)
# care named by its own days: "De behandelingen van 12, 19, 21 en 28 augustus 2014", "De operatie op 3 november 2022"
CARE_NAMED = literals.compile(r"\b(?:behandeling|behandelingen|kroon|kronen|implantaten|implantaat|brug|bruggen|prothese"
                              r"|facings?|sessies?|consulten?|hulpmiddel(?:en)?|ingreep|operatie|opname"
                              r"|bestralingen|kuren|rit|ritten)"
                              # … or by a relative clause: "De opname, die op 12 mei 2014 aanving" (blind round 82)
                              r"(?:\s+(?:van|op|d\.d\.)\s+|\s*,\s*die\s+op\s+"
                              # … or as taking place: "De bestralingen vonden plaats van 21 juni 2010 tot en met
                              # 29 juli 2010" (blind round 84)
                              r"|\s+(?:vond|vonden)\s+plaats\s+(?:van|op)\s+)"
                              r"(?:\d{1,2}(?:\s+[a-z]+)?(?:\s+\d{4})?\s*(?:,|en|tot\s+en\s+met|t/m)\s+)*$", re.I)


def _named_unprinted(record: Record, clause: str, evidence: Evidence) -> list[TreatmentDate] | None:
    """The care the clause names by days of its own ("De behandelingen van 12, 19, 21 en 28 augustus
    2014 zijn dus binnen die termijn gegeven"), when no printed care falls on any of them: the care
    the committee decides on, which no fact sentence dated (blind round 75); else None."""
    printed = {t.date for t in record.facts.treatment_dates if t.date}
    dated = [d for d in find_dates(clause) if d.date and CARE_NAMED.search(clause, max(0, d.start - 80), d.start)]
    named = sorted({d.date for d in dated})
    if not named or set(named) <= printed:  # care the record read: the clause names it as printed
        return None
    text = " ".join(evidence.quote.split())
    spans = _ranges(clause, dated)
    return [TreatmentDate(kind="performed", date=lo if lo == hi else None, earliest=lo, latest=hi,
                          precision="day" if lo == hi else "period", text=text) for lo, hi in spans]


RANGE_JOIN = literals.compile(r"\s+(?:tot\s+en\s+met|t/m)\s+$", re.I)


def _ranges(clause: str, dated: list) -> list[tuple]:
    """The named days as (first, last): "van 21 juni 2010 tot en met 29 juli 2010" is one span of care
    (every day between counts), a list of days is one span per day."""
    out: list[tuple] = []
    for prev, d in zip([None, *dated[:-1]], dated, strict=True):
        if prev is not None and RANGE_JOIN.search(clause, prev.end, d.start):
            out[-1] = (out[-1][0], d.date)
        else:
            out.append((d.date, d.date))
    return sorted(set(out))


def _pointed_unread_application(record: Record, clause: str, previous: str) -> bool:
    """Whether the clause points back at care whose application the sentence before dates on a
    day the record holds no application or care of ("Voor de onderoogleden heeft verzoekster pas
    op 24 april 2023 … om vergoeding gevraagd. … is voor deze zorg dus niet voldaan"): the
    committee weighs an application geschil did not read."""
    if not previous or not POINTED.search(clause) or not tells_application(previous):
        return False
    known = {t.date for t in record.facts.treatment_dates} | set(record.facts.application_dates)
    return any(d.date and d.date not in known and d.date != record.facts.accident_date
               for d in find_dates(previous))


# "is op 26 maart 2018 gemeld", "op 3 mei 2021 bij de zorgverzekeraar ingediend": the day of the act
# ... also past an apposition: "Het ongeval is op 31 januari 2018, binnen 14 dagen, gemeld" (blind round 150)
# ... "op 3 juli 2023 het ongeval heeft gemeld" (blind round 160)
ACT_ON = literals.compile(r"(?:\s*,[^,.;]{1,40},)?\s+(?:(?:bij|aan|door)\s+de\s+(?:ziektekosten|zorg)?verzekeraar\s+)?"
                          r"(?:het\s+(?:ongeval|ongeluk)\s+)?(?:is\s+|werd\s+|heeft\s+|had\s+)?"
                          r"(?:gemeld|aangemeld|ingediend|aangevraagd|ontvangen|binnengekomen|voorgelegd|ingestuurd)\b", re.I)


# "De melding van 20 augustus 2019 is binnen dertien weken na het ongeval … gedaan": the act named by its day
# (blind round 64)
APPLICATION_WORD = literals.compile(r"\b(?:aanvraag|aangevraagd|aanvragen|toestemming|akkoordverklaring|machtiging|behandelplan)", re.I)
ACT_NAMED = literals.compile(r"\b(?:melding|aanmelding|schademelding|ongevalsmelding)\s+(?:van|d\.d\.)\s*$", re.I)
NOTIFICATION = literals.compile(r"\b(?:melding|aanmelding|schademelding|ongevalsmelding)\b", re.I)
MADE_AFTER = literals.compile(r"[^.;]{0,60}?\bgedaan\b", re.I)


NTH_DAY = literals.compile(r"\bop\s+de\s+(?P<n>[\w-]+)\s+dag\s+na\s+(?:het|dat|dit)\s+(?:[\w-]+\s+)?(?:ongeval|ongeluk)\b", re.I)


def _own_event(record: Record, clause: str):
    """The one day the clause dates the act it measures by ("op <day> gemeld"), when the record
    holds no application of any day the clause names; else None."""
    days = [d for d in find_dates(clause) if d.date]
    if any(d.date in record.facts.application_dates for d in days):
        return None
    # the notification named by its day, where the clause says nothing of an application (whether a
    # notification counts as one is another question: "… dat zij met de melding van 4 oktober 2011
    # tijdig een aanvraag heeft ingediend", rejected)
    named = not APPLICATION_WORD.search(clause)
    # ... or told as made on its day, the notification being the clause's subject ("… de melding van het ongeval,
    # en die heeft verzoeker op 19 september 2022, ruim binnen zes maanden, gedaan", blind round 92)
    told = named and NOTIFICATION.search(clause) is not None
    acts = {d.date for d in days if d.date != record.facts.accident_date
            and (ACT_ON.match(clause, d.end) or (named and ACT_NAMED.search(clause, max(0, d.start - 30), d.start))
                 or (told and MADE_AFTER.match(clause, d.end)))}
    if not days and told and record.facts.accident_date is not None and (m := NTH_DAY.search(clause)):
        # "De melding is gedaan op de negenentwintigste dag na het ongeval": the committee dates it by its count
        n = age_number(m["n"])
        acts = {record.facts.accident_date + dt.timedelta(days=n)} if n else acts
    return acts.pop() if len(acts) == 1 else None


def _drawn_event(record: Record, clause: str, previous: str, at: int | None = None):
    """The act a clause draws on from the sentence before, dated there and by no application ("Het
    ongevallenformulier is aldus op 3 december 2021 door de ziektekostenverzekeraar ontvangen, meer dan 30
    dagen na het ongeval …. Het ongeval is daarmee niet tijdig gemeld", blind round 132); or from the committee's
    sentences of its paragraph before, where the sentence right before only counts the term ("… blijkt dat
    verzoeker op 3 juli 2023 het ongeval heeft gemeld …. Dat is meer dan een verzoek om informatie. De termijn van
    dertig dagen na 14 juni 2023 eindigde op 14 juli 2023. Het ongeval is dus tijdig gemeld", blind round 160;
    `at`: where the clause's sentence starts); else None."""
    if not previous or find_dates(clause) or not (DRAWN.match(clause.lstrip()) or DRAWN_INSIDE.search(clause)):
        return None
    own = _own_event(record, previous)
    if own is None and at is not None and TERM_ENDED.search(previous):
        own = next((day for st in _before(record, at) if (day := _own_event(record, st.text)) is not None), None)
    accident = record.facts.accident_date
    return own if own is not None and (accident is None or own > accident) else None


ORDER_WEIGHED = "the act the committee weighs (an order, no care given)"
START_WEIGHED = "the act the committee counts as the start of the definitive treatment"
BEGUN = literals.compile(r"\b(?:begonnen|aangevangen|gestart|aanvangen|beginnen)\b", re.I)
ORDERED = literals.compile(r"\b(?:besteld|bestelling|bestelde)\b", re.I)
NOTIFIED_UNDATED = "the day of the notification the committee weighs"
NOTIFIED_APART = "the notification the committee weighs (its paragraph tells it on a day no application has)"
# a clause pointing at a notification told before ("Die melding is gedaan …"), and the telling of one
NOTIFICATION_POINTED = literals.compile(r"\b(?:die|deze|dat|dit)\s+(?:telefonische\s+)?(?:melding|telefoongesprek|gesprek)\b", re.I)
NOTIFIED = literals.compile(r"\b(?:gemeld|doorgegeven|gebeld|meldde|melding)\b", re.I)
# ... not one it says was none ("Het telefoongesprek van 28 januari 2016 is geen melding in die zin", blind round 85)
NOT_NOTIFIED = literals.compile(r"\bgeen\s+(?:[\w-]+\s+)?melding\b|\bniet\s+(?:[\w-]+\s+){0,3}?(?:gemeld|doorgegeven)\b", re.I)


def _told_apart(record: Record, clause: str, previous: str, evidence: Evidence):
    """The date (exact or a period) of the notification a concluding or pointing clause draws on, told in the
    committee's paragraph before it (the nearest sentence telling one), where none of its days is an application's
    the record holds; else None."""
    if not previous or not evidence.span or not (DRAWN.match(clause.lstrip()) or DRAWN_INSIDE.search(clause)
                                                 or NOTIFICATION_POINTED.search(clause)):
        return None
    accident = record.facts.accident_date
    if any(not _accident_day(d, accident) for d in find_dates(clause)):
        return None  # the clause dates its own act
    applied = set(record.facts.application_dates)
    for st in _before(record, evidence.span[0]):
        days = [d for d in find_dates(st.text) if not _accident_day(d, accident)]
        if not days or st.stance not in ("finding", "undisputed") or TERM_ENDED.search(st.text):
            continue  # a party's position, a count of the term's end: not the act drawn on
        if any(d.date in applied for d in days):
            return None  # an application the record holds: weighed as it is
        if NOTIFIED.search(st.text) and not NOT_NOTIFIED.search(st.text):
            return next((d for d in days if d.date), days[0])
    return None


def _accident_day(d, accident) -> bool:
    return accident is not None and d.earliest == accident == d.latest


PARAGRAPH_REACH = 700  # characters before a sentence in which its paragraph's earlier sentences stand


def _before(record: Record, at: int) -> list:
    """The committee's statements that end before `at` and start within reach of it, latest first."""
    return [st for st in reversed(record.statements)
            if st.span[1] <= at and st.span[0] >= at - PARAGRAPH_REACH and st.speaker == "committee"]


def named_days(record: Record, clause: str) -> set:
    """The (earliest, latest) of the printed care the clause names by its days or its act."""
    care, _ = _care(record, clause)
    return {(t.earliest, t.latest) for t in care} if care else set()


def names_term(rule: str, clause: str) -> bool:
    """Whether the clause names one term for this rule's period: the first clause that does gives
    the committee's term, even when it is the policy's own (a later "binnen twee weken
    beantwoord" is then the insurer's pace, not the term)."""
    name = RULES.get(rule, (None,))[0]
    return name is not None and len({(m["unit"], m["num"]) for m in TERM.finditer(clause)}) == 1


# a term the committee applies ("niet gedaan binnen dertig dagen", "de termijn van drie maanden"), as
# against time gone by that it measures ("ontvangen, meer dan een maand na het ongeval")
APPLIED = literals.compile(r"^(?:binnen|termijn)\b", re.I)


def measures_only(record: Record, rule: str, clauses: list[str]) -> frozenset:
    """The terms the committee's clauses on one ground name only as time gone by ("meer dan een maand na
    het ongeval"), where another of its clauses applies the term the ruling quotes ("De melding is daarmee
    niet gedaan binnen dertig dagen"): the quoted term is then the committee's, and a month for thirty days
    is its measure, to be weighed, not taken (blind round 157)."""
    name = RULES.get(rule, (None,))[0]
    current = Context(record).term(name) if name is not None else None
    if current is None or current.evidence is None:
        return frozenset()
    named = [(APPLIED.match(m[0]) is not None, in_unit(m["unit"], number(m["num"])))
             for c in clauses for m in TERM.finditer(c)]
    quoted = (current.value, current.unit)
    if (True, quoted) not in named:
        return frozenset()
    return frozenset(t for applied, t in named if not applied and t != quoted)


def _term(record: Record, name: str | None, clause: str, evidence: Evidence,
          measured: frozenset = frozenset()) -> PolicyTerm | None:
    if name is None:
        return None
    terms = {(in_unit(m["unit"], number(m["num"]))) for m in TERM.finditer(clause)} - measured
    if len(terms) != 1:
        return None
    value, unit = terms.pop()
    current = Context(record).term(name)
    # the same as a term the ruling quotes: nothing to take; the same as geschil's default: the
    # committee's words are what prints it ("meer dan drie maanden"), the default is no source
    if current is not None and current.evidence is not None and (current.value, current.unit) == (value, unit):
        return None
    return PolicyTerm(name=name, value=value, unit=unit, evidence=evidence)


# "De aflevering viel daarmee binnen de geldigheidsduur", after "De KEVO is op 3 mei 2017 gepast en
# op 2 juni 2017 afgeleverd": the deed the conclusion names, by the verb that tells it
DEEDS = {"aflevering": "afgeleverd", "levering": "geleverd", "plaatsing": "geplaatst", "verstrekking": "verstrekt"}
DEED = literals.compile(r"^\s*(?:de|het)\s+(?P<deed>aflevering|levering|plaatsing|verstrekking)\b", re.I)


# "De kronen zijn daarmee binnen de verlengde geldigheidsduur … geplaatst", after "De implantaten zijn
# op 20 oktober 2022 geplaatst en de kronen op 23 januari 2023": the act the conclusion names by its thing
# ... also after the committee's own "stelt vast dat" ("De commissie stelt vast dat de implantaten daarmee zijn
# geplaatst binnen de periode …", blind round 90)
THING = literals.compile(r"^\s*(?:de\s+commissie\s+(?:stelt\s+(?:\w+\s+)?vast|constateert|concludeert|oordeelt|is\s+van\s+oordeel)"
                         r"\s*,?\s+dat\s+)?(?:de|het)\s+(?P<thing>kronen|kroon|implantaten|implantaat|brug|bruggen|prothese"
                         r"|facings|hoortoestellen|hoortoestel)\b", re.I)


def _thing_of(clause: str, previous: str) -> str:
    """The stretch of the sentence before (from one date's end to the next date's end) that names the
    thing the concluding clause is about, when exactly one does; else the whole sentence."""
    m = THING.match(clause)
    days = find_dates(previous) if m else []
    if len(days) < 2:
        return previous
    thing = re.compile(rf"\b{m['thing']}\b", re.I)
    parts = [previous[(days[i - 1].end if i else 0):d.end] for i, d in enumerate(days)]
    mine = [p for p in parts if thing.search(p)]
    return mine[0] if len(mine) == 1 else previous


def _deed_of(clause: str, previous: str) -> str:
    """The part of the sentence before that tells the deed the concluding clause names: from each
    date to the next, the stretches whose verb is the deed's (the whole sentence when none is)."""
    m = DEED.match(clause)
    if m is None:
        return _thing_of(clause, previous)
    verb = re.compile(rf"\b{DEEDS[m['deed'].lower()]}\b", re.I)
    days = find_dates(previous)
    parts = [previous[d.start:(days[i + 1].start if i + 1 < len(days) else len(previous))]
             for i, d in enumerate(days)]
    mine = [p for p in parts if verb.search(p)]
    return " ".join(mine) if mine else previous


def _care(record: Record, clause: str, acts: bool = True) -> tuple[list | None, str | None]:
    """The printed treatment dates the clause names, when they are fewer than all of them; a
    clause that names no date may name the act ("De kroon op het implantaat is geplaatst binnen
    de geldigheidsduur"), which counts when exactly one dated fact sentence names that act alone
    (then the act is returned too, for the reason to quote)."""
    # a date that names a document ("de akkoordverklaring van 1 september 2021") names no care
    # … and a span of days names the care dated by that span ("in de periode van 10 tot en met 24
    # november 2022"), a month the care dated by that month ("in augustus 2021", blind round 63)
    # (a month that names the accident names no care: "Nu het ongeval … begin maart 2021 heeft plaatsgevonden")
    dated = record.facts.treatment_dates
    # ... nor does an application's day no care has ("pas is geplaatst nadat op 14 september 2021 de nieuwe aanvraag
    # was ingediend": the act names the care, blind round 120)
    applied = set(record.facts.application_dates) - {t.date for t in dated}
    named = {(d.earliest, d.latest) for d in find_dates(clause)
             if (d.date or (d.earliest and not ACCIDENT_BEFORE.search(clause, max(0, d.start - 80), d.start)))
             and not DOCUMENT_DATED.search(clause, 0, d.start) and d.date not in applied
             and not EXPIRED_ON.match(clause, d.end) and not ENDS_ON.search(clause, 0, d.start)
             and not BOUND_ON.search(clause, max(0, d.start - 12), d.start)}
    if not named:
        act = (_act(clause) or _bare_act(clause) or _noun_act(clause)) if acts else None
        care = _care_by_act(dated, act) if act else None
        return care, act if care else None
    mine = [t for t in dated if (t.earliest, t.latest) in named and t.kind in ("start", "performed", "finished")]
    # all the printed care, named where an application comes after it (a claim for care given): the
    # rules' default weighs the application in its stead (blind round 104)
    last = max((t.latest for t in mine), default=None)
    later = last is not None and any(a > last for a in record.facts.application_dates)
    return (mine if mine and (len(mine) < len(dated) or later) else None), None


ACCIDENT_BEFORE = literals.compile(r"\bongeva\w*\b(?![^.;]*\b(?:geplaatst|verricht|uitgevoerd|behandeld|afgerond|voltooid)\b)", re.I)


# "dat de toestemming op 14 juni 2012 verliep", "geldig tot 15 juni 2012": the day a term ends names no care
# (blind round 66)
EXPIRED_ON = literals.compile(r"\s*(?:verliep|verstreek|eindigde|afliep|liep\s+af|(?:is|was)\s+(?:verlopen|verstreken|geëindigd|afgelopen))\b", re.I)
ENDS_ON = literals.compile(r"\btot(?:\s+en\s+met)?\s*$|\bt/m\s*$", re.I)
# "dat de implantaatkroon na 14 oktober 2022 … is geplaatst": a bound, no day of care (blind round 182)
BOUND_ON = literals.compile(r"\b(?:na|vóór|later\s+dan|eerder\s+dan)\s+$", re.I)


# An act of care with its place: "de kroon op het implantaat", "het implantaat in regio 21",
# "de facing op element 12" (a bare "de kroon" could be any of several).
CARE_ACT = literals.compile(r"\b(?:kroon|kronen|implantaat|implantaten|brug|facing|facings|prothese|vulling)\s+"
                            r"(?:op|in|van|ter\s+plaatse\s+van)\s+(?:het\s+|de\s+)?"
                            r"(?:implantaat|implantaten|elementen?\s+\d{2}|regio\s+\d{2})\b"
                            # ... or by its side: "de operatie aan de linkerhand" (blind round 181)
                            r"|\b(?:operatie|ingreep|correctie|behandeling)\s+(?:aan|van)\s+(?:de|het|haar|zijn)\s+"
                            r"(?:linker|rechter)[a-z]+\b", re.I)


DOCUMENT_DATED = literals.compile(r"\b(?:akkoordverklaring|machtiging|toestemming|goedkeuring|brief|aanvraag|beslissing)"
                                  r"\s+(?:van|d\.d\.)\s*$", re.I)
# "De kronen zijn daarmee binnen de geldigheidsduur … geplaatst": the act as the clause's subject,
# without its place; it counts as the act named when one dated fact sentence alone names it so.
# … also as a deed ("De plaatsing van de kronen valt binnen de geldigheidsduur")
BARE_ACT = literals.compile(r"^\s*(?:de|het)\s+(?:(?:plaatsing|plaatsen|aanbrengen|vervaardiging)\s+van\s+(?:de|het)\s+)?"
                            r"(?:kroon|kronen|implantaat|implantaten|brug|bruggen|[a-z]*prothese"
                            r"|facing|facings|vulling|vullingen)\b", re.I)


# the care named by its noun anywhere in the clause: "Op die dag zijn de kronen geplaatst, zodat de kronen …"
# (a prosthesis also by its compound: "de plaatprothese", "de klikprothese", blind round 120)
CARE_NOUNS = r"(?P<noun>[a-z]*kroon|[a-z]*kronen|implantaat|implantaten|brug|bruggen|[a-z]*prothese|facing|facings|vulling|vullingen)"
NOUN_ACT = literals.compile(r"\b(?:de|het)\s+" + CARE_NOUNS + r"\b", re.I)


def _noun_act(clause: str) -> str | None:
    """The one kind of care the clause names by its noun ("de kronen"), when it names one."""
    nouns = {m["noun"].lower() for m in NOUN_ACT.finditer(clause)}
    return f"de {nouns.pop()}" if len(nouns) == 1 else None


# one kind of care, singular or plural
KIND_OF_CARE = {"kronen": "kroon", "implantaten": "implantaat", "bruggen": "brug", "facings": "facing",
                "vullingen": "vulling"}


# ... also pointed at: "voor die kroon" (blind round 182), which names its kind, not which one
KIND_NOUN = literals.compile(r"\b(?:die|deze)\s+" + CARE_NOUNS + r"\b", re.I)


def care_kinds(clause: str) -> set[str]:
    """The kinds of care a clause names by their nouns ("de kronen" and "de kroon" are one kind)."""
    return {KIND_OF_CARE.get(n, n) for n in (m["noun"].lower() for pattern in (NOUN_ACT, KIND_NOUN)
                                             for m in pattern.finditer(clause))}


def _bare_act(clause: str) -> str | None:
    m = BARE_ACT.match(clause)
    return " ".join(m.group().lower().split()) if m else None


def _act(clause: str) -> str | None:
    """The one act of care the clause names, in lower case, or None."""
    acts = {" ".join(m.group().lower().split()) for m in CARE_ACT.finditer(clause)}
    return acts.pop() if len(acts) == 1 else None


def _care_by_act(dated: list, act: str) -> list | None:
    told = {}  # a fact sentence with one dated act of care
    for t in dated:
        told.setdefault(t.text, []).append(t)
    # a bare act ("de kronen") names the one dated sentence that names its noun at all: a sentence
    # with "de definitieve kroon" names a crown too, and so does one with "de implantaatkroon" (the
    # noun ending a compound: "de overkappingsprothese" is the prothese, blind round 102)
    bare = BARE_ACT.match(act) or NOUN_ACT.fullmatch(act)
    noun = re.compile(rf"\b\w*{re.escape(act.split()[-1])}\b") if bare else None
    naming = [text for text in told if (noun.search(text.lower()) if noun else act in " ".join(text.lower().split()))]
    mine = [t for text in naming for t in _named_in(told[text], text, noun)
            if t.date and t.kind in ("start", "performed", "finished")]
    return mine if len(mine) == 1 and len(naming) == 1 and len(mine) < len(dated) else None


def _named_in(told: list, text: str, noun: re.Pattern | None) -> list:
    """The one dated act of a fact sentence; of several ("De implantaten zijn op 14 februari 2017
    geplaatst en de kronen op 31 mei 2017"), the one whose stretch (from the date before to its own)
    names the noun, when exactly one does."""
    if len(told) == 1 or noun is None:
        return told[:1] if len(told) == 1 else []
    days = [d for d in find_dates(text) if d.date]
    before = [(d, text[(days[i - 1].end if i else 0):d.end]) for i, d in enumerate(days)]
    # ... or the stretch after it, where each date's own act follows it ("op 3 oktober 2022 de facing … geplaatst en op
    # 11 oktober 2022 de implantaatkroon", blind round 182) and not each one before
    after = [(d, text[d.end:(days[i + 1].start if i + 1 < len(days) else len(text))]) for i, d in enumerate(days)]
    stretches = after if _one_act_each(after) and not _one_act_each(before) else before
    hits = {d.date for d, part in stretches if noun.search(part.lower())}
    mine = [t for t in told if t.date in hits]
    return mine if len(hits) == 1 and len(mine) == 1 else []


def _one_act_each(stretches: list) -> bool:
    """Whether every stretch names exactly one act of care by its noun."""
    return all(len({m["noun"].lower() for m in NOUN_ACT.finditer(part)}) == 1 for _, part in stretches)


def _with_care(record: Record, facts, evidence: dict, care: list, named: Evidence | None = None) -> tuple:
    """The facts and evidence with only these treatments, their evidence renumbered with them
    (`named`: the clause that names care no fact sentence dated, its evidence)."""
    own = {id(t): evidence.get(f"facts.treatment_dates.{i}") for i, t in enumerate(record.facts.treatment_dates)}
    evidence = {k: v for k, v in evidence.items() if not k.startswith("facts.treatment_dates.")}
    evidence.update({f"facts.treatment_dates.{i}": own.get(id(t)) or named for i, t in enumerate(care)
                     if own.get(id(t)) or named})
    return facts.model_copy(update={"treatment_dates": care}), evidence


def _with_applications(facts, evidence: dict, applied: list[tuple], keep_period=None) -> tuple:
    """The facts and evidence with only these (date, evidence) applications, renumbered, and the
    applications dated by a period that `keep_period` keeps (none where the committee names the
    application it counts)."""
    own = {id(p): evidence.get(f"facts.application_periods.{i}") for i, p in enumerate(facts.application_periods)}
    periods = [p for p in facts.application_periods if keep_period is not None and keep_period(p)]
    facts = facts.model_copy(update={"application_dates": [d for d, _ in applied], "application_periods": periods})
    evidence = {k: v for k, v in evidence.items()
                if not k.startswith(("facts.application_dates.", "facts.application_periods."))}
    evidence.update({f"facts.application_dates.{i}": ev for i, (_, ev) in enumerate(applied)
                     if ev is not None})
    evidence.update({f"facts.application_periods.{i}": own[id(p)] for i, p in enumerate(periods) if own.get(id(p))})
    return facts, evidence


def _applied_before(record: Record, last) -> list[tuple] | None:
    """The applications up to the care the committee names, when a later one was left out: an
    application made after that care was given asked for other care (another element's)."""
    return _some_applications(record, lambda d: d <= last, none_kept=True)


# "… dat de melding binnen drie maanden na het ongeval is gedaan": the accident's notification, which
# is the first word of it the insurer had (a later plan is no notification of the accident)
# ... or in its verb: "Daarmee is het ongeval … binnen dertig dagen … schriftelijk gemeld" (blind round 116)
NOTIFICATION_TOLD = literals.compile(r"\b(?:de|die|deze|zijn|haar)\s+(?:eerste\s+)?(?:schade)?melding\b"
                                     r"|\bongeval\b[^.;]{0,120}?\b(?:gemeld|aangemeld)\b", re.I)


FIRST_TAKEN = "the notification the committee counts (its finding names no day: the first printed one is taken)"
DRAWN_INSIDE = literals.compile(r"\b(?:daarmee|hiermee|dus)\b", re.I)  # "… is het ongeval daarmee (dus) … gemeld"
# a sentence that only counts a term's end ("De termijn van dertig dagen na 14 juni 2023 eindigde op 14 juli 2023")
TERM_ENDED = literals.compile(r"^\s*(?:de|die|deze)\s+termijn\b[^.;]{0,80}?\b(?:eindigde|eindigt|liep|verstreek"
                              r"|(?:is|was)\s+(?:(?:dus|daarmee|toen|al)\s+)?(?:verstreken|verlopen|geëindigd))\b", re.I)
APPLICATION_OF = literals.compile(r"\b(?:aanvraag|machtigingsaanvraag|aanvraagformulier)\s+(?:van|d\.d\.)\s*$", re.I)


# "… dat het ongeval binnen twee maanden is gemeld en dat de zorgverzekeraar … heeft ingestemd met het behandelplan van
# 20 augustus 2018": the second that-clause names another act (blind round 168)
CONJUNCT = literals.compile(r",?\s+en\s+dat\b|;", re.I)


def _notified_part(clause: str) -> str:
    """The one that-clause of a clause joining several that tells the notification; else the clause."""
    cuts = [0, *(m.start() for m in CONJUNCT.finditer(clause)), len(clause)]
    parts = [clause[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
    told = [p for p in parts if NOTIFICATION_TOLD.search(p)]
    return told[0] if len(parts) > 1 and len(told) == 1 else clause


def _applied(record: Record, clause: str, previous: str = "") -> tuple[list[tuple] | None, bool]:
    """The printed application dates the clause names (with their evidence), when fewer than all;
    a clause that names no date but the accident's and the notification names the one the sentence
    it points back at names, else the first (and then True: taken, not named)."""
    clause = _notified_part(clause)
    days = [d for d in find_dates(clause) if d.date]
    named = {d.date for d in days}
    term = TERM.search(clause)
    if term is not None and len(named & set(record.facts.application_dates)) > 1:
        # "Het ongeval is op 25 september 2020 gemeld, binnen drie maanden na het ongeval, en het
        # behandelplan … is op 9 november 2023 ingediend": the term weighs the application before it
        before = [d.date for d in days if d.end <= term.start() and d.date in record.facts.application_dates]
        named = {before[-1]} if before else named
    by_name = {d.date for d in days if APPLICATION_OF.search(clause, max(0, d.start - 30), d.start)}
    if len(named & set(record.facts.application_dates)) > 1 and by_name & set(record.facts.application_dates):
        # "De aanvraag van 2 oktober 2023 is … vóór de plaatsing van de implantaten op 19 februari 2024 ingediend":
        # the application is the one named so, the other day the care's (blind round 89's, round 105's rules)
        named = by_name
    accident = record.facts.accident_date or (record.facts.accident_period.earliest
                                              if record.facts.accident_period else None)
    after = [d for d in record.facts.application_dates if accident is None or d >= accident]
    # a day on or before the accident's is no notification of it ("Ook gerekend vanaf zaterdag 25 februari 2012
    # is het ongeval daarmee binnen veertien dagen … gemeld": a count from another day of the accident, blind round 123)
    acts = {d for d in named if accident is None or d > accident}
    if not acts and NOTIFICATION_TOLD.search(clause) and after:
        # "De commissie gaat daarom uit van het formulier …, dat … op 30 januari 2009 … is ontvangen.
        # Daarmee is het ongeval … gemeld": the day before; else no notification precedes the accident
        drawn = DRAWN.match(clause.lstrip()) or DRAWN_INSIDE.search(clause)
        pointed = {d.date for d in find_dates(previous)} & set(after) if drawn else set()
        if not pointed and (_drawn_event(record, clause, previous) is not None or _own_event(record, clause) is not None):
            return None, False  # the act this sentence or the one before dates, on a day no application has
        if len(pointed) != 1:  # no day the clause or the one before names: the first notification, to agree only
            first = _some_applications(record, {min(after)}.__contains__, none_kept=False)
            return first, first is not None
        named = pointed
    return _some_applications(record, named.__contains__, none_kept=False), False


def _some_applications(record: Record, keep, none_kept: bool) -> list[tuple] | None:
    """(date, evidence) of the applications `keep` takes, when it leaves some out (and, unless
    `none_kept`, takes at least one); else None."""
    dates = record.facts.application_dates
    mine = [(d, record.evidence.get(f"facts.application_dates.{i}")) for i, d in enumerate(dates) if keep(d)]
    return mine if (mine or none_kept) and len(mine) < len(dates) else None
