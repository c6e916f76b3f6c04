"""An age limit (a policy's, or IVF's 43 of Bzv art. 2.4): read from the committee's own clause,
computed from the printed birth, and never decided on a day the ruling does not print."""

from __future__ import annotations

import datetime as dt

import pytest
from reason_records import ctx, period, read_ruling, ruling_text, term, treatment

from geschil.extract.birth import birth
from geschil.extract.parameters import age_number, find_policy_terms
from geschil.extract.sections import find_sections
from geschil.reason.rules.age_limit import Reading, age_limit, read
from geschil.reason.said import weigh, weigh_for

D = dt.date


@pytest.mark.parametrize("word, value", [
    ("18", 18), ("18e", 18), ("43ste", 43), ("achttien", 18), ("achttiende", 18),
    ("drieënveertig", 43), ("drieënveertigste", 43), ("eenentwintigste", 21), ("de", None), ("haar", None),
])
def test_age_number(word, value):
    assert age_number(word) == value


@pytest.mark.parametrize("text, terms", [
    ("mits de verzekerde bij de aanvang van de behandeling jonger is dan achttien jaar", [("age_limit", 18)]),
    ("indien de verzekerde een vrouw is tot de leeftijd van 43 jaar", [("age_limit", 43)]),
    ("vóór haar achttiende verjaardag", [("age_limit", 18)]),
    ("de leeftijdsgrens van 43 jaar", [("age_limit", 43)]),
    ("voor verzekerden vanaf 18 jaar", [("age_minimum", 18)]),
    ("verzekerden van 65 jaar of ouder", [("age_minimum", 65)]),
    ("binnen twee jaar na het ongeval", [("accident_treatment_window", 2)]),  # no age
])
def test_age_terms(text, terms):
    assert [(t.name, t.value) for t in find_policy_terms(text)] == terms


RULING = """GESCHILLENCOMMISSIE ZORGVERZEKERINGEN
1. De feiten
1.1. {born}
1.2. De orthodontist heeft de apparatuur op 3 maart 2012 geplaatst.
2. De beoordeling
2.1. De commissie overweegt als volgt.
"""


@pytest.mark.parametrize("born, value", [
    ("Verzoekster is geboren op 9 februari 1994.", {"date": D(1994, 2, 9)}),
    ("Verzoeker is geboren in mei 1993.", {"date": None, "earliest": D(1993, 5, 1), "latest": D(1993, 5, 31)}),
    ("Verzoekster (geboren 24 mei 1970) heeft een kinderwens.", {"date": D(1970, 5, 24)}),
    # a year alone bounds the birth to its year: the age it allows is recounted, never the committee's
    # count taken on trust where the year leaves it open (blind round 46)
    ("Verzoekster is geboren in 1994.", {"date": None, "earliest": D(1994, 1, 1), "latest": D(1994, 12, 31),
                                         "precision": "year"}),
    ("Verzoekster, die in 2001 is geboren, heeft een beugel.", {"date": None, "earliest": D(2001, 1, 1),
                                                                "latest": D(2001, 12, 31)}),
    # a finer date of the same year says more
    ("Verzoeker is in 1993 geboren. Hij is geboren op 4 mei 1993.", {"date": D(1993, 5, 4)}),
    # the date before its word (blind round 50)
    ("Zij is in juli 1980 geboren.", {"date": None, "earliest": D(1980, 7, 1), "latest": D(1980, 7, 31)}),
    # a day a host masked: the month bounds it (blind round 52)
    ("Verzoekster, geboren op xx februari 2005, is verzekerd.", {"date": None, "earliest": D(2005, 2, 1),
                                                                 "latest": D(2005, 2, 28)}),
    # two births (a mother and her son): which one the limit concerns is not for geschil to pick
    ("Verzoekster, geboren op 2 juni 1970, is de moeder van [X], geboren op 3 april 2001.", None),
])
def test_birth(born, value):
    text = RULING.format(born=born)
    found = birth(text, find_sections(text))
    if value is None:
        assert found is None
    else:
        assert found is not None and all(found.value[k] == v for k, v in value.items())


@pytest.mark.parametrize("clause, limit, stated, birthday, care", [
    ("De commissie stelt vast dat de apparatuur is geplaatst nadat verzoekster op 9 februari 2012 "
     "achttien jaar was geworden.", 18, None, D(2012, 2, 9), None),
    ("De commissie stelt vast dat verzoeker bij de plaatsing van de apparatuur in mei 2011 de leeftijd "
     "van achttien jaar al had bereikt.", 18, None, None, (D(2011, 5, 1), D(2011, 5, 31))),
    ("Verzoekster was op 11 maart 2013 42 jaar oud, zodat ook aan de leeftijdsgrens is voldaan.",
     None, 42, None, (D(2013, 3, 11), D(2013, 3, 11))),
    ("Verzoeker was toen nog zeventien, zodat hij jonger was dan achttien jaar.", 18, 17, None, None),
    # a letter's date dates no care
    ("Bij brief van 6 mei 2013 heeft de zorgverzekeraar vastgesteld dat verzoekster de leeftijd van "
     "43 jaar had bereikt.", 43, None, None, None),
    # a birth told in a relative clause dates no care (blind round 69)
    ("De commissie stelt voorop dat verzoekster, die op 3 september 1993 is geboren, op 3 september 2011 achttien "
     "jaar is geworden.", 18, None, D(2011, 9, 3), None),
    # a declaration named with its author dates no care (blind round 70)
    ("Uit de verklaring van de gynaecoloog van 4 april 2016 blijkt dat zij op 13 februari 2016 met de "
     "follikelstimulatie is begonnen.", None, None, None, (D(2016, 2, 13), D(2016, 2, 13))),
])
def test_read(clause, limit, stated, birthday, care):
    r = read(clause)
    assert (r.limit, r.stated, r.birthday, r.care) == (limit, stated, birthday, care)


LIMIT = term("age_limit", 18, "years")


@pytest.mark.parametrize("facts, reading, verdict", [
    # born 9 February 1994: eighteen on 9 February 2012
    ({"birth_date": D(1994, 2, 9)}, Reading(limit=18, care=(D(2012, 2, 8), D(2012, 2, 8))), "met"),
    ({"birth_date": D(1994, 2, 9)}, Reading(limit=18, care=(D(2012, 2, 9), D(2012, 2, 9))), "not_met"),
    # "in februari 2012" straddles the birthday: no verdict
    ({"birth_date": D(1994, 2, 9)}, Reading(limit=18, care=(D(2012, 2, 1), D(2012, 2, 29))), "unknown"),
    # born "in mei 1993", care "in mei 2011": unknown; care in April 2011: met
    ({"birth_period": period("1993-05-01", "1993-05-31", "mei 1993", "month")},
     Reading(limit=18, care=(D(2011, 5, 1), D(2011, 5, 31))), "unknown"),
    ({"birth_period": period("1993-05-01", "1993-05-31", "mei 1993", "month")},
     Reading(limit=18, care=(D(2011, 4, 1), D(2011, 4, 30))), "met"),
    # a leap day's birthday is 28 February or 1 March: 28 February itself stays open
    ({"birth_date": D(1996, 2, 29)}, Reading(limit=18, care=(D(2014, 2, 28), D(2014, 2, 28))), "unknown"),
    ({"birth_date": D(1996, 2, 29)}, Reading(limit=18, care=(D(2014, 3, 1), D(2014, 3, 1))), "not_met"),
    # the age the committee states decides by itself; the limit from the quoted conditions
    ({"terms": (LIMIT,)}, Reading(stated=17), "met"),
    ({"terms": (LIMIT,)}, Reading(stated=18), "not_met"),
    # no birth printed, nor the day the limit was reached: unknown
    ({"terms": (LIMIT,)}, Reading(care=(D(2012, 1, 1), D(2012, 1, 1))), "unknown"),
    # the day the limit was reached, as the committee says it
    ({}, Reading(limit=18, birthday=D(2012, 2, 9), care=(D(2012, 3, 3), D(2012, 3, 3))), "not_met"),
    # no limit named nor quoted
    ({"birth_date": D(1994, 2, 9)}, Reading(care=(D(2012, 3, 3), D(2012, 3, 3))), "unknown"),
    # a minimum age quoted too: which way the limit runs is not computed
    ({"birth_date": D(1994, 2, 9), "terms": (term("age_minimum", 18, "years"),)},
     Reading(limit=18, care=(D(2012, 3, 3), D(2012, 3, 3))), "unknown"),
])
def test_age_limit(facts, reading, verdict):
    born = {k: facts[k] for k in ("birth_date", "birth_period") if k in facts}
    c = ctx(terms=facts.get("terms", ()))
    c.record.facts = c.record.facts.model_copy(update=born)
    assert age_limit(c, reading).verdict == verdict


def test_care_not_named_is_every_printed_care():
    # the clause dates no care: all printed care lies after the birthday, but the finding says
    # it did not weigh the care the committee names (it may agree, never contradict)
    c = ctx(treatments=(treatment("performed", "2012-03-03"), treatment("performed", "2012-04-10")))
    c.record.facts = c.record.facts.model_copy(update={"birth_date": D(1994, 2, 9)})
    f = age_limit(c, Reading(limit=18))
    assert f.verdict == "not_met" and "unchecked" in f.parameters


def test_printed_care_on_both_sides_of_the_birthday_is_the_committees_to_divide():
    # the implant at 22, the crown at 23, each on its printed day: which care the limit is weighed at
    # is the committee's to say, no day the ruling lacks (blind round 147)
    c = ctx(treatments=(treatment("performed", "2021-11-08"), treatment("performed", "2022-03-28")))
    c.record.facts = c.record.facts.model_copy(update={"birth_date": D(1999, 3, 9)})
    f = age_limit(c, Reading(limit=23))
    assert f.verdict == "unknown" and "unchecked" in f.parameters and "missing" not in f.parameters, f.parameters


def test_without_the_committees_words_no_age_is_computed():
    # the rule's own finding decides no claim: the limit and the care are the committee's to name
    c = ctx(treatments=(treatment("performed", "2012-03-03"),), terms=(LIMIT,))
    c.record.facts = c.record.facts.model_copy(update={"birth_date": D(1994, 2, 9)})
    assert age_limit(c).verdict == "not_applicable"


@pytest.mark.parametrize("clause, finding, explicit", [
    ("verzoeker had de leeftijd van achttien jaar al bereikt", "not_met", True),
    ("de apparatuur is geplaatst nadat verzoekster achttien jaar was geworden", "not_met", True),
    ("Er bestaat geen aanspraak, nu verzoekster de leeftijd van 43 jaar had bereikt", "not_met", True),
    ("verzoeker was bij de aanvang jonger dan achttien jaar", "met", True),
    ("verzoeker was niet jonger dan achttien jaar", "not_met", True),
    ("ook aan de leeftijdsgrens is voldaan", "met", True),
    ("aan de leeftijdsgrens is niet voldaan", "not_met", True),
    # an age told as "al achttien jaar" / "nog zeventien jaar", a condition named by its kind (round 39)
    ("Verzoekster was bij de aanvang van de behandeling dus al achttien jaar", "not_met", True),
    ("Aan de leeftijdsvoorwaarde van artikel 11.2 van de voorwaarden is niet voldaan", "not_met", True),
    ("Verzoeker was toen nog zeventien jaar", "met", True),
    # an age "nog niet bereikt" is not reached: one cue, the finding explicit (blind round 109: read as both
    # sides' cues, the committee's finding on a need established after the eighteenth birthday went unchecked)
    ("verzoeker had de leeftijd van achttien jaar nog niet bereikt", "met", True),
    # ... with the auxiliary between (blind round 114: "de leeftijd van achttien jaar nog niet had bereikt")
    ("dat verzoekster bij de aanvang van de behandeling de leeftijd van achttien jaar nog niet had bereikt", "met",
     True),
    ("verzoekster was de leeftijd van achttien jaar nog niet geworden", "met", True),
    # the past tense of the verdict on the limit (blind round 110)
    ("Zij voldeed op die datum niet aan de leeftijdsgrens", "not_met", True),
    # both sides' cues: the generic reading, never explicit
    ("verzoeker was nog geen achttien jaar, maar had de leeftijd van 43 jaar bereikt", "not_met", False),
])
def test_age_polarity(clause, finding, explicit):
    assert weigh_for("age_limit", clause, weigh(clause)) == (finding, explicit)


@pytest.mark.parametrize("clause, ground", [
    ("Verzoekster, geboren op 4 mei 1993, was bij de aanvang van de behandeling dus al achttien jaar.", True),
    ("Aan de leeftijdsvoorwaarde van artikel 11.2 van de voorwaarden is niet voldaan.", True),
    # a duration is no age (round 39)
    ("De machtiging was nog twee jaar geldig en is dus niet verlopen.", False),
    ("Verzoekster heeft erop gewezen dat zij al dertig jaar premie betaalt zonder een beroep op de verzekering.", False),
])
def test_age_ground_words(clause, ground):
    from geschil.reason.said import matches

    assert ("age_limit" in [g["rule"] for g in matches(clause)]) is ground


@pytest.mark.parametrize("born, care, clause, previous, earlier, verdict", [
    # "De beetplaat is op 28 mei 2019 geplaatst. Zij was daarmee bij de aanvang van de behandeling
    # jonger dan 18 jaar.": the care of the sentence before, not every printed care (blind round 48)
    ("2001-06-03", ("2019-05-28", "2019-06-11"), "Zij was daarmee bij de aanvang van de behandeling jonger dan 18 jaar.",
     "", "", "unknown"),  # both acts: the birthday between them
    ("2001-06-03", ("2019-05-28", "2019-06-11"), "Zij was daarmee bij de aanvang van de behandeling jonger dan 18 jaar.",
     "De orthodontist heeft de beetplaat op 28 mei 2019 geplaatst.", "", "met"),
    # "… begonnen op …, dinsdag 4 april 2023. Van die datum gaat de commissie uit. … had verzoekster op die
    # datum de leeftijd van achttien jaar nog niet bereikt." (blind round 110: born 9 March 2005, she was
    # eighteen that day): a day pointed at through a sentence that points at it too
    ("2005-03-09", ("2023-02-16", "2023-04-04"),
     "Anders dan de ziektekostenverzekeraar stelt, had verzoekster op die datum de leeftijd van achttien jaar nog "
     "niet bereikt.", "Van die datum gaat de commissie uit.",
     "De behandeling is begonnen op de dag waarop de vaste apparatuur werd geplaatst, dinsdag 4 april 2023.",
     "not_met"),
    # "op die datum": the one day of the sentence before, a letter's (the need established in it, blind round 136:
    # born 23 October 1999, she was seventeen on 9 October 2017); not a birth told there
    ("1999-10-23", ("2018-06-11",),
     "Verzoekster, die op 23 oktober 1999 is geboren, had op die datum de leeftijd van achttien jaar al bereikt.",
     "De noodzaak van de implantaten is derhalve vastgesteld in de brief van de kaakchirurg van 9 oktober 2017.", "",
     "met"),
    ("1999-10-23", ("2018-06-11",), "Zij had op die datum de leeftijd van achttien jaar al bereikt.",
     "Verzoekster is geboren op 23 oktober 1999.", "", "not_met"),
])
def test_a_concluding_clause_weighs_the_care_of_the_sentence_before(born, care, clause, previous, earlier, verdict):
    from geschil.models import Evidence
    from geschil.reason.rules.age_limit import recompute

    r = ctx(terms=(term("age_limit", 18, "years"),), treatments=tuple(treatment("performed", d) for d in care)).record
    r.facts.birth_date = dt.date.fromisoformat(born)
    ev = Evidence(page=1, span=(0, len(clause)), quote=clause)
    assert recompute(r, clause, ev, "en", previous, earlier).verdict == verdict


AGE_BY_YEAR = ruling_text("""2. Feiten
2.1. Verzoekster, geboren in 2004, is bij de zorgverzekeraar verzekerd op basis van de zorgverzekering.
2.2. Op 3 oktober 2022 heeft de tandarts bij verzoekster een frenotomie van de tongriem uitgevoerd.

3. Het verzoek
Verzoekster verzoekt de commissie te bepalen dat de zorgverzekeraar de kosten van de frenotomie vergoedt.

4. Beoordeling
4.1. De commissie overweegt allereerst of sprake is van een ernstige ontwikkelingsstoornis als bedoeld in artikel 2.7,
eerste lid, aanhef en onder a, Bzv. Een verkorte tongriem is geen ernstige ontwikkelingsstoornis, groeistoornis of
verworven afwijking van het tand-kaak-mondstelsel.
4.2. Vervolgens is de vraag of de frenotomie valt onder artikel 2.7, vierde lid, aanhef en onder l, Bzv, dat voor
verzekerden jonger dan achttien jaar chirurgische tandheelkundige hulp omvat. Verzoekster had op 3 oktober 2022, de
datum waarop de frenotomie is uitgevoerd, de leeftijd van achttien jaar bereikt. De ingreep valt daarom niet onder deze
bepaling.
4.3. De commissie volgt verzoekster niet in haar standpunt dat bepalend is dat de noodzaak van de ingreep in juni 2022
is vastgesteld. Alleen in het zesde lid van artikel 2.7 Bzv heeft de regelgever dat moment bepalend gemaakt. Het vierde
lid kent een dergelijke regel niet.

5. Beslissing
De commissie wijst het verzoek af.
""", case="202359999")


def test_an_age_limit_of_a_law_needing_the_birth_day_decides_beside_its_own_lid(tmp_path):
    """Youth care of Bzv 2.7 lid 4 refused on an age the year of birth leaves open (blind round 134): what
    the committee says of that lid ("De ingreep valt daarom niet onder deze bepaling", "Het vierde lid kent
    een dergelijke regel niet") words the same condition and carries no refusal of its own; lid 1 onder a
    is another route."""
    _, result = read_ruling(tmp_path, AGE_BY_YEAR)
    assert result.status == "undetermined", result.reason
    assert [g.agreement for g in result.grounds if g.rule == "age_limit"] == ["missing_fact"]
