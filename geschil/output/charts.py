"""pygal charts as inline SVG: no script fetched, no date or random id, so reports are stable."""

from __future__ import annotations

import re
from collections import Counter

OUTCOMES = ["granted", "partially_granted", "rejected", "inadmissible", "no_jurisdiction",
            "unknown"]
LABEL_CHARS = 30
COLOURS = ("#2e7d32", "#9ccc65", "#c62828", "#8d6e63", "#78909c", "#bdbdbd")


def _config(title: str | None, **extra):
    import pygal
    from pygal.style import Style

    config = pygal.Config()
    config.js = []  # pygal's tooltips script would be fetched from the web
    config.disable_xml_declaration = True
    config.title = title
    # labels large enough to read when the 800-unit-wide SVG is shown narrower (800 px pages)
    config.style = Style(colors=COLOURS, background="white", plot_background="white",
                         font_family="sans-serif", label_font_size=14, major_label_font_size=14,
                         legend_font_size=15, title_font_size=17, value_font_size=13)
    config.width, config.height = 800, 360
    config.legend_at_bottom = True
    config.legend_at_bottom_columns = 3
    config.print_values = False
    for key, value in extra.items():
        setattr(config, key, value)
    return config


def _clean(svg: str, name: str) -> str:
    """Drop pygal's comments (they carry today's date) and its random chart id."""
    svg = re.sub(r"<!--.*?-->", "", svg, flags=re.S)
    match = re.search(r'id="chart-([0-9a-f-]+)"', svg)
    return svg.replace(match.group(1), name) if match else svg


def _short(name: str, limit: int = LABEL_CHARS) -> str:
    """pygal does not cut the labels of a horizontal chart: long insurer names would take the
    plot's room."""
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def stacked(kind: str, title: str | None, name: str, table: dict[str, Counter], lang: str = "en") -> str:
    """A stacked bar chart: one bar per key of `table`, one series per outcome (in `lang`)."""
    import pygal

    from geschil.i18n import label

    chart_cls = pygal.HorizontalStackedBar if kind == "horizontal" else pygal.StackedBar
    config = _config(title, height=max(400, 34 * len(table) + 180) if kind == "horizontal"
                     else 420, truncate_legend=-1, margin_bottom=24,
                     # a horizontal chart's legend shares the plot's width, half the chart
                     legend_at_bottom_columns=2 if kind == "horizontal" else 3)
    top = max((sum(c.values()) for c in table.values()), default=1)
    step = max(1, -(-top // 8))  # counts are whole rulings: integer ticks, about eight of them
    config.y_labels = list(range(0, top + step, step))
    config.value_formatter = lambda v: f"{v:.0f}"
    chart = chart_cls(config)
    # pygal draws a horizontal chart's first bar at the bottom: reverse, so the first is on top
    keys = list(reversed(table)) if kind == "horizontal" else list(table)
    chart.x_labels = [_short(k) for k in keys]
    for outcome in OUTCOMES:
        values = [table[k].get(outcome, 0) for k in keys]
        if any(values):
            chart.add(label("outcome", outcome, lang), values)
    if not table:
        chart.add("none", [])
    return _clean(chart.render(is_unicode=True), name)
