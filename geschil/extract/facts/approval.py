"""The akkoordverklaring: the insurer's prior approval, its date and validity window, and a later
approval that replaces or extends it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from geschil import literals
from geschil.dates import MONTHS, ORDINAL_DAY, DateMention, add_months, find_dates
from geschil.extract.facts.common import (
    LETTER_BEFORE,
    NAMES_APPLICATION,
    PARTY_VIEW,
    PERIOD_PRECISIONS,
    POSITIONS,
    TOLD,
    TREATMENT_KIND,
    UNPROVEN,
    _own_comma_clause,
    _section_kind,
    _sentences,
    _sentences_with,
)
from geschil.extract.head import Found
from geschil.extract.parameters import APPROVAL_VALIDITY, CARE_DUE, ISSUE, in_unit, number
from geschil.extract.sections import Section
from geschil.extract.text import sentences, squash

APPROVAL = literals.compile(r"akkoordverklaring|machtiging|toestemming"
                            # "akkoord gegeven voor de kroon", "de goedkeuring van 2 februari 2021" (blind rounds 120, 132)
                            r"|\bgoedkeuring\b|\bakkoord\s+(?:gegeven|verleend)\b"
                            # "Dit akkoord is geldig tot en met 31 oktober 2018" (not "akkoord gaan met")
                            r"|\b(?:dit|dat|deze|die)\s+akkoord\b(?!\s+(?:gaan|ging|gingen|gaat)\b)", re.I)
# An approval told without the word: "heeft laten weten akkoord te gaan met het behandelplan",
# "bericht dat de behandeling voor vergoeding in aanmerking komt".
APPROVAL_STATED = literals.compile(r"(?:bericht|laten\s+weten|meegedeeld|medegedeeld|geschreven|(?:delen|deelt|deelden)\s+(?:u|hem|haar|verzoek(?:st)?er)\s+mee)(?:\s*:\s*[\"“„]?\s*|\s+)(?:dat\s+)?(?:(?!niet\b|geen\b)[\w-]+\s+){0,16}?"
                             # "… laten weten: \"Wij gaan akkoord met het behandelplan …\"" (blind round 58)
                             r"(?:akkoord\s+(?:te\s+)?(?:gaan|gaat|ging|gingen)\b|(?:gaan|gaat)\s+akkoord\s+met\b|in\s+aanmerking\s+(?:komt|komen|kwam)\b"
                             r"|(?:worden|wordt|zullen\s+worden)\s+vergoed\b|goed\s+te\s+keuren\b)"
                             # "… meegedeeld dat de behandeling niet ten laste van de zorgverzekering komt, maar dat hij
                             # akkoord gaat met vergoeding ten laste van de aanvullende verzekering" (blind round 90)
                             r"|(?:bericht|laten\s+weten|meegedeeld|medegedeeld)\s+dat\b[^.;]{0,160}?,\s*maar\s+(?:dat\s+)?"
                             r"(?:(?!niet\b|geen\b)[\w-]+\s+){0,8}?(?:akkoord\s+(?:te\s+)?(?:gaan|gaat|ging)\b|(?:gaan|gaat)\s+akkoord\s+met\b)"
                             # "Op 4 oktober 2016 heeft de zorgverzekeraar de behandeling goedgekeurd."
                             # "… heeft de ziektekostenverzekeraar met het nieuwe plan ingestemd"
                             r"|\b(?:heeft|had)\s+de\s+(?:zorg|ziektekosten)?verzekeraar\s+(?:(?!niet\b|geen\b)[\w-]+\s+){0,5}?(?:goedgekeurd|ingestemd)\b"
                             # "De ziektekostenverzekeraar heeft op 2 mei 2008 met de behandeling ingestemd."
                             r"|\bde\s+(?:zorg|ziektekosten)?verzekeraar\s+(?:heeft|had)\s+(?:(?!niet\b|geen\b)[\w-]+\s+){0,7}?(?:goedgekeurd|ingestemd)\b"
                             # "Bij brief van 17 oktober 2023 heeft de zorgverzekeraar zich akkoord verklaard met het behandelplan"
                             r"|\b(?:heeft|had)\s+de\s+(?:zorg|ziektekosten)?verzekeraar\s+zich\s+akkoord\s+verklaard\b"
                             # "De ziektekostenverzekeraar heeft op … een behandelplan … ontvangen en op 2 november
                             # 2015 met dat plan ingestemd" (blind round 50)
                             r"|verzekeraar\b[^.;]{0,160}?\ben\s+(?:op\s+\d[^.;,]{4,20}?\s+)?met\s+(?:dat|het|dit|die|deze)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:behandel)?plan\s+ingestemd\b"
                             # "Bij brief van 20 december 2021 (hierna: de akkoordverklaring) heeft …": the letter
                             # the ruling names the approval
                             r"|\(\s*hierna\s*:?\s*(?:de|het)\s+(?:akkoordverklaring|machtiging|toestemming)\s*\)", re.I)
# A validity counted from the letter's own date ("geldig gedurende zes maanden na dagtekening",
# "zes maanden geldig vanaf de dagtekening"): it starts on the date of issue; its end is not printed.
VALID_FROM_ISSUE = literals.compile(r"\b(?:geldig\w*|geldt|gold)\s+(?:(?:is|was)\s+)?[\"“„']?(?:gedurende\s+|voor\s+de\s+duur\s+van\s+)?"
                                    r"(?:[\w-]+\s+){0,2}?(?:maanden|maand|jaar|weken|dagen)"
                                    r"(?:\s*,?\s*(?:gerekend|te\s+rekenen))?\s+"
                                    r"(?:na|vanaf)\s+" + ISSUE
                                    # "dat de machtiging zes maanden geldig is na de datum van de brief" (blind round 111)
                                    + r"|\b(?:maanden|maand|jaar|weken|dagen)\s+geldig(?:\s+(?:is|was|blijft|bleef))?"
                                      r"(?:\s*,?\s*(?:gerekend|te\s+rekenen))?\s+(?:na|vanaf)\s+"
                                    + ISSUE
                                    # "… moeten worden geplaatst binnen zes maanden, gerekend vanaf de datum van deze brief"
                                    + r"|\b" + CARE_DUE + r"\s+binnen\s+(?:[\w-]+\s+){1,2}?(?:maanden|maand|jaar|weken|dagen)\s*,?\s*"
                                      r"(?:gerekend\s+|te\s+rekenen\s+)?(?:na|vanaf)\s+" + ISSUE, re.I)
# a term from the date of issue whose length is not printed: "dat de machtiging geldig is gedurende de termijn die
# daarin wordt genoemd, te rekenen vanaf de dagtekening van de machtiging" (blind round 141)
TERM_UNPRINTED = literals.compile(r"\bgeldig\w*\s+(?:(?:is|was)\s+)?gedurende\s+de\s+(?:termijn|periode)\s+die\s+"
                                  r"(?:daarin|erin|in\s+(?:de|die|deze)\s+[\w-]+)\s+(?:(?:wordt|is|werd)\s+)?"
                                  r"(?:genoemd|vermeld|aangegeven|staat)\s*,?\s*(?:gerekend|te\s+rekenen)\s+(?:na|vanaf)\s+"
                                  + ISSUE, re.I)
# "De akkoordverklaring van 27 februari 2015 gold tot …": the approval named by its date of issue.
APPROVAL_DATED = literals.compile(r"(?:akkoordverklaring|machtiging|toestemming)\s+(?:van|d\.d\.|gedateerd)\s+(?=\d)"
                                  # "de machtiging die zij heeft ontvangen, is gedagtekend 11 oktober 2011"
                                  r"|(?:akkoordverklaring|machtiging|toestemming)\b[^.;]{0,60}?\b(?:is|was)\s+"
                                  r"(?:gedagtekend|gedateerd)\s+(?:op\s+)?(?=\d)", re.I)
# "omdat deze zorg na afloop van de verlengde akkoordverklaring is verleend": care given, not an
# approval; "de daarvoor afgegeven machtiging": an approval given before, named, not given then
CARE_GIVEN = literals.compile(r"\b(?:zorg|behandeling\w*)\b[^.;,]{0,80}?\b(?:is|wordt|werd|zijn|worden|werden)\s+verleend\b"
                              # "De behandelingen van 3 november 2021 … zijn daarmee binnen de geldigheidsduur van de
                              # machtiging gegeven" (blind round 51)
                              r"|\bbehandelingen?\b[^.;,]{0,80}?\b(?:is|werd|zijn|werden)\s+(?:[\w-]+\s+){0,8}?gegeven\b"
                              r"|\b(?:afgegeven|gegeven|verleende?|verstrekte?|toegekende?)\s+(?:akkoordverklaring|machtiging|toestemming)", re.I)
# ... not a date or an explanation given ("heeft de kliniek verzoekster een nieuwe datum gegeven en haar gevraagd na te
# gaan of uw machtiging … nog geldig is", blind round 143)
APPROVAL_GIVEN = literals.compile(r"(?<!datum\s)(?<!afspraak\s)(?<!toelichting\s)(?<!informatie\s)(?<!uitleg\s)(?<!advies\s)"
                                  r"(?<!opdracht\s)(?<!gelegenheid\s)"
                                  r"\b(?:afgegeven|gegeven|verleend|verstrekt|afgeven|toegekend)\b"  # not "gegevens"
                                  # the approval itself sent, not a request for one ("om een machtiging gestuurd")
                                  # … nor a copy of one given before ("een afschrift van de machtiging aan het
                                  # ziekenhuis gezonden", blind round 89)
                                  r"|(?<!\bom\s)(?<!\bom\seen\s)(?<!\bom\sde\s)(?<!afschrift\svan\sde\s)(?<!kopie\svan\sde\s)"
                                  r"\b(?:akkoordverklaring|machtiging)\s+"
                                  r"(?:[\w-]+\s+){0,3}?(?:verzonden|toegezonden|gezonden|gestuurd|toegestuurd)\b", re.I)
# "heeft dat plan op 5 april 2018 ontvangen en heeft daarop een akkoordverklaring … verzonden": the
# approval told as following the dated event, on no day of its own
THEREUPON = literals.compile(r"\b(?:daarop|daarna|vervolgens|nadien)\b", re.I)
MONTH_WORDS = "|".join(m for m in sorted(MONTHS, key=len, reverse=True) if len(m) > 4 or m == "mei")  # written out
# a term (of notification, by the Algemene termijnenwet) extended: no approval's window
TERM_EXTENDED = literals.compile(r"\b\w*termijn\b[^.;]{0,60}?\bverlengd\b|\bverlenging\s+van\s+(?:de|die|deze)\s+termijn\b", re.I)
# "tot en met vrijdag 31 maart 2017": the day named with its weekday (blind round 123)
WEEKDAY = r"(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\s+)?"
VALIDITY = literals.compile(
    # "toestemming … voor de duur van zes maanden, van 19 januari 2009 tot en met 18 juli 2009"
    # … or an extension: "die hij bij brief van 16 april 2007 heeft verlengd tot en met 21 maart 2008"
    r"(?P<verb>geldig\w*|geldt|gelden|gold|golden|verlengd|verlenging|voor\s+de\s+periode|voor\s+de\s+duur\s+van\s+[^,.;]{1,30}?,)"
    # ... with the letter's words quoted after its verb: "die geldig was \"tot en met 20 november 2015\"", "deze
    # gold \"tot en met 9 oktober 2020\"" (blind round 172); not a registration "als geldig \"t/m …\"" (round 41)
    r"\s+(?:was\s+|is\s+)?(?:(?:(?<=gold\s)|(?<=golden\s)|(?<=was\s)|(?<=is\s))[\"“„'])?"
    # "Deze toestemming geldt voor een behandeling in de periode van 4 juni 2024 tot en met …"
    r"(?:voor\s+(?:een|de|het)\s+[\w-]+\s+)?(?:in\s+de\s+periode\s+)?"
    # ... "voor zorg die vanaf 10 oktober 2022 … tot en met 9 oktober 2023 wordt geleverd" (blind round 175)
    r"(?:voor\s+(?:zorg|behandelingen?)\s+die\s+)?"
    # ... from the letter's own day: "Zij is geldig vanaf de datum van deze brief tot en met 31 augustus 2022"
    r"(?:(?:van(?:af)?|per)\s+(?P<from>.{6,22}?|" + ISSUE + r")"
    # ... its start told what it is: "vanaf 8 maart 2024, de dag waarop wij de aanvraag hebben ontvangen, tot en met …"
    r"(?:\s*,\s*(?:de|het)\s+(?:dag|datum|moment)\s+[^,.;\"”]{3,80},)?\s+)?(?P<rel>tot\s+en\s+met|t/m|tot|until)\s+" + WEEKDAY +
    rf"(?P<until>(?:de\s+)?(?:\d{{1,2}}|{ORDINAL_DAY})[\s-]\S+[\s-]\d{{4}}"  # "tot de zeventiende augustus 2017"
    # "geldig tot en met februari 2012": through the month's last day (blind round 118: 29 in a leap year)
    rf"|(?<=met\s)(?:{MONTH_WORDS})\s+\d{{4}}\b)", re.I | re.S)
# consent given for a stay from one day through another: "toestemming gegeven \"voor een klinische revalidatie in de
# Rehaklinik … van 28 februari 2022 tot en met 3 april 2022\"" (blind round 124)
CONSENT_SPAN = literals.compile(
    r"\b(?:toestemming|machtiging|akkoordverklaring)\s+(?:[\w-]+\s+){0,3}?(?P<verb>gegeven|verleend|afgegeven)\s+[\"“„']?"
    r"voor\s+(?:een|de|het)\s+[^.;\"”]{0,120}?(?:\bvan\s+(?P<from>\d{1,2}\s+[a-z]+\s+\d{4})\s+"
    r"(?P<rel>tot\s+en\s+met|t/m|tot)"
    # ... or through a day alone: "een nieuwe toestemming gegeven voor de opname \"tot en met 10 april 2022\"" (blind
    # round 117)
    r"|\s[\"“„']?(?P<through>tot\s+en\s+met|t/m))\s+(?P<until>\d{1,2}\s+[a-z]+\s+\d{4})", re.I)
# the window in a relative clause, its verb last: "de akkoordverklaring van 14 oktober 2014, die tot en met
# 14 april 2015 gold" (blind round 78)
VALIDITY_AFTER = literals.compile(
    r"\b(?:die|dat|welke)\s+(?:(?:van(?:af)?|per)\s+(?P<from>.{6,22}?)\s+)?(?P<rel>tot\s+en\s+met|t/m|tot)\s+" + WEEKDAY +
    rf"(?P<until>(?:de\s+)?(?:\d{{1,2}}|{ORDINAL_DAY})[\s-]\S+[\s-]\d{{4}})\s+(?P<verb>gold|golden|geldig\s+was|geldig\s+is|geldt)\b",
    re.I | re.S)
# an extension whose new end stands further on in its sentence: "verlengen wij de geldigheidsduur van
# onze akkoordverklaring van 9 maart 2016 voor de implantaten … tot en met 31 januari 2017" (blind round
# 68); not one asked for ("om de akkoordverklaring te verlengen tot …")
EXTENDED_UNTIL = literals.compile(
    r"(?<!te\s)(?P<verb>\bverleng(?:en|t|d|de|den))\b(?!\s+met\b)[^.;]{0,160}?\s(?P<rel>tot\s+en\s+met|t/m|tot)\s+" + WEEKDAY +
    rf"(?P<until>(?:de\s+)?(?:\d{{1,2}}|{ORDINAL_DAY})[\s-]\S+[\s-]\d{{4}})", re.I | re.S)
# ... or a supplement, the care, named by its date beside an approval ("kort na de aanvraag van 11 mei 2022 en de
# aanvulling van 13 mei 2022", "van de aanvraag (11 mei 2022)", blind round 142)
NAMES_OTHER = literals.compile(r"\b(?:aanvulling(?:\s+daarop)?|aanvraag|behandelplan|ingreep|operatie|behandeling)\s*"
                               r"(?:(?:van|d\.d\.)\s*|\(\s*)$", re.I)


def prior_approval(text: str, sections: list[Section]) -> tuple[dict | None, Found | None]:
    """The akkoordverklaring: date of issue and validity window (end inclusive or not).

    The sentence that states the most (a validity window before a bare date of issue) wins; of
    those, the latest issued: a new akkoordverklaring replaces the earlier one.
    """
    replaced = _replaced(text, sections)
    found = _dated_windows(list(_approvals(text, sections)), replaced)  # (value, Found, whether it extends)
    if not found:
        return _undated_given(text, sections, told=_term_from_issue(text, sections) or _term_applied(text, sections))
    if all(_section_kind(sections, h[1].start) in POSITIONS for h in found):
        # only the parties date it, while the facts tell it given on no day with its term from then ("telefonisch
        # toestemming heeft gegeven" … "geldig tot drie maanden na ons telefonische akkoord", blind round 120)
        undated = _undated_given(text, sections, told=True) if _term_from_issue(text, sections) else (None, None)
        if undated[0] is not None:
            return undated
    kept = [h for h in found if h[0]["date"] not in replaced]
    if not kept:  # every approval told is replaced by one the ruling does not date: that one counts
        return _undated_replacement(text, sections, min(replaced.values()))
    found = _extensions_replaced(kept) if replaced else kept
    found = _reckonings_dropped(text, sections, found)
    found = _extensions_told_once(found)
    # an extension's window replaces the window it extends, whichever sentence dates it
    # ... and of two extensions of one approval, the one that extends it further ("verlengen … nogmaals, tot en met
    # 31 maart 2023", blind round 121); a window told again keeps the first telling
    value, where, extends = max(found, key=lambda h: (h[0]["valid_until"] is not None, h[2],
                                                      h[0]["date"] is not None, str(h[0]["date"] or ""),
                                                      str(h[0]["valid_until"] or "") if h[2] else ""))
    later = _given_later_undated(text, found, value["date"]) if value["date"] else None
    if later is not None:
        # "In november 2022 heeft de zorgverzekeraar … een akkoordverklaring voor de tweede fase
        # afgegeven": given after the one dated, on no printed day; the latest is the one that counts,
        # and its day is not printed (blind round 80)
        return later[0], Found(later[0], later[1].start, later[1].end)
    if value["date"] is None:  # the window quoted in one sentence, the letter's date in another
        dated = [v["date"] for v, _, _ in found if v["date"]]
        # an extension is of the approval its own sentence names ("verlengen wij de machtiging van 14 februari
        # 2011 …"), not of one issued after it (blind round 154)
        own = [v["date"] for v, f, _ in found if v["date"] and f.start == where.start]
        value = {**value, "date": own[0] if extends and own else
                 (max(dated) if extends else dated[0]) if dated else None}
    if value["date"] and value["valid_from"] is None and value["valid_until"] is None \
            and (_term_from_issue(text, sections) or _term_unprinted(text, sections)):
        value = {**value, "valid_from": value["date"]}  # "geldig gedurende zes maanden na dagtekening"
    if value["valid_from"] is None and value["valid_until"] is not None:
        # "gold tot 1 september 2015" restates the window "geldig van 1 maart tot 1 september"
        value = {**value, "valid_from": next((v["valid_from"] for v, _, _ in found if v["valid_from"]
                                              and v["valid_until"] == value["valid_until"]), None)}
    if value["valid_from"] is None and value["date"] and any(
            v["valid_until"] == value["valid_until"] and _from_issue(text, f) for v, f, _ in found):
        # "Zij is geldig vanaf de datum van deze brief tot en met …": from the day of issue (blind round 157)
        value = {**value, "valid_from": value["date"]}
    if value["valid_from"] is None and extends and value["date"]:
        # an extension carries on the window it extends: it starts where that one did ("verlengen wij onze toestemming
        # van 12 januari 2015 tot en met 29 maart 2015", first "geldig van 19 januari 2015 …", blind round 142)
        value = {**value, "valid_from": next((v["valid_from"] for v, _, e in found if not e and v["valid_from"]
                                              and v["date"] == value["date"]), None)}
    if value["valid_from"] is None and value["valid_until"] is not None:
        # "Deze toestemming geldt met terugwerkende kracht tot 1 maart 2021 en is geldig tot en met 28 februari 2022":
        # a retroactive approval starts on the day it reaches back to (blind round 189)
        for f in (h[1] for h in found if h[0]["valid_until"] == value["valid_until"]):
            a, b = text.rfind(".", 0, f.start) + 1, text.find(".", f.end)
            m = RETROACTIVE.search(text, a, b if b > 0 else len(text))
            days = [d for d in find_dates(text, m.end(), min(m.end() + 30, len(text))) if d.date] if m else []
            if days and days[0].start - m.end() < 4:
                value = {**value, "valid_from": days[0].date}
                break
    return value, Found(value, where.start, where.end)


RETROACTIVE = literals.compile(r"\bmet\s+terugwerkende\s+kracht\s+(?:tot(?:\s+en\s+met)?|vanaf|per|met\s+ingang\s+van)\s+", re.I)


def _undated_given(text: str, sections: list[Section], told: bool) -> tuple[dict | None, Found | None]:
    """An approval the facts tell given on no day at all ("… en vervolgens een machtiging
    afgegeven"), where its validity runs from its date of issue: it is there, its day is not (blind
    rounds 82 and 111). Only then: an approval told given without a day and without a term from it
    decides nothing, and is often one given after the care. `told`: the facts give that term; else
    the committee's own sentence must tell both, as in a copy that lost the facts dating the approval
    ("In de brief waarin de zorgverzekeraar toestemming heeft gegeven, staat dat de toestemming geldig
    is 'gedurende zes maanden na dagtekening van deze brief'", blind round 115)."""
    for a, b in _sentences_with(text, sections, APPROVAL_GIVEN):
        sentence = text[a:b]
        given = APPROVAL_GIVEN.search(sentence)
        care = CARE_GIVEN.search(sentence)
        where = _section_kind(sections, a)
        if not (where in TOLD and told or where == "assessment" and VALID_FROM_ISSUE.search(sentence)):
            continue
        if (not given or not APPROVAL.search(sentence)
                or find_dates(text, a, b) or NOT_GIVEN.search(sentence)
                or (FOREIGN.search(sentence) and not ON_BEHALF.search(sentence))
                or (care and care.start() <= given.start() < care.end())):
            continue
        value = {"date": None, "valid_from": None, "valid_until": None, "until_inclusive": None}
        return value, Found(value, a, b)
    return None, None


def _given_later_undated(text: str, found: list, day: dt.date):
    """An approval given on no printed day, told by a period wholly after `day` (value, Found)."""
    for value, where, _ in found:
        if any(value[k] for k in ("date", "valid_from", "valid_until")):
            continue
        periods = [d for d in find_dates(text, where.start, where.end) if not d.date and d.precision in PERIOD_PRECISIONS]
        # the period dates the giving when the sentence opens with it ("In november 2022 heeft de
        # zorgverzekeraar … afgegeven"), not the care that fell within an approval given before
        if periods and all(d.earliest > day for d in periods) \
                and (GIVEN_IN.match(text, where.start, periods[0].start)
                     or GIVEN_THEN.match(text, periods[-1].end, where.end)):
            return value, where
    return None


GIVEN_IN = literals.compile(r"\s*(?:in|rond|medio|begin|eind|omstreeks)\s+(?:de\s+maand\s+)?$", re.I)
# ... or the period right before the verb of giving: "heeft het gewijzigde behandelplan in februari 2024
# goedgekeurd" (blind round 114)
GIVEN_THEN = literals.compile(r"\s*(?:goedgekeurd|afgegeven|gegeven|verleend|verstrekt|toegekend|ingestemd)\b", re.I)


def _extensions_replaced(found: list) -> list:
    """Where a later approval replaced an earlier one, an extension dated before that later approval
    extended what it replaced ("Deze akkoordverklaring komt in de plaats van onze akkoordverklaring van
    15 januari 2024, zoals verlengd bij brief van 28 juni 2024", blind round 65): it no longer holds."""
    latest = max((h[0]["date"] for h in found if not h[2] and h[0]["date"]), default=None)
    if latest is None:
        return found
    return [h for h in found if not (h[2] and h[0]["date"] and h[0]["date"] < latest)] or found


def _from_issue(text: str, where: Found) -> bool:
    """Whether the window told in this sentence runs from the letter's own day."""
    m = VALIDITY.search(text, where.start, where.end)
    return m is not None and bool(m["from"]) and re.fullmatch(ISSUE, m["from"], re.I) is not None


def _extensions_told_once(found: list) -> list:
    """An extension told again keeps its first telling: "De akkoordverklaring van 18 januari 2011 is verlengd
    tot 1 februari 2012" in the facts, "De brief van 19 oktober 2011 vermeldt … dat de akkoordverklaring is
    verlengd tot 1 februari 2012" in the assessment: the same window, not a new approval of the letter's day
    (blind round 157)."""
    seen: set = set()
    kept = []
    for h in found:
        key = (h[0]["valid_until"], h[0]["until_inclusive"])
        if h[2] and h[0]["valid_until"] is not None and h[0]["date"] is not None:
            if key in seen:
                continue
            seen.add(key)
        kept.append(h)
    return kept


def _undated_replacement(text: str, sections: list[Section], at: int) -> tuple[dict, Found]:
    """An approval given on no printed day, with no window of its own, whose evidence is the
    sentence that says it replaced the earlier one."""
    value = {"date": None, "valid_from": None, "valid_until": None, "until_inclusive": None}
    a, b = next(((a, b) for a, b in _sentences(text, sections) if a <= at < b), (at, at))
    return value, Found(value, a, b)
INFERRED = literals.compile(r"\b(?:daardoor|dus|daarmee|zodat|daarom|derhalve)\b", re.I)  # a window reasoned to, not quoted
# the letter's validity as a term counted from an event it does not date ("geldig tot zes maanden na de datum
# waarop wij uw aanvraag hebben ontvangen", blind round 109): any end is somebody's reckoning from that day
VALID_FROM_EVENT = literals.compile(r"\bgeldig\w*\s+(?:tot|gedurende)\s+(?:[\w-]+\s+){0,2}?(?:maanden|maand|jaar|jaren|weken|dagen)"
                                    r"\s+na\s+(?:de\s+)?(?:datum|dag)\s+waarop\b", re.I)


def _reckonings_dropped(text: str, sections: list[Section], found: list) -> list:
    """Where the letter gives its validity as a term ("geldig gedurende 26 weken na dagtekening")
    and the parties, the committee or a register ("In het portaal stond … t/m 06-06-2022") count its
    last day differently, each end is a reckoning the rule redoes from the term, not the letter's:
    they are left out (an extension's new end is a letter's). The committee's own end stays where
    it is one of the term's two readings (the day of issue counted or not: "tot en met 7 juni 2022"
    for twelve weeks after 15 March): its choice between them is its judgement, not a miscount."""
    def reckoned(h) -> bool:
        return h[0]["valid_until"] is not None and not h[2]

    def last_day(h) -> dt.date:
        return h[0]["valid_until"] - dt.timedelta(days=0 if h[0]["until_inclusive"] else 1)

    # a party's own reckoning of an extension ("De machtiging was daardoor geldig tot 2 juli 2025") is
    # its argument, not the extended window, where the facts or the committee tell the approval
    if any(_section_kind(sections, h[1].start) not in POSITIONS for h in found):
        found = [h for h in found if not (h[2] and _section_kind(sections, h[1].start) in POSITIONS
                                          and INFERRED.search(text, h[1].start, h[1].end))]
    if any(_section_kind(sections, a) in TOLD for a, _ in _sentences_with(text, sections, VALID_FROM_EVENT)):
        # a party's end reasoned from the day it says the event fell ("Hij heeft de aanvraag op maandag 3 januari
        # 2022 ontvangen. De toestemming was daarom geldig tot 3 juli 2022"): its argument, not the window
        found = [h for h in found if not (reckoned(h) and _section_kind(sections, h[1].start) in POSITIONS
                                          and INFERRED.search(text, h[1].start, h[1].end))] or found
    last: dict = defaultdict(set)  # by the date of issue they count from (a dispute on that date is another)
    for h in found:
        if reckoned(h):
            last[h[0]["date"]].add(last_day(h))
    disputed = {day for day, ends in last.items() if day is not None and len(ends) > 1}
    term = _issue_term(text, sections)
    if term is None:
        return found
    if _defers_to_letter(text, sections) and any(reckoned(h) and _section_kind(sections, h[1].start) in TOLD
                                                 for h in found):
        # the conditions' term yields to the letter's own window ("zes maanden geldig …, tenzij in de
        # machtiging anders is vermeld", and the letter says "geldig tot en met 30 april 2017"): a
        # party's count from the term is its argument, the letter's end stands (blind round 74)
        return [h for h in found if not (reckoned(h) and (_section_kind(sections, h[1].start) in POSITIONS
                                                          or PARTY_VIEW.search(text, h[1].start, h[1].end)))]
    if not disputed:
        # a refusal's reason quoted in the facts ("geweigerd …, omdat de toestemming 'geldig was tot en met 28
        # februari 2024'") is the insurer's count of the term, as its position is, dated or not (blind round 126)
        found = [h for h in found if not (reckoned(h) and (
            (h[0]["date"] is None and _section_kind(sections, h[1].start) in POSITIONS)
            or REFUSAL_REASON.search(text, h[1].start, h[1].end)))] or found
        # the committee's own end that is neither of the term's readings ("De zes maanden … zijn de
        # maanden september … januari 2012. De toestemming was daarom geldig tot en met 31 januari
        # 2012"): a miscount of the letter's term, not the letter's window
        # a party's count of it is its argument, whichever day it reaches, also where the facts
        # report it ("Volgens de zorgverzekeraar was de machtiging geldig tot 7 juni 2017", blind round 56)
        return [h for h in found if not (reckoned(h) and (h[0]["date"] is not None and (
            _section_kind(sections, h[1].start) in POSITIONS
            or (_section_kind(sections, h[1].start) == "assessment" and not _reading(h, term, _stated_start(text, h))))
            or PARTY_VIEW.search(text, h[1].start, h[1].end)))] or found

    def chosen(h) -> bool:  # the committee's end, one of the term's readings
        return _section_kind(sections, h[1].start) == "assessment" and _reading(h, term)

    # an end told without the approval's date ("Volgens verzoekster was de machtiging geldig tot en
    # met 7 juni 2022") is one more reckoning of the disputed term
    kept = [h for h in found if not (reckoned(h) and h[0]["date"] in disputed | {None}) or chosen(h)]
    # every sentence that dates the approval counts its end: the approval stands with its term alone
    return kept or [({**v, "valid_from": None, "valid_until": None, "until_inclusive": None}, f, x)
                    for v, f, x in found]


def _reading(h, term: tuple[float, str], start: dt.date | None = None) -> bool:
    """Whether a window's last day is one of the two readings of a term from its date of issue
    (the day of issue counted or not); where the committee says on which day the term began
    ("De termijn van zes maanden ving dus aan op 1 september 2023"), the one reading from that day."""
    value = h[0]
    if value["date"] is None or value["valid_until"] is None:
        return False
    last = value["valid_until"] - dt.timedelta(days=0 if value["until_inclusive"] else 1)
    if start is not None and value["date"] <= start <= value["date"] + dt.timedelta(days=1):
        return last == _plus(start, *term) - dt.timedelta(days=1)
    end = _plus(value["date"], *term)
    return last in (end - dt.timedelta(days=1), end)


# the day the committee says a term began: "De termijn van zes maanden ving dus aan op 1 september 2023"
TERM_BEGAN = literals.compile(r"\b(?:termijn|geldigheidsduur|periode)\b[^.;]{0,60}?\b(?:ving|begon|ging)\s+(?:(?:dus|daarom|daarmee|derhalve)\s+)?"
                              r"(?:aan|in|lopen)\s+(?:op|met)\s+$", re.I)
# a refusal and its reason: "heeft … geweigerd de kosten … te vergoeden, omdat …"
REFUSAL_REASON = literals.compile(r"\b(?:geweigerd|afgewezen|weigerde|weigert)\b[^.;]{0,120}?\b(?:omdat|aangezien|want)\b", re.I)


def _stated_start(text: str, h) -> dt.date | None:
    """The day the committee says the window's term began, in its sentence or the one before."""
    a, b = h[1].start, h[1].end
    before = [lo for lo, _ in sentences(text, max(0, a - 400), a)]
    lo = before[-1] if before else a
    for d in find_dates(text, lo, b):
        if d.date and TERM_BEGAN.search(text, lo, d.start):
            return d.date
    return None


UNLESS_OTHERWISE = literals.compile(r"\btenzij\b[^.;]{0,60}?\banders\b", re.I)


def _defers_to_letter(text: str, sections: list[Section]) -> bool:
    """Whether the term from the date of issue is told as the conditions' rule that yields to what the
    approval itself says ("tenzij in de machtiging anders is vermeld")."""
    return any(_section_kind(sections, a) in TOLD and UNLESS_OTHERWISE.search(text, a, b)
               for a, b in _sentences_with(text, sections, VALID_FROM_ISSUE))


def _issue_term(text: str, sections: list[Section]) -> tuple[float, str] | None:
    """The validity term counted from the date of issue, as the facts tell it (value, unit)."""
    for a, b in _sentences_with(text, sections, VALID_FROM_ISSUE):
        if _section_kind(sections, a) not in TOLD:
            continue
        for pattern in APPROVAL_VALIDITY:
            m = pattern.search(text, a, b)
            if m:
                return in_unit(m["unit"], number(m["num"]))
    return None


def _plus(day: dt.date, value: float, unit: str) -> dt.date:
    """The day a term of `value unit` after `day` lands on (whole months keep the day's number)."""
    if unit == "days":
        return day + dt.timedelta(days=round(value))
    months = value * 12 if unit == "years" else value
    return add_months(day, int(months))


def _told_in(text: str, sections: list[Section], pattern: re.Pattern, kinds: tuple[str, ...]) -> bool:
    """Whether a sentence of one of these kinds of section says what the pattern says."""
    return any(pattern.search(text, a, b) for a, b in _sentences_with(text, sections, pattern)
               if _section_kind(sections, a) in kinds)


def _term_from_issue(text: str, sections: list[Section]) -> bool:
    """Whether a sentence of the facts gives the approval's validity as a term from its date of
    issue (the letter's own window; the committee applying a policy's term to it dates no window)."""
    return _told_in(text, sections, VALID_FROM_ISSUE, TOLD)


def _term_applied(text: str, sections: list[Section]) -> bool:
    """Whether the committee's assessment counts the approval's validity from its date of issue
    ("… bepaalt dat de toestemming twaalf maanden geldig is vanaf de datum van de akkoordverklaring"):
    an approval the facts tell given on no day then has its window from a day not printed (blind
    round 140)."""
    return _told_in(text, sections, VALID_FROM_ISSUE, ("assessment",))


def _term_unprinted(text: str, sections: list[Section]) -> bool:
    """Whether the facts or the assessment count the approval's validity from its date of issue for a
    term the ruling does not print: its window starts then, its end is the missing fact."""
    return _told_in(text, sections, TERM_UNPRINTED, (*TOLD, "assessment"))


# "Deze machtiging treedt in de plaats van onze machtiging van 19 juli 2022", "vervangt de
# akkoordverklaring van …": the approval of that date no longer holds, whatever window it told
# ... with words between: "Deze toestemming komt voor de derde fase in de plaats van onze toestemming van 3 maart
# 2011" (blind round 141)
_REPLACES = (r"\b(?:(?:treedt|treden|trad|traden|komt|komen|kwam|kwamen)\s+(?:[\w-]+\s+){0,4}?in\s+de\s+plaats\s+van"
             r"|vervangt|vervingen|verving"
             # "… in de plaats is gekomen van de toestemming van 4 december 2023" (blind round 62)
             r"|in\s+de\s+plaats\s+(?:is|zijn|was)\s+(?:getreden|gekomen)\s+van)\s+"
             r"(?:(?:(?:onze|de|die|deze|uw|zijn|haar|het)\s+)?(?:eerdere\s+)?"
             # "Deze brief vervangt onze brief van 18 augustus 2011": the letter that gave the approval;
             # "Deze akkoordverklaring vervangt die van 2 april 2024" (blind round 62)
             r"(?:akkoordverklaring|machtiging|toestemming|brief)|die|dat)\s+(?:van|d\.d\.)\s+")
REPLACES = literals.compile(_REPLACES + r"(?=\d)", re.I)
REPLACES_BEFORE = literals.compile(_REPLACES + r"$", re.I)  # the replaced one's date, not the sentence's own
# The same told verb last, the replaced one named before its verb: "een nieuwe akkoordverklaring
# afgegeven, die de akkoordverklaring van 20 september 2022 vervangt", "De machtiging van 3 mei 2021
# is vervangen door …". A verb with an object after it ("De akkoordverklaring van … vervangt de
# eerdere") makes the named one the replacing one: the verb must end its clause.
REPLACED_NAME = literals.compile(r"\b(?:akkoordverklaring|machtiging|toestemming|brief)\s+(?:van|d\.d\.)\s+$", re.I)
REPLACED_VERB = literals.compile(r"\s+(?:(?:vervangt|vervangen|verving|vervingen)\s*(?=[.,;:)]|$)"
                                 r"|(?:is|werd|was|zijn|werden)\s+(?:\w+\s+){0,2}?vervangen\b)", re.I)


# "De machtiging van 9 november 2021 is door de machtiging van 15 maart 2022 vervangen": the one
# named after "door" is the replacing one
REPLACER = literals.compile(r"\bdoor\s+(?:de|die|deze|onze|uw|zijn|haar|het)\s+(?:nieuwe\s+)?"
                            r"(?:akkoordverklaring|machtiging|toestemming|brief)\s+(?:van|d\.d\.)\s+$", re.I)


# "… en gold drie maanden, dus tot 2 maart 2016": the end a term is reckoned to, never the day of issue
UNTIL_BEFORE = literals.compile(r"\b(?:tot(?:\s+en\s+met)?|t/m)\s+$", re.I)


def _replaced_last(text: str, day, a: int, b: int) -> bool:
    """Whether a date names an approval its clause says is replaced, the verb told last."""
    before = max(a, day.start - 60)
    return bool(REPLACED_VERB.match(text, day.end, b) and REPLACED_NAME.search(text, before, day.start)
                and not REPLACER.search(text, before, day.start))


def _replaced(text: str, sections: list[Section]) -> dict[dt.date, int]:
    """The issue dates of approvals a later one says it replaces, each with where it is first
    said to be replaced."""
    out: dict[dt.date, int] = {}
    for a, b in _sentences_with(text, sections, REPLACES):
        for m in REPLACES.finditer(text, a, b):
            day = find_dates(text, m.end(), min(b, m.end() + 30))
            if day and day[0].start == m.end() and day[0].date:
                out.setdefault(day[0].date, m.start())
    for a, b in _sentences_with(text, sections, REPLACED_VERB):
        for day in find_dates(text, a, b):
            if day.date and _replaced_last(text, day, a, b):
                out.setdefault(day.date, day.start)
    return out


def _dated_windows(found: list, replaced: dict | None = None) -> list:
    """A window quoted without its letter's date ("In de brief staat: 'Deze akkoordverklaring is
    geldig tot en met …'") is of the approval dated last before it, when one is: of two plans
    approved in turn, each window stays with its own letter, and the later one replaces. When that
    one is replaced before the window is told, the window is the replacing letter's ("Deze brief
    vervangt onze brief van 18 augustus 2011. … in de periode van 1 september 2011 tot en met 29
    februari 2012"): the first dated after it that is not replaced itself."""
    replaced = replaced or {}
    own: dict = {}  # a window a sentence dates by its letter ("De toestemming van 4 december 2023 was geldig tot …")
    for v, _, _ in found:
        if v["date"] is not None and v["valid_until"] is not None:
            own.setdefault(v["valid_until"], v["date"])
    out, last, told = [], None, {}
    for k, (value, where, extends) in enumerate(found):
        if value["date"] is not None:
            last = value["date"]
        elif value["valid_until"] in own and not extends:
            value = {**value, "date": own[value["valid_until"]]}  # that letter's window, quoted (blind round 62)
        elif value["valid_until"] is not None and last is not None and not extends:
            # told after the letter replacing `last`, or in the very sentence that says it replaces it ("Deze
            # toestemming komt … in de plaats van onze toestemming van 3 maart 2011 en is geldig tot en met 29
            # februari 2012", blind round 141)
            if replaced.get(last, where.end) < where.end:
                later = [v["date"] for v, _, _ in found[k + 1:] if v["date"] and v["date"] > last
                         and v["date"] not in replaced]
                last = min(later) if later else last
            # a window told again later ("de eerste machtiging was geldig tot …") stays with
            # the approval it was first told of, not the one dated last before it
            value = {**value, "date": told.setdefault(value["valid_until"], last)}
        out.append((value, where, extends))
    return out


def _window_only(sentence: str) -> bool:
    """A window quoted without a date of issue of its own ("Deze machtiging is geldig tot 1 juli 2024.")."""
    window = VALIDITY.search(sentence)
    return window is not None and not any(
        d.date for d in find_dates(sentence) if not window.start() <= d.start < window.end())


# An approval for another insured person, named as the requester's relative ("voor een behandeling
# van de broer van verzoekster", "die de echtgenote van verzoeker betreft"): a family on one policy, a
# letter the requester relies on. Not a parent (who acts for a minor), nor a relative acting
# "namens" the requester.
_RELATIVE = r"\b(?:broer|zus|zuster|dochter|zoon|echtgeno(?:o)?te?|partner)\s+van\s+verzoek(?:st)?er\b"
FOREIGN = literals.compile(rf"\b(?:akkoordverklaring|machtiging|toestemming)\b[^.;]{{0,120}}?{_RELATIVE}"
                           rf"|{_RELATIVE}[^.;]{{0,120}}?\b(?:akkoordverklaring|machtiging|toestemming)\b", re.I)
ON_BEHALF = literals.compile(r"\bnamens\b", re.I)
# A sentence that extends an approval, its new end told or not ("verlengen wij de geldigheidsduur
# van de akkoordverklaring met twaalf weken")
# ... told, not one that may be made ("en kan alleen schriftelijk worden verlengd", blind round 153)
EXTENDS = literals.compile(r"(?<!kan\s)(?<!kunnen\s)(?<!mag\s)(?<!worden\s)\bverleng(?:en|t|d|de|den)\b", re.I)
# An extension asked for, not given: "heeft de kliniek een nieuwe aanvraag ingediend voor een verlenging
# tot en met 30 april 2021" (blind round 111)
EXTENSION_SOUGHT = literals.compile(r"\b(?:aanvraag|verzoek)\s+(?:\w+\s+){0,3}?(?:voor|om|tot)\s+(?:een\s+|de\s+)?verlenging\b"
                                   r"|\bverlenging\s+(?:\w+\s+){0,3}?(?:aangevraagd|gevraagd|verzocht)\b", re.I)
# An extension told without the approval's name: "U krijgt verlenging tot en met 15 juni 2022."
EXTENDED = literals.compile(r"\bverleng(?:ing|d)\s+(?:tot|t/m)\b"
                            # "Wij verlengen de akkoordverklaring … met zes maanden, zodat deze geldig is tot en met …"
                            r"|\bverleng(?:en|t)\b[^.;]{0,120}?\bgeldig\b", re.I)


# the day a party heard of the approval, not the day it was given ("Verzoeker heeft op 29 maart 2022 van de polikliniek
# gehoord dat de toestemming was verleend", blind round 137)
LEARNED = literals.compile(r"\b(?:gehoord|hoorde|hoorden|vernomen|vernam|vernamen|te\s+horen\s+(?:gekregen|kreeg|kregen))\b", re.I)


def _approvals(text: str, sections: list[Section]):
    """(value, Found, whether it extends an approval) of each sentence that gives or names one."""
    extending = -1  # where the last sentence that extends an approval ("verlengen wij …") ends
    extended_at = -1  # ... and where it starts: the evidence of the window told after it
    foreign = -1  # where the last sentence about another insured person's approval ends
    granted = -1  # where the last sentence that gives an approval ends
    worded = -1  # where the last sentence naming an approval ends
    for a, b in _sentences_with(text, sections, APPROVAL, APPROVAL_STATED, EXTENDED, COVERED, PRONOUN_WINDOW, OWN_CONSENT):
        sentence = text[a:b]
        if EXTENSION_SOUGHT.search(sentence) and not EXTENDS.search(sentence) and not APPROVAL_GIVEN.search(sentence):
            continue
        if UNPROVEN.match(text, a, b):
            continue  # "Dat de toestemming op 2 augustus 2021 is gegeven …, is dus niet komen vast te staan" (blind round 120)
        if TERM_EXTENDED.search(sentence) and not APPROVAL.search(sentence):
            continue  # "werd die termijn verlengd tot en met maandag 27 april 2020": a term of the conditions, no approval
        # "Deze akkoordverklaring vervangt … . Zij is geldig van 3 oktober 2022 tot en met 2 april 2023.":
        # the window of the approval the sentence right before names (blind round 60)
        pronoun = worded >= 0 and not text[worded:a].strip(QUOTE_MARKS) and PRONOUN_WINDOW.match(sentence)
        worded = b if APPROVAL.search(sentence) or APPROVAL_STATED.search(sentence) else -1
        if not APPROVAL.search(sentence) and COVERED.search(sentence):
            # "Wij geven u toestemming voor … . Wij vergoeden de kosten …, voor zover de behandeling
            # plaatsvindt in de periode van 1 september 2011 tot en met 29 februari 2012.": the
            # window of the approval given in the sentence right before
            window = COVERED_WINDOW.search(sentence) if granted >= 0 and not text[granted:a].strip(' "“”') else None
            if window is not None:
                yield _window_value(window), Found(_window_value(window), a, b), False
            continue
        # "een machtiging … voor een behandeling van de broer van verzoekster. In die brief staat:
        # 'Deze machtiging is geldig tot 1 juli 2024.'": another person's approval, and its window
        if (FOREIGN.search(sentence) and not ON_BEHALF.search(sentence)) or (
                foreign >= 0 and len(text[foreign:a].strip()) < 40 and _window_only(sentence)):
            foreign = b
            continue
        foreign = -1
        stated = APPROVAL_STATED.search(sentence)
        # "… verlengen wij de geldigheidsduur … met twaalf weken. De akkoordverklaring is daarmee
        # geldig tot en met 5 juni 2017.": the window right after an extension is the extended one
        after_extension = extending >= 0 and not text[extending:a].strip()
        told_from = extended_at if after_extension else a
        # ("… komt in de plaats van onze akkoordverklaring van 15 januari 2024, zoals verlengd bij brief van
        # 28 juni 2024": the replaced approval's extension named, no extension told)
        extending = b if EXTENDS.search(sentence) and not REPLACES.search(sentence) else -1
        extended_at = a
        extends = bool(EXTENDED.search(sentence)) or after_extension
        # the insurer's letter quoted after its introduction ("Bij brief van 15 maart 2011 heeft de
        # ziektekostenverzekeraar het volgende bericht: \"… Wij gaan akkoord met …\"", blind round 62)
        consent = OWN_CONSENT.search(sentence)
        quoted = _quoted_letter_day(text, a + consent.start()) if consent else None
        if not APPROVAL.search(sentence) and not stated and not extends and not pronoun and not quoted:
            continue
        validity = VALIDITY.search(sentence) or VALIDITY_AFTER.search(sentence)
        spanned = CONSENT_SPAN.search(sentence) if validity is None else None
        validity = validity or spanned
        extended_until = None if validity else EXTENDED_UNTIL.search(sentence)
        validity, extends = validity or extended_until, extends or extended_until is not None
        # "laten weten: \"Wij geven opnieuw toestemming voor …\"" (blind round 62)
        given = APPROVAL_GIVEN.search(sentence) or stated or GIVES.search(sentence) or (consent if quoted else None)
        # given in the letter's own words: only the letter's date is its day, not one the quote tells
        # ("… volgens het behandelplan … dat wij op 6 september 2021 ontvingen")
        in_own_words = bool(given) and not (APPROVAL_GIVEN.search(sentence) or stated)
        if given and not stated and NOT_GIVEN.search(sentence):
            given = None  # "toestemming vooraf is niet gegeven": no approval
        care = CARE_GIVEN.search(sentence) if given and not stated else None
        if care and care.start() <= given.start() < care.end():
            given = APPROVAL_GIVEN.search(sentence, care.end())  # the care was given, not the approval
        granted = b if (given and not stated) or GIVES.search(sentence) else -1
        if not validity and not given and not APPROVAL_DATED.search(sentence):
            continue
        value = _window_value(validity) if validity else \
            {"date": None, "valid_from": None, "valid_until": None, "until_inclusive": None}
        # not the care's date, nor an application's ("de aanvraag van 14 maart 2023, waarop de
        # machtiging is verstrekt" dates the application, not the approval)
        # ... nor the day it lapsed ("De toestemming is in oktober 2023 gegeven en was op 11 april 2024
        # verlopen": given in a month only, blind round 96)
        dates = [d for d in find_dates(text, a, b) if not (d.date and LAPSED_ON.match(text, d.end)
                                                            and ON_DAY.search(text, max(a, d.start - 8), d.start))]
        issued = [d for d in dates if d.date and not _in_validity(d, a, validity)
                  and not _care_clause(text, d, a, b)
                  and not NAMES_APPLICATION.search(text, max(a, d.start - 30), d.start)
                  and not NAMES_OTHER.search(text, max(a, d.start - 40), d.start)
                  and not REPLACES_BEFORE.search(text, max(a, d.start - 90), d.start)
                  and not _replaced_last(text, d, a, b)
                  and not UNTIL_BEFORE.search(text, max(a, d.start - 20), d.start)
                  and not (NOT_THAT_DAY.search(text, max(a, d.start - 60), d.start) and not CONSENT_IN_CLAUSE.match(text, d.end))
                  and not CARE_DONE.match(text, d.end)
                  and not LEARNED.search(text, max(a, d.start - 30), min(b, d.end + 80))]
        later = [d for d in issued if _told_after(text, d, b)]
        issued = [d for d in issued if d not in later]
        named = None if given else APPROVAL_DATED.search(sentence)
        if named:  # "De akkoordverklaring van <date> gold tot …": the date that names it
            issued = [d for d in issued if d.start == a + named.end()]
        if spanned is not None:
            # "bij brief van 4 april 2008 toestemming gegeven voor het vervoer van …": the letter's day, the
            # one nearest before the consent (not the application's arrival told before it)
            issued = [d for d in issued if d.start < a + spanned.start()][-1:] or issued
        if validity and validity["verb"].lower().startswith("verleng"):
            # an extension is issued by the letter that extends: the date nearest before the verb
            before = [d for d in issued if d.start < a + validity.start()]
            issued = before[-1:] or issued
            given = given or validity
        if stated and not validity and len(issued) > 1:
            # the day of the clause that tells the consent: the last before its verb
            issued = [d for d in issued if d.start < a + stated.end()][-1:] or issued
        if in_own_words:
            issued = [d for d in issued if LETTER_BEFORE.search(text, max(a, d.start - 30), d.start)]
        if quoted and not issued and not validity:
            issued = [quoted]
        if issued and (given or named):
            value["date"] = issued[0].date
        if any(value[k] for k in ("date", "valid_from", "valid_until")):
            # the window told right after its extension keeps the extension in its evidence
            yield value, Found(value, told_from, b), extends and value["valid_until"] is not None
        elif given and dates and (not any(d.date for d in dates) or (later and not issued)):
            # "In het voorjaar van 2023 heeft de zorgverzekeraar een machtiging verstrekt": given,
            # dated by a period only, on no day the ruling prints (null, never the period's first day);
            # or given after the dated event and on no day of its own
            yield value, Found(value, a, b), False


LAPSED_ON = literals.compile(r"\s*(?:(?:is|was)\s+)?(?:verlopen|verstreken|afgelopen|geëindigd)\b", re.I)
ON_DAY = literals.compile(r"\b(?:op|per)\s+$", re.I)


# consent in the letter's own words: "Wij gaan akkoord met …", "… dat wij akkoord gaan met …", "Wij vergoeden …"
OWN_CONSENT = literals.compile(r"\b(?:wij|we)\s+(?:gaan|gingen)\s+(?:\w+\s+)?akkoord\s+met\b"
                               r"|\b(?:wij|we)\s+akkoord\s+(?:gaan|gingen)\s+met\b"
                               # "Wij vergoeden de wortelkanaalbehandeling … ten laste van uw aanvullende verzekering"
                               r"|\b(?:wij|we)\s+vergoeden\b(?![^.;]{0,160}?\b(?:niet|geen)\b)", re.I)
QUOTE_OPEN = "\"“„"
IN_THE_LETTER = literals.compile(r"\s*(?:In\s+(?:de|die|deze|dat|dit)\s+(?:brief|schrijven|e-mail)|Daarin|Hierin)\b", re.I)


def _quoted_letter_day(text: str, a: int):
    """The date of the letter whose quotation holds the words at `a`: the quotation opens after
    a colon that closes a sentence naming the letter ("Bij brief van 15 maart 2011 heeft … het
    volgende bericht:"), and does not close before `a`."""
    colon = text.rfind(":", max(0, a - 1200), a)
    if colon < 0:
        return None
    opening = text[colon + 1:a].lstrip()
    if not opening or opening[0] not in QUOTE_OPEN or any(q in opening[1:] for q in "\"”"):
        return None
    intro = text[max(0, colon - 400):colon]
    cut = max(intro.rfind(". "), intro.rfind(".\n"))
    if IN_THE_LETTER.match(intro, cut + 1):  # "… bij brief van 19 september 2024 beslist. In de brief staat:"
        cut = max(intro.rfind(". ", 0, cut), intro.rfind(".\n", 0, cut))
    intro = intro[cut + 1:]
    days = [d for d in find_dates(intro) if d.date and LETTER_BEFORE.search(intro, max(0, d.start - 30), d.start)]
    if len(days) != 1:
        return None
    day = days[0]
    offset = colon - len(intro)
    return DateMention(day.start + offset, day.end + offset, day.text, day.earliest, day.latest, day.precision)


PRONOUN_WINDOW = literals.compile(
    # … quoted from the letter ("In de brief staat: \"Deze goedkeuring is geldig tot 20 augustus 2017.\"", blind round 122)
    r"\W*(?:in\s+(?:de|die|deze|dat|het)\s+(?:brief|schrijven|bericht)\s+(?:staat|stond)\s*:?\s*[\"“„']?\s*)?"
    r"(?:zij|ze|hij|deze|die|(?:deze|die|de)\s+goedkeuring)\s+(?:is|was|blijft|bleef)\s+(?:[\w-]+\s+){0,4}?geldig\b", re.I)
QUOTE_MARKS = " \t\n\"'“”„‘’>"


def _told_after(text: str, d: DateMention, b: int) -> bool:
    """Whether the approval of the sentence is told as following the date's event ("… op 5 april
    2018 ontvangen en heeft daarop een akkoordverklaring verzonden"): the date is not its own."""
    word = APPROVAL.search(text, d.end, b)
    return word is not None and THEREUPON.search(text, d.end, word.start()) is not None


# "Wij geven u toestemming voor …": an approval given in the letter's own words
GIVES = literals.compile(r"\b(?:geven|geeft|verlenen|verleent)\s+(?:[\w-]+\s+){0,2}?(?:toestemming|akkoord|machtiging)\b", re.I)
# the costs paid for care within a period, in the sentence after the approval that sets it
COVERED = literals.compile(r"\bvergoed\w*\b[^.;]{0,160}?\bin\s+de\s+periode\s+van\b", re.I)
COVERED_WINDOW = literals.compile(r"(?P<verb>in\s+de\s+periode)\s+van\s+(?P<from>.{6,22}?)\s+(?P<rel>tot\s+en\s+met|t/m|tot)\s+"
                                  r"(?P<until>\d{1,2}[\s-]\S+[\s-]\d{4})", re.I | re.S)


def _window_value(validity: re.Match) -> dict:
    """An approval's value holding the window a VALIDITY match reads (no date of issue)."""
    frm = find_dates(validity["from"]) if validity.groupdict().get("from") else []
    until = find_dates(validity["until"])
    inclusive = squash(validity["rel"] or validity.groupdict().get("through") or "").lower() in ("tot en met", "t/m")
    # a month "tot en met": its last day; any other bound is a day or nothing
    end = until[0].date or (until[0].latest if inclusive and until[0].precision == "month" else None) if until else None
    return {"date": None, "valid_from": frm[0].date if frm else None,
            "valid_until": end,
            "until_inclusive": inclusive}  # "tot\nen met" too


NOT_GIVEN = literals.compile(r"\b(?:niet|nooit|geen)\s+(?:\w+\s+){0,2}?(?:afgegeven|gegeven|verleend|verstrekt|toegekend)\b"
                             # "omdat die waren uitgevoerd voordat toestemming was verleend" (blind round 155)
                             r"|\b(?:voordat|vóórdat|totdat)\s+(?:de\s+)?(?:toestemming|machtiging|akkoordverklaring)\s+(?:was|is|werd)\s+"
                             r"(?:verleend|gegeven|afgegeven)\b"
                             # "omdat het MRA zonder voorafgaande toestemming was verstrekt"
                             r"|\bzonder\s+(?:\w+\s+){0,2}?(?:akkoordverklaring|machtiging|toestemming)\b"
                             r"|\bgeen\s+(?:\w+\s+)?(?:akkoordverklaring|machtiging|toestemming)\b"
                             # "heeft de zorgverzekeraar de machtiging geweigerd": refused, not given
                             r"|\b(?:akkoordverklaring|machtiging|toestemming)\s+(?:\w+\s+){0,3}?(?:geweigerd|afgewezen)\b"
                             # "… heeft de zorgverzekeraar geweigerd de nota te vergoeden, omdat … waarvoor
                             # toestemming was gegeven": a refusal that names the approval, no approval itself
                             r"|\bheeft\s+de\s+(?:zorg|ziektekosten)?verzekeraar\s+geweigerd\b"
                             # "… heeft de ziektekostenverzekeraar vergoeding van de prothese geweigerd, omdat de prothese na
                             # het verstrijken van de toestemming was verstrekt" (blind round 167)
                             r"|\bheeft\s+de\s+(?:zorg|ziektekosten)?verzekeraar\s+(?:vergoeding|betaling)\s+(?:[\w-]+\s+){0,4}?"
                             r"(?:geweigerd|afgewezen)\b"
                             # "Bij brief van 17 december 2021 heeft hij geweigerd de kosten … te vergoeden, omdat
                             # deze na het einde van de machtiging zijn gegeven" (blind round 51)
                             r"|\b(?:heeft|had)\s+(?:hij|zij|ze)\s+geweigerd\b"
                             # "dat de zorgverzekeraar toestemming zou hebben gegeven als zij vóór 21 juni 2010 een
                             # nieuwe aanvraag had ingediend": an approval supposed, never given (blind round 84)
                             r"|\bzou(?:den)?\s+(?:\w+\s+){0,2}?(?:hebben|zijn)\s+(?:afgegeven|gegeven|verleend|verstrekt|toegekend)\b"
                             # "… vergoeding van de nota geweigerd, omdat met de behandeling was begonnen voordat hij
                             # toestemming had gegeven": the approval as the time of another act (blind round 93)
                             r"|\b(?:voordat|vóórdat|alvorens)\s+(?:hij|zij|ze|de\s+(?:zorg|ziektekosten)?verzekeraar)\s+(?:\w+\s+){0,3}?"
                             r"(?:afgegeven|gegeven|verleend|verstrekt|toegekend)\b", re.I)


def _in_validity(d: DateMention, a: int, validity: re.Match | None) -> bool:
    return bool(validity) and a + validity.start() <= d.start < a + validity.end()


# the day of a time clause ("toestemming gegeven, en dus voordat de tandarts op 3 mei 2016 met de behandeling begon")
# or one denied ("De termijn is dus niet op 16 november 2015 gaan lopen, maar op de dag waarop … de toestemming
# heeft afgegeven"): not the approval's (blind round 127)
NOT_THAT_DAY = literals.compile(r"\b(?:voordat|vóórdat|nadat|totdat)\b[^.;,]*$|\bniet\s+(?:al\s+|pas\s+)?(?:op|per|vanaf)\s+$"
                                # "afgegeven na ontvangst van de aanvraag op 4 februari 2011": the day of
                                # the event it followed, not its own (blind round 152)
                                r"|\bna\s+(?:de\s+|het\s+)?(?:ontvangst|indiening|verzending|binnenkomst|aanvraag|melding)\b"
                                r"[^.;,]{0,50}?\b(?:op|van)\s+$", re.I)


# "voordat de zorgverzekeraar op 24-05-2016 toestemming had gegeven": the time clause tells the consent itself
CONSENT_IN_CLAUSE = literals.compile(r"[^.;,]{0,40}?\b(?:toestemming|machtiging|akkoordverklaring|akkoord)\b[^.;,]{0,30}?"
                                     r"\b(?:gegeven|verleend|afgegeven|verstrekt)\b", re.I)
# "De extracties van 04-05-2016 zijn uitgevoerd voordat …": the care's day (blind round 155)
CARE_DONE = literals.compile(r"\s*(?:zijn|is|werd|werden)\s+(?:[\w-]+\s+){0,3}?(?:uitgevoerd|verricht|geplaatst|getrokken"
                             r"|aangebracht|gedaan)\b", re.I)


def _care_clause(text: str, d: DateMention, a: int, b: int) -> bool:
    """Whether the date's own clause tells care and not an approval ("…, en de tandarts is op 2
    maart 2015 begonnen, …"): no date of issue."""
    clause = _own_comma_clause(text, d, a, b)
    return any(p.search(clause) for _, p in TREATMENT_KIND) and not APPROVAL.search(clause) \
        and not APPROVAL_GIVEN.search(clause)
