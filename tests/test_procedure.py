"""Requests, the Zorginstituut advice and whether the committee followed it: tables of text."""

import pytest

from geschil.extract import procedure as prx
from geschil.extract.sections import find_sections

HEAD = "Bindend advies\nGeschillencommissie Zorgverzekeringen\nPartijen\nA te B\n"


@pytest.mark.parametrize(("body", "expected"), [
    ("3. Standpunt verzoeker\n3.1. Verzoeker heeft de commissie verzocht te bepalen:\n(1) dat X vergoedt;\n(2) dat Y vergoedt.\n",
     [(1, "dat X vergoedt"), (2, "dat Y vergoedt.")]),
    ("3. Standpunt verzoekster\nVerzoekster heeft de commissie verzocht te bepalen:\n(i) dat X vergoedt;\n(ii) dat Y vergoedt.\n",
     [(1, "dat X vergoedt"), (2, "dat Y vergoedt.")]),
    ("3. Standpunt verzoekster\nVerzoekster heeft de commissie verzocht te bepalen dat de zorgverzekeraar:\n(a) de kosten vergoedt;\n(b) de rente betaalt.\n",
     [(1, "de kosten vergoedt"), (2, "de rente betaalt.")]),
    ("3. Standpunt verzoeker\nVerzoeker vraagt de commissie om:\na. de kosten te vergoeden;\nb. de rente te betalen.\n",
     [(1, "de kosten te vergoeden"), (2, "de rente te betalen.")]),
    ("3. Standpunt verzoeker\nVerzoeker verzoekt de commissie te bepalen dat de zorgverzekeraar € 1.865,-- betaalt.\n",
     [(1, "Verzoeker verzoekt de commissie te bepalen dat de zorgverzekeraar € 1.865,-- betaalt.")]),
    # a wish in other words (blind round 51)
    ("3. Standpunt verzoeker\nVerzoeker wil dat de commissie bepaalt dat de zorgverzekeraar € 1.386,40 vergoedt.\n",
     [(1, "Verzoeker wil dat de commissie bepaalt dat de zorgverzekeraar € 1.386,40 vergoedt.")]),
    ("3. Standpunt verzoekster\nVerzoekster heeft de commissie gevraagd te bepalen dat de zorgverzekeraar "
     "€ 884,-- vergoedt.\n",
     [(1, "Verzoekster heeft de commissie gevraagd te bepalen dat de zorgverzekeraar € 884,-- vergoedt.")]),
    # numbered inside the sentence
    ("3. Standpunt verzoekster\nVerzoekster verzoekt de commissie te bepalen dat de zorgverzekeraar (1) de "
     "kosten van de operatie vergoedt, en (2) de kosten van het vervoer vergoedt.\n",
     [(1, "de kosten van de operatie vergoedt"), (2, "de kosten van het vervoer vergoedt")]),
    ("3. Standpunt verzoeker\nVerzoeker vraagt de commissie om (a) de kosten te vergoeden of (b) een "
     "nieuwe beslissing te laten nemen.\n",
     [(1, "de kosten te vergoeden"), (2, "een nieuwe beslissing te laten nemen")]),
    # a line break before "(2)" (a numbered line opens a sentence) does not end the list
    ("3. Standpunt verzoekster\nVerzoekster verzoekt de commissie te bepalen dat de zorgverzekeraar (1) de "
     "kosten van de kroon vergoedt, en\n(2) voor zover de aanvullende verzekering geen dekking biedt, de kosten "
     "van het implantaat vergoedt.\n",
     [(1, "de kosten van de kroon vergoedt"),
      (2, "voor zover de aanvullende verzekering geen dekking biedt, de kosten van het implantaat vergoedt")]),
    # numbered after a colon within one sentence (blind round 96: the second request was lost)
    ("3. Standpunt verzoekster\nVerzoekster verzoekt de commissie te bepalen dat de zorgverzekeraar vergoedt: (1) de "
     "kosten van de kroon op element 11, ten bedrage van € 712,40, en (2) de kosten van het implantaat.\n",
     [(1, "de kosten van de kroon op element 11, ten bedrage van € 712,40"), (2, "de kosten van het implantaat")]),
    # a single bracketed number is no list
    ("3. Standpunt verzoeker\nVerzoeker verzoekt de commissie te bepalen dat (1) de kosten worden vergoed.\n",
     [(1, "Verzoeker verzoekt de commissie te bepalen dat (1) de kosten worden vergoed.")]),    # the request for a binding advice as such, then what the committee is asked to decide (blind round 93)
    ("3. Standpunt verzoeker\nOp 29 oktober 2018 heeft verzoeker de commissie verzocht een bindend advies uit te "
     "brengen. Hij verzoekt de commissie te bepalen dat de zorgverzekeraar de kosten vergoedt.\n",
     [(1, "Hij verzoekt de commissie te bepalen dat de zorgverzekeraar de kosten vergoedt.")]),
    # a numbered list after an earlier single request; one added later, numbered on (blind round 166)
    ("3. Standpunt verzoekster\nZij heeft de nota van haar partner meegestuurd en verzoekt de commissie ook daarover "
     "te beslissen.\nVerzoekster verzoekt de commissie te bepalen dat de zorgverzekeraar vergoedt:\n(1) de kosten van "
     "de kroon;\n(2) de kosten van de brug.\n\nTer zitting heeft zij de commissie gevraagd ook te bepalen dat de "
     "zorgverzekeraar\n\n(3) de kosten van de ontvanger vergoedt.\n",
     [(1, "de kosten van de kroon"), (2, "de kosten van de brug."), (3, "de kosten van de ontvanger vergoedt.")]),
])
def test_requests(body, expected):
    text = HEAD + body
    assert [(f.value["number"], f.value["text"]) for f in prx.requests(text, find_sections(text))] == expected


@pytest.mark.parametrize(("procedure", "expected"), [
    ("Bij brief van 1 december 2025 heeft het Zorginstituut (zaaknummer: 2025000001) een voorlopig advies uitgebracht.",
     [("provisional", "2025-12-01", "2025000001")]),
    ("Bij brief van 14 september 2015 heeft het Zorginstituut meegedeeld dat het bij zijn voorlopig advies blijft.",
     [("final", "2015-09-14", None)]),
    ("Op 10 juni 2009 heeft de commissie het CVZ om advies gevraagd.", []),
    ("Bij brief van 3 mei 2018 heeft het Zorginstituut advies uitgebracht. Bij brief van 21 juni 2018 heeft het "
     "Zorginstituut meegedeeld dat dit advies geldt als definitief advies.",
     [("provisional", "2018-05-03", None), ("final", "2018-06-21", None)]),
    ("Bij brief van 16 augustus 2022 heeft het Zorginstituut een voorlopig advies uitgebracht. "
     "Het advies is bij het Zorginstituut geregistreerd onder nummer 2022034519.",
     [("provisional", "2022-08-16", "2022034519")]),
    ("De commissie heeft het dossier niet voor advies aan het College voor zorgverzekeringen voorgelegd.", []),
    # kept by a later letter in the infinitive
    ("Bij brief van 15 februari 2011 heeft het CVZ een voorlopig advies uitgebracht (kenmerk 2011012455). Het "
     "verslag is aan het CVZ gezonden, dat bij brief van 8 april 2011 heeft laten weten bij zijn voorlopig advies "
     "te blijven.", [("provisional", "2011-02-15", "2011012455"), ("final", "2011-04-08", None)]),
    # kept by a later letter without "voorlopig": the first advice was the provisional one
    ("Het CVZ heeft de commissie op 19 mei 2009 geadviseerd (kenmerk 2009041207). Partijen zijn op 22 juni 2009 "
     "gehoord. Het CVZ heeft daarna, op 30 juni 2009, laten weten bij zijn advies te blijven.",
     [("provisional", "2009-05-19", "2009041207"), ("final", "2009-06-30", None)]),
    # asked and given in one sentence: the date of the clause that gives it
    ("Bij brief van 14 april 2015 heeft de commissie het Zorginstituut om advies gevraagd; het Zorginstituut "
     "heeft op 13 mei 2015 een voorlopig advies uitgebracht.", [("provisional", "2015-05-13", None)]),
    # made final orally at the hearing: the hearing's date
    ("Het Zorginstituut heeft op 6 juni 2016 een voorlopig advies gegeven. Partijen zijn op 12 september 2016 "
     "gehoord. Het Zorginstituut was ter zitting aanwezig en heeft het voorlopige advies mondeling tot definitief "
     "advies verheven.", [("provisional", "2016-06-06", None), ("final", "2016-09-12", None)]),
    # the hearing named before the advice's own date
    ("Het Zorginstituut heeft op 19 april 2018 een voorlopig advies gegeven. Na de hoorzitting van 16 mei 2018 heeft "
     "het Zorginstituut bij brief van 1 juni 2018 een definitief advies uitgebracht.",
     [("provisional", "2018-04-19", None), ("final", "2018-06-01", None)]),
    ("Het CVZ heeft op 2 maart 2012 een voorlopig advies uitgebracht. Na de zitting op 4 april 2012 heeft het CVZ op "
     "20 april 2012 een definitief advies uitgebracht.", [("provisional", "2012-03-02", None), ("final", "2012-04-20", None)]),
    ("Het Zorginstituut heeft op 6 juni 2016 een voorlopig advies gegeven. Ter zitting van 12 september 2016 heeft het "
     "Zorginstituut het voorlopige advies mondeling tot definitief advies verheven.",
     [("provisional", "2016-06-06", None), ("final", "2016-09-12", None)]),
    # the verb alone, dated
    ("Bij brief van 26 april 2018 heeft Zorginstituut Nederland de commissie geadviseerd. De hoorzitting heeft "
     "plaatsgevonden op 20 juni 2018.", [("final", "2018-04-26", None)]),
    ("Het CVZ heeft op 3 maart 2011 geadviseerd het verzoek af te wijzen.", [("final", "2011-03-03", None)]),
    ("Het Zorginstituut heeft geadviseerd dat de behandeling onder de aanspraak valt.", []),
])
def test_advice(procedure, expected):
    text = HEAD + "1. Verloop van de procedure\n1.1. " + procedure + "\n2. Vaststaande feiten\nX.\n"
    found = prx.advice(text, find_sections(text))
    assert [(f.value["kind"], str(f.value["date"]), f.value["case_number"]) for f in found] == expected


# a copy that opens in the facts, without the procedure: the advice told in its own section (blind rounds 95, 97)
COPY_FROM_FACTS = ("melkelementen 75 en 85 zijn nog aanwezig.\n2.4. Op 9 oktober 2023 is een aanvraag ingediend.\n"
                   "5. Advies Zorginstituut\n5.1. Het Zorginstituut heeft in zijn voorlopig advies van 1 juli 2024 "
                   "(zaaknummer 2024038871) geconcludeerd dat sprake is van oligodontie.\n5.2. Na de hoorzitting van "
                   "28 augustus 2024 heeft het Zorginstituut bij brief van 9 september 2024 laten weten dat het zijn "
                   "voorlopig advies als definitief advies handhaaft.\n6. Beoordeling\n6.1. De commissie neemt het "
                   "advies over.\n")


# ... and one from the assessment on (blind round 93: the letter making it final lay far before those words)
COPY_FROM_ASSESSMENT = ("7. Beoordeling\n7.8. De commissie volgt verzoekster daarin niet.\n7.9. Het Zorginstituut heeft in zijn "
                        "voorlopig advies van 13 september 2022 geconcludeerd dat de ingreep tot de te verzekeren "
                        "prestaties behoort. Bij brief van 27 september 2022 heeft het Zorginstituut laten weten dat de "
                        "aantekeningen van de hoorzitting van 21 september 2022 geen aanleiding geven zijn voorlopig "
                        "advies aan te passen, zodat dit als definitief advies geldt.\n")


@pytest.mark.parametrize(("text", "expected"), [
    # blind round 114: a copy without its procedure tells both advices in one sentence of the section on the advice
    ("2. Feiten\n2.1. Op 5 februari 2024 is een aanvraag ingediend.\n4. Standpunt\n4.1. Verzoekster stelt dat de "
     "zorg nodig was.\n5. Advies Zorginstituut\n5.1. Het Zorginstituut heeft in zijn voorlopig advies van 2 augustus "
     "2024 (zaaknummer 2024081123), dat het bij brief van 24 september 2024 als definitief advies heeft aangemerkt, "
     "overwogen dat de zorg verzekerd is.\n6. Beoordeling\n6.1. De commissie neemt het advies over.\n",
     [("provisional", "2024-08-02", "2024081123"), ("final", "2024-09-24", None)]),
    # blind round 112: the later letter keeping the advice, told in the section that quotes it
    ("3. Procedure\n3.1. Het CVZ heeft op 18 mei 2010 een voorlopig advies uitgebracht.\n6. Advies CVZ\n6.1. Het CVZ "
     "heeft in zijn voorlopig advies van 18 mei 2010 het volgende overwogen.\n6.2. Bij brief van 21 juni 2010 heeft "
     "het CVZ meegedeeld dat het verhandelde ter zitting geen aanleiding geeft het voorlopig advies te wijzigen.\n"
     "7. Beoordeling\n7.1. De commissie neemt het advies over.\n",
     [("provisional", "2010-05-18", None), ("final", "2010-06-21", None)]),
])
def test_the_advice_made_final_by_a_later_letter(text, expected):
    found = prx.advice(text, find_sections(text))
    assert [(f.value["kind"], str(f.value["date"]), f.value["case_number"]) for f in found] == expected


@pytest.mark.parametrize("text", [COPY_FROM_FACTS, COPY_FROM_ASSESSMENT])
def test_the_advice_of_a_copy_without_its_procedure(text):
    found = prx.advice(text, find_sections(text))
    assert [(f.value["kind"], str(f.value["date"]), f.value["case_number"]) for f in found] == (
        [("provisional", "2024-07-01", "2024038871"), ("final", "2024-09-09", None)] if text is COPY_FROM_FACTS
        else [("provisional", "2022-09-13", None), ("final", "2022-09-27", None)])


@pytest.mark.parametrize(("assessment", "expected"), [
    ("De commissie ziet geen aanleiding om af te wijken van het advies van het CVZ.", True),
    ("De commissie neemt het advies van het Zorginstituut over.", True),
    ("De commissie stelt met het CVZ vast dat de behandeling noodzakelijk was.", True),
    ("De commissie wijkt af van het advies van het Zorginstituut, omdat de feiten anders liggen.", False),
    ("Voor de periode daarvoor volgt de commissie het Zorginstituut.", True),
    ("De commissie volgt dit advies.", True),
    ("De commissie onderschrijft het advies van het Zorginstituut.", True),
    ("De commissie acht dit oordeel begrijpelijk en overtuigend.", True),
    ("De commissie volgt het advies van het Zorginstituut niet.", False),
    ("De commissie overweegt als volgt.", None),
    ("De commissie volgt het advies van het CVZ op dit punt niet.", False),
    ("Het voorgaande betekent dat de commissie het advies van het CVZ volgt.", True),
    ("Dat betekent dat de commissie het advies van het CVZ niet volgt.", False),
    ("De aandoening is, in overeenstemming met het advies van het CVZ, ernstig.", True),
    # an adverb between the verb and the advice; the body named without "advies"
    ("De commissie volgt hierin het advies van het CVZ.", True),
    ("De commissie volgt dan ook het advies van het Zorginstituut.", True),
    ("Dat volgt uit het advies van het Zorginstituut.", None),
    ("De commissie volgt het Zorginstituut niet, voor zover het de extracties betreft.", False),
    ("De commissie volgt het CVZ hierin niet.", False),
    ("Op dit punt sluit de commissie zich aan bij het Zorginstituut.", True),
    ("De commissie sluit zich daarin niet aan bij het advies van het CVZ.", False),
    # the verb first: "Ten aanzien van … neemt de commissie het advies … over"
    ("Ten aanzien van het taxivervoer neemt de commissie het advies van het CVZ over.", True),
    ("Op dit punt neemt de commissie het advies van het CVZ niet over.", False),
    # "anders dan het Zorginstituut": a departure; "anders dan het Zorginstituut stelt" reports it
    ("De commissie beantwoordt die vraag, anders dan het Zorginstituut, bevestigend.", False),
    ("De commissie beantwoordt die vraag, met het Zorginstituut, ontkennend.", True),  # blind round 29
    ("De commissie ziet geen aanknopingspunten om anders te oordelen en neemt dat advies over.", True),  # round 30
    # the committee shares the judgement the CVZ gave too (blind round 36)
    ("De commissie deelt dat oordeel, dat ook het CVZ heeft gegeven.", True),
    ("Het verzoek wordt afgewezen. De commissie volgt daarmee het advies van het Zorginstituut.", True),  # round 38
    ("De commissie deelt dat oordeel niet, anders dan het CVZ.", False),
    # sharing the advice told in the sentence before (blind round 43)
    ("Het Zorginstituut heeft geadviseerd dat controleafspraken nazorg zijn. De commissie deelt dat oordeel.", True),
    # the advice followed told in a relative clause, or taken over as what it considered (blind round 56)
    ("Op grond van het advies van het Zorginstituut, dat de commissie volgt, stelt de commissie vast dat de "
     "erosie door de aandoening is veroorzaakt.", True),
    ("De commissie neemt daarbij over wat het Zorginstituut over de ernst heeft overwogen.", True),
    # no reason to doubt the advice, the committee "is, met het CVZ," of that opinion, takes the advice
    # over "in zoverre" (blind rounds 60, 61)
    ("De commissie heeft geen aanleiding om aan de juistheid van dit advies te twijfelen en neemt het over.", True),
    # blind round 118: the advice named by its adviser and its subject before "te twijfelen"
    ("De commissie ziet geen aanleiding om aan de juistheid van het advies van het Zorginstituut over EmbryoGlue te "
     "twijfelen en neemt het over.", True),
    # blind round 119: no reason to judge otherwise than the CVZ
    ("De commissie ziet geen aanleiding hierover anders te oordelen dan het CVZ, ook niet wat betreft de eis van "
     "artikel 2.1, derde lid, Bzv.", True),
    ("De commissie is, met het CVZ, van oordeel dat verzoeker door zijn handicap niet in staat is zijn gebit "
     "te verzorgen.", True),
    ("Tussen partijen is niet in geschil, en de commissie neemt in zoverre het advies van het Zorginstituut over, "
     "dat verzoeker aan die voorwaarde voldoet.", True),
    ("Op grond van het advies van het Zorginstituut, dat de commissie niet volgt, wijst zij het verzoek af.", False),
    # "verenigt zich met het advies" (blind round 90: not read, the advice's following was null)
    ("Zij verenigt zich met het advies van het CVZ.", True),
    ("De commissie kan zich verenigen met het advies van het Zorginstituut.", True),
    ("De commissie kan zich niet verenigen met het advies van het Zorginstituut.", False),
    ("De commissie verenigt zich op dit punt niet met het advies van het CVZ.", False),
    # with the CVZ's opinion, the advice taken over "hierover" (blind round 96)
    ("De commissie verenigt zich met het oordeel van het CVZ dat bij verzoekster daarvan sprake is.", True),
    ("De commissie verenigt zich niet met het oordeel van het CVZ dat bij verzoekster daarvan sprake is.", False),
    ("De commissie neemt hierover het advies van het Zorginstituut over.", True),
    # "sluit zich bij dat advies aan", the particle at the end (blind round 105)
    ("De commissie sluit zich bij dat advies aan. Bij verzoekster ontbreken drie premolaren.", True),
    ("De commissie sluit zich niet bij dat advies aan.", None),
    # the CVZ's opinion taken over (blind round 104)
    ("De commissie neemt het oordeel van het CVZ over dat bij verzoekster van een zodanige stoornis sprake is.", True),
    ("De commissie neemt het oordeel van het CVZ niet over dat bij verzoekster van een zodanige stoornis sprake is.",
     None),
    # "dit oordeel … over", doubt about "dit advies" (blind rounds 153, 154)
    ("De commissie neemt dit oordeel van het Zorginstituut over.", True),
    ("De commissie ziet geen reden aan dit advies te twijfelen en neemt het over.", True),
    # followed on one point, departed from on another: not followed in full
    ("Wat de extracties betreft volgt de commissie het advies van het CVZ. Voor de kronen volgt de commissie "
     "het advies van het CVZ niet.", False),
    ("De commissie volgt het advies van het Zorginstituut niet wat de kronen betreft. Voor het overige "
     "volgt zij het advies.", False),
])
def test_advice_followed(assessment, expected):
    text = HEAD + "7. Beoordeling\n7.1. " + assessment + "\n8. Bindend advies\nDe commissie wijst het verzoek af.\n"
    found = prx.advice_followed(text, find_sections(text))
    assert (found.value if found else None) is expected


@pytest.mark.parametrize(("procedure", "expected"), [
    ("Bij brief van 2 april 2010 heeft het CVZ een voorlopig advies uitgebracht. Bij brief van 1 juni 2010 heeft "
     "het CVZ het voorlopig advies als definitief advies gehandhaafd.",
     [("provisional", "2010-04-02", "cvz"), ("final", "2010-06-01", "cvz")]),
    ("Het CVZ heeft op 2 april 2010 een voorlopig advies uitgebracht. Bij brief van 1 juni 2010 heeft het CVZ "
     "meegedeeld dat zijn voorlopig advies als definitief moet worden beschouwd.",
     [("provisional", "2010-04-02", "cvz"), ("final", "2010-06-01", "cvz")]),
    # the letter that keeps it does not name the body again
    ("Bij brief van 2 april 2015 heeft het Zorginstituut een voorlopig advies uitgebracht. Bij brief van 1 juni "
     "2015, gericht aan de commissie, is het voorlopig advies als definitief advies gehandhaafd.",
     [("provisional", "2015-04-02", "zorginstituut"), ("final", "2015-06-01", "zorginstituut")]),
    # the letter stands in the section on the advice, not in the procedure
    ("Bij brief van 2 april 2010 heeft het CVZ een voorlopig advies uitgebracht.\n2. Het advies van het CVZ\n"
     "2.1. In zijn voorlopig advies van 2 april 2010 heeft het CVZ het volgende opgemerkt.\n2.2. Bij brief van "
     "1 juni 2010 heeft het CVZ meegedeeld dat zijn voorlopig advies als definitief moet worden beschouwd.",
     [("provisional", "2010-04-02", "cvz"), ("final", "2010-06-01", "cvz")]),
    # the hearing's report put before it, the body keeps its provisional advice: the final one
    ("Het Zorginstituut heeft op 18 mei 2015 een voorlopig advies uitgebracht. Het verslag van de zitting is "
     "aan het Zorginstituut voorgelegd, dat bij brief van 24 juni 2015 heeft laten weten bij zijn voorlopig "
     "advies te blijven.",
     [("provisional", "2015-05-18", "zorginstituut"), ("final", "2015-06-24", "zorginstituut")]),
    # ... "geen aanleiding geeft tot wijziging van zijn voorlopig advies" (blind round 85)
    ("Bij brief van 26 juni 2012 heeft het CVZ een voorlopig advies uitgebracht. Het verslag van de zitting is aan "
     "het CVZ gezonden, dat bij brief van 4 september 2012 heeft laten weten dat het verslag geen aanleiding geeft "
     "tot wijziging van zijn voorlopig advies.",
     [("provisional", "2012-06-26", "cvz"), ("final", "2012-09-04", "cvz")]),
    # without a provisional advice before it, a sentence about 'definitief' is no new advice
    ("Bij brief van 1 juni 2010 is het voorlopig advies als definitief advies gehandhaafd.", []),
])
def test_provisional_advice_kept_as_final(procedure, expected):
    text = HEAD + "1. Verloop van de procedure\n1.1. " + procedure + "\n3. Vaststaande feiten\nX.\n"
    found = prx.advice(text, find_sections(text))
    assert [(f.value["kind"], str(f.value["date"]), f.value["body"]) for f in found] == expected
