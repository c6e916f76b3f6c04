"""What the committee itself says about each ground (law/grounds.json), read from its statements.

Only the committee's own findings count, with the facts it takes as not in dispute, the inverse of
a position it rejects, and the Zorginstituut's findings when the committee follows the advice.
A party's position, even one the committee reports in its assessment, is never the committee's.
A norm the committee restates (the law, the policy) is no finding about the case.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from geschil import literals, recache
from geschil.dates import find_dates
from geschil.models import Citation, Record, Statement

INVERSE = {"met": "not_met", "not_met": "met", "not_established": "met"}
OWN = ("finding", "undisputed")


@dataclass(frozen=True)
class Said:
    """One statement of the committee on one ground, with its finding."""

    rule: str
    kind: str
    finding: str  # met, not_met, not_established
    statement: Statement
    clause: str
    unique: bool  # the only computed ground recognised in its clause
    explicit: bool = True  # a strong cue states the finding (see weigh)
    source: str | None = None  # whose finding it adopts, or whose position it rejects (an id of
    # ground.source.* in the reason catalogues)
    citation: Citation | None = None  # for a ground outside the rules: the provision cited
    previous: str = ""  # the committee's own sentence right before, in the same section: the care
    # a concluding clause ("De behandeling is daarmee …") speaks of stands there
    earlier: str = ""  # the committee's own sentence before that one, in the same section
    conceded: bool = False  # a point granted without effect ("Dat …, maakt dit niet anders")


@cache
def data() -> dict:
    return json.loads(resources.files("geschil.law").joinpath("grounds.json").read_text("utf-8"))


def _rx(patterns: list[str]) -> re.Pattern:
    return literals.compile("|".join(f"(?:{p})" for p in patterns), re.I)


class _None:
    """A ground's words that rule it out: plain patterns, and patterns that do so unless their own
    counter-words stand in the clause too (grounds.json: {"pattern", "unless"})."""

    def __init__(self, entries: list):
        plain = [e for e in entries if isinstance(e, str)]
        self.plain = _rx(plain) if plain else None
        self.unless = [(_rx([e["pattern"]]), _rx([e["unless"]])) for e in entries if isinstance(e, dict)]

    def search(self, clause: str) -> bool:
        return bool((self.plain and self.plain.search(clause))
                    or any(p.search(clause) and not u.search(clause) for p, u in self.unless))


@cache
def _grounds() -> list[tuple[dict, list[re.Pattern], _None | None]]:
    return [(g, [_rx(group) for group in g["all"]], _None(g["none"]) if g.get("none") else None)
            for g in data()["grounds"]]


@cache
def _polarity() -> dict[str, re.Pattern]:
    pol = data()["polarity"]
    return {key: (literals.compile(pol[key], re.I) if isinstance(pol[key], str) else _rx(pol[key]))
            for key in pol if not key.startswith("_")}


def moot(sentence: str) -> bool:
    """Whether the sentence says its matter need not be decided ("is niet van belang"), or that the
    rule does not apply ("is hier niet van toepassing")."""
    pol = _polarity()
    return bool(pol["moot"].search(sentence) or pol["left_open"].search(sentence) or pol["not_applied"].search(sentence))


def left_open(sentence: str) -> bool:
    """Whether the committee does not reach the sentence's matter at all ("komt de commissie niet toe aan")."""
    return bool(_polarity()["left_open"].search(sentence))


def none_made(clause: str) -> bool:
    """Whether the clause finds that no application was made ("Een nieuwe aanvraag is … niet ingediend")."""
    return bool(_polarity()["none_made"].search(clause))


def reliance(sentence: str) -> bool:
    """Whether the sentence tells what a party could rely on or expect ("mocht er niet op
    vertrouwen dat …"), not a finding."""
    return bool(_polarity()["reliance"].search(sentence))


@cache
def _indexed() -> literals.Index:
    """The grounds by the literals of their first filtered group: a clause tries only those
    whose words stand in it (and those with no filtered group)."""
    return literals.Index(_grounds(), pattern=lambda ground: next(
        (p for p in ground[1] if isinstance(p, literals.Filtered)), None))


def matches(clause: str) -> list[dict]:
    """The grounds whose words all stand in the clause."""
    return [g for g, groups, none in _indexed().candidates(literals.present(clause))
            if all(p.search(clause) for p in groups) and not (none and none.search(clause))]


def polarity(clause: str) -> str:
    """met, not_met or not_established, from the clause's cues (see weigh)."""
    return weigh(clause)[0]


def weigh(clause: str, computed: bool = False) -> tuple[str, bool]:
    """(finding, explicit): the committee's finding in a clause, and whether a strong cue states it.

    "not established" wins; otherwise a negator right before an outside-word cancels it
    ("niet te laat"), and whatever negative cue is left makes the finding not_met. Weak cues
    ("ruim vier maanden later") or no cue at all give a finding that is not explicit. `computed`:
    the reading for a computed ground, on which the kind of provider says nothing.
    """
    pol = _polarity()
    denied = pol["sprake_denied"].match(clause)
    if denied:  # "Van een behandeling buiten de geldigheidsduur … is evenmin sprake": the thing's reading, inverted
        finding, explicit = weigh(denied["thing"], computed)
        if explicit and finding in ("met", "not_met"):
            return INVERSE[finding], True
    clause = _cues_only(clause)
    if computed:  # "… van een niet-gecontracteerde zorgaanbieder …": the provider's kind, no finding
        clause = pol["kind_of_provider"].sub(" ", clause)
    if pol["not_established"].search(clause):
        return "not_established", True
    negs = list(pol["negators"].finditer(clause))
    outs = list(pol["outside_words"].finditer(clause))
    cancelled = set()
    for n in negs:
        nxt = next((o for o in outs if 0 <= o.start() - n.end() <= 12 and id(o) not in cancelled), None)
        if nxt is not None:
            cancelled |= {id(n), id(nxt)}
    left = [m for m in negs + outs if id(m) not in cancelled]
    if left:
        return "not_met", True
    if cancelled or pol["affirm_words"].search(clause):
        return "met", True
    if pol["weak_outside_words"].search(clause):
        return "not_met", False
    return "met", False


@cache
def _own_cues(rule: str, key: str = "polarity") -> dict[str, re.Pattern] | None:
    ground = next(g for g in data()["grounds"] if g["rule"] == rule)
    own = ground.get(key)
    return {side: _rx(patterns) for side, patterns in own.items()} if own else None


def weigh_for(rule: str, clause: str, generic: tuple[str, bool]) -> tuple[str, bool]:
    """The finding on a ground with cues of its own (law/grounds.json `polarity`): those of one
    side alone state it; both sides or none leave the generic reading, never explicit. Cues that
    decide only where they stand (`polarity_when`) leave the generic reading as it is elsewhere."""
    when, cues = _own_cues(rule, "polarity_when"), _own_cues(rule)
    if generic[0] == "not_established" or (when is None and cues is None):
        return generic
    clause = _cues_only(clause)
    sides = {side for side, pattern in (when or {}).items() if pattern.search(clause)}
    if len(sides) == 1:
        return sides.pop(), True
    if cues is None:
        return generic
    sides = {side for side, pattern in cues.items() if pattern.search(clause)}
    if len(sides) == 1:
        return sides.pop(), True
    return generic[0], False


def _cues_only(clause: str) -> str:
    """The clause with only the words that bear on its finding: without those whose "niet" denies
    nothing of the ground ("niet in geschil", "staat niet ter discussie, evenmin als dat …", "doet
    niet ter zake", "geen grond om de vergoeding te weigeren"), without a plan that "bereikt" the insurer (its arrival, no maximum reached),
    and with care done "voordat … verstreek" read as within, and "voordat … de leeftijd van … bereikt" as younger."""
    pol = _polarity()
    if pol["undisputed_strip"].search(clause):
        clause = pol["undisputed_also"].sub(" ", pol["undisputed_strip"].sub(" ", clause))
    clause = pol["double_negation"].sub(" ", pol["reached_party"].sub(" ", pol["refusal_denied"].sub(" ", clause)))
    clause = pol["before_age"].sub(lambda m: " ouder dan die leeftijd " if m["neg"] else " jonger dan die leeftijd ", clause)
    clause = pol["no_effect"].sub(" ", clause)  # "Dat brengt verzoekster echter niet verder": no finding
    return pol["before_lapse"].sub(" binnen ", pol["left_open"].sub(" ", pol["moot"].sub(" ", clause)))


def conceded(sentence: str) -> bool:
    """A sentence granting a point without effect ("Dat achteraf kan worden vastgesteld dat aan de
    indicatie was voldaan, maakt dat niet anders"; "…, doet daaraan niet af"): its "niet" denies
    the point's effect, not the point, and the committee decides nothing on a judgement in it."""
    return bool(_polarity()["concession"].search(sentence))


def two_sided(clause: str) -> bool:
    """Whether a clause holds cues both ways ("Dat het implantaat binnen de termijn is geplaatst,
    maakt dit niet anders"): its finding rests on which cue wins, not on what it says alone."""
    pol = _polarity()
    clause = pol["negated_affirm"].sub(" niet ", _cues_only(clause))  # "niet meer binnen": one cue
    negative = pol["negators"].search(clause) or pol["outside_words"].search(clause)
    return bool(negative and pol["affirm_words"].search(clause))


def _clauses(text: str) -> list[str]:
    parts = [p for p in _polarity()["adversative"].split(text) if p and p.strip()]
    return parts or [text]


def _until_condition(clause: str) -> str:
    """The clause up to a condition told in it ("… verlangt dat alleen als de opname niet binnen de
    geldigheidsduur plaatsvindt"): what follows says when something would hold, not that it did."""
    m = _polarity()["condition"].search(clause)
    return clause[:m.start()] if m else clause


# "… onaanvaardbaar dat de zorgverzekeraar zich beroept op", "het beroep van de zorgverzekeraar op" (blind round 151)
RELIED_UPON = literals.compile(r"\bberoep(?:t|en)?\b[^.;]{0,40}?\bop\s+$", re.I)
MEANT_IN = literals.compile(r"\b(?:als\s+)?bedoeld\s+in\s*$", re.I)


def _clause_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each clause of text (see _clauses)."""
    out, start = [], 0
    for clause in _clauses(text):
        start = text.find(clause, start)
        out.append((start, start + len(clause)))
        start += len(clause)
    return out


def _scope(st: Statement) -> str:
    if st.inner is None:
        return st.text
    a, b = st.inner[0] - st.span[0], st.inner[1] - st.span[0]
    return st.text[a:b]


def _by_ground(text: str, before: str = "") -> list[tuple[dict, str, bool, str, bool]]:
    """(ground, finding, unique, clause, explicit) per ground recognised in text, clause by clause.

    `before` is the sentence an anaphoric opening points back to ("De behandeling is op 27
    november 2019 afgerond. Dat is meer dan twee jaar na het ongeval"): its words help to
    recognise the ground, the finding is read from the clause alone. A ground found in several
    clauses with different findings is left out: which holds is not for geschil to pick.
    """
    if not before and not _indexed().candidates(literals.present(text)):
        return []  # no ground's words in the sentence: none in any clause of it (most sentences)
    found: dict[str, tuple[dict, set[str], bool, str, bool]] = {}
    clauses = _clauses(text)
    hits = [(c, matches(f"{before} {c}" if before else c)) for c in map(_until_condition, clauses)]
    if not any(gs for _, gs in hits) and clauses != [text]:  # one clause: the same words again
        whole = _until_condition(text)
        hits = [(whole, matches(f"{before} {whole}" if before else whole))]
    hits = _concluded(text, hits)
    for clause, gs in hits:
        computed = [g for g in gs if g["kind"] == "computed"]
        finding, explicit = weigh(clause) if gs else ("", False)  # one clause, one reading
        bare = weigh(clause, computed=True) if computed else (finding, explicit)
        for g in gs:
            prev = found.get(g["rule"])
            unique = len(computed) == 1 and (prev[2] if prev else True)
            mine, clear = weigh_for(g["rule"], clause, bare if g["kind"] == "computed" else (finding, explicit))
            findings = (prev[1] if prev else set()) | {mine}
            found[g["rule"]] = (g, findings, unique, prev[3] if prev else clause,
                                clear and (prev[4] if prev else True))
    return [(g, next(iter(f)), u, c, e) for g, f, u, c, e in found.values() if len(f) == 1]


# a clause that concludes on the one before it: "…, en dus binnen de termijn van dertien weken"
CONCLUSION_OPENS = recache.compile(r"\s*(?:dus|daarmee|derhalve|zodat|aldus|mitsdien|daarom)\b", re.I)


def _concluded(text: str, hits: list[tuple[str, list]]) -> list[tuple[str, list]]:
    """A clause naming no ground that draws the conclusion of the clause before it, where that one
    only counts ("Deze aanvraag is ruim zes weken na het ongeval … ingediend, en dus binnen de termijn
    van dertien weken"), is read with it: the count and its conclusion are one finding (blind round 69)."""
    out: list[tuple[str, list]] = []
    for clause, gs in hits:
        if gs and out and not out[-1][1] and _draws_on(text, out[-1][0], clause):
            start = text.find(out[-1][0])
            out[-1] = (text[start:text.find(clause, start) + len(clause)], gs)
            continue
        if not gs and out and out[-1][1] and CONCLUSION_OPENS.match(clause) and not weigh(out[-1][0])[1]:
            start = text.find(out[-1][0])
            end = text.find(clause, start) if start >= 0 else -1
            joined = text[start:end + len(clause)] if end >= 0 else f"{out[-1][0]} {clause.strip()}"
            out[-1] = (joined, out[-1][1])  # the committee's words as they stand
            continue
        out.append((clause, gs))
    return out


# "…, zodat verzoekster op dat moment over een geldige toestemming beschikte": a consequence drawn
CONSEQUENCE = recache.compile(r",\s*(?:zodat|waardoor|waarmee)\s*$", re.I)


def _draws_on(text: str, count: str, conclusion: str) -> bool:
    """Whether a clause naming a ground but stating no finding of its own is the consequence of the
    count before it, which names none but states it ("De opname heeft daarmee plaatsgevonden binnen
    drie maanden na de dagtekening van de brief van 14 december 2016, zodat verzoekster op dat moment
    over een geldige toestemming beschikte", blind round 112): the two are one finding."""
    start = text.find(count)
    end = text.find(conclusion, start + len(count)) if start >= 0 else -1
    return (end >= 0 and bool(CONSEQUENCE.search(text, start + len(count), end))
            and weigh(count, computed=True)[1] and not weigh(conclusion, computed=True)[1])


def _advice_statements(record: Record) -> list[Statement]:
    """The Zorginstituut's own findings, adopted when the committee follows its advice."""
    if record.advice_followed is not True:
        return []
    return [s for s in record.statements if s.speaker == "zorginstituut"
            or (s.section == "zorginstituut" and (s.stance == "finding" or plea_fails(s)))]


NUMBER_ONLY = recache.compile(r"^[\s\d.()]*$")  # a paragraph's number read as a sentence of its own ("6.5.")

# "Dat is meer dan …", "Dit betekent …", "Dat moment ligt meer dan …": a sentence that opens by
# pointing back at the one before.
ANAPHOR = recache.compile(r"^(?:dat|dit|die|deze)(?:\s+(?:moment|tijdstip|datum|dag))?"
                          r"\s+(?:is|was|ligt|lag|valt|viel|betekent|brengt)\b", re.I)
# A sentence that only says the one before is not in dispute ("Dat is tussen partijen niet in geschil.",
# blind round 123): it adds no finding of its own, and read with the one before its "niet" would turn it
ONLY_UNDISPUTED = recache.compile(r"(?:dat|dit)\s+(?:is|wordt|werd|was|staat|stond)\s+(?:tussen\s+partijen\s+)?(?:ook\s+)?"
                                  r"(?:niet\s+(?:in\s+geschil|betwist|bestreden|weersproken)|vast|onbestreden|onbetwist)"
                                  r"(?:\s+tussen\s+partijen)?\s*\.?\s*", re.I)
# A clause that draws its conclusion from the sentence before, whose day it weighs: "Daarmee is het ongeval
# … binnen dertig dagen … gemeld" (blind round 116)
DRAWN = recache.compile(r"^(?:daarmee|hiermee|dat|dit)\s+(?:is|was|zijn|waren|ligt|lag)\b", re.I)
# "De aanvraag is op 14 april 2009 ontvangen. Op dat moment was de termijn van zes maanden verstreken" (blind
# round 108): the term on the day the sentence before dates (not "Op die dag zijn de kronen geplaatst", an act
# of its own)
TERM_ON_THAT_DAY = recache.compile(r"^op\s+(?:dat|dit|die|deze)\s+(?:moment|tijdstip|datum|dag)\s+(?:was|is|waren|zijn)\s+"
                                   r"(?:de|het)\s+(?:[\w-]+\s+){0,2}?(?:termijn|geldigheidsduur|periode)\b", re.I)


# "De operatie … heeft binnen die twaalf weken plaatsgevonden": the term the sentence before sets (blind round 62)
# ... or names it ("De buikwandcorrectie … heeft binnen die termijn plaatsgevonden", blind round 104)
TERM_POINTED = literals.compile(r"\b(?:binnen|buiten)\s+(?:die|deze)\s+(?:(?:[\w-]+\s+)?(?:weken|maanden|dagen)|termijn)\b", re.I)


# A rejection worded as the failure of a plea ("… slaagt niet"), read as the committee's own
# finding where it quotes no position
REJECTS_OWN = recache.compile(r"\b(?:(?:slaagt|slagen)\s+(?:(?:daarom|dan\s+ook|dus|derhalve|evenmin|ook|eveneens)\s+)?niet\b"
                              # "Hieruit volgt dat …, zodat het beroep … faalt": the finding the failure follows from
                              r"|,\s*(?:zodat|waardoor)\s+[^;]{0,200}?\b(?:faalt|falen)\b)", re.I)


# ... the sentence the plea itself, its subject the insurer's reliance on a failing ("Ook het beroep van de zorgverzekeraar
# op het verlopen van de machtiging slaagt niet"); not a finding the failure follows from (", zodat het beroep … faalt")
INSURER_PLEA = recache.compile(r"^\s*(?:[\w-]+\s+){0,2}?het\s+beroep\s+van\s+de\s+(?:zorg|ziektekosten)?verzekeraar\s+op\b"
                               r"[^.;,]{0,120}?\b(?:slaagt|slagen)\s+(?:[\w-]+\s+)?niet\b", re.I)


def plea_fails(st: Statement) -> bool:
    """A plea said to fail where no position is quoted ("Ook het beroep op de redelijkheid en
    billijkheid slaagt niet"): the speaker's own finding, in the words of a rejection."""
    return st.stance == "rejects" and not st.inner and bool(REJECTS_OWN.search(st.text))


def _own(st: Statement) -> bool:
    """A statement in the speaker's own words: a finding (or an undisputed fact), a plea said to fail,
    or a party's or the advice's finding the committee adopts in its own sentence (blind round 123)."""
    # "Met de zorgverzekeraar is de commissie van oordeel dat …" (law/speech.json's "follows" cue that opens with
    # "Met"): the committee states the finding it adopts; "De commissie volgt het advies" states none
    return st.stance in OWN or plea_fails(st) or (st.stance == "follows" and (st.cue or "").lower().startswith("met "))


def committee_said(record: Record) -> list[Said]:
    """Every ground the committee states, in text order."""
    out: list[Said] = []
    previous: Statement | None = None
    prior = ""
    stated = stated_conditions(record)  # once: every statement citing a provision asks it
    for st in record.statements:
        if NUMBER_ONLY.match(st.text):
            continue  # a paragraph's number read as a sentence of its own ("6.5."): the one before stays the one before
        earlier = prior if previous is not None and previous.section == st.section else ""
        prior = _own_words(previous) if previous is not None and previous.section == st.section \
            and previous.speaker == "committee" else ""
        before, previous = _pointed_at(st, previous), st
        if st.section not in ("assessment", "decision"):
            continue
        if before and ONLY_UNDISPUTED.fullmatch(st.text.strip()):
            continue
        if st.speaker == "committee" and _own(st):
            # the insurer's plea said to fail ("het beroep van de zorgverzekeraar op het verlopen van de
            # machtiging slaagt niet"): its words are the insurer's defence, their failure the finding turned
            # (blind round 156)
            turned = plea_fails(st) and bool(INSURER_PLEA.match(st.text))
            out += _said(record, st, None, invert=turned, before=before, prior=(prior, earlier), stated=stated)
        elif st.speaker == "committee" and st.stance == "rejects" and st.inner:
            out += _said(record, st, "rejects", invert=True, prior=(prior, earlier), stated=stated)
    for st in _advice_statements(record):
        if _own(st) or st.stance == "reports":
            out += _said(record, st, "advice", invert=False, stated=stated)
    return _stated_by_conclusion(record, out)


# "Aan de voorwaarde van artikel 9.2 van de voorwaarden is dus niet voldaan": a conclusion on a condition in so many
# words, drawn right after the committee's sentence
CONCLUDED_IN_WORDS = re.compile(r"\b(?:dus|daarom|derhalve|dan\s+ook|aldus|daarmee)\b[^.;]{0,40}?\b(?:niet\s+)?voldaan\b"
                        r"|\bvoldaan\b[^.;]{0,20}?\b(?:dus|daarom|derhalve|dan\s+ook)\b", re.I)


def _stated_by_conclusion(record: Record, said: list[Said]) -> list[Said]:
    """A finding stated by a weak cue ("De behandeling is daarmee ruim een jaar na het ongeval … voltooid") that the
    committee's next sentence concludes in so many words, the same way ("Aan de voorwaarde … is dus niet voldaan",
    blind round 183), is stated explicitly."""
    statements = [st for st in record.statements if not NUMBER_ONLY.match(st.text)]
    following = {id(a): b for a, b in zip(statements, statements[1:], strict=False)}
    out = []
    for s in said:
        nxt = following.get(id(s.statement))
        if not s.explicit and s.kind == "computed" and s.source is None and nxt is not None \
                and nxt.section == s.statement.section and nxt.speaker == "committee" and _own(nxt) \
                and CONCLUDED_IN_WORDS.search(nxt.text) and weigh(nxt.text) == (s.finding, True):
            s = replace(s, explicit=True)
        out.append(s)
    return out


def _own_words(st: Statement) -> str:
    """A statement's text without the position it rejects: a conclusion drawn on it draws on the
    committee's own words, not on the days it sets aside ("De stelling … dat de kronen in januari 2012
    zijn geplaatst, vindt … geen steun", blind round 123; "… volgt de commissie niet: … dat was op 20
    maart 2012" keeps its day)."""
    if st.stance != "rejects" or not st.inner or not st.span[0] <= st.inner[0] < st.inner[1] <= st.span[1]:
        return st.text  # (a rejection by pronoun, "Dat is onjuist.", has its position in the sentence before)
    a, b = st.inner[0] - st.span[0], st.inner[1] - st.span[0]
    return st.text[:a] + " " * (b - a) + st.text[b:]


def _pointed_at(st: Statement, previous: Statement | None) -> str:
    """The committee's own sentence before st, when st points back at it (by its opening, or at
    the term it names: "binnen die twaalf weken")."""
    if previous is None or previous.section != st.section or previous.speaker != "committee" \
            or previous.stance not in OWN:
        return ""
    if ANAPHOR.match(st.text) or TERM_POINTED.search(st.text):
        return previous.text
    # a term on the day the sentence before dates: not a concession's ("… doet daaraan niet af")
    return previous.text if TERM_ON_THAT_DAY.match(st.text) and not conceded(previous.text) else ""


def _said(record: Record, st: Statement, source: str | None, invert: bool,
          before: str = "", prior: tuple[str, str] = ("", ""), stated: dict | None = None) -> list[Said]:
    text = _scope(st)
    found = _by_ground(text, before)
    out = []
    for g, finding, unique, clause, explicit in found:
        if g["kind"] == "judgement" and conceded(text):
            continue  # "Dat … aan de indicatie was voldaan, maakt dat niet anders": no finding on it
        granted = g["kind"] == "computed" and conceded(text)
        if granted:
            # "Dat de implantaten op 5 april 2011 … zijn aangebracht, en dus binnen de geldigheidsduur
            # …, maakt dit niet anders": the point is granted as it is worded; the "niet" of its
            # tail denies only that it matters (blind round 59)
            finding, explicit = weigh_for(g["rule"], clause, weigh(_polarity()["concession_tail"].sub("", clause),
                                                                    computed=True))
        finding = INVERSE[finding] if invert else finding
        out.append(Said(g["rule"], g["kind"], finding, st, clause, unique, explicit, source, previous=prior[0],
                        earlier=prior[1] if prior[0] else "", conceded=granted))
    if not found and not conceded(text) and (term := _approval_term(record, st, text, invert, source)):
        return [term]
    if not found and not conceded(text):
        # a provision cited in a point granted without effect ("Dat …, doet daaraan niet af:
        # artikel 11.3 schrijft … voor, zonder daarvoor een termijn te stellen") is the reason the
        # point does not matter: no finding on it, whatever its words deny
        out += _cited_outside(record, st, text, invert, source, stated or {})
    return out


# "Op die dag was de in artikel 14.5 van de voorwaarden genoemde termijn, gerekend vanaf 23 maart 2021, verstreken"
TERM_COUNTED_FROM = literals.compile(r"\b(?:termijn|periode)\b[^.;]{0,80}?\b(?:gerekend|te\s+rekenen)\s+(?:vanaf|na)\s+"
                                     r"(?P<day>[0-3]?\d\s+[a-z]+\s+(?:19|20)\d\d)\b[^.;]{0,60}?"
                                     r"\b(?:verstreken|verlopen|voorbij|afgelopen|overschreden)\b", re.I)


# ... not a term for something else counted from the letter's day ("de termijn voor bezwaar, gerekend vanaf …")
OTHER_TERM = literals.compile(r"\b(?:bezwaar|heroverweging|klacht|beroep|aanvra\w*|meld\w*|declar\w*|nota|betaling"
                              r"|indien\w*|ingediend|voorgelegd)\b", re.I)


def _approval_term(record: Record, st: Statement, text: str, invert: bool, source: str | None) -> Said | None:
    """A term the committee counts from the approval's own day and finds run out is that approval's
    validity, whatever provision names it (blind round 141)."""
    pa = record.facts.prior_approval
    m = TERM_COUNTED_FROM.search(text) if pa is not None and pa.date and not OTHER_TERM.search(text) else None
    if m is None or [d.date for d in find_dates(m["day"])] != [pa.date]:
        return None
    finding, explicit = weigh(text, computed=True)
    finding = INVERSE[finding] if invert else finding
    return Said("prior_approval.validity", "computed", finding, st, text, True, explicit, source)


def citation_key(c: Citation) -> str:
    """A citation as one key ("polis B.9.4", "Bzv 2.7 1 c")."""
    return " ".join(str(x) for x in (c.law, c.article, c.paragraph, c.item) if x is not None)


def _cited_in(record: Record, st: Statement) -> list[Citation]:
    return [c for c in record.citations
            if c.span is not None and st.span[0] <= c.span[0] < st.span[1] and c.law is not None]


# an onderdeel named by the condition it sets, after its article ("de voorwaarde onder b", blind round 133)
CONDITION_NAMED = literals.compile(r"\b(?:voorwaarden?|vereisten?)\s+$", re.I)


def _cited_outside(record: Record, st: Statement, text: str, invert: bool,
                   source: str | None, stated: dict[str, str]) -> list[Said]:
    """A provision the committee decides on that no ground of geschil recognises; one of the
    policy whose condition the committee itself states in words a computed ground knows
    ("Artikel 14, tweede lid, van de voorwaarden bepaalt dat … vooraf toestemming … nodig heeft")
    is that ground ("Aan de voorwaarde van artikel 14, tweede lid, … is dus niet voldaan")."""
    mapping = data()["citation_grounds"]
    out = []
    for c in _cited_in(record, st):
        key = citation_key(c)
        if "nonexistent" in c.flags or any(k.startswith(key) for k in mapping):
            continue  # a provision the rules know by their words, or one that does not exist
        if CONDITION_NAMED.search(st.text, max(0, c.span[0] - st.span[0] - 20), c.span[0] - st.span[0]):
            continue  # "Aan de voorwaarde onder b is voldaan": which condition of the article cited before, its
            # ground read from the words that state it there, not a provision outside the rules
        if key in stated and FULFILLED.search(text):
            finding, explicit = weigh(text, computed=True)
            finding = INVERSE[finding] if invert else finding
            out.append(Said(stated[key], "computed", finding, st, text, True, explicit, source, c))
            continue
        finding = polarity(text)
        finding = INVERSE[finding] if invert else finding
        out.append(Said(f"outside:{key}", "outside", finding, st, text, False, False, source, c))
    return out


ACCIDENT_NAMED = literals.compile(r"ongeval|ongeluk|letsel", re.I)
ACCIDENT_TERMS = ("accident_treatment_window", "accident_approval_deadline", "accident_cap")  # the accident cover's terms


def _without_accident(record: Record, sentence: str, rules: set[str]) -> set[str]:
    """A norm that names no accident, in a ruling that states none and quotes no accident cover's
    term, restates none of that cover's conditions ("Het derde lid … bepaalt dat de toestemming twaalf
    maanden geldig is …, en dat opnieuw toestemming moet worden gevraagd als de behandeling niet binnen
    die termijn begint" is the approval's validity, not a window after an accident, blind round 140)."""
    if ACCIDENT_NAMED.search(sentence) or record.facts.accident_date is not None \
            or any(t.name in ACCIDENT_TERMS for t in record.facts.policy_terms):
        return rules
    return {r for r in rules if not r.startswith("accident_cover.")} or rules


# "Aan de voorwaarde van artikel 14, tweede lid, … is dus niet voldaan": a finding on the provision's
# condition (a point said about the provision otherwise, "maakt de aanvraag niet tot …", is none)
FULFILLED = literals.compile(r"\bvoldaan\b|\bvoldoe[tn]\b|\bvoldeed\b|\bvoldeden\b", re.I)


def stated_conditions(record: Record) -> dict[str, str]:
    """The policy's provisions the committee restates as one computed ground's condition (a norm
    of its assessment citing the provision and holding that ground's words), by citation key."""
    out: dict[str, set[str]] = {}
    for st in record.statements:
        if st.section != "assessment" or st.speaker != "committee" or st.stance != "norm":
            continue
        cited = [c for c in _cited_in(record, st) if c.law == "polis"]
        if not cited:
            continue
        whole = _without_accident(record, st.text, {g["rule"] for g in matches(st.text) if g["kind"] == "computed"})
        for c in cited:
            # a provision "als bedoeld in" names what its own clause says ("De vraag is … of het ongeval tijdig
            # is gemeld, en vervolgens of het implantaat … de meest doelmatige behandeling was als bedoeld in
            # artikel D.7, tweede lid, onder c": not the first question's condition, blind round 96)
            at = c.span[0] - st.span[0]
            if RELIED_UPON.search(st.text, max(0, at - 60), at):
                continue  # "het beroep van de zorgverzekeraar op artikel 12.4": relied on, its condition not restated
            if MEANT_IN.search(st.text, max(0, at - 25), at):
                clause = next((st.text[a:b] for a, b in _clause_spans(st.text) if a <= at < b), st.text)
                rules = {g["rule"] for g in matches(clause) if g["kind"] == "computed"}
            else:
                rules = whole
            out.setdefault(citation_key(c), set()).update(rules or {""})
    return {key: next(iter(rules)) for key, rules in out.items() if len(rules) == 1 and "" not in rules}
