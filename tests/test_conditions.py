"""The condition vocabulary: spellings, categories, negation and hypothetical cues, sections."""

from __future__ import annotations

import pytest

from geschil.extract.conditions import find_conditions
from geschil.extract.sections import Section


def _one(text: str, term: str):
    found = [m for m in find_conditions(text) if m.term == term]
    assert found, f"{term!r} not found in {text!r}"
    return found[0]


@pytest.mark.parametrize("text, term, category, negated, hypothetical", [
    ("Bij verzoeker is sprake van peri-implantitis.", "peri-implantitis", "2.7.1.a:not_on_its_own", False, False),
    ("Het gaat om peri implantitis rond twee implantaten.", "peri-implantitis", "2.7.1.a:not_on_its_own", False, False),
    ("Verzoeker heeft periimplantitis.", "peri-implantitis", "2.7.1.a:not_on_its_own", False, False),
    ("Bij verzoeker is oligodontie vastgesteld.", "oligodontie", "2.7.1.a:qualifies", False, False),
    ("Verzoekster heeft een verstandelijke beperking.", "verstandelijke beperking", "2.7.1.b:qualifies", False, False),
    ("Verzoeker lijdt aan de ziekte van Parkinson.", "ziekte van Parkinson", "2.7.1.b:qualifies", False, False),
    ("Verzoekster onderging radiotherapie in het hoofd-halsgebied.", "radiotherapie in het hoofd-halsgebied", "2.7.1.c:qualifies", False, False),
    ("Er is geen sprake van schisis.", "schisis", "2.7.1.a:qualifies", True, False),
    ("De behandeling is dus niet het rechtstreekse gevolg van het ongeval.", "direct gevolg van het ongeval",
     "accident:direct_consequence", True, False),
    ("Het verlies is het directe gevolg van het ongeval.", "direct gevolg van het ongeval",
     "accident:direct_consequence", False, False),
    ("Niet is gebleken van een lichamelijke of geestelijke aandoening.",
     "niet-tandheelkundige lichamelijke of geestelijke aandoening", "2.7.1.b:generic", True, False),
    ("Een situatie als bedoeld in onderdeel c is noch gesteld noch gebleken.",
     "medische behandeling zonder mondzorg onvoldoende resultaat", "2.7.1.c:generic", True, False),
    ("Het vermelde onder (c) is in dit geval niet aan de orde.",
     "medische behandeling zonder mondzorg onvoldoende resultaat", "2.7.1.c:generic", True, False),
    ("Hierbij kan worden gedacht aan schisis.", "schisis", "2.7.1.a:qualifies", False, True),
    ("Bedoeld zijn schisis en vergelijkbare aandoeningen.", "schisis", "2.7.1.a:qualifies", False, True),
    ("De ontsteking is vergelijkbaar met parodontitis.", "parodontitis", "2.7.1.a:not_on_its_own", False, True),
    ("Dit kwalificeert niet als een verworven afwijking.",
     "ontwikkelingsstoornis of verworven afwijking", "2.7.1.a:generic", True, False),
    # examples and benchmarks, also across the line breaks of PDF text
    ("Hierbij kan worden\ngedacht aan schisis.", "schisis", "2.7.1.a:qualifies", False, True),
    ("Het is geen aandoening die in ernst vergelijkbaar is met de in de toelichting\ngenoemde "
     "voorbeelden, zoals schisis of oligodontie.", "oligodontie", "2.7.1.a:qualifies", False, True),
    ("Een aandoening zoals schisis valt eronder.", "schisis", "2.7.1.a:qualifies", False, True),
    ("Dit is een afwijking die vergelijkbaar is met schisis.", "schisis", "2.7.1.a:qualifies", False, True),
    ("Het gaat om een in ernst met schisis vergelijkbare aandoening.", "schisis", "2.7.1.a:qualifies",
     False, True),
    ("Dit is geen verworven afwijking die in ernst vergelijkbaar is met schisis.", "schisis",
     "2.7.1.a:qualifies", False, True),
    ("De bepaling is blijkens de toelichting bedoeld voor oligodontie.", "oligodontie",
     "2.7.1.a:qualifies", False, True),
    # a 'toelichting' sent with an application is no Nota van Toelichting
    ("Uit de meegezonden toelichting blijkt dat verzoekster parodontitis heeft.", "parodontitis",
     "2.7.1.a:not_on_its_own", False, False),
    ("Deze aandoening kan niet worden aangemerkt als\neen ernstige verworven afwijking.",
     "ontwikkelingsstoornis of verworven afwijking", "2.7.1.a:generic", True, False),
    ("Het verlies van gebitselementen kan niet als zodanige ernstige verworven afwijking worden "
     "aangemerkt.", "ontwikkelingsstoornis of verworven afwijking", "2.7.1.a:generic", True, False),
    ("Van een situatie als bedoeld in onderdelen b en c is evenmin gebleken.",
     "niet-tandheelkundige lichamelijke of geestelijke aandoening", "2.7.1.b:generic", True, False),
    ("Het verlies van twee voortanden door een ongeval is geen verworven afwijking.", "tandverlies",
     "2.7.1.a:not_on_its_own", False, False),
    # the direct consequence of the accident, and the question whether there is one
    ("Het verlies is het directe gevolg van het ongeval.", "direct gevolg van het ongeval",
     "accident:direct_consequence", False, False),
    ("Dat neemt het rechtstreekse verband met het ongeval niet weg.", "direct gevolg van het ongeval",
     "accident:direct_consequence", False, False),
    ("De kroon houdt geen rechtstreeks verband met het ongeval.", "direct gevolg van het ongeval",
     "accident:direct_consequence", True, False),
    ("In geschil is uitsluitend of de behandeling rechtstreeks verband houdt met het ongeval.",
     "direct gevolg van het ongeval", "accident:direct_consequence", False, True),
    # Bzv 2.7 lid 2: a very severely shrunken edentulous jaw, in its spellings
    ("Er is sprake van een zeer ernstig geslonken tandeloze onderkaak.", "zeer ernstig geslonken tandeloze kaak",
     "2.7.2:qualifies", False, False),
    ("De kaakchirurg spreekt van een ernstig geslonken tandeloze kaak.", "zeer ernstig geslonken tandeloze kaak",
     "2.7.2:qualifies", False, False),
    ("Het gaat om een zeer ernstig geslonken onderkaak.", "zeer ernstig geslonken tandeloze kaak",
     "2.7.2:qualifies", False, False),
    ("De bovenkaak van verzoekster is zeer ernstig geslonken.", "zeer ernstig geslonken tandeloze kaak",
     "2.7.2:qualifies", False, False),
    ("In geschil is alleen of de onderkaak van verzoeker zeer ernstig is geslonken.",
     "zeer ernstig geslonken tandeloze kaak", "2.7.2:qualifies", False, True),
    ("Lid 2 bepaalt dat implantaten vallen onder de zorg, indien sprake is van een zeer ernstig "
     "geslonken tandeloze kaak.", "zeer ernstig geslonken tandeloze kaak", "2.7.2:qualifies", False, True),
    ("Er is geen sprake van een zeer ernstig geslonken tandeloze kaak.",
     "zeer ernstig geslonken tandeloze kaak", "2.7.2:qualifies", True, False),
    # Bzv 2.7 lid 6: incisors or canines never formed, and the need established before 18
    ("Bij haar is agenesie van beide laterale snijtanden vastgesteld.", "agenesie van snij- of hoektanden",
     "2.7.6:front_teeth_agenesis", False, False),
    ("Het betreft agenesie van de hoektanden.", "agenesie van snij- of hoektanden",
     "2.7.6:front_teeth_agenesis", False, False),
    ("Het gaat om niet aangelegde blijvende snij- of hoektanden.", "agenesie van snij- of hoektanden",
     "2.7.6:front_teeth_agenesis", False, False),
    ("Vervanging van niet-aangelegde laterale snijtanden.", "agenesie van snij- of hoektanden",
     "2.7.6:front_teeth_agenesis", False, False),
    ("Bij haar zijn de beide laterale snijtanden in de bovenkaak, de elementen 12 en 22, nooit aangelegd.",
     "agenesie van snij- of hoektanden", "2.7.6:front_teeth_agenesis", False, False),
    ("Het gaat om blijvende snijtanden die in het geheel niet zijn aangelegd.",
     "agenesie van snij- of hoektanden", "2.7.6:front_teeth_agenesis", False, False),
    ("Het gaat om agenesie van zes gebitselementen.", "oligodontie", "2.7.1.a:qualifies", False, False),
    ("De noodzaak is vastgesteld toen zij zestien was.", "noodzaak vastgesteld vóór 18 jaar",
     "2.7.6:need_before_18", False, False),
    ("De orthodontist heeft, toen verzoekster zestien jaar was, vastgesteld dat de ruimtes dicht moeten.",
     "noodzaak vastgesteld vóór 18 jaar", "2.7.6:need_before_18", False, False),
    ("Uit de brief blijkt dat vóór het achttiende jaar is vastgesteld dat de ruimtes dicht moeten.",
     "noodzaak vastgesteld vóór 18 jaar", "2.7.6:need_before_18", False, False),
    # 'niet' right before a term negates it
    ("Volgens de zorgverzekeraar is echter niet vóór haar achttiende jaar vastgesteld dat het nodig is.",
     "noodzaak vastgesteld vóór 18 jaar", "2.7.6:need_before_18", True, False),
    ("Daarmee is niet vóór het achttiende jaar de noodzaak vastgesteld van de zorg.",
     "noodzaak vastgesteld vóór 18 jaar", "2.7.6:need_before_18", True, False),
    # the negation inside the term's own words denies it (blind round 100: read as met, a false accusation)
    ("De noodzaak van de zorg is dus niet vastgesteld voordat zij achttien jaar werd.",
     "noodzaak vastgesteld vóór 18 jaar", "2.7.6:need_before_18", True, False),
    ("Vóór haar achttiende jaar is de noodzaak van implantaten nooit vastgesteld.",
     "noodzaak vastgesteld vóór 18 jaar", "2.7.6:need_before_18", True, False),
    # the law's words and what a provision asks are requirements, not facts of the case
    ("Artikel 2.7 bepaalt dat de zorg tevens omvat implantaten, indien de noodzaak van deze zorg is "
     "vastgesteld voordat de verzekerde achttien jaar werd.", "noodzaak vastgesteld vóór 18 jaar",
     "2.7.6:need_before_18", False, True),
    ("De bepaling vraagt dat vóór het achttiende jaar de noodzaak van tandvervangende hulp wordt "
     "vastgesteld.", "noodzaak vastgesteld vóór 18 jaar", "2.7.6:need_before_18", False, True),
    ("Lid 6 ziet op zorg indien het gaat om de vervanging van blijvende snijtanden die niet zijn "
     "aangelegd.", "agenesie van snij- of hoektanden", "2.7.6:front_teeth_agenesis", False, True),
    # resection of jaw parts after a tumour (Nota van Toelichting), and the tumour itself
    ("Na de gedeeltelijke resectie van de bovenkaak bestaat een open verbinding.",
     "resectie van kaakdelen", "2.7.1.a:qualifies", False, False),
    ("Er volgde een resectie van een deel van de onderkaak.", "resectie van kaakdelen",
     "2.7.1.a:qualifies", False, False),
    ("Na de kaakresectie kon zij niet meer kauwen.", "resectie van kaakdelen", "2.7.1.a:qualifies",
     False, False),
    ("Daarbij is een deel van de linker bovenkaak weggenomen.", "resectie van kaakdelen",
     "2.7.1.a:qualifies", False, False),
    ("Zij onderging een hemimaxillectomie.", "resectie van kaakdelen", "2.7.1.a:qualifies", False, False),
    ("In 2022 is bij verzoekster een tumor in het gehemelte verwijderd.", "tumor in het hoofd-halsgebied",
     "2.7.1.a:oncology", False, False),
    ("Na verwijdering van een tumor in de mondbodem is zij bestraald.", "tumor in het hoofd-halsgebied",
     "2.7.1.a:oncology", False, False),
    ("Hij onderging een oncologische behandeling in het hoofd-halsgebied.", "tumor in het hoofd-halsgebied",
     "2.7.1.a:oncology", False, False),
    # cleidocranial dysplasia in its Dutch and Latin spellings
    ("Bij haar is dysplasia cleidocranialis vastgesteld.", "cleidocraniale dysplasie",
     "2.7.1.a:qualifies", False, False),
    ("Hij heeft een cleidocraniële dysostose.", "cleidocraniale dysplasie", "2.7.1.a:qualifies",
     False, False),
    # onderdeel a's words stated as present, denied, asked or required
    ("Dit syndroom is een ernstige ontwikkelingsstoornis van het tand-kaak-mondstelsel.",
     "ernstige stoornis of afwijking vastgesteld", "2.7.1.a:stated", False, False),
    ("Het Zorginstituut heeft uiteengezet dat de aandoening een ernstige ontwikkelingsstoornis is.",
     "ernstige stoornis of afwijking vastgesteld", "2.7.1.a:stated", False, False),
    ("Er is sprake van een ernstige verworven afwijking.", "ernstige stoornis of afwijking vastgesteld",
     "2.7.1.a:stated", False, False),
    ("Er is geen sprake van een ernstige verworven afwijking van het tand-kaak-mondstelsel.",
     "ernstige stoornis of afwijking vastgesteld", "2.7.1.a:stated", True, False),
    ("Het Zorginstituut heeft onderzocht of sprake is van een ernstige groeistoornis.",
     "ernstige stoornis of afwijking vastgesteld", "2.7.1.a:stated", False, True),
    ("Aanspraak bestaat alleen indien sprake is van een ernstige ontwikkelingsstoornis.",
     "ernstige stoornis of afwijking vastgesteld", "2.7.1.a:stated", False, True),
    # a benchmark compared with: not the requester's condition
    ("Het ontbreken van één element is niet te vergelijken met schisis.", "schisis",
     "2.7.1.a:qualifies", False, True),
    # Bzv 2.7 lid 6: a front tooth lost in an accident, by name or FDI element number
    ("Hij stelt dat hij zijn voortand door een ongeval is verloren.", "ontbrekende snij- of hoektand",
     "2.7.6:missing_front_teeth", False, False),
    ("Daarbij is element 21 uit de mond geslagen.", "ontbrekende snij- of hoektand",
     "2.7.6:missing_front_teeth", False, False),
    ("Het ontbreken van element 11, een blijvende snijtand, volgt uit het ongeval.",
     "ontbrekende snij- of hoektand", "2.7.6:missing_front_teeth", False, False),
    ("De snijtand is bij de val uitgeslagen.", "ontbrekende snij- of hoektand",
     "2.7.6:missing_front_teeth", False, False),
    # … knocked out of the jaw, its loss named, or the tooth named beside its loss (blind round 147)
    ("Daarbij is element 21 uit de kaak geslagen.", "ontbrekende snij- of hoektand",
     "2.7.6:missing_front_teeth", False, False),
    ("Het verlies van een centrale snijtand is ingrijpend.", "ontbrekende snij- of hoektand",
     "2.7.6:missing_front_teeth", False, False),
    ("Element 21 is een blijvende snijtand en het verlies ervan volgt uit het ongeval.",
     "ontbrekende snij- of hoektand", "2.7.6:missing_front_teeth", False, False),
    ("De commissie oordeelt dat de noodzaak van het implantaat is vastgesteld in de brief van de "
     "tandarts, toen verzoeker vijftien jaar oud was.", "noodzaak vastgesteld vóór 18 jaar",
     "2.7.6:need_before_18", False, False),
    ("De bepaling geeft aanspraak, als de noodzaak van die zorg is vastgesteld voordat de verzekerde "
     "achttien jaar werd.", "noodzaak vastgesteld vóór 18 jaar", "2.7.6:need_before_18", False, True),
    # a finder's words that the abnormality falls short in severity (onderdeel a's measure)
    ("Die afwijking is bij haar niet zo ernstig dat kronen nodig zijn.", "onvoldoende ernstig",
     "denial:severity", False, False),
    ("De stoornis heeft niet de ernst die de bepaling vereist.", "onvoldoende ernstig",
     "denial:severity", False, False),
    ("De aandoening heeft niet een zodanige ernst dat zij onder de bepaling valt.",
     "onvoldoende ernstig", "denial:severity", False, False),
    ("De afwijking is onvoldoende ernstig.", "onvoldoende ernstig", "denial:severity", False, False),
    ("Het glazuurdefect is niet ernstig genoeg.", "onvoldoende ernstig", "denial:severity", False, False),
    ("De slijtage is niet in ernst vergelijkbaar met schisis.", "onvoldoende ernstig",
     "denial:severity", False, False),
    # a denial pointing back to the previous sentence's requirement
    ("De commissie is met de adviseur van oordeel dat daarvan in dit geval geen sprake is.",
     "daarvan geen sprake", "denial:back_reference", False, False),
    # a treatment in an enumeration of examples after 'zoals', however far on
    ("Onderdeel c ziet op zorg die nodig is, zoals het saneren van het gebit voorafgaand aan een "
     "niertransplantatie of een bestraling in het hoofd-halsgebied.",
     "radiotherapie in het hoofd-halsgebied", "2.7.1.c:qualifies", False, True),
    ("Bij dit onderdeel gaat het om radiotherapie in het hoofd-halsgebied.",
     "radiotherapie in het hoofd-halsgebied", "2.7.1.c:qualifies", False, True),
    # dental anxiety: no onderdeel b condition on its own
    ("Verzoekster heeft een ernstige tandartsangst.", "tandartsangst", "2.7.1.b:not_on_its_own", False, False),
    ("Hij heeft van jongs af een sterke angst voor de tandarts.", "tandartsangst",
     "2.7.1.b:not_on_its_own", False, False),
    # the supplementary policy's yearly maximum already paid out
    ("Vast staat dat dit bedrag voor 2019 al volledig is uitgekeerd.", "maximum al uitgekeerd",
     "supplementary:maximum_paid", False, False),
    ("Voor dat jaar is reeds het maximum van € 750,-- vergoed.", "maximum al uitgekeerd",
     "supplementary:maximum_paid", False, False),
    # a plan to be laid before the care begins is consent required beforehand (blind round 57)
    ("Volgens artikel 11.2 legt de verzekerde vóór het begin van de orthodontische behandeling een behandelplan met "
     "begroting aan de ziektekostenverzekeraar voor.", "voorafgaande toestemming vereist", "prior_approval:required",
     False, False),
    # the longest spelling wins where two terms overlap
    ("Het gaat om tandverlies door een ongeval.", "tandletsel door ongeval", "2.7.1.a:not_on_its_own", False, False),
])
def test_terms(text, term, category, negated, hypothetical):
    m = _one(text, term)
    assert (m.category, m.negated, m.hypothetical) == (category, negated, hypothetical)
    assert text[m.evidence.span[0]:m.evidence.span[1]] == m.evidence.quote


@pytest.mark.parametrize("text, term", [
    # 'geen' negates the words right after it, not a term far on in the sentence
    ("Verzoeker heeft geen vergoeding ontvangen voor de chirurgische behandeling van zijn peri-implantitis.",
     "peri-implantitis"),
    # the clause after 'maar' is outside the reach of the cue
    ("Het is geen gewone ontsteking, maar peri-implantitis.", "peri-implantitis"),
    # a cue before the term does not reach it when the term comes first
    ("Peri-implantitis is geen verworven afwijking.", "peri-implantitis"),
    # 'niet' negates only a term right after it
    ("Het herstel is niet eenvoudig door zijn parodontitis.", "parodontitis"),
    ("De implantaten zijn niet vergoed, ondanks de zeer ernstig geslonken tandeloze kaak.",
     "zeer ernstig geslonken tandeloze kaak"),
])
def test_not_negated(text, term):
    assert _one(text, term).negated is False


@pytest.mark.parametrize("text", [
    # the law's words as a requirement are no statement that the disorder is there
    "Daarvoor is een ernstige ontwikkelingsstoornis vereist.",
    "Daarvoor is een zodanige ernstige ontwikkelingsstoornis, groeistoornis of verworven afwijking vereist.",
    # a deciduous or a back tooth is no incisor or canine (FDI numbers)
    "Daarbij is element 54 uit de mond geslagen.",
    "Daarbij is element 36 uit de mond geslagen.",
    # severity the law requires, or a shrunken jaw that is not very severe, is no severity denial
    "Dat vereist dat de stoornis zodanig ernstig is dat de functie niet behouden blijft.",
    "De kaak is niet zo ernstig geslonken dat implantaten nodig zijn.",
    # part of a maximum paid is not the maximum paid out
    "Van het maximum van € 2.500,-- is al € 900,-- vergoed.",
])
def test_not_found(text):
    assert not [m for m in find_conditions(text) if m.category in (
        "2.7.1.a:stated", "2.7.6:missing_front_teeth", "denial:severity", "supplementary:maximum_paid")]


@pytest.mark.parametrize("text, term", [
    # a patient's own case after 'zoals': a party's words cited, not an example
    ("Zoals verzoekster stelt, is bij haar een bestraling in het hoofd-halsgebied gegeven.",
     "radiotherapie in het hoofd-halsgebied"),
    # 'bij verzoekster gaat het om' describes the case, not an example of the law
    ("Bij verzoekster gaat het om amelogenesis imperfecta.", "amelogenesis imperfecta"),
])
def test_not_hypothetical(text, term):
    assert _one(text, term).hypothetical is False


def test_sections_and_pages():
    text = "Verzoeker heeft schisis.\n\nBIJLAGE\nHierbij valt te denken aan oligodontie."
    cut = text.index("BIJLAGE")
    sections = [Section("facts", "", None, 0, cut, 1), Section("annex", "", None, cut, len(text), 2)]
    found = find_conditions(text, sections, page_of=lambda offset: 1 if offset < cut else 2)
    assert [(m.term, m.section, m.evidence.page) for m in found] == [
        ("schisis", "facts", 1), ("oligodontie", "annex", 2)]


def test_seed_text(seed_txt):
    text = seed_txt.read_text(encoding="utf-8")
    found = find_conditions(text)
    peri = [m for m in found if m.term == "peri-implantitis"]
    assert peri and any(not m.negated and not m.hypothetical for m in peri)
    assert all(m.category == "2.7.1.a:not_on_its_own" for m in peri)
    # the benchmark conditions are named, but only as examples
    assert all(m.hypothetical or m.negated for m in found if m.term == "schisis"
               and m.evidence.span[0] < text.find("BIJLAGE"))
    assert any(m.negated and m.category == "2.7.1.b:generic" for m in found)
    assert any(m.negated and m.category == "2.7.1.c:generic" for m in found)
