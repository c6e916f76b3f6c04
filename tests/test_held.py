"""The committee saying an approval was already held on a day before it was given (reason/held.py): a table of
the committee's sentences and whether its own words prove consent beforehand did not hold."""

from __future__ import annotations

import pytest
from reason_records import record
from test_grounds import _statements

from geschil.reason import check

A = "assessment"


def _held(*sentences: str):
    r = record(outcome="granted", requests=("de kosten van de behandeling te vergoeden",), policies=("basic",))
    r.statements = _statements(*((A, s) for s in sentences))
    result = check(r, lang="nl")
    return result, [g for g in result.grounds if g.reason.startswith("De commissie zegt dat de toestemming")]


@pytest.mark.parametrize("sentences, contradicts", [
    # the moment in the sentence before, the approval's day in a relative clause (blind round 178)
    (("Als aanvang van de behandeling geldt daarom de plaatsing van de apparatuur op 12 januari 2016.",
      "Op dat moment beschikte verzoekster al over de toestemming van de zorgverzekeraar, die bij brief van "
      "2 februari 2016 was gegeven."), True),
    # ... or both in one sentence
    (("Op 12 januari 2016 had verzoekster al een machtiging van 2 februari 2016.",), True),
    # the approval given before the moment: nothing to prove
    (("Als aanvang van de behandeling geldt de plaatsing op 12 januari 2016.",
      "Op dat moment beschikte verzoekster al over de toestemming van 5 januari 2016."), False),
    # the sentence before names two days: which one is the moment is not said
    (("De apparatuur is op 12 januari 2016 in de bovenkaak en op 16 februari 2016 in de onderkaak geplaatst.",
      "Op dat moment beschikte verzoekster al over de toestemming van 2 februari 2016."), False),
    # the approval's day not given in its own words (a validity's end is no day of issue)
    (("Als aanvang geldt de plaatsing op 12 januari 2016.",
      "Op dat moment beschikte verzoekster al over de toestemming, geldig tot en met 1 februari 2018."), False),
    # a party's saying is not the committee's
    (("Als aanvang geldt de plaatsing op 12 januari 2016.",
      "Verzoekster stelt dat zij op dat moment al over de toestemming van 2 februari 2016 beschikte."), False),
])
def test_an_approval_held_before_it_was_given(sentences, contradicts):
    result, found = _held(*sentences)
    assert [g.agreement for g in found] == (["contradicts"] if contradicts else [])
    if contradicts:
        assert found[0].rule == "prior_approval.beforehand" and result.status == "divergent"
        assert {e.quote for e in found[0].evidence} <= set(sentences)
