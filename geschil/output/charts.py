"""pygal charts as inline SVG: no script fetched, no date or random id, so reports are stable."""

from __future__ import annotations

import re
from collections import Counter

OUTCOMES = ["granted", "partially_granted", "rejected", "inadmissible", "no_jurisdiction",
            "unknown"]
COLOURS = ("#2e7d32", "#9ccc65", "#c62828", "#8d6e63", "#78909c", "#bdbdbd")


def _config(title: str, **extra):
    import pygal
    from pygal.style import Style

    config = pygal.Config()
    config.js = []  # pygal's tooltips script would be fetched from the web
    config.disable_xml_declaration = True
    config.title = title
    config.style = Style(colors=COLOURS, background="white", plot_background="white",
                         font_family="sans-serif")
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


def stacked(kind: str, title: str, name: str, table: dict[str, Counter]) -> str:
    """A stacked bar chart: one bar per key of `table`, one series per outcome."""
    import pygal

    chart_cls = pygal.HorizontalStackedBar if kind == "horizontal" else pygal.StackedBar
    config = _config(title, height=max(360, 28 * len(table) + 140) if kind == "horizontal"
                     else 360)
    top = max((sum(c.values()) for c in table.values()), default=1)
    step = max(1, -(-top // 8))  # counts are whole rulings: integer ticks, about eight of them
    config.y_labels = list(range(0, top + step, step))
    config.value_formatter = lambda v: f"{v:.0f}"
    chart = chart_cls(config)
    chart.x_labels = list(table)
    for outcome in OUTCOMES:
        values = [table[k].get(outcome, 0) for k in table]
        if any(values):
            chart.add(outcome.replace("_", " "), values)
    if not table:
        chart.add("none", [])
    return _clean(chart.render(is_unicode=True), name)
