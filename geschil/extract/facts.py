"""The facts the reasoning needs: accident, applications, treatments, the akkoordverklaring.

Each fact is read from the sentence that states it; an imprecise date keeps its bounds and
never becomes an exact one. Quoted policy conditions (the annex) are not facts of the case.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import defaultdict
from functools import lru_cache

from geschil import literals
from geschil.dates import MONTHS, ORDINAL_DAY, DateMention, add_months, find_dates
from geschil.extract.head import Found
from geschil.extract.parameters import APPROVAL_VALIDITY, CARE_DUE, ISSUE, in_unit, number
from geschil.extract.sections import Section
from geschil.extract.text import sentences, squash

# Sentences that mention a treatment but date something else (a letter, an application, a file).
NOT_TREATMENT = literals.compile(r"aanvra|aangevraagd|akkoordverklaring|machtiging|toestemming|geïnformeerd|meegedeeld|\bbrief|advies"
                                 r"|geadviseerd|\buit\s+te\s+stellen\b|dossier|gereed\s+voor", re.I)
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
ACCIDENT_NAMED = literals.compile(r"\b(?:het|dat|dit)\s+(?:\w+\s+)?(?:ongeval|ongeluk)\s+(?:van|d\.d\.)\s*$", re.I)
# A date that bounds the accident ("vóór 6 april 2009") is no exact accident date.
# a bound, or a day assumed for a computation ("gaat daarom uit van 1 juni 2014, het begin van de
# maand waarin het ongeval … heeft plaatsgevonden"): not the day the accident happened
BOUND_BEFORE = literals.compile(r"(?:vóór|voor|na|uiterlijk(?:\s+op)?|omstreeks|rond|ongeveer|tussen|sinds|later\s+dan"
                                r"|eerder\s+dan|\buit(?:gaande|gegaan|gaan)?\s+van)\s*$", re.I)
ACCIDENT_AFTER = literals.compile(r"\s*(?:is|heeft|zijn)?\s*(?:\w+\s+){0,3}?(?:een\s+\w*(?:ongeval|ongeluk)|(?:\w+\s+){0,2}(?:gevallen|uitgegleden|aangereden|geraakt))\b", re.I)
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
# a claim form sent to the insurer: an application for accident cover, tied to its day (blind round 85)
_FORM_SENT = (r"(?:schade|melding)s?formulier\b[^.;]{0,120}?\baan\s+de\s+(?:ziektekosten|zorg)?verzekeraar\s+"
              r"(?:gezonden|toegezonden|verzonden|gestuurd|verstuurd|gemaild)\b")
APPLICATION = literals.compile(r"\baanvra(?:ag|gen)\b|\baangevraagd\b|\bmachtigingsaanvraag|\baanvraagformulier"
                         r"|\bverzoek\s+(?:van\s+[\w-]+\s+)?om\s+(?:een\s+)?(?:akkoordverklaring|machtiging|toestemming|vergoeding)"
                         # (a long relative clause may stand between: "Het eerste behandelplan …, dat dateert van
                         # 20 september 2010 en voorzag in …, is op 24 september 2010 … ingediend", blind round 62)
                         rf"|(?:behandelplan|begroting)\b{_IN_CLAUSE}{{0,260}}?\b(?:ingediend|voorgelegd|ingestuurd)\b"
                         # "Op 12 april 2010 heeft de tandarts een behandelplan … aan de ziektekostenverzekeraar gezonden"
                         # (blind round 97)
                         rf"|(?:behandelplan|begroting)\b{_IN_CLAUSE}{{0,120}}?\b(?:aan|naar)\s+de\s+(?:ziektekosten|zorg)?verzekeraar\s+"
                         r"(?:toe)?(?:gezonden|gestuurd|verstuurd|verzonden)\b"
                         # "… via het zorgverlenersportaal van de zorgverzekeraar … een behandelplan … verzonden" (blind round 133)
                         rf"|portaal\b{_IN_CLAUSE}{{0,120}}?\b(?:behandelplan|begroting)\b{_IN_CLAUSE}{{0,120}}?"
                         r"\b(?:toe)?(?:gezonden|gestuurd|verstuurd|verzonden)\b"
                         # "In april 2022 heeft de kaakchirurg dit plan via het portaal … ingediend" (round 53)
                         rf"|\b(?:dit|dat|het)\s+(?:gewijzigde\s+|nieuwe\s+|aangepaste\s+)?plan\b{_IN_CLAUSE}{{0,80}}?\b(?:ingediend|voorgelegd|ingestuurd)\b"
                         # "heeft de ziektekostenverzekeraar van de tandarts (van verzoekster) een nieuw behandelplan … ontvangen"
                         rf"|verzekeraar\s+(?:van\s+(?:de|het|haar|zijn)\s+[\w-]+\s+(?:van\s+(?:de\s+|het\s+)?[\w-]+\s+)?)?(?:een\s+|het\s+|zijn\s+)?(?:nieuw\w*\s+|gewijzigd\w*\s+)?(?:behandelplan|begroting)\b{_IN_CLAUSE}{{0,80}}?\b(?:gezonden|toegezonden|gestuurd|verstuurd|ontvangen)\b"
                         # "Het behandelplan … is op 24 april 2020 bij de zorgverzekeraar binnengekomen"
                         # … "is op 24 juni 2020 door de zorgverzekeraar ontvangen"
                         # … "Dat plan is op 21 juni 2011 door de ziektekostenverzekeraar ontvangen" (blind round 85)
                         rf"|(?:behandelplan|begroting|\b(?:dit|dat|het)\s+(?:gewijzigde\s+|nieuwe\s+|aangepaste\s+)?plan\b)"
                         rf"{_IN_CLAUSE}{{0,140}}?\b(?:bij|door)\s+de\s+(?:ziektekosten|zorg)?verzekeraar\s+(?:is\s+|was\s+)?(?:binnengekomen|ontvangen)\b"
                         # "Op 8 februari 2021 is bij de zorgverzekeraar een behandelplan … binnengekomen"
                         rf"|\bbij\s+de\s+(?:ziektekosten|zorg)?verzekeraar\s+(?:een|het)\s+(?:[\w-]+\s+){{0,2}}?(?:behandelplan|begroting)\b{_IN_CLAUSE}{{0,80}}?\b(?:binnengekomen|ontvangen|ingediend)\b"
                         # … "Het formulier draagt het ontvangststempel van 2 maart 2016" (blind round 85)
                         r"|(?:\bformulier|(?:schade|melding)s?formulier)\b[^.;]{0,200}?\b(?:binnengekomen|ontvangen|ingediend"
                         r"|ingestuurd|ontvangststempel)\b"
                         # "heeft verzoeker het ingevulde schadeformulier als bijlage bij een e-mail aan de zorgverzekeraar
                         # gezonden" (blind round 85)
                         r"|" + _FORM_SENT +
                         # "De zorgverzekeraar heeft (op 5 april 2018) dat plan (van de tandarts) (op …) ontvangen"
                         rf"|verzekeraar\s+(?:heeft|had)\s+(?:op\s+\d[^.;,]{{4,20}}?\s+)?(?:een|het|dat|dit|dit|zijn|haar)\s+(?:nieuw\w*\s+|gewijzigd\w*\s+)?"
                         rf"(?:behandel)?plan\b{_IN_CLAUSE}{{0,80}}?\b(?:ontvangen|binnengekregen)\b"
                         # "Bij de ziektekostenverzekeraar is op 27 mei 2011 een melding van het ongeval binnengekomen"
                         r"|\bmelding\s+van\s+(?:het|een|dat)\s+ongeval\b[^.;]{0,80}?\b(?:binnengekomen|ontvangen|ingediend)\b"
                         r"|" + _FORM_NOTIFIED +
                         # "Bij brief van 11 maart 2024, door de zorgverzekeraar ontvangen op 14 maart 2024, heeft de tandarts
                         # een ongevalsverklaring en een behandelplan toegezonden" (blind round 93)
                         rf"|verzekeraar\s+ontvangen\b{_IN_CLAUSE}{{0,120}}?\b(?:behandelplan|begroting)\b{_IN_CLAUSE}{{0,40}}?"
                         r"\b(?:toegezonden|gezonden|gestuurd|verstuurd|ingediend)\b"
                         r"|\b(?:binnengekomen|ontvangen)\b[^.;]{0,30}?\bmelding\s+van\s+(?:het|een|dat)\s+ongeval\b"
                         r"|(?:behandelplan|begroting)\b[^.;]{0,60}?\bter\s+(?:beoordeling|goedkeuring)\s+aan\s+de\s+"
                         r"(?:ziektekosten|zorg)?verzekeraar\s+(?:gestuurd|toegezonden|verzonden)\b|" + _ASKED, re.I)
# "heeft zij daarnaast om vergoeding van de correctie van de onderoogleden gevraagd" (round 56): an
# application told by the facts or the committee; a party's "stelt dat verzoekster pas op … om
# vergoeding heeft gevraagd" is that party's telling, unlike the application told in its words
# (led by "vergoed(ing)", whose shorter literal leaves the pre-filter to the rarer verbs: "vergoeding"
# stands in nearly every sentence of a ruling)
_REFUND = r"\bom\s+(?:een\s+)?vergoed(?:ing)?\b(?:(?!commissie)" + _IN_CLAUSE + r"){0,100}?\b(?:gevraagd|verzocht)\b"
REFUND_ASKED = literals.compile(_REFUND, re.I)
TO_COMMITTEE = literals.compile(r"\bcommissie\b[^.;,]*$", re.I)  # "heeft de commissie om vergoeding … gevraagd"
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
                                    r"(?:[\w-]+\s+){0,2}?(?:maanden|maand|jaar|weken)"
                                    r"(?:\s*,?\s*(?:gerekend|te\s+rekenen))?\s+"
                                    r"(?:na|vanaf)\s+" + ISSUE
                                    # "dat de machtiging zes maanden geldig is na de datum van de brief" (blind round 111)
                                    + r"|\b(?:maanden|maand|jaar|weken)\s+geldig(?:\s+(?:is|was|blijft|bleef))?"
                                      r"(?:\s*,?\s*(?:gerekend|te\s+rekenen))?\s+(?:na|vanaf)\s+"
                                    + ISSUE
                                    # "… moeten worden geplaatst binnen zes maanden, gerekend vanaf de datum van deze brief"
                                    + r"|\b" + CARE_DUE + r"\s+binnen\s+(?:[\w-]+\s+){1,2}?(?:maanden|maand|jaar|weken)\s*,?\s*"
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
TERM_EXTENDED = literals.compile(r"\btermijn\b[^.;]{0,60}?\bverlengd\b|\bverlenging\s+van\s+(?:de|die|deze)\s+termijn\b", re.I)
# "tot en met vrijdag 31 maart 2017": the day named with its weekday (blind round 123)
WEEKDAY = r"(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\s+)?"
VALIDITY = literals.compile(
    # "toestemming … voor de duur van zes maanden, van 19 januari 2009 tot en met 18 juli 2009"
    # … or an extension: "die hij bij brief van 16 april 2007 heeft verlengd tot en met 21 maart 2008"
    r"(?P<verb>geldig\w*|geldt|gelden|gold|golden|verlengd|verlenging|voor\s+de\s+periode|voor\s+de\s+duur\s+van\s+[^,.;]{1,30}?,)"
    r"\s+(?:was\s+|is\s+)?"
    # "Deze toestemming geldt voor een behandeling in de periode van 4 juni 2024 tot en met …"
    r"(?:voor\s+(?:een|de|het)\s+[\w-]+\s+)?(?:in\s+de\s+periode\s+)?"
    r"(?:(?:van(?:af)?|per)\s+(?P<from>.{6,22}?)\s+)?(?P<rel>tot\s+en\s+met|t/m|tot|until)\s+" + WEEKDAY +
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
TREATMENT = literals.compile(r"behandel\w*|implanta\w*|\bkro(?:o)?n\w*|brug\w*|prothes\w*|extracti\w*|geplaatst|aangebracht"
                       r"|\btrekken\b|getrokken|\bvull(?:en|ing\w*)\b|wortelkanaal\w*"
                       # a tooth prepared for its crown, a temporary crown: the crown's treatment begun (blind round 105)
                       r"|\bgeprepareerd\b|\bprepareren\b|\bnoodkro(?:o)?n\w*"
                       # care other than dental: an operation ("heeft de chirurg beide oogleden gecorrigeerd")
                       r"|\boperatie\b|\bingreep\b|\bgeopereerd\b|\bgecorrigeerd\b|\bgetransplanteerd\b"
                       # an aid delivered ("de KEVO is op 2 juni 2017 aan verzoeker afgeleverd", "De
                       # fluoridekappen zijn op 7 maart 2016 aan verzoeker geleverd"; not proof "geleverd", nor parts that "worden geleverd")
                       r"|\bafgeleverd\b|\b(?<!bewijs\s)(?<!informatie\s)(?<!gegevens\s)(?<!worden\s)(?<!wordt\s)(?<!meer\s)geleverd\b|\borthese\w*"

                       # transport is care on the days of its rides ("de ritten op 20 en 23 augustus 2021")
                       r"|\b(?:taxi)?ritten\b"
                       # an IVF attempt and its steps ("De derde poging is op 9 juli 2018 begonnen", "De
                       # follikelpunctie heeft op 20 juli 2018 plaatsgevonden") (blind round 78)
                       r"|\b(?:ivf-)?poging(?:en)?\b|\b(?:hormonale\s+)?stimulatie\b|\bfollikelpunctie\b|\bterugplaatsing\b", re.I)
# a delivery named by its day where the case is told: "De levering van 27 april 2012 heeft de zorgverzekeraar niet
# vergoed" (blind round 73); not an earlier aid's in the assessment ("zijn verplichting uit de levering van 7 mei
# 2018")
DELIVERY = literals.compile(r"\blevering(?:en)?\b", re.I)
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
                                   r"|geopereerd|gecorrigeerd|getransplanteerd|\bgeprepareerd\b|\b(?:taxi)?ritten\s+(?:op|van|in\s+de\s+periode\s+van)\s"
                                   # "De eerste behandeling vond plaats op …", "De twaalfde en de dertiende behandeling
                                   # zijn gegeven op …" (blind round 51)
                                   r"|\bvond(?:en)?\s+(?:\w+\s+)?plaats\b|\bbehandeling\w*\b[^.;]{0,60}?\bgegeven\b"
                                   r"|\blevering(?:en)?\b[^.;]{0,30}?\b(?:van|op)\s+\d"
                                   # care one had done: "heeft de gebitsreiniging … op 10 januari 2011 … laten
                                   # uitvoeren" (not care to be had done, "te laten uitvoeren")
                                   r"|\b(?:heeft|hebben)\s+(?:(?!kunnen\b|moeten\b|willen\b)[\w,-]+\s+){0,24}?(?<!te\s)laten"
                                   r"\s+(?:uitvoeren|verrichten)\b", re.I)),
]
UNITS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
         "negen": 9}
TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
        "tachtig": 80, "negentig": 90}
NUMBER_WORDS = {**UNITS, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
                "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19, **TENS}
_AGE_NUMBER = r"\d{1,2}|[a-zë]*(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|tien|tig)"
AGE = literals.compile(rf"\b(?P<n>\d{{1,2}})[- ]jarige\b|\b(?P<m>{_AGE_NUMBER})\s+jaar\s+oud\b"
                 rf"|\bleeftijd\s+van\s+(?P<k>{_AGE_NUMBER})\s+jaar"
                 rf"|\b(?:is|was)\s+(?:nu|thans|inmiddels)\s+(?P<j>{_AGE_NUMBER})\s+jaar\b", re.I)
# "toen zestien jaar oud": an age at an earlier moment, used only when nothing else is stated.
AGE_BEFORE = literals.compile(r"\btoen\b", re.I)
PERSON = literals.compile(r"\bverzoek(?:st)?er\b|\bzij\b|\bhij\b|\bpatiënt|\bkind\b|\bzoon\b|\bdochter\b|jarige", re.I)
# A sentence that dates the age to the application (or the treatment) at issue.
AGE_AT_APPLICATION = literals.compile(r"aanvraag|aanvroeg|ten\s+tijde\s+van|op\s+dat\s+moment|thans|inmiddels|behandeling", re.I)
CONTRACT = [
    (False, literals.compile(r"niet[- ]gecontracteerd\w*|geen\s+(?:zorg)?overeenkomst\s+(?:heeft|had|gesloten)|geen\s+contract\s+(?:heeft|had|met)|zonder\s+(?:zorg)?overeenkomst", re.I)),
    (True, literals.compile(r"(?<!niet-)(?<!niet )gecontracteerde\s+zorg(?:aanbieder|verlener)|heeft\s+een\s+(?:zorg)?overeenkomst\s+met\s+de\s+(?:ziektekosten|zorg)?verzekeraar", re.I)),
]


def _zones(sections: list[Section]):
    return [s for s in sections if s.has(*FACT_SECTIONS)]


def _sentences(text: str, sections: list[Section]):
    for zone in _zones(sections):
        yield from sentences(text, zone.body_start, zone.end)


def _sentences_with(text: str, sections, *patterns) -> list[tuple[int, int]]:
    """The fact sentences in which one of the patterns may match (their literals stand there)."""
    return literals.among(text, list(_sentences(text, sections)), *patterns)


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



def _rejected(text: str, sections: tuple[Section, ...]) -> list[tuple[int, int]]:
    """The spans of the positions the committee rejects in its assessment."""
    from geschil.extract.statements import classified

    return [st["inner"] for st in classified(text, sections)
            if st["stance"] == "rejects" and st["inner"] and st["section"] == "assessment"]


# a party's point the committee leaves open or holds unproven: "komt de commissie niet toe aan de vraag of
# verzoeker, zoals hij stelt, al op 28 maart 2012 … heeft gevraagd"; "Dat de kliniek het aanvraagformulier al op
# 26 januari 2015 heeft verzonden, is niet aannemelijk geworden" (blind round 107): the clause after the question
# word, or the "Dat" clause before the verdict
LEFT_OPEN = literals.compile(r"\bniet\s+toe\s+aan\s+(?:de\s+(?:beantwoording|beoordeling)\s+van\s+)?de\s+vraag\s+of\b", re.I)
UNPROVEN = literals.compile(r"dat\b[^;]{0,300}?,\s+(?:is|was)\s+(?:(?:dus|daarom|dan\s+ook|derhalve)\s+)?(?:niet|onvoldoende)\s+(?:aannemelijk\s+(?:geworden|gemaakt)"
                            r"|gebleken|bewezen|komen\s+vast\s+te\s+staan|vast\s+komen\s+te\s+staan)\b", re.I)


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
DAY_OPENS = literals.compile(r"\s*(?:\d+(?:\.\d+)*\.?\s+)?op\s+(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag"
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
DAY_ASKED = literals.compile(r"\b(?:datum|dag)\s+(?:van|waarop)\s+het\s+ongeval\b|\bongevalsdatum\b", re.I)


def _day_answered(text: str, sections: list[Section]) -> Found | None:
    """The one day the committee fixes in its assessment in the sentence right after one that asks the
    accident's day, no other event told beside it."""
    spans = [(a, b) for s in sections if s.kind == "assessment" for a, b in sentences(text, s.body_start, s.end)]
    for k in literals.holding(text, spans, DAY_ASKED):
        if k + 1 >= len(spans) or not DAY_ASKED.search(text, *spans[k]):
            continue
        a, b = spans[k + 1]
        days = find_dates(text, a, b)
        if len(days) != 1 or not days[0].date or not _fixed(text, sections, a, days[0].start) \
                or OTHER_EVENT.search(text, a, b) or ARRIVED.search(text, a, b) or ACCIDENT.search(text, a, b) \
                or _is_other_event(text, days[0], a):  # "de aantekening in het journaal van de huisarts van 2 april 2011"
            continue  # a sentence that names the accident itself is read as any other
        return Found(days[0].date, days[0].start, days[0].end)
    return None


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
                         r"|\bneemt\s+(?:\w+\s+){0,3}?aan\b|\bstaat\s+(?:daarmee\s+|dus\s+)?vast\b|\bvast\s+te\s+staan\b"
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


def _reported(text: str, sections: tuple[Section, ...]) -> set[int]:
    """The starts of the assessment's sentences in which the committee reports what a party says
    ("verzoeker stelt dat het ongeval op 20 januari 2024 plaatsvond")."""
    from geschil.extract.statements import classified

    return {st["span"][0] for st in classified(text, sections)
            if st["section"] == "assessment" and st["stance"] == "reports"}


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
NOT_THE_ACCIDENTS = literals.compile(r"\bniet\s+(?:die|de\s+(?:datum|dag))\s+van\s+het\s+(?:\w+\s+)?(?:ongeval|ongeluk)\b", re.I)
DAY_NAMED = literals.compile(r"\b(?:datum|dag)\s+van\s*$", re.I)


def _not_the_accidents(text: str, sections: tuple[Section, ...]) -> set[tuple[dt.date, dt.date]]:
    """The days the committee names and says are not the accident's."""
    out = set()
    for a, b in _sentences_with(text, sections, NOT_THE_ACCIDENTS):
        if _section_kind(sections, a) == "assessment" and NOT_THE_ACCIDENTS.search(text, a, b):
            out |= {(d.earliest, d.latest) for d in find_dates(text, a, b)
                    if d.date and DAY_NAMED.search(text, max(a, d.start - 12), d.start)}
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
    if BOUND_BEFORE.search(before) or _is_other_event(text, date, lo) or REPORTED.match(after):
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
    found: dict[tuple[bool, bool], list[DateMention]] = {}
    denied = _denied(text, tuple(sections))
    for a, b, at in _accident_sentences(text, sections):
        argued = _section_kind(sections, a) in POSITIONS
        vague = [d for d in find_dates(text, a, b) if not d.date and not _is_other_event(text, d, a)
                 and (d.earliest, d.latest) not in denied and not _finding_dated(text, d, a, b)
                 and not _care_dated(text, d, a, b) and not _term_end(text, d, a)
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


def _section_kind(sections: list[Section], offset: int) -> str | None:
    return next((s.kind for s in sections if s.start <= offset < s.end), None)


def _is_accident_date(text: str, date: DateMention, floor: int) -> bool:
    """`het ongeval op 12 maart 2015`, `op 5 januari 2012 een ongeval`: the accident's own date."""
    before = text[max(floor, date.start - 30):date.start]
    after = text[date.end:date.end + 60]
    # ... and "uitgaande van een ongeval in juli 2008" (blind round 68)
    return bool(re.search(r"(?:ongeval\w*|ongeluk\w*)\s+(?:op|van|in|d\.d\.)\s*$", before, re.I)
                or ACCIDENT_AFTER.match(after))


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


def application_dates(text: str, sections: list[Section]) -> list[Found]:
    """Dates on which an application (aanvraag) was made, each once."""
    return _applications(text, tuple(sections))[0]


def application_periods(text: str, sections: list[Section]) -> list[Found]:
    """Applications dated only by a period ("In april 2019 heeft de praktijk … een aanvraag
    ingediend"): their bounds, never a day; one that holds an application's printed day is that
    application told again."""
    return _applications(text, tuple(sections))[1]


PERIOD_PRECISIONS = ("period", "month", "season")  # a year alone is too wide to place an application


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
                             r"(?:(?:dus|daarom|dan\s+ook|derhalve|echter|evenwel)\s+)?niet\s+(?:beslissend|bepalend|doorslaggevend)\b",
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
# ... or its receipt stamp ("De brief draagt het ontvangststempel van de zorgverzekeraar van 27 september 2010", blind
# round 119)
ARRIVED = literals.compile(r"\b(?:ontvangen|binnengekomen|ontvangststempel|ontvangstdatum)\b", re.I)


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


def _semicolon_clause(text: str, start: int, end: int, a: int, b: int) -> tuple[int, int]:
    """The part of the sentence text[a:b] between the semicolons around text[start:end]."""
    left = text.rfind(";", a, start)
    right = text.find(";", end, b)
    return (a if left < 0 else left + 1), (b if right < 0 else right)


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
NAMES_APPLICATION = literals.compile(r"\b(?:aanvraag|behandelplan|plan)\s+(?:van|d\.d\.)\s*$", re.I)
# ... or a supplement, the care, named by its date beside an approval ("kort na de aanvraag van 11 mei 2022 en de
# aanvulling van 13 mei 2022", "van de aanvraag (11 mei 2022)", blind round 142)
NAMES_OTHER = literals.compile(r"\b(?:aanvulling(?:\s+daarop)?|aanvraag|behandelplan|ingreep|operatie|behandeling)\s*"
                               r"(?:(?:van|d\.d\.)\s*|\(\s*)$", re.I)
# "… had op 11 november 2008 al op de aanvraag beslist": the date of the decision on it.
DECIDED_ON = literals.compile(r"^[^.;]{0,80}?\bop\s+(?:de|die|deze|het|dat|zijn|haar|hun)\s+(?:aanvraag|verzoek|machtigingsaanvraag)\s+"
                              r"(?:\w+\s+){0,2}?(?:beslist|besloten|gereageerd|geantwoord|gereageerd)\b", re.I)
# Dates that are not when an application was made: decisions, advice, the accident, a validity
# window, the end of a term ("de termijn … eindigde op 9 april 2017").
NOT_APPLICATION_BEFORE = literals.compile(
    r"(?:beslissing|besluit|advies|akkoordverklaring|machtiging|toestemming|afwijzing|weigering|goedkeuring)"
    r"\s+(?:van|d\.d\.)\s*(?:\d.{0,20}en\s+)?$"
    r"|(?:ongeval\w*|ongeluk\w*)\s+(?:van|op|d\.d\.)\s*$|geldig\w*\s+(?:was\s+)?(?:van|vanaf|tot)[^.]*$"
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
    r"|(?:telefoon)?gesprek|gespreksnotitie)"
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
                                         # "omdat de machtiging volgens hem op 2 augustus 2015 was verlopen, zes maanden na
                                         # de aanvraag": the day a term ran out (blind round 109)
                                         r"|\s*(?:is|was|waren|zijn)\s+(?:verlopen|verstreken|vervallen|afgelopen)\b"
                                         r"|\s*(?:de\s+leeftijd\s+van\s+)?[\w-]+\s+jaar\s+(?:oud\s+)?(?:is|was|werd)?\s*(?:geworden|bereikt)\b"
                                         # "Dat het behandelplan al op 9 januari 2017 was opgesteld": drawn up
                                         r"|\s*(?:[\w-]+\s+){0,2}?(?:opgesteld|opgemaakt)\b"
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
LETTER_BEFORE = literals.compile(r"(?:brief|brieven|bericht|e-mail|mail|schrijven)\s+(?:van|d\.d\.)\s*(?:\d.{0,20}en\s+)?$", re.I)
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
INSURER_WROTE = literals.compile(r"\s*,?\s*(?:[\w-]+\s+){0,4}?(?:heeft|hebben|is|zijn)\s+(?:de\s+|het\s+)?(?:(?:ziektekosten|zorg)?verzekeraar|Zorginstituut|CVZ|commissie)\b", re.I)
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
                                 r"|(?:nodig|vereist|noodzakelijk)\s+(?:is|was|zou\s+zijn|werd)(?!\s+(?:ingediend|ontvangen)))\b", re.I)


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


WEEKDAY_END = literals.compile(r"\b(?:maan|dins|woens|donder|vrij|zater|zon)dag\s*$", re.I)


def _no_weekday(before: str) -> str:
    """The words before a date without the day of the week that may precede it ("Bij brief van
    woensdag 26 april 2017"): the date's own words stand before that."""
    m = WEEKDAY_END.search(before)
    return before[:m.start()] if m else before


# the committee settling the day a disputed application was made: "De aanvraag is dus op 8 december 2023
# ingediend" (blind round 77)
SETTLED = literals.compile(r"\baanvraag\s+(?:is|werd)\s+(?:dus|daarom|daarmee|derhalve|dan\s+ook)\s+(?:pas\s+)?op\s*$"
                          # "De commissie gaat er dus van uit dat de aanvraag op 12 juni 2023 … is ontvangen" (blind round 108)
                          r"|\b(?:gaat|ging)\s+(?:de\s+commissie\s+)?(?:er\s+)?(?:[\w-]+\s+){0,3}?van\s+uit\s+dat\s+de\s+aanvraag\s+op\s*$",
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


def _not_application(text: str, d: DateMention, a: int, b: int) -> bool:
    """Keep a date only where the sentence ties it to making the application.

    A letter's date counts when the letter is the application ("Bij brief van 9 januari 2009
    heeft de tandarts een behandelplan ingediend"), not when it answers one.
    """
    before = _no_weekday(text[max(a, d.start - 60):d.start])
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
_THE_PLAN = r"(?:(?:een|het|dat|dit|zijn|haar)\s+(?:nieuw\w*\s+|gewijzigd\w*\s+)?(?:behandel)?plan\b|" + _THE_FORM + ")"
# "Op 6 juni 2011 heeft de ziektekostenverzekeraar een schriftelijk verzoek van verzoekster om vergoeding ontvangen"
THEN_GOT = literals.compile(r"\s*heeft\s+de\s+(?:zorg|ziektekosten)?verzekeraar\s+(?:(?:een|het|de|dat|die)\s+"
                            r"(?:nieuw\w*\s+|gewijzigd\w*\s+|schriftelijk\w*\s+)?(?:behandelplan|plan|aanvraag|verzoek)\b|"
                            + _THE_FORM + r")[^.;,]{0,80}?\b(?:ontvangen|binnengekregen)\b", re.I)
# ... or the application with its plan: "De ziektekostenverzekeraar heeft de aanvraag met dat behandelplan op 5
# september 2018 ontvangen" (blind round 119)
PLAN_GOT_ON = literals.compile(r"verzekeraar\s+(?:heeft|had)\s+(?:" + _THE_PLAN
                               + r"|(?:de|die|deze|zijn|haar)\s+aanvraag(?:\s+(?:met|en)\s+(?:het|dat|dit|een|zijn|haar|de)\s+"
                               r"(?:behandel)?plan)?)(?:\s+van\s+(?:de|het|haar|zijn)\s+[\w-]+)?\s+op\s*$", re.I)
GOT = literals.compile(r"\s*" + _GOT, re.I)
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
        value = {**value, "date": (max(dated) if extends else dated[0]) if dated else None}
    if value["date"] and value["valid_from"] is None and value["valid_until"] is None \
            and (_term_from_issue(text, sections) or _term_unprinted(text, sections)):
        value = {**value, "valid_from": value["date"]}  # "geldig gedurende zes maanden na dagtekening"
    if value["valid_from"] is None and value["valid_until"] is not None:
        # "gold tot 1 september 2015" restates the window "geldig van 1 maart tot 1 september"
        value = {**value, "valid_from": next((v["valid_from"] for v, _, _ in found if v["valid_from"]
                                              and v["valid_until"] == value["valid_until"]), None)}
    if value["valid_from"] is None and extends and value["date"]:
        # an extension carries on the window it extends: it starts where that one did ("verlengen wij onze toestemming
        # van 12 januari 2015 tot en met 29 maart 2015", first "geldig van 19 januari 2015 …", blind round 142)
        value = {**value, "valid_from": next((v["valid_from"] for v, _, e in found if not e and v["valid_from"]
                                              and v["date"] == value["date"]), None)}
    return value, Found(value, where.start, where.end)


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


TOLD = ("facts", "procedure")  # the sections that tell the case, not argue it


def _undated_replacement(text: str, sections: list[Section], at: int) -> tuple[dict, Found]:
    """An approval given on no printed day, with no window of its own, whose evidence is the
    sentence that says it replaced the earlier one."""
    value = {"date": None, "valid_from": None, "valid_until": None, "until_inclusive": None}
    a, b = next(((a, b) for a, b in _sentences(text, sections) if a <= at < b), (at, at))
    return value, Found(value, a, b)


# a party's view of the approval's end, reported: "Volgens de zorgverzekeraar was de machtiging geldig tot …"
# ... or its letter's: "Volgens onze gegevens heeft het ongeval plaatsgevonden op 14 augustus 2013" (round 57)
PARTY_VIEW = literals.compile(r"\bvolgens\s+(?:de\s+)?(?:(?:zorg|ziektekosten)?verzekeraar|verzoek(?:st)?er)\b"
                              r"|\bvolgens\s+onze\s+(?:gegevens|administratie|informatie|systemen)\b"
                              # a party's claim the committee names: "De stelling van verzoeker dat het ongeval op
                              # 22 augustus 2015 plaatsvond, acht de commissie … niet onderbouwd" (blind round 100)
                              r"|\b(?:stelling|standpunt|lezing|opvatting|betoog)\s+van\s+(?:de\s+)?"
                              r"(?:(?:zorg|ziektekosten)?verzekeraar|verzoek(?:st)?er)\s+dat\b", re.I)
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
EXTENDS = literals.compile(r"\bverleng(?:en|t|d|de|den)\b", re.I)
# An extension asked for, not given: "heeft de kliniek een nieuwe aanvraag ingediend voor een verlenging
# tot en met 30 april 2021" (blind round 111)
EXTENSION_SOUGHT = literals.compile(r"\b(?:aanvraag|verzoek)\s+(?:\w+\s+){0,3}?(?:voor|om|tot)\s+(?:een\s+|de\s+)?verlenging\b"
                                   r"|\bverlenging\s+(?:\w+\s+){0,3}?(?:aangevraagd|gevraagd|verzocht)\b", re.I)
# An extension told without the approval's name: "U krijgt verlenging tot en met 15 juni 2022."
EXTENDED = literals.compile(r"\bverleng(?:ing|d)\s+tot\b"
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
                  and not NOT_THAT_DAY.search(text, max(a, d.start - 60), d.start)
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
                             # "omdat het MRA zonder voorafgaande toestemming was verstrekt"
                             r"|\bzonder\s+(?:\w+\s+){0,2}?(?:akkoordverklaring|machtiging|toestemming)\b"
                             r"|\bgeen\s+(?:\w+\s+)?(?:akkoordverklaring|machtiging|toestemming)\b"
                             # "heeft de zorgverzekeraar de machtiging geweigerd": refused, not given
                             r"|\b(?:akkoordverklaring|machtiging|toestemming)\s+(?:\w+\s+){0,3}?(?:geweigerd|afgewezen)\b"
                             # "… heeft de zorgverzekeraar geweigerd de nota te vergoeden, omdat … waarvoor
                             # toestemming was gegeven": a refusal that names the approval, no approval itself
                             r"|\bheeft\s+de\s+(?:zorg|ziektekosten)?verzekeraar\s+geweigerd\b"
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


# "…, zijn de kronen op 13 februari 2024 geplaatst. Daarmee was de behandeling afgerond."
FINISHED_AFTER = literals.compile(r"\s*(?:Daarmee|Hiermee|Daarna|Toen|Zo)\s+(?:was|is|werd)\s+de\s+(?:gehele\s+)?behandeling\s+(?:\w+\s+)?(?:afgerond|voltooid|beëindigd)", re.I)


# A sentence whose subject is a pronoun for the care told just before it, and says it was done.
PRONOUN_CARE = literals.compile(r"(?:Zij|Ze|Hij|Deze|Die)\s+(?:is|heeft|werd)\s+(?:[\w-]+\s+){0,6}?"
                                r"(?:plaatsgevonden|uitgevoerd|verricht|geplaatst|afgerond|voltooid)\b")


def treatment_dates(text: str, sections: list[Section]) -> list[Found]:
    """Dates of treatments (start, finished, performed, planned), exact or imprecise."""
    out: list[Found] = []
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
        sentence = text[a:b]
        if not (_tells_care(text, a, b) or i in after or i in delivered) or _medical_only(sentence):
            continue
        if UNREAL.match(sentence):
            continue  # "Zonder die afzegging was de kroon op 24 februari 2022 geplaatst": care that did not happen
        if NOT_TREATMENT.search(sentence):
            # "De ritten van … zijn gemaakt nadat de geldigheidsduur van de toestemming was
            # verstreken": the main clause tells the care, the approval stands in the clause after
            # it (the facts and the committee's own words; a party's telling stays out)
            b = None if _section_kind(sections, a) in POSITIONS else _main_clause_end(text, a, b)
            if b is None:
                continue
            sentence = text[a:b]
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
            if own == "start" and (d.earliest, d.latest) in denied and (
                    argued or any(lo <= d.start < hi for lo, hi in rejected)):
                continue  # a party's start of the care the committee rejects ("volgt hem daarin niet")
            if own == "performed" and completes and d.latest == last:
                own = "finished"  # the next sentence says this act completed the treatment
            out.append(Found({"kind": own, "date": d.date, "earliest": d.earliest, "latest": d.latest,
                              "precision": d.precision, "text": squash(sentence)[:300]}, d.start, d.end))
    unique: dict = {}  # a treatment restated in the assessment is the same treatment
    for f in _vague_restated(_committee_finish_first(out, sections), sections):
        unique.setdefault((f.value["kind"], f.value["earliest"], f.value["latest"]), f)
    return list(unique.values())


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


def _care_rejected(text: str, sections: tuple[Section, ...]) -> list[tuple[int, int]]:
    """The positions on the care the committee rejects ("De zorgverzekeraar stelt dat de
    behandeling op 14 februari 2022 is begonnen. De commissie volgt hem daarin niet."): a start
    they date is no start (a finish or an act a party dates may stand while the committee rejects
    what the party makes of it)."""
    return [(lo, hi) for lo, hi in _rejected(text, sections)
            if TREATMENT.search(text, lo, hi) or CLEANING.search(text, lo, hi)]


SUBORDINATE = literals.compile(r",?\s+(?:nadat|voordat|omdat|doordat|terwijl|zodat|waardoor|hoewel)\b", re.I)


def _main_clause_end(text: str, a: int, b: int) -> int | None:
    """The end of a sentence's main clause when it tells care and the words of a document or an
    approval stand only in the subordinate clause after it; else None."""
    cut = SUBORDINATE.search(text, a, b)
    if cut is None or NOT_TREATMENT.search(text, a, cut.start()) or not _tells_care(text, a, cut.start()):
        return None
    return cut.start()


# "de nota van 4 maart 2024", "waarvoor de nota op 4 maart 2024 is opgesteld": a bill's date.
# ... "De nota van de plaatprothese is pas op 20 september 2021 ingediend" (blind round 120)
BILL_BEFORE = literals.compile(r"(?:nota|declaratie|factuur|rekening)(?:\w*|'s)\s+(?:[\w-]+\s+){0,3}?(?:op|van|d\.d\.)\s*$"
                              r"|\b(?:de|die|deze)\s+(?:nota|declaratie|factuur|rekening)\s+(?:van\s+(?:de|het)\s+[\w-]+\s+)?"
                              r"(?:is|werd)\s+(?:pas\s+|eerst\s+|al\s+)?op\s*$"
                              # "die verzoeker ter zitting van 16 november 2022 heeft overgelegd": the hearing's day
                              r"|\b(?:hoor)?zitting\s+(?:van|op)\s*$", re.I)
BILL_AFTER = literals.compile(r"\s*(?:is|zijn|werd|werden)?\s*(?:[\w-]+\s+){0,2}?(?:opgesteld|gedeclareerd|verzonden|betaald"
                              r"|goedgekeurd|afgewezen)\b", re.I)  # "… en op 8 maart 2011 is goedgekeurd"


# "de termijn liep tot 14 maart 2024": the end of a term, not a day of care.
# ... also with the term named and a part of the month ("liep de termijn van 26 weken tot half juli 2016")
TERM_END_BEFORE = literals.compile(r"(?:liep|loopt|eindigde|eindigt|verstreek|verstrijkt|verliep)\s+(?:[\w-]+\s+){0,6}?"
                             r"(?:tot(?:\s+en\s+met)?|op)\s+(?:(?:half|medio|begin|eind|einde)\s+)?$", re.I)
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
                                    r"(?:na|vanaf|sinds|gerekend\s+vanaf)\s*$", re.I)


def _term_end(text: str, d: DateMention, a: int) -> bool:
    """"… liep de termijn van zes maanden tot eind juni 2020": the end of a term, no accident's."""
    return bool(TERM_END_BEFORE.search(text[max(a, d.start - 50):d.start]))


def _billed(text: str, d: DateMention, a: int, b: int) -> bool:
    """A bill's date, a term's end or the day a term counts from: no day of care."""
    before = text[max(a, d.start - 50):d.start]
    after = text[d.end:min(b, d.end + 60)]
    return bool(BILL_BEFORE.search(before) or TERM_END_BEFORE.search(before) or BOUND_CARE.search(before)
                or TERM_FROM_BEFORE.search(before) or COMPARED_BEFORE.search(before)
                or BILL_AFTER.match(after) or TERM_FROM_AFTER.match(after)
                or (TERM_END_AROUND.search(before) and TERM_END_VERB.match(after)))


POSITIONS = ("requester_position", "insurer_position", "positions")


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


# the day of a time clause ("toestemming gegeven, en dus voordat de tandarts op 3 mei 2016 met de behandeling begon")
# or one denied ("De termijn is dus niet op 16 november 2015 gaan lopen, maar op de dag waarop … de toestemming
# heeft afgegeven"): not the approval's (blind round 127)
NOT_THAT_DAY = literals.compile(r"\b(?:voordat|vóórdat|nadat|totdat)\b[^.;,]*$|\bniet\s+(?:al\s+|pas\s+)?(?:op|per|vanaf)\s+$", re.I)


def _care_clause(text: str, d: DateMention, a: int, b: int) -> bool:
    """Whether the date's own clause tells care and not an approval ("…, en de tandarts is op 2
    maart 2015 begonnen, …"): no date of issue."""
    clause = _own_comma_clause(text, d, a, b)
    return any(p.search(clause) for _, p in TREATMENT_KIND) and not APPROVAL.search(clause) \
        and not APPROVAL_GIVEN.search(clause)


def _own_comma_clause(text: str, d: DateMention, a: int, b: int) -> str:
    """The date's clause within text[a:b], between the punctuation marks around it."""
    start = max(text.rfind(c, a, d.start) for c in ",;:") + 1 or a
    ends = [i for i in (text.find(c, d.end, b) for c in ",;:") if i >= 0]
    return text[max(start, a):min(ends) if ends else b]


def _clause_kind(text: str, d: DateMention, a: int, b: int) -> str | None:
    """The kind of treatment the date's own clause names ("Dat het implantaat op 15 februari 2021
    is geplaatst, maakt dit niet anders: … is eerst met de kroon voltooid" → performed)."""
    clause = _own_comma_clause(text, d, a, b)
    return next((k for k, p in TREATMENT_KIND if p.search(clause)), None)


def age(text: str, sections: list[Section]) -> Found | None:
    """The requester's age at the application: stated there if it is, else the latest stated."""
    found = []
    for a, b in _sentences_with(text, sections, AGE):
        if not PERSON.search(text, a, b):
            continue  # "het gebit is vijf jaar oud" is not the requester's age
        for m in AGE.finditer(text, a, b):
            years = _number(m["n"] or m["m"] or m["k"] or m["j"])
            if years is not None:
                found.append((_age_rank(text, a, b, m), years, Found(years, m.start(), m.end())))
    if not found:
        return None
    return max(found, key=lambda f: (f[0], f[1]))[2]


def _age_rank(text: str, a: int, b: int, m: re.Match) -> int:
    """2: the age at the application or now; 1: an age; 0: an age at an earlier moment."""
    if m["j"] or AGE_AT_APPLICATION.search(text, a, b):
        return 2
    return 0 if AGE_BEFORE.search(text, a, b) else 1


def _number(word: str) -> int | None:
    """17, 'zeventien', 'eenentwintig', 'drieënveertig' → int; other words → None."""
    if word.isdigit():
        return int(word)
    word = word.lower()
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    m = re.fullmatch(rf"({'|'.join(UNITS)})[eë]n({'|'.join(TENS)})", word)
    return UNITS[m[1]] + TENS[m[2]] if m else None


def contracted_provider(text: str, sections: list[Section]) -> Found | None:
    for a, b in _sentences_with(text, sections, *(p for _, p in CONTRACT)):
        for value, pattern in CONTRACT:
            m = pattern.search(text, a, b)
            if m:
                return Found(value, m.start(), m.end())
    return None
