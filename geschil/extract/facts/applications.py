"""The applications for the care (aanvragen, meldingen): their days, told sent, received or argued,
and when a later one replaces an earlier one.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import lru_cache

from geschil import literals
from geschil.dates import DateMention, find_dates
from geschil.extract.facts.common import (
    ACCIDENT_AFTER,
    ARRIVED,
    BILL_BEFORE,
    LETTER_BEFORE,
    NAMES_APPLICATION,
    PERIOD_PRECISIONS,
    POSITIONS,
    UNPROVEN,
    _no_weekday,
    _rejected,
    _reported,
    _section_kind,
    _semicolon_clause,
    _sentences,
    _sentences_with,
)
from geschil.extract.head import Found
from geschil.extract.sections import Section
from geschil.extract.text import sentences

# Asking for approval or cover in words other than "aanvraag" (shared by the sentence test and the tie).
_ASKED = (r"(?:toestemming|machtiging|akkoordverklaring)\s+(?:\w+\s+){0,6}?gevraagd"
          # "… gevraagd om een nieuwe toestemming" (blind round 149)
          r"|\bgevraagd\s+om\s+(?:een\s+)?(?:nieuwe\s+|andere\s+|verlengde\s+)?(?:toestemming|machtiging|akkoordverklaring)\b"
          r"|\bgevraagd\s+(?:of|te\s+bevestigen\s+dat)\b[^.;]{0,140}?\bvergoed"
          r"|\bgemeld\b[^.;]{0,60}?\b(?:onder\s+overlegging\s+van|met)\s+(?:een|het)\s+(?:[\w-]+\s+){0,2}?behandelplan"
          # "heeft de tandarts het ongeval met een schadeformulier en een behandelplan … gemeld"
          r"|\b(?:onder\s+overlegging\s+van|met)\s+(?:een|het)\s+(?:[\w-]+\s+){0,4}?behandelplan\b[^.;]{0,80}?\bgemeld\b"
          # "heeft de neuroloog de ziektekostenverzekeraar gevraagd Prelyxa XR te vergoeden"
          r"|verzekeraar\s+(?:\w+\s+){0,2}?(?:gevraagd|verzocht)\s+(?:[\w-]+\s+){0,6}?te\s+vergoeden\b")
# Within one clause: no full stop or semicolon, but the dot of an amount ("€ 2.460,–") may stand.
_IN_CLAUSE = r"(?:[^.;]|(?<=\d)\.(?=\d))"
# the accident notified with a claim form, no plan named beside it: "heeft verzoeker het ongeval met een
# schadeformulier bij de ziektekostenverzekeraar gemeld" (blind round 90)
_FORM_NOTIFIED = (r"\bongeval\s+(?:op\s+\d{1,2}\s+[a-z]+\s+\d{4}\s+)?(?:met|via)\s+(?:een|het)\s+(?:ingevuld\w*\s+|online\s+|digitale?\s+)?"
                  r"(?:(?:schade|melding|ongevallen)s?)?formulier\b"
                  r"[^.;]{0,80}?\bgemeld\b")
# a form handed in at the insurer's desk ("… op maandag 20 juni 2016 afgegeven bij het servicepunt", blind round 156)
_HANDED_IN = r"\bafgegeven\s+(?:bij|aan)\s+(?:het|de)\s+(?:servicepunt|balie|kantoor|winkel|(?:ziektekosten|zorg)?verzekeraar)\b"
# a claim form sent to the insurer: an application for accident cover, tied to its day (blind round 85); or handed in
_FORM_SENT = (r"(?:schade|melding)s?formulier\b[^.;]{0,120}?\baan\s+de\s+(?:ziektekosten|zorg)?verzekeraar\s+"
              r"(?:gezonden|toegezonden|verzonden|gestuurd|verstuurd|gemaild)\b"
              r"|\bformulier\b[^.;]{0,120}?" + _HANDED_IN)
APPLICATION = literals.compile(r"\baanvra(?:ag|gen)\b|\baangevraagd\b|\bmachtigingsaanvraag|\baanvraagformulier"
                         r"|\bverzoek\s+(?:van\s+[\w-]+\s+)?om\s+(?:een\s+)?(?:akkoordverklaring|machtiging|toestemming|vergoeding)"
                         # (a long relative clause may stand between: "Het eerste behandelplan …, dat dateert van
                         # 20 september 2010 en voorzag in …, is op 24 september 2010 … ingediend", blind round 62)
                         rf"|(?:behandelplan|begroting|offerte)\b{_IN_CLAUSE}{{0,260}}?\b(?:ingediend|voorgelegd|ingestuurd)\b"
                         # "Op 12 april 2010 heeft de tandarts een behandelplan … aan de ziektekostenverzekeraar gezonden"
                         # (blind round 97)
                         rf"|(?:behandelplan|begroting|offerte)\b{_IN_CLAUSE}{{0,120}}?\b(?:aan|naar)\s+de\s+(?:ziektekosten|zorg)?verzekeraar\s+"
                         r"(?:toe)?(?:gezonden|gestuurd|verstuurd|verzonden)\b"
                         # "… via het zorgverlenersportaal van de zorgverzekeraar … een behandelplan … verzonden" (blind round 133)
                         rf"|portaal\b{_IN_CLAUSE}{{0,120}}?\b(?:behandelplan|begroting|offerte)\b{_IN_CLAUSE}{{0,120}}?"
                         r"\b(?:toe)?(?:gezonden|gestuurd|verstuurd|verzonden)\b"
                         # "In april 2022 heeft de kaakchirurg dit plan via het portaal … ingediend" (round 53)
                         rf"|\b(?:dit|dat|het)\s+(?:gewijzigde\s+|nieuwe\s+|aangepaste\s+)?plan\b{_IN_CLAUSE}{{0,80}}?\b(?:ingediend|voorgelegd|ingestuurd)\b"
                         # "heeft de ziektekostenverzekeraar van de tandarts (van verzoekster) een nieuw behandelplan … ontvangen"
                         rf"|verzekeraar\s+(?:van\s+(?:de|het|haar|zijn)\s+[\w-]+\s+(?:van\s+(?:de\s+|het\s+)?[\w-]+\s+)?)?(?:een\s+|het\s+|zijn\s+)?(?:nieuw\w*\s+|gewijzigd\w*\s+)?(?:behandelplan|begroting|offerte)\b{_IN_CLAUSE}{{0,80}}?\b(?:gezonden|toegezonden|gestuurd|verstuurd|ontvangen)\b"
                         # "Het behandelplan … is op 24 april 2020 bij de zorgverzekeraar binnengekomen"
                         # … "is op 24 juni 2020 door de zorgverzekeraar ontvangen"
                         # … "Dat plan is op 21 juni 2011 door de ziektekostenverzekeraar ontvangen" (blind round 85)
                         rf"|(?:behandelplan|begroting|\b(?:dit|dat|het)\s+(?:gewijzigde\s+|nieuwe\s+|aangepaste\s+)?plan\b)"
                         rf"{_IN_CLAUSE}{{0,140}}?\b(?:bij|door)\s+de\s+(?:ziektekosten|zorg)?verzekeraar\s+(?:is\s+|was\s+)?(?:binnengekomen|ontvangen)\b"
                         # "Op 8 februari 2021 is bij de zorgverzekeraar een behandelplan … binnengekomen"
                         rf"|\bbij\s+de\s+(?:ziektekosten|zorg)?verzekeraar\s+(?:een|het)\s+(?:[\w-]+\s+){{0,2}}?(?:behandelplan|begroting|offerte)\b{_IN_CLAUSE}{{0,80}}?\b(?:binnengekomen|ontvangen|ingediend)\b"
                         # … "Het formulier draagt het ontvangststempel van 2 maart 2016" (blind round 85)
                         r"|(?:\bformulier|(?:schade|melding|ongeval|ongevallen)s?formulier)\b[^.;]{0,200}?\b(?:binnengekomen|ontvangen|ingediend"
                         r"|ingestuurd|ontvangststempel)\b"
                         # "heeft verzoeker het ingevulde schadeformulier als bijlage bij een e-mail aan de zorgverzekeraar
                         # gezonden" (blind round 85)
                         r"|" + _FORM_SENT +
                         # "De zorgverzekeraar heeft (op 5 april 2018) dat plan (van de tandarts) (op …) ontvangen"
                         rf"|verzekeraar\s+(?:heeft|had)\s+(?:op\s+\d[^.;,]{{4,20}}?\s+)?(?:een|het|dat|dit|deze|die|zijn|haar)\s+(?:nieuw\w*\s+|gewijzigd\w*\s+|tweede\s+)?"
                         rf"(?:(?:behandel)?plan|offerte)\b{_IN_CLAUSE}{{0,80}}?\b(?:ontvangen|binnengekregen)\b"
                         # "Bij de ziektekostenverzekeraar is op 27 mei 2011 een melding van het ongeval binnengekomen"
                         r"|\b(?:melding\s+van\s+(?:het|een|dat)\s+ongeval|(?:ongevals|schade)melding)\b[^.;]{0,80}?"
                         r"\b(?:binnengekomen|ontvangen|ingediend)\b"
                         r"|" + _FORM_NOTIFIED +
                         # "Bij brief van 11 maart 2024, door de zorgverzekeraar ontvangen op 14 maart 2024, heeft de tandarts
                         # een ongevalsverklaring en een behandelplan toegezonden" (blind round 93)
                         rf"|verzekeraar\s+ontvangen\b{_IN_CLAUSE}{{0,120}}?\b(?:behandelplan|begroting|offerte)\b{_IN_CLAUSE}{{0,40}}?"
                         r"\b(?:toegezonden|gezonden|gestuurd|verstuurd|ingediend)\b"
                         r"|\b(?:binnengekomen|ontvangen)\b[^.;]{0,30}?\bmelding\s+van\s+(?:het|een|dat)\s+ongeval\b"
                         r"|(?:behandelplan|begroting|offerte)\b[^.;]{0,60}?\bter\s+(?:beoordeling|goedkeuring)\s+aan\s+de\s+"
                         r"(?:ziektekosten|zorg)?verzekeraar\s+(?:gestuurd|toegezonden|verzonden)\b|" + _ASKED, re.I)
# "heeft zij daarnaast om vergoeding van de correctie van de onderoogleden gevraagd" (round 56): an
# application told by the facts or the committee; a party's "stelt dat verzoekster pas op … om
# vergoeding heeft gevraagd" is that party's telling, unlike the application told in its words
# (led by "vergoed(ing)", whose shorter literal leaves the pre-filter to the rarer verbs: "vergoeding"
# stands in nearly every sentence of a ruling)
_REFUND = r"\bom\s+(?:een\s+)?vergoed(?:ing)?\b(?:(?!commissie)" + _IN_CLAUSE + r"){0,100}?\b(?:gevraagd|verzocht)\b"
REFUND_ASKED = literals.compile(_REFUND, re.I)
TO_COMMITTEE = literals.compile(r"\bcommissie\b[^.;,]*$", re.I)  # "heeft de commissie om vergoeding … gevraagd"


# a party's point the committee leaves open or holds unproven: "komt de commissie niet toe aan de vraag of
# verzoeker, zoals hij stelt, al op 28 maart 2012 … heeft gevraagd"; "Dat de kliniek het aanvraagformulier al op
# 26 januari 2015 heeft verzonden, is niet aannemelijk geworden" (blind round 107): the clause after the question
# word, or the "Dat" clause before the verdict
LEFT_OPEN = literals.compile(r"\bniet\s+toe\s+aan\s+(?:de\s+(?:beantwoording|beoordeling)\s+van\s+)?de\s+vraag\s+of\b", re.I)


# ... or first the verdict, then the point: "De commissie stelt voorop dat niet aannemelijk is geworden dat de tandarts op
# 2 maart 2020 een behandelplan … heeft gestuurd" (blind round 14, read once "naar de verzekeraar gestuurd" was)
UNPROVEN_THAT = literals.compile(r"\bniet\s+(?:aannemelijk\s+(?:is\s+)?(?:geworden|gemaakt)|(?:is\s+)?gebleken"
                                 r"|(?:is\s+)?komen\s+vast\s+te\s+staan|vast\s+(?:is\s+)?komen\s+te\s+staan)\s+dat\b", re.I)


def _left_open(text: str, sections: tuple[Section, ...]) -> list[tuple[int, int]]:
    """The spans of the points the committee leaves open or holds unproven in its assessment."""
    from geschil.extract.statements import classified

    out = []
    for st in classified(text, sections):
        if st["section"] != "assessment" or st["speaker"] != "committee":
            continue
        a, b = st["span"]
        if (m := LEFT_OPEN.search(text, a, b)) is not None:
            out.append((m.end(), b))
        elif (m := UNPROVEN.match(text, a, b)) is not None:
            out.append((a, m.end()))
        elif (m := UNPROVEN_THAT.search(text, a, b)) is not None:
            out.append((m.end(), b))
    return out


def application_dates(text: str, sections: list[Section]) -> list[Found]:
    """Dates on which an application (aanvraag) was made, each once."""
    return _applications(text, tuple(sections))[0]


def application_periods(text: str, sections: list[Section]) -> list[Found]:
    """Applications dated only by a period ("In april 2019 heeft de praktijk … een aanvraag
    ingediend"): their bounds, never a day; one that holds an application's printed day is that
    application told again."""
    return _applications(text, tuple(sections))[1]


@lru_cache(maxsize=4)  # the days and the periods come from one reading of the sentences
def _applications(text: str, sections: tuple[Section, ...]) -> tuple[list, list, list, list, list]:
    out: dict = {}
    periods: dict = {}
    # "Het standpunt dat de aanvraag pas op 21 maart 2025 is gedaan, volgt de commissie niet"
    # … but not one that only names the application whose character is disputed ("dat de aanvraag van
    # 11 januari 2021 als een nieuwe, te late aanvraag moet worden beschouwd")
    # … also a day rejected without the application's word ("De commissie volgt verzoekster niet in haar
    # standpunt dat van de datum van de brief van haar psychiater, 26 februari 2014, moet worden
    # uitgegaan", blind round 77): a party's application day is its argument
    every = _rejected(text, sections) + _left_open(text, sections)
    rejected = [(lo, hi) for lo, hi in every if APPLICATION.search(text, lo, hi)]
    denied = {d.date for lo, hi in rejected
              for d in find_dates(text, lo, hi)
              if d.date and not NAMES_APPLICATION.search(text, max(lo, d.start - 30), d.start)}
    # the days of any position the committee rejects: a party telling one of them as its application's is arguing
    disputed = {d.date for lo, hi in every for d in find_dates(text, lo, hi) if d.date}
    # "De stukken die de zorgverzekeraar op 29 maart 2017 heeft ontvangen, vormen geen nieuwe
    # aanvraag, maar een aanvulling": the committee says what came that day was no application
    none = {d.date for a, b in _sentences_with(text, sections, NO_APPLICATION)
            if _section_kind(sections, a) not in POSITIONS and (m := NO_APPLICATION.search(text, a, b))
            for d in find_dates(text, a, m.start()) if d.date}  # the subject's date, not the one it adds to
    none |= _relied_on(text, sections)  # a party's day the committee calls not decisive, wherever told
    # ... and the arrival of a letter the committee calls no application ("Bij brief van 9 januari 2017, door de
    # ziektekostenverzekeraar ontvangen op 11 januari 2017, …"; "De brief van 9 januari 2017 is geen nieuwe aanvraag,
    # maar een aanvulling", blind round 121)
    if none:
        none |= {day for sent, day in _letters_received(text) if sent in none}
    facts = [s for s in sections if s.kind == "facts"]
    told: dict = {}  # the sentence of each date
    argued: dict = {}  # per date: whether each sentence telling it is a party's
    settled: set = set()  # the days the committee concludes the application was made
    # a day the committee's own account of the procedure gives the application, that a party argues and the
    # committee rejects as the day that counts ("Bij brief gedateerd 9 november 2010 … een aanvraag ingediend";
    # "Verzoeker betoogt dat de aanvraag tijdig moet zijn ontvangen, omdat zij op 9 november 2010 is verzonden. De
    # commissie volgt hem daarin niet", blind round 133): the application's only day where the ruling tells no other
    narrated: dict = {}
    # letters' days whose arrival is told beside them ("Bij brief van 3 december 2008, door de
    # ziektekostenverzekeraar ontvangen op 8 december 2008, …")
    arrival_told = {d.date for a, b in _sentences_with(text, sections, ARRIVED) for d in find_dates(text, a, b)
                    if d.date and RECEIVED_AFTER.match(text, d.end, b)}
    for a, b in _sentences_with(text, sections, APPLICATION, REFUND_ASKED):
        sentence = text[a:b]
        if not tells_application(sentence, _section_kind(sections, a) not in POSITIONS) \
                or re.search(r"uitspraak\s+te\s+doen|bindend\s+advies", sentence, re.I) \
                or OTHER_BODY.search(sentence) \
                or _form_of_a_bill(text, a, sentence):
            continue
        # the facts the committee sets out itself stand, whatever argument it rejects that cites them
        established = any(f.start <= a < f.end for f in facts)
        days = find_dates(text, a, b)
        for d in days:
            if d.date and (_plan_named_beside(text, d, days, a)
                           or NONE_ASKED.search(text, *_semicolon_clause(text, d.start, d.end, a, b))
                           or NOT_SHOWN.search(text, a, d.start)
                           or DOCUMENT_NAMED.search(text, max(a, d.start - 80), d.start)):
                continue
            if not d.date:
                if d.precision in PERIOD_PRECISIONS and _period_application(text, sections, d, a, b) \
                        and (established or not _in_any(d.start, rejected)):
                    periods.setdefault((d.earliest, d.latest), Found(
                        {"earliest": d.earliest, "latest": d.latest, "precision": d.precision, "text": d.text},
                        d.start, d.end))
                continue
            if d.date in none or _not_application(text, d, a, b) \
                    or (d.date in disputed and _section_kind(sections, a) in POSITIONS):
                continue
            if d.date in denied and not established:
                if _section_kind(sections, a) == "procedure":
                    narrated.setdefault(d.date, (Found(d.date, d.start, d.end), (a, b)))
                continue
            out.setdefault(d.date, Found(d.date, d.start, d.end))
            told.setdefault(d.date, (a, b))
            argued.setdefault(d.date, set()).add((_section_kind(sections, a) in POSITIONS, a))
            if SETTLED.search(text, max(a, d.start - 60), d.start) and MADE_ON_AFTER.match(text, d.end, b) \
                    and _section_kind(sections, a) == "assessment":
                settled.add(d.date)
    if not out and narrated:
        out = {day: found for day, (found, _) in narrated.items()}
        told = {day: at for day, (_, at) in narrated.items()}
    if settled:  # "De aanvraag is dus op 8 december 2023 ingediend": a party's other day is its argument,
        # also where the committee reports it ("De zorgverzekeraar noemt … de datum 14 juni 2023", blind round 108)
        reports = _reported(text, tuple(sections))
        out = {day: f for day, f in out.items() if day in settled
               or any(not arg and told_at not in reports for arg, told_at in argued[day])}
    # "De brief van de orthodontist van 3 december 2008 bevat het verzoek om een machtiging": a letter whose
    # arrival another sentence tells is made on that day, not its own (blind round 85)
    out = {day: f for day, f in out.items() if day not in arrival_told}
    out |= _arrival_by_pronoun(text, out, told)
    days = sorted(_arrived(text, out, told, list(_sentences(text, sections))), key=lambda f: f.value)
    # a period holding a printed application day is that application told again
    vague = [f for f in periods.values()
             if not any(f.value["earliest"] <= day.value <= f.value["latest"] for day in days)]
    sent = [f.value for f in days if f.value in told and _dated_only(text, f, told[f.value])]
    received = [f.value for f in days if f.value in told and _arrival_only(text, f, told[f.value])]
    by_party = [f.value for f in days if argued.get(f.value) and all(arg for arg, _ in argued[f.value])]
    return days, sorted(vague, key=lambda f: (f.value["earliest"], f.value["latest"])), sent, received, by_party


# the day of an application's letter or its posting, not of its arrival ("een aanvraag …, gedateerd 28 april
# 2011"; "op donderdag 3 maart 2016 … per gewone post … verzonden", blind rounds 131 and 132)
DATED_ONLY = literals.compile(r"\b(?:gedateerd|gedagtekend|ondertekend|verzonden|verstuurd|gestuurd|gepost|opgestuurd"
                              r"|toegezonden)\b|\bper\s+(?:gewone\s+)?post\b|\bop\s+de\s+post\b", re.I)


def _dated_only(text: str, f: Found, sentence: tuple[int, int]) -> bool:
    """Whether the clause that dates an application tells its letter's date or its sending, and no arrival."""
    a, b = _semicolon_clause(text, f.start, f.end, *sentence)
    return bool(DATED_ONLY.search(text, a, b)) and not ARRIVED.search(text, a, b)


def _arrival_only(text: str, f: Found, sentence: tuple[int, int]) -> bool:
    """Whether the clause that dates an application tells its arrival, and no sending."""
    a, b = _semicolon_clause(text, f.start, f.end, *sentence)
    return bool(ARRIVED.search(text, a, b)) and not SENT.search(text, a, b) and not DATED_ONLY.search(text, a, b)


def application_received(text: str, sections: list[Section]) -> list:
    """The application days told only as its arrival: where the conditions count its sending, that was
    that day or earlier."""
    return _applications(text, tuple(sections))[3]


def application_argued(text: str, sections: list[Section]) -> list:
    """The application days only a party's position tells: the committee's own account names them nowhere."""
    return _applications(text, tuple(sections))[4]


def application_sent(text: str, sections: list[Section]) -> list:
    """The application days told only as a letter's date or a sending: its arrival, where the conditions
    ask for one, is that day or later."""
    return _applications(text, tuple(sections))[2]


# a day a party relies on, which the committee calls not decisive there or in its next sentence ("De datum van 4
# september 2023 waarop de ziektekostenverzekeraar zich beroept, is de dag waarop een medewerker de aanvraag in
# behandeling heeft genomen. Die dag is voor de termijn niet beslissend.", blind round 91)
RELIED_ON = literals.compile(r"\b(?:datum|dag)\s+van\s+(?P<date>\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d)\s*,?\s+waarop\s+"
                             r"(?:de\s+|het\s+)?[\w-]+\s+zich\s+beroept\b"
                             # "De dagtekening van de brief, 28 mei 2010, is daarom niet beslissend" (blind round 110)
                             r"|\bdagtekening\s+van\s+(?:de|het|die|deze)\s+[\w-]+\s*,\s*(?P<dated>\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d)\s*,"
                             # "Dat de kaakchirurg de aanvraag op 29 januari 2016 heeft verstuurd, is dus niet beslissend"
                             # (blind round 126): what a fronted clause tells happened that day
                             # "De ziektekostenverzekeraar beroept zich op de datum van 3 juli 2012 waarop de aanvraag …
                             # is ingeboekt. Die datum zegt echter niet wanneer de aanvraag is ontvangen." (blind round 142)
                             r"|\bberoept\s+zich\s+op\s+de\s+(?:datum|dag)\s+van\s+(?P<relied>\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d)\b"
                             r"|\bdat\s+[^.;,]{0,80}?\bop\s+(?P<told>\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d)\b[^.;,]{0,60},\s+(?:is|was)\s+"
                             # ... "…, is voor de datum van ontvangst niet van belang" (blind round 181)
                             r"(?:(?:dus|daarom|dan\s+ook|derhalve|echter|evenwel)\s+)?(?:voor\s+(?:de|het)\s+[\w-]+(?:\s+van\s+[\w-]+)?\s+)?"
                             r"niet\s+(?:beslissend|bepalend|doorslaggevend|van\s+belang)\b",
                             re.I)
NOT_DECISIVE = literals.compile(r"\bniet\s+(?:beslissend|bepalend|doorslaggevend|relevant|van\s+belang)\b"
                                r"|\bzegt\s+(?:echter\s+|dus\s+|evenwel\s+)?niet(?:s)?\s+(?:over\s+de\s+vraag\s+)?wanneer\b", re.I)


def _relied_on(text: str, sections: tuple[Section, ...]) -> set[dt.date]:
    """The days a party relies on that the committee's assessment calls not decisive."""
    out = set()
    for zone in (s for s in sections if s.kind == "assessment"):
        spans = list(sentences(text, zone.body_start, zone.end))
        for k in literals.holding(text, spans, RELIED_ON):
            a, b = spans[k]
            m = RELIED_ON.search(text, a, b)
            after = spans[k + 1] if k + 1 < len(spans) else (b, b)
            if m and m["told"]:  # the clause opens the sentence, and its verdict is in the match
                if not text[a:m.start()].strip():
                    out |= {d.date for d in find_dates(m["told"]) if d.date}
            elif m and (NOT_DECISIVE.search(text, m.end(), b) or NOT_DECISIVE.search(text, *after)):
                out |= {d.date for d in find_dates(m.group("date") or m.group("dated") or m.group("relied")) if d.date}
    return out


# "Het formulier is op 15 maart 2022 … ontvangen": the form named last before it says which ("een
# declaratieformulier ondertekend" is a bill's, "het schadeformulier" an application's; blind rounds 42, 85)
BARE_FORM = literals.compile(r"\b(?:het|dat|dit)\s+formulier\b", re.I)  # "De zorgverzekeraar heeft het formulier …"
FORM_NAMED = re.compile(r"(\w+)formulier", re.I)
APPLICATION_FORMS = ("schade", "melding", "aanvraag", "machtigings", "ongevals", "toestemmings")
FORM_REACH = 800


def _form_of_a_bill(text: str, a: int, sentence: str) -> bool:
    """Whether a sentence about "het formulier" speaks of a form that the text before names as
    other than an application's (a declaration of costs)."""
    if not BARE_FORM.search(sentence):
        return False
    named = FORM_NAMED.findall(text, max(0, a - FORM_REACH), a)
    return bool(named) and not named[-1].lower().startswith(APPLICATION_FORMS)


# a period that dates the accident ("na het ongeval in maart 2016", "Het ongeval vond plaats tussen 1
# en 15 juni 2017", "bij de datum van het ongeval is ingevuld \"zomer 2022\"") or a party's claim
PERIOD_OF_ACCIDENT = literals.compile(r"\bongeva\w*\b[^.;,]{0,40}$", re.I)
CLAIMED = literals.compile(r"\b(?:stelt|stellen|stelde|stelden|betoogt|betogen|meent|menen|verklaart|voert)\b[^.;]*$", re.I)


def _period_application(text: str, sections, d: DateMention, a: int, b: int) -> bool:
    """Whether a period in an application's sentence dates the application: told by the facts
    or the committee, not a party's claim (a day that vague is not weighed on a party's word), nor
    the accident's period, nor one the sentence ties to something else."""
    if _section_kind(sections, a) in POSITIONS:
        return False
    before = text[a:d.start]
    return not (PERIOD_OF_ACCIDENT.search(before) or CLAIMED.search(before) or _not_application(text, d, a, b))


# "Voor het behandelplan van 17 maart 2011 heeft verzoekster geen machtiging aangevraagd": the
# clause tells that none was asked (blind round 59)
NONE_ASKED = literals.compile(r"\bgeen\s+(?:[\w-]+\s+){0,2}?(?:aanvraag|machtiging|toestemming|akkoordverklaring)\s+"
                              r"(?:[\w-]+\s+){0,3}?(?:aangevraagd|gevraagd|ingediend|nodig|vereist)\b"
                              # "De hulp van 6 augustus 2016 was spoedeisend en behoefde geen voorafgaande aanvraag" (round 134)
                              r"|\b(?:behoefde|behoeft|behoefden|vereiste|vergde|vergt)\s+geen\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:aanvraag|machtiging|toestemming|akkoordverklaring)\b", re.I)
# "onder overlegging van een voorschrift van zijn revalidatiearts van 28 april 2011": a document sent with the
# application, dated by its own day (blind round 85)
DOCUMENT_NAMED = literals.compile(r"\b(?:voorschrift|verwijzing|verwijsbrief|offerte|verklaring|rapport|recept)\b"
                                  r"(?:\s+van\s+(?:de|het|zijn|haar)\s+[\w-]+)?\s+(?:van|d\.d\.)\s*$", re.I)
# "De commissie acht niet aannemelijk geworden dat verzoekster op 27 januari 2025 toestemming heeft
# aangevraagd": a day the committee holds not shown is no application's (blind round 84)
NOT_SHOWN = literals.compile(r"\bniet\s+(?:aannemelijk|aangetoond|gebleken|bewezen)\s+(?:geworden\s+|gemaakt\s+)?"
                             r"(?:[\w-]+\s+){0,2}?dat\b[^.;:]*$", re.I)
PLAN_NAMED = literals.compile(r"\b(?:behandel)?plan\s+(?:van|d\.d\.)\s*$", re.I)


def _plan_named_beside(text: str, d: DateMention, days: list[DateMention], a: int) -> bool:
    """Whether the date only names a plan ("samen met het behandelplan van 17 maart 2011") in a
    sentence that dates its act by another day ("Op 12 juli 2011 heeft verzoekster de nota …
    ingediend"): the plan's date is not the day it was sent (blind round 59)."""
    if not PLAN_NAMED.search(text, max(a, d.start - 30), d.start):
        return False
    return any(o is not d and o.date and not PLAN_NAMED.search(text, max(a, o.start - 30), o.start) for o in days)


def _in_any(offset: int, spans) -> bool:
    return any(lo <= offset < hi for lo, hi in spans)


# ... "De brief van 18 februari 2016 is echter geen nieuwe aanvraag" (blind round 90)
# an application to another body than the insurer: "bij het Centrum indicatiestelling zorg (hierna: het CIZ) een
# aanvraag ingediend voor zorg op grond van de Wet langdurige zorg" (blind round 109)
OTHER_BODY = literals.compile(r"\bbij\s+(?:het\s+)?(?:CIZ\b|Centrum\s+indicatiestelling\s+zorg|zorgkantoor\b|UWV\b|SVB\b"
                              r"|(?:de\s+)?gemeente\b)|\b(?:op\s+grond\s+van|uit|volgens)\s+de\s+(?:Wlz|Wmo|Wet\s+langdurige\s+zorg"
                              r"|Wet\s+maatschappelijke\s+ondersteuning)\b")


NO_APPLICATION = literals.compile(r"\b(?:vorm(?:t|en|de|den)|is|was|zijn|waren)\s+(?:(?:echter|evenwel|dus|daarom|daarmee|dan\s+ook|ook)\s+)?"
                                  r"geen\s+(?:nieuwe\s+|afzonderlijke\s+)?"
                                  r"aanvraag\b"
                                  # "dat de brief van de oogarts van 4 december 2014 niet als aanvraag om toestemming kan
                                  # worden aangemerkt" (blind round 107)
                                  r"|\bniet\s+als\s+(?:een\s+)?(?:nieuwe\s+|afzonderlijke\s+)?aanvraag\b(?:\s+[\w-]+){0,8}?\s+"
                                  r"(?:aangemerkt|aan\s+te\s+merken|beschouwd|te\s+beschouwen|opgevat|gelden)\b"
                                  # "is een afschrift van dezelfde aanvraag en geen nieuwe aanvraag" (blind round 109)
                                  r"|\b(?:is|was)\s+(?:slechts\s+|alleen\s+)?een\s+(?:afschrift|kopie|duplicaat)\s+van\s+(?:de|dezelfde|die|deze)\s+"
                                  r"(?:eerdere\s+)?aanvraag\b"
                                  # "maakt het toevoegen van de foto's op 4 december 2024 de aanvraag niet tot een nieuwe
                                  # aanvraag" (blind round 126)
                                  r"|\bniet\s+tot\s+een\s+(?:nieuwe|afzonderlijke|tweede)\s+aanvraag\b", re.I)


# "… had de kliniek een nieuwe machtiging kunnen aanvragen", "gewezen op de noodzaak van een
# nieuwe aanvraag": an application that was not made
UNMADE = literals.compile(r"\bhad(?:den)?\b[^.;,]{0,80}?\b(?:kunnen|moeten)\s+$"
                          # "Ook als verzoeker vóór de eerste rit van 2 april 2012 om toestemming zou hebben gevraagd":
                          # a hypothesis (blind round 107)
                          r"|\b(?:ook|zelfs)\s+(?:als|indien|wanneer)\s+(?:[\w-]+\s+){0,12}?$"
                          # "dat verlenging \"vóór die datum\" kon worden aangevraagd": a possibility (blind round 63)
                          r"|\b(?:kon|kan|konden|kunnen|mocht|mag|mochten)\s+(?:worden\s+)?$"
                          # "heeft geprobeerd de aanvraag via het portaal in te dienen": an attempt
                          r"|\b(?:geprobeerd|getracht|probeerde|probeerden|trachtte|trachtten)\s+(?:[\w-]+\s+){0,3}?$"
                          r"|\b(?:noodzaak|verplichting|plicht)\s+(?:van|tot)\s+(?:een\s+)?(?:nieuwe\s+)?$", re.I)
# "… dat de leverancier bij latere levering een nieuwe aanvraag moet indienen": one still due
UNMADE_AFTER = literals.compile(r"\s+(?:\w+\s+){0,2}?(?:moet|moeten|dient|dienen|kunnen)\s+(?:te\s+)?(?:worden\s+)?"
                                r"(?:indienen|ingediend|doen|gedaan)\b"
                                # "dat de aanvraag op maandag 26 januari 2015 op de post zou gaan": one intended (blind round 107)
                                r"|\s+(?:[\w-]+\s+){0,8}?zou(?:den)?\s+gaan\b", re.I)


def tells_application(sentence: str, refund: bool = True) -> bool:
    """Whether the sentence tells of an application, not only of one that could have been made
    or is still due (`refund`: also one told as asking "om vergoeding")."""
    first = APPLICATION.search(sentence)
    if first is None:
        return refund and any(not UNMADE.search(sentence, max(0, m.start() - 90), m.start())
                              and not TO_COMMITTEE.search(sentence, max(0, m.start() - 60), m.start())
                              for m in REFUND_ASKED.finditer(sentence))
    if not (UNMADE.possible(sentence) or UNMADE_AFTER.possible(sentence)):
        return True  # no "had … kunnen" in it: the first application word decides
    return any(not UNMADE.search(sentence, max(0, m.start() - 90), m.start())
               and not UNMADE_AFTER.match(sentence, m.end())
               for m in APPLICATION.finditer(sentence))


# (or submitted: "Op 2 februari 2016 heeft het centrum … een aanvraag ingediend. De zorgverzekeraar heeft de aanvraag op 4
# februari 2016 ontvangen", blind round 119)
SENT = literals.compile(r"\b(?:gestuurd|verstuurd|verzonden|toegezonden|opgestuurd|gezonden|ingediend|ingestuurd)\b", re.I)


ARRIVAL_REACH = 400  # characters after the sending's sentence in which its arrival is told
PARAGRAPH_BREAK = literals.compile(r"\n[ \t]*\n")
# another application's arrival, or a copy's ("Een papieren exemplaar van dezelfde stukken is op 22 februari 2016
# ontvangen" after the e-mail that sent them, blind round 83)
ANOTHER = literals.compile(r"\b(?:nieuwe|tweede|andere|opnieuw|exemplaar|kopie|afschrift)\b", re.I)


LETTER_RECEIVED = literals.compile(r"\bbrief\s+van\s+(?P<sent>\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d)\s*,\s*door\s+de\s+"
                                   r"(?:zorg|ziektekosten)?verzekeraar\s+ontvangen\s+op\s+(?P<got>\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d)",
                                   re.I)


def _letters_received(text: str) -> list[tuple[dt.date, dt.date]]:
    """(sent, received) of each letter told with its arrival beside it."""
    out = []
    for m in LETTER_RECEIVED.finditer(text):
        sent, got = find_dates(m["sent"]), find_dates(m["got"])
        if sent and got and sent[0].date and got[0].date:
            out.append((sent[0].date, got[0].date))
    return out


# "Het behandelplan … is op die dag aan de zorgverzekeraar verzonden. Het is op 14 november 2011 door de
# zorgverzekeraar ontvangen.": the arrival of what was sent, told by a pronoun in the next sentence (blind round 127)
# ... or by its noun ("Het behandelplan draagt het ontvangststempel van de zorgverzekeraar van dinsdag 23 november 2021")
BY_PRONOUN = literals.compile(r"\s*(?:Het|Dit|Deze|Die|Zij|Dat)\b(?:\s+(?:behandelplan|plan|aanvraag|aanvraagformulier|formulier)\b)?"
                              r"(?:\s+(?:is|werd|draagt|droeg|heeft))\b")


def _arrival_by_pronoun(text: str, out: dict, told: dict) -> dict:
    """The arrival days told of what was sent, by its pronoun or noun, in the sentence right after the sending: as
    applications (then _arrived drops the sending); each one's sentence is added to `told`."""
    found = {}
    for day in list(out):
        a, b = told[day]
        if not SENT.search(text, a, b) or ARRIVED.search(text, a, b):
            continue
        following = next(sentences(text, b, min(len(text), b + ARRIVAL_REACH)), None)
        if following is None:
            continue
        dates = find_dates(text, *following)
        if len(dates) == 1 and dates[0].date and 0 < (dates[0].date - day).days <= 31 \
                and BY_PRONOUN.match(text, following[0], dates[0].start) and ARRIVED.search(text, *following) \
                and not ANOTHER.search(text, *following):
            found[dates[0].date] = Found(dates[0].date, dates[0].start, dates[0].end)
            told.setdefault(dates[0].date, following)
    return found


def _arrived(text: str, out: dict, told: dict, spans: list[tuple[int, int]]) -> list[Found]:
    """The applications, an application's sending day left out where a clause or sentence after it
    in its paragraph tells its arrival ("… op 27 mei 2022 een aanvraag … gestuurd. De
    zorgverzekeraar heeft de aanvraag op 30 mei 2022 ontvangen."; "… op 15 april 2011 verzonden;
    de zorgverzekeraar heeft haar op 19 april 2011 ontvangen"): the arrival makes the application
    (the corpus's convention)."""
    clause = {day: _semicolon_clause(text, f.start, f.end, *told[day]) for day, f in out.items()}

    def arrival_after(day, sent: tuple[int, int]) -> bool:
        b = sent[1]
        brk = PARAGRAPH_BREAK.search(text, b, b + ARRIVAL_REACH)
        for d in find_dates(text, b, brk.start() if brk else min(len(text), b + ARRIVAL_REACH)):
            if d.date in out and 0 < (d.date - day).days <= 31:
                k = bisect_right(spans, (d.start, len(text))) - 1
                if k < 0 or not spans[k][0] <= d.start < spans[k][1]:
                    continue
                oa, ob = _semicolon_clause(text, d.start, d.end, *spans[k])
                if ARRIVED.search(text, oa, ob) and not ANOTHER.search(text, oa, ob) \
                        and not _other_form(text, sent, (oa, ob)):
                    return True
        return False
    # … also a letter's date ("Bij brief van 3 april 2008 heeft de tandarts een aanvraag … ingediend. De
    # ziektekostenverzekeraar heeft de aanvraag op 8 april 2008 ontvangen.", blind round 81)
    return [f for day, f in out.items()
            if not ((SENT.search(text, *clause[day]) or LETTER_BEFORE.search(text, max(0, f.start - 30), f.start))
                    and not ARRIVED.search(text, *clause[day]) and arrival_after(day, clause[day]))]


def _other_form(text: str, sent: tuple[int, int], arrived: tuple[int, int]) -> bool:
    """Whether the arrival names a form the sending did not send ("… per e-mail een ongevalsverklaring en een
    behandelplan … gestuurd. … Op 3 oktober 2022 heeft de zorgverzekeraar het … schadeformulier ontvangen",
    blind round 129): another document's arrival."""
    forms = {f.lower() for f in FORM_NAMED.findall(text, *arrived)}
    return bool(forms) and not forms & {f.lower() for f in FORM_NAMED.findall(text, *sent)}


# a plan's own date is the day it was drawn up, never the day it was asked with
PLAN_DATED = literals.compile(r"\b(?:behandel)?plan\w*\b[^.;]{0,40}?\b(?:gedateerd|gedagtekend)\s*(?:op\s+)?$", re.I)
DATED = literals.compile(r"\b(?:gedateerd|gedagtekend)\s*(?:op\s+)?$", re.I)  # a document's own date, not its arrival
# a copy of a plan or form named by its date: the date is the document's, the copy applies for nothing
COPY_NAMED = literals.compile(r"\b(?:afschrift|kopie|exemplaar)\s+van\s+(?:het|dat|dit|zijn|haar|hetzelfde)\s+"
                              r"(?:[\w-]+\s+)?(?:(?:behandel)?plan|(?:schade|melding|aanvraag)?formulier)\s+(?:van|d\.d\.)\s*$", re.I)
# "… heeft de audicien op 29 maart 2012 hetzelfde aanvraagformulier, met dezelfde bijlagen, nog eens per post
# gezonden": the same application sent again, no application of its own (blind round 104)
SENT_AGAIN = literals.compile(r"[^.;]{0,60}?\b(?:hetzelfde|dezelfde)\s+(?:[\w-]+\s+)?(?:aanvraag\w*|(?:behandel)?plan|formulier)\b"
                              r"[^.;]{0,100}?\b(?:nog\s+eens|nogmaals|andermaal)\b", re.I)
# "Bij brief van 6 oktober 2010, door de ziektekostenverzekeraar ontvangen op 8 oktober 2010, …":
# the letter's own date beside its arrival; the arrival makes the application
RECEIVED_AFTER = literals.compile(r"\s*,?\s*(?:door\s+(?:de\s+)?[\w-]+\s+)?(?:ontvangen|binnengekomen)\s+(?:op\s+)?\d"
                                  # "Bij brief van 4 april 2011, die op 7 april 2011 bij de zorgverzekeraar is
                                  # binnengekomen, …" (blind round 123)
                                  r"|\s*,\s*(?:die|dat|welke)\s+(?:[\w-]+\s+){0,4}?op\s+\d{1,2}\s+[a-z]+\s+\d{4}\s+"
                                  r"(?:[\w-]+\s+){0,5}?(?:is\s+|zijn\s+|werd\s+)?(?:ontvangen|binnengekomen)\b", re.I)
# "… had op 11 november 2008 al op de aanvraag beslist": the date of the decision on it.
DECIDED_ON = literals.compile(r"^[^.;]{0,80}?\bop\s+(?:de|die|deze|het|dat|zijn|haar|hun)\s+(?:aanvraag|verzoek|machtigingsaanvraag)\s+"
                              r"(?:\w+\s+){0,2}?(?:beslist|besloten|gereageerd|geantwoord|gereageerd)\b", re.I)
# Dates that are not when an application was made: decisions, advice, the accident, a validity
# window, the end of a term ("de termijn … eindigde op 9 april 2017").
NOT_APPLICATION_BEFORE = literals.compile(
    r"(?:beslissing|besluit|advies|akkoordverklaring|machtiging|toestemming|afwijzing|weigering|goedkeuring)"
    r"\s+(?:van|d\.d\.)\s*(?:\d.{0,20}en\s+)?$"
    r"|(?:ongeval\w*|ongeluk\w*)\s+(?:van|op|d\.d\.)\s*$|geldig\w*\s+(?:was\s+)?(?:van|vanaf|tot)[^.]*$"
    # a birth: "Verzoeker is geboren op 17 februari 1995 en was op 4 augustus 2020, de datum van de aanvraag, 25 jaar
    # oud" (blind round 164)
    r"|\bgeboren\s+(?:op\s+)?$"
    r"|(?:eindigde|eindigt|verstreek|verliep|liep\s+(?:af|tot))\s+(?:\w+\s+){0,4}?(?:op\s+)?$"
    r"|(?:uiterlijk|tot\s+en\s+met|vóór)\s+(?:\w+\s+)?(?:op\s+)?$|(?:laatste\s+dag|termijn)\b[^.;]{0,50}$"
    # "ruim vóór de behandelingen van 27 april 2010 en 18 mei 2010 ingediend": the care's days (blind round 149)
    r"|\b(?:behandeling|behandelingen|operatie|ingreep)\s+(?:van|d\.d\.)\s*(?:\d[^.;]{0,20}en\s+)?$"
    # "de aanvraag moet worden geacht op 16 februari 2017 te zijn ingediend": deemed, not made
    r"|\bgeacht\s+(?:[\w-]+\s+){0,2}?(?:op\s+)?$"
    # "Ook als van 6 november 2022 wordt uitgegaan, is de aanvraag … te laat": a day supposed (blind round 143)
    r"|\b(?:als|indien|wanneer)\s+(?:[\w-]+\s+){0,2}?van\s*$|\buit(?:gaande|gegaan)\s+van\s*$"
    # "Bij een aanvang op maandag 2 juli 2012 moest de aanvraag …": the care's start (blind round 142)
    r"|\b(?:aanvang|begin|start)\s+(?:van\s+(?:de|het)\s+[\w-]+\s+)?op\s*$"
    # "De toestemming van 23 februari 2021 gold tot 1 juni 2021": an approval's end
    r"|\b(?:gold|golden|geldt|gelden)\s+(?:[\w-]+\s+){0,3}?tot\s+(?:en\s+met\s+)?$"
    # "kan in het midden blijven of het portaal op 16 februari 2017 een storing had en of de aanvraag
    # op die dag …": a question left open
    r"|\bin\s+het\s+midden\s+(?:kan\s+|worden\s+)?(?:blijven|laten|gelaten)\s+of\b[^.;]*$"
    r"|\b(?:is|zijn|was)\s+(?:[\w-]+\s+){0,4}?(?:gaan\s+)?lopen\s+(?:\w+\s+){0,2}?(?:op|vanaf)\s*$"
    # what the application is dated against: "… is ingediend ruim drie maanden vóór de sanering van 17
    # maart 2011" (blind round 61), not an application named by its date ("na de aanvraag van …")
    r"|\b(?:vóór|voor|na|voordat|nadat)\s+(?:de|het|die|dat|deze|zijn|haar)\s+"
    r"(?!(?:aanvraag|machtigingsaanvraag|behandelplan|plan|brief)\b)[\w-]+\s+(?:van|op|d\.d\.)\s*$"
    # the date of the care or of another event: "de extracties van", "vond plaats op"
    r"|(?:extracties?|behandeling|operatie|ingreep|plaatsing|terhandstelling|levering|onderzoek|intake|afspraak)"
    r"\s+(?:van|op|d\.d\.)\s*$"
    # a form's entry: "Op het aanvraagformulier staat achter "datum aanvang behandeling" ingevuld: 28-03-2011"
    r"|\bingevuld\s*:?\s*$"
    r"|\b(?:vond|vonden)\s+(?:\w+\s+)?plaats\s+op\s*$|\bplaatsgevonden\s+op\s*$"  # "heeft het ongeval plaatsgevonden op"
    # a bound, not a day: "Na 18 juli 2009 heeft verzoeker zich … laten brengen zonder een nieuwe aanvraag"
    r"|(?:^|[\s(])(?:na|sinds|vanaf)\s*$"
    # the point a term is counted from: "binnen drie maanden na 5 oktober 2019 is ingediend"
    r"|\b(?:dag|dagen|week|weken|maand|maanden|jaar|jaren)\s+(?:na|vóór|voor)\s*$"
    # a record of the care or the damage: "de patiëntenkaart en de foto's van 3 januari 2017"
    r"|(?:foto(?:'|’)?s?|opnamen?|patiëntenkaart|nota|factuur|rekening|verklaring|rapport\w*|verslag"
    r"|(?:telefoon)?gesprek|gespreksnotitie|mededeling|toezegging)"
    r"\s+(?:van|d\.d\.)\s*$"
    # an entry of a record: "De kaart van de tandarts vermeldt onder 15 maart 2010 een val …"
    r"|\b(?:vermeld\w*|staat|stond|genoteerd)\s+onder\s*$", re.I)
# "… van 3 februari 2025 is geen nieuwe aanvraag", "Dat 9 april 2017 op een zondag viel"
# ... and a date of the care itself: "De implantaten zijn op 14 oktober 2020 geplaatst, meer dan
# twee jaar vóór de aanvraag" (the application only its point of reference)
NOT_APPLICATION_AFTER = literals.compile(r"(?:\s*(?:,|en)\s+[0-3]?\d(?:\s+[a-z]+\s+(?:19|20)\d\d)?)*"  # a list's later days
                                         r"(?:\s*(?:is|was)\s+geen\b|\s*(?:[\w-]+\s+){0,3}?(?:viel|valt)\b"
                                         # "Op 2 april 2024 heeft verzoekster via het portaal een herinnering gestuurd,
                                         # omdat zij nog geen beslissing op haar aanvraag had": a reminder (blind round 98)
                                         r"|[^.;]{0,60}?\b(?:een|de)\s+(?:herinnering|rappel)\b"
                                         # "op 2 mei 2017, een week vóór de aanvraag": dated by the
                                         # application, not it; "toen de aanvraag op 20 maart 2024
                                         # compleet was": completed, made before
                                         r"|\s*,?\s*(?:[\w-]+\s+){0,3}?(?:vóór|voor|na)\s+de\s+aanvraag\b"
                                         r"|\s*(?:compleet|volledig)\s+(?:was|is|werd)\b"
                                         # a birth or a birthday: "… op 3 september 2011 achttien jaar is
                                         # geworden, ruim voordat de aanvraag werd ingediend" (blind round 69)
                                         r"|\s*(?:is|werd|was)\s+geboren\b"
                                         # "… op 8 maart 2010 te horen kreeg dat de aanvraag "er goed uitzag"": told of it
                                         # (blind round 164)
                                         r"|\s*(?:[\w-]+\s+){0,2}?te\s+horen\b"
                                         # "omdat de machtiging volgens hem op 2 augustus 2015 was verlopen, zes maanden na
                                         # de aanvraag": the day a term ran out (blind round 109)
                                         r"|\s*(?:is|was|waren|zijn)\s+(?:verlopen|verstreken|vervallen|afgelopen)\b"
                                         r"|\s*(?:de\s+leeftijd\s+van\s+)?[\w-]+\s+jaar\s+(?:oud\s+)?(?:is|was|werd)?\s*(?:geworden|bereikt)\b"
                                         # "Dat het behandelplan al op 9 januari 2017 was opgesteld": drawn up
                                         r"|\s*(?:[\w-]+\s+){0,2}?(?:opgesteld|opgemaakt)\b"
                                         # "heeft de tandarts die aanvraag op 2 december 2010 ingetrokken": withdrawn (round 170)
                                         r"|\s*(?:[\w-]+\s+){0,2}?(?:ingetrokken|teruggetrokken)\b"
                                         # "heeft die foto's op 19 mei 2021 aan de aanvraag toegevoegd": a
                                         # supplement to an application made before
                                         r"|\s*(?:[\w-]+\s+){0,3}?(?:aan|bij)\s+(?:de|die|deze|haar|zijn|het)\s+"
                                         r"(?:aanvraag|behandelplan|dossier)\s+(?:toegevoegd|gevoegd|nagezonden|nagestuurd)\b"
                                         # "de aanvraag … pas op 26 juli 2023 heeft beantwoord": answered
                                         r"|\s*(?:heeft|had|hebben|is|werd)\s+(?:[\w-]+\s+){0,2}?beantwoord\b"
                                         # "had haar op 10 maart 2022 toegezegd de toestemming te regelen": a promise to
                                         # ask, not the asking (blind round 141)
                                         r"|\s*(?:toegezegd|beloofd|toegezegd\s+heeft|beloofd\s+heeft)\s+(?:[\w-]+\s+){0,4}?te\s+"
                                         r"(?:regelen|aanvragen|vragen|verzorgen|doen)\b"

                                         # "Die extractie heeft op 22 november 2016 plaatsgevonden, dus voordat
                                         # de aanvraag werd ingediend", "… met de botopbouw begonnen": the care's day
                                         r"|\s*(?:[\w-]+\s+){0,2}?(?:plaatsvond|plaatsvonden|plaatsgevonden|gebeurde|voorviel)\b"
                                         r"|\s*(?:[\w-]+\s+){0,3}?(?:geplaatst|aangebracht|uitgevoerd|verricht"
                                         r"|voltooid|afgerond|getrokken|geëxtraheerd|verwijderd|begonnen|gestart|aangevangen"
                                         # "dat de schoenen in maart 2012 zijn afgeleverd": a delivery (blind round 76)
                                         r"|(?:af)?geleverd)\b"
                                         # "het door verzoekster op 4 februari 2011 ondertekende schadeformulier":
                                         # the day a form was signed or filled in, not the day it was sent (blind round 75)
                                         r"|\s*(?:[\w-]+\s+){0,3}?(?:ondertekende|ingevulde|gedateerde|gedagtekende)\s+\w)", re.I)
# "… kreeg te horen dat de aanvraag was goedgekeurd": the application told as decided, not made then
# "naar de status van haar aanvraag gevraagd": the application as what a call or letter was about
TIE_ABOUT = literals.compile(r"\b(?:(?:status|stand|afhandeling|beoordeling|ontvangst|goedkeuring|afwijzing)\s+van"
                             r"|over)\s+(?:de|het|haar|zijn|hun|die|deze)\s+$"  # "… over de aanvraag gesproken"
                             # "bevatte alleen een verwijzing naar een nieuwe aanvraag": pointed to, not made
                             r"|\b(?:verwijzing|verwezen|gewezen)\s+(?:naar|op)\s+(?:de|het|een)\s+(?:nieuwe\s+)?$", re.I)
# "gebeld en gevraagd of voor de bestraling een nieuwe aanvraag nodig was": a question whether one
# was needed, none made
ASKED_WHETHER = literals.compile(r"\b(?:gevraagd|vroeg|vroegen|nagevraagd|geïnformeerd|informeerde)\s+of\b[^.;]{0,80}$", re.I)
# "voor de kroon had een nieuwe akkoordverklaring moeten worden aangevraagd": none was made
SHOULD_HAVE = literals.compile(r"\b(?:moet|moest|moeten|moesten)\s+(?:worden\s+)?$", re.I)
# asking to extend an approval already given is no application for care
EXTENSION_ASKED = literals.compile(r"\bom\s+verlenging\s+van\s+(?:de|het|haar|zijn|die|deze)\s+$", re.I)
TIE_DECIDED = literals.compile(r"\s+(?:was|is|werd|waren|zijn|werden)\s+(?:\w+\s+){0,2}?"
                               r"(?:goedgekeurd|afgewezen|toegewezen|geweigerd|gehonoreerd|beoordeeld)\b"
                               # "Op 4 april 2023 heeft de zorgverzekeraar die aanvraag afgewezen" (blind round 50)
                               r"|\s+(?:goedgekeurd|afgewezen|toegewezen|geweigerd|gehonoreerd|ingewilligd)\b", re.I)
APPLICATION_TIE = literals.compile(r"^[^;]{0,220}?(?P<app>ingediend|aangevraagd|aanvra(?:ag|gen)\b"
                             # "toen de orthodontist op 29 juni 2010 een nieuw behandelplan indiende" (blind round 78)
                             r"|\bindiende\b|\bindienden\b"
                             # "heeft verzoeker het ingevulde schadeformulier … aan de zorgverzekeraar gezonden" (blind round 85)
                             r"|" + _FORM_SENT + r"|" + _FORM_NOTIFIED +
                             r"|ter\s+(?:goedkeuring|beoordeling)\s+(?:voorgelegd|ingestuurd)"
                             r"|(?:aan|naar)\s+de\s+(?:ziektekosten|zorg)?verzekeraar\s+(?:is\s+|zijn\s+|werd\s+)?(?:voorgelegd|ingestuurd|toegezonden"
                             r"|gezonden|gestuurd|verstuurd|verzonden)"  # "… een behandelplan … aan de ziektekostenverzekeraar gezonden" (blind round 97)
                             r"|portaal\b[^;]{0,240}?\b(?:toe)?(?:gezonden|gestuurd|verstuurd|verzonden)\b"  # (blind round 133)
                             r"|ter\s+(?:goedkeuring|beoordeling)\s+aan\s+de\s+(?:ziektekosten|zorg)?verzekeraar\s+(?:gestuurd|toegezonden|verzonden)"
                             # "heeft hij de zorgverzekeraar een behandelplan … gezonden"
                             r"|verzekeraar\s+(?:van\s+(?:de|het|haar|zijn)\s+[\w-]+\s+(?:van\s+(?:de\s+|het\s+)?[\w-]+\s+)?)?(?:een\s+|het\s+|zijn\s+)?(?:nieuw\w*\s+|gewijzigd\w*\s+)?(?:behandelplan|begroting)\b[^.;]{0,80}?\b(?:gezonden|toegezonden|gestuurd|verstuurd|ontvangen)\b"
                             # "het schadeformulier is … op 12-03-2008 bij de verzekeraar binnengekomen"
                             r"|\bbij\s+de\s+(?:ziektekosten|zorg)?verzekeraar\s+(?:is\s+)?(?:binnengekomen|ontvangen)\b"
                             # "… is bij de zorgverzekeraar een behandelplan van het centrum binnengekomen"
                             r"|\bbij\s+de\s+(?:ziektekosten|zorg)?verzekeraar\s+(?:een|het)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:behandelplan|begroting)\b[^.;]{0,80}?\b(?:binnengekomen|ontvangen|ingediend)\b"
                             # "… op 27 mei 2011 een melding van het ongeval binnengekomen"; "door de … is ontvangen"
                             r"|\bmelding\s+van\s+(?:het|een|dat)\s+ongeval\b[^.;]{0,80}?\b(?:binnengekomen|ontvangen)\b"
                             # "heeft de ziektekostenverzekeraar een schadeformulier ongevallendekking ontvangen"
                             r"|(?:schade|melding)s?formulier\b[^.;]{0,60}?\b(?:binnengekomen|ontvangen)\b"
                             r"|\bdoor\s+de\s+(?:ziektekosten|zorg)?verzekeraar\s+(?:is\s+)?ontvangen\b"
                             # "de verzekeraar een begroting gezonden …, met het verzoek om vergoeding"
                             r"|(?:begroting|behandelplan)\s+(?:[\w-]+\s+){0,3}?(?:gezonden|toegezonden|gestuurd)\b[^.;]{0,120}?\bverzoek\s+om\s+(?:een\s+)?(?:akkoordverklaring|machtiging|toestemming|vergoeding)"
                             r"|" + _ASKED + "|" + _REFUND + ")", re.I)
# ... or "In een brief van 17 april 2024 schrijft de zorgverzekeraar daarover" (blind round 170)
INSURER_WROTE = literals.compile(r"\s*,?\s*(?:[\w-]+\s+){0,4}?(?:heeft|hebben|is|zijn|schrijft|schreef|meldt|meldde|deelt|deelde)\s+(?:de\s+|het\s+)?(?:(?:ziektekosten|zorg)?verzekeraar|Zorginstituut|CVZ|commissie)\b", re.I)
DECIDED = literals.compile(r"^[^;]{0,220}?(?:afgewezen|meegedeeld|geweigerd|beslist|gegeven|afgegeven|verleend"
                           r"|beoordeeld|toegewezen|goedgekeurd"
                           r"|naar\s+aanleiding\s+van|(?:in|als)\s+(?:antwoord|reactie)\s+op)", re.I)


# "de aanvraag van 14 februari 2025": the application named with a date of its own.
OWN_DATE = literals.compile(r"\s*(?:van|d\.d\.)(?:\s+\d|\s*$)", re.I)  # its date may open the next clause
# "om de aanvraag … in te dienen": the application as a purpose, not as an act done then.
PURPOSE = literals.compile(r"\bom\s+(?:de\s+|een\s+)?$", re.I)
# "als het centrum op 11 september 2017 een nieuwe aanvraag had ingediend": a hypothesis, nothing made
IF_BEFORE = literals.compile(r"\b(?:als|indien|wanneer|ingeval)\b[^,;.]{0,60}$", re.I)
HAD_MADE = literals.compile(r"[^.;]{0,120}?\b(?:had|hadden)\s+(?:[\w-]+\s+){0,2}?(?:ingediend|aangevraagd|gedaan|gevraagd)\b", re.I)
# "gewezen op de mogelijkheid een nieuwe aanvraag in te dienen": an application still to be made
STILL_TO_MAKE = literals.compile(r"\s+(?:in\s+te\s+dienen|te\s+doen|te\s+(?:laten\s+)?indienen"
                                 # "dat na zes maanden een nieuwe aanvraag nodig is": one needed (blind round 76)
                                 r"|(?:nodig|vereist|noodzakelijk)\s+(?:is|was|zou\s+zijn|werd)(?!\s+(?:ingediend|ontvangen)))\b"
                                 # "gemeld dat er een aanvraag onderweg was": one announced (blind round 153)
                                 r"|\s+(?:(?:was|is|waren|zijn)\s+)?(?:onderweg|in\s+aantocht)\b"
                                 # "de aanvraag vóór de eerste zitting via het portaal had kunnen indienen": one
                                 # that could have been made (blind round 153)
                                 r"|[^.;,]{0,60}?\bhad(?:den)?\s+(?:kunnen|moeten|mogen)\s+(?:worden\s+)?"
                                 r"(?:indienen|ingediend|aanvragen|aangevraagd|versturen|verstuurd|sturen|gestuurd)\b", re.I)


def _own_clause(text: str, d: DateMention, end: int) -> str:
    """The text after a date up to the next date that opens a clause of its own ("op 24 september
    2012 een röntgenfoto laten maken en op 8 oktober 2012 een aanvraag ingediend"); a plain list
    of dates ("3 februari en 4 maart 2025") stays one clause."""
    nxt = next((n for n in find_dates(text, d.end, end) if n.start > d.end), None)
    if nxt and len(text[d.end:nxt.start].split()) > 3 and not NAMED_BY_DATE.search(text, d.end, nxt.start) \
            and not DOCUMENT_NAMED.search(text, d.end, nxt.start):  # "…, onder overlegging van een voorschrift van …"
        end = nxt.start
    return text[d.end:end]


# "… heeft verzoeker het ongeval van 5 november 2017 … gemeld": a date naming the accident the
# clause reports (a plan named by its date, "het behandelplan van 8 augustus 2011", is the one
# the clause's verb tells of)
NAMED_BY_DATE = literals.compile(r"\b(?:ongeval|ongeluk)\w*\s+(?:van|d\.d\.)\s*$", re.I)


# the committee settling the day a disputed application was made: "De aanvraag is dus op 8 december 2023
# ingediend" (blind round 77)
SETTLED = literals.compile(r"\baanvraag\s+(?:is|werd)\s+(?:dus|daarom|daarmee|derhalve|dan\s+ook)\s+(?:pas\s+)?op\s*$"
                          # "De commissie gaat er dus van uit dat de aanvraag op 12 juni 2023 … is ontvangen" (blind round 108)
                          r"|\b(?:gaat|ging)\s+(?:de\s+commissie\s+)?(?:er\s+)?(?:[\w-]+\s+){0,3}?van\s+uit\s+dat\s+de\s+aanvraag\s+op\s*$"
                          # "De commissie stelt vast dat de aanvraag op 14 november 2024 … is ontvangen" (blind round 181)
                          r"|\b(?:stelt|stellen)\s+(?:[\w-]+\s+){0,2}?vast\s+dat\s+de\s+aanvraag\s+op\s*$",
                          re.I)
# "De aanvraag is (pas) op 28 januari 2025 (door de zorgverzekeraar) ontvangen": the application as the
# subject of its own arrival (blind round 75), or of its making ("is op 15 februari 2016 gedaan", round 83)
MADE_ON_BEFORE = literals.compile(r"(?:\baanvra(?:ag|gen)|(?:\b|schade|melding)formulier)\s+(?:is|zijn|werd|werden)\s+"
                                  r"(?:pas\s+|al\s+|eerst\s+|reeds\s+)?op\s*$", re.I)
# "Het formulier draagt het ontvangststempel van de zorgverzekeraar van 2 maart 2016": the day the stamp
# gives is its arrival (blind round 85); not an event the receipt is placed against ("blijkens het
# ontvangststempel na de aflevering van 10 maart 2015 ontvangen", blind round 111)
STAMPED_ON = literals.compile(r"\bontvangststempel\b(?:(?!\b(?:na|vóór|voor|nadat|voordat|sinds|vanaf)\b)[^.;]){0,60}?"
                              r"\bvan\s*$", re.I)
MADE_ON_AFTER = literals.compile(r"\s*(?:(?:door|bij)\s+(?:de\s+)?[\w-]+\s+(?:(?:is|werd)\s+)?)?(?:ontvangen|binnengekomen|ingediend|ingestuurd|gedaan)\b",
                                 re.I)


# "Het behandelplan … is gedagtekend 3 november 2011 en is op die dag aan de zorgverzekeraar verzonden": the plan's
# date is also the day it was sent (blind round 127)
SENT_THAT_DAY = literals.compile(r"\s*,?\s+en\s+(?:is|werd|zijn|werden)\s+(?:[\w-]+\s+){0,2}?op\s+(?:die|dezelfde)\s+dag\b[^.;]{0,80}?"
                                 r"\b(?:verzonden|gezonden|toegezonden|verstuurd|gestuurd|ingediend|ingestuurd|voorgelegd)\b", re.I)


COUNTED_END_BEFORE = literals.compile(r"\b(?:dagen|weken|maanden|maand|jaar)\s+na\s+(?:\w+\s+)?\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d\s+"
                                      r"(?:is|was|valt|viel)\s+(?:dus\s+|daarom\s+)?(?:op\s+)?$", re.I)


FORM_BEFORE = literals.compile(r"\bformulier\b[^.;]{0,60}$", re.I)
HANDED_IN = literals.compile(r"\s*(?:[\w-]+\s+){0,2}?" + _HANDED_IN, re.I)


def _not_application(text: str, d: DateMention, a: int, b: int) -> bool:
    """Keep a date only where the sentence ties it to making the application.

    A letter's date counts when the letter is the application ("Bij brief van 9 januari 2009
    heeft de tandarts een behandelplan ingediend"), not when it answers one.
    """
    before = _no_weekday(text[max(a, d.start - 60):d.start])
    if FORM_BEFORE.search(before) and HANDED_IN.match(text, d.end, b):
        return False  # "het formulier … op 20 juni 2016 afgegeven bij het servicepunt": handed in that day (blind round 156)
    if COUNTED_END_BEFORE.search(before):
        return True  # "Twee maanden na 3 mei 2011 is 3 juli 2011": a term's end counted (blind round 131)
    if DATED.search(before) and any(x.earliest for x in find_dates(text, d.end, b)):
        # "het behandelplan, gedateerd 20 april 2020, is op 24 april 2020 … binnengekomen" (or only
        # "in februari 2016": its arrival then is not printed to the day)
        return True
    if SENT_THAT_DAY.match(text, d.end, b):
        return False  # the plan's date, and the day it was sent
    if PLAN_DATED.search(before):
        return True  # "Dat het behandelplan is gedagtekend op 1 april 2019, zegt niet wanneer …": a plan's own date
    if COPY_NAMED.search(before):
        return True  # "een afschrift van het behandelplan van 9 maart 2011 gevoegd": the plan's own date (blind round 100)
    if SENT_AGAIN.match(text, d.end, b):
        return True  # the same form sent again: the application is the first sending (blind round 104)
    if SIGNED_AFTER.match(text, d.end, b):
        return True  # "een … op 4 februari 2011 ondertekend schadeformulier ontvangen": the form's own day (blind round 93)
    if _insurer_received(text, d, a, b) or STAMPED_ON.search(before) or (
            MADE_ON_BEFORE.search(before) and MADE_ON_AFTER.match(text, d.end, b)):
        return False
    if RECEIVED_AFTER.match(text, d.end, b) or (IF_BEFORE.search(before) and HAD_MADE.match(text, d.end, b)):
        return True
    after = _own_clause(text, d, min(b, d.end + 220))  # a long object between the date and the verb
    if (NOT_APPLICATION_BEFORE.search(before) or ACCIDENT_AFTER.match(after)
            or NOT_APPLICATION_AFTER.match(after) or DECIDED_ON.match(after)
            or BILL_BEFORE.search(before)):  # "de nota's op 12 januari 2009 ter vergoeding ingediend"
        return True
    tie, decided = APPLICATION_TIE.search(after), DECIDED.search(after)
    if tie and not _made(after, tie):
        tie = None
    if LETTER_BEFORE.search(before):  # the letter is the application only when the applicant wrote it
        return not tie or bool(decided) or bool(INSURER_WROTE.match(after))
    if re.search(r"aanvra(?:ag|gen)\s+(?:van|d\.d\.|ingediend\s+op)\s*(?:\d.{0,20}en\s+)?$", before, re.I):
        return False
    if re.search(r"\b(?:is|zijn|werd|werden)\s+(?:\w+\s+){0,2}?(?:aangevraagd|ingediend|ingestuurd)\s+op\s*$",
                 before, re.I):
        return False  # "de machtiging is aangevraagd op 14 januari 2013"
    if re.search(r"aanvra(?:ag|gen)\s+op\s*$", before, re.I):  # "die aanvraag op 24 juni 2009 afgewezen": the verb's date
        return bool(decided) and (not tie or decided.end() < tie.end())
    return not tie or bool(decided and decided.end() < tie.end())


# The insurer received the plan that day: "De zorgverzekeraar heeft dat plan op 5 april 2018
# ontvangen", "De ziektekostenverzekeraar heeft op 19 oktober 2015 een behandelplan van de tandarts ontvangen"
_GOT = r"(?:ontvangen|binnengekregen)\b"
# ... or the claim form ("heeft het formulier op 11 juni 2009 ontvangen", "een door verzoeksters moeder ingevuld
# formulier 'Melding tandongeval' ontvangen", blind round 93)
_THE_FORM = r"(?:een|het|dat|dit)\s+(?:[\w'-]+\s+){0,10}?(?:(?:schade|melding|aanvraag)s?)?formulier\b"
# ... or a supplier's quotation for an aid ("De zorgverzekeraar heeft deze offerte op 16 februari 2011 ontvangen", round 170)
_THE_PLAN = (r"(?:(?:een|het|dat|dit|zijn|haar)\s+(?:nieuw\w*\s+|gewijzigd\w*\s+)?(?:behandel)?plan\b"
             r"|(?:een|de|die|deze|zijn|haar)\s+(?:nieuw\w*\s+|tweede\s+)?offerte\b|" + _THE_FORM + ")")
# "Op 6 juni 2011 heeft de ziektekostenverzekeraar een schriftelijk verzoek van verzoekster om vergoeding ontvangen"
THEN_GOT = literals.compile(r"\s*heeft\s+de\s+(?:zorg|ziektekosten)?verzekeraar\s+(?:(?:een|het|de|dat|die)\s+"
                            r"(?:nieuw\w*\s+|gewijzigd\w*\s+|schriftelijk\w*\s+)?(?:behandelplan|plan|aanvraag|verzoek"
                            # "een ongevalsmelding van verzoeker ontvangen" (blind round 168)
                            r"|ongevalsmelding|schademelding)\b|"
                            + _THE_FORM + r")[^.;,]{0,80}?\b(?:ontvangen|binnengekregen)\b", re.I)
# ... or the application with its plan: "De ziektekostenverzekeraar heeft de aanvraag met dat behandelplan op 5
# september 2018 ontvangen" (blind round 119)
PLAN_GOT_ON = literals.compile(r"verzekeraar\s+(?:heeft|had)\s+(?:" + _THE_PLAN
                               + r"|(?:de|die|deze|zijn|haar)\s+aanvraag(?:\s+(?:met|en)\s+(?:het|dat|dit|een|zijn|haar|de)\s+"
                               r"(?:behandel)?plan)?)(?:\s+van\s+(?:de|het|haar|zijn)\s+[\w-]+)?\s+op\s*$", re.I)
GOT = literals.compile(r"\s*" + _GOT, re.I)
# "Met een schadeformulier van 8 juli 2016, dat de ziektekostenverzekeraar op 12 juli 2016 heeft ontvangen, heeft verzoeker
# het ongeval gemeld" (blind round 163): the form's arrival, told in a clause of its own
# … or an application so told: "is een nieuwe aanvraag ingediend, die de zorgverzekeraar op 3 april 2024 heeft ontvangen"
# (blind round 170)
FORM_GOT_ON = literals.compile(r"(?:(?:schade|melding|ongeval|ongevallen|aanvraag)s?formulier|\baanvraag|behandelplan|offerte)\b"
                               r"[^.;]{0,40}?,\s*(?:dat|die)\s+de\s+"
                               r"(?:zorg|ziektekosten)?verzekeraar\s+op\s*$", re.I)
HAS_GOT = literals.compile(r"\s*(?:heeft|had)\s+" + _GOT, re.I)
GOT_ON = literals.compile(r"verzekeraar\s+(?:heeft|had)\s+op\s*$", re.I)
SIGNED_AFTER = literals.compile(r"\s+(?:ondertekend|ondertekende|getekend|getekende|gedagtekend|gedagtekende)\b", re.I)
LETTER_GOT_ON = literals.compile(r"\bbrief\s+van\s+\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d\s*,\s*door\s+de\s+(?:zorg|ziektekosten)?verzekeraar\s+"
                                 r"ontvangen\s+op\s*$", re.I)
PLAN_SENT = literals.compile(r"\s*,\s*heeft\s+(?:de|het|haar|zijn)\s+[\w-]+\s+(?:[\w-]+\s+){0,6}?(?:behandelplan|begroting)\b"
                             r"[^.;]{0,60}?\b(?:toegezonden|gezonden|gestuurd|verstuurd|ingediend)\b", re.I)
PLAN_GOT = literals.compile(r"\s*" + _THE_PLAN + r"[^.;,]{0,60}?\b" + _GOT, re.I)


def _insurer_received(text: str, d: DateMention, a: int, b: int) -> bool:
    """Whether the date is the day the insurer received the plan (the clause's own verb), or the
    arrival of the letter that sent it ("Bij brief van 11 maart 2024, door de zorgverzekeraar ontvangen op
    14 maart 2024, heeft de tandarts … een behandelplan toegezonden", blind round 93)."""
    lo = max(a, d.start - 90)
    return bool((PLAN_GOT_ON.search(text, lo, d.start) and GOT.match(text, d.end, b))
                or (GOT_ON.search(text, lo, d.start) and PLAN_GOT.match(text, d.end, b))
                or THEN_GOT.match(text, d.end, b)
                or (FORM_GOT_ON.search(text, lo, d.start) and HAS_GOT.match(text, d.end, b))
                or (LETTER_GOT_ON.search(text, lo, d.start) and PLAN_SENT.match(text, d.end, b)))


# "was er op 16 februari 2017 geen storing en is er die dag … geen aanvraag gestart": none made
NONE_MADE = literals.compile(r"\bgeen\s+(?:nieuwe\s+|enkele\s+)?$", re.I)


def _made(after: str, tie: re.Match) -> bool:
    """Whether the words tying the date to an application tell one made then: not one still to be
    made ("om de aanvraag in te dienen", "een nieuwe aanvraag in te dienen"), one dated apart
    ("vóór de aanvraag van 14 februari 2025"), one decided or talked about, an extension asked
    ("om verlenging van de akkoordverklaring gevraagd"), one asked about ("gevraagd of een nieuwe
    aanvraag nodig was") or one owed ("had moeten worden aangevraagd")."""
    at, end = tie.start("app"), tie.end()
    if tie["app"].lower().startswith("aanvra") and (
            PURPOSE.search(after, 0, at) or STILL_TO_MAKE.match(after, end) or OWN_DATE.match(after, end)
            or TIE_DECIDED.match(after, end) or TIE_ABOUT.search(after, 0, at)
            or ASKED_WHETHER.search(after, 0, at) or NONE_MADE.search(after, max(0, at - 20), at)):
        return False
    return not (EXTENSION_ASKED.search(after, 0, at) or SHOULD_HAVE.search(after, 0, at)
                or NOT_MEANT.search(after, 0, at) or PLACED_AGAINST.search(after, max(0, at - 20), at)
                or MAIN_CLAUSE.search(after, 0, at))


# "al op 24 februari 2022 een eerste gesprek gevoerd, vóór de aanvraag": the date is another event's,
# placed against the application (blind round 111); unaccented "voor" may mean "for", and is left
PLACED_AGAINST = literals.compile(r"\b(?:vóór|na|nadat|voordat|sinds)\s+(?:de|het|die|deze|zijn|haar)\s+(?:\w+\s+)?$", re.I)
# "Dat hij op 8 maart 2022 om aanvullende stukken heeft gevraagd, maakt niet dat de aanvraag pas …":
# the date stands in a subject clause, the application in the main clause after it (blind round 111)
MAIN_CLAUSE = literals.compile(r",\s*(?:maakt|maakte|maken|betekent|betekende|brengt|bracht|leidt|leidde|doet|deed)\b",
                               re.I)
# "een standaardbrief, die … niet betekent dat een volledige aanvraag is ontvangen": an application
# denied (blind round 68)
NOT_MEANT = literals.compile(r"\bniet\s+(?:betekent|betekende|betekenen|inhoudt|inhield|wil\s+zeggen)\s+dat\b[^.;]*$", re.I)
