"""Parameters of the rules as the ruling quotes them from the policy conditions.

"De behandeling is binnen 2 jaar na het ongeval afgerond" → accident_treatment_window 2 years;
"binnen 3 maanden na het ongeval" next to an akkoordverklaring → accident_approval_deadline;
"maximaal € 10.000 per ongeval" → accident_cap; "75% van het gemiddelde ... tarief" →
noncontracted_percentage. Each pattern is named data below; numbers may be written as words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from geschil import literals
from geschil.dates import find_dates
from geschil.extract.text import sentences
from geschil.models import Evidence, PolicyTerm

_ONES = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
         "tachtig": 80, "negentig": 90}
# Terms in words: one to nineteen, the tens, and their compounds ("zesentwintig", "tweeënvijftig")
NUMBER_WORDS = {
    **_ONES, "één": 1, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15,
    "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, **_TENS,
    **{f"{one}{'ë' if one.endswith('e') else 'e'}n{ten}": v + t
       for one, v in _ONES.items() for ten, t in _TENS.items()},
}
UNITS = {"jaar": "years", "jaren": "years", "maand": "months", "maanden": "months",
         "week": "weeks", "weken": "weeks", "dag": "days", "dagen": "days"}

_PLAIN = {w.replace("ë", "e"): v for w, v in NUMBER_WORDS.items()}  # "tweeenvijftig" too
_NUM = r"(?P<num>\d+(?:,\d+)?|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_UNIT = r"(?P<unit>jaren|jaar|maanden|maand|weken|week|dagen|dag)"
_AMOUNT = r"€\s*(?P<amount>\d{1,3}(?:\.\d{3})+|\d+)(?:,(?P<cents>\d{2}|-+))?"

# A period "binnen N <unit>"; what it governs is read from the words around it (KIND_WORDS).
# … or "uiterlijk N <unit>" when the accident follows ("a. wij uiterlijk drie maanden na de datum van het
# ongeval een aanvraag … hebben ontvangen", blind round 94)
PERIOD = literals.compile(
    r"(?:binnen\s+(?:een\s+termijn\s+van\s+)?|uiterlijk\s+(?=\S+\s+\S+\s+na\s+(?:het|een|de\s+datum\s+van\s+het)\s+ongeval\b))"
    rf"{_NUM}\s+{_UNIT}\b"
    r"(?P<after>\s+na\s+(?:het|een|de\s+datum\s+van\s+het)\s+ongeval)?", re.I)
# Words in the same clause that say the period is the approval deadline, or the window for the
# treatment ("a. de machtiging binnen drie maanden na het ongeval is aangevraagd; b. de behandeling
# binnen twee jaar ... is voltooid" holds both). When the clause says neither, the sentence decides,
# and there the approval words win ("akkoordverklaring ... voorafgaand aan de behandeling en binnen
# 3 maanden na het ongeval").
APPROVAL_WORDS = literals.compile(r"akkoordverklaring|machtiging|toestemming|aanvra|aangevraagd|meld"
                            r"|behandelplan|voorleg|voorgelegd|\bplan\b|\bontvangen\b|\bindien(?:en|t|de|den)\b|\bingediend\b", re.I)  # not "indien", if
WINDOW_WORDS = literals.compile(r"afgerond|afronden|voltooi|behandeling|plaatsvind|plaatsgevonden|uitgevoerd", re.I)
# "a. de eerste behandeling plaatsvindt binnen vier weken na de dag van het ongeval": when the care must begin,
# a term beside the window (blind round 117); a clause that also names the care's completion is the window
START_ONLY = literals.compile(r"\beerste\s+(?:[\w-]+\s+)?behandeling\b(?![^.;]*\b(?:afgerond|afronden|voltooi))", re.I)
CONDITION_BREAK = re.compile(r"[;:]|\s[a-z]\.\s")
# Clauses end at punctuation, at an enumerated condition ("b. ") or at a new "en dat"/"and" clause.
# ... and at a sentence's end the sentence splitter kept ("… is afgerond. 14.3 Een akkoordverklaring is …")
CLAUSE_BREAK = literals.compile(r"[;:,]|\s[a-z]\.\s|\ben\s+(?:dat|de|het)\b|\.\s+(?=\d|(?-i:[A-Z]))", re.I)
# A clause in the perfect tense with an actor tells what someone did ("Hij heeft binnen drie weken
# na het ongeval toestemming gevraagd"): a fact of the case, not a term of the policy.
DONE = literals.compile(r"\b(?:heeft|hebben|had|hadden)\s+(?:\S+\s+){0,9}?\w*ge\w+[dt]\b"
                  r"|\b\w*ge\w+[dt]\s+(?:heeft|hebben|had|hadden)\b", re.I)
# "… binnen zes maanden na het ongeval aan de voorwaarde van artikel 14.2, onder a, is voldaan": a
# finding on a condition named by its article
FOUND_MET = literals.compile(r"\b(?:is|was|werd)\s+(?:niet\s+)?voldaan\b", re.I)
ACCIDENT_WORD = literals.compile(r"ongeval", re.I)

AMOUNT_TERMS: dict[str, re.Pattern] = {
    "accident_cap": literals.compile(rf"{_AMOUNT}[^.\n€]{{0,30}}?\bper\s+ongeval", re.I),
}
PERCENT_TERMS: dict[str, re.Pattern] = {
    "noncontracted_percentage": literals.compile(
        r"(?P<pct>\d{1,3})\s*(?:%|procent)\s+van\s+het\s+gemiddeld\w*\s+(?:\w+\s+){0,2}?tarief", re.I),
    "contracted_percentage": literals.compile(
        r"(?P<pct>\d{1,3})\s*(?:%|procent)\s+van\s+het\s+(?:afgesproken|gecontracteerde)\s+tarief", re.I),
}
# "geldig tot zes maanden na dagtekening", "zes maanden geldig vanaf de dagtekening": an approval
# valid for a term counted from its own date of issue
# the letter's own date: "de dagtekening", "de datum van deze brief" (of the approval itself)
ISSUE = (r"(?:de\s+)?(?:(?:datum\s+van\s+)?dagtekening"
         # "geldig tot drie maanden na ons telefonische akkoord" (an approval given by telephone, blind round 120)
         r"|(?:ons|onze)\s+(?:telefonische?\s+|mondelinge?\s+)?(?:akkoord|toestemming)"
         r"|datum\s+van\s+(?:deze|die|de|onze|uw)\s+(?:brief|toestemmingsbrief|machtiging|akkoordverklaring|toestemming)"
         r"|datum\s+van\s+afgifte|afgiftedatum"  # "te rekenen vanaf de datum van afgifte"
         # the day it was sent: "na de dag waarop wij de akkoordverklaring hebben verzonden"
         r"|(?:dag|datum)\s+van\s+verzending|(?:dag|datum)\s+waarop\s+(?:[\w-]+\s+){1,4}?"
         r"(?:akkoordverklaring|machtiging|toestemming|brief)\s+(?:[\w-]+\s+){0,2}?(?:verzonden|verstuurd|afgegeven|gegeven|verleend)"
         # "Een toestemming is zes maanden geldig vanaf de datum waarop zij is afgegeven" (blind round 96)
         r"|(?:dag|datum)\s+waarop\s+(?:zij|hij|deze|die)\s+(?:is|wordt|werd)\s+(?:verzonden|verstuurd|afgegeven|gegeven|verleend)"
         # "te rekenen vanaf de datum waarop wij haar hebben afgegeven" (blind round 111)
         r"|(?:dag|datum)\s+waarop\s+(?:wij|hij|zij|de\s+(?:zorg|ziektekosten)?verzekeraar)\s+(?:haar|hem|deze|die|het)\s+"
         r"(?:hebben|heeft|hadden|had)\s+(?:verzonden|verstuurd|afgegeven|gegeven|verleend))")
CARE_DUE = (r"(?:geplaatst|uitgevoerd|afgeleverd|verleend|verricht|plaatsvinden|plaatsvindt|begonnen|aangevangen"
            r"|gestart)(?:\s+(?:worden|zijn))?")  # the care a term from the letter's date is for
APPROVAL_VALIDITY = [
    # "geldig gedurende tien weken, gerekend vanaf de dagtekening van deze brief"
    # … "geldig tot en met negen maanden na de dagtekening van deze brief" (blind rounds 74, 78)
    # … "geldig is \"gedurende zes maanden na dagtekening van deze brief\"" (the letter quoted, blind round 115)
    # … "Deze toestemming geldt voor de duur van twaalf maanden na de dagtekening van deze brief" (blind round 121)
    literals.compile(rf"\b(?:geldig\w*|geldt|gold)\s+(?:is\s+)?[\"“„']?(?:gedurende\s+|tot\s+(?:en\s+met\s+)?|voor\s+de\s+duur\s+van\s+)?"
                     rf"{_NUM}\s+{_UNIT}"
                     r"(?:\s*,?\s*(?:gerekend|te\s+rekenen))?\s+(?:na|vanaf)\s+"
                     + ISSUE, re.I),
    literals.compile(rf"\b{_NUM}\s+{_UNIT}\s+geldig(?:\s+(?:is|was))?(?:\s*,?\s*(?:gerekend|te\s+rekenen))?\s+(?:na|vanaf)\s+"
                     + ISSUE, re.I),
    # "De implantaten moeten worden geplaatst binnen zes maanden, gerekend vanaf de datum van deze brief"
    # (the care to be given so: a term to bring a dispute "binnen een jaar na de dagtekening" is none)
    literals.compile(rf"\b{CARE_DUE}\s+binnen\s+{_NUM}\s+{_UNIT}\s*,?\s*(?:gerekend\s+|te\s+rekenen\s+)?(?:na|vanaf)\s+"
                     + ISSUE, re.I),
]
# "drie maanden geldig, te rekenen vanaf de dag na ontvangst": a validity counted from the day the
# insured received the letter, a day rulings seldom print (then the end cannot be computed)
# (the receipt of the application is another day: APPLICATION_RECEIPT)
_APPLICATION = r"(?:aanvraag|aanvraagformulier|behandelplan)"
RECEIPT = (r"(?:de\s+)?(?:dag\s+(?:na|van)\s+(?:de\s+)?)?ontvangst\b"
           rf"(?!\s+van\s+(?:de|uw|het|zijn|haar)\s+{_APPLICATION})")
# "geldig gedurende zes maanden, te rekenen vanaf de datum waarop wij uw aanvraag hebben ontvangen": a
# validity counted from the application's arrival (blind round 122)
APPLICATION_RECEIPT = (r"(?:de\s+)?(?:(?:dag|datum)\s+waarop\s+(?:[\w-]+\s+){0,4}?" + _APPLICATION
                       + r"\s+(?:[\w-]+\s+){0,3}?(?:ontvangen|binnengekomen)"
                       r"|(?:(?:dag|datum)\s+van\s+)?ontvangst\s+van\s+(?:de|uw|het|zijn|haar)\s+" + _APPLICATION + ")")
APPROVAL_VALIDITY_RECEIPT = [
    literals.compile(rf"\b{_NUM}\s+{_UNIT}\s+geldig(?:\s+(?:is|was))?(?:\s*,?\s*(?:gerekend|te\s+rekenen))?\s+(?:na|vanaf)\s+"
                     + RECEIPT, re.I),
    literals.compile(rf"\bgeldig\w*\s+(?:is\s+)?(?:gedurende\s+)?{_NUM}\s+{_UNIT}(?:\s*,?\s*(?:gerekend|te\s+rekenen))?"
                     r"\s+(?:na|vanaf)\s+" + RECEIPT, re.I),
]
APPROVAL_VALIDITY_APPLICATION = [
    literals.compile(rf"\b{_NUM}\s+{_UNIT}\s+geldig(?:\s+(?:is|was))?(?:\s*,?\s*(?:gerekend|te\s+rekenen))?\s+(?:na|vanaf)\s+"
                     + APPLICATION_RECEIPT, re.I),
    literals.compile(rf"\bgeldig\w*\s+(?:is\s+)?(?:gedurende\s+)?{_NUM}\s+{_UNIT}(?:\s*,?\s*(?:gerekend|te\s+rekenen))?"
                     r"\s+(?:na|vanaf)\s+" + APPLICATION_RECEIPT, re.I),
]
# "verlengen wij de geldigheid van de machtiging van 21 april 2022 met drie maanden": an extension
# by a term, without the end it gives (from the old end, or from the letter: the ruling may differ)
APPROVAL_EXTENSION = literals.compile(rf"\bverleng(?:en|t|d|de|den)\b[^.;]{{0,120}}?\bmet\s+{_NUM}\s+{_UNIT}\b"
                                      # "heeft de machtiging … met drie maanden verlengd"
                                      rf"|\bmet\s+{_NUM.replace('<num>', '<num2>')}\s+{_UNIT.replace('<unit>', '<unit2>')}"
                                      r"\s+(?:te\s+)?verleng(?:en|t|d|de|den)\b", re.I)
# An age limit the insured must be under ("mits de verzekerde jonger is dan achttien jaar", "tot de
# leeftijd van 43 jaar", "vóór haar achttiende verjaardag"), and one the insured must have reached
# ("vanaf 18 jaar", "65 jaar of ouder"): the second turns a limit's direction, and the rule then
# computes nothing. Numbers as digits, words or ordinals (age_number).
_AGE = r"(?P<age>\d{1,2}(?:e|de|ste)?|[a-zë]+)"
AGE_LIMIT = [
    literals.compile(rf"\bjonger\s+(?:is\s+|was\s+|zijn\s+|waren\s+)?dan\s+{_AGE}\s+jaar\b", re.I),
    literals.compile(rf"\btot\s+de\s+leeftijd\s+van\s+{_AGE}\s+jaar\b", re.I),
    # "Verzekerden tot 18 jaar hebben recht op …" (blind round 78)
    literals.compile(rf"\b(?:verzekerden|kinderen|jongeren|jeugdigen)\s+tot\s+{_AGE}\s+jaar\b", re.I),
    literals.compile(rf"\bleeftijdsgrens\s+van\s+{_AGE}\s+jaar\b", re.I),
    literals.compile(rf"\b(?:vóór|voor|voordat)\s+(?:de|zijn|haar|hun|het\s+bereiken\s+van\s+de)\s+{_AGE}\s+"
                     r"(?:verjaardag|levensjaar)\b", re.I),
    # "als de behandeling begint voordat de verzekerde achttien jaar wordt" (blind round 55)
    literals.compile(rf"\b(?:voordat|vóórdat)\s+(?:de\s+verzekerde|hij|zij|verzoek(?:st)?er)\s+{_AGE}\s+jaar\s+wordt\b", re.I),
]
AGE_MINIMUM = [
    literals.compile(rf"\bvanaf\s+(?:de\s+leeftijd\s+van\s+)?{_AGE}\s+jaar\b", re.I),
    literals.compile(rf"\b{_AGE}\s+jaar\s+(?:of|en)\s+ouder\b", re.I),
    literals.compile(rf"\b(?:minimaal|ten\s+minste|tenminste)\s+{_AGE}\s+jaar\b", re.I),
]
# "de aanvraag … uiterlijk vier weken na de datum van de eerste behandeling bij ons heeft ingediend":
# consent asked for within a term after the care began (blind round 71)
APPLICATION_AFTER_START = literals.compile(
    rf"\b(?:uiterlijk|binnen)\s+{_NUM}\s+{_UNIT}\s+na\s+(?:de\s+)?(?:datum\s+van\s+(?:de\s+)?)?"
    r"(?:eerste\s+behandel(?:ing|dag)|(?:aanvang|start|begin)\s+van\s+de\s+behandeling)\b", re.I)
# "Wij moeten uw aanvraag dan uiterlijk zes weken na de datum van de operatie hebben ontvangen", "een
# aanvraag … als wij deze uiterlijk vier weken na de aflevering van de schoenen hebben ontvangen": the
# same term after an operation or a delivery, tied to the application by its own sentence and set as a
# limit ("uiterlijk"; "binnen twaalf maanden na de aflevering van het vorige paar" may be a party's count)
# (blind round 76)
APPLICATION_AFTER_CARE = literals.compile(
    rf"\b(?:aanvra(?:ag|gen)|toestemming)\b[^.;]{{0,80}}?\buiterlijk\s+{_NUM}\s+{_UNIT}\s+na\s+"
    r"(?:de\s+)?(?:datum\s+van\s+(?:de\s+)?)?(?:operatie|ingreep|(?:af)?levering)\b", re.I)
# "Uw aanvraag … moet uiterlijk twee weken vóór de beoogde datum van opname door ons zijn ontvangen": consent
# asked a term ahead of the care (blind round 77)
APPLICATION_LEAD = literals.compile(
    rf"\b(?:aanvra(?:ag|gen)|toestemming)\b[^.;]{{0,100}}?\b(?:uiterlijk|ten\s+minste|minimaal)\s+{_NUM}\s+{_UNIT}\s+"
    r"(?:vóór|voor)\s+(?:de\s+)?(?:beoogde\s+|geplande\s+)?(?:(?:datum|dag)\s+van\s+(?:de\s+)?)?"  # "de dag van opname"
    r"(?:opname|behandeling|operatie|ingreep|aanvang\s+van\s+de\s+behandeling|opnamedatum)\b", re.I)
# the terms read as "N <unit>" by their name, in the order they are sought
TERMS = (("approval_validity", APPROVAL_VALIDITY), ("approval_validity_from_receipt", APPROVAL_VALIDITY_RECEIPT),
         ("approval_validity_from_application", APPROVAL_VALIDITY_APPLICATION),
         ("application_after_start", [APPLICATION_AFTER_START, APPLICATION_AFTER_CARE]),
         ("application_lead", [APPLICATION_LEAD]))
# "een akkoordverklaring kan maximaal twee jaar terug worden aangevraagd"
RETROACTIVE = literals.compile(rf"maximaal\s+{_NUM}\s+{_UNIT}\s+(?:terug|met\s+terugwerkende\s+kracht)", re.I)


def number(word: str) -> float:
    word = word.lower()
    if word in NUMBER_WORDS:
        return float(NUMBER_WORDS[word])
    if word.replace("ë", "e") in _PLAIN:  # "tweeenvijftig" for "tweeënvijftig"
        return float(_PLAIN[word.replace("ë", "e")])
    return float(word.replace(",", "."))



def age_number(word: str) -> int | None:
    """An age as written: 18, "18e", "achttien", "achttiende", "drieënveertigste"; None for
    other words."""
    from geschil.extract.facts.person import _number

    word = word.lower()
    for suffix in ("ste", "de", "e"):
        if word.endswith(suffix) and (word[:-len(suffix)].isdigit() or suffix != "e"):
            stem = word[:-len(suffix)]
            if _number(stem) is not None:
                word = stem
                break
    value = _number(word) if word else None
    return value if value is not None and 0 < value < 120 else None


def amount(m: re.Match) -> float:
    whole = float(m["amount"].replace(".", ""))
    cents = m["cents"] or ""
    return whole + (int(cents) / 100 if cents.isdigit() else 0.0)


def in_unit(word: str, value: float) -> tuple[float, str]:
    unit = UNITS[word.lower()]
    return (value * 7, "days") if unit == "weeks" else (value, unit)


def _evidence(text: str, m: re.Match, page_of) -> Evidence:
    return Evidence(page=page_of(m.start()), span=(m.start(), m.end()), quote=text[m.start():m.end()])


def _clause(sentence: str, start: int, end: int) -> str:
    """The clause of sentence[start:end], between the clause breaks around it."""
    before = [m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, start)]
    after = CLAUSE_BREAK.search(sentence, end)
    return sentence[before[-1] if before else 0:after.start() if after else len(sentence)]


def _condition(sentence: str, start: int, end: int) -> str:
    """The condition of sentence[start:end]: between semicolons, colons and enumerated items ("a. … ;
    b. …"), wider than a clause (the subject "De eerste behandeling" stands before the comma)."""
    before = [m.end() for m in CONDITION_BREAK.finditer(sentence, 0, start)]
    after = CONDITION_BREAK.search(sentence, end)
    return sentence[before[-1] if before else 0:after.start() if after else len(sentence)]


def _period_kind(sentence: str, start: int, end: int) -> str | None:
    if not ACCIDENT_WORD.search(sentence):
        return None
    clause = _clause(sentence, start, end)
    # "Het behandelplan van 9 januari 2009 is ruim binnen drie maanden ... voorgelegd": a clause
    # that names a day tells what happened in the case, not what the policy requires.
    if DONE.search(clause) or any(d.date for d in find_dates(clause)):
        return None
    if START_ONLY.search(_condition(sentence, start, end)):
        return None  # a term for the first treatment, not for the care to be done (no rule models it)
    for words in (clause, sentence):
        if APPROVAL_WORDS.search(words):
            return "accident_approval_deadline"
        if WINDOW_WORDS.search(words):
            return "accident_treatment_window"
    # a bare period after the accident is the window, unless the sentence finds a condition met
    # without saying which (then it restates a term named elsewhere)
    return "accident_treatment_window" if ACCIDENT_WORD.search(clause) and not FOUND_MET.search(sentence) else None


def _periods(text: str, page_of) -> list[tuple[int, PolicyTerm]]:
    found = []
    for a, b in literals.among(text, list(sentences(text)), PERIOD, RETROACTIVE):
        sentence = text[a:b]
        for m in PERIOD.finditer(text, a, b):
            kind = _period_kind(sentence, m.start() - a, m.end() - a)
            if kind is None:
                continue
            value, unit = in_unit(m["unit"], number(m["num"]))
            found.append((m.start(), PolicyTerm(name=kind, value=value, unit=unit,
                                                evidence=_evidence(text, m, page_of))))
        for m in RETROACTIVE.finditer(text, a, b):
            if APPROVAL_WORDS.search(sentence):
                value, unit = in_unit(m["unit"], number(m["num"]))
                found.append((m.start(), PolicyTerm(name="approval_retroactive_limit", value=value,
                                                    unit=unit, evidence=_evidence(text, m, page_of))))
    return found


def find_policy_terms(text: str, page_of: Callable[[int], int] | None = None) -> list[PolicyTerm]:
    """Every policy parameter quoted in the text, in text order (duplicates kept, with evidence)."""
    page_of = page_of or (lambda offset: 1)
    found = _periods(text, page_of)
    for name, patterns in TERMS:
        for pattern in patterns:
            for m in pattern.finditer(text):
                value, unit = in_unit(m["unit"], number(m["num"]))
                found.append((m.start(), PolicyTerm(name=name, value=value, unit=unit,
                                                    evidence=_evidence(text, m, page_of))))
    for m in APPROVAL_EXTENSION.finditer(text):
        value, unit = in_unit(m["unit"] or m["unit2"], number(m["num"] or m["num2"]))
        found.append((m.start(), PolicyTerm(name="approval_extension", value=value, unit=unit,
                                            evidence=_evidence(text, m, page_of))))
    for name, patterns in (("age_limit", AGE_LIMIT), ("age_minimum", AGE_MINIMUM)):
        for pattern in patterns:
            for m in pattern.finditer(text):
                age = age_number(m["age"])
                if age is not None:
                    found.append((m.start(), PolicyTerm(name=name, value=float(age), unit="years",
                                                        evidence=_evidence(text, m, page_of))))
    for name, pattern in AMOUNT_TERMS.items():
        for m in pattern.finditer(text):
            found.append((m.start(), PolicyTerm(name=name, value=amount(m), unit="euro",
                                                evidence=_evidence(text, m, page_of))))
    for name, pattern in PERCENT_TERMS.items():
        for m in pattern.finditer(text):
            found.append((m.start(), PolicyTerm(name=name, value=float(m["pct"]), unit="percent",
                                                evidence=_evidence(text, m, page_of))))
    return [term for _, term in sorted(found, key=lambda pair: pair[0])]
