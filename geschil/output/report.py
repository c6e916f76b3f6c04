"""One self-contained offline HTML page over a batch: charts, provisions, divergences, errors."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import geschil
from geschil import consistency
from geschil.models import CheckResult, Record
from geschil.output.charts import stacked
from geschil.output.tables import provision

TOP_PROVISIONS = 25
TOP_INSURERS = 15


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


def _insurers(pairs) -> dict[str, Counter]:
    table = _by(pairs, lambda r: r.insurers[0].name if r.insurers else None)
    busiest = sorted(table.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    return dict(busiest[:TOP_INSURERS])


def _provisions(pairs) -> list[dict]:
    """Most cited statutory provisions: how many rulings cite each, with its link."""
    rulings: Counter = Counter()
    mentions: Counter = Counter()
    urls: dict[str, str | None] = {}
    for rec, _ in pairs:
        seen = set()
        for c in rec.citations:
            if c.law in (None, "polis"):  # insurer conditions differ per policy
                continue
            label = provision(c)
            urls.setdefault(label, c.url)
            mentions[label] += 1
            seen.add(label)
        rulings.update(seen)
    ranked = sorted(rulings, key=lambda k: (-rulings[k], -mentions[k], k))[:TOP_PROVISIONS]
    return [{"label": k, "url": urls[k], "rulings": rulings[k], "mentions": mentions[k]}
            for k in ranked]


def _flagged(pairs) -> list[dict]:
    """Divergent and undetermined rulings with the findings that explain them."""
    rows = []
    for rec, chk in pairs:
        if chk is None or chk.status not in ("divergent", "undetermined"):
            continue
        # the findings that decide: failed or open ones, else those that hold (never the inapplicable)
        findings = ([f for f in chk.findings if f.verdict in ("not_met", "unknown")]
                    or [f for f in chk.findings if f.verdict != "not_applicable"] or chk.findings)
        rows.append({"record": rec, "check": chk, "findings": findings})
    return sorted(rows, key=lambda r: (r["check"].status, r["record"].case_number or ""))


def context(pairs: list[tuple[Record, CheckResult | None]], title: str) -> dict:
    ok = [(r, c) for r, c in pairs if r.error is None]
    statuses = Counter(c.status or "none" for r, c in ok if c is not None)
    return {
        "title": title,
        "version": geschil.__version__,
        "total": len(pairs),
        "analysed": len(ok),
        "outcomes": Counter(r.outcome or "unknown" for r, _ in ok).most_common(),
        "statuses": sorted(statuses.items()),
        "chart_years": stacked("vertical", "Outcomes by decision year", "years", _years(ok)),
        "chart_insurers": stacked("horizontal", "Outcomes per insurer", "insurers",
                                  _insurers(ok)),
        "provisions": _provisions(ok),
        "flagged": _flagged(ok),
        "groups": consistency.inconsistent(ok),
        "errors": [r for r, _ in pairs if r.error is not None],
        "provision": provision,
    }


def render(pairs: Iterable[tuple[Record, CheckResult | None]], title: str = "geschil report") -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True,
                      lstrip_blocks=True)
    ctx = context(list(pairs), title)
    from markupsafe import Markup

    for key in ("chart_years", "chart_insurers"):
        ctx[key] = Markup(ctx[key])  # our own pygal output, already escaped by it
    return env.get_template("report.html.j2").render(**ctx)


def write(path: str | Path, pairs: Iterable[tuple[Record, CheckResult | None]],
          title: str = "geschil report", lang: str = "nl") -> Path:
    path = Path(path)
    path.write_text(render(pairs, title), encoding="utf-8")
    return path
