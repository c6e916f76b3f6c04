"""The committee's own count of a term's end, held to the calendar (reason/reckoning.py): a table
of the committee's sentences and what the count proves."""

from __future__ import annotations

import pytest
from reason_records import record
from test_grounds import _statements

from geschil.reason import check

A = "assessment"


def _reckoning(*sentences: str, outcome: str = "granted"):
    r = record(outcome=outcome, requests=("de kosten van de behandeling te vergoeden",), policies=("basic",))
    r.statements = _statements(*((A, s) for s in sentences))
    result = check(r, lang="en")
    return result, [g for g in result.grounds if g.rule == "term_reckoning"]


@pytest.mark.parametrize("sentences, outcome, agreement", [
    # the anchor printed in the count: twelve weeks after 30 June end on 22 September, not 8 September;
    # the crown of 15 September lies inside, the committee puts it after (blind round 98)
    (("Twaalf weken na 30 juni 2016 is 8 september 2016.",
      "De verlengde geldigheidsduur liep dus tot en met 8 september 2016, en niet tot en met 22 september 2016, "
      "zoals verzoekster stelt.",
      "De kroon is op 15 september 2016 geplaatst, een week na het einde van de verlengde geldigheidsduur."),
     "rejected", "contradicts"),
    # the days named with their weekdays: six weeks after Wednesday 7 March end on 18 April, not 11 April, and the
    # notification of 16 April the committee puts after the term lies inside it (blind round 165)
    (("De termijn van zes weken na het ongeval van woensdag 7 maart 2018 eindigde op woensdag 11 april 2018.",
      "Ook de melding van 16 april 2018 is dus na afloop van de termijn gedaan."), "rejected", "contradicts"),
    # the anchor in the sentence before, named by the term's noun (blind round 84)
    (("De operatie vond plaats op 14 maart 2022.",
      "De termijn van zes maanden na de datum van de operatie eindigde daarmee op 14 oktober 2022.",
      "De zeven behandelingen van 19 september 2022 tot en met 12 oktober 2022 zijn dus binnen die termijn "
      "gegeven."), "granted", "contradicts"),
    # ... or by the same term (blind round 89)
    (("De machtiging van 5 december 2016 gold mits de behandeling binnen 26 weken na de dagtekening van de "
      "brief aanving.",
      "Die termijn van 26 weken liep tot en met 26 juni 2017.",
      "De implantaten zijn op 19 juni 2017 geplaatst, zodat de behandeling binnen de geldigheidsduur van de "
      "machtiging is aangevangen."), "granted", "contradicts"),
    # the anchor pointed at ("na die dagtekening"): the one day of the sentence before (blind round 107)
    (("In de akkoordverklaring van dinsdag 31 mei 2022 is dezelfde termijn opgenomen.",
      "Zes maanden na die dagtekening is 31 december 2022.",
      "De kroon op het implantaat is op woensdag 7 december 2022 geplaatst, en dus binnen die termijn."),
     "granted", "contradicts"),
    # the term found run out on the act's day (blind round 118: six months after 14 August end on 14 February)
    (("De termijn van zes maanden na het ongeval van 14 augustus 2016 eindigde op 14 januari 2017.",
      "Op 10 februari 2017 was die termijn al verstreken."), "rejected", "contradicts"),
    (("Zes maanden na 14 augustus 2016 is 14 maart 2017.",
      "Op 2 maart 2017 was die termijn nog niet verstreken."), "granted", "contradicts"),
    # the term counted from the day it starts on, the act dated in the sentence before the one that places it
    # (blind round 123: five years from 14 March 2013 end in 2018, not on 14 March 2017)
    (("De gebruiksduur van vijf jaar ving aan op de dag waarop de vorige prothese werd afgeleverd, 14 maart 2013, "
      "en eindigde dus op 14 maart 2017.",
      "De nieuwe prothese is op 6 februari 2018 afgeleverd.",
      "Op dat moment was de gebruiksduur van de vorige prothese al verstreken."), "granted", "contradicts"),
    # the day counted from pointed at, the verb before its subject, the act placed by the count's own words (blind
    # round 184: eight weeks after 30 June end on 25 August, not 8 September)
    (("De commissie gaat uit van de voor verzoeker gunstigste dag van die periode, 30 juni 2017.",
      "Gerekend vanaf die dag eindigde de termijn van acht weken op 8 september 2017.",
      "Het ongevalsformulier is op 6 september 2017 door de zorgverzekeraar ontvangen, en daarmee binnen acht weken na "
      "de datum van het ongeval."), "granted", "contradicts"),
    # the end told with its verb after the day (blind round 184: six weeks after 4 May end on 15 June, not 1 June)
    (("De brief is gedagtekend woensdag 4 mei 2016.",
      "De termijn van zes weken na die dagtekening is op woensdag 1 juni 2016 verstreken.",
      "De behandeling van het linkeroog heeft op maandag 6 juni 2016 plaatsgevonden, en dus na het verstrijken van de "
      "geldigheidsduur van de toestemming."), "rejected", "contradicts"),
    # a miscount the act does not turn on: shown, not held against the committee
    (("Twaalf weken na 30 juni 2016 is 8 september 2016.",
      "De kroon is op 1 oktober 2016 geplaatst, na het einde van de verlengde geldigheidsduur."),
     "rejected", "not_checked"),
    # an act on the calendar's edge proves nothing either way
    (("Twaalf weken na 30 juni 2016 is 8 september 2016.",
      "De kroon is op 22 september 2016 geplaatst, na het einde van die termijn."), "rejected", "not_checked"),
])
def test_a_miscount_the_decision_turns_on(sentences, outcome, agreement):
    result, found = _reckoning(*sentences, outcome=outcome)
    assert [g.agreement for g in found] == [agreement]
    # the count's sentence and the placement's, quoted as printed
    assert {e.quote for e in found[0].evidence} <= set(sentences) and len(found[0].evidence) == 2
    assert (result.status == "divergent") == (agreement == "contradicts")


@pytest.mark.parametrize("sentence, agreement", [
    # a term counted in its own clause from the accident's day, found run out on the start's day although six months
    # after 16 July end on 16 January (blind round 180: the committee's six months, which no window rule read)
    ("De termijn van zes maanden na het ongeval van 16 juli 2011 was op 10 januari 2012 al verstreken, zodat de "
     "definitieve behandeling niet tijdig is begonnen.", "contradicts"),
    ("De termijn van zes maanden na de operatie van 16 juli 2011 was op 20 januari 2012 nog niet verstreken.",
     "contradicts"),
    # right by the calendar, or near its edge where a rule models the term (a weekend, a reading): nothing proven
    ("De termijn van zes maanden na het ongeval van 16 juli 2011 was op 20 januari 2012 al verstreken.", None),
    ("De termijn van zes maanden na het ongeval van 16 juli 2011 was op 14 januari 2012 al verstreken.", None),
    # lapsed on a day without "al" names the term's end, no act placed after it
    ("De termijn van zes maanden na het ongeval van 16 juli 2011 is op 10 januari 2012 verstreken.", None),
    # "meer dan N na" a day printed in the clause, a term a rule models, away from its edge (blind round 189: twelve
    # months after 14 March 2016 end on 14 March 2017); "niet later dan" is inside (blind round 139)
    ("De brug is op 6 maart 2017 geplaatst, meer dan twaalf maanden na de dagtekening van de akkoordverklaring van "
     "14 maart 2016.", "contradicts"),
    ("De behandeling is op 12 maart 2024 voltooid, niet later dan twee jaar na het ongeval van 10 september 2022.", None),
    ("De behandeling is op 12 maart 2025 voltooid, niet later dan twee jaar na het ongeval van 10 september 2022.",
     "contradicts"),
    # near the edge of a term a rule models: nothing proven
    ("De brug is op 12 maart 2017 geplaatst, meer dan twaalf maanden na de dagtekening van de akkoordverklaring van "
     "14 maart 2016.", None),
])
def test_an_act_placed_against_a_term_counted_in_its_own_clause(sentence, agreement):
    result, found = _reckoning(sentence, outcome="rejected")
    assert [g.agreement for g in found] == ([agreement] if agreement else [])
    if agreement:
        assert [e.quote for e in found[0].evidence] == [sentence] and result.status == "divergent"


@pytest.mark.parametrize("sentences, contradicts", [
    # a lead time counted back from the treatment's day, the application pointed at and dated by the sentence before,
    # every day of it more than four weeks before (blind round 179: 3 March is 37 days before 9 April)
    (("De schriftelijke aanvraag van 28 februari 2008 is ontvangen op 3 maart 2008.",
      "De commissie volgt de ziektekostenverzekeraar in zijn standpunt dat die aanvraag minder dan vier weken vóór de "
      "behandeling op 9 april 2008 is ontvangen en dus niet tijdig was."), True),
    (("De aanvraag is op 3 april 2008 ontvangen, meer dan vier weken vóór de behandeling op 9 april 2008.",), True),
    # ... or told as what lay between the two days (blind round 182: 11 April is five weeks before 16 May)
    (("Tussen de ontvangst van het verzoek op 11 april 2023 en de operatie op 16 mei 2023 lagen minder dan vier "
      "weken.",), True),
    (("Tussen de ontvangst van het verzoek op 25 april 2023 en de operatie op 16 mei 2023 lagen minder dan vier "
      "weken.",), False),
    # right by the calendar, or on its edge: nothing proven
    (("De aanvraag is op 20 maart 2008 ontvangen, minder dan vier weken vóór de behandeling op 9 april 2008.",), False),
    (("De aanvraag is op 12 maart 2008 ontvangen, minder dan vier weken vóór de behandeling op 9 april 2008.",), False),
    # the sentence before gives days on both sides: which one is meant is not said
    (("De aanvraag van 1 maart 2008 is ontvangen op 20 maart 2008.",
      "Die aanvraag is dus minder dan vier weken vóór de behandeling op 9 april 2008 ontvangen."), False),
    # the committee rejecting the party's count is no count of its own
    (("De aanvraag is ontvangen op 3 maart 2008.",
      "De commissie volgt de ziektekostenverzekeraar niet in zijn standpunt dat die aanvraag minder dan vier weken vóór "
      "de behandeling op 9 april 2008 is ontvangen."), False),
])
def test_a_term_counted_back_from_a_later_day(sentences, contradicts):
    result, found = _reckoning(*sentences, outcome="rejected")
    assert [g.agreement for g in found] == (["contradicts"] if contradicts else [])
    if contradicts:
        assert [e.quote for e in found[0].evidence] == list(sentences) and result.status == "divergent"


BEGUN = ("In de brief van 31 augustus 2023 staat dat de toestemming geldig is gedurende zes maanden na dagtekening.",
         "De termijn van zes maanden ving dus aan op 1 september 2023.")


@pytest.mark.parametrize("sentences, agreement", [
    # the term and the day it began in one sentence, its end drawn in the next: six months from 1 September
    # 2023 run through 29 February 2024, which the committee forgot (blind round 126); the letter's own day,
    # printed too, excuses nothing where the committee says from which day it counts
    ((*BEGUN, "De toestemming was daarmee geldig tot en met 28 februari 2024.",
      "Het implantaat is op 29 februari 2024 geplaatst.", "Op dat moment was de toestemming verlopen."),
     "contradicts"),
    # the right end: no ground
    ((*BEGUN, "De toestemming was daarmee geldig tot en met 29 februari 2024.",
      "Het implantaat is op 1 maart 2024 geplaatst.", "Op dat moment was de toestemming verlopen."), None),
    # an end not drawn from the sentence before ("daarmee", "dus") is no count of that term
    ((*BEGUN, "De toestemming was geldig tot en met 28 februari 2024.",
      "Het implantaat is op 29 februari 2024 geplaatst.", "Op dat moment was de toestemming verlopen."), None),
])
def test_a_term_the_committee_says_began_on_a_day(sentences, agreement):
    result, found = _reckoning(*sentences, outcome="rejected")
    assert [g.agreement for g in found] == ([agreement] if agreement else [])
    if agreement:
        # the start, the count and the placement, each quoted as printed
        assert [e.quote for e in found[0].evidence] == [sentences[1], sentences[2], sentences[4]]
        assert "29 February 2024" in found[0].reason and result.status == "divergent"


@pytest.mark.parametrize("sentences", [
    # a right count, either reading of "na": no ground (the rules hold those)
    ("Twaalf weken na 30 juni 2016 is 22 september 2016.",
     "De kroon is op 15 september 2016 geplaatst, binnen die termijn."),
    ("Twaalf weken na 30 juni 2016 is 21 september 2016.",
     "De kroon is op 15 september 2016 geplaatst, binnen die termijn."),
    # a party's count is not the committee's
    ("Volgens verzoekster eindigde de termijn van twaalf weken na 30 juni 2016 op 8 september 2016.",
     "De kroon is op 15 september 2016 geplaatst, na het einde van die termijn."),
    # a hypothesis is no count
    ("Ook als de termijn van twaalf weken na 30 juni 2016 op 8 september 2016 zou eindigen, is de kroon "
     "van 15 september 2016 daarbuiten geplaatst.",),
    # the end is twelve weeks after another day the reasoning prints (16 June): that may be the anchor
    ("De verlenging is op 16 juni 2016 verleend.",
     "Twaalf weken na 30 juni 2016 is 8 september 2016.",
     "De kroon is op 15 september 2016 geplaatst, na het einde van die termijn."),
    # the sentence before prints two days: which one the term runs from is not said
    ("De operatie vond plaats op 14 maart 2022, de controle op 2 mei 2022.",
     "De termijn van zes maanden na de datum van de operatie eindigde daarmee op 14 oktober 2022.",
     "De behandelingen van 19 september 2022 zijn dus binnen die termijn gegeven."),
    # no act placed against the term
    ("Twaalf weken na 30 juni 2016 is 8 september 2016.",
     "Verzoekster heeft de nota op 15 september 2016 ingediend."),
    # a term of use found run out or not:
    # ... the calendar agrees: no ground (as for a count)
    ("De vorige nachtspalk is op 19 januari 2016 afgeleverd.",
     "De gebruikstermijn van twee jaar was op 7 april 2017, toen de nieuwe nachtspalk werd aangevraagd, nog niet "
     "verstreken."),
    # the act on the end's edge proves nothing
    ("De vorige toestellen zijn op 30 september 2011 afgeleverd.",
     "De gebruikstermijn van vijf jaar was op 30 september 2016, toen de nieuwe toestellen werden afgeleverd, nog "
     "niet verstreken."),
    # a party's reckoning is not the committee's
    ("Het vorige paar is in 2021 afgeleverd.",
     "Volgens verzoeker was de gebruikstermijn van twaalf maanden verstreken toen het nieuwe paar op 28 februari "
     "2022 werd afgeleverd."),
    # a term counted from an accident is the accident cover's (its own rule)
    ("Het ongeval vond plaats in maart 2015.",
     "De termijn van twee jaar na het ongeval was verstreken toen de kroon op 2 april 2017 werd geplaatst."),
])
def test_no_ground_without_a_proven_miscount(sentences):
    result, found = _reckoning(*sentences, outcome="rejected")
    assert found == [], found[0].reason if found else ""


@pytest.mark.parametrize("sentences, outcome, agreement, status", [
    # a term of use found run out on a delivery, counted from a delivery told by its season: the day it
    # counts from is missing, and the grant rests on it (blind round 106)
    (("De commissie gaat er daarom van uit dat de vorige toestellen in het voorjaar van 2012 aan hem zijn "
      "afgeleverd.",
      "Daarmee was de gebruikstermijn van vijf jaar verstreken toen de nieuwe toestellen op 12 april 2017 "
      "werden afgeleverd."), "granted", "missing_fact", "undetermined"),
    # ... told by its year alone, the refusal resting on the term not run out (blind round 98)
    (("Het vorige paar is in 2021 afgeleverd.",
      "Toen het nieuwe paar op 28 februari 2022 werd afgeleverd, was de gebruikstermijn van twaalf maanden dus "
      "nog niet verstreken."), "rejected", "missing_fact", "undetermined"),
    # ... the act's day in the sentence before, pointed at ("op dat moment"), the start two back (blind round 87)
    (("Verzoekster heeft niet betwist dat zij het eerste haarwerk in mei 2022 heeft ontvangen.",
      "Het nieuwe haarwerk is op 12 mei 2023 afgeleverd.",
      "De commissie stelt vast dat op dat moment de termijn van twaalf maanden na de aflevering van het eerste "
      "haarwerk nog niet was verstreken."), "rejected", "missing_fact", "undetermined"),
    # ... the act an application made ("aanvroeg", blind round 120)
    (("Vast staat dat de vorige knieorthese in 2014 aan verzoeker is afgeleverd.",
      "Toen de instrumentmaker op 2 februari 2017 de nieuwe orthese aanvroeg, was de gebruikstermijn van drie jaar "
      "dus nog niet verstreken."), "rejected", "missing_fact", "undetermined"),
    # an exact start the calendar counts past the act: the committee's finding is contradicted
    (("De vorige nachtspalk is op 19 januari 2016 afgeleverd.",
      "De gebruikstermijn van twee jaar was op 7 april 2018, toen de nieuwe nachtspalk werd afgeleverd, nog niet "
      "verstreken."), "rejected", "contradicts", "divergent"),
    # ... the act dated in the sentence before, concluded on by "Hieruit volgt" (blind round 131)
    (("De vorige nachtspalk is op 19 januari 2016 afgeleverd.",
      "De nieuwe nachtspalk is op 7 april 2018 afgeleverd.",
      "Hieruit volgt dat de gebruikstermijn van twee jaar nog niet was verstreken."),
     "rejected", "contradicts", "divergent"),
    # ... in the sentence that lets the plea fail: still the committee's own finding
    (("De vorige nachtspalk is op 19 januari 2016 afgeleverd.",
      "De nieuwe nachtspalk is op 7 april 2018 afgeleverd.",
      "Hieruit volgt dat de gebruikstermijn van twee jaar nog niet was verstreken, zodat het beroep van "
      "verzoeker op artikel 3 van de voorwaarden faalt."), "rejected", "contradicts", "divergent"),
    # ... the act named by its noun ("Bij de aflevering van … op"), the finding drawn from the start's sentence
    # ("daarmee"), whatever other day the reasoning prints (blind round 186: 24 months from 25 February 2022 end on 25
    # February 2024)
    (("De aanvraag van 19 februari 2024 is afgewezen.",
      "De vorige prothese is op 25 februari 2022 afgeleverd.",
      "Bij de aflevering van de nieuwe prothese op 4 maart 2024 was de gebruikstermijn van 24 maanden daarmee nog niet "
      "verstreken."), "rejected", "contradicts", "divergent"),
])
def test_a_term_of_use_found_run_out_or_not(sentences, outcome, agreement, status):
    result, found = _reckoning(*sentences, outcome=outcome)
    assert [g.agreement for g in found] == [agreement], result.reason
    assert result.status == status
    # the finding's sentence and the one printing the start, quoted as printed
    assert {e.quote for e in found[0].evidence} <= set(sentences) and len(found[0].evidence) == 2


@pytest.mark.parametrize("sentences, found_agreements, status", [
    # a term of use found running on a printed day, where the ruling prints no delivery of the previous aid:
    # the day it counts from is missing (blind rounds 113 and 114)
    (("Vast staat dat de gebruikstermijn van vijf jaar van de hoortoestellen die verzoekster eerder zijn "
      "verstrekt, op 1 maart 2021 nog niet was verstreken.",), ["missing_fact"], "undetermined"),
    (("Het vorige paar was bij de aflevering van het nieuwe paar op 21 april 2016 nog geen twaalf maanden in "
      "gebruik.",), ["missing_fact"], "undetermined"),
    # the new aid's delivery is no start of the previous one's term: that start is printed nowhere
    (("Het nieuwe paar is in 2022 afgeleverd.",
      "Toen het nieuwe paar op 28 februari 2022 werd afgeleverd, was de gebruikstermijn van twaalf maanden dus nog "
      "niet verstreken."), ["missing_fact"], "undetermined"),
    # ... but a delivery printed before the act is a start (the form above weighs it), and a party's count is none
    (("Het vorige paar is op 3 maart 2015 afgeleverd.",
      "Het vorige paar was bij de aflevering van het nieuwe paar op 21 april 2016 nog geen twaalf maanden in "
      "gebruik."), [], "consistent"),
    (("Verzoeker stelt dat het vorige paar op 21 april 2016 nog geen twaalf maanden in gebruik was.",), [],
     "consistent"),
])
def test_a_term_of_use_whose_start_is_printed_nowhere(sentences, found_agreements, status):
    result, found = _reckoning(*sentences, outcome="rejected")
    assert [g.agreement for g in found] == found_agreements, result.reason
    assert result.status == status, result.reason
    assert all(g.evidence[0].quote == sentences[-1] for g in found)


def test_a_term_of_use_rests_on_the_article_the_reasoning_cites_for_it():
    # blind round 120: "Op grond van artikel 5, eerste lid, van het reglement gaat de gebruikstermijn in op …";
    # what artikel 5, tweede lid, says of a new aid within the term carries no refusal of its own
    from geschil.models import Citation

    sentences = ("Op grond van artikel 5, eerste lid, van het reglement gaat de gebruikstermijn in op de datum "
                 "waarop het vorige hulpmiddel is afgeleverd.",
                 "Vast staat dat de vorige knieorthese in 2014 aan verzoeker is afgeleverd.",
                 "Toen de instrumentmaker op 2 februari 2017 de nieuwe orthese aanvroeg, was de gebruikstermijn van "
                 "drie jaar dus nog niet verstreken.")
    r = record(outcome="rejected", requests=("de kosten van de orthese te vergoeden",), policies=("basic",))
    r.statements = _statements(*((A, x) for x in sentences))
    r.citations = [Citation(law="polis", article="5", paragraph=1, raw="artikel 5, eerste lid, van het reglement",
                            page=1, span=(12, 51))]
    found = [g for g in check(r, lang="en").grounds if g.rule == "term_reckoning"]
    assert [(g.legal_basis.law, g.legal_basis.article, g.legal_basis.paragraph) for g in found] == [("polis", "5", 1)]


def test_a_term_begun_on_a_day_after_the_approvals_own_and_ended_by_pointing_back():
    # blind round 189: the approval's own day beside the day the 26 weeks run from; "Die periode eindigde op …" draws
    # the end from it: 26 weeks from 3 March 2010 end on 1 September, not 25 August
    result, found = _reckoning(
        "De toestemming van 26 februari 2010 gold voor een periode van 26 weken, te rekenen vanaf 3 maart 2010.",
        "Die periode eindigde op 25 augustus 2010.",
        "De rit op 30 augustus 2010 viel daarom buiten de geldigheidsduur van de toestemming.", outcome="rejected")
    assert [g.agreement for g in found] == ["contradicts"] and result.status == "divergent"
