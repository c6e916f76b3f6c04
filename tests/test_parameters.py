"""Policy parameters read from the conditions quoted in a ruling."""

from __future__ import annotations

import pytest

from geschil.extract.parameters import find_policy_terms


@pytest.mark.parametrize("text, name, value, unit", [
    ("De behandeling is binnen 2 jaar na het ongeval afgerond.", "accident_treatment_window", 2, "years"),
    ("De behandeling moet binnen twee jaar na het ongeval zijn afgerond.", "accident_treatment_window", 2, "years"),
    ("Voor de ongevallendekking geldt dat de behandeling binnen drie jaar moet worden afgerond.",
     "accident_treatment_window", 3, "years"),
    ("U heeft een akkoordverklaring nodig voorafgaand aan de behandeling en binnen 3 maanden na het ongeval.",
     "accident_approval_deadline", 3, "months"),
    ("U moet binnen zes weken na het ongeval een machtiging aanvragen.", "accident_approval_deadline", 42, "days"),
    ("De vergoeding is maximaal € 10.000 per ongeval.", "accident_cap", 10000, "euro"),
    ("Dekking tot maximaal € 2.500,-- per ongeval.", "accident_cap", 2500, "euro"),
    ("Vergoeding van € 10.000 maximaal, per ongeval.", "accident_cap", 10000, "euro"),
    ("Zonder contract: 75% van het gemiddelde tarief dat wij hebben afgesproken.",
     "noncontracted_percentage", 75, "percent"),
    ("Wij vergoeden 80 procent van het gemiddeld gecontracteerde tarief.", "noncontracted_percentage", 80, "percent"),
    ("Met contract: 100% van het afgesproken tarief.", "contracted_percentage", 100, "percent"),
    ("Een akkoordverklaring kan maximaal twee jaar terug worden aangevraagd.",
     "approval_retroactive_limit", 2, "years"),
    # an extension by a term, its new end not printed (blind round 34)
    ("Naar aanleiding van het verzoek van de kliniek verlengen wij de geldigheid van de machtiging van 21 april "
     "2022 met drie maanden.", "approval_extension", 3, "months"),
    # a validity counted from the letter's date, "gerekend vanaf" it (blind round 33)
    ("Zij is geldig gedurende tien weken, gerekend vanaf de dagtekening van deze brief.",
     "approval_validity", 70, "days"),
    # "vanaf de datum van deze brief" is its date of issue (blind round 41)
    ("Deze toestemming is zes maanden geldig vanaf de datum van deze brief.", "approval_validity", 6, "months"),
    # the care to be given within a term from the letter's date (blind round 44)
    ("De implantaten moeten worden geplaatst binnen zes maanden, gerekend vanaf de datum van deze brief.",
     "approval_validity", 6, "months"),
    # two conditions in one sentence: each period is read from its own clause
    ("indien: a. de machtiging binnen drie maanden na het ongeval is aangevraagd; b. de behandeling "
     "binnen twee jaar na de datum van het ongeval is voltooid.", "accident_approval_deadline", 3, "months"),
    ("indien: a. de machtiging binnen drie maanden na het ongeval is aangevraagd; b. de behandeling "
     "binnen twee jaar na de datum van het ongeval is voltooid.", "accident_treatment_window", 2, "years"),
    ("Vast staat dat de machtiging tijdig is aangevraagd en dat de behandeling binnen twee jaar na "
     "het ongeval is voltooid.", "accident_treatment_window", 2, "years"),
    # presenting a treatment plan is asking approval (was read as the treatment window, from
    # "behandeling" in the next condition)
    ("mits: a. u binnen drie maanden na het ongeval een behandelplan aan ons voorlegt; b. de "
     "behandeling binnen twee jaar na het ongeval is afgerond.", "accident_approval_deadline", 3, "months"),
    ("Het behandelplan is binnen drie maanden na het ongeval voorgelegd, en de behandeling is "
     "afgerond.", "accident_approval_deadline", 3, "months"),
    # a plan received (blind round 40; was read as the treatment window)
    ("Nergens in de voorwaarden staat dat ook een gewijzigd plan binnen zes maanden na het ongeval moet zijn "
     "ontvangen.", "accident_approval_deadline", 6, "months"),
    # a term in words past twelve (blind round 46)
    ("Deze toestemming is geldig gedurende zestien weken na de datum van deze brief.", "approval_validity", 112, "days"),
    # the letter's words quoted by the committee (blind round 115)
    ("In de brief staat dat de toestemming geldig is \"gedurende zes maanden na dagtekening van deze brief\".",
     "approval_validity", 6, "months"),
    ("De behandeling moet binnen tweeënvijftig weken na het ongeval zijn afgerond.", "accident_treatment_window",
     364, "days"),
    # an extension told with its term before the verb (blind round 49)
    ("Bij brief van 2 april 2025 heeft de zorgverzekeraar de machtiging met drie maanden verlengd.",
     "approval_extension", 3, "months"),
    # an age limit told as the birthday the care must come before (blind round 55)
    ("Orthodontie wordt alleen vergoed als de behandeling begint voordat de verzekerde achttien jaar wordt.",
     "age_limit", 18, "years"),
    # valid from the day it was sent (blind round 50)
    ("Onze toestemming (akkoordverklaring) is twaalf weken geldig na de dag waarop wij de akkoordverklaring "
     "hebben verzonden.", "approval_validity", 84, "days"),
    # consent asked up to a term after the first treatment (blind round 71)
    # an approval's validity from the day "zij is afgegeven" (blind round 96)
    ("Een toestemming is zes maanden geldig vanaf de datum waarop zij is afgegeven.", "approval_validity", 6, "months"),
    # a window ended by a sentence the splitter kept: the next article's approval is not its clause (blind round 43)
    ("c. de behandeling uiterlijk twee jaar na de datum van het ongeval is afgerond. 14.3 Een akkoordverklaring is "
     "zes maanden geldig.", "accident_treatment_window", 2, "years"),
    # blind round 94: "uiterlijk" with the accident after it
    ("a. wij uiterlijk drie maanden na de datum van het ongeval een aanvraag met een behandelplan van uw "
     "tandarts hebben ontvangen; en", "accident_approval_deadline", 3, "months"),
    ("De aanvraag moet uiterlijk vier weken na de datum van de eerste behandeling bij ons zijn ingediend.",
     "application_after_start", 28, "days"),
    # ... after an operation or a delivery, tied to the application in its sentence (blind round 76)
    ("Wij moeten uw aanvraag dan uiterlijk zes weken na de datum van de operatie hebben ontvangen.",
     "application_after_start", 42, "days"),
    ("Wij nemen een aanvraag ook in behandeling als wij deze uiterlijk vier weken na de aflevering van de schoenen "
     "hebben ontvangen.", "application_after_start", 28, "days"),
    ("Dan kunnen wij de toestemming alsnog verlenen als wij de aanvraag uiterlijk veertien dagen na de eerste "
     "behandeldag hebben ontvangen.", "application_after_start", 14, "days"),
    # consent asked a term ahead of the care (blind round 77)
    ("Uw aanvraag, vergezeld van een verwijzing en een behandelplan, moet uiterlijk twee weken vóór de beoogde "
     "datum van opname door ons zijn ontvangen.", "application_lead", 14, "days"),
    # ... by the day of admission, or the planned one (blind round 119)
    ("Uw aanvraag moet uiterlijk vier weken vóór de dag van opname door ons zijn ontvangen.", "application_lead", 28,
     "days"),
    ("De toestemming is geweigerd, omdat de aanvraag niet uiterlijk vier weken vóór de geplande opnamedatum was "
     "ontvangen.", "application_lead", 28, "days"),
    # a validity through a term after the letter's date (blind rounds 74, 78)
    ("Deze akkoordverklaring is geldig tot en met negen maanden na de dagtekening van deze brief.",
     "approval_validity", 9, "months"),
    # ... or after the approval given by telephone (blind round 120)
    ("Deze toestemming is geldig tot drie maanden na ons telefonische akkoord.", "approval_validity", 3, "months"),
    # ... or that holds "voor de duur van" a term (blind round 121)
    ("Deze toestemming geldt voor de duur van twaalf maanden na de dagtekening van deze brief.", "approval_validity",
     12, "months"),
    # ... or counted from the application's arrival, not the approval's (blind round 122)
    ("Zij is geldig gedurende zes maanden, te rekenen vanaf de datum waarop wij uw aanvraag hebben ontvangen.",
     "approval_validity_from_application", 6, "months"),
    ("De machtiging is geldig gedurende drie maanden na ontvangst van de aanvraag.",
     "approval_validity_from_application", 3, "months"),
    # an age limit as the insured it covers (blind round 78)
    ("Verzekerden tot 18 jaar hebben recht op vergoeding van 80% van de kosten van orthodontische behandeling.",
     "age_limit", 18, "years"),
    # a term for submitting the plan is the deadline for the application, not the window (blind round 171)
    ("Het is daarmee niet binnen dertig dagen na het ongeval ingediend.", "accident_approval_deadline", 30, "days"),
    ("Een verzoek om vergoeding moet binnen zes maanden na het ongeval worden ingediend.",
     "accident_approval_deadline", 6, "months"),
    # ... not a condition told by "indien" (if)
    ("Wij vergoeden slechts indien de behandeling binnen twee jaar na de datum van het ongeval is voltooid.",
     "accident_treatment_window", 2, "years"),
])
def test_terms(text, name, value, unit):
    found = [t for t in find_policy_terms(text) if t.name == name]
    assert found, find_policy_terms(text)
    assert (found[0].value, found[0].unit) == (value, unit)
    a, b = found[0].evidence.span
    assert text[a:b] == found[0].evidence.quote


@pytest.mark.parametrize("text", [
    "De aanvraag moet binnen 2 jaar na de behandeling worden ingediend.",  # no accident
    "Voetzorg: maximaal € 70 per jaar.",  # a yearly cap is not a cap per accident
    # what someone did is a fact of the case, not a term of the policy
    "Hij heeft binnen drie weken na het ongeval toestemming gevraagd.",
    "De commissie stelt vast dat verzoeker binnen drie maanden na het ongeval toestemming heeft gevraagd.",
    # a clause that names a day tells what happened (was: a 3-month treatment window)
    "Het behandelplan van 9 januari 2009 is ruim binnen drie maanden na het ongeval voorgelegd, en "
    "de behandeling is op 2 april 2009 afgerond.",
    "De behandeling is op 2 april 2009 en daarmee binnen twee jaar na het ongeval afgerond.",
    # a term to bring a dispute is no approval's validity (seen in session 17)
    "Bent u het niet eens, dan kunt u het geschil binnen een jaar na de dagtekening van die beslissing voorleggen.",
    # a condition found met is a finding, not a term (blind round 40)
    "Niet in geschil is dat daarmee binnen zes maanden na het ongeval aan de voorwaarde van artikel 14.2, "
    "onder a, is voldaan.",
    # a party's count after a delivery is no term of the policy (blind round 76)
    "De zorgverzekeraar stelt dat de aanvraag van 4 december 2017 is ingediend binnen twaalf maanden na de "
    "aflevering van het vorige paar.",
    # a term for the first treatment is when care must begin, not the window it must be done in (blind round 117)
    "Wij vergoeden extra behandelingen fysiotherapie als: a. de eerste behandeling plaatsvindt binnen vier weken na "
    "de dag van het ongeval;",
    "De eerste behandeling vond plaats op 2 april 2014, 32 dagen na het ongeval en dus niet binnen vier weken.",
])
def test_no_terms(text):
    assert find_policy_terms(text) == []


def test_seed_text(seed_txt):
    terms = {(t.name, t.value, t.unit) for t in find_policy_terms(seed_txt.read_text(encoding="utf-8"))}
    assert ("accident_treatment_window", 2, "years") in terms
    assert ("accident_approval_deadline", 3, "months") in terms
    assert ("accident_cap", 10000, "euro") in terms
    assert ("noncontracted_percentage", 75, "percent") in terms


def test_receipt_of_the_application_is_not_the_approvals():
    """"na ontvangst van de aanvraag" counts from the application's arrival: not a term from the day the
    insured received the approval (blind round 122)."""
    names = {t.name for t in find_policy_terms("De machtiging is geldig gedurende drie maanden na ontvangst van de aanvraag.")}
    assert "approval_validity_from_receipt" not in names
