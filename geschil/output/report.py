"""One self-contained offline HTML page over a batch: every ruling in a searchable, sortable
table, charts, provisions, citations of provisions that do not exist, decisions cited,
divergences with their evidence one click from its PDF page, and errors.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import geschil
from geschil import consistency
from geschil.i18n import date, label, say
from geschil.models import CheckResult, Record
from geschil.output.charts import stacked
from geschil.output.links import decision_url, file_href
from geschil.output.tables import provision

TOP_PROVISIONS = 25
TOP_INSURERS = 10  # the rest of the insurers share one bar ("overige")
# A masked party: one capital as the rulings write them ("A te B", "C te D"), or a masked name
# ("X.X.X. xxx"). Not two or three capitals: CZ and VGZ are insurers.
ANONYMISED = re.compile(r"^[A-Z]\.?$|^[xX.\s]+$")


def insurer_group(rec: Record, lang: str) -> str | None:
    """The insurer as charts and tables group it: anonymised labels count as one group
    (the record keeps the label as printed)."""
    if not rec.insurers:
        return None
    name = rec.insurers[0].name
    return say("insurer.anonymised", lang) if ANONYMISED.match(name.strip()) else name


def _by(pairs, key) -> dict[str, Counter]:
    table: dict[str, Counter] = {}
    for rec, _ in pairs:
        k = key(rec)
        if k is not None:
            table.setdefault(k, Counter())[rec.outcome or "unknown"] += 1
    return table


def _years(pairs) -> dict[str, Counter]:
    table = _by(pairs, lambda r: str(r.decision_date.year) if r.decision_date else None)
    return dict(sorted(table.items()))


def _insurers(pairs, lang: str) -> dict[str, Counter]:
    table = _by(pairs, lambda r: insurer_group(r, lang))
    busiest = sorted(table.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    if len(busiest) <= TOP_INSURERS:
        return dict(busiest)
    rest = sum((c for _, c in busiest[TOP_INSURERS - 1:]), Counter())
    return dict(busiest[:TOP_INSURERS - 1]) | {say("insurer.other", lang): rest}


def _provisions(pairs) -> list[dict]:
    """Most cited statutory provisions: how many rulings cite each, with its link."""
    rulings: Counter = Counter()
    mentions: Counter = Counter()
    urls: dict[str, str | None] = {}
    for rec, _ in pairs:
        seen = set()
        for c in rec.citations:
            if c.law in (None, "polis") or "nonexistent" in c.flags:  # policies differ; see below
                continue
            name = provision(c)
            urls.setdefault(name, c.url)
            mentions[name] += 1
            seen.add(name)
        rulings.update(seen)
    ranked = sorted(rulings, key=lambda k: (-rulings[k], -mentions[k], k))[:TOP_PROVISIONS]
    return [{"label": k, "url": urls[k], "rulings": rulings[k], "mentions": mentions[k]}
            for k in ranked]


def _nonexistent(pairs) -> list[dict]:
    return [{"record": rec, "citation": c} for rec, _ in pairs for c in rec.citations
            if "nonexistent" in c.flags]


def _decisions(pairs) -> list[dict]:
    """Decisions referred to, each once, with the rulings that cite it; ECLI ones linked."""
    found: dict[tuple[str, str], dict] = {}
    for rec, _ in pairs:
        for d in rec.decisions_cited:
            row = found.setdefault((d.kind, d.id), {"kind": d.kind, "id": d.id,
                                                    "url": decision_url(d.kind, d.id), "cited": []})
            if rec not in [r for r, _ in row["cited"]]:
                row["cited"].append((rec, d.page))
    return sorted(found.values(), key=lambda r: (r["kind"] != "ecli", r["id"]))


def _flagged(pairs) -> list[dict]:
    """Divergent and undetermined rulings with the grounds and the findings that explain them."""
    rows = []
    for rec, chk in pairs:
        if chk is None or chk.status not in ("divergent", "undetermined"):
            continue
        # the findings that decide: failed or open ones, else those that hold (never the inapplicable)
        findings = ([f for f in chk.findings if f.verdict in ("not_met", "unknown")]
                    or [f for f in chk.findings if f.verdict != "not_applicable"] or chk.findings)
        number = {id(f): n + 1 for n, f in enumerate(chk.findings)}  # as the annotated legend
        # the committee's grounds that decide the status: contradicted or missing a fact
        grounds = [g for g in chk.grounds if g.agreement in ("contradicts", "missing_fact")]
        rows.append({"record": rec, "check": chk, "findings": findings, "grounds": grounds,
                     "numbers": [number[id(f)] for f in findings]})
    return sorted(rows, key=lambda r: (r["check"].status, r["record"].case_number or ""))


def _rulings(pairs, lang: str, annotated: dict[str, str]) -> list[dict]:
    rows = []
    for rec, chk in pairs:
        status = chk.status if chk is not None else None
        rows.append({
            "record": rec, "case": rec.case_number or "",
            "date_iso": rec.decision_date.isoformat() if rec.decision_date else "",
            "date": date(rec.decision_date, lang), "insurer": insurer_group(rec, lang) or "",
            "insurer_label": rec.insurers[0].name if rec.insurers else "",
            "outcome": rec.outcome, "status": status,
            "annotated": annotated.get(rec.source.path)})
    return rows


def context(pairs: list[tuple[Record, CheckResult | None]], title: str | None = None,
            lang: str = "nl", base: str | Path | None = None,
            annotated: dict[str, str] | None = None) -> dict:
    ok = [(r, c) for r, c in pairs if r.error is None]
    statuses = Counter(c.status or "none" for r, c in ok if c is not None)
    return {
        "title": title or say("report.title", lang), "lang": lang,
        "version": geschil.__version__,
        "total": len(pairs),
        "analysed": len(ok),
        "outcomes": Counter(r.outcome or "unknown" for r, _ in ok).most_common(),
        "statuses": sorted(statuses.items()),
        "rulings": _rulings(pairs, lang, annotated or {}),
        # the charts' titles are the page's headings above them
        "chart_years": stacked("vertical", None, "years", _years(ok), lang),
        "chart_insurers": stacked("horizontal", None, "insurers", _insurers(ok, lang), lang),
        "provisions": _provisions(ok),
        "nonexistent": _nonexistent(ok),
        "decisions": _decisions(ok),
        "flagged": _flagged(ok), "annotated": annotated or {},
        "groups": consistency.inconsistent(ok),
        "errors": [r for r, _ in pairs if r.error is not None],
        "provision": provision, "say": say, "label": label,
        "href": lambda rec, page=None: file_href(rec.source.path, base, page),
    }


def render(pairs: Iterable[tuple[Record, CheckResult | None]], title: str | None = None,
           lang: str = "nl", base: str | Path | None = None,
           annotated: dict[str, str] | None = None) -> str:
    """The page; links to files are relative to `base` (the report's folder), `annotated` maps
    a source path to the link of its annotated view."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape
    from markupsafe import Markup

    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True,
                      lstrip_blocks=True)
    ctx = context(list(pairs), title, lang, base, annotated)
    for key in ("chart_years", "chart_insurers"):
        ctx[key] = Markup(ctx[key])  # our own pygal output, already escaped by it
    ctx["script"] = Markup((Path(__file__).parent / "templates" / "table.js").read_text())
    return env.get_template("report.html.j2").render(**ctx)


def write(path: str | Path, pairs: Iterable[tuple[Record, CheckResult | None]],
          title: str | None = None, lang: str = "nl",
          annotated: dict[str, str] | None = None) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(pairs, title, lang, path.parent, annotated), encoding="utf-8")
    return path
