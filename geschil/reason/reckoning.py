"""The committee's own count of a term's end, held to the calendar.

"Twaalf weken na 30 juni 2016 is 8 september 2016"; "De operatie vond plaats op 14 maart 2022.
De termijn van zes maanden na de datum van de operatie eindigde daarmee op 14 oktober 2022": the
committee counts a term from a printed day and says where it ends. That is arithmetic, not a
judgement, whatever term it is (an approval's, an aid's term of use, a window after an operation).
When the calendar ends the term elsewhere, and the committee then places a dated act inside the
term (or after it) where the calendar's end puts it on the other side, the ruling's own text
proves the contradiction. So does an act placed against a term the committee counts from a printed
day in the same words ("De tatoeage op 14 maart 2023 vond plaats binnen de termijn van 24 maanden
na de operatie van 23 februari 2021"), where no rule models that term (law/reckoning.json
`modelled_anchor`: an accident, an approval, a birthday are the rules' own).

Conservative throughout: both readings of "N na D" count as right (the day N later, or the day
before); an end that N after any other day the reasoning prints gives is no miscount (the anchor
may be that day); a party's count, a hypothesis or a question is not the committee's count; an act
on the calendar's edge proves nothing; a correct count adds no ground (the rules hold those).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from geschil import literals
from geschil.dates import DateMention, find_dates
from geschil.extract.parameters import NUMBER_WORDS, in_unit, number
from geschil.i18n import DEFAULT, date, say
from geschil.models import Citation, Ground, Part, Record, Statement
from geschil.reason import registry
from geschil.reason.parts import part_of
from geschil.reason.periods import add
from geschil.reason.said import NUMBER_ONLY, plea_fails

RULE = "term_reckoning"
REACH = 2  # the act is placed in the count's own sentence or one of the two after it
OWN = ("finding", "undisputed")
VOCABULARY = Path(__file__).resolve().parent.parent / "law" / "reckoning.json"
_NUM = r"(?P<num>\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_TERM = rf"\b{_NUM}\s+(?P<unit>jaren|jaar|maanden|maand|weken|week|dagen|dag)\b"
TERM = literals.compile(_TERM, re.I)  # behind the pre-filter: most sentences name no unit of time


@cache
def vocabulary() -> dict[str, re.Pattern]:
    """The term words of law/reckoning.json, compiled (case-insensitive)."""
    data = json.loads(VOCABULARY.read_text(encoding="utf-8"))
    return {k: re.compile("|".join(v) if isinstance(v, list) else v, re.I)
            for k, v in data.items() if not k.startswith("_") and k != "vague_after"}


@cache
def vague_after() -> list[tuple[re.Pattern, int, int]]:
    """Times told only relative to the accident, with the fewest and most days after it they can mean."""
    data = json.loads(VOCABULARY.read_text(encoding="utf-8"))
    return [(re.compile(p, re.I), lo, hi) for p, lo, hi in data["vague_after"]]


@dataclass(frozen=True)
class Count:
    """A term the committee counts: N units after `anchor`, ending (it says) on `end`."""

    value: float
    unit: str  # years | months | days
    anchor: dt.date
    end: dt.date
    statement: int  # index into the committee's statements
    after: int  # where the count's end day stops in its sentence
    words: str  # the term as printed ("twaalf weken")
    started: bool = False  # the anchor is the day the committee says the term began ("ving aan op")
    begun: int | None = None  # the statement that says so, where it is the one before the count

    def calendar(self) -> dt.date:
        """The day N units after the anchor (the last day is that one or the day before)."""
        return add(self.anchor, self.value, self.unit)

    def miscounted(self) -> bool:
        day = self.calendar()
        return self.end not in (day, day - dt.timedelta(days=1))


def _days(text: str) -> list[DateMention]:
    return [d for d in find_dates(text) if d.date is not None]


def _own(st: Statement) -> bool:
    # "Hieruit volgt dat …, zodat het beroep … faalt": the committee's words, in a plea's failure
    return st.speaker == "committee" and (st.stance in OWN or plea_fails(st)) and st.section == "assessment"


def _counts(statements: list[Statement]) -> list[Count]:
    """Every term's end the committee counts in its own words, with the day it counts from."""
    v, out = vocabulary(), []
    for k, st in enumerate(statements):
        if not _own(st) or not TERM.search(st.text) or v["party"].search(st.text) or v["doubt"].search(st.text):
            continue  # most sentences name no term: the cheapest question first
        days = _days(st.text)
        for end in days:
            if not v["end_before_day"].search(st.text[max(0, end.start - 80):end.start]) and not (
                    v["end_on_before"].search(st.text[max(0, end.start - 40):end.start])
                    and v["end_on_after"].match(st.text[end.end:])):
                continue
            terms = [(number(m["num"]), m["unit"].lower(), m) for m in TERM.finditer(st.text, 0, end.start)]
            if len({t[:2] for t in terms}) != 1:
                continue  # no term, or two: which one ends here is not said
            value, word, term = terms[-1]
            term_end = term.end()
            started = _anchor(st.text, term_end, days, end, start_only=True)
            anchor = started or _anchor(st.text, term_end, days, end) or _anchor_before(statements, k, st.text, value, word)
            if anchor is not None:
                amount, unit = in_unit(word, value)
                out.append(Count(amount, unit, anchor, end.date, k, end.end, " ".join(term.group().lower().split()),
                                 started is not None))
            break
    return out + _counts_begun(statements)


def _counts_begun(statements: list[Statement]) -> list[Count]:
    """A count over two sentences: the term and the day it began in one, the end drawn from it in the
    next ("De termijn van zes maanden ving dus aan op 1 september 2023. De toestemming was daarmee
    geldig tot en met 28 februari 2024", blind round 126)."""
    v, out = vocabulary(), []
    for k in range(1, len(statements)):
        st, before = statements[k], statements[k - 1]
        if not (_own(st) and _own(before) and before.section == st.section) or TERM.search(st.text) \
                or not DRAWN.search(st.text) or v["party"].search(st.text) or v["doubt"].search(st.text):
            continue
        term = _one_term(before.text)
        named = TERM.search(before.text)
        # the days after the term (not the approval's own: "De toestemming van 26 februari 2010 gold voor een periode van
        # 26 weken, te rekenen vanaf 3 maart 2010", blind round 189)
        begun = [d for d in _days(before.text) if named is not None and d.start >= named.end()]
        if term is None or len(begun) != 1 or not v["anchor_start"].search(before.text[named.end():begun[0].start]):
            continue
        ends = [d for d in _days(st.text) if v["end_before_day"].search(st.text[max(0, d.start - 80):d.start])]
        if len(ends) == 1:
            out.append(Count(term[0], term[1], begun[0].date, ends[0].date, k, ends[0].end, term[2], True, k - 1))
    return out


# the end drawn from the sentence before, or of the term it points back at ("Die periode eindigde op 25 augustus 2010",
# blind round 189)
DRAWN = literals.compile(r"\b(?:daarmee|dus|derhalve|aldus)\b|^\s*(?:die|deze)\s+(?:periode|termijn)\b", re.I)


def _anchor(text: str, term_end: int, days: list[DateMention], end: DateMention,
            start_only: bool = False) -> dt.date | None:
    """The day the count runs from, printed right after the term ("twaalf weken na 30 juni 2016",
    "twee jaar na het ongeval van 3 mei 2010"); `start_only`: only a day the term is said to begin on."""
    v = vocabulary()
    for d in days:
        between = text[term_end:d.start]
        if d is not end and d.start >= term_end and (v["anchor_start"].search(between) or (
                not start_only and v["anchor_between"].search(between))):
            # ... or the day it starts on ("De gebruiksduur van vijf jaar ving aan op de dag waarop de vorige
            # prothese werd afgeleverd, 14 maart 2013, en eindigde dus op …", blind round 123)
            return d.date
    return None


def _anchor_before(statements: list[Statement], k: int, text: str, value: float, word: str) -> dt.date | None:
    """The day of the committee's sentence before, when it is the one day that sentence prints and
    the sentence names what the term counts from ("De operatie vond plaats op 14 maart 2022.") or
    the same term ("… binnen 26 weken na de dagtekening van de brief aanving.")."""
    if k == 0 or statements[k - 1].section != statements[k].section or statements[k - 1].speaker != "committee":
        return None
    before = statements[k - 1].text
    days = _days(before)
    if len(days) != 1 or len(find_dates(before)) != 1 or vocabulary()["doubt"].search(before):
        return None
    noun = vocabulary()["anchor_noun"].search(text)
    same_term = any(number(m["num"]) == value and m["unit"].lower() == word
                    and re.match(r"\s+na\b", before[m.end():], re.I) for m in TERM.finditer(before))
    # "Zes maanden na die dagtekening is …": the day the sentence before prints (blind round 107)
    pointer = vocabulary()["anchor_pointer"].search(text)
    if same_term or pointer or (noun and re.search(rf"\b{re.escape(noun['noun'])}", before, re.I)):
        return days[0].date
    return None


def _printed_elsewhere(count: Count, statements: list[Statement]) -> bool:
    """Whether N units after some other day the reasoning prints gives the committee's end: then
    that day may be the one it counts from."""
    for st in statements:
        for d in _days(st.text):
            if d.date != count.anchor:
                day = add(d.date, count.value, count.unit)
                if count.end in (day, day - dt.timedelta(days=1)):
                    return True
    return False


def _same_term(body: str, count: Count) -> str | None:
    """An act placed against the count's own term by its words: "… ontvangen, en daarmee binnen acht weken na de datum
    van het ongeval" after "… eindigde de termijn van acht weken op 8 september 2017" (blind round 184)."""
    for way, pattern in DIRECT:
        m = pattern.search(body)
        if m is not None and " ".join(m["term"].lower().split()) == count.words:
            return way
    return None


def _placed(statements: list[Statement], count: Count) -> tuple[int, str, list[dt.date]] | None:
    """Where the committee places a dated act against the term, in the count's sentence or the two
    after it: (statement, inside|outside, the act's days)."""
    v = vocabulary()
    for k in range(count.statement, min(count.statement + REACH + 1, len(statements))):
        st = statements[k]
        if st.section != statements[count.statement].section:
            return None
        if not _own(st):
            continue  # a party's position between: the committee's placement may follow it
        start = count.after if k == count.statement else 0
        body = st.text[start:]
        if v["doubt"].search(body) or v["party"].search(body):
            continue
        way = "outside" if v["outside"].search(body) else "inside" if v["inside"].search(body) else _same_term(body, count)
        if way is None:
            continue
        acts = [d.date for d in _days(body) if d.date not in (count.anchor, count.end)
                and not v["end_before_day"].search(body[max(0, d.start - 80):d.start])]
        if not acts and k > count.statement and v["expiry_pointer"].match(body.lstrip()):
            # "De nieuwe prothese is op 6 februari 2018 afgeleverd. Op dat moment was de gebruiksduur … al
            # verstreken": the act the sentence before dates, when it dates one (blind round 123)
            days = [d.date for d in _days(statements[k - 1].text) if d.date not in (count.anchor, count.end)]
            acts = days if len(days) == 1 and _own(statements[k - 1]) else []
        return (k, way, acts) if acts else None
    return None


@dataclass(frozen=True)
class Placed:
    """An act the committee places inside (or after) a term it counts from a day in the same words:
    "De tatoeage op 14 maart 2023 vond plaats binnen de termijn van 24 maanden na de operatie van
    23 februari 2021"."""

    value: float
    unit: str
    anchor: dt.date
    statement: int
    way: str  # inside | outside
    acts: tuple[dt.date, ...]
    words: str
    told: int | None = None  # the statement that dates the acts, where it is not this one


_TERMED = rf"(?P<term>{_TERM[2:-2]})\s+na\b"
DIRECT = (("outside", literals.compile(r"\b(?:(?<!niet\s)(?:meer|later)\s+dan\s+|niet\s+binnen\s+(?:de\s+(?:termijn|periode)\s+van\s+)?"
                                  r"|buiten\s+de\s+(?:termijn|periode)\s+van\s+|na\s+(?:afloop|het\s+verstrijken)\s+van\s+"
                                  r"(?:de\s+(?:termijn|periode)\s+van\s+)?)" + _TERMED, re.I)),
          # ... and "niet later dan twee jaar na het ongeval" (blind round 139)
          ("inside", literals.compile(r"(?:(?<!niet\s)\bbinnen\s+(?:de\s+(?:termijn|periode)\s+van\s+)?"
                                      r"|\bniet\s+(?:meer|later)\s+dan\s+)" + _TERMED, re.I)))
ACT_DAY = re.compile(r"(?:\bop|\bvan|\btussen)\s+$", re.I)


def _direct(statements: list[Statement]) -> list[Placed]:
    """Acts the committee places against a term it counts in the same sentence from a printed day,
    where no rule of geschil models that term (the anchor is no accident, approval or birthday)."""
    v, out = vocabulary(), []
    for k, st in enumerate(statements):
        text = st.text
        if not _own(st) or not TERM.search(text) or v["party"].search(text) or v["doubt"].search(text) \
                or v["modal"].search(text):
            continue
        for way, pattern in DIRECT:
            m = pattern.search(text)
            if m is None:
                continue
            days = _days(text)
            anchor = next((d for d in days if d.start >= m.end("term")
                           and v["anchor_between"].search(text[m.end("term"):d.start])), None)
            if anchor is None:
                break
            acts = tuple(d.date for d in days if d is not anchor and d.end <= m.start()
                         and ACT_DAY.search(text[max(0, d.start - 12):d.start]))
            amount, unit = in_unit(m["unit"], number(m["num"]))
            if acts and v["modelled_anchor"].search(text, m.end("term"), anchor.start):
                # a term a rule models, every number in the clause ("De brug is op 6 maart 2017 geplaatst, meer dan twaalf
                # maanden na de dagtekening van de akkoordverklaring van 14 maart 2016", blind round 189): held to the
                # calendar away from its edge, where no reading of the rule (a weekend, a day counted or not) reaches
                end = add(anchor.date, amount, unit)
                acts = tuple(a for a in acts if abs((a - end).days) > EDGE)
            if acts:
                out.append(Placed(amount, unit, anchor.date, k, way, acts, " ".join(m["term"].lower().split())))
            break
        else:
            out += _lapsed_on(st.text, k)
    return out


# an act placed against a term before a later day: "die aanvraag is minder dan vier weken vóór de behandeling op 9 april
# 2008 ontvangen" (blind round 179); the act in the sentence, or pointed at ("die aanvraag") and dated by the sentence
# before, where every day that sentence gives lies on the same side
_BEFORE_TERM = rf"(?P<term>{_TERM[2:-2]})"
BEFORE = (("inside", literals.compile(r"\b(?:minder|korter)\s+dan\s+" + _BEFORE_TERM + r"\s+(?:vóór|voor)\s", re.I)),
          ("outside", literals.compile(r"\b(?:(?:meer|langer)\s+dan|ruim)\s+" + _BEFORE_TERM + r"\s+(?:vóór|voor)\s", re.I)))
# "Tussen de ontvangst van het verzoek op 11 april 2023 en de operatie op 16 mei 2023 lagen minder dan vier weken"
# (blind round 182): the first day placed against the term counted back from the second
BETWEEN = literals.compile(r"\btussen\b[^.;]{0,120}?\ben\b[^.;]{0,120}?\b(?:lagen|lag|zaten|zat|verstreken|verstreek|waren"
                           r"|was)\s+(?:(?:dus|daarom|toen|slechts|maar)\s+)?(?P<way>minder|meer)\s+dan\s+" + _BEFORE_TERM + r"\b",
                           re.I)
BEFORE_ANCHOR = re.compile(r"^\s*(?:(?:de|het)\s+[\w-]+\s+(?:van|op)\s+)?(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"
                           r"|zondag)\s+)?$", re.I)
POINTED_ACT = re.compile(r"\b(?:die|deze|dat|dit)\s+(?:aanvraag|verzoek|brief|melding|formulier|behandelplan)\b", re.I)
# the committee following a party in its position: its own finding ("De commissie volgt de ziektekostenverzekeraar in
# zijn standpunt dat …")
ADOPTED = re.compile(r"\bcommissie\s+volgt\s+(?:de\s+|het\s+)?[\w-]+\s+(?:(?:daarom|dus|daarin|ook)\s+)?in\s+"
                     r"(?:zijn|haar|diens|hun)\s+(?:standpunt|stelling|betoog)\s+dat\b", re.I)


def _counted_back(statements: list[Statement]) -> list[Placed]:
    """Acts the committee places against a term counted back from a later printed day."""
    v, out = vocabulary(), []
    for k, st in enumerate(statements):
        text = st.text
        if not _own(st) or not TERM.search(text) or v["doubt"].search(text) or v["modal"].search(text) \
                or (v["party"].search(text) and not ADOPTED.search(text)):
            continue
        between = BETWEEN.search(text)
        if between is not None:
            days = [d for d in _days(text) if between.start() <= d.start < between.start("way")]
            if len(days) == 2 and days[0].date < days[1].date:
                amount, unit = in_unit(between["unit"], number(between["num"]))
                way = "inside" if between["way"].lower() == "minder" else "outside"
                out.append(Placed(amount, unit, days[1].date, k, way, (days[0].date,),
                                  " ".join(between["term"].lower().split())))
            continue
        for way, pattern in BEFORE:
            m = pattern.search(text)
            days = _days(text) if m else []
            anchor = next((d for d in days if d.start >= m.end() and BEFORE_ANCHOR.match(text[m.end():d.start])), None)
            if anchor is None:
                continue
            acts = tuple(d.date for d in days if d.end <= m.start() and ACT_DAY.search(text[max(0, d.start - 12):d.start]))
            told = None
            if not acts and POINTED_ACT.search(text, 0, m.start()):
                told = next((j for j in range(k - 1, -1, -1) if re.search(r"[^\W\d_]", statements[j].text)), None)
                acts = tuple(d.date for d in _days(statements[told].text) if d.date != anchor.date) if told is not None else ()
            if acts:
                amount, unit = in_unit(m["unit"], number(m["num"]))
                out.append(Placed(amount, unit, anchor.date, k, way, acts, " ".join(m["term"].lower().split()), told))
            break
    return out


def _before_side(act: dt.date, cutoff: dt.date) -> str | None:
    """More than the term before the anchor ("outside"), less ("inside"), or on the edge of either reading (None)."""
    if act < cutoff - dt.timedelta(days=1):
        return "outside"
    return "inside" if act > cutoff + dt.timedelta(days=1) else None


EDGE = 3  # days from the calendar's end within which a lapse a rule models proves nothing (a weekend, a reading)


def _lapsed_on(text: str, k: int) -> list[Placed]:
    """"De termijn van zes maanden na het ongeval van 16 juli 2011 was op 10 januari 2012 al verstreken": the act's
    day placed after (or, "nog niet verstreken", inside) a term counted in the same clause from a printed day."""
    v = vocabulary()
    for m in TERM.finditer(text):
        if not v["lapsed_term"].search(text, 0, m.start()):
            continue
        days = [d for d in _days(text) if d.start >= m.end()]
        if len(days) < 2 or not v["anchor_between"].search(text[m.end():days[0].start]) \
                or not v["lapsed_on"].search(text[days[0].end:days[1].start]):
            continue
        anchor, act = days[0], days[1]
        rest = text[act.end:]
        way = "outside" if v["lapsed_outside"].match(rest) else "inside" if v["lapsed_inside"].match(rest) else None
        amount, unit = in_unit(m["unit"], number(m["num"]))
        modelled = v["modelled_anchor"].search(text, m.end(), anchor.start)
        if way is None or (modelled and abs((add(anchor.date, amount, unit) - act.date).days) <= EDGE):
            continue
        return [Placed(amount, unit, anchor.date, k, way, (act.date,), " ".join(m[0].lower().split()))]
    return []


@dataclass(frozen=True)
class Expiry:
    """A term the committee finds run out, or not, on the day of an act, counted from a day it found
    before: "De commissie gaat ervan uit dat de vorige toestellen in het voorjaar van 2012 … zijn
    afgeleverd. Daarmee was de gebruikstermijn van vijf jaar verstreken toen de nieuwe toestellen op
    12 april 2017 werden afgeleverd." (an aid's term of use, which no rule of geschil models)."""

    value: float
    unit: str
    anchor: DateMention  # exact or bounded (a month, a season, a year)
    act: dt.date
    statement: int
    source: int  # the statement that prints the anchor
    expired: bool
    words: str

    def ends(self) -> tuple[dt.date, dt.date]:
        return (add(self.anchor.earliest, self.value, self.unit), add(self.anchor.latest, self.value, self.unit))


def _before(statements: list[Statement], k: int, reach: int = REACH) -> list[int]:
    """The committee's own sentences before statement k in its section, nearest first."""
    out = []
    for j in range(k - 1, -1, -1):
        st = statements[j]
        if st.section != statements[k].section or len(out) == reach:
            break
        if NUMBER_ONLY.match(st.text):
            continue
        if not _own(st):
            break
        out.append(j)
    return out


def _expiry_act(statements: list[Statement], k: int, text: str) -> tuple[dt.date, int, int] | None:
    """(the act's day, its statement, where its clause begins in the sentence) for a term found run
    out or not: the day of the act's clause ("toen de nieuwe toestellen op 12 april 2017 werden
    afgeleverd"), or of the sentence before when this one points at it ("op dat moment")."""
    v = vocabulary()
    clause = v["expiry_act"].search(text)
    days = find_dates(text)
    if clause is not None:
        acts = [d for d in days if d.date and ACT_DAY.search(text[max(0, d.start - 12):d.start])]
        return (acts[0].date, k, clause.start()) if len(acts) == 1 and len(days) == 1 else None
    if days or not v["expiry_pointer"].search(text):
        return None
    for j in _before(statements, k, 1):
        before = statements[j].text
        found = find_dates(before)
        if len(found) == 1 and found[0].date and v["expiry_start"].search(before):
            return found[0].date, j, len(text)
    return None


def _expiry_anchor(statements: list[Statement], k: int, act_at: int) -> tuple[DateMention, int] | None:
    """The day the term counts from: the one day of the committee's nearest sentence before that
    tells a delivery (not a new aid's), the act's own sentence left out."""
    v = vocabulary()
    for j in _before(statements, k):
        if j == act_at:
            continue
        text = statements[j].text
        found = find_dates(text) or _years(text)
        if len(found) != 1 or not v["expiry_start"].search(text) or v["expiry_new"].search(text) \
                or v["party"].search(text) or v["doubt"].search(text) or v["modelled_anchor"].search(text):
            continue
        return found[0], j
    return None


def _years(text: str) -> list[DateMention]:
    """A delivery told by its year alone ("Het vorige paar is in 2021 afgeleverd"), which the date
    finder leaves out (a year stands in every law's and policy's name): read only here, where the
    sentence tells the day a term counts from."""
    return [DateMention(m.start("year"), m.end("year"), m["year"], dt.date(int(m["year"]), 1, 1),
                        dt.date(int(m["year"]), 12, 31), "year") for m in vocabulary()["expiry_year"].finditer(text)]


def _one_term(text: str) -> tuple[float, str, str] | None:
    """(amount, unit, words as written) of the one term a sentence names, or None for none or several."""
    named = list(TERM.finditer(text))
    if len({(number(m["num"]), m["unit"].lower()) for m in named}) != 1:
        return None
    amount, unit = in_unit(named[0]["unit"], number(named[0]["num"]))
    return amount, unit, " ".join(named[0].group().lower().split())


def _expiries(statements: list[Statement]) -> list[Expiry]:
    """Every term the committee finds run out (or not) on the day of an act, with the day it runs from."""
    v, out = vocabulary(), []
    for k, st in enumerate(statements):
        text = st.text
        if not _own(st) or not TERM.search(text) or not v["expiry_term"].search(text):
            continue
        cue = v["expiry"].search(text)
        if cue is None or v["party"].search(text) or v["doubt"].search(text) or v["modal"].search(text):
            continue
        term = _one_term(text)
        act = _expiry_act(statements, k, text)
        if term is None or act is None or v["modelled_anchor"].search(text, 0, act[2]):
            continue
        anchor = _expiry_anchor(statements, k, act[1])
        if anchor is None:
            continue
        amount, unit, words = term
        out.append(Expiry(amount, unit, anchor[0], act[0], k, anchor[1], cue["neg"] is None, words))
    return out


def _expiry_ground(e: Expiry, statements: list[Statement], parts: list[Part], lang: str,
                   basis: Citation) -> Ground | None:
    """Contradicted where the calendar puts the act on the other side of the term's end, whatever
    reading of "N na D"; a missing fact where the day the term counts from is told only by its month,
    season or year and the act may lie on either side; nothing where the calendar agrees or an exact
    end falls on the act's day."""
    lo, hi = e.ends()
    sides = {_side(e.act, lo), _side(e.act, hi)}
    committee = "met" if e.expired else "not_met"
    st, source = statements[e.statement], statements[e.source]
    words = {"term": e.words, "act": date(e.act, lang), "placed": _quote(st), "page": st.page,
             "source": _quote(source), "anchor": e.anchor.text,
             "committee": say("reckoning.expired" if e.expired else "reckoning.running", lang)}
    base = {"part": part_of(RULE, e.expired, parts), "rule": RULE, "legal_basis": basis,
            "kind": "computed", "committee": committee, "evidence": [st.evidence(), source.evidence()]}
    if len(sides) == 1 and None not in sides:
        # the committee drawing its finding from the sentence that dates the anchor ("De vorige prothese is op 25
        # februari 2022 afgeleverd. … was de gebruikstermijn van 24 maanden daarmee nog niet verstreken", blind round
        # 186) counts from that day, not from another it prints
        drawn = e.source < e.statement and DRAWN.search(st.text) is not None and not any(
            re.search(r"[^\W\d_]", statements[j].text) for j in range(e.source + 1, e.statement))
        if (sides.pop() == "outside") == e.expired or (not drawn and _anchored_elsewhere(e, statements)):
            return None
        return Ground(**base, recomputed="not_met" if e.expired else "met", agreement="contradicts",
                      reason=say("ground.reckoning.expiry_contradicts", lang, calendar=date(lo, lang), **words))
    if e.anchor.earliest == e.anchor.latest:
        return None  # the act falls on the end's edge: it proves nothing
    return Ground(**base, recomputed="unknown", agreement="missing_fact",
                  reason=say("ground.reckoning.expiry_missing", lang, calendar_from=date(lo - dt.timedelta(days=1), lang),
                             calendar_to=date(hi, lang), **words))


@dataclass(frozen=True)
class Unprinted:
    """An aid's term of use the committee finds run out (or not) on a printed day, where the ruling
    prints no day the previous aid was delivered: the start the count needs is missing."""

    words: str
    act: dt.date
    statement: int
    expired: bool


def _use_finding(text: str) -> bool | None:
    """Whether a sentence finds a term of use run out (True), still running (False), or neither."""
    v = vocabulary()
    if v["in_use_expired"].search(text):
        return True
    if v["in_use_running"].search(text):
        return False
    cue = v["expiry"].search(text) if v["expiry_term"].search(text) else None
    return None if cue is None else cue["neg"] is None


def _unprinted(statements: list[Statement], record: Record) -> list[Unprinted]:
    v, out = vocabulary(), []
    for k, st in enumerate(statements):
        text = st.text
        if not _own(st) or not v["use_term"].search(text) or not TERM.search(text):
            continue
        expired = _use_finding(text)
        term = _one_term(text)
        days = [d for d in find_dates(text) if d.date]
        if expired is None or term is None or len(days) != 1 \
                or v["party"].search(text) or v["doubt"].search(text) or v["modal"].search(text):
            continue
        act = days[0].date
        if _expiry_anchor(statements, k, k) is not None or _delivered_before(statements, record, act):
            continue
        out.append(Unprinted(term[2], act, k, expired))
    return out


def _delivered_before(statements: list[Statement], record: Record, act: dt.date) -> bool:
    """Whether the ruling prints a delivery before the act anywhere: in the care the facts date, or
    in a sentence of the reasoning (then the start is there, and this form says nothing)."""
    start = vocabulary()["expiry_start"]
    for i, t in enumerate(record.facts.treatment_dates):
        ev = record.evidence.get(f"facts.treatment_dates.{i}")
        if (t.latest or t.date) and (t.latest or t.date) < act and ev is not None and start.search(ev.quote):
            return True
    return any(start.search(st.text) and any((d.latest or d.date) and (d.latest or d.date) < act
                                             for d in find_dates(st.text)) for st in statements)


def _basis(record: Record, statements: list[Statement], lang: str) -> Citation:
    """The rule's legal basis; for an aid's term of use, the policy article the committee's reasoning
    cites in a sentence naming that term ("Op grond van artikel 5, eerste lid, van het reglement gaat de
    gebruikstermijn in op …", blind round 120): the term is that article's, and what its other paragraphs
    say of care within the term rests on it."""
    basis = registry.citation(RULE, lang)
    named = [st.span for st in statements if vocabulary()["use_term"].search(st.text)]
    cited = next((c for c in record.citations if c.law == "polis" and c.article and c.span
                  and any(a <= c.span[0] < b for a, b in named)), None)
    if cited is None:
        return basis
    return basis.model_copy(update={"article": cited.article, "paragraph": cited.paragraph, "item": cited.item,
                                    "raw": cited.raw, "page": cited.page, "span": cited.span, "policy": cited.policy})


def _unprinted_ground(u: Unprinted, statements: list[Statement], parts: list[Part], lang: str,
                      basis: Citation) -> Ground:
    st = statements[u.statement]
    committee = "met" if u.expired else "not_met"
    return Ground(part=part_of(RULE, u.expired, parts), rule=RULE, legal_basis=basis,
                  kind="computed", committee=committee, recomputed="unknown", agreement="missing_fact",
                  reason=say("ground.reckoning.expiry_unprinted", lang, term=u.words, act=date(u.act, lang),
                             placed=_quote(st), page=st.page,
                             committee=say("reckoning.expired" if u.expired else "reckoning.running", lang)),
                  evidence=[st.evidence()])


def _anchored_elsewhere(e: Expiry, statements: list[Statement]) -> bool:
    """Whether N after another day the reasoning prints puts the act on the committee's side: then
    the committee may count from that day."""
    for st in statements:
        for d in _days(st.text):
            if d.date not in (e.anchor.date, e.act) and (_side(e.act, add(d.date, e.value, e.unit)) == "outside") == e.expired:
                return True
    return False


def grounds(record: Record, parts: list[Part], lang: str = DEFAULT) -> list[Ground]:
    """A ground for each miscount the committee places an act by: contradicted when the calendar's
    end puts the act on the other side, else shown and not held against it; and for each act the
    committee places against a term counted in its own words where the calendar places it on the
    other side."""
    statements = [st for st in record.statements if st.section == "assessment"]
    out = []
    for count in _counts(statements):
        # a term the committee says began on a day is counted from that day, not from another it prints
        if not count.miscounted() or (not count.started and _printed_elsewhere(count, statements)):
            continue
        placed = _placed(statements, count)
        if placed is None:
            continue
        out.append(_ground(count, statements, *placed, parts, lang))
    for placed in _direct(statements):
        calendar = add(placed.anchor, placed.value, placed.unit)
        other = "outside" if placed.way == "inside" else "inside"
        if {_side(a, calendar) for a in placed.acts} == {other}:
            out.append(_direct_ground(placed, calendar, statements, parts, lang))
    for placed in _counted_back(statements):
        cutoff = add(placed.anchor, -placed.value, placed.unit)
        other = "outside" if placed.way == "inside" else "inside"
        if {_before_side(a, cutoff) for a in placed.acts} == {other}:
            out.append(_direct_ground(placed, cutoff, statements, parts, lang, before=True))
    basis = _basis(record, statements, lang)
    for expiry in _expiries(statements):
        found = _expiry_ground(expiry, statements, parts, lang, basis)
        if found is not None:
            out.append(found)
    out += [_unprinted_ground(u, statements, parts, lang, basis) for u in _unprinted(statements, record)]
    return out


def _direct_ground(placed: Placed, calendar: dt.date, statements: list[Statement], parts: list[Part],
                   lang: str, before: bool = False) -> Ground:
    # less than a term before a day is too late for a lead time ("uiterlijk vier weken vóór de behandeling")
    committee = "met" if (placed.way == "inside") != before else "not_met"
    st = statements[placed.statement]
    kind = "before" if before else "direct"
    words = {"term": placed.words, "anchor": placed.anchor, "calendar": calendar, "placed": _quote(st),
             "page": st.page, "acts": ", ".join(date(a, lang) for a in placed.acts),
             "committee": say(f"reckoning.{kind + '.' if before else ''}{placed.way}", lang)}
    return Ground(part=part_of(RULE, committee == "met", parts), rule=RULE,
                  legal_basis=registry.citation(RULE, lang), kind="computed", committee=committee,
                  recomputed="not_met" if committee == "met" else "met",
                  agreement="contradicts", reason=say(f"ground.reckoning.{kind}", lang, **words),
                  evidence=([statements[placed.told].evidence()] if placed.told is not None else []) + [st.evidence()])


def _side(act: dt.date, last: dt.date) -> str | None:
    """Inside or after a term whose last day is `last` or the day before (None: on the edge)."""
    if act < last:
        return "inside"
    return "outside" if act > last else None


def _ground(count: Count, statements: list[Statement], k: int, way: str, acts: list[dt.date],
            parts: list[Part], lang: str) -> Ground:
    calendar = count.calendar()
    own = {"inside" if a <= count.end else "outside" for a in acts}
    sides = {_side(a, calendar) for a in acts}
    flips = own == {way} and sides == {"outside" if way == "inside" else "inside"}
    committee = "met" if way == "inside" else "not_met"
    recomputed = ("not_met" if way == "inside" else "met") if flips else None
    first, act = statements[count.statement], statements[k]
    begun = statements[count.statement if count.begun is None else count.begun]
    ev = ([begun.evidence()] if count.begun is not None else []) + [first.evidence()] \
        + ([act.evidence()] if k != count.statement else [])
    words = {"term": count.words, "anchor": count.anchor, "end": count.end, "calendar": calendar,
             "last": calendar - dt.timedelta(days=1), "begun": _quote(begun),
             "acts": ", ".join(date(a, lang) for a in acts),
             "count": _quote(first), "placed": _quote(act), "page": act.page}
    key = f"ground.reckoning.{'contradicts' if flips else 'same_side'}{'_begun' if count.begun is not None else ''}"
    return Ground(part=part_of(RULE, committee == "met", parts), rule=RULE,
                  legal_basis=registry.citation(RULE, lang), kind="computed",
                  committee=committee, recomputed=recomputed,
                  agreement="contradicts" if flips else "not_checked",
                  reason=say(key, lang, **words), evidence=ev)


def _quote(st: Statement) -> str:
    q = " ".join(st.text.split())
    return q if len(q) <= 220 else q[:217] + "..."
