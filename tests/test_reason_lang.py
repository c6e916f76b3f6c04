"""The reasoning in Dutch (default) and English: the same verdicts, reasons from the catalogues.

The corpus's expected records are checked in both languages (no PDF is read), a table of
messages per rule is rendered in both, and the catalogues are held to one id per sentence shape
with the same named parameters in each language.
"""

from __future__ import annotations

import json
import re
import string
from functools import cache
from pathlib import Path

import pytest
from reason_records import BASIC, SUPPLEMENTARY, approval, ctx, mention, record, term, treatment

from geschil import batch, i18n
from geschil.cache import Cache
from geschil.models import Record
from geschil.reason import check, summary_lines
from geschil.reason.rules import (
    accident_cover,
    bzv_2_7,
    care_type,
    contracted,
    latest_application,
    prior_approval,
    supplementary_maximum,
    zorginstituut,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
CASES = sorted(CORPUS.glob("*.expected.json"))
# Words an English reason is made of and a Dutch one never is ("of", "is" and "was" are Dutch too).
ENGLISH = re.compile(r"(?<![\w.])(the|The|and|with|which|finds|found|ruling|committee|claim|care|"
                     r"accident|application|treatment|within|before|after|between|not|no|none|"
                     r"under|from|only|but|yet|are|cannot|stated|named)(?![\w.])")


@cache
def _record(path: Path) -> Record:
    return Record.model_validate(json.loads(path.read_text(encoding="utf-8"))["record"])


def _texts(result) -> list[str]:
    """Every text of a check that the reasoning writes, without the ruling's own quotes."""
    out = [result.reason or ""] + [f.reason for f in result.findings]
    out += [f.legal_basis.note or "" for f in result.findings]
    out += [g.reason for g in result.grounds] + [c.reason for c in result.claims]
    return [re.sub(r'"[^"]*"', '""', t) for t in out]


def _shape(result) -> tuple:
    """Everything of a check but its texts."""
    return (result.status, result.expected_outcome, result.actual_outcome,
            [(f.rule, f.verdict, f.parameters.get("missing"), [e.span for e in f.evidence])
             for f in result.findings],
            [(c.claim, c.expected) for c in result.claims],
            [(g.rule, g.kind, g.committee, g.recomputed, g.agreement, g.part) for g in result.grounds],
            [(p.id, p.decision) for p in result.parts])


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name.split(".")[0])
def test_a_ruling_gets_the_same_verdicts_in_both_languages(case):
    record = _record(case)
    nl, en = check(record), check(record, lang="en")
    assert _shape(nl) == _shape(en)
    assert nl.reason != en.reason
    assert check(record, lang="nl") == nl  # Dutch is the default


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name.split(".")[0])
def test_no_english_in_the_dutch_reasons(case):
    for text in _texts(check(_record(case))):
        assert not ENGLISH.search(text), text


def test_the_english_reasons_are_english():
    words = [m.group(0) for c in CASES for t in _texts(check(_record(c), lang="en"))
             for m in ENGLISH.finditer(t)]
    assert len(words) > 500


W2 = term("accident_treatment_window", 2, "years")
M3 = term("accident_approval_deadline", 3, "months")
SCHISIS = mention("schisis", "2.7.1.a:qualifies", section="facts")
EPILEPSY = mention("epilepsie", "2.7.1.b:qualifies", section="facts")

# (rule function, facts, verdict, Dutch text, English text): a few sentences per rule.
TABLE = [
    (latest_application.latest_application, dict(applications=("2025-01-14", "2025-05-08")), "met",
     "Van de aanvragen van 14 januari 2025 en 8 mei 2025 vervangt de laatste (8 mei 2025) de eerdere",
     "Of the applications of 14 January 2025 and 8 May 2025, the latest (8 May 2025) replaces"),
    (latest_application.latest_application, {}, "unknown",
     "Er is geen datum van een aanvraag vermeld", "No application date is stated"),
    (accident_cover.window, dict(accident="2015-03-12", applications=("2015-04-02",), terms=(W2,),
                                 treatments=(treatment("finished", "2016-06-16"),)), "met",
     "De afronding van de behandeling op 16 juni 2016 valt binnen 2 jaar na het ongeval van "
     "12 maart 2015: de termijn liep tot en met 11 maart 2017.",
     "From the accident of 12 March 2015 to the treatment (finished) of 16 June 2016 is within "
     "2 years: the window's last day is 11 March 2017."),
    (accident_cover.window, dict(accident="2021-06-27", applications=("2025-05-08",), terms=(W2,)),
     "not_met", "De aanvraag van 8 mei 2025 valt meer dan 2 jaar na het ongeval van 27 juni 2021",
     "From the accident of 27 June 2021 to the application of 8 May 2025 is more than 2 years"),
    (accident_cover.approval_deadline, dict(accident="2018-06-23", applications=("2019-07-02",),
                                            terms=(M3,)), "not_met",
     "de akkoordverklaring had uiterlijk op 22 september 2018 moeten worden gevraagd",
     "the akkoordverklaring had to be asked by 22 September 2018"),
    (accident_cover.cap, dict(accident="2018-06-23", terms=(term("accident_cap", 2500, "euro"),)),
     "not_applicable", "Het maximum van € 2.500 per ongeval", "The cap of € 2.500 per accident"),
    (prior_approval.validity, dict(prior=approval("2015-04-02", "2015-04-02", "2015-10-01", False),
                                   applications=("2015-03-09",),
                                   treatments=(treatment("performed", "2015-10-01"),)), "not_met",
     "geldig van 2 april 2015 tot (niet tot en met) 1 oktober 2015; zij verliep op 30 september 2015",
     "valid from 2 April 2015 up to (not including) 1 October 2015; it expired on 30 September 2015"),
    (prior_approval.validity, {}, "not_applicable", "Er is geen akkoordverklaring vermeld.",
     "No akkoordverklaring is stated."),
    (bzv_2_7.lid_4_5, dict(age=41, bzv_cited=True), "not_met",
     "De verzoeker is 41 jaar, 18 of ouder", "Aged 41, 18 or older"),
    (lambda c: bzv_2_7.onderdeel(c, "a"), dict(conditions=(SCHISIS,)), "met",
     "De uitspraak noemt schisis, wat geldt als een ernstige ontwikkelingsstoornis",
     "The ruling names schisis, which counts as a severe developmental"),
    (lambda c: bzv_2_7.onderdeel(c, "b"), dict(conditions=(EPILEPSY,)), "met",
     "noch de commissie noch het Zorginstituut spreekt dat tegen",
     "neither the committee nor the Zorginstituut denies it"),
    (lambda c: care_type.care_type(c, "care_type.dental"),
     dict(provider="tandarts", care_type="dental"), "met",
     "De zorg is aangevraagd door de tandarts: het gaat dus om mondzorg.",
     "The care was asked for by the tandarts: that makes it dental care (mondzorg)."),
    (contracted.contracted, dict(contracted=False, terms=(term("noncontracted_percentage", 75, "percent"),)),
     "not_met", "vergoed tot 75% van het gemiddeld gecontracteerde tarief",
     "paid at 75% of the average contracted tariff"),
    (supplementary_maximum.maximum, {}, "not_applicable",
     "De commissie stelt niet vast dat het jaarlijkse maximum", "The committee does not find"),
    (zorginstituut.advice, dict(advices=("final",), advice=False), "not_met",
     "De commissie wijkt af van het definitieve advies van het Zorginstituut; zij moet dat motiveren.",
     "The committee departs from the final advice of the Zorginstituut; it must give its reasons."),
]


@pytest.mark.parametrize("rule, facts, verdict, nl, en", TABLE)
def test_messages_per_rule_in_both_languages(rule, facts, verdict, nl, en):
    dutch, english = rule(ctx(lang="nl", **facts)), rule(ctx(lang="en", **facts))
    assert dutch.verdict == english.verdict == verdict
    assert nl in dutch.reason, dutch.reason
    assert en in english.reason, english.reason
    assert dutch.parameters == english.parameters or "partly_met" in dutch.parameters


def _reason_catalogue(lang: str) -> dict:
    return i18n._read(f"reason.{lang}.json")


# Forms of one parameter the code always passes together; each language picks the one it needs
# (a capital for the start of a sentence, an enumerated value or its label).
FORMS = {"Ref": "ref", "Who": "who", "decision_id": "decision", "claim_id": "claim",
         "expected_id": "expected", "status_id": "status", "actual_id": "actual"}


def _slots(text) -> set[str]:
    if not isinstance(text, str):
        return set()
    return {FORMS.get(name, name) for _, name, _, _ in string.Formatter().parse(text) if name}


def test_the_reason_catalogues_hold_the_same_ids_and_parameters():
    nl, en = _reason_catalogue("nl"), _reason_catalogue("en")
    assert set(nl) == set(en)
    assert set(nl["missing"]) == set(en["missing"])
    for key in nl:
        # only the English verb agrees with who finds it ("volgens de commissie" needs none)
        assert _slots(nl[key]) == _slots(en[key]) - {"finds"}, key


def test_every_message_the_reasoning_names_is_in_the_catalogues():
    source = "\n".join(p.read_text() for p in (ROOT / "geschil" / "reason").rglob("*.py"))
    named = set(re.findall(r'(?:msg=|say\()"([a-z_0-9.]+)"', source))
    assert len(named) > 100
    missing = {m for m in named if m not in i18n.catalogue("nl") or m not in i18n.catalogue("en")}
    assert not missing


def test_a_missing_fact_reads_in_the_language():
    assert i18n.missing("facts.accident_date", "nl") == "de datum van het ongeval"
    assert i18n.missing("facts.accident_date", "en") == "facts.accident_date"
    assert i18n.missing("something new", "nl") == "something new"


def test_lang_is_part_of_the_cache_key_and_reaches_the_worker(tmp_path):
    assert batch.Options(lang="en").key() != batch.Options().key()
    pdf = CORPUS / "letterhead_2016_ongeval_afgewezen.pdf"
    cache = Cache(tmp_path / "cache")
    nl, en = (batch.analyse_all([str(pdf)], jobs=1, cache=cache,
                                options=batch.Options(check=True, lang=lang))[0].check
              for lang in ("nl", "en"))
    assert nl.reason.startswith("Afwijkend:") and en.reason.startswith("Divergent:")
    assert "12 maart 2015" in nl.reason and "12 March 2015" in en.reason
    again = batch.analyse_all([str(pdf)], jobs=1, cache=cache,
                              options=batch.Options(check=True, lang="en"))[0]
    assert again.cached and again.check.reason == en.reason


def test_the_claims_reasons_follow_the_language_and_the_claims_do_not():
    facts = dict(requests=(BASIC, SUPPLEMENTARY), outcome="rejected", accident="2021-06-27",
                 applications=("2025-05-08",), terms=(W2,))
    nl, en = check(record(**facts)), check(record(**facts), lang="en")
    assert [(c.claim, c.expected) for c in nl.claims] == [(c.claim, c.expected) for c in en.claims]
    assert any("accident_cover.window niet voldaan" in c.reason for c in nl.claims)
    assert any("accident_cover.window not met" in c.reason for c in en.claims)


@pytest.mark.parametrize("args, lead", [((), "Afwijkend:"), (("--lang", "en"), "Divergent:")])
def test_the_cli_passes_lang_into_the_check(args, lead):
    from typer.testing import CliRunner

    from geschil.cli import app

    pdf = CORPUS / "letterhead_2016_ongeval_afgewezen.pdf"
    result = CliRunner().invoke(app, ["check", str(pdf), "--format", "json", "--no-cache",
                                      "--jobs", "1", *args])
    assert result.exit_code == 1  # divergent, by design
    assert json.loads(result.stdout)["reason"].startswith(lead)


def test_the_summary_lines_read_in_the_language():
    record = _record(CORPUS / "letterhead_2016_ongeval_afgewezen.expected.json")
    nl, en = summary_lines(check(record)), summary_lines(check(record, lang="en"), "en")
    assert nl[0] == "201600914: afwijkend (regels geven toegewezen, commissie afgewezen)"
    assert en[0] == "201600914: divergent (expected granted, actual rejected)"
    assert nl[-1].strip().startswith("Afwijkend:") and en[-1].strip().startswith("Divergent:")
