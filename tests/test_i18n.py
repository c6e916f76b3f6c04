"""Wording per language: catalogues as data, labels of the enumerated values, Dutch dates."""

from __future__ import annotations

import datetime as dt

import pytest

from geschil import i18n
from geschil.models import Outcome, Status, Verdict


@pytest.mark.parametrize("kind, value, nl, en", [
    ("outcome", "granted", "toegewezen", "granted"),
    ("outcome", "rejected", "afgewezen", "rejected"),
    ("outcome", "partially_granted", "gedeeltelijk toegewezen", "partially granted"),
    ("outcome", "inadmissible", "niet-ontvankelijk", "inadmissible"),
    ("outcome", "no_jurisdiction", "onbevoegd", "no jurisdiction"),
    ("verdict", "met", "voldaan", "met"),
    ("verdict", "not_met", "niet voldaan", "not met"),
    ("verdict", "unknown", "onbekend", "unknown"),
    ("verdict", "not_applicable", "niet van toepassing", "not applicable"),
    ("status", "consistent", "consistent", "consistent"),
    ("status", "divergent", "afwijkend", "divergent"),
    ("status", "undetermined", "onbepaald", "undetermined"),
])
def test_labels(kind, value, nl, en):
    assert i18n.label(kind, value, "nl") == nl
    assert i18n.label(kind, value, "en") == en


@pytest.mark.parametrize("kind, literal", [("outcome", Outcome), ("verdict", Verdict),
                                           ("status", Status)])
def test_every_enumerated_value_has_wording_in_every_language(kind, literal):
    for lang in i18n.LANGS:
        for value in literal.__args__:
            assert f"{kind}.{value}" in i18n.catalogue(lang), (lang, value)


def test_catalogues_hold_the_same_ids():
    nl, en = (i18n._read(f"{x}.json") for x in ("nl", "en"))
    assert set(nl) == set(en)


@pytest.mark.parametrize("day, nl, en", [
    (dt.date(2021, 6, 27), "27 juni 2021", "27 June 2021"),
    (dt.date(2026, 3, 1), "1 maart 2026", "1 March 2026"),
    (dt.date(2025, 12, 31), "31 december 2025", "31 December 2025"),
])
def test_dates(day, nl, en):
    assert i18n.date(day, "nl") == nl and i18n.date(day, "en") == en
    assert i18n.date(None) == ""


def test_say_fills_parameters_and_refuses_unknown_ids_and_languages():
    assert i18n.say("summary.given", "nl", given=3, processed=2, failed=1).startswith("3 bestand")
    assert i18n.say("report.check", "en", status="divergent") == "check: divergent"
    with pytest.raises(KeyError):
        i18n.say("no.such.id", "nl")
    with pytest.raises(ValueError):
        i18n.catalogue("fr")


def test_a_missing_value_reads_as_the_catalogues_none():
    assert i18n.label("outcome", None, "nl") == "onbeslist"
    assert i18n.label("status", None, "en") == "not checked"


@pytest.mark.parametrize("reason, line", [
    ("The rules give rejected (supplementary: rejected) but the committee decided granted. "
     "supplementary rejected: accident_cover.window not met.",
     "The rules give rejected (supplementary: rejected) but the committee decided granted."),
    ("Named on p. 2 of the ruling. Then more.", "Named on p. 2 of the ruling."),
    ("One\n  line (a; b) goes on. Next", "One line (a; b) goes on."),
    (None, ""),
    ("x" * 300, "x" * 159 + "…"),
])
def test_one_line_reason(reason, line):
    from geschil.output.summary import one_line

    assert one_line(reason) == line
