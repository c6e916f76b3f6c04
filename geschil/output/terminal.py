"""Readable rich views for a terminal: a record, a check as a tree, citations, groups."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from geschil.models import CheckResult, Citation, DecisionRef, Record
from geschil.output.tables import provision

STATUS_STYLE = {"consistent": "green", "divergent": "bold red", "undetermined": "yellow"}
VERDICT_STYLE = {"met": "green", "not_met": "red", "unknown": "yellow", "not_applicable": "dim"}


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", show_edge=False,
                  header_style="bold cyan", expand=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    return table


def _s(value) -> str:
    return "" if value is None else str(value)


def _linked(c: Citation) -> Text:
    label = Text(provision(c))
    if c.url:
        label.stylize(f"link {c.url}")
    return label


def _head(r: Record, lang: str = "nl") -> Table:
    from geschil.i18n import date, label, say

    t = Table.grid(padding=(0, 2))
    t.add_column(style="bold")
    t.add_column()
    req = r.requester
    rows = [
        ("case_number", r.case_number),
        ("decision", f"{date(r.decision_date, lang)} {_s(r.decision_place)}".strip()),
        ("hearing", date(r.hearing_date, lang)),
        ("outcome", r.outcome and label("outcome", r.outcome, lang)),
        ("members", "; ".join(r.members)),
        ("requester", req and " ".join(_s(x) for x in (req.label, req.place and f"te {req.place}",
                                                      req.term and f"({req.term})") if x)),
        ("representative", req and req.representative and req.representative.label),
        ("insurers", "; ".join(f"{i.name}{f' te {i.place}' if i.place else ''}" for i in r.insurers)),
        ("policies", "; ".join(f"{p.name or '?'} ({p.type})" for p in r.policies)),
        ("zorginstituut", "; ".join(f"{a.kind} {date(a.date, lang)} {_s(a.case_number)}".strip()
                                    for a in r.zorginstituut)),
        ("layout", r.layout), ("pages", r.source.pages),
    ]
    for key, value in rows:
        if value not in (None, ""):
            t.add_row(say(f"head.{key}", lang), str(value))
    return t


def citations_table(cites: Iterable[Citation | DecisionRef], title: str = "citations") -> Table:
    """Citations grouped by law (in order of first appearance), then decisions referred to.

    Columns that are empty for every row (role and page outside a ruling) are left out.
    """
    cites = list(cites)
    header = ("law", "provision", "role", "cited by", "flags", "page", "as written", "link")
    rows: list[tuple] = []
    laws = [c for c in cites if isinstance(c, Citation)]
    order = {law: i for i, law in reversed(list(enumerate(c.law for c in laws)))}
    for law, group in groupby(sorted(laws, key=lambda c: order[c.law]), key=lambda c: c.law):
        for n, c in enumerate(group):
            rows.append((_s(law) if n == 0 else "", _linked(c), _s(c.role), _s(c.cited_by),
                         ", ".join(c.flags), _s(c.page), c.raw, _s(c.url)))
    for d in cites:
        if isinstance(d, DecisionRef):
            rows.append((d.kind, d.id, "", "", "", _s(d.page), d.raw, ""))
    keep = [i for i in range(len(header)) if i < 2 or any(str(row[i]) for row in rows)]
    table = _table(title, *(header[i] for i in keep))
    for row in rows:
        table.add_row(*(row[i] for i in keep))
    return table


def _facts(r: Record, title: str = "facts") -> Table:
    f = r.facts
    t = _table(title, "fact", "value")
    pa = f.prior_approval
    rows = [
        ("accident date", f.accident_date),
        ("applications", ", ".join([str(d) for d in f.application_dates]
                                   + [f"{p.text} ({p.earliest}..{p.latest})" for p in f.application_periods])),
        ("treatments", "; ".join(f"{x.kind} {x.date or f'{x.earliest}..{x.latest}'}"
                                 for x in f.treatment_dates)),
        ("akkoordverklaring", pa and f"{_s(pa.date)} valid {_s(pa.valid_from)} .. {_s(pa.valid_until)}"),
        ("age", f.age), ("contracted provider", f.contracted_provider),
        ("conditions", "; ".join(f"{'not ' if c.negated else ''}{c.term} [{c.category}]"
                                 for c in f.conditions)),
        ("policy terms", "; ".join(f"{p.name} = {p.value:g} {p.unit}" for p in f.policy_terms)),
    ]
    for key, value in rows:
        if value not in (None, ""):
            t.add_row(key, str(value))
    return t


def record_view(r: Record, lang: str = "nl") -> RenderableType:
    from geschil.i18n import say

    if r.error is not None:  # Text, not markup: a message may hold brackets
        return Panel(Text.assemble((r.error.kind, "red"), f": {r.error.message}"),
                     title=Text(r.source.path))
    parts: list[RenderableType] = [_head(r, lang)]
    events = _table(say("table.events", lang), "date", "kind", "text", "page")
    for e in r.events:
        events.add_row(str(e.date), e.kind, e.text, str(e.page))
    requests = _table(say("table.requests", lang), "#", "text")
    for q in r.requests:
        requests.add_row(str(q.number), q.text)
    evidence = _table(say("table.evidence", lang), "field", "page", "quote")
    for key, ev in r.evidence.items():
        evidence.add_row(key, str(ev.page), ev.quote)
    parts += [events, requests,
              citations_table([*r.citations, *r.decisions_cited], say("table.citations", lang)),
              _facts(r, say("table.facts", lang)), evidence]
    if r.warnings:
        parts.append(Text(f"{say('label.warnings', lang)}: " + "; ".join(r.warnings),
                          style="yellow"))
    return Panel(Group(*parts), title=Text(r.source.path), title_align="left")


AGREEMENT_STYLE = {"agrees": "green", "contradicts": "bold red", "missing_fact": "yellow",
                   "not_checked": "dim"}


def check_view(c: CheckResult, lang: str = "nl") -> Tree:
    """One ruling: the status and why, then each part with the committee's grounds for it (what
    was recomputed, what is its judgement, what lies outside the rules), then the rules' findings."""
    from geschil.i18n import label, say

    path = c.source.path if c.source else ""
    tree = Tree(Text.assemble((c.case_number or "?", "bold"), f"  {path}  ",
                              (label("status", c.status, lang), STATUS_STYLE.get(c.status or "", ""))))
    if c.error is not None:
        tree.add(Text(f"{c.error.kind}: {c.error.message}", style="red"))
        return tree
    if c.reason:
        tree.add(Text(c.reason, style="dim"))
    _parts(tree.add(Text(say("label.parts", lang), style="bold")), c, lang)
    _findings(tree.add(Text(say("label.rules", lang), style="bold")), c, lang)
    tree.add(Text.assemble(f"{say('label.expected', lang)} ",
                           (label("outcome", c.expected_outcome, lang), "bold"),
                           f", {say('label.committee', lang)} ",
                           (label("outcome", c.actual_outcome or "unknown", lang), "bold")))
    return tree


def _parts(node: Tree, c: CheckResult, lang: str) -> None:
    from geschil.i18n import label, say

    groups = [(p.id, Text.assemble((p.description, "bold"), f"  {label('claim', p.claim, lang)}  ",
                                   (label("decision", p.decision, lang), "bold"))) for p in c.parts]
    ids = {p.id for p in c.parts}
    if any(g.part not in ids for g in c.grounds):
        groups.append((None, Text(say("label.whole_claim", lang), style="bold")))
    for part, title in groups:
        branch = node.add(title)
        for g in (g for g in c.grounds if (g.part if g.part in ids else None) == part):
            _ground(branch, g, lang)


def _ground(node: Tree, g, lang: str) -> None:
    from geschil.i18n import label, say

    recomputed = (f"  {say('label.recomputed', lang)}: {label('verdict', g.recomputed, lang)}"
                  if g.recomputed else "")
    leaf = node.add(Text.assemble((g.rule, "bold"), "  ", _linked(g.legal_basis), "  ",
                                  f"[{label('ground_kind', g.kind, lang)}]  ",
                                  f"{say('label.committee', lang)}: {label('finding', g.committee, lang)}",
                                  recomputed, "  → ",
                                  (label("agreement", g.agreement, lang),
                                   AGREEMENT_STYLE.get(g.agreement, ""))))
    leaf.add(g.reason)
    for ev in g.evidence[:3]:
        leaf.add(Text(f"p. {ev.page}: “{ev.quote}”", style="italic dim"))


def _findings(node: Tree, c: CheckResult, lang: str) -> None:
    from geschil.i18n import label, say

    quiet = [f.rule for f in c.findings if f.verdict == "not_applicable"]
    for f in c.findings:
        if f.verdict == "not_applicable":
            continue
        leaf = node.add(Text.assemble((f.rule, "bold"), "  ", _linked(f.legal_basis), "  ",
                                      (label("verdict", f.verdict, lang),
                                       VERDICT_STYLE.get(f.verdict, ""))))
        leaf.add(f.reason)
        for ev in f.evidence:
            leaf.add(Text(f"p. {ev.page}: “{ev.quote}”", style="italic dim"))
    if quiet:
        node.add(Text(say("label.not_applicable_rules", lang, rules=", ".join(quiet)), style="dim"))


def groups_view(groups, lang: str = "nl") -> RenderableType:
    from geschil.i18n import label, say

    tree = Tree(Text(say("report.groups", lang), style="bold"))
    if not groups:
        tree.add(Text(say("report.no_groups", lang), style="green"))
    for g in groups:
        what = (f" + {g.condition}" if g.condition else "") + (
            f", {label('verdict', g.verdict, lang)}" if g.verdict else "")
        node = tree.add(Text(f"{g.ground}{what} ({g.rule})"))
        for m in g.members:
            node.add(Text.assemble(f"{m.case_number or '?'}  ",
                                   (label("outcome", m.outcome or "unknown", lang), "bold"),
                                   "  ", (label("verdict", m.verdict, lang),
                                          VERDICT_STYLE.get(m.verdict, "")),
                                   f"  {m.path}"))
    return tree


def check_rows(results: list[CheckResult], lang: str = "nl") -> Table:
    """Several rulings: one row each (case, file, committee, rules, status, reason)."""
    from geschil.i18n import label, say
    from geschil.output.summary import one_line

    table = _table("", say("label.case_number", lang), say("label.file", lang),
                   say("label.committee", lang), say("label.expected", lang),
                   say("label.status", lang), say("label.reason", lang))
    table.expand = True  # the reason takes the room that is left
    table.columns[1].ratio, table.columns[5].ratio = 2, 3
    for c in results:
        path = c.source.path if c.source else ""
        if c.error is not None:
            table.add_row(c.case_number or "?", path, "", "", Text(c.error.kind, style="red"),
                          c.error.message)
            continue
        table.add_row(c.case_number or "?", path, label("outcome", c.actual_outcome, lang),
                      label("outcome", c.expected_outcome, lang),
                      Text(label("status", c.status, lang), style=STATUS_STYLE.get(c.status or "", "")),
                      one_line(c.reason))
    return table


def record_rows(records: list[Record], lang: str = "nl") -> Table:
    """Several rulings: one row each (case, file, date, insurer, outcome, citations)."""
    from geschil.i18n import date, label, say

    table = _table("", say("label.case_number", lang), say("label.file", lang),
                   say("label.decision_date", lang), say("label.insurer", lang),
                   say("label.outcome", lang), "#cit.")
    for r in records:
        if r.error is not None:
            table.add_row("?", r.source.path, "", "", Text(r.error.kind, style="red"), "")
            continue
        table.add_row(r.case_number or "?", r.source.path, date(r.decision_date, lang),
                      r.insurers[0].name if r.insurers else "", label("outcome", r.outcome, lang),
                      str(len(r.citations)))
    return table
