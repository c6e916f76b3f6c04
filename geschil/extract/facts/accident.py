"""The accident: its day, or the bounds of a day told vaguely, read from the sentence that tells
it happened; the days a party or the committee denies are not it.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from geschil import literals
from geschil.dates import DateMention, find_dates
from geschil.extract.facts.common import (
    ACCIDENT,
    ARRIVED,
    INJURY,
    PARTY_VIEW,
    POSITIONS,
    TERM_END_BEFORE,
    TOLD,
    TREATMENT_KIND,
    _is_accident_date,
    _is_other_event,
    _no_weekday,
    _own_comma_clause,
    _rejected,
    _reported,
    _section_kind,
    _semicolon_clause,
    _sentences_with,
    _tells_care,
)
from geschil.extract.head import Found
from geschil.extract.sections import Section
from geschil.extract.text import sentences

# A date followed by the accident itself: "op 5 januari 2012 een ongeval", "... is gevallen".
# Words by which a clause tells that the accident happened on its date.
HAPPENED = literals.compile(r"\b(?:gevallen|uitgegleden|aangereden|gestruikeld|struikelde|viel|botste|gebotst|gebeten"
                      r"|onderuit(?:gegaan|gegleden|ging|gingen)"
                      r"|geraakt|overkomen|plaatsgevonden|plaatsvond|vond\s+(?:\w+\s+)?plaats|gebeurd|gebeurde"
                      r"|voorgedaan|voordeed|ten\s+val\s+(?:gekomen|kwam)|geworpen|terechtgekomen|terechtkwam|(?:ongeval|ongeluk|val|valpartij)\s+(?:\w+\s+){0,2}?(?:gehad|gekregen|opgelopen))\b"
                      # "heeft een ongeval gehad", not "had het ongeval … kunnen melden" (one already named)
                      r"|\b(?:heeft|had|kreeg|kregen)\s+(?:(?!het\b|dat\b|dit\b|die\b)\w+\s+){0,3}?(?:een\s+)?(?:\w+)?(?:ongeval|ongeluk)|" + INJURY, re.I)
# Words of another event in the same clause: then the date is that event's.
OTHER_EVENT = literals.compile(r"aanvra|aangevraagd|ingediend|\bbrief|e-mail|\bgemeld|\bmelding|akkoordverklaring"
                         r"|toestemming|machtiging|\badvies|beslissing|\bnota\b|declar|behandel|geplaatst"
                         r"|afgerond|voltooid|bezoek|consult|controle|verklaring|formulier"
                         r"|termijn|verstre|geldig", re.I)  # "…, zodat de termijn op 31 maart 2018 is verstreken"
# "het ongeval op 17 juni 2015 gemeld": the date of the report, not of the accident (the verb may close
# a long clause: "op 5 januari 2009 telefonisch aan de klantenservice van de … heeft gemeld").
REPORTED = literals.compile(r"[^.;,]{0,100}?\b(?:gemeld|ingediend|aangevraagd|gevraagd|doorgegeven|aangegeven"
                      r"|geschreven|bericht|opgegeven|meldde|meldden)\b", re.I)
# ... also past its place: "het ongeval op de weekmarkt van 6 maart 2015" (blind round 180)
ACCIDENT_NAMED = literals.compile(r"\b(?:het|dat|dit)\s+(?:\w+\s+)?(?:ongeval|ongeluk)(?:\s+(?:op|in|bij|aan|met)\s+(?:de|het|een)\s+[\w-]+)?"
                                  r"\s+(?:van|d\.d\.)\s*$", re.I)
# A date that bounds the accident ("vóór 6 april 2009") is no exact accident date.
# a bound, or a day assumed for a computation ("gaat daarom uit van 1 juni 2014, het begin van de
# maand waarin het ongeval … heeft plaatsgevonden"): not the day the accident happened
BOUND_BEFORE = literals.compile(r"(?:vóór|voor|na|uiterlijk(?:\s+op)?|omstreeks|rond|ongeveer|tussen|sinds|later\s+dan"
                                r"|eerder\s+dan|\buit(?:gaande|gegaan|gaan)?\s+van)\s*$", re.I)


def _accident_sentences(text: str, sections: list[Section]) -> tuple[tuple[int, int, int], ...]:
    """(start, end, offset of the accident word) of each sentence about an accident. A position
    the committee rejects ("volgt de zorgverzekeraar niet in zijn stelling dat het ongeval in
    januari 2015 plaatsvond") is left out: its date is the one the committee does not accept."""
    return _accident_spans(text, tuple(sections))


# "geen ongeval", "Van een tweede ongeval op 2 juni 2011 blijkt uit de patiëntenkaart niets"
_NO_ACCIDENT = literals.compile(r"\bgeen\s+ongeval|recent\s+geen"
                                r"|\bvan\s+een\s+(?:\w+\s+)?ongeval\b[^.;]{0,80}?\b(?:blijkt|gebleken)\b[^.;]{0,60}?\bniets\b", re.I)


@lru_cache(maxsize=4)  # the accident's date and its period read the same sentences
def _accident_spans(text: str, sections: tuple[Section, ...]) -> tuple[tuple[int, int, int], ...]:
    rejected = _rejected(text, sections)
    out = []
    for a, b in _sentences_with(text, sections, ACCIDENT):
        acc = ACCIDENT.search(text, a, b)
        if acc and not _NO_ACCIDENT.search(text, a, b):
            if any(lo <= acc.start() < hi for lo, hi in rejected):
                continue
            out.append((a, b, acc.start()))
    return tuple(out)


def accident_date(text: str, sections: list[Section]) -> Found | None:
    """The date of the accident: an exact date whose own clause says the accident happened then.

    A date in a sentence that merely names the accident (an application "ten laste van de
    ongevallendekking", a letter, a treatment) is not the accident's, nor one after "vóór".
    """
    denied = _denied(text, tuple(sections))
    reported = _reported(text, tuple(sections))
    unsettled = _day_unsettled(text, sections)
    told = []  # (a party's own telling, Found): the facts and the committee's come first
    for a, b, _ in _accident_sentences(text, sections):
        argued = _section_kind(sections, a) in POSITIONS or a in reported
        # every date bounds its neighbours' clauses: "in december 2019 is gevallen, en het eerste
        # bezoek, op 23 december 2019, …" tells the fall in the month's clause, not the day's
        dates = find_dates(text, a, b)
        for i, d in enumerate(dates):
            if not d.date:
                continue
            lo = dates[i - 1].end if i else a
            hi = dates[i + 1].start if i + 1 < len(dates) else b
            if (d.earliest, d.latest) not in denied and _happened_on(text, d, lo, hi):
                # "Het schadeformulier vermeldt …; verzoeker stelt dat het ongeval op … plaatsvond";
                # where the committee cannot fix the day, a party's day is no fact of the case
                said = argued or _party_clause(text, a, d.start) or bool(PARTY_VIEW.search(text, a, d.start))
                if not (said and unsettled):
                    # the committee fixing the day in its assessment goes first: the facts may
                    # report a letter's or a form's day ("het ongeval van 4 mei 2009")
                    fixed = _fixed(text, sections, a, d.start)
                    told.append(((said, not fixed), Found(d.date, d.start, d.end)))
                break
    answered = _day_answered(text, sections)
    if answered is not None:
        told.insert(0, ((False, False), answered))
    if not told or min(t[0] for t in told)[0]:  # no accident day, or only a party's: the facts' own goes first
        # (never where the committee says it cannot fix the day)
        fell = None if unsettled else _day_before_fall(text, sections)
        if fell is not None or not told:
            return fell
    (said, _), found = min(told, key=lambda t: t[0])
    # the facts or the committee date the accident only by a period ("in maart 2022"): a party's
    # day inside it ("uit te gaan van 1 maart 2022") is the party's reading, one outside it ("De
    # commissie gaat … ervan uit dat het ongeval in december 2020 heeft plaatsgevonden" against the
    # requester's 14 February 2021, blind round 61) one the committee does not accept: neither is the day
    return None if said and _period_told(text, sections) else found


# the fall told in the sentences after the one that gives the day ("Op 2 mei 2009 is zij op het dak van de duiventil
# geklommen …. Zij verloor haar evenwicht en kwam met haar gezicht op de klinkers terecht. Daarbij zijn de elementen
# 11 en 21 afgebroken", blind rounds 140 and 141)
# ... its subject and auxiliary first ("Verzoekster heeft op woensdag 31 augustus 2016 …", blind round 154)
DAY_OPENS = literals.compile(r"\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:verzoek(?:st)?er|hij|zij|ze)\s+(?:heeft|is|was|had)\s+)?"
                             r"op\s+(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag"
                             r"(?:avond|middag|ochtend|nacht)?\s+)?", re.I)
FALL_TOLD = literals.compile(r"\b(?:gevallen|uitgegleden|gestruikeld|struikelde|viel|ten\s+val|terechtgekomen|terechtkwam)\b"
                             r"|\bkwam\s+(?:[\w-]+\s+){0,8}?terecht\b"
                             r"|\b(?:raakte|trof)\s+(?:hem|haar|verzoeker|verzoekster)\b[^.;]{0,40}?\b(?:gezicht|mond|kaak|tanden|gebit)\b"
                             # "waardoor … de handgreep verzoeker met kracht in het gezicht trof" (blind round 149)
                             r"|\b(?:in|tegen)\s+(?:het|de|zijn|haar)\s+(?:gezicht|mond|kaak|tanden|gebit)\s+(?:trof|raakte)\b"
                             r"|\bdaarbij\s+(?:is|zijn|werd|werden)\b[^.;]{0,80}?\b(?:afgebroken|gebroken|beschadigd"
                             r"|uitgeslagen|losgeslagen)\b", re.I)


def _day_before_fall(text: str, sections: list[Section]) -> Found | None:
    """The one day that opens the sentence of the facts right before those telling the fall, where no
    sentence dates the accident itself: the fall told without a day happened on it. Only the nearest
    dated sentence, within two, and only one that tells no other event."""
    for zone in (s for s in sections if s.kind in TOLD):
        spans = list(sentences(text, zone.body_start, zone.end))
        for k, (a, b) in enumerate(spans):
            if not FALL_TOLD.search(text, a, b) or find_dates(text, a, b):
                continue
            dated = next(((j, days) for j in (k - 1, k - 2) if j >= 0
                          for days in [find_dates(text, *spans[j])] if days), None)
            if dated is None:
                continue
            (lo, hi), days = spans[dated[0]], dated[1]
            if len(days) == 1 and days[0].date and DAY_OPENS.fullmatch(text[lo:days[0].start]) \
                    and not OTHER_EVENT.search(text, lo, hi) and not VISITED.search(text, lo, hi) \
                    and not any(BEFORE_NOW.search(text, *spans[j]) for j in range(dated[0] + 1, k + 1)) \
                    and not _period_told(text, sections):
                return Found(days[0].date, days[0].start, days[0].end)
    return None


# the day of a visit ("Op 9 mei 2020 heeft zij haar tandarts bezocht"), and a fall told as some time before
# ("Pat. enkele weken geleden gevallen met step", blind round 67): not the day of the fall
VISITED = literals.compile(r"\b(?:bezocht|bezoek|gezien|onderzocht|behandeld|tandarts|huisarts|arts|ziekenhuis"
                           r"|spoedeisende|eerste\s+hulp|kaakchirurg|praktijk)\b", re.I)
# ... nor falls told as a habit ("waardoor hij … meermalen is gevallen", blind round 134), nor a fall told as later
# than the day ("Op 3 maart 2020 is hij naar Oostenrijk vertrokken. Tijdens het skiën is hij gevallen.")
BEFORE_NOW = literals.compile(r"\b(?:geleden|tevoren|daarvoor|daarvóór|eerder|voordien|meermalen|herhaaldelijk|regelmatig"
                              r"|vaak|telkens|soms|geregeld|dikwijls|tijdens|later|daarna|vervolgens|nadien|sindsdien"
                              r"|volgende|enkele|na\s+(?:afloop|terugkeer|thuiskomst|aankomst))\b", re.I)


# the question of the accident's day, put in one sentence and answered in the next ("Partijen verschillen … van
# mening over de datum van het ongeval. De commissie gaat uit van 17 september 2016.", blind round 136)
DAY_ASKED = literals.compile(r"\b(?:datum|dag)\s+(?:van|waarop)\s+het\s+ongeval\b|\bongevalsdatum\b"
                             # "Partijen verschillen van mening over de maand waarin het ongeval heeft plaatsgevonden"
                             r"|\b(?:maand|periode)\s+waarin\s+het\s+ongeval\b", re.I)


def _day_answered(text: str, sections: list[Section]) -> Found | None:
    """The one day the committee fixes in its assessment in the sentence right after one that asks the
    accident's day, no other event told beside it."""
    d = _answered(text, tuple(sections))
    return Found(d.date, d.start, d.end) if d is not None and d.date else None


@lru_cache(maxsize=4)  # the accident's day and its period ask the same
def _answered(text: str, sections: tuple[Section, ...]) -> DateMention | None:
    """The one date (a day, or a month: "De commissie acht aannemelijk dat dit in augustus 2022 was", blind
    round 181) the committee fixes in the sentence right after one that asks when the accident happened."""
    spans = [(a, b) for s in sections if s.kind == "assessment" for a, b in sentences(text, s.body_start, s.end)]
    for k in literals.holding(text, spans, DAY_ASKED):
        if k + 1 >= len(spans) or not DAY_ASKED.search(text, *spans[k]):
            continue
        a, b = spans[k + 1]
        days = find_dates(text, a, b)
        if len(days) != 1 or not days[0].earliest or not _fixed(text, sections, a, days[0].start) \
                or OTHER_EVENT.search(text, a, b) or ARRIVED.search(text, a, b) or ACCIDENT.search(text, a, b) \
                or _is_other_event(text, days[0], a) \
                or _party_says(text[a:b]):  # "De ziektekostenverzekeraar gaat uit van 22 december 2018" (blind round 182)
            continue  # a sentence that names the accident itself is read as any other
        return days[0]
    return None


def _party_says(sentence: str) -> bool:
    """Whether a sentence of the assessment tells a party's view, not the committee's."""
    from geschil.extract.statements import classify

    return classify(sentence.strip(), "committee")[0] != "committee"


def _fixed(text: str, sections, a: int, at: int) -> bool:
    """Whether the committee fixes the date at `at` in its assessment ("De commissie gaat ervan uit
    dat het ongeval op …")."""
    return _section_kind(sections, a) == "assessment" and bool(FIXES.search(text, a, at)) \
        and not FIX_DENIED.search(text, a, at)


def _period_told(text: str, sections: list[Section]) -> bool:
    period = accident_period(text, sections)
    if period is not None and _section_kind(sections, period.start) not in POSITIONS:
        return True
    # … or by a time no calendar bounds: "Verzoekster is rond de jaarwisseling 2011/2012 … uitgegleden"
    # (blind round 79)
    return any(VAGUE_TIME.search(text, a, b) and _section_kind(sections, a) not in POSITIONS
               for a, b, _ in _accident_sentences(text, sections))


VAGUE_TIME = literals.compile(r"\b(?:rond|omstreeks|omtrent|tijdens|in)\s+(?:de\s+|het\s+)?(?:jaarwisseling|feestdagen|kerst\w*"
                              r"|oud\s+en\s+nieuw|kerstvakantie|voorjaarsvakantie|zomervakantie|herfstvakantie|meivakantie)\b",
                              re.I)


# "De commissie stelt vast dat …", "houdt het ervoor dat …", "gaat uit van …", "neemt aan dat …"
FIXES = literals.compile(r"\bstel(?:t|len)\s+(?:\w+\s+){0,3}?vast\b|\bhoudt\s+het\s+er\b|\bgaat\s+(?:[\w,]+\s+){0,8}?(?:uit\s+van|(?:er)?van\s+uit)\b"
                         r"|\bneemt\s+(?:\w+\s+){0,3}?aan\b|\bacht\s+(?:het\s+)?(?:voldoende\s+)?aannemelijk\b|\bstaat\s+(?:daarmee\s+|dus\s+)?vast\b|\bvast\s+te\s+staan\b"
                         # of two accidents, the one the committee holds the cause or measures by:
                         # "het rechtstreekse gevolg is van het ongeval van …", "getoetst aan het ongeval van …"
                         r"|\b(?:rechtstreekse?|directe?)\s+gevolg\s+(?:is\s+)?van\s+het\s+ongeval\s+(?:van|op)\s*$"
                         r"|\bgetoetst\s+aan\s+het\s+ongeval\s+(?:van|op)\s*$"
                         # "De commissie is van oordeel dat dit het ongeval van 24 september 2011 is"
                         r"|\bvan\s+oordeel\s+dat\s+(?:dit|dat|het)\s+(?:het\s+)?ongeval\s+(?:van|op)\s*$", re.I)
# "niet het gevolg van het ongeval van …", "Evenmin staat vast dat het ongeval … begin juli 2015 plaatsvond"
FIX_DENIED = literals.compile(r"\b(?:niet|geen|evenmin)\b", re.I)


def _party_clause(text: str, a: int, at: int) -> bool:
    """Whether the clause of a sentence (after its last semicolon before `at`) reports a party."""
    from geschil.extract.statements import classify

    cut = text.rfind(";", a, at)
    return cut >= 0 and classify(text[cut + 1:at].lstrip(), "committee")[0] != "committee"


# "Een nadere dag kan zij op grond van de stukken niet vaststellen", "staat niet vast op welke dag"
DAY_UNSETTLED = literals.compile(r"\b(?:dag|datum)\b[^.;]{0,80}?\bniet\s+(?:[\w-]+\s+){0,3}?(?:vaststellen|vast\s+(?:te\s+)?stellen|vastgesteld)\b"
                                 r"|\b(?:dag|datum)\b[^.;]{0,80}?\b(?:staat|is)\s+niet\s+(?:komen\s+)?vast|\bniet\s+(?:is\s+)?komen\s+vast\s+te\s+staan\s+op\s+welke\s+dag"
                                 # "kan … niet vaststellen op welke dag in oktober 2015 het ongeval …"
                                 r"|\bniet\s+(?:vaststellen|vast\s+(?:te\s+)?stellen|vastgesteld|vaststaat)\s+(?:op\s+)?welke\s+(?:dag|datum)\b", re.I)


def _day_unsettled(text: str, sections: list[Section]) -> bool:
    """Whether the assessment says the accident's day cannot be fixed (in the sentence that names
    the accident or the next)."""
    spans = [(a, b) for s in sections if s.kind == "assessment" for a, b in sentences(text, s.body_start, s.end)]
    for i in literals.holding(text, spans, DAY_UNSETTLED):
        a, b = spans[i]
        named = ACCIDENT.search(text, a, b) or (i and ACCIDENT.search(text, *spans[i - 1]))
        if named and DAY_UNSETTLED.search(text, a, b):
            return True
    return False


def _denied(text: str, sections: tuple[Section, ...]) -> set[tuple[dt.date, dt.date]]:
    return denied_dates(text[lo:hi] for lo, hi in _rejected(text, sections)) | _not_the_accidents(text, sections)


# "De datum van 1 maart 2024 in de brief … is de datum van het eerste bezoek aan de tandarts, niet die van het ongeval"
# (blind round 144)
NOT_THE_ACCIDENTS = literals.compile(r"\bniet\s+(?:die|de\s+(?:datum|dag))\s+van\s+het\s+(?:\w+\s+)?(?:ongeval|ongeluk)\b"
                                     # "De commissie acht onvoldoende aannemelijk dat het ongeval op 22 december 2018 heeft
                                     # plaatsgevonden" (blind round 182)
                                     r"|\b(?:acht|achten)\s+(?:het\s+)?(?:onvoldoende|niet)\s+aannemelijk\s+dat\s+het\s+"
                                     r"(?:\w+\s+)?(?:ongeval|ongeluk)\s+(?:zich\s+)?op\s+", re.I)
DAY_NAMED = literals.compile(r"\b(?:datum|dag)\s+van\s*$", re.I)


def _not_the_accidents(text: str, sections: tuple[Section, ...]) -> set[tuple[dt.date, dt.date]]:
    """The days the committee names and says are not the accident's."""
    out = set()
    for a, b in _sentences_with(text, sections, NOT_THE_ACCIDENTS):
        m = NOT_THE_ACCIDENTS.search(text, a, b) if _section_kind(sections, a) == "assessment" else None
        if m is not None:
            out |= {(d.earliest, d.latest) for d in find_dates(text, a, b)
                    if d.date and (DAY_NAMED.search(text, max(a, d.start - 12), d.start) or d.start == m.end())}
    return out


def denied_dates(positions) -> set[tuple[dt.date, dt.date]]:
    """The accident dates (bounds) in positions the committee rejects ("volgt verzoeker niet in
    zijn stelling dat het ongeval op 4 augustus 2015 plaatsvond"): a party's date, told elsewhere
    too, is neither the accident's nor another accident."""
    out = set()
    for position in positions:
        if ACCIDENT.search(position):
            out |= {(d.earliest, d.latest) for d in find_dates(position)}
    return out


CLAUSE_OPENS = literals.compile(r",\s*(?:omdat|doordat|toen|terwijl|maar|zodat|nu|waarna|nadat)\b", re.I)


def happened_on(sentence: str, day: dt.date) -> bool:
    """Whether a sentence tells that an accident happened on this day (the clause of its date)."""
    dates = find_dates(sentence)
    for i, d in enumerate(dates):
        if d.date is not None and d.date == day:
            lo = dates[i - 1].end if i else 0
            hi = dates[i + 1].start if i + 1 < len(dates) else len(sentence)
            return _happened_on(sentence, d, lo, hi)
    return False


def _happened_on(text: str, date: DateMention, lo: int, hi: int) -> bool:
    """Whether the clause around the date (up to its neighbouring dates) tells the accident."""
    before = _no_weekday(text[max(lo, date.start - 90):date.start])
    after = text[date.end:min(hi, date.end + 110)]
    before = before[before.rfind(";") + 1:]
    cut = list(CLAUSE_OPENS.finditer(before))  # "…, omdat verzoeker pas op <date> …": a clause of its own
    before = before[cut[-1].end():] if cut else before
    after = after.split(";")[0]
    if HYPOTHESIS.search(before):
        return False  # "Ook als het ongeval op 1 augustus 2014 heeft plaatsgevonden, …": a day supposed
    if TERM_FROM_ACCIDENT.search(before) and TERM_RAN_OUT.match(after):
        return False  # "omdat de termijn van 26 weken na het ongeval op 28 januari 2017 was verstreken": the term's end
    if ACCIDENT_NAMED.search(before):
        return True  # "binnen drie maanden na het ongeval van 12 november 2022 … ingediend": the
        # accident named by its date, whatever the clause's verb tells of something else
    if COMMITTEE_TAKES.search(before) and AS_ACCIDENT_DAY.match(after):
        return True  # "De commissie gaat daarom uit van 2 mei 2009 als datum van het ongeval" (blind round 140)
    if BOUND_BEFORE.search(before) or REPORTED.match(after):
        return False
    if NAMES_ACCIDENT.search(text, date.end, hi):  # (the name closes the sentence, past the clause's reach)
        return True  # "Op vrijdag 14 mei 2021 kreeg hij … tegen zijn mond (hierna: het eerste ongeval)", "Op zondag
        # 16 augustus 2015 zat verzoekster op de kermis …, toen … (hierna: het kermisongeval)": the sentence names
        # what it tells the accident, whatever its verbs (blind rounds 171, 172)
    if _is_other_event(text, date, lo):
        return False
    if ACCIDENT_NAMED.search(after):
        return False  # "Op 16 november 2017 heeft verzoeker het ongeval van 5 november 2017 gemeld": the
        # accident is named by the date after it; this one is the clause's other event
    if _is_accident_date(text, date, lo):
        return True
    region = before + " " + after
    if HAPPENED.search(region) and not OTHER_EVENT.search(region):
        return True
    # "Volgens het verslag, waar hij is behandeld, heeft de val plaatsgevonden op <date>": the
    # date's own clause (from the last comma) tells the accident, whatever the clause before says
    near = before[before.rfind(",") + 1:] + " " + after.split(",")[0]
    if "," in before and HAPPENED.search(near) and not OTHER_EVENT.search(near):
        return True
    # a sentence opened by the day whose one clause closes on the verb past the usual reach ("Op 14
    # augustus 2014 is verzoeker tijdens een vakantie in de Belgische Ardennen met zijn mountainbike op
    # een afdalend bospad ten val gekomen", blind round 57)
    # (the day's own verb: not one a report tells, "heeft … gebeld en verteld dat zij was gevallen")
    if not OPENS_WITH_DAY.fullmatch(before):
        return False
    clause = LONG_CLAUSE.match(text, date.end, min(hi, date.end + 200))
    verb = HAPPENED.search(clause.group()) if clause else None
    return bool(verb and not OTHER_EVENT.search(clause.group()) and not SUBCLAUSE.search(clause.group(), 0, verb.start()))


# a clause naming its event the accident for the rest of the ruling ("(hierna: het eerste ongeval)")
NAMES_ACCIDENT = literals.compile(r"\(\s*hierna(?:\s+te\s+noemen)?\s*:?\s*(?:(?:het|dit)\s+(?:[\w-]+\s+)?[\w-]*(?:ongeval|ongeluk)"
                                  r"|de\s+val\b[^()\n]{0,40}?)\s*\)", re.I)


# the committee taking a day as the accident's: not a day assumed for a reckoning ("gaat uit van 1 juni 2014, het
# begin van de maand …", BOUND_BEFORE) when the words after it name it the accident's day
COMMITTEE_TAKES = literals.compile(r"\bcommissie\b[^.;]*?\buit(?:gaan|gegaan)?\s+van\s*$", re.I)
AS_ACCIDENT_DAY = literals.compile(r"\s*als\s+(?:de\s+)?(?:(?:datum|dag)\s+(?:van|waarop)\s+het\s+(?:\w+\s+)?(?:ongeval|ongeluk)"
                                   r"|ongevalsdatum)\b", re.I)


# a term counted from the accident, and the day it ran out: "de termijn van 26 weken na het ongeval op 28 januari
# 2017 was verstreken" (blind round 134); not "… na het ongeval op 6 augustus 2016 liep tot 4 februari 2017"
TERM_FROM_ACCIDENT = literals.compile(r"\b(?:termijn|periode)\s+(?:van\s+)?[\w-]+\s+(?:dagen|weken|maanden|jaar|jaren)\s+na\s+"
                                      r"(?:het|dat|dit)\s+(?:\w+\s+)?(?:ongeval|ongeluk)\s+op\s*$", re.I)
TERM_RAN_OUT = re.compile(r"\s*(?:(?:al|reeds|toen|dus)\s+)*(?:(?:was|is|werd)\s+)?(?:(?:al|reeds|toen|dus)\s+)*"
                          r"(?:verstreken|afgelopen|verlopen|geëindigd|voorbij|verstreek|eindigde|afliep|verliep)\b", re.I)
# "Ook als het ongeval op 1 augustus 2014 heeft plaatsgevonden, de voor verzoekster ongunstigste dag,
# …", "Indien het ongeval op … zou hebben plaatsgevonden": a day supposed for the reckoning (blind round 61)
HYPOTHESIS = literals.compile(r"\b(?:(?:ook|zelfs)\s+(?:als|indien|wanneer)|indien|ingeval|aangenomen\s+dat"
                              r"|(?:verondersteld|uitgaande\s+van\s+de\s+veronderstelling)\s+dat)\b[^,;]*$", re.I)
OPENS_WITH_DAY = literals.compile(r"\s*(?:op|in\s+de\s+nacht\s+van)\s*", re.I)
LONG_CLAUSE = literals.compile(r"[^,;.]{110,200}?(?=[,;.]|$)", re.I)
SUBCLAUSE = literals.compile(r"\b(?:dat|of|waarin|waarbij|toen|nadat|omdat)\b", re.I)


def accident_period(text: str, sections: list[Section]) -> Found | None:
    """An accident dated only imprecisely ("in de zomer van 2016", else "in 2014"): its bounds,
    never a day. What the facts and the assessment say goes before what a party claims in its
    position; a bare year only when that source tells no finer period."""
    answered = _answered(text, tuple(sections))
    if answered is not None and not answered.date:  # the committee's answer to when it happened
        return Found({"earliest": answered.earliest, "latest": answered.latest, "precision": answered.precision,
                      "text": answered.text}, answered.start, answered.end)
    found: dict[tuple[bool, bool], list[DateMention]] = {}
    denied = _denied(text, tuple(sections))
    for a, b, at in _accident_sentences(text, sections):
        argued = _section_kind(sections, a) in POSITIONS
        vague = [d for d in find_dates(text, a, b) if not d.date and not _is_other_event(text, d, a)
                 and (d.earliest, d.latest) not in denied and not _finding_dated(text, d, a, b)
                 and not _care_dated(text, d, a, b) and not _term_end(text, d, a) and not _reported_on(text, d)
                 # "… tot het ongeval zonder klachten; de restauratie was bij de controle in februari 2016 intact"
                 # (blind round 141): a period in a clause of its own, the accident named in another
                 and ACCIDENT.search(text, *_semicolon_clause(text, d.start, d.end, a, b))]
        for bare, dates in ((False, vague), (True, _bare_years(text, a, b, at))):
            if dates:
                near = min(dates, key=lambda d: abs(d.start - at))
                found.setdefault((bare, argued), []).append((not _fixed(text, sections, a, near.start), near))
    for key in ((False, False), (True, False), (False, True), (True, True)):
        if key in found:
            # the committee fixing the period in its assessment ("gaat … ervan uit dat het ongeval in
            # december 2020 heeft plaatsgevonden") goes before the facts' wider one ("in de winter van
            # 2020/2021", blind round 61); else the first told
            near = min(found[key], key=lambda t: t[0])[1]
            return Found({"earliest": near.earliest, "latest": near.latest,
                          "precision": near.precision, "text": near.text}, near.start, near.end)
    return None


def _reported_on(text: str, d: DateMention) -> bool:
    """A period that dates a report of the accident, not the accident ("wist al eerder van het
    ongeval, omdat zij in september 2016 telefonisch had gevraagd of …", blind round 154)."""
    m = REPORTED.match(text, d.end)
    return m is not None and not HAPPENED.search(text, d.end, m.end())


# "In het voorjaar van 2017 is een resorptie vastgesteld, die het gevolg is van het ongeval": the
# date's own clause dates a finding about the damage, the accident stands in another clause
FINDING = literals.compile(r"\b(?:vastgesteld|geconstateerd|gediagnosticeerd|ontdekt|bleek|gebleken)\b", re.I)


# "De uitzondering geldt alleen in de eerste week na het ongeval, en die was in maart 2017 al lang
# verstreken": the date's own clause dates a term's lapse, the accident stands in another clause
LAPSED = literals.compile(r"\b(?:verstreken|verlopen|geëindigd|afgelopen)\b", re.I)


def _finding_dated(text: str, d: DateMention, a: int, b: int) -> bool:
    clause = _own_comma_clause(text, d, a, b)
    if ACCIDENT.search(clause):
        return False
    # ... also with an apposition between the date and its verb: "de fractuur is pas in oktober 2015, bijna
    # tweeënhalf jaar na het ongeval, vastgesteld" (blind round 106)
    return bool(FINDING.search(clause) or LAPSED.search(clause) or FINDING_AFTER.match(text, d.end, b))


FINDING_AFTER = literals.compile(r"\s*,[^,.;]{1,80},\s*(?:vastgesteld|geconstateerd|gediagnosticeerd|ontdekt)\b", re.I)


def _care_dated(text: str, d: DateMention, a: int, b: int) -> bool:
    """"de kronen van 2 tot en met 6 mei 2011 zijn geplaatst, ruim binnen twaalf maanden na het
    ongeval": the date's own clause tells care, the accident stands in another clause."""
    clause = _own_comma_clause(text, d, a, b)
    return _tells_care(clause, 0, len(clause)) and not ACCIDENT.search(clause) and any(
        p.search(clause) for kind, p in TREATMENT_KIND if kind != "planned")


# "is in 2014 ... uitgegleden": a bare year in the accident's own clause bounds it to that year.
BARE_YEAR = literals.compile(r"\bin\s+(?:het\s+jaar\s+)?(?P<y>(?:19|20)\d\d)\b(?!\s*[-/.]\d)", re.I)
# "verzoeker, geboren in 1958, is … uitgegleden": a person's year of birth, no accident's
BORN_BEFORE = literals.compile(r"\bgeboren\s*$", re.I)


# the year of the conditions that applied: "de voorwaarden, zoals die in 2010 golden, luidt: "… ongeval …"" (blind
# round 143)
CONDITIONS_YEAR = literals.compile(r"\s*(?:golden|gold|luidden|luidde|van\s+kracht\s+waren|van\s+toepassing\s+waren)\b", re.I)


def _bare_years(text: str, a: int, b: int, at: int) -> list[DateMention]:
    """Bare years within 80 characters of the accident word, in its sentence."""
    out = []
    for m in BARE_YEAR.finditer(text, max(a, at - 80), min(b, at + 80)):
        if BORN_BEFORE.search(text, max(a, m.start() - 12), m.start()) or CONDITIONS_YEAR.match(text, m.end(), b):
            continue
        y = int(m["y"])
        out.append(DateMention(m.start(), m.end(), m.group(0), dt.date(y, 1, 1), dt.date(y, 12, 31), "year"))
    return out


def _term_end(text: str, d: DateMention, a: int) -> bool:
    """"… liep de termijn van zes maanden tot eind juni 2020": the end of a term, no accident's."""
    return bool(TERM_END_BEFORE.search(text[max(a, d.start - 50):d.start]))
