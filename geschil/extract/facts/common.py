"""Sentences and words every fact reads: the zones a fact may stand in, the sentences a party
or the committee rejects, and the patterns several facts share.
"""

from __future__ import annotations

import re

from geschil import literals
from geschil.dates import DateMention
from geschil.extract.sections import Section
from geschil.extract.text import sentences

FACT_SECTIONS = ("facts", "procedure", "requester_position", "insurer_position", "positions",
                 "assessment", "zorginstituut")
# Words that describe an accident (the event that damaged the teeth).
# an injury sustained, the accident told without its word (blind round 133)
INJURY = (r"\b(?:\w{0,12}letsel|verwondingen|verwonding|brandwonden|wonden|fractuur|breuk)\s+(?:[\w,]+\s+){0,5}?opgelopen\b"
          r"|\bliep(?:en)?\s+(?:\w+\s+){0,5}?(?:\w{0,12}letsel|verwondingen|brandwonden|een\s+fractuur)\b[^.;]{0,60}?\bop\b")
# The word boundary opens a group of the alternatives rather than each one: the same matches,
# but a place inside a word is refused by one test instead of twenty (a third of the time).
ACCIDENT = literals.compile(r"\b(?:ongeval\w*|ongeluk\w*|\w*ongeval\b|gevallen\b|uitgegleden\b|uitgleed\b|trauma\b"
                      r"|valpartij|gestruikeld|ten\s+val\s+gekomen|aangereden|botsing|uitgeslagen"
                      r"|onderuit(?:gegaan|gegleden|ging|gingen)\b"
                      # "… en viel zij met haar gezicht op de rand van een krat" (the faller named after the verb)
                      r"|viel(?:en)?\s+(?:zij|hij|ze|verzoek(?:st)?er)\b)"
                      # "door een bal op de mond geraakt" (blind round 109)
                      r"|(?:in|op|tegen)\s+(?:het|de|zijn|haar)\s+(?:gezicht|mond|gebit|tanden|kaak)\s+geraakt"
                      r"|\b(?:mishandeld|gebeten\b|hondenbeet|geworpen\b|terechtgekomen\b|terechtkwam\b"
                      r"|(?:de|die|deze|zijn|haar)\s+val\s+(?:\w+\s+){0,6}?(?:plaatsgevonden|plaatsvond|vond|gebeurd|gebeurde)\b)"
                      # "door een steekvlam brandwonden in haar gezicht opgelopen", "liep hij letsel … op"
                      r"|" + INJURY, re.I)
ACCIDENT_AFTER = literals.compile(r"\s*(?:is|heeft|zijn)?\s*(?:\w+\s+){0,3}?(?:een\s+\w*(?:ongeval|ongeluk)|(?:\w+\s+){0,2}(?:gevallen|uitgegleden|aangereden|geraakt))\b", re.I)
TREATMENT = literals.compile(r"behandel\w*|implanta\w*|\bkro(?:o)?n\w*|brug\w*|prothes\w*|extracti\w*|geplaatst|aangebracht"
                       r"|\btrekken\b|getrokken|\bvull(?:en|ing\w*)\b|wortelkanaal\w*"
                       # a tooth prepared for its crown, a temporary crown: the crown's treatment begun (blind round 105)
                       r"|\bgeprepareerd\b|\bprepareren\b|\bnoodkro(?:o)?n\w*"
                       # care other than dental: an operation ("heeft de chirurg beide oogleden gecorrigeerd")
                       r"|\boperatie\b|\bingreep\b|\bgeopereerd\b|\bgecorrigeerd\b|\bgetransplanteerd\b"
                       # a device implanted ("is de definitieve neurostimulator geïmplanteerd", blind round 156)
                       r"|\bgeïmplanteerd\b"
                       # an excision by its noun, as a hospital's bill lists it ("14.05.09 excisie lymfangioom", round 173)
                       r"|\bexcisie\b"
                       # an aid delivered ("de KEVO is op 2 juni 2017 aan verzoeker afgeleverd", "De
                       # fluoridekappen zijn op 7 maart 2016 aan verzoeker geleverd"; not proof "geleverd", nor parts that "worden geleverd")
                       r"|\bafgeleverd\b|\b(?<!bewijs\s)(?<!informatie\s)(?<!gegevens\s)(?<!worden\s)(?<!wordt\s)(?<!meer\s)geleverd\b|\borthese\w*"

                       # transport is care on the days of its rides ("de ritten op 20 en 23 augustus 2021")
                       r"|\b(?:taxi)?ritten\b"
                       # an IVF attempt and its steps ("De derde poging is op 9 juli 2018 begonnen", "De
                       # follikelpunctie heeft op 20 juli 2018 plaatsgevonden") (blind round 78)
                       r"|\b(?:ivf-)?poging(?:en)?\b|\b(?:hormonale\s+)?stimulatie\b|\bfollikelpunctie\b|\bterugplaatsing\b", re.I)
# a plastic surgeon's correction, reduction or -plastiek ("de buikwandcorrectie verricht", "De mammareductie is
# op 9 juni 2017 … verricht"): apart from TREATMENT, whose
# every alternative begins with its word, so that it is sought only where one of them begins (not
# every procedure by its kind: "in 2023 een maagverkleining ondergaan" is history, not the care at issue);
# a therapy's session likewise ("De eerste neurofeedbacksessie heeft op 7 december 2015 plaatsgevonden")
# ... and an excision or incision named by its kind ("de gingivectomie … uitgevoerd", blind round 144)
CORRECTION = literals.compile(r"\b\w*(?:correctie|reductie|plastiek|sessies?|ectomie|otomie)\b", re.I)
# a cleaning named by its kind ("de professionele gebitsreiniging … op 10 januari 2011 … laten
# uitvoeren", blind round 35): care as TREATMENT's words are, apart for the same reason
CLEANING = literals.compile(r"\b\w*reiniging\b", re.I)
# an admission to a care institution ("is op maandag 12 maart 2018 in de kliniek opgenomen", "De opname in de
# kliniek te Nordhorn is op … aangevangen", blind round 107): care on its day; not a provision "opgenomen in de
# polis", nor an admission only planned ("kon verzoeker op 8 januari 2018 opnemen"), nor a hospital stay, which
# the rulings tell as the background of a delay ("in verband met een longontsteking in het ziekenhuis opgenomen
# geweest"): the care at issue there is named by its operation
# ... and a stay told by its verb ("heeft van 20 december 2021 tot en met 14 januari 2022 in het herstellingsoord
# verbleven", blind round 146): its days are the care's
_INSTITUTION = r"\w*(?:kliniek|klinik|centrum|instelling|hospice|verpleeghuis|herstellingsoord|zorghotel)\b"
ADMISSION = literals.compile(r"\b(?:opgenomen|verbleven)\s+in\s+(?:het|de|een)\s+(?:[\w-]+\s+){0,3}?" + _INSTITUTION
                             + r"|\b(?:klinische\s+)?opname\s+in\s+(?:het|de|een)\s+(?:[\w-]+\s+){0,3}?" + _INSTITUTION
                             + r"|\bin\s+(?:het|de|een)\s+(?:[\w-]+\s+){0,3}?" + _INSTITUTION
                             + r"(?:\s+[\w-]+){0,4}?\s+(?:opgenomen|verbleven)\b|\bklinisch\s+opgenomen\b", re.I)


def _tells_care(text: str, a: int, b: int) -> bool:
    return bool(TREATMENT.search(text, a, b) or CLEANING.search(text, a, b) or CORRECTION.search(text, a, b)
                or ADMISSION.search(text, a, b))


TREATMENT_KIND = [
    # ... or the last session of a series told ("De laatste behandeling vond plaats op 18 december 2018", blind round 116)
    ("finished", literals.compile(r"afgerond|voltooid|beëindigd|afgesloten|gereed|\bklaar\b"
                                  r"|\blaatste\s+(?:[\w-]+\s+)?(?:behandeling|sessie|zitting)\b", re.I)),
    ("start", literals.compile(r"gestart|aangevangen|begonnen|\bstart\w*|aanvang", re.I)),
    # ("of de operatie zou worden vergoed" asks about cover, plans no care)
    ("planned", literals.compile(r"gepland|ingepland|(?:zal|zou|zouden|zullen)\b[^.;]{0,40}?\b(?:worden\b(?!\s+vergoed)"
                                 r"|zijn\s+(?:geplaatst|aangebracht|afgerond|voltooid|uitgevoerd))|afspraak", re.I)),
    ("performed", literals.compile(r"uitgevoerd|verricht|geplaatst|aangebracht|behandeld|ondergaan|plaatsgevonden|gekregen|\b(?:af)?geleverd\b"
                                   r"|geopereerd|gecorrigeerd|getransplanteerd|\bgeïmplanteerd\b|\bgeprepareerd\b|\b(?:taxi)?ritten\s+(?:op|van|in\s+de\s+periode\s+van)\s"
                                   # "De eerste behandeling vond plaats op …", "De twaalfde en de dertiende behandeling
                                   # zijn gegeven op …" (blind round 51)
                                   r"|\bvond(?:en)?\s+(?:\w+\s+)?plaats\b|\bbehandeling\w*\b[^.;]{0,60}?\bgegeven\b"
                                   r"|\blevering(?:en)?\b[^.;]{0,30}?\b(?:van|op)\s+\d"
                                   # care one had done: "heeft de gebitsreiniging … op 10 januari 2011 … laten
                                   # uitvoeren" (not care to be had done, "te laten uitvoeren")
                                   r"|\b(?:heeft|hebben)\s+(?:(?!kunnen\b|moeten\b|willen\b)[\w,-]+\s+){0,24}?(?<!te\s)laten"
                                   r"\s+(?:uitvoeren|verrichten)\b", re.I)),
]


def _zones(sections: list[Section]):
    return [s for s in sections if s.has(*FACT_SECTIONS)]


def _sentences(text: str, sections: list[Section]):
    for zone in _zones(sections):
        yield from sentences(text, zone.body_start, zone.end)


def _sentences_with(text: str, sections, *patterns) -> list[tuple[int, int]]:
    """The fact sentences in which one of the patterns may match (their literals stand there)."""
    return literals.among(text, list(_sentences(text, sections)), *patterns)



def _rejected(text: str, sections: tuple[Section, ...]) -> list[tuple[int, int]]:
    """The spans of the positions the committee rejects in its assessment."""
    from geschil.extract.statements import classified

    return [st["inner"] for st in classified(text, sections)
            if st["stance"] == "rejects" and st["inner"] and st["section"] == "assessment"]
UNPROVEN = literals.compile(r"dat\b[^;]{0,300}?,\s+(?:is|was)\s+(?:(?:dus|daarom|dan\s+ook|derhalve)\s+)?(?:niet|onvoldoende)\s+(?:aannemelijk\s+(?:geworden|gemaakt)"
                            r"|gebleken|bewezen|komen\s+vast\s+te\s+staan|vast\s+komen\s+te\s+staan)\b", re.I)


def _reported(text: str, sections: tuple[Section, ...]) -> set[int]:
    """The starts of the assessment's sentences in which the committee reports what a party says
    ("verzoeker stelt dat het ongeval op 20 januari 2024 plaatsvond")."""
    from geschil.extract.statements import classified

    return {st["span"][0] for st in classified(text, sections)
            if st["section"] == "assessment" and st["stance"] == "reports"}


def _section_kind(sections: list[Section], offset: int) -> str | None:
    return next((s.kind for s in sections if s.start <= offset < s.end), None)


def _is_accident_date(text: str, date: DateMention, floor: int) -> bool:
    """`het ongeval op 12 maart 2015`, `op 5 januari 2012 een ongeval`: the accident's own date."""
    before = text[max(floor, date.start - 30):date.start]
    after = text[date.end:date.end + 60]
    # ... and "uitgaande van een ongeval in juli 2008" (blind round 68)
    return bool(ACCIDENT_DAY_BEFORE.search(before) or ACCIDENT_AFTER.match(after))


# ... not a form or report named after it: "het ongevalsformulier op 3 maart 2021" (blind round 187),
# ... nor the plural a form is named for: "het schadeformulier tandheelkundige ongevallen op 6 september 2018" (round 187)
ACCIDENT_DAY_BEFORE = re.compile(r"(?:ongeval|ongeluk)(?!len\b)(?!(?:s|len)?(?:formulier|melding|aangifte|verklaring|rapport|registratie"
                                 r"|dekking|verzekering))\w*\s+(?:op|van|in|d\.d\.)\s*$"
                                 # ... or in apposition: "Gerekend vanaf de datum van het ongeval, 15 februari 2010, …"
                                 r"|\b(?:datum|dag)\s+van\s+het\s+(?:\w+\s+)?(?:ongeval|ongeluk)\s*,\s*$", re.I)


# "de brief van", "de verklaring van de tandarts van", "de nota d.d.", "de controle van": a
# document's or another visit's own date.
OTHER_DOCUMENT = literals.compile(r"(?:brief|aanvraag|akkoordverklaring|machtiging|toestemming|(?:behandel)?plan|e-mail"
                            r"|beslissing|advies|verklaring|nota"
                            r"|rapport|verslag|journaal|patiëntenkaart|offerte|declaratie|factuur|controle|consult|bezoek|afspraak"
                            # "op het ongevallenformulier van 9 juni 2017" (blind round 128): the form's day
                            r"|formulier"
                            r"|(?:röntgen)?opname|foto|aantekening|notitie)(?:\s+van\s+(?:de|het|haar|zijn)"
                            r"\s+[\w-]+)?\s+(?:van|d\.d\.)\s*$"
                            # the report of the accident: "vanaf de melding van het ongeval op 5 oktober 2015"
                            r"|\b(?:schade)?(?:melding|aanmelding|opgave|aangifte|kennisgeving)\s+van\s+(?:het|dat|dit|zijn|haar)"
                            r"\s+(?:\w+\s+)?(?:ongeval|ongeluk)\s+op\s*$"
                            # an entry of a record: "Daarop staat bij 16 mei 2011 de aantekening: …"
                            r"|\b(?:vermeld\w*|staat|stond|genoteerd|aangetekend)\s+(?:bij|onder)\s*$", re.I)


def _is_other_event(text: str, date: DateMention, floor: int) -> bool:
    """A date that belongs to a letter, an application or an approval, not to the accident."""
    before = text[max(floor, date.start - 70):date.start]
    return bool(OTHER_DOCUMENT.search(before))


PERIOD_PRECISIONS = ("period", "month", "season")  # a year alone is too wide to place an application
# ... or its receipt stamp ("De brief draagt het ontvangststempel van de zorgverzekeraar van 27 september 2010", blind
# round 119)
ARRIVED = literals.compile(r"\b(?:ontvangen|binnengekomen|ontvangststempel|ontvangstdatum)\b", re.I)


def _semicolon_clause(text: str, start: int, end: int, a: int, b: int) -> tuple[int, int]:
    """The part of the sentence text[a:b] between the semicolons around text[start:end]."""
    left = text.rfind(";", a, start)
    right = text.find(";", end, b)
    return (a if left < 0 else left + 1), (b if right < 0 else right)
NAMES_APPLICATION = literals.compile(r"\b(?:aanvraag|behandelplan|plan)\s+(?:van|d\.d\.)\s*$", re.I)
LETTER_BEFORE = literals.compile(r"(?:brief|brieven|bericht|e-mail|mail|schrijven)\s+(?:van|d\.d\.)\s*(?:\d.{0,20}en\s+)?$", re.I)


WEEKDAY_END = literals.compile(r"\b(?:maan|dins|woens|donder|vrij|zater|zon)dag\s*$", re.I)


def _no_weekday(before: str) -> str:
    """The words before a date without the day of the week that may precede it ("Bij brief van
    woensdag 26 april 2017"): the date's own words stand before that."""
    m = WEEKDAY_END.search(before)
    return before[:m.start()] if m else before


TOLD = ("facts", "procedure")  # the sections that tell the case, not argue it


# a party's view of the approval's end, reported: "Volgens de zorgverzekeraar was de machtiging geldig tot …"
# ... or its letter's: "Volgens onze gegevens heeft het ongeval plaatsgevonden op 14 augustus 2013" (round 57)
PARTY_VIEW = literals.compile(r"\bvolgens\s+(?:de\s+)?(?:(?:zorg|ziektekosten)?verzekeraar|verzoek(?:st)?er)\b"
                              r"|\bvolgens\s+onze\s+(?:gegevens|administratie|informatie|systemen)\b"
                              # a party's claim the committee names: "De stelling van verzoeker dat het ongeval op
                              # 22 augustus 2015 plaatsvond, acht de commissie … niet onderbouwd" (blind round 100)
                              r"|\b(?:stelling|standpunt|lezing|opvatting|betoog)\s+van\s+(?:de\s+)?"
                              r"(?:(?:zorg|ziektekosten)?verzekeraar|verzoek(?:st)?er)\s+dat\b", re.I)


# "de nota van 4 maart 2024", "waarvoor de nota op 4 maart 2024 is opgesteld": a bill's date.
# ... "De nota van de plaatprothese is pas op 20 september 2021 ingediend" (blind round 120)
BILL_BEFORE = literals.compile(r"(?:nota|declaratie|factuur|rekening)(?:\w*|'s)\s+(?:[\w-]+\s+){0,3}?(?:op|van|d\.d\.)\s*$"
                              r"|\b(?:de|die|deze)\s+(?:nota|declaratie|factuur|rekening)\s+(?:van\s+(?:de|het)\s+[\w-]+\s+)?"
                              r"(?:is|werd)\s+(?:pas\s+|eerst\s+|al\s+)?op\s*$"
                              # "die verzoeker ter zitting van 16 november 2022 heeft overgelegd": the hearing's day
                              r"|\b(?:hoor)?zitting\s+(?:van|op)\s*$"
                              # "een nota gezonden, gedagtekend 28.09.09" (blind round 173)
                              r"|(?:nota|declaratie|factuur|rekening)\w*\b[^.;]{0,40}?\b(?:gedagtekend|gedateerd)\s+(?:op\s+)?$", re.I)


# "de termijn liep tot 14 maart 2024": the end of a term, not a day of care.
# ... also with the term named and a part of the month ("liep de termijn van 26 weken tot half juli 2016")
TERM_END_BEFORE = literals.compile(r"(?:liep|loopt|eindigde|eindigt|verstreek|verstrijkt|verliep)\s+(?:[\w-]+\s+){0,6}?"
                             r"(?:tot(?:\s+en\s+met)?|op)\s+(?:(?:half|medio|begin|eind|einde)\s+)?$", re.I)


POSITIONS = ("requester_position", "insurer_position", "positions")


def _own_comma_clause(text: str, d: DateMention, a: int, b: int) -> str:
    """The date's clause within text[a:b], between the punctuation marks around it."""
    start = max(text.rfind(c, a, d.start) for c in ",;:") + 1 or a
    ends = [i for i in (text.find(c, d.end, b) for c in ",;:") if i >= 0]
    return text[max(start, a):min(ends) if ends else b]
