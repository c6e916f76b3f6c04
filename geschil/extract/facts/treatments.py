"""The care itself: the days treatment was performed or finished, not the days of a plan, a bill
or a letter about it.
"""

from __future__ import annotations

import re

from geschil import literals
from geschil.dates import DateMention, find_dates
from geschil.extract.facts.common import (
    ACCIDENT,
    ADMISSION,
    BILL_BEFORE,
    CLEANING,
    CORRECTION,
    POSITIONS,
    TERM_END_BEFORE,
    TOLD,
    TREATMENT,
    TREATMENT_KIND,
    _is_accident_date,
    _is_other_event,
    _own_comma_clause,
    _rejected,
    _reported,
    _section_kind,
    _sentences,
    _sentences_with,
    _tells_care,
)
from geschil.extract.head import Found
from geschil.extract.sections import Section
from geschil.extract.text import squash

# Sentences that mention a treatment but date something else (a letter, an application, a file).
NOT_TREATMENT = literals.compile(r"aanvra|aangevraagd|akkoordverklaring|machtiging|toestemming|geïnformeerd|meegedeeld|\bbrief|advies"
                                 r"|geadviseerd|\buit\s+te\s+stellen\b|dossier|gereed\s+voor", re.I)
# a delivery named by its day where the case is told: "De levering van 27 april 2012 heeft de zorgverzekeraar niet
# vergoed" (blind round 73); not an earlier aid's in the assessment ("zijn verplichting uit de levering van 7 mei
# 2018")
DELIVERY = literals.compile(r"\blevering(?:en)?\b", re.I)
# a stay told by its end alone ("tot eind september 2024 in een revalidatiecentrum verbleven"): the background of the
# care at issue, as a discharge is
STAY_UNTIL = literals.compile(r"\btot\s+(?:en\s+met\s+)?(?:eind\s+|begin\s+|half\s+|medio\s+)?$", re.I)
# a stay's end told as the discharge ("en op 13 februari 2010 ontslagen"): no care that day
DISCHARGED = literals.compile(r"\s+(?:\w+\s+){0,3}?ontslagen\b", re.I)


# "de medische behandeling": the medical treatment the dental care of Bzv 2.7 lid 1 onder c serves, not that care
MEDICAL = literals.compile(r"\bmedische\s+behandel\w*", re.I)


def _medical_only(sentence: str) -> bool:
    """Whether the only care a sentence names is "de medische behandeling" ("de medische behandeling, de
    resectie, is in oktober 2016 afgerond", blind round 119): its days are not the care's claimed."""
    if not MEDICAL.search(sentence):
        return False
    rest = MEDICAL.sub(" ", sentence)
    return not _tells_care(rest, 0, len(rest))


# "…, zijn de kronen op 13 februari 2024 geplaatst. Daarmee was de behandeling afgerond."
FINISHED_AFTER = literals.compile(r"\s*(?:Daarmee|Hiermee|Daarna|Toen|Zo)\s+(?:was|is|werd)\s+de\s+(?:gehele\s+)?behandeling\s+(?:\w+\s+)?(?:afgerond|voltooid|beëindigd)", re.I)


# A sentence whose subject is a pronoun for the care told just before it, and says it was done.
PRONOUN_CARE = literals.compile(r"(?:Zij|Ze|Hij|Deze|Die)\s+(?:is|heeft|werd)\s+(?:[\w-]+\s+){0,6}?"
                                r"(?:plaatsgevonden|uitgevoerd|verricht|geplaatst|afgerond|voltooid)\b")


def treatment_dates(text: str, sections: list[Section]) -> list[Found]:
    """Dates of treatments (start, finished, performed, planned), exact or imprecise."""
    out: list[Found] = []
    concluded: set[int] = set()  # care told in a main clause a conclusion follows
    spans = list(_sentences(text, sections))
    told = literals.holding(text, spans, TREATMENT, CLEANING, CORRECTION, ADMISSION)
    delivered = [i for i in literals.holding(text, spans, DELIVERY)  # where its literal stands: the word itself
                 if _section_kind(sections, spans[i][0]) in TOLD and DELIVERY.search(text, *spans[i])]
    told = sorted(set(told) | set(delivered))
    rejected = _care_rejected(text, tuple(sections)) if told else []
    denied = {(d.earliest, d.latest) for lo, hi in rejected for d in find_dates(text, lo, hi)}
    reported = _reported(text, tuple(sections)) if denied else set()
    no_start = _no_start(text, sections) if told else set()
    no_part = _no_start(text, sections, NO_PART, own_clause=True) if told else set()
    # "De operatie is uitgesteld. Zij heeft op 9 februari 2021 plaatsgevonden.": the care by its pronoun
    after = [i + 1 for i in told if i + 1 < len(spans) and PRONOUN_CARE.match(text, *spans[i + 1])]
    for i in sorted(set(told) | set(after)):
        a, b = spans[i]
        sentence, conclusion = text[a:b], False
        if not (_tells_care(text, a, b) or i in after or i in delivered) or _medical_only(sentence):
            continue
        if CASE_HEARD.search(sentence):
            continue  # "De mondelinge behandeling heeft op 9 oktober 2024 plaatsgevonden": the case heard (blind round 167)
        if UNREAL.match(sentence):
            continue  # "Zonder die afzegging was de kroon op 24 februari 2022 geplaatst": care that did not happen
        if NOT_TREATMENT.search(sentence):
            # "De ritten van … zijn gemaakt nadat de geldigheidsduur van de toestemming was
            # verstreken": the main clause tells the care, the approval stands in the clause after
            # it (the facts and the committee's own words; a party's telling stays out)
            b = None if _section_kind(sections, a) in POSITIONS else _main_clause_end(text, a, b)
            if b is None:
                continue
            sentence, conclusion = text[a:b], bool(CONCLUSION.match(text, b))
        kind = next((k for k, p in TREATMENT_KIND if p.search(sentence)), None)
        admitted = kind is None and bool(ADMISSION.search(sentence))
        if admitted:
            kind = "performed"  # "is op 14 maart 2014 in het Centrum opgenomen": the stay's first day
        if kind is None or (kind == "performed" and ACCIDENT.search(sentence)):
            continue
        completes = i + 1 < len(spans) and bool(FINISHED_AFTER.match(text, *spans[i + 1]))
        # … or the clause after a semicolon: "De kronen … zijn op 2 september 2009 geplaatst; daarmee was de
        # behandeling voltooid." (blind round 81)
        semi = text.rfind(";", a, b)
        completes = completes or (semi >= 0 and bool(FINISHED_AFTER.match(text, semi + 1, b)))
        argued = bool(denied) and (_section_kind(sections, a) in POSITIONS or a in reported)
        days = find_dates(text, a, b)
        # "In oktober 2017 … de kroon op element 21 geplaatst en in maart 2018 de kroon op het
        # implantaat. Daarmee is de behandeling voltooid.": the last act completed it
        last = max((d.latest for d in days if d.latest), default=None) if completes else None
        for d in days:
            if _is_other_event(text, d, a) or _is_accident_date(text, d, a) or _billed(text, d, a, b):
                continue
            if NOT_SHOWN_THAT.search(text, a, d.start) or SUPPOSED.search(text, a, d.start):
                continue  # "Anders dan de zorgverzekeraar stelt, blijkt uit de stukken niet dat de beugel op 28 augustus
                # 2023 is geplaatst": a day the ruling says is not shown
            if _section_kind(sections, a) in POSITIONS and BILL_DAY_AFTER.match(text, d.end, b):
                continue  # "… gaat ervan uit dat de kroon op 17 oktober 2022 is geplaatst, de datum van de nota": a party
                # dating care by its bill (blind round 182)
            own = _clause_kind(text, d, a, b) or kind
            if AGE_REACHED.match(text, d.end, b) or (admitted and DISCHARGED.match(text, d.end, b)):
                continue  # "verzoekster werd op 19 augustus 2010 achttien jaar": a birthday (blind round 78)
            if admitted and len(days) == 1 and STAY_UNTIL.search(text, max(a, d.start - 12), d.start):
                continue  # "heeft hij tot 28 februari 2020 in een revalidatiecentrum verbleven": a stay's end alone
            if NOT_ON.search(text, max(a, d.start - 20), d.start):
                continue  # "de operatie niet op 26 juli 2024, maar pas na haar vakantie is uitgevoerd"
            if SUBMITTED_ON.search(text, max(a, d.start - 40), d.start) and SUBMITTED.match(text, d.end, b):
                continue  # "Het behandelplan is op 24 oktober 2016 ingediend, vóór de aanvang van …" (blind round 66)
            if own in ("start", "performed") and (LISTED_AFTER.match(text, d.end, b)
                                                  or LISTED_BEFORE.search(text, max(a, d.start - 80), d.start)):
                continue  # "op 10 juli 2007 is zij op de wachtlijst … geplaatst": listed, not treated (blind round 76)
            if own == "start" and d.date in no_start:
                continue  # "de screening van 3 juli 2007 … zijn geen begin van de behandeling" (blind round 76)
            if d.date in no_part:
                continue  # "… op 17 januari 2011 is een herstel … en geen onderdeel van de behandeling" (blind round 137)
            inside = any(lo <= d.start < hi for lo, hi in rejected)
            if (d.earliest, d.latest) in denied and ((own == "start" and (argued or inside))
                                                     or (own == "finished" and inside)):
                continue  # a party's start of the care the committee rejects ("volgt hem daarin niet"), or the finish
                # it rejects in so many words ("… niet in zijn standpunt dat de behandeling op 28 juni 2019 is
                # afgerond", blind round 168)
            if inside and ONLY_THEN.search(text, max(a, d.start - 14), d.start):
                continue  # "Het betoog van verzoeker dat de hoortoestellen pas op 23 april 2024 zijn afgeleverd, volgt de
                # commissie niet": the day itself is what the committee rejects (blind round 173)
            if DEEMED.match(text, d.end, b):
                continue  # "zodat de kroon op 28 juni 2019 moet worden geacht te zijn geplaatst": a day by fiction
            if own == "performed" and completes and d.latest == last:
                own = "finished"  # the next sentence says this act completed the treatment
            out.append(Found({"kind": own, "date": d.date, "earliest": d.earliest, "latest": d.latest,
                              "precision": d.precision, "text": squash(sentence)[:300]}, d.start, d.end))
            if conclusion:
                concluded.add(id(out[-1]))
    unique: dict = {}  # a treatment restated in the assessment is the same treatment
    for f in _vague_restated(_committee_finish_first(out, sections), sections):
        unique.setdefault((f.value["kind"], f.value["earliest"], f.value["latest"]), f)
    # ... and care a conclusion restates on a day other care was told ("De kroon is op 20 februari 2023 geplaatst,
    # en dus na afloop …" after "…; daarmee was de behandeling afgerond") is that care
    told = {(k[1], k[2]) for k, f in unique.items() if id(f) not in concluded}
    return [f for k, f in unique.items() if id(f) not in concluded or (k[1], k[2]) not in told]


# a past that did not happen: "Zonder die afzegging was de kroon op … geplaatst" (blind round 147)
UNREAL = literals.compile(r"\s*zonder\s+(?:die|de|deze|dat|dit|het|een|zijn|haar)\s+(?:[\w-]+\s+){1,2}?"
                          r"(?:was|waren|had|hadden|zou|zouden)\b", re.I)
# the day of a plan's submission told by its own verb ("is op 24 oktober 2016 ingediend"), not a day of care
SUBMITTED_ON = literals.compile(r"\b(?:is|werd|zijn|werden|heeft|hebben|had)\s+(?:[\w-]+\s+){0,3}?op\s+$", re.I)
SUBMITTED = literals.compile(r"\s+(?:(?:bij|aan|door)\s+de\s+[\w-]+\s+)?(?:ingediend|ingestuurd|voorgelegd|binnengekomen)\b", re.I)
AGE_REACHED = literals.compile(r"\s+(?:[\w-]+\s+)?jaar\b(?:\s+oud)?(?=\s*[.;,]|\s*$|\s+(?:is\s+|was\s+)?(?:geworden|bereikt)\b)",
                               re.I)
# a day the care was not given on: "niet op 26 juli 2024, maar pas na haar vakantie"
# … nor one a term is reckoned from: "Ook gerekend vanaf 17 november 2016 is de brug … niet binnen de
# termijn geplaatst" (blind round 66)
NOT_ON = literals.compile(r"\bniet\s+(?:op|in|per)\s+$|\b(?:gerekend|geteld|te\s+rekenen)\s+(?:vanaf|van|na)\s+$"
                          # … nor one it came after: "De kronen zijn na 14 augustus 2022 geplaatst" (blind round 88)
                          r"|\b(?:na|later\s+dan)\s+$", re.I)


# a place on a waiting list dated: "op 10 juli 2007 is zij op de wachtlijst … geplaatst", "op de wachtlijst
# geplaatst op 1 april 2015" (not "In verband met een wachtlijst … is de behandeling uitgevoerd op …")
LISTED_AFTER = literals.compile(r"\s*(?:[\w-]+\s+){0,3}?op\s+(?:de|een)\s+wachtlijst\b", re.I)
LISTED_BEFORE = literals.compile(r"\bop\s+(?:de|een)\s+wachtlijst\s+(?:(?!en\b)[\w-]+\s+){0,3}?(?:op|per|sinds)\s*$", re.I)
# "De intake van 12 juni 2007 en de screening van 3 juli 2007 … zijn geen begin van de behandeling"
NO_START = literals.compile(r"\b(?:is|zijn|was|waren|vormt|vormen|vormde|vormden)\s+(?:[\w-]+\s+){0,2}?(?:geen|niet\s+het)\s+"
                            r"(?:begin|aanvang|start)\s+van\s+de\s+behandeling\b"
                            # "De intake en de CBCT-scan van 24 september 2012 … maken geen deel uit van de behandeling"
                            r"|\b(?:maakt|maken|maakte|maakten)\s+geen\s+deel\s+uit\s+van\s+de\s+behandeling\b", re.I)


# "Het opnieuw vastzetten … op 17 januari 2011 is een herstel van een reeds voltooide voorziening en geen onderdeel van de
# behandeling waarvan verzoeker vergoeding vraagt" (blind round 137): no act of the care at all
NO_PART = literals.compile(r"\b(?:is|zijn|was|waren|vormt|vormen|vormde|vormden)\b[^.;]{0,80}?\bgeen\s+(?:onderdeel|deel)\s+"
                           r"van\s+de\s+behandeling\b", re.I)


def _no_start(text: str, sections: list[Section], pattern: re.Pattern = NO_START, own_clause: bool = False) -> set:
    """The days the committee or the facts say began no treatment (a party's saying is its argument); with
    NO_PART and `own_clause`, the days of acts they say are no part of it, those of the clause that says it only,
    not of one before a semicolon ("Met het plaatsen van de kroon op 28 februari 2018 was de behandeling voltooid;
    een nacontrole is geen onderdeel van de behandeling", blind round 16)."""
    return {d.date for a, b in _sentences_with(text, sections, pattern)
            if _section_kind(sections, a) not in POSITIONS and (m := pattern.search(text, a, b))
            for d in find_dates(text, max(a, text.rfind(";", a, m.start()) + 1) if own_clause else a, m.start())
            if d.date}


ONLY_THEN = literals.compile(r"\b(?:pas|eerst)\s+(?:op|in)\s+$", re.I)
CASE_HEARD = literals.compile(r"\b(?:mondelinge|inhoudelijke)\s+behandeling\b|\bbehandeling\s+(?:van\s+(?:het\s+geschil|de\s+zaak)"
                              r"|ter\s+zitting)\b", re.I)
DEEMED = literals.compile(r"\s*(?:moet|moeten|wordt|worden|werd|werden)\s+(?:te\s+)?(?:worden\s+)?geacht\b", re.I)


def _care_rejected(text: str, sections: tuple[Section, ...]) -> list[tuple[int, int]]:
    """The positions on the care the committee rejects ("De zorgverzekeraar stelt dat de
    behandeling op 14 februari 2022 is begonnen. De commissie volgt hem daarin niet."): a start
    they date is no start (a finish or an act a party dates may stand while the committee rejects
    what the party makes of it)."""
    return [(lo, hi) for lo, hi in _rejected(text, sections)
            if TREATMENT.search(text, lo, hi) or CLEANING.search(text, lo, hi)]


# ... or a conclusion coordinated to it: "De band is op 13 april 2017 aan verzoekster afgeleverd, en daarmee binnen de
# geldigheidsduur van de toestemming" (blind round 179)
CONCLUSION = literals.compile(r",\s*(?:en\s+)?(?:daarmee|dus|derhalve)\s+(?:binnen|buiten|na|vóór|voor|ruim|kort)\b", re.I)
SUBORDINATE = literals.compile(r",?\s+(?:nadat|voordat|omdat|doordat|terwijl|zodat|waardoor|hoewel)\b|" + CONCLUSION.pattern, re.I)


def _main_clause_end(text: str, a: int, b: int) -> int | None:
    """The end of a sentence's main clause when it tells care and the words of a document or an
    approval stand only in the subordinate clause after it; else None."""
    cut = SUBORDINATE.search(text, a, b)
    if cut is None or NOT_TREATMENT.search(text, a, cut.start()) or not _tells_care(text, a, cut.start()):
        return None
    return cut.start()
BILL_AFTER = literals.compile(r"\s*(?:is|zijn|werd|werden)?\s*(?:[\w-]+\s+){0,2}?(?:opgesteld|gedeclareerd|verzonden|betaald"
                              r"|goedgekeurd|afgewezen)\b", re.I)  # "… en op 8 maart 2011 is goedgekeurd"
# "welke termijn tot en met 5 november 2022 liep": the end of a term told before its verb
TERM_END_AROUND = literals.compile(r"\b(?:termijn|periode|geldigheidsduur)\s+(?:[\w-]+\s+){0,3}?(?:tot(?:\s+en\s+met)?|op)\s*$", re.I)
TERM_END_VERB = literals.compile(r"\s*(?:liep|loopt|eindigde|eindigt|verstreek|verstrijkt|verliep|afliep)\b", re.I)
# "vanaf 14 januari 2016 liep de termijn": the day a term counts from
TERM_FROM_AFTER = literals.compile(r"\s*(?:liep|loopt|begon|begint)\s+(?:de|het|die|deze)\s+(?:termijn|periode|geldigheidsduur)\b", re.I)


# "niet binnen twaalf maanden na het ongeval, 'dus vóór 11 januari 2018', voltooid": a bound, no day of care
BOUND_CARE = literals.compile(r"\b(?:vóór|uiterlijk(?:\s+op)?)\s*$", re.I)
# "begonnen op 12 september 2023, ruim vóór 1 oktober 2023": a day the care is measured against
COMPARED_BEFORE = literals.compile(r"\b(?:ruim|kort|lang|ver|(?:[\w-]+\s+)?(?:dagen|weken|maanden))\s+(?:vóór|voor|na)\s*$",
                                   re.I)


# "binnen drie jaar na 17 januari 2009 afgerond": the day a term counts from, not a day of care.
TERM_FROM_BEFORE = literals.compile(r"\b(?:jaar|jaren|maanden|maand|weken|week|dagen|dag)\s+"
                                    r"(?:na|vanaf|sinds|gerekend\s+vanaf)\s*$"
                                    # "binnen zes weken na de dagtekening van 4 mei 2016" (blind round 184)
                                    r"|\bdagtekening\s+(?:van\s+)?$", re.I)


# "Ook als van 20 mei 2009 wordt uitgegaan, …": a day supposed for the reckoning, none told (blind round 146)
SUPPOSED = literals.compile(r"\b(?:(?:ook|zelfs)\s+(?:als|indien|wanneer)|indien|ingeval|aangenomen\s+dat)\b[^,;]*$", re.I)
NOT_SHOWN_THAT = literals.compile(r"\b(?:blijkt|bleek)\b[^.;]{0,60}?\bniet\s+dat\b"
                                  r"|\bniet\s+(?:is\s+)?(?:gebleken|aannemelijk(?:\s+gemaakt)?|komen\s+vast\s+te\s+staan)\s+dat\b",
                                  re.I)
# the day a care date is said to be: the bill's ("…, de datum van de nota")
BILL_DAY_AFTER = literals.compile(r"[^.;]{0,40}?,\s*(?:zijnde\s+)?de\s+(?:datum|dagtekening)\s+van\s+(?:de|het|die|deze)\s+"
                                  r"(?:nota|factuur|declaratie|rekening)\b", re.I)


def _billed(text: str, d: DateMention, a: int, b: int) -> bool:
    """A bill's date, a term's end or the day a term counts from: no day of care."""
    before = text[max(a, d.start - 50):d.start]
    after = text[d.end:min(b, d.end + 60)]
    return bool(BILL_BEFORE.search(before) or TERM_END_BEFORE.search(before) or BOUND_CARE.search(before)
                or TERM_FROM_BEFORE.search(before) or COMPARED_BEFORE.search(before)
                or BILL_AFTER.match(after) or TERM_FROM_AFTER.match(after)
                or (TERM_END_AROUND.search(before) and TERM_END_VERB.match(after)))


def _vague_restated(found: list[Found], sections: list[Section]) -> list[Found]:
    """A party's care dated by a month or a season that holds a day the facts or the committee give
    it ("pas in maart 2012 kon worden afgeleverd" beside "is … pas op 2 maart 2012 … afgeleverd",
    blind round 148) is that care told vaguer, not other care."""
    def told_by_party(f: Found) -> bool:
        return _section_kind(sections, f.start) in POSITIONS
    days = [f.value["date"] for f in found if f.value["date"] is not None and not told_by_party(f)]
    return [f for f in found if f.value["date"] is not None or not told_by_party(f)
            or not any(f.value["earliest"] <= day <= f.value["latest"] for day in days)]


def _committee_finish_first(found: list[Found], sections: list[Section]) -> list[Found]:
    """When the facts or the assessment date the treatment's completion, a party's different
    completion date (its position: "volgens de verzekeraar is de behandeling afgerond op …")
    is that party's argument, not a fact of the case."""
    def kind_at(f: Found) -> str | None:
        return next((s.kind for s in sections if s.start <= f.start < s.end), None)
    own = [f for f in found if f.value["kind"] == "finished" and kind_at(f) not in POSITIONS]
    if not own:
        return found
    days = {f.value["earliest"] for f in own}
    return [f for f in found if not (f.value["kind"] == "finished" and kind_at(f) in POSITIONS
                                     and f.value["earliest"] not in days)]


def _clause_kind(text: str, d: DateMention, a: int, b: int) -> str | None:
    """The kind of treatment the date's own clause names ("Dat het implantaat op 15 februari 2021
    is geplaatst, maakt dit niet anders: … is eerst met de kroon voltooid" → performed)."""
    clause = _own_comma_clause(text, d, a, b)
    return next((k for k, p in TREATMENT_KIND if p.search(clause)), None)
