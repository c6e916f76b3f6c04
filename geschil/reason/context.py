"""What every rule reads from a Record: the assessed application, terms, mentions, evidence."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from geschil import i18n, literals, recache
from geschil.dates import find_dates, parse_date
from geschil.extract.facts.accident import REPORTED, denied_dates, happened_on
from geschil.extract.facts.common import ACCIDENT
from geschil.extract.record import partial_missing
from geschil.extract.text import squash
from geschil.models import ConditionMention, Evidence, Finding, PolicyTerm, Record
from geschil.reason import registry
from geschil.reason.periods import Ref, fmt_period, relation, upper

# Sections whose words are the committee's or the Zorginstituut's own findings.
FINDING_SECTIONS = ("assessment", "decision", "zorginstituut")
# Kinds of treatment dates that are care given; a planned date ("zouden worden geplaatst op")
# may have been moved and is never taken as care done.
CARE_KINDS = ("start", "performed", "finished")
# Sections that quote other texts or hold no reasoning: mentions there are not facts of the case.
IGNORED_SECTIONS = ("annex", "info", "head")
# A stage of a later act ("op 17 september voor de kronen geprepareerd; de kronen zijn op 1 oktober
# geplaatst"): the care is given when the act is done (a crown when placed), so a stage is no part
# of its own. Read within the clause of the sentence that dates it.
STAGE = recache.compile(r"\bgeprepareerd|\bprepar(?:eren|atie)|\bvoorbereid|\bafdruk(?:ken)?\s+"
                   r"(?:\w+\s+){0,2}?genomen|\bingeslepen", re.I)
# Sentences about an accident that date something else: a letter, a request, a term, the head.
NOT_ACCIDENT = recache.compile(r"\bbrief|aanvra|aangevraagd|toestemming|akkoordverklaring|machtiging"
                          r"|e-mail|gemeld|melding|beslissing|advies|termijn|gehoord|\bZaak\s*:", re.I)
CLAUSE_END = recache.compile(r";|,\s*(?:waarna|daarna|en\s+daarna)\b|\.\s", re.I)


# The quoted terms that place a policy rule in the policy's text (see Context.basis); a rule
# family ("accident_cover") shares its article.
POLICY_TERMS = {"accident_cover": ("accident_treatment_window", "accident_approval_deadline",
                                   "accident_cap"),
                "prior_approval.retroactive_limit": ("approval_retroactive_limit",)}
ARTICLE_REACH = 1500
# "het verlies van element 11 is het rechtstreekse gevolg van het ongeval van 27 december 2009":
# the committee's finding of which accident the damage comes from
CAUSED_BY = recache.compile(r"\b(?:gevolg|veroorzaakt|toe\s+te\s+(?:rekenen|schrijven))\b[^.;]{0,40}?\b(?:ongeval|val|valpartij)"
                            r"\s+(?:van|op)\s+(?P<date>\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d)", re.I)
DENIES = recache.compile(r"\b(?:niet|geen)\b", re.I)
ACCIDENT_OF = literals.compile(r"\b\w*ongeval\s+(?:van|(?P<on>op))\s+(?P<date>\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d)", re.I)
# ... or by its month or season: "gaat de commissie daarom uit van het ongeval in augustus 2015" (blind round 95)
# ... or by its year, described ("vanaf het ongeluk met de duofiets in 2021", blind round 175)
ACCIDENT_IN = literals.compile(r"\b\w*(?:ongeval|ongeluk)(?:\s+(?:met|op|in|bij|tijdens)\s+(?:de|het|een)\s+[\w-]+)?\s+(?:in|van)\s+"
                               r"(?P<when>(?:(?:de\s+|het\s+)?[a-z]+\s+(?:van\s+)?)?(?:19|20)\d\d)\b", re.I)
SET_ASIDE = "the date of the application the committee assesses (it sets the dated ones aside)"
# an application day the committee sets aside: "(neemt … als uitgangspunt,) en niet die van 1 maart 2021",
# "de eerdere aanvraag van 9 januari 2017 is daarmee vervallen" (a party's day it calls not decisive is no
# application's at all: facts.RELIED_ON)
NOT_THAT_ONE = literals.compile(r"\ben\s+niet\s+(?:die|de\s+aanvraag|het\s+verzoek)\s+van\s+(?P<date>\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d)"
                                r"|\b(?:eerdere|eerste|oorspronkelijke)\s+aanvraag\s+van\s+(?P<lapsed>\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d)"
                                r"\s+(?:is\s+)?(?:\w+\s+){0,3}?(?:komen\s+te\s+vervallen|vervallen)\b", re.I)


# A finding's parameter naming the term it used when that term is geschil's default, not one the
# ruling prints: such a recomputation may agree with the committee but never proves it wrong.
DEFAULT_TERM = "default_term"
# A finding's parameter naming what it rests on that is not the committee's (care it did not name,
# a birth the ruling does not print): shown beside the committee's finding, never held for or
# against it (reason/grounds.py)
UNCHECKED = "unchecked"
# ... or what stands in for a day the committee's words do not name (the first printed notification): it may show the
# committee's finding agrees with every printed act (the first in time, or the first too late), never that it errs
AGREES_ONLY = "agrees_only"
UNQUOTED_TERM = "the term the conditions set (the ruling quotes none)"


# "daarmee", "dus": a conclusion drawn from the sentence before; "Die zorg is verleend binnen …":
# the care of the sentence before, pointed at
# ... "Dat is meer dan twaalf maanden na het ongeval": the day of the sentence before (blind round 95)
# ... "Hieruit volgt dat de behandeling binnen de termijn is afgerond" (blind round 131)
CONCLUDES = literals.compile(r"\b(?:daarmee|dus|derhalve|aldus|zodoende)\b|^\s*(?:die|deze|dat|dit)\s+(?:zorg|behandeling"
                             r"|kroon|kronen|ingreep|operatie|plaatsing)\b|^\s*(?:dat|dit)\s+(?:is|was|ligt|lag|valt|viel)\b"
                             r"|^\s*(?:hier|daar)uit\s+(?:volgt|blijkt)\b", re.I)

@dataclass(frozen=True)
class Term:
    value: float
    unit: str
    source: str
    evidence: Evidence | None = None

    def text(self, lang: str = "en") -> str:
        """The value in words of `lang` (the parameters of a finding keep the English)."""
        if self.unit == "percent":
            return f"{self.value:g}%"
        if self.unit == "euro":
            cents = "" if float(self.value).is_integer() else f",{round(self.value % 1 * 100):02d}"
            return f"€ {int(self.value):,}".replace(",", ".") + cents
        return fmt_period(self.value, self.unit, lang)

    def parameters(self, name: str) -> dict[str, str]:
        """The term as a finding's parameters: its value, its source, and whether it is a default."""
        out = {name: self.text(), f"{name}_source": self.source}
        if self.evidence is None:
            out[DEFAULT_TERM] = name
        return out


# "De tandarts heeft het ongeval op 2 juli 2014, binnen drie maanden na het ongeval, gemeld" (blind round 137): the day of
# the report, its verb after an aside that dates nothing
REPORTED_PAST_ASIDE = literals.compile(r"\s*,[^.;,\d]{1,80},\s*(?:[\w-]+\s+){0,5}?(?:gemeld|doorgegeven|aangemeld|opgegeven)\b",
                                       re.I)

# an accident named by a day only supposed ("Een ongeval op 12 maart 2015 zou bovendien niet passen bij …", blind round
# 145), and a mention of the accident's day the committee calls a mistake
SUPPOSED = literals.compile(r"\s*(?:[\w,-]+\s+){0,3}?(?:zou|zouden)\b", re.I)
MISTAKEN_DAY = literals.compile(r"\b(?:vermelding|datum|dag)\s+van\s+(?P<date>\d{1,2}\s+[a-z]+\s+(?:19|20)\d\d)\b[^.;]{0,120}?"
                                r"\b(?:berust\w*\s+op\s+een\s+vergissing|(?:is|was)\s+(?:een\s+)?(?:vergissing|verschrijving)"
                                r"|(?:is|was)\s+onjuist|niet\s+die\s+van\s+het\s+ongeval)\b", re.I)


@dataclass
class Context:
    record: Record
    notes: list[str] = field(default_factory=list)
    lang: str = i18n.DEFAULT  # of the reasons; parameters and traces stay as they are
    named_accident: dt.date | None = None  # the accident the committee's clause names, where it recomputes on it
    # what several rules read of one record is built once (a copy of the list each time)
    _memo: dict = field(default_factory=dict, repr=False, compare=False)

    def _once(self, key, build) -> list:
        found = self._memo.get(key)
        if found is None:
            found = self._memo[key] = build()
        return list(found)

    def say(self, msg_id: str, **params) -> str:
        return i18n.say(msg_id, self.lang, **params)

    def amount(self, term: Term) -> str:
        """A term's value in the reasons' language ("2 jaar")."""
        return term.text(self.lang)

    @property
    def facts(self):
        return self.record.facts

    def evidence(self, key: str) -> Evidence | None:
        return self.record.evidence.get(key)

    def term(self, name: str) -> Term | None:
        """The policy's value for a parameter (the most quoted one), else the default, else None."""
        quoted = [t for t in self.facts.policy_terms if t.name == name]
        if quoted:
            counts = Counter((t.value, t.unit) for t in quoted)
            (value, unit), _ = counts.most_common(1)[0]
            first: PolicyTerm = next(t for t in quoted if (t.value, t.unit) == (value, unit))
            source = f"the conditions quoted in the ruling (\"{first.evidence.quote}\", p. {first.evidence.page})"
            if len(counts) > 1:
                self.notes.append(self.say("note.term_values", name=name, values=sorted(counts)))
            return Term(value, unit, source, first.evidence)
        try:
            d = registry.default(name)
        except KeyError:
            return None
        return Term(float(d["value"]), d["unit"], d["source"])

    def term_from(self, name: str, at: int | None) -> Term | None:
        """Where the ruling quotes several values of a parameter, the one quoted first from `at` on
        (a letter's own term follows the sentence that tells the letter: "Bij brief van 14 oktober
        2020 … afgegeven. In die brief staat: '… geldig gedurende een jaar …'"); else term()."""
        quoted = [t for t in self.facts.policy_terms if t.name == name and t.evidence.span]
        after = [t for t in quoted if at is not None and t.evidence.span[0] >= at]
        if len({(t.value, t.unit) for t in quoted}) < 2 or not after:
            return self.term(name)
        first = min(after, key=lambda t: t.evidence.span)
        source = f"the conditions quoted in the ruling (\"{first.evidence.quote}\", p. {first.evidence.page})"
        return Term(first.value, first.unit, source, first.evidence)

    def applications(self) -> list[Ref]:
        return self._once("applications", self._applications)

    def _applications(self) -> list[Ref]:
        refs = []
        for i, d in enumerate(self.facts.application_dates):
            refs.append(Ref(d, d, self.say("ref.application", date=d),
                            self.evidence(f"facts.application_dates.{i}")))
        for i, p in enumerate(self.facts.application_periods):  # dated by its month or season only
            ev = self.evidence(f"facts.application_periods.{i}")
            refs.append(Ref(p.earliest, p.latest, self.say("ref.application.period", lo=p.earliest, hi=p.latest,
                                                           text=squash(ev.quote) if ev else p.text),
                            ev))
        return sorted(refs, key=lambda r: (r.lo, r.hi))

    def assessed_application(self) -> Ref | None:
        """The latest application: a new application replaces the earlier one (committee's line).
        None where the committee sets every dated one aside: the one it assesses is undated."""
        apps = self.kept_applications()
        return apps[-1] if apps else None

    def application_missing(self) -> str:
        """What a rule lacks when no application is assessed: a date, or the one the committee takes."""
        return SET_ASIDE if self.applications() else "facts.application_dates"

    def kept_applications(self) -> list[Ref]:
        """The dated applications the committee does not set aside (see set_aside_days)."""
        aside = self.set_aside_days()
        return [a for a in self.applications() if not (a.exact and a.lo in aside)]

    def set_aside_days(self) -> set[dt.date]:
        """Days the committee says are not those of the application it assesses: "neemt daarom de
        aanvraag van de kaakchirurg als uitgangspunt, en niet die van 1 maart 2021" (blind round 91)."""
        return self._once("set_aside", self._set_aside_days)

    def _set_aside_days(self) -> set[dt.date]:
        own = [st for st in self.record.statements
               if st.speaker == "committee" and st.section in FINDING_SECTIONS and st.stance != "reports"]
        days = {parse_date(m["date"] or m["lapsed"]) for st in own for m in NOT_THAT_ONE.finditer(st.text)}
        days.discard(None)
        return days

    def treatments(self, kinds: tuple[str, ...] = CARE_KINDS) -> list[Ref]:
        """Dated treatments of the given kinds; by default only care given (never a plan)."""
        return self._once(("treatments", kinds), lambda: self._treatments(kinds))

    def _treatments(self, kinds: tuple[str, ...]) -> list[Ref]:
        refs = []
        for i, t in enumerate(self.facts.treatment_dates):
            if t.kind in kinds:
                ev = self.evidence(f"facts.treatment_dates.{i}")
                label = (self.say(f"ref.treatment.{t.kind}", date=t.earliest)
                         if t.earliest == t.latest else
                         self.say(f"ref.treatment.{t.kind}.period", lo=t.earliest, hi=t.latest,
                                  text=squash(ev.quote) if ev else t.text[:40]))
                refs.append(Ref(t.earliest, t.latest, label, ev))
        return refs

    def partial(self) -> bool:
        """Whether the text is a part of a ruling (what it does not print may stand in the part it lacks)."""
        return bool(partial_missing(self.record.warnings))

    def accident(self) -> Ref | None:
        """The accident: an exact day, else the bounds of its period ("in de zomer van 2016")."""
        d, period = self.facts.accident_date, self.facts.accident_period
        if d:
            return Ref(d, d, self.say("ref.accident", date=d), self.evidence("facts.accident_date"))
        if period:
            return Ref(period.earliest, period.latest,
                       self.say("ref.accident.period", text=squash(period.text),
                                lo=period.earliest, hi=period.latest),
                       self.evidence("facts.accident_period"))
        return None

    def accident_days(self) -> list[dt.date]:
        """Every day the ruling tells an accident happened: the accident fact and each event
        sentence that states an accident on its own date (not a letter, application or approval
        that names the accident, nor the date of care)."""
        return self._once("accident_days", self._accident_days)

    def _accident_days(self) -> list[dt.date]:
        other = set(self.facts.application_dates) | {t.earliest for t in self.facts.treatment_dates}
        pa = self.facts.prior_approval
        other |= {pa.date, pa.valid_from, pa.valid_until} if pa else set()
        other |= self.denied_days() | self._mistaken_days()
        days = {e.date for e in self.record.events if e.date not in other
                and ACCIDENT.search(e.text) and not NOT_ACCIDENT.search(e.text)
                and happened_on(e.text, e.date)}  # not "pas op 2 september bij de tandarts"
        # ... and each the committee names by its day in its own words ("Het ongeval van 4 september
        # 2010 (element 11)", "door het hockeyongeval van 4 september 2010", blind round 91)
        own = [st.text for st in self.record.statements if st.speaker == "committee" and st.section in FINDING_SECTIONS
               and st.stance in ("finding", "undisputed", "heading")]
        # (not "dat zij het ongeval op 5 januari 2009 telefonisch heeft gemeld": the day of the report)
        days |= {d for text in own for m in ACCIDENT_OF.finditer(text) if (d := parse_date(m["date"])) is not None
                 and not (m["on"] and (REPORTED.match(text, m.end()) or REPORTED_PAST_ASIDE.match(text, m.end())))
                 and not SUPPOSED.match(text, m.end())} - other
        if self.facts.accident_date:
            days.add(self.facts.accident_date)
            # an accident it names by a month or season the accident's day is not in is another one; its
            # first day stands for it (which accident a claim follows is then told apart, or unknown)
            days |= {lo for text in own for m in ACCIDENT_IN.finditer(text) for lo, hi in _bounds(m["when"])
                     if not lo <= self.facts.accident_date <= hi}
        elif (period := self.facts.accident_period) is not None:
            # ... or, the accident known by its period only ("in januari 2017"), one it names by a period apart from
            # that one ("het ongeluk met de autoped in 2016", blind round 175)
            days |= {lo for text in own for m in ACCIDENT_IN.finditer(text) for lo, hi in _bounds(m["when"])
                     if hi < period.earliest or lo > period.latest}
        return sorted(days)

    def accident_aliases(self) -> dict[str, dt.date]:
        """The names the ruling gives its accidents ("… tegen zijn mond (hierna: het eerste ongeval)", "(hierna:
        de val op de kegelbaan)"), lowered and without article, each with the one accident day its sentence tells
        (blind round 172): a clause naming one counts from that day."""
        found = self._memo.get("accident_aliases")
        if found is None:
            found = self._memo["accident_aliases"] = self._accident_aliases()
        return dict(found)

    def _accident_aliases(self) -> dict[str, dt.date]:
        days, found = set(self.accident_days()), {}
        for e in self.record.events:
            if e.date not in days:
                continue
            for m in ALIAS_DEF.finditer(e.text):
                alias = " ".join(m["alias"].lower().split())
                found.setdefault(alias, set()).add(e.date)
        return {alias: next(iter(d)) for alias, d in found.items() if len(d) == 1}

    def _mistaken_days(self) -> set[dt.date]:
        """Days the committee says a mention of the accident got wrong ("De vermelding van 12 maart 2015 in zijn
        brieven … berust op een vergissing", blind round 145)."""
        return {d for st in self.record.statements if st.speaker == "committee" and st.section in FINDING_SECTIONS
                for m in MISTAKEN_DAY.finditer(st.text) if (d := parse_date(m["date"])) is not None}

    def denied_days(self) -> set[dt.date]:
        """Accident days the committee rejects: a party's claim, not another accident."""
        inners = (st.text[st.inner[0] - st.span[0]:st.inner[1] - st.span[0]]
                  for st in self.record.statements if st.stance == "rejects" and st.inner)
        return {lo for lo, hi in denied_dates(inners) if lo == hi}

    def untied_accidents(self) -> list[dt.date]:
        """Several accidents whose applications (or care) follow different ones: which accident
        a claim rests on cannot be told apart (the record holds one accident). [] when there is
        one accident, or when every application follows the accident the rules use."""
        days, acc = self.accident_days(), self.accident()
        period = self.facts.accident_period
        if period is not None and self.facts.accident_date is not None:
            days = sorted({*days, period.earliest})  # another accident, known by its period only
        elif period is not None:  # ... or the accident is, and another is named apart from its period (round 175)
            apart = [d for d in days if not period.earliest <= d <= period.latest]
            days = sorted({*apart, period.earliest}) if apart else days
        if len(days) < 2 or acc is None or acc.lo in (self.caused_by(), self.named_accident):
            return []  # one accident, or the one the committee finds the damage comes from, or names
        if self.facts.application_dates:
            return [] if _followed(days, self.facts.application_dates) == {acc.lo} else days
        # care alone ties a claim to an accident only before the next one: care after a later accident may be
        # either's ("De termijn … moet dus worden berekend vanaf het ongeluk met de duofiets in 2021. Die termijn was
        # verstreken toen de adhesiefbrug op 15 februari 2024 werd geplaatst", after a fall in 2023, blind round 175)
        follows = _followed(days, [t.lo for t in self.treatments()])
        return [] if follows == {acc.lo} and acc.lo < days[-1] else days

    def accidents_followed(self) -> list[dt.date]:
        """The accidents the dated applications follow (each the latest accident day before it),
        when they follow more than one; else []."""
        follows = _followed(self.accident_days(), self.facts.application_dates) - {None}
        return sorted(follows) if len(follows) > 1 else []

    def caused_by(self) -> dt.date | None:
        """The one accident the committee finds the damage comes from, by its day, else None."""
        days = {parse_date(m["date"]) for st in self.record.statements
                if st.speaker == "committee" and st.stance == "finding" and st.section in FINDING_SECTIONS
                for m in CAUSED_BY.finditer(st.text) if not DENIES.search(st.text, 0, m.start())}
        days.discard(None)
        return days.pop() if len(days) == 1 else None

    def mentions(self, category: str) -> list[ConditionMention]:
        """Mentions of a category that speak about this case (not in the annex or the head)."""
        return [m for m in self.facts.conditions
                if m.category == category and m.section not in IGNORED_SECTIONS]

    def basis(self, rule: str):
        """The rule's legal basis; for a rule of the policy, the policy's own article where the
        ruling quotes the term the rule uses (the article heading the quoted condition)."""
        basis = registry.citation(rule, self.lang)
        if basis.law != "polis" or basis.article is not None:
            return basis
        cited = self.policy_article(POLICY_TERMS.get(rule.split(".")[0], ()) +
                                    POLICY_TERMS.get(rule, ()))
        if cited is None:
            return basis
        return basis.model_copy(update={"article": cited.article, "raw": cited.raw,
                                        "page": cited.page, "span": cited.span,
                                        "policy": cited.policy})

    def policy_article(self, names: tuple[str, ...]):
        """The policy article under which the first quoted term of `names` stands: the nearest
        policy citation before it (at most ARTICLE_REACH characters back)."""
        articles = [c for c in self.record.citations if c.law == "polis" and c.article and c.span]
        for t in self.facts.policy_terms:
            if t.name not in names:
                continue
            at = t.evidence.span[0]
            before = [c for c in articles if at - ARTICLE_REACH <= c.span[0] < at]
            if before:
                return max(before, key=lambda c: c.span[0])
        return None

    def finding(self, rule: str, verdict: str, reason: str | None = None, evidence=(),
                parameters=None, trace=(), missing: str | None = None, *, msg: str | None = None,
                say: dict | None = None) -> Finding:
        """A finding; its reason is the catalogue's message `msg` filled with `say` in the
        context's language (or, in a module not yet converted, the English `reason` itself)."""
        if msg is not None:
            reason = self.say(msg, **(say or {}))
        params = dict(parameters or {})
        if missing:
            params["missing"] = missing
        return Finding(rule=rule, legal_basis=self.basis(rule), verdict=verdict,
                       reason=reason, evidence=[e for e in evidence if e is not None],
                       claim=registry.claim(rule), parameters=params, trace=list(trace))


# the approval the sentence speaks of covers other care than the care in dispute
NOT_THIS_CARE = literals.compile(r"\b(?:ziet|zag|betreft|betrof|heeft|had)\s+(?:[\w-]+\s+){0,3}?(?:(?:alleen\s+)?op\s+[^.;]{0,60}?\ben\s+)?"
                                 r"niet\s+(?:op\s+|betrekking\s+op\s+)?(?:deze|die|de\s+(?:litigieuze|onderhavige|nieuwe))\s+"
                                 r"(?:behandeling|zorg|plan|behandelplan)\b", re.I)


# "(hierna: het eerste ongeval)", "(hierna te noemen: de val op de kegelbaan)": the name an event is given
ALIAS_DEF = literals.compile(r"\(\s*hierna(?:\s+te\s+noemen)?\s*:?\s*(?:het|de)\s+(?P<alias>[^()\n]{3,40}?)\s*\)", re.I)


def _bounds(when: str) -> list[tuple[dt.date, dt.date]]:
    """The bounds of a period named by words ("maart 2021", "de zomer van 2016") or by its year alone ("2021")."""
    if when.isdigit():
        return [(dt.date(int(when), 1, 1), dt.date(int(when), 12, 31))]
    return [(p.earliest, p.latest) for p in find_dates(when) if not p.date]


def _followed(days: list[dt.date], dated) -> set:
    """The accident each date follows (the latest accident day not after it; None before any)."""
    return {max((a for a in days if a <= d), default=None) for d in dated}


def dedupe(evidence: list[Evidence], limit: int = 6) -> list[Evidence]:
    seen, out = set(), []
    for e in evidence:
        if e is not None and e.span not in seen:
            seen.add(e.span)
            out.append(e)
    return out[:limit]


def quote_terms(mentions: list[ConditionMention]) -> str:
    return ", ".join(dict.fromkeys(m.term for m in mentions))


def reference_date(ctx: Context) -> tuple[Ref | None, list[str]]:
    """The date of the care assessed: the latest application, or a treatment after it.

    Treatment dates before the latest application are left out: they may belong to an earlier
    treatment (the seed-like case of implants placed years before a new application).
    """
    trace = []
    app = ctx.assessed_application()
    treatments = ctx.treatments()
    if app is None:
        if not treatments:
            return None, trace
        done = ctx.treatments(("finished",)) or treatments
        return max(done, key=lambda r: r.hi), [ctx.say("trace.no_application")]
    later = [t for t in treatments if t.lo >= app.lo]
    earlier = [t for t in treatments if t.lo < app.lo]
    if earlier:
        trace.append(ctx.say("trace.earlier_left_out", n=len(earlier), app=app.label))
    if later:
        latest = max(later, key=lambda r: r.hi)
        trace.append(ctx.say("trace.later_used", Ref=upper(latest.label), ref=latest.label,
                             app=app.label))
        return latest, trace
    trace.append(ctx.say("trace.application_latest", Ref=upper(app.label), ref=app.label))
    return app, trace


def on(ctx: Context, d: dt.date | None) -> str:
    return i18n.date(d, ctx.lang) if d else ctx.say("date.unknown")


def out_of_force(ctx: Context, rule: str) -> Finding | None:
    """A not_applicable finding when the provision was not in force on the date of the care."""
    ref = ctx.assessed_application()
    when = ref.lo if ref else ctx.record.decision_date
    if registry.in_force(rule, when) is False:
        p = registry.provision(rule)
        return ctx.finding(rule, "not_applicable", msg="provision.out_of_force",
                           say={"validity": registry.validity(p, ctx.lang), "when": on(ctx, when)})
    return None


def care_parts(ctx: Context, each_act: bool = False) -> tuple[list[Ref], list[str]]:
    """The dates of each part of the care assessed, for rules that can hold for part of it.

    The treatments after the latest application, one per date; without them, the single
    reference date. Parts finished on different dates (crowns in 2022, an implant crown in 2023)
    may fall on different sides of a deadline. A window for finishing the treatment reads the
    finished dates when any are stated (an earlier stage is not the end); a validity that covers
    care as it is given (each_act) reads every act (extractions done inside it, crowns after it).
    """
    ref, trace = reference_date(ctx)
    app = ctx.assessed_application()
    def after(refs: list[Ref]) -> list[Ref]:
        return [t for t in refs if app is None or t.lo >= app.lo]

    finished = ((not each_act and after(ctx.treatments(("finished",))))
                or after(ctx.treatments()))
    stages = {t.lo for t in finished if _stage(ctx, t)}
    acts = [t for t in finished if t.lo not in stages]
    if stages and acts and max(t.lo for t in acts) > max(stages):
        trace.append(ctx.say("trace.stages_left_out", n=len(stages)))
        finished = acts
    parts = list({(t.lo, t.hi): t for t in sorted(finished, key=lambda r: r.lo)}.values())
    if len(parts) > 1:
        return parts, trace + [ctx.say("trace.parts", n=len(parts))]
    return ([ref] if ref else []), trace


def _stage(ctx: Context, ref: Ref) -> bool:
    """Whether the clause that dates this treatment says it prepared a later act."""
    ev = ref.evidence
    if ev is None:
        return False
    for e in ctx.record.events:
        if e.span[0] <= ev.span[0] and ev.span[1] <= e.span[1]:
            at = ev.span[0] - e.span[0]
            ends = [m.end() for m in CLAUSE_END.finditer(e.text, 0, at)]
            after = CLAUSE_END.search(e.text, at)
            clause = e.text[ends[-1] if ends else 0:after.start() if after else len(e.text)]
            if STAGE.search(clause):
                return True
    return False


def split(parts: list[Ref], last_lo: dt.date, last_hi: dt.date | None = None) -> dict[str, list[Ref]]:
    """The parts inside, outside and unsure of a last day (see periods.relation)."""
    out: dict[str, list[Ref]] = {"inside": [], "outside": [], "unsure": []}
    for part in parts:
        out[relation(part, last_lo, last_hi)].append(part)
    return out


def labels(ctx: Context, refs: list[Ref]) -> str:
    return ctx.say("and").join(r.label for r in refs)
