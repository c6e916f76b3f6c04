"""An age limit: the insured person is younger than N when the care is given (a policy's
"mits de verzekerde bij de aanvang van de behandeling jonger is dan achttien jaar", IVF's "tot de
leeftijd van 43 jaar" of Bzv art. 2.4 lid 1 c).

Open-world and on the committee's own terms: the limit is the one its clause names (else the one
limit the ruling quotes), the care is the care its clause dates. The birth is the printed one,
always recounted; only where none is printed does the day the clause says the limit was reached
("op 9 februari 2012 achttien jaar geworden") or the age it states at the care ("was op 11 maart
2013 42 jaar oud") stand in: then only the committee's own words can contradict it. A verdict
needs every day the printed bounds allow to agree; a ruling that quotes only a minimum age ("vanaf
18 jaar") turns the limit's direction, and nothing is computed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from geschil import literals
from geschil.dates import find_dates
from geschil.extract.parameters import age_number
from geschil.models import Evidence, Finding, Record
from geschil.reason.context import CONCLUDES, UNCHECKED, Context

RULE = "age_limit"
RULES = (RULE,)

_N = r"(\d{1,2}(?:e|de|ste)?|[a-zë]+)"
# the limit the clause names: "jonger dan 18 jaar", "de leeftijd van 43 jaar (al had bereikt)",
# "achttien jaar was geworden", "haar achttiende verjaardag", "de leeftijdsgrens van 18 jaar"
LIMIT = literals.compile(rf"\b(?:jonger|ouder)\s+(?:is\s+|was\s+|zijn\s+|waren\s+)?dan\s+{_N}\s+jaar\b|\bleeftijd(?:sgrens)?\s+van\s+{_N}\s+jaar\b"
                         rf"|\b{_N}\s+jaar\s+(?:oud\s+)?(?:was\s+|is\s+|werd\s+)?geworden\b"
                         rf"|\b(?:de|zijn|haar)\s+{_N}\s+verjaardag\b", re.I)
# an age the clause states at the care: "42 jaar oud", "toen (nog) zeventien (jaar)"
STATED = literals.compile(rf"\b{_N}\s+jaar\s+oud\b|\btoen\s+(?:nog\s+)?(?:maar\s+)?{_N}(?:\s+jaar)?\b(?!\s+(?:werd|geworden))",
                          re.I)
# a date that is the limit's birthday: "op 9 februari 2012 achttien jaar was geworden", "haar
# verjaardag op 9 februari 2012", "werd op 24 mei 2013 43"
BIRTHDAY_AFTER = literals.compile(r"^\s*,?\s*(?:de\s+leeftijd\s+van\s+)?(?:\d{1,2}|[a-zë]+)\s+(?:jaar\s+)?(?:oud\s+)?"
                                  r"(?:was\s+|is\s+|werd\s+)?(?:geworden|werd|bereikte|bereikt)\b"
                                  r"|^\s*,?\s*(?:haar|zijn|de)\s+\S+\s+verjaardag\b", re.I)
BIRTHDAY_BEFORE = literals.compile(r"(?:verjaardag|jarig)\s+(?:was\s+|is\s+)?(?:op|van)\s+$|\b(?:werd|geworden)\s+"
                                   r"(?!geboren\b)(?:[\w-]+\s+){0,2}?op\s+$|\bbereikte\s+(?:zij|hij\s+)?(?:de\s+leeftijd\s+van\s+)?"
                                   r"[\w-]+\s+(?:jaar\s+)?op\s+$", re.I)
# a date that dates no care: a birth, a letter, an application, an approval, an advice
NOT_CARE = literals.compile(r"(?:geboren|geboortedatum|brief|aanvraag|akkoordverklaring|machtiging|"
                            r"toestemming|beslissing|advies|verklaring)(?:\s+van\s+(?:de|het|haar|zijn)\s+[\w-]+)?"
                            r"\s+(?:op\s+|in\s+|van\s+|d\.d\.\s*)?$",  # "de verklaring van de gynaecoloog van"
                            re.I)

# ... or told as one after it: "verzoekster, die op 3 september 1993 is geboren, …" (blind round 69)
NOT_CARE_AFTER = literals.compile(r"^\s*(?:is|werd|was)\s+geboren\b", re.I)

# the day of the sentence before: "Verzoekster had op die dag de leeftijd van achttien jaar al bereikt."
# a sentence that points at the day the one before it dates ("Van die datum gaat de commissie uit.")
POINTS_AT_DAY = literals.compile(r"\b(?:die|deze|dezelfde)\s+(?:dag|datum)\b", re.I)
THAT_DAY = literals.compile(r"\bop\s+(?:die|deze|dezelfde)\s+(?:dag|datum)\b|\bop\s+dat\s+(?:moment|tijdstip)\b", re.I)
# a verdict on the limit that names nothing else: "Aan de leeftijdsgrens is (dus) (niet) voldaan."
# ... also by the provisions it restates ("Aan de leeftijdsvoorwaarde van artikel 2.7, zesde lid, Bzv en artikel 21,
# eerste lid, van de voorwaarden is daarom niet voldaan", blind round 166)
VERDICT = literals.compile(r"\s*aan\s+de\s+leeftijds(?:grens|voorwaarde|eis)\s+(?:van\s+\S+\s+jaar\s+)?"
                           r"(?:van\s+(?:artikel|art\.)\s+(?:[^.;]|(?<=\d)\.(?=\d)){1,120}?)?is\s+"
                           r"(?:dus\s+|daarmee\s+|daarom\s+|dan\s+ook\s+)?(?:niet\s+)?voldaan\s*\.?\s*$", re.I)


@dataclass(frozen=True)
class Reading:
    """What the committee's clause names about the age."""

    limit: int | None = None
    stated: int | None = None  # the age it states at the care
    birthday: dt.date | None = None  # the day it says the limit was reached
    care: tuple[dt.date, dt.date] | None = None  # the bounds of the care it dates
    evidence: Evidence | None = None


def read(clause: str, evidence: Evidence | None = None) -> Reading:
    limits = {age_number(next(g for g in m.groups() if g)) for m in LIMIT.finditer(clause)} - {None}
    limit = limits.pop() if len(limits) == 1 else None
    stated = {age_number(next(g for g in m.groups() if g)) for m in STATED.finditer(clause)} - {None}
    birthday, care = None, []
    for d in find_dates(clause):
        if NOT_CARE.search(clause, max(0, d.start - 40), d.start) or NOT_CARE_AFTER.search(clause[d.end:d.end + 20]):
            continue  # a birth, a letter, an application
        if d.precision == "day" and (BIRTHDAY_AFTER.search(clause[d.end:d.end + 60])
                                     or BIRTHDAY_BEFORE.search(clause, max(0, d.start - 60), d.start)):
            birthday = d.date if limit is not None else None
        else:
            care.append(d)
    bounds = (min(d.earliest for d in care), max(d.latest for d in care)) if care else None
    return Reading(limit, stated.pop() if len(stated) == 1 else None, birthday, bounds, evidence)


def _birthday(born: dt.date, years: int) -> tuple[dt.date, dt.date]:
    """The bounds of the day one turns `years`: a leap day's birthday in another year is 28
    February or 1 March, as one counts it."""
    try:
        day = born.replace(year=born.year + years)
        return day, day
    except ValueError:
        return dt.date(born.year + years, 2, 28), dt.date(born.year + years, 3, 1)


def _limit_birthday(ctx: Context, limit: int, reading: Reading) -> tuple[tuple[dt.date, dt.date] | None, list]:
    """The bounds of the day the insured turned `limit`, with its evidence."""
    facts = ctx.facts  # the printed birth first: the day the committee says is its own count
    if facts.birth_date is not None:
        return _birthday(facts.birth_date, limit), [ctx.evidence("facts.birth_date")]
    if facts.birth_period is not None:
        lo, hi = _birthday(facts.birth_period.earliest, limit)[0], _birthday(facts.birth_period.latest, limit)[1]
        return (lo, hi), [ctx.evidence("facts.birth_period")]
    if reading.birthday is not None:
        return (reading.birthday, reading.birthday), [reading.evidence]
    return None, []


def _limit(ctx: Context, reading: Reading) -> tuple[int | None, list]:
    if reading.limit is not None:
        return reading.limit, [reading.evidence]
    quoted = {int(t.value): t for t in ctx.facts.policy_terms if t.name == "age_limit"}
    if len(quoted) == 1:
        (value, term), = quoted.items()
        return value, [term.evidence]
    return None, []


def _care(ctx: Context, reading: Reading) -> tuple[tuple[dt.date, dt.date] | None, bool]:
    """(bounds of the care, whether the clause named it): the care the clause dates, else every
    printed care together (a verdict only when all of it lies on one side of the birthday)."""
    if reading.care is not None:
        return reading.care, True
    done = [t for t in ctx.facts.treatment_dates if t.kind in ("performed", "finished")]
    lows = [t.date or t.earliest for t in done]
    highs = [t.date or t.latest for t in done]
    if not done or None in lows or None in highs:
        return None, False
    return (min(lows), max(highs)), False


def _exact_days(ctx: Context) -> bool:
    """Whether every printed care (performed or finished) is dated by its day."""
    return all(t.date is not None for t in ctx.facts.treatment_dates if t.kind in ("performed", "finished"))


def age_limit(ctx: Context, reading: Reading | None = None) -> Finding:
    facts = ctx.facts
    if reading is None:  # the limit and the care are the committee's: without its words, no case
        return ctx.finding(RULE, "not_applicable", msg="age.not_at_issue")
    names = {t.name for t in facts.policy_terms}
    if "age_minimum" in names and "age_limit" not in names:  # the conditions set a minimum age only
        return ctx.finding(RULE, "unknown", None, [t.evidence for t in facts.policy_terms
                                                   if t.name == "age_minimum"][:2],
                           {UNCHECKED: "which way the age limit runs"}, msg="age.direction")
    limit, ev = _limit(ctx, reading)
    if limit is None:  # more likely a limit geschil did not read than one the ruling omits: not held
        return ctx.finding(RULE, "unknown", None, (), {UNCHECKED: "the age limit"}, msg="age.no_limit")
    said = {"limit": limit}
    printed = facts.birth_date is not None or facts.birth_period is not None
    if reading.stated is not None and not printed and reading.birthday is None:
        # the committee's own count is all there is: shown, a printed birth would be recounted
        verdict = "met" if reading.stated < limit else "not_met"
        ev = [e for e in ev + [reading.evidence] if e is not None]
        return ctx.finding(RULE, verdict, None, ev, {"age_limit": str(limit)},
                           msg=f"age.stated_{verdict}", say={**said, "age": reading.stated})
    turned, born_ev = _limit_birthday(ctx, limit, reading)
    if turned is None:  # the committee's own finding of the age is the only fact: nothing to recompute
        return ctx.finding(RULE, "unknown", None, ev, {UNCHECKED: "facts.birth_date"}, msg="age.no_birth", say=said)
    care, named = _care(ctx, reading)
    said.update(first=turned[0], last=turned[1])
    ev = [e for e in ev + born_ev if e is not None]
    params = {"age_limit": str(limit), "birthday": turned[0].isoformat()}
    if not named:  # every printed care, not the care the committee names: a verdict is shown, not held
        params[UNCHECKED] = "the date of the care the age is weighed at"
    if care is None:
        return ctx.finding(RULE, "unknown", None, ev, params, missing="the date of the care the age is weighed at",
                           msg="age.no_care", say=said)
    said.update(care_first=care[0], care_last=care[1])
    if care[1] < turned[0]:
        return ctx.finding(RULE, "met", None, ev, params, msg="age.before", say=said)
    if care[0] >= turned[1]:
        return ctx.finding(RULE, "not_met", None, ev, params, msg="age.after", say=said)
    if not named and turned[0] == turned[1] and _exact_days(ctx):
        # every printed care has its day, and they lie on both sides of the birthday: which care the
        # limit is weighed at is the committee's to say, no day the ruling lacks (blind round 147)
        return ctx.finding(RULE, "unknown", None, ev, params, msg="age.care_on_both_sides", say=said)
    params.pop(UNCHECKED, None)  # no printed care settles it, the committee's or any other
    return ctx.finding(RULE, "unknown", None, ev, params, missing="the exact day of the care or of the birth",
                       msg="age.straddles" if turned[0] != turned[1] else "age.straddles_day", say=said)


def recompute(record: Record, clause: str, evidence: Evidence, lang: str, previous: str = "",
              earlier: str = "") -> Finding:
    """The rule on what the committee's clause names, with the provision it applies (its basis)
    and the claim that provision belongs to. A concluding clause that dates no care weighs the
    care the committee's sentence before it dates (`previous`); a bare verdict on the limit ("Aan
    de leeftijdsgrens is voldaan.") the care of the nearer of the two sentences before it that
    dates one (`earlier`: "… niet betwist dat verzoekster op 14 juli 2023 nog geen 43 jaar was. De
    commissie neemt dat daarom als vaststaand aan. Aan de leeftijdsgrens is voldaan.")."""
    reading = read(clause, evidence)
    if reading.care is None and previous and (CONCLUDES.search(clause) or THAT_DAY.search(clause)):
        care = read(previous).care
        if care is None and earlier and POINTS_AT_DAY.search(previous):
            # "… begonnen op …, dinsdag 4 april 2023. Van die datum gaat de commissie uit. Anders dan …, had
            # verzoekster op die datum de leeftijd van achttien jaar nog niet bereikt." (blind round 110)
            care = read(earlier).care
        if care is None and THAT_DAY.search(clause):
            care = _the_day(previous)
        reading = replace(reading, care=care)
    if reading.care is None and previous and VERDICT.match(clause):
        before = read(previous)
        # ... and the limit it names, where the verdict names none ("had op 6 november 2017 … de leeftijd van
        # drieëntwintig jaar reeds bereikt. Aan de leeftijdsvoorwaarde van artikel 2.7, zesde lid, Bzv is daarom niet
        # voldaan", blind round 166)
        reading = replace(reading, care=before.care or (read(earlier).care if earlier else None),
                          limit=reading.limit if reading.limit is not None else before.limit)
    found = age_limit(Context(record, lang=lang), reading)
    cited = _cited(record, evidence)
    if cited is None:
        return found
    basis = found.legal_basis.model_copy(update={
        k: getattr(cited, k) for k in ("law", "article", "paragraph", "item", "bwb_id", "url", "raw", "page",
                                       "span", "policy")})
    return found.model_copy(update={"claim": CLAIMS[cited.law], "legal_basis": basis})


def _the_day(sentence: str) -> tuple[dt.date, dt.date] | None:
    """The one day of a sentence that "op die datum" points at, whatever it dates: "De noodzaak … is derhalve
    vastgesteld in de brief van de kaakchirurg van 9 oktober 2017. Verzoekster … had op die datum de leeftijd
    van achttien jaar echter al bereikt." (blind round 136) weighs the age on the letter's day; not a birth."""
    days = [d for d in find_dates(sentence) if d.date and not NOT_CARE_AFTER.search(sentence[d.end:d.end + 20])
            and not BORN_BEFORE.search(sentence, max(0, d.start - 30), d.start)]
    return (days[0].earliest, days[0].latest) if len(days) == 1 else None


BORN_BEFORE = literals.compile(r"\b(?:geboren|geboortedatum)\b[^.;]{0,12}$", re.I)


# the committee's sentence and the two after it name the provision it applies ("Aan de
# voorwaarde van artikel 14.3 van de voorwaarden is dus niet voldaan")
CLAIM_REACH = 3
CLAIMS = {"polis": "supplementary", "Bzv": "basic", "Zvw": "basic"}


def _cited(record: Record, evidence: Evidence):
    """The provision the committee applies: the one law (the policy's conditions, the Bzv, the
    Zvw) its sentences cite, the first citation of it; None when they cite none, or several."""
    starts = [st.span for st in record.statements]
    at = next((k for k, (a, b) in enumerate(starts) if a <= evidence.span[0] < b), None)
    if at is None:
        return None
    lo, hi = starts[at][0], starts[min(at + CLAIM_REACH, len(starts)) - 1][1]
    cited = [c for c in record.citations if c.span and lo <= c.span[0] < hi and c.role != "annex"
             and c.law in CLAIMS]
    laws = {CLAIMS[c.law] for c in cited}
    return min(cited, key=lambda c: c.span) if len(laws) == 1 else None


def rules(ctx: Context) -> list[Finding]:
    return [age_limit(ctx)]
