"""Dated events of the procedure and the facts, the Zorginstituut/CVZ advice, and the requests."""

from __future__ import annotations

import re

from geschil import literals
from geschil.dates import find_dates
from geschil.extract.head import Found
from geschil.extract.sections import Section, first
from geschil.extract.text import sentences, squash

# Event kinds by what the sentence says; first match wins, so specific kinds come first.
EVENT_KINDS: list[tuple[str, re.Pattern]] = [
    (kind, literals.compile(pattern, re.I | re.S)) for kind, pattern in [
        ("zorginstituut_advice_provisional", r"voorlopig\s+advies\s+(?:uitgebracht|gegeven)"),
        ("zorginstituut_advice_final", r"definitief\s+advies\s+(?:uitgebracht|gegeven)|(?:Zorginstituut|CVZ|College\s+voor\s+zorgverzekeringen)\b.{0,80}\badvies\s+uitgebracht|advies\s+(?:van\s+het\s+)?(?:Zorginstituut|CVZ)"),
        ("hearing", r"\bgehoord\b|\bhoorzitting\s+(?:van|op)|\bter\s+zitting\s+van|zitting\s+heeft\s+plaatsgevonden"
                    r"|\bmondelinge\s+behandeling\b"),
        ("request", r"(?:gevraagd|verzocht)\s+(?:een\s+)?(?:uitspraak|bindend\s+advies)|verzoek(?:schrift)?\b.{0,60}\b(?:ingediend|ontvangen)\b.{0,40}commissie|tot\s+de\s+commissie\s+gewend|geschil\s+voorgelegd"),
        ("insurer_position", r"standpunt\b.{0,60}\b(?:uiteengezet|toegelicht|kenbaar\s+gemaakt)|verweerschrift"),
        ("file_complete", r"dossier\b.{0,40}\b(?:compleet|gereed|volledig)"),
        ("accident", r"\bongeval|\bongeluk|\bgevallen\b|\btrauma\b"),
        ("prior_approval", r"akkoordverklaring|machtiging\s+(?:afgegeven|verleend|gegeven)|toestemming\s+(?:gegeven|verleend)"),
        ("review", r"heroverweging|bezwaar|handhaaft|gehandhaafd"),
        ("insurer_decision", r"meegedeeld|afgewezen|afwijz|beslist|besloten|geen\s+(?:vergoeding|aanspraak)"),
        ("application", r"aanvra(?:ag|gen)\b|aangevraagd|machtigingsaanvraag"),
        ("treatment", r"behandel|geplaatst|aangebracht|verricht|uitgevoerd|geëxtraheerd|getrokken"),
        ("copy_sent", r"\bkopie\b|\bafschrift\b"),
        ("additional_information", r"aanvullende\s+informatie|nagekomen|aanvullend\s+stuk|nadere\s+(?:informatie|toelichting)"),
        ("letter", r"\bbrief\b|\be-mail\b|\bschrijven\b"),
    ]
]
REFERENCE = literals.compile(r"(?:advies|brief|aanvraag|beslissing|besluit)\s+van\s*$", re.I)
EVENT_SECTIONS = ("procedure", "facts", "head")
ADVICE_BODY = literals.compile(r"Zorginstituut|\bCVZ\b|College\s+voor\s+zorgverzekeringen", re.I)
ADVICE_CASE = literals.compile(r"(?:zaaknummer|kenmerk|ons\s+kenmerk|referentie|onder\s+nummer)\s*:?\s*(?P<n>[A-Z]{0,4}[-/]?\d[\d./-]{4,})", re.I)
ADVICE_GIVEN = literals.compile(r"uitgebracht|gegeven|geadviseerd|meegedeeld|blijft", re.I)
# Sentences about an advice that was asked, forwarded or not sought: no advice given there.
ADVICE_NOT_GIVEN = literals.compile(r"kopie|afschrift|verzoek\s+de\s+commissie|aanpassing\s+behoeft|om\s+(?:een\s+)?advies\s+gevraagd|advies\s+(?:is\s+)?gevraagd|voorgelegd|niet\s+(?:om\s+)?advies|geen\s+advies", re.I)
# An advice is final when it says so, or when the provisional one is kept after the hearing.
KEPT_ADVICE = (r"bij\s+(?:zijn|het|haar)\s+(?:voorlopig\w*\s+)?advies\s+(?:blijft|(?:te\s+)?blijven)"
               r"|(?:handhaaft|gehandhaafd|blijft\s+bij)\b"
               r"|geen\s+(?:aanleiding|reden)\b.{0,60}\b(?:te\s+wijzigen|te\s+herzien|aan\s+te\s+passen"
               # "dat het verslag geen aanleiding geeft tot wijziging van zijn voorlopig advies" (blind round 85)
               r"|tot\s+(?:wijziging|herziening|aanpassing)\b)")
FINAL_ADVICE = literals.compile(r"definitie[fv]|" + KEPT_ADVICE, re.I | re.S)
# A later letter keeping the advice, or declaring it final: the advice before it was provisional.
MADE_FINAL = literals.compile(r"als\s+definitie[fv]|" + KEPT_ADVICE, re.I | re.S)
# A later letter that keeps the provisional advice as the final one ("het voorlopig advies als
# definitief advies gehandhaafd", "dat zijn voorlopig advies als definitief moet worden beschouwd"):
# it may leave the body unnamed, and may stand in the section on the advice itself.
MAINTAINED = literals.compile(r"voorlopig\w*\s+advies\b.{0,80}?\bals\s+definitie[fv]\w*"
                        r"|\bals\s+definitie[fv]\w*\s+(?:advies\s+)?(?:\w+\s+){0,2}(?:gehandhaafd|beschouwd|aangemerkt)",
                        re.I | re.S)
# ... or a dated letter of the Zorginstituut keeping it ("Bij brief van 21 juni 2010 heeft het CVZ meegedeeld
# dat het verhandelde ter zitting geen aanleiding geeft het voorlopig advies te wijzigen", blind round 112)
LETTER_KEPT = literals.compile(r"\bbrief\s+van\b.{0,160}?(?:" + KEPT_ADVICE + ")", re.I | re.S)
# An advice made final at the hearing itself, orally: it bears the hearing's date.
AT_HEARING = literals.compile(r"\bter\s+zitting\b|\btijdens\s+de\s+(?:hoor)?zitting\b|\bmondeling", re.I)
HEARING = literals.compile(r"\bgehoord\b|\bzitting\b", re.I)
HEARING_DATED = literals.compile(r"\b(?:hoor)?zitting\s+(?:van|op|d\.d\.)\s*$", re.I)
# An advice told by the verb alone ("heeft Zorginstituut Nederland de commissie geadviseerd"):
# counted only with a date in its sentence (the section on the advice paraphrases it undated).
ADVISED = literals.compile(r"\bgeadviseerd\b", re.I)
# Adverbs between "volgt" and the advice: "volgt hierin het advies" (not "volgt uit het advies").
_ADVERB = r"(?:(?:hierin|daarin|hierover|daarover|daarom|daarmee|hiermee|derhalve|dus|ook|dan\s+ook|op\s+dit\s+punt|in\s+zoverre|wel)\s+)?"
FOLLOWED = [
    # "heeft geen aanleiding om aan de juistheid van dit advies te twijfelen en neemt het over" (blind round 60)
    # ... "ziet geen reden aan dit advies te twijfelen en neemt het over" (blind round 154)
    (True, literals.compile(r"geen\s+(?:reden|aanleiding|grond)\s+(?:om\s+)?aan\s+(?:de\s+juistheid\s+van\s+)?(?:het|dit|dat)\s+"
                            r"(?:\w+\s+)?advies\s+(?:\w+\s+){0,6}?te\s+twijfelen", re.I)),  # "… van het Zorginstituut over X …"
    (True, literals.compile(r"geen\s+(?:reden|aanleiding|grond)\s+(?:om\s+)?(?:\w+\s+){0,3}af\s+te\s+wijken\s+van\s+(?:het|dit|dat)\s+(?:\w+\s+)?advies", re.I)),
    # "De commissie ziet geen aanleiding hierover anders te oordelen dan het CVZ" (blind round 119)
    (True, literals.compile(r"geen\s+(?:reden|aanleiding|grond)\s+(?:om\s+)?(?:\w+\s+){0,3}?anders\s+te\s+oordelen\s+dan\s+"
                            r"(?:het\s+(?:Zorginstituut|CVZ)|(?:het|dit|dat)\s+(?:\w+\s+)?advies)\b", re.I)),
    (True, literals.compile(r"(?:geen\s+(?:reden|aanleiding)|niet\s+gebleken\s+van\s+(?:een\s+)?(?:reden|grond))\s+(?:om\s+)?(?:.{0,40}?)?van\s+(?:dit|het|deze|dat)\s+(?:voorlopig\s+|definitief\s+)?advies\b.{0,60}?af\s+te\s+wijken", re.I | re.S)),
    (True, literals.compile(rf"\bvolgt\s+{_ADVERB}(?:het|dit|dat)\s+(?:voorlopig\w*\s+|definitie\w*\s+)?advies\b(?!\s+(?:\w+\s+){{0,4}}niet)"
                      r"|\bonderschrijft\s+(?:het|dit|dat)\s+(?:\w+\s+)?(?:advies|oordeel)"
                      r"|\b(?:acht|vindt)\s+(?:het|dit|dat)\s+(?:advies|oordeel)\s+(?:van\s+het\s+(?:Zorginstituut|CVZ)\s+)?(?:\w+\s+en\s+)?(?:begrijpelijk|overtuigend|juist|deugdelijk)", re.I)),
    (True, literals.compile(r"(?:neemt|volgt)\s+(?:de\s+commissie\s+)?" + _ADVERB + r"(?:het|dit|dat)\s+(?:voorlopig\s+|definitief\s+)?advies\b(?!\s+(?:\w+\s+){0,6}?niet\b).{0,60}?\s(?:over|op)\b|sluit\s+(?:de\s+commissie\s+)?zich\s+(?:(?:daarom|dan\s+ook|op\s+dit\s+punt|hierin|wel)\s+)?aan\s+bij\s+(?:(?:het|dit)\s+(?:\w+\s+)?advies|het\s+(?:Zorginstituut|CVZ)\b)|(?:neemt|volgt)\s+het\s+advies\s+(?:van\s+(?:het\s+)?(?:Zorginstituut|CVZ))", re.I | re.S)),
    # "beantwoordt die vraag, met het Zorginstituut, ontkennend"
    (True, literals.compile(r"(?:stelt|is|oordeelt|acht|concludeert|beantwoordt),?\s+(?:\w+,?\s+){0,3}(?:met|evenals|net\s+als)\s+het\s+(?:Zorginstituut|CVZ)\b"
                      r"|\bvolgt\s+(?:de\s+commissie\s+)?het\s+(?:Zorginstituut|CVZ)\b(?!\s+(?:\w+\s+){0,3}?niet\b)", re.I)),
    (True, literals.compile(r"(?:met|evenals|net\s+als)\s+het\s+(?:Zorginstituut|CVZ)\s+(?:stelt|is|acht|oordeelt|concludeert)\s+de\s+commissie|deelt\s+het\s+oordeel\s+van\s+het\s+(?:Zorginstituut|CVZ)"
                      # "De commissie deelt dat oordeel, dat ook het CVZ heeft gegeven"
                      r"|\bdeelt\s+(?:dat|dit|die|deze)\s+(?:oordeel|opvatting|conclusie)\b(?!\s+niet\b)[^.;]{0,30}?\b(?:ook|eveneens)\s+het\s+(?:Zorginstituut|CVZ)\b"
                      r"|in\s+navolging\s+van\s+(?:het\s+advies\s+van\s+)?het\s+(?:Zorginstituut|CVZ)"
                      # "De commissie sluit zich bij dat advies aan." (blind round 105)
                      r"|\bsluit\s+(?:de\s+commissie\s+)?zich\s+(?:(?!niet\b)\w+\s+)?bij\s+(?:het|dit|dat)\s+(?:\w+\s+)?advies\s+"
                      r"(?:(?!niet\b)\w+\s+){0,3}?aan\b"
                      # "De commissie neemt het oordeel van het CVZ over dat …" (blind round 104)
                      # ... "neemt dit oordeel van het Zorginstituut over" (blind round 153)
                      r"|\bneemt\s+(?:de\s+commissie\s+)?" + _ADVERB + r"(?:(?:het|dit|dat)\s+oordeel|(?:de|deze|die)\s+(?:conclusie|bevindingen))\s+van\s+"
                      r"het\s+(?:Zorginstituut|CVZ)\s+over\b", re.I)),
    (True, literals.compile(r"(?:het|dit)\s+advies\s+(?:van\s+(?:het\s+)?(?:Zorginstituut|CVZ)\s+)?(?:volgt|overneemt|onderschrijft)\b(?!\s+(?:\w+\s+){0,3}niet)"
                      r"|in\s+overeenstemming\s+met\s+het\s+(?:\w+\s+)?advies\b"
                      # "Op grond van het advies van het Zorginstituut, dat de commissie volgt, …"; "De
                      # commissie neemt daarbij over wat het Zorginstituut … heeft overwogen" (blind round 56)
                      r"|\badvies\s+van\s+(?:het\s+)?(?:Zorginstituut|CVZ)\s*,\s*dat\s+de\s+commissie\s+(?:(?!niet\b)\w+\s+)?"
                      r"(?:volgt|overneemt|onderschrijft)\b(?!\s+(?:\w+\s+){0,3}niet)"
                      r"|\bneemt\s+(?:de\s+commissie\s+)?(?:daarbij\s+|hierbij\s+|ook\s+)?over\s+wat\s+het\s+(?:Zorginstituut|CVZ)\b", re.I)),
    # "Zij verenigt zich met het advies van het CVZ", "kan zich verenigen met dat advies" (blind round 90)
    (True, literals.compile(r"\bverenigt\s+(?:de\s+commissie\s+)?zich\s+(?:(?:daarom|dan\s+ook|hierin|daarin|geheel|volledig|ook)\s+)?met\s+"
                            r"(?:het|dit|dat)\s+(?:\w+\s+)?advies\b|\bkan\s+zich\s+(?:(?:daarom|dan\s+ook|geheel|ook)\s+)?verenigen\s+met\s+"
                            r"(?:het|dit|dat)\s+(?:\w+\s+)?advies\b"
                            # "De commissie verenigt zich met het oordeel van het CVZ dat …" (blind round 96)
                            r"|\bverenigt\s+(?:de\s+commissie\s+)?zich\s+(?:(?:daarom|dan\s+ook|geheel|volledig|ook)\s+)?met\s+"
                            r"(?:het\s+oordeel|de\s+conclusie|de\s+bevindingen|het\s+standpunt)\s+van\s+het\s+(?:Zorginstituut|CVZ)\b", re.I)),
    # "volgt het advies van het CVZ op dit punt niet", "het advies … niet volgt"
    (False, literals.compile(r"(?:volgt|neemt)\s+(?:de\s+commissie\s+)?(?:het|dit)\s+(?:\w+\s+)?advies\s+(?:(?!(?:en|maar|dat|omdat|nu|want|zodat|wel)\b)[\w-]+\s+){0,6}?niet\b"
                       r"|advies\s+(?:van\s+(?:het\s+)?(?:Zorginstituut|CVZ)\s*,\s*dat\s+de\s+commissie\s+|(?:van\s+(?:het\s+)?(?:Zorginstituut|CVZ)\s+)?)niet\s+(?:volgt|overneemt)\b"
                       r"|advies\s+(?:van\s+(?:het\s+)?(?:Zorginstituut|CVZ)\s+)?(?:volgt|neemt)\s+de\s+commissie\s+(?:\w+\s+){0,3}?niet\b", re.I)),
    # "volgt het Zorginstituut niet, voor zover …", "sluit zich daarin niet aan bij het advies"; "kan zich niet
    # verenigen met het advies"
    (False, literals.compile(r"\b(?:verenigt\s+(?:de\s+commissie\s+)?zich|kan\s+(?:de\s+commissie\s+)?zich)\s+(?:\w+\s+){0,3}?niet\s+"
                             r"(?:(?:\w+\s+){0,2}?verenigen\s+)?met\s+(?:(?:het|dit|dat)\s+(?:\w+\s+)?advies\b|(?:het\s+oordeel|de\s+conclusie"
                             r"|de\s+bevindingen|het\s+standpunt)\s+van\s+het\s+(?:Zorginstituut|CVZ)\b)|\bvolgt\s+(?:de\s+commissie\s+)?het\s+(?:Zorginstituut|CVZ)\s+(?:\w+\s+){0,3}?niet\b"
                       r"|\bsluit\s+(?:de\s+commissie\s+)?zich\s+(?:\w+\s+){0,2}?niet\s+aan\s+bij\s+(?:het|dit)\s+(?:\w+\s+)?(?:advies|Zorginstituut|CVZ)\b", re.I)),
    # "beantwoordt die vraag, anders dan het Zorginstituut, bevestigend"
    (False, literals.compile(r"\banders\s+dan\s+(?:het\s+)?(?:Zorginstituut|CVZ)\b(?!\s+(?:\w+\s+){0,2}?(?:stelt|betoogt|meent|aanvoert)\b)", re.I)),
    (False, literals.compile(r"(?:wijkt|week)\s+(?:\w+\s+){0,3}af\s+van\s+(?:het|dit)\s+(?:\w+\s+)?advies|(?:volgt|neemt)\s+(?:het|dit)\s+advies\s+(?:van\s+(?:het\s+)?\w+\s+)?niet|ziet\s+(?:wel\s+)?aanleiding\s+om\s+van\s+(?:het|dit)\s+(?:\w+\s+)?advies\s+af\s+te\s+wijken", re.I | re.S)),
]


_KINDS = literals.Index(EVENT_KINDS, pattern=lambda item: item[1])


def _kind(sentence: str) -> str:
    present = literals.present(sentence)  # a kind none of whose words stand here is not tried
    for kind, pattern in _KINDS.candidates(present):
        if pattern.search(sentence):
            return kind
    return "other"


def events(text: str, sections: list[Section]) -> list[Found]:
    """One event per exact date in the procedure and facts, classified by its sentence."""
    out: list[Found] = []
    for section in sections:
        if not section.has(*EVENT_SECTIONS):
            continue
        for a, b in sentences(text, section.body_start, section.end):
            dates = [d for d in find_dates(text, a, b) if d.date]
            own = [d for d in dates if not REFERENCE.search(text, max(a, d.start - 30), d.start)]
            dates = own or dates  # "het advies van 1 december 2025" only refers to an earlier event
            if not dates:
                continue
            kind = _kind(text[a:b])
            for d in dates:
                out.append(Found({"date": d.date, "kind": kind, "text": squash(text[a:b])}, a, b))
    return out


def advice(text: str, sections: list[Section]) -> list[Found]:
    """Provisional and final advice of the Zorginstituut (CVZ before 2014), with date and number."""
    procedure = first(sections, "procedure")
    zone = procedure or first(sections, "facts")
    if zone is None:
        return _advice_named(text, sections)
    # a copy that opens inside the procedure or the facts has no procedure under its own heading
    whole = procedure is not None and bool(procedure.title or procedure.number)
    out: list[Found] = []
    seen: set[tuple] = set()
    spans = [(a, b, False) for a, b in sentences(text, zone.body_start, zone.end)]
    # the section on the advice quotes it; in a copy from the facts on it is also where the advice is told
    # ("In zijn voorlopig advies van 21 juni 2021 heeft Zorginstituut Nederland …", blind rounds 95, 97)
    spans += [(a, b, whole) for s in sections if s.has("zorginstituut") and s is not zone
              for a, b in sentences(text, s.body_start, s.end)]
    for a, b, advice_section in spans:
        sentence = text[a:b]
        maintained = bool(out and (MAINTAINED.search(sentence)
                                   or (ADVICE_BODY.search(sentence) and LETTER_KEPT.search(sentence))))
        if advice_section and not maintained:
            continue  # the section on the advice quotes it; only a later letter keeping it is new
        if not (maintained or ADVICE_BODY.search(sentence)):
            continue  # no Zorginstituut (CVZ) in it: most sentences, their dates not read
        dates = _advice_dates(text, a, b)
        if not (re.search(r"\badvies\b", sentence, re.I) or (dates and ADVISED.search(sentence))):
            continue
        if ADVICE_NOT_GIVEN.search(sentence) and not re.search(r"uitgebracht", sentence, re.I) \
                and not (out and FINAL_ADVICE.search(sentence)):
            continue  # (the report put before it, "dat … heeft laten weten bij zijn voorlopig advies te blijven": given)
        both = _provisional_made_final(text, a, b)
        if both:  # "in zijn voorlopig advies van 2 augustus 2024 (…), dat het bij brief van 24 september 2024 als
            # definitief advies heeft aangemerkt": two advices in one sentence (blind round 114)
            out += [f for f in both if (f.value["kind"], f.value["date"]) not in seen]
            seen |= {(f.value["kind"], f.value["date"]) for f in both}
            continue
        kind = ("final" if FINAL_ADVICE.search(sentence)
                else "provisional" if re.search(r"voorlopig", sentence, re.I) else "final")
        if not dates and kind == "final" and out and AT_HEARING.search(sentence):
            dates = _hearing_date(text, spans, a)  # "ter zitting … tot definitief advies verheven"
        case = ADVICE_CASE.search(sentence)
        if not dates and not ADVICE_GIVEN.search(sentence):
            if case and out and out[-1].value["case_number"] is None:  # "Het advies is … onder nummer X"
                out[-1] = Found({**out[-1].value, "case_number": case["n"].rstrip(".")}, out[-1].start, b)
            continue  # a sentence about an advice already named, not a new one
        key = (kind, dates[0].date if dates else None)
        if key in seen:
            continue
        seen.add(key)
        body = ("zorginstituut" if re.search(r"Zorginstituut", sentence)
                else "cvz" if ADVICE_BODY.search(sentence) or not out else out[-1].value["body"])
        out.append(Found({"kind": kind, "date": dates[0].date if dates else None,
                          "case_number": case["n"].rstrip(".") if case else None, "body": body}, a, b))
    if not out and not whole:
        return _advice_named(text, sections)
    return _earlier_made_provisional(text, out)


# "in zijn voorlopig advies van 12 januari 2021": an advice named by its day
ADVICE_OF = literals.compile(r"\b(?P<kind>voorlopig\w*\s+|definitie\w*\s+)?advies\s+(?:van|d\.d\.)\s+(?=\d)", re.I)


def _advice_named(text: str, sections: list[Section]) -> list[Found]:
    """A copy of a ruling's last part (no procedure): the advice its assessment, or its section on
    the advice, names by its day, in a sentence naming the Zorginstituut (CVZ), with the case number
    it gives."""
    out: list[Found] = []
    for zone in sections:
        if not zone.has("assessment", "zorginstituut"):
            continue
        for a, b in sentences(text, zone.body_start, zone.end):
            body = ADVICE_BODY.search(text, a, b)
            for m in ADVICE_OF.finditer(text, a, b) if body else ():
                day = [d for d in find_dates(text, m.end(), b) if d.date and d.start == m.end()]
                kind = "provisional" if (m["kind"] or "").lower().startswith("voorlopig") else "final"
                if day and all(f.value["date"] != day[0].date for f in out):
                    name = "zorginstituut" if re.search(r"Zorginstituut", text[a:b]) else "cvz"
                    case = ADVICE_CASE.search(text, m.end(), b)
                    out.append(Found({"kind": kind, "date": day[0].date,
                                      "case_number": case["n"].rstrip(".") if case else None, "body": name}, a, b))
            for day in _made_final_by_letter(text, a, b) if body else ():
                if all(f.value["date"] != day for f in out):
                    name = "zorginstituut" if re.search(r"Zorginstituut", text[a:b]) else "cvz"
                    out.append(Found({"kind": "final", "date": day, "case_number": None, "body": name}, a, b))
    return out


def _provisional_made_final(text: str, a: int, b: int) -> list[Found]:
    """A sentence naming the provisional advice by its day and the later letter that made it final:
    the two advices, each with its day (the case number goes with the provisional one)."""
    letters = _made_final_by_letter(text, a, b)
    named = [m for m in ADVICE_OF.finditer(text, a, b) if (m["kind"] or "").lower().startswith("voorlopig")]
    day = next((d for m in named[:1] for d in find_dates(text, m.end(), b) if d.date and d.start == m.end()), None)
    if not letters or day is None or day.date in letters:
        return []
    body = "zorginstituut" if re.search(r"Zorginstituut", text[a:b]) else "cvz"
    case = ADVICE_CASE.search(text, day.end, b)
    return [Found({"kind": "provisional", "date": day.date, "case_number": case["n"].rstrip(".") if case else None,
                   "body": body}, a, b),
            Found({"kind": "final", "date": letters[0], "case_number": None, "body": body}, a, b)]


# "…, dat het na de hoorzitting bij brief van 12 juni 2024 als definitief advies heeft aangemerkt" (blind round 68)
BY_LETTER = literals.compile(r"\bbij\s+brief\s+van\s+(?=\d)", re.I)


FINAL_REACH = 200  # characters after a letter's day in which its sentence may make the advice final


def _made_final_by_letter(text: str, a: int, b: int) -> list:
    """The days of letters that, in the sentence, make an advice final."""
    out = []
    for m in BY_LETTER.finditer(text, a, b):
        day = next((d for d in find_dates(text, m.end(), b) if d.date and d.start == m.end()), None)
        # ("… bij brief van 27 september 2022 laten weten dat de aantekeningen van de hoorzitting van 21 september
        # 2022 geen aanleiding geven zijn voorlopig advies aan te passen, zodat dit als definitief advies geldt":
        # the words making it final may stand far after the letter's day, blind round 93)
        if day is not None and MADE_FINAL.search(text, day.end, min(b, day.end + FINAL_REACH)):
            out.append(day.date)
    return out


def _advice_dates(text: str, a: int, b: int) -> list:
    """Exact dates of the sentence, those of the hearing it names ("Na de hoorzitting van 16 mei
    2018 heeft het Zorginstituut bij brief van 1 juni 2018 …") left out while another remains."""
    dates = [d for d in find_dates(text, a, b) if d.date]
    own = [d for d in dates if not HEARING_DATED.search(text, max(a, d.start - 30), d.start)]
    given = [d for d in own or dates if not _asked_clause(text, a, b, d.start)]
    return given or own or dates


def _asked_clause(text: str, a: int, b: int, at: int) -> bool:
    """Whether the clause (between semicolons) holding `at` tells the advice asked for, not
    given ("heeft de commissie het Zorginstituut om advies gevraagd; het Zorginstituut heeft op
    13 mei 2015 een voorlopig advies uitgebracht")."""
    lo = text.rfind(";", a, at) + 1 or a
    hi = text.find(";", at, b)
    hi = b if hi < 0 else hi
    return bool(ADVICE_NOT_GIVEN.search(text, lo, hi)) and not ADVICE_GIVEN.search(text, lo, hi)


def _hearing_date(text: str, spans: list[tuple[int, int, bool]], before: int) -> list:
    """The date of the hearing told before `before`: an advice made final there bears it."""
    for a, b, _ in reversed([s for s in spans if s[1] <= before]):
        if HEARING.search(text, a, b):
            dates = [d for d in find_dates(text, a, b) if d.date]
            if dates:
                return dates[-1:]
    return []


def _earlier_made_provisional(text: str, found: list[Found]) -> list[Found]:
    """An advice that a later letter declares final ("geldt als definitief advies") or keeps
    ("liet weten bij zijn advies te blijven") was the provisional one, even where the ruling never
    calls it so; one the ruling itself calls final stays final."""
    last = found[-1] if len(found) > 1 else None
    if not last or not MADE_FINAL.search(text, last.start, last.end):
        return found
    return [Found({**f.value, "kind": "provisional"}, f.start, f.end)
            if f is not last and not re.search(r"definitie[fv]", text[f.start:f.end], re.I) else f
            for f in found]


# "volgt … niet" beats "volgt": the departures are tried first
# the committee sharing the view of the sentence before, which tells the Zorginstituut's advice
SHARES = literals.compile(r"\s*De\s+commissie\s+(?:deelt|onderschrijft)\s+(?:dat|dit|die|deze)\s+"
                          r"(?:oordeel|opvatting|conclusie|advies)\b(?!\s+niet\b)")
ADVISER = literals.compile(r"\b(?:Zorginstituut|CVZ)\b")
_DEPARTS_FIRST = literals.Index(sorted(FOLLOWED, key=lambda item: item[0]), pattern=lambda item: item[1])


def advice_followed(text: str, sections: list[Section]) -> Found | None:
    """Whether the committee followed the Zorginstituut's advice: False when it departs from it
    on any point, True when it only follows it, None when it says neither."""
    zone = first(sections, "assessment")
    if zone is None:
        return None
    said = []
    spans = list(sentences(text, zone.body_start, zone.end))
    for a, b in literals.among(text, spans, *(p for _, p in FOLLOWED)):
        tried = _DEPARTS_FIRST.candidates(literals.within(text, a, b))
        value = next((v for v, pattern in tried if pattern.search(text, a, b)), None)
        if value is not None:
            said.append(Found(value, a, b))
    # "Het Zorginstituut heeft geadviseerd dat … . De commissie deelt dat oordeel."
    for k in literals.holding(text, spans, SHARES):
        a, b = spans[k]
        if k and SHARES.match(text, a, b) and ADVISER.search(text, *spans[k - 1]):
            said.append(Found(True, a, b))
    said.sort(key=lambda f: f.start)
    # followed on one point, departed from on another: not followed (in full); the departure is
    # the evidence
    return next((f for f in said if f.value is False), said[0] if said else None)


REQUEST_INTRO = literals.compile(r"(?:verzocht|verzoekt|verzoek(?:t)?\s+de\s+commissie|vraagt\s+de\s+commissie|de\s+commissie\s+gevraagd|gevorderd"
                                 r"|(?:wil|wenst)\s+dat\s+de\s+commissie)\b[^.]{0,120}?(?:te\s+bepalen|te\s+beslissen|om)?\s*:?", re.I)
# A numbered request: (1) · 1. · 1) · a. · a) · (i) — the next item, a blank line or the end closes it.
_ITEM_MARK = r"\(\d{1,2}\)|\d{1,2}[.)]|[a-h][.)]|\([a-h]\)|\((?:i|ii|iii|iv|v|vi|vii|viii)\)"
NUMBERED_ITEM = literals.compile(
    rf"(?:^|(?<=[:;]) )[ \t]*(?:\((?P<a>\d{{1,2}})\)|(?P<b>\d{{1,2}})[.)]|(?P<c>[a-h])[.)]|\((?P<r>i|ii|iii|iv|v|vi|vii|viii)\)|\((?P<p>[a-h])\))"
    rf"[ \t]+(?P<text>.+?)(?=\n[ \t]*(?:{_ITEM_MARK})[ \t]|;\s+(?:{_ITEM_MARK})|\n[ \t]*\n|\Z)", re.M | re.S)
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8}


def requests(text: str, sections: list[Section]) -> list[Found]:
    """The numbered requests to the committee, or the one request when not numbered."""
    zones = [s for s in sections if s.kind in ("requester_position", "procedure", "positions", "facts")]
    zones.sort(key=lambda s: {"requester_position": 0, "positions": 1, "procedure": 2, "facts": 3}[s.kind])
    for zone in zones:
        intros = _intros(text, zone)
        if not intros:
            continue
        # the introduction of a numbered list goes before an earlier one of a single request ("… en verzoekt de
        # commissie ook daarover te beslissen. … Verzoekster verzoekt de commissie te bepalen dat …: (1) …", blind
        # round 166)
        for k, intro in enumerate(intros):
            numbered = _numbered(text, intro, zone)
            if numbered:
                return numbered + _extended(text, intros[k + 1:], numbered, zone)
        a, b = _sentence_around(text, intros[0].start(), zone.body_start, zone.end)
        return [Found({"number": 1, "text": squash(text[a:b])}, a, b)]
    return []


def _extended(text: str, later: list, numbered: list[Found], zone: Section) -> list[Found]:
    """Requests a later introduction adds, numbered on from the list ("4.4. Ter zitting heeft verzoeker zijn verzoek
    uitgebreid en de commissie gevraagd ook te bepalen dat de zorgverzekeraar (3) de kosten … vergoedt", blind round
    166)."""
    out: list[Found] = []
    for intro in later:
        if intro.start() < numbered[-1].end:
            continue
        more = _numbered_after(text, intro.end(), zone.end, first=len(numbered) + len(out) + 1)
        out += more
    return out


def _numbered(text: str, intro, zone: Section) -> list[Found]:
    """The requests numbered after an introduction, in lines of their own or within its sentence."""
    items = _numbered_after(text, intro.end(), zone.end)
    a, b = _sentence_around(text, intro.start(), zone.body_start, zone.end)
    b = _items_continued(text, a, b, zone)
    inline = _inline_numbered(text, a, b)
    # "vergoedt: (1) de kosten …, en (2) de kosten …": after the colon, numbered within one sentence
    # (blind round 96)
    return items if items and len(items) >= len(inline) else inline


# "… de commissie verzocht een bindend advies uit te brengen. Hij verzoekt de commissie te bepalen dat …": the
# procedural request to the committee is not what it is asked to decide (blind round 93)
ADVICE_ASKED = literals.compile(r"\s*(?:om\s+)?een\s+bindend\s+advies\s+(?:uit\s+te\s+brengen|te\s+geven|te\s+wijzen)\b", re.I)


def _intros(text: str, zone: Section) -> list:
    """The zone's words introducing a request, in order, past a request for a binding advice as such
    when another introduction follows it."""
    intros = list(REQUEST_INTRO.finditer(text, zone.start, zone.end))
    return [m for m in intros if not ADVICE_ASKED.match(text, m.end())] or intros[:1]


def _items_continued(text: str, a: int, b: int, zone: Section) -> int:
    """Where a sentence of numbered requests ends when a line break before "(2)" split it (a
    numbered line opens a sentence): the following pieces that open with the next number."""
    count = len(list(INLINE_MARK.finditer(text, a, b)))
    if not count:
        return b
    for sa, sb in sentences(text, b, zone.end):
        m = INLINE_MARK.match(text, sa)
        if not m or m["n"] not in (str(count + 1), chr(ord("a") + count)):
            break
        b, count = sb, count + 1
    return b


# "te bepalen dat de zorgverzekeraar (1) de kosten … vergoedt, en (2) de kosten … vergoedt."
INLINE_MARK = literals.compile(r"(?<![\w(])\((?P<n>\d{1,2}|[a-h])\)\s+")


def _inline_numbered(text: str, a: int, b: int) -> list[Found]:
    """The requests numbered inside one sentence, when it counts them from one."""
    marks = list(INLINE_MARK.finditer(text, a, b))
    keys = [m["n"] for m in marks]
    first = "1" if keys and keys[0].isdigit() else "a"
    want = [str(i + 1) if first == "1" else chr(ord("a") + i) for i in range(len(keys))]
    if len(marks) < 2 or keys != want:
        return []
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else b
        item = re.sub(r"[\s,;.]*(?:\ben\b|\bof\b)?[\s,;.]*$", "", text[m.end():end])
        out.append(Found({"number": i + 1, "text": squash(item)}, m.end(), m.end() + len(item)))
    return out


def _sentence_around(text: str, pos: int, floor: int, ceiling: int) -> tuple[int, int]:
    for a, b in sentences(text, floor, ceiling):
        if a <= pos < b:
            return a, b
    return pos, ceiling


def _numbered_after(text: str, start: int, end: int, first: int = 1) -> list[Found]:
    out: list[Found] = []
    expected = first
    for m in NUMBERED_ITEM.finditer(text, start, end):
        if out and m.start() - out[-1].end > 3:
            break
        if not out and re.search(r"[.;]\s", text[start:m.start()]):
            break
        n = m["a"] or m["b"]
        letter = m["c"] or m["p"]
        number = int(n) if n else ROMAN[m["r"]] if m["r"] else ord(letter) - ord("a") + 1
        if number != expected:
            break
        a, b = next(sentences(text, m.start("text"), m.end("text")), (m.start("text"), m.end("text")))
        out.append(Found({"number": number, "text": squash(text[a:b])}, a, b))
        expected += 1
    return out
