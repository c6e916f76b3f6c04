"""Validity of the akkoordverklaring: inside valid_from..valid_until, inclusive or not."""

from __future__ import annotations

import datetime as dt

import pytest
from reason_records import (
    approval,
    ctx,
    ev,
    mention,
    period,
    read_ruling,
    ruling_text,
    term,
    treatment,
)

from geschil.models import Event, PolicyTerm
from geschil.reason import registry
from geschil.reason.rules import prior_approval as pa

SEED_LIKE = approval("2021-12-03", "2021-06-27", "2023-06-26", True)


@pytest.mark.parametrize("prior, applications, treatments, verdict", [
    (SEED_LIKE, ("2025-01-14", "2025-05-08"), (), "not_met"),
    # 'tot en met': the end day itself is inside
    (SEED_LIKE, ("2023-01-02",), (treatment("performed", "2023-06-26"),), "met"),
    (SEED_LIKE, ("2023-06-27",), (), "not_met"),
    # an exclusive end: the end day is outside
    (approval(None, "2021-06-27", "2023-06-26", False), ("2023-06-26",), (), "not_met"),
    (approval(None, "2021-06-27", "2023-06-26", False), ("2023-01-02",), (treatment("performed", "2023-06-25"),), "met"),
    # inclusiveness not stated: only the end day itself is left unknown
    (approval(None, "2021-06-27", "2023-06-26", None), ("2023-06-26",), (), "unknown"),
    (approval(None, "2021-06-27", "2023-06-26", None), ("2023-01-02",), (treatment("performed", "2023-06-25"),), "met"),
    # an application inside the validity and no date of the care: the care may come after its end
    # (blind round 26: an application is no stand-in for the care it asks for)
    (SEED_LIKE, ("2023-06-26",), (), "unknown"),
    (approval(None, "2021-06-27", "2023-06-26", None), ("2023-06-27",), (), "not_met"),
    # before the approval begins
    (SEED_LIKE, ("2021-05-01",), (treatment("performed", "2021-06-01"),), "not_met"),
    # an imprecise treatment straddling the end
    (SEED_LIKE, ("2023-01-01",), (treatment("performed", "2023-06-01", "2023-07-31", "season"),),
     "unknown"),
    # missing facts: a start without its end leaves the end unknown
    (approval("2021-12-03", "2021-06-27", None), ("2022-01-01",), (), "unknown"),
    # given without any window: it covers the care it was given for (was unknown, which left
    # accident claims undetermined although the accident cover's own terms decide them)
    (approval("2019-04-11", None, None), ("2019-04-02",), (treatment("finished", "2021-03-14"),),
     "not_applicable"),
    (SEED_LIKE, (), (), "unknown"),
    (None, ("2025-05-08",), (), "not_applicable"),
])
def test_validity(prior, applications, treatments, verdict):
    f = pa.validity(ctx(prior=prior, applications=applications, treatments=treatments))
    assert f.verdict == verdict, f.reason


SIX_MONTHS = term("approval_validity", 6, "months")  # "geldig tot zes maanden na dagtekening"


@pytest.mark.parametrize("prior, terms, care, verdict", [
    # given on no printed day, valid for a term from its date of issue: the end cannot be computed
    (approval(None, None, None, None), (SIX_MONTHS,), "2023-10-09", "unknown"),
    # without such a term it covers the care it was given for
    (approval(None, None, None, None), (), "2023-10-09", "not_applicable"),
    # dated 17 August 2020: six months run to 17 February 2021 or the day before (blind round 26)
    (approval("2020-08-17", None, None, None), (SIX_MONTHS,), "2021-02-09", "met"),
    (approval("2020-08-17", None, None, None), (SIX_MONTHS,), "2021-02-18", "not_met"),
    (approval("2020-08-17", None, None, None), (SIX_MONTHS,), "2021-02-17", "unknown"),
    # "geldig tot en met zes maanden na de dagtekening": the day with the same number still counts
    # (blind rounds 74 and 78: 29 August 2023 runs through 29 February 2024)
    (approval("2023-08-29", None, None, None), (PolicyTerm(name="approval_validity", value=6, unit="months",
                                                           evidence=ev("geldig tot en met zes maanden na de dagtekening")),),
     "2024-02-29", "met"),
])
def test_validity_counted_from_the_date_of_issue(prior, terms, care, verdict):
    f = pa.validity(ctx(prior=prior, terms=terms, applications=("2020-06-01" if care < "2023" else "2023-07-10",),
                        treatments=(treatment("performed", care),)))
    assert f.verdict == verdict, f.reason
    if prior.date is None and terms:
        assert f.parameters["missing"] == "facts.prior_approval.date"


def test_the_committees_choice_between_the_terms_readings_is_the_window():
    # eight weeks from 14 December 2022 end on 7 or 8 February; the committee takes 8 February, and
    # the operation on that day is inside (blind round 47); another day would be a miscount, not taken
    from geschil.models import Statement

    record = ctx(prior=approval("2022-12-14", None, None, None), terms=(term("approval_validity", 56, "days"),),
                 applications=("2022-11-01",), treatments=(treatment("performed", "2023-02-08"),)).record
    for last, verdict in (("woensdag 8 februari 2023", "met"), ("9 februari 2023", "unknown")):
        text = f"De laatste dag van de termijn was {last}."
        record.statements = [Statement(section="assessment", speaker="committee", stance="finding", page=1,
                                       span=(0, len(text)), text=text)]
        from geschil.reason.context import Context
        f = pa.validity(Context(record, lang="en"))
        assert f.verdict == verdict, f.reason


def test_of_two_terms_the_one_quoted_after_the_approval_counts():
    # the letter of 2 July 2020 ("geldig tot zes maanden na dagtekening") was replaced by the one of 14
    # October 2020, whose quote follows it: "geldig gedurende een jaar na de datum van deze brief" (blind
    # round 51); the six months would have put the treatment of 3 November 2021 outside
    from geschil.models import PolicyTerm
    from geschil.reason.context import Context

    record = ctx(prior=approval("2020-10-14", "2020-10-14", None, None), applications=("2020-09-28",),
                 treatments=(treatment("performed", "2021-09-01"),)).record
    record.facts.policy_terms = [PolicyTerm(name="approval_validity", value=6, unit="months", evidence=ev("zes maanden", 100)),
                                 PolicyTerm(name="approval_validity", value=1, unit="years", evidence=ev("een jaar", 900))]
    record.evidence["facts.prior_approval"] = ev("Bij brief van 14 oktober 2020 heeft de zorgverzekeraar een nieuwe "
                                                 "machtiging afgegeven.", 700)
    f = pa.validity(Context(record, lang="en"))
    assert f.verdict == "met", f.reason


def test_validity_counted_from_receipt_needs_the_day_of_receipt():
    # "drie maanden geldig, te rekenen vanaf de dag na ontvangst": a day rulings seldom print
    f = pa.validity(ctx(prior=approval("2021-02-26", None, None, None),
                        terms=(term("approval_validity_from_receipt", 3, "months"),),
                        applications=("2021-02-01",), treatments=(treatment("performed", "2021-06-04"),)))
    assert f.verdict == "unknown"
    assert f.parameters["missing"] == "the day the akkoordverklaring was received"


FROM_APPLICATION = term("approval_validity_from_application", 6, "months")
SENT, ARRIVED = "die hij op 4 september 2023 per post heeft verzonden", "die de zorgverzekeraar op 6 september 2023 heeft ontvangen"


@pytest.mark.parametrize("day, quote, care, verdict", [
    # "geldig gedurende zes maanden, te rekenen vanaf de datum waarop wij uw aanvraag hebben ontvangen", the
    # application dated by its sending: the day it arrived is not printed (blind round 122)
    ("2023-09-04", SENT, "2024-03-07", "unknown"),
    # dated by its arrival: six months from 6 September 2023, to 6 March 2024 or the day before
    ("2023-09-06", ARRIVED, "2024-03-20", "not_met"),
    ("2023-09-06", ARRIVED, "2024-02-20", "met"),
])
def test_validity_counted_from_the_applications_arrival(day, quote, care, verdict):
    f = pa.validity(ctx(prior=approval("2023-09-21", None, None, None), terms=(FROM_APPLICATION,),
                        applications=(day,), treatments=(treatment("performed", care),),
                        evidence={"facts.application_dates.0": ev(quote)}))
    assert f.verdict == verdict, f.reason
    if verdict == "unknown":
        assert f.parameters["missing"] == "the day the application was received"


THREE_MONTHS_MORE = term("approval_extension", 3, "months")  # "verlengen wij … met drie maanden"


@pytest.mark.parametrize("care, verdict", [
    ("2022-07-20", "met"),  # inside the window as first given
    ("2022-10-15", "unknown"),  # after its end, inside the term counted from it: the new end is not printed
    ("2022-11-03", "not_met"),  # after the term however it is counted (blind round 34)
])
def test_validity_extended_by_a_term(care, verdict):
    f = pa.validity(ctx(prior=approval("2022-04-21", "2022-04-21", "2022-08-01", False), terms=(THREE_MONTHS_MORE,),
                        applications=("2022-04-05",), treatments=(treatment("performed", care),)))
    assert f.verdict == verdict, f.reason
    if verdict == "unknown":
        assert f.parameters["missing"] == "the end of the extended validity"


def test_validity_per_part():
    # crowns inside the akkoordverklaring, the implant crown after it expired
    f = pa.validity(ctx(prior=approval("2021-03-21", "2021-02-14", "2023-02-13"),
                        applications=("2021-03-03",),
                        treatments=(treatment("finished", "2022-11-09"),
                                    treatment("finished", "2023-04-15"))))
    assert f.verdict == "not_met" and "9 November 2022" in f.parameters["partly_met"]


MACHTIGING = approval("2019-01-15", "2019-01-15", "2019-07-01", False)  # "tot 1 juli 2019"


@pytest.mark.parametrize("treatments, verdict, partly", [
    # extractions inside the validity, crowns the day after: each act on its own date
    ((treatment("performed", "2019-06-24"), treatment("finished", "2019-07-01")), "not_met", True),
    ((treatment("performed", "2019-06-24"), treatment("performed", "2019-07-01")), "not_met", True),
    # a planned appointment inside the validity is no care given: it does not count
    ((treatment("planned", "2019-06-28"), treatment("performed", "2019-07-01")), "not_met", False),
    ((treatment("planned", "2019-07-05"), treatment("performed", "2019-06-24")), "met", False),
])
def test_validity_per_act_and_never_a_plan(treatments, verdict, partly):
    f = pa.validity(ctx(prior=MACHTIGING, applications=("2019-01-07",), treatments=treatments))
    assert f.verdict == verdict, f.reason
    assert bool(f.parameters.get("partly_met")) == partly
    assert "planned" not in f.reason and "28 June" not in f.reason


def test_care_done_after_expiry_is_named():
    # the new application came after the treatments, which were done after the expiry
    f = pa.validity(ctx(prior=approval("2021-01-14", "2021-02-01", "2022-01-31"),
                        applications=("2020-12-02", "2022-06-20"),
                        treatments=(treatment("performed", "2022-03-08"),
                                    treatment("performed", "2022-05-12"))))
    assert f.verdict == "not_met" and f.claim is None
    assert "31 January 2022" in f.reason and "8 March 2022 and 12 May 2022" in f.reason


def test_seed_like_reason_says_when_it_expired():
    f = pa.validity(ctx(prior=SEED_LIKE, applications=("2025-01-14", "2025-05-08")))
    assert "expired on 26 June 2023" in f.reason and "up to and including" in f.reason
    assert f.parameters["until_inclusive"] == "True"


@pytest.mark.parametrize("given, start, within", [
    ("2021-12-03", "2021-06-27", "True"),
    ("2021-12-03", "2019-12-03", "True"),  # exactly two years back
    ("2022-02-28", "2020-02-28", "True"),  # 28 Feb 2022 - 2 years = 28 Feb 2020
    ("2024-02-29", "2022-02-28", "True"),  # 29 Feb 2024 - 2 years = 28 Feb 2022 (clamped)
    ("2021-12-03", "2019-12-02", "False"),
    ("2024-02-29", "2022-02-27", "False"),
    (None, "2021-06-27", None),
])
def test_retroactive_limit_of_a_given_approval(given, start, within):
    # an akkoordverklaring the insurer gave binds it: how far back it reaches is recorded but
    # decides no claim (was met / not_met / unknown, when the rule was informational only)
    f = pa.retroactive_limit(ctx(prior=approval(given, start, "2023-06-26")))
    assert f.verdict == "not_applicable", f.reason
    assert f.parameters.get("within_limit") == within
    assert "new application" in f.parameters.get("rejected_application", "new application")
    assert f.claim is None and registry.role(f.rule) == "required"


def asked(day: str, text: str) -> Event:
    """The application's sentence, as procedure extraction keeps it."""
    return Event(date=dt.date.fromisoformat(day), kind="application", text=text, page=1, span=(0, 1))


PORTAL = "Op 18 juni 2019 is via het portaal een machtiging aangevraagd voor de behandelingen van {}."
CARE_2017 = (treatment("performed", "2017-03-21"), treatment("finished", "2017-05-09"))


@pytest.mark.parametrize("named, treatments, terms, requests, verdict, partly", [
    # asked afterwards for care of more than two years before: rejected whatever the indication
    ("21 maart 2017 en 9 mei 2017", CARE_2017, (), (), "not_met", False),
    # one day inside the two years, one outside: part of the care
    ("21 maart 2017 en 20 juni 2017", (treatment("performed", "2017-03-21"),
                                       treatment("finished", "2017-06-20")), (), (), "not_met", True),
    # exactly the limit back is inside
    ("18 juni 2017", (treatment("finished", "2017-06-18"),), (), (), "met", False),
    # the ruling quotes three years: its own term, not the default
    ("21 maart 2017 en 9 mei 2017", CARE_2017, (term("approval_retroactive_limit", 3, "years"),),
     (), "met", False),
    # earlier care the application does not name is another treatment (the seed's shape)
    ("een kroon", CARE_2017, (), (), "not_applicable", False),
    # ... unless a request names its dates
    ("een kroon", CARE_2017, (), ("vergoeding van de behandeling van 9 mei 2017",), "not_met", False),
    # care after the application is no approval asked afterwards
    ("9 mei 2017", (treatment("performed", "2019-07-01"),), (), (), "not_applicable", False),
])
def test_retroactive_application(named, treatments, terms, requests, verdict, partly):
    c = ctx(applications=("2019-06-18",), treatments=treatments, terms=terms,
            requests=requests or ("vergoeding ten laste van de zorgverzekering",),
            events=[asked("2019-06-18", PORTAL.format(named))])
    f = pa.retroactive_limit(c)
    assert f.verdict == verdict, f.reason
    assert bool(f.parameters.get("partly_met")) == partly
    if verdict != "not_applicable":
        assert "18 June 2019" in f.reason and f.parameters["limit_source"]
        # geschil's own default limit is marked: it may agree with the committee, never prove it wrong
        assert ("default_term" in f.parameters) == (not terms)


PREP = "De elementen zijn op 17 september 2015 voor de kronen geprepareerd; de kronen zijn op 1 oktober 2015 geplaatst."
EXTRACTED = "De elementen zijn op 24 juni 2019 getrokken; de kronen zijn op 1 juli 2019 geplaatst."


def _dated(sentence: str, days: tuple[str, ...]) -> dict:
    """Treatment dates with evidence inside the event sentence that states them."""
    quotes = [q for q in ("17 september 2015", "1 oktober 2015", "24 juni 2019", "1 juli 2019")
              if q in sentence]
    evidence = {f"facts.treatment_dates.{i}": ev(q, sentence.index(q)) for i, q in enumerate(quotes)}
    event = Event(date=dt.date.fromisoformat(days[0]), kind="treatment", text=sentence, page=1,
                  span=(0, len(sentence)))
    return dict(treatments=tuple(treatment("performed", day) for day in days), evidence=evidence,
                events=[event])


@pytest.mark.parametrize("sentence, days, prior, partly", [
    # a preparation for crowns placed after the expiry is a stage of the crowns, no part of
    # its own: the care is given when the crowns are placed (was: partly met)
    (PREP, ("2015-09-17", "2015-10-01"), approval("2015-04-02", "2015-04-02", "2015-10-01", False), False),
    # acts of their own (extractions inside, crowns after) stay separate parts
    (EXTRACTED, ("2019-06-24", "2019-07-01"), MACHTIGING, True),
])
def test_a_stage_is_no_part_of_its_own(sentence, days, prior, partly):
    f = pa.validity(ctx(prior=prior, applications=("2015-03-09",), **_dated(sentence, days)))
    assert f.verdict == "not_met", f.reason
    assert bool(f.parameters.get("partly_met")) == partly


REQUIRED = "prior_approval:required"


@pytest.mark.parametrize(("applications", "treatments", "demands", "prior", "verdict"), [
    # the latest application came after all the care, and consent was required beforehand
    (("2019-10-14", "2020-02-17"), [treatment("performed", "2020-01-27")], True, None, "not_met"),
    # the application came before the care
    (("2020-01-10",), [treatment("performed", "2020-01-27")], True, None, "met"),
    # care on both sides of the application: which care it is for is open
    (("2020-02-17",), [treatment("performed", "2020-01-27"), treatment("performed", "2020-03-23")],
     True, None, "unknown"),
    # care dated by its month: placed where the month lies wholly on one side, open where it
    # holds the application's day (blind round 23)
    (("2019-03-14",), [treatment("performed", "2019-02-01", "2019-02-28", "month")], True, None, "not_met"),
    (("2019-03-14",), [treatment("performed", "2019-04-01", "2019-04-30", "month")], True, None, "met"),
    (("2019-03-14",), [treatment("performed", "2019-03-01", "2019-03-31", "month")], True, None, "unknown"),
    # care told only by its end: when it began, before or after the application, is not printed (blind round 116)
    (("2018-05-14",), [treatment("finished", "2018-12-18")], True, None, "unknown"),
    (("2018-05-14",), [treatment("start", "2018-06-01"), treatment("finished", "2018-12-18")], True, None, "met"),
    # the ruling does not say consent was required beforehand
    (("2020-02-17",), [treatment("performed", "2020-01-27")], False, None, "not_applicable"),
    # required, care dated, but no application's day printed (a copy that lost it; blind round 41)
    ((), [treatment("performed", "2011-02-08")], True, None, "unknown"),
    ((), [], True, None, "not_applicable"),
    # an akkoordverklaring was given: its validity decides, not this rule
    (("2020-02-17",), [treatment("performed", "2020-01-27")], True,
     approval("2020-02-20", "2020-01-01", "2020-12-31"), "not_applicable"),
])
def test_consent_beforehand(applications, treatments, demands, prior, verdict):
    conditions = [mention("vooraf toestemming", REQUIRED, section="assessment")] if demands else []
    f = pa.beforehand(ctx(applications=applications, treatments=treatments,
                                      conditions=conditions, prior=prior))
    assert f.verdict == verdict, f.reason


@pytest.mark.parametrize(("applications", "periods", "treatments", "verdict"), [
    # a replacing application dated only "in april 2019": the latest, and the braces of 11 April 2019
    # may come before or after it (blind rounds 48 and 53)
    (("2018-02-05",), [period("2019-04-01", "2019-04-30", "april 2019", "month")],
     [treatment("performed", "2019-04-11")], "unknown"),
    # ... care in May lies after the whole of April; care in March before it
    (("2018-02-05",), [period("2019-04-01", "2019-04-30", "april 2019", "month")],
     [treatment("performed", "2019-05-02")], "met"),
    ((), [period("2019-04-01", "2019-04-30", "april 2019", "month")],
     [treatment("performed", "2019-03-20")], "not_met"),
    # an exact application after the month is the latest
    (("2019-05-06",), [period("2019-04-01", "2019-04-30", "april 2019", "month")],
     [treatment("performed", "2019-04-11")], "not_met"),
])
def test_consent_beforehand_against_an_application_dated_by_its_month(applications, periods, treatments, verdict):
    conditions = [mention("vooraf toestemming", REQUIRED, section="assessment")]
    f = pa.beforehand(ctx(applications=applications, application_periods=periods, treatments=treatments,
                          conditions=conditions))
    assert f.verdict == verdict, f.reason
    if verdict == "unknown":
        assert f.parameters.get("missing") == "facts.application_dates" and "april 2019" in f.reason


def test_consent_beforehand_for_parts_decided_apart():
    # care on both sides of the application, and the committee decides them as parts of their
    # own (a partial grant): consent beforehand holds for the care after it only (blind round 25)
    conditions = [mention("vooraf toestemming", REQUIRED, section="assessment")]
    f = pa.beforehand(ctx(outcome="partially_granted", applications=("2022-05-31",), conditions=conditions,
                          treatments=[treatment("performed", "2022-04-01", "2022-04-30", "month"),
                                      treatment("finished", "2022-07-29")]))
    assert f.verdict == "not_met" and "29 July 2022" in f.parameters["partly_met"], f.reason
    assert "April 2022" in f.parameters["partly_not_met"]


def test_context_builds_refs_once_and_hands_out_copies():
    """Several rules read the applications and treatments of one record: they are built once per
    Context, and a rule that changes the list it was given changes nobody else's."""
    c = ctx(applications=("2023-01-10", "2022-05-01"),
            treatments=(treatment("performed", "2022-03-01"), treatment("finished", "2023-02-01")))
    apps = c.applications()
    assert [a.lo.isoformat() for a in apps] == ["2022-05-01", "2023-01-10"]
    apps.clear()
    assert len(c.applications()) == 2 and c.applications()[0] is c.applications()[0]
    assert [t.lo.isoformat() for t in c.treatments()] == ["2022-03-01", "2023-02-01"]
    assert [t.lo.isoformat() for t in c.treatments(("finished",))] == ["2023-02-01"]
    days = c.accident_days()
    days.append(dt.date(2000, 1, 1))
    assert c.accident_days() == []


GRACE = term("application_after_start", 28, "days")


@pytest.mark.parametrize(("application", "treatments", "verdict"), [
    # blind round 71: consent may be asked up to four weeks after the first treatment
    ("2024-03-20", [treatment("start", "2024-03-04")], "met"),
    ("2024-04-10", [treatment("start", "2024-03-04")], "not_met"),
    # a first treatment "begin maart 2024": the term's last day is open
    ("2024-04-02", [treatment("start", "2024-03-01", "2024-03-31", "month")], "unknown"),
    # an application before the care needs no grace
    ("2024-02-20", [treatment("start", "2024-03-04")], "met"),
])
def test_consent_asked_within_a_term_after_the_first_treatment(application, treatments, verdict):
    conditions = [mention("vooraf toestemming", REQUIRED, section="assessment")]
    f = pa.beforehand(ctx(applications=(application,), treatments=treatments, conditions=conditions, terms=(GRACE,)))
    assert f.verdict == verdict, f.reason


LEAD = term("application_lead", 14, "days")


@pytest.mark.parametrize(("application", "treatments", "verdict"), [
    # blind round 77: "uiterlijk twee weken vóór de beoogde datum van opname", the admission on 14 March 2014
    ("2014-02-20", [treatment("start", "2014-03-14")], "met"),
    ("2014-03-03", [treatment("start", "2014-03-14")], "not_met"),
    # on the term's last day or the one after: which the words mean is a reading, left open
    ("2014-02-28", [treatment("start", "2014-03-14")], "unknown"),
    # only the care's end is dated: the day it began, which the term counts back from, is not
    ("2014-03-03", [treatment("finished", "2014-06-20")], "unknown"),
    # an application after the care is late whatever the term
    ("2014-03-20", [treatment("start", "2014-03-14")], "not_met"),
    # the care dated nowhere: the day it began is the missing fact (blind round 119)
    ("2014-03-03", [], "unknown"),
])
def test_consent_asked_a_term_ahead_of_the_care(application, treatments, verdict):
    conditions = [mention("vooraf toestemming", REQUIRED, section="assessment")]
    f = pa.beforehand(ctx(applications=(application,), treatments=treatments, conditions=conditions, terms=(LEAD,)))
    assert f.verdict == verdict, f.reason
    if verdict == "unknown" and treatments and treatments[0].kind == "start":
        # on the term's last day or the next: a reading of the conditions, not a fact the ruling lacks
        assert f.parameters["missing"] == pa.LEAD_DAY
    if not treatments:
        assert f.parameters["missing"] == pa.CARE_UNDATED


def test_without_a_lead_term_undated_care_leaves_consent_beforehand_open():
    conditions = [mention("vooraf toestemming", REQUIRED, section="assessment")]
    assert pa.beforehand(ctx(applications=("2014-03-03",), conditions=conditions)).verdict == "not_applicable"


BEGUN_BEFORE = ruling_text("""2. Feiten
2.1. Verzoekster heeft van 15 februari 2021 tot en met 7 juni 2021 twaalf behandelingen mimetherapie gekregen. De
eerste behandeling vond plaats op 15 februari 2021.
2.2. Op 24 februari 2021 heeft de mimetherapeut bij de zorgverzekeraar een aanvraag ingediend voor vergoeding van
twaalf behandelingen mimetherapie.

3. Het verzoek
Verzoekster verzoekt de commissie te bepalen dat de zorgverzekeraar de kosten van de mimetherapie vergoedt.

4. Beoordeling
4.1. Artikel 12, tweede lid, van de voorwaarden vereist dat vooraf toestemming wordt gevraagd. De mimetherapeut
heeft op 24 februari 2021 om toestemming gevraagd. {finding}

5. Beslissing
De commissie wijst het verzoek gedeeltelijk toe.
""", case="202159998")


@pytest.mark.parametrize("finding, status", [
    # the committee finds the care began after the application, while its facts print a session before it (blind
    # round 138): its finding on the first act is contradicted
    ("De commissie stelt vast dat de behandeling eerst daarna is begonnen, zodat de aanvraag is ingediend voordat de "
     "behandeling begon.", "divergent"),
    # ... a finding that consent was not asked before the care began agrees
    ("De toestemming is dus niet gevraagd voordat de behandeling begon.", "consistent"),
])
def test_consent_asked_before_the_care_began_is_a_finding_on_its_first_act(tmp_path, finding, status):
    _, result = read_ruling(tmp_path, BEGUN_BEFORE.format(finding=finding))
    assert result.status == status, result.reason
    assert [g.committee for g in result.grounds if g.rule == "prior_approval.beforehand"] == \
        ["met" if status == "divergent" else "not_met"]


EXTENDED_UNWINDOWED = ruling_text("""2. Feiten
2.1. Bij brief van 3 juni 2021 heeft de zorgverzekeraar verzoeker een machtiging voor de operatie verleend.
2.2. Bij brief van 1 december 2021 heeft de zorgverzekeraar de geldigheidsduur van de machtiging met drie maanden
verlengd.
2.3. De operatie heeft op 14 april 2022 plaatsgevonden.

3. Het verzoek
Verzoeker verzoekt de commissie te bepalen dat de zorgverzekeraar de kosten van de operatie vergoedt.

4. Beoordeling
4.1. Naar het oordeel van de commissie was de geldigheidsduur van de machtiging, ook met de verlenging van drie
maanden, op die datum verstreken.

5. Beslissing
De commissie wijst het verzoek af.
""", case="202259998", requester="De heer A", called="verzoeker")


def test_an_approval_extended_by_a_term_whose_first_end_is_not_printed_had_a_window(tmp_path):
    """Its first end on a copy's missing page (blind round 138): where it ended is the missing fact."""
    _, result = read_ruling(tmp_path, EXTENDED_UNWINDOWED)
    assert result.status == "undetermined", result.reason
    assert [g.agreement for g in result.grounds if g.rule == "prior_approval.validity"] == ["missing_fact"]


EXTENDED_BY_LETTER = ruling_text("""2. Feiten
2.1. Bij brief van 9 januari 2017 heeft de zorgverzekeraar een akkoordverklaring afgegeven. Daarin staat: "Deze
akkoordverklaring is geldig tot zes maanden na dagtekening."
2.2. Bij brief van 3 juli 2017 heeft de zorgverzekeraar geantwoord: "Op verzoek van uw orthodontist verlengen wij de
geldigheidsduur van onze akkoordverklaring van 9 januari 2017 met zes maanden."
2.3. Op 14 december 2017 heeft de orthodontist de apparatuur geplaatst.

3. Het verzoek
Verzoeker verzoekt de commissie te bepalen dat de zorgverzekeraar de kosten van de behandeling vergoedt.

4. Beoordeling
4.1. De commissie stelt vast dat de verlengde geldigheidsduur op 9 december 2017 is geëindigd. Toen de apparatuur op
14 december 2017 werd geplaatst, was de geldigheidsduur van de akkoordverklaring dus verstreken.

5. Beslissing
De commissie wijst het verzoek af.
""", case="201862399", requester="De heer A", called="verzoeker")


def test_an_extension_counted_from_its_own_letter_still_reaches_the_care(tmp_path):
    """Six months more, granted by a letter of 3 juli 2017: however it is counted the approval reaches at least 2
    januari 2018, so care on 14 december 2017 is inside, against the committee's "verstreken" (blind round 164)."""
    _, result = read_ruling(tmp_path, EXTENDED_BY_LETTER)
    assert result.status == "divergent", result.reason
    assert [g.agreement for g in result.grounds if g.rule == "prior_approval.validity"] == ["contradicts"]


EXTENDED_TO_A_DAY = ruling_text("""2. Feiten
2.1. Bij brief van 2 november 2020 heeft de zorgverzekeraar bericht: "Wij gaan akkoord met een brug. Deze
akkoordverklaring is geldig tot en met 31 januari 2021."
2.2. Bij brief van 26 januari 2021 heeft de zorgverzekeraar geantwoord: "Wij verlengen de geldigheidsduur van onze
akkoordverklaring van 2 november 2020 met twee maanden, tot en met 31 maart 2021."
2.3. De brug is op 13 april 2021 geplaatst.

3. Het verzoek
Verzoeker verzoekt de commissie te bepalen dat de zorgverzekeraar de kosten van de brug vergoedt.

4. Beoordeling
4.1. De plaatsing van de brug viel daarmee binnen de geldigheidsduur van de akkoordverklaring van 2 november 2020,
zoals die bij brief van 26 januari 2021 is verlengd.

5. Beslissing
De commissie wijst het verzoek toe.
""", case="202163441", requester="De heer A", called="verzoeker")


def test_an_extension_that_prints_its_new_end_is_not_extended_again(tmp_path):
    """Two months more "tot en met 31 maart 2021": the window recorded is the extended one, so the bridge of 13 april
    2021 lies after it, against the committee's "binnen de geldigheidsduur" (blind round 185)."""
    _, result = read_ruling(tmp_path, EXTENDED_TO_A_DAY)
    assert [g.agreement for g in result.grounds if g.rule == "prior_approval.validity"] == ["contradicts"], result.reason
    assert result.status == "divergent"


UNDATED_APPROVAL = ruling_text("""2. Feiten
2.1. De zorgverzekeraar heeft verzoekster toestemming gegeven voor de verwijdering van xanthelasmata.
2.2. De dermatoloog heeft de behandelingen op 14 januari 2025 en 25 februari 2025 uitgevoerd.

3. Het verzoek
Verzoekster verzoekt de commissie te bepalen dat de zorgverzekeraar de kosten van de behandelingen vergoedt.

4. Beoordeling
4.1. De toestemming gold tot het einde van het kalenderjaar waarin zij is afgegeven.
4.2. De behandelingen hebben op 14 januari 2025 en op 25 februari 2025 plaatsgevonden, en daarmee na het einde van de
geldigheidsduur van de toestemming.

5. Beslissing
De commissie wijst het verzoek af.
""", case="202562398")


def test_the_validity_of_an_approval_the_ruling_does_not_date_is_a_missing_fact(tmp_path):
    """No day of the approval printed, its validity ending with the year it was given (blind round 164): the
    committee's finding rests on an approval the ruling does not date, never on no approval at all."""
    _, result = read_ruling(tmp_path, UNDATED_APPROVAL)
    assert result.status == "undetermined", result.reason
    assert [g.agreement for g in result.grounds if g.rule == "prior_approval.validity"] == ["missing_fact"]
