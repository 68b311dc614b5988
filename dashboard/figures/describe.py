"""A sentence that says what a chart shows, read from its data: the text alternative for those who
cannot see the chart (screen readers, a poor projector). The table below each chart has the rest."""

from collections.abc import Iterable

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.municipality_map import Layer, column_of, drawn
from dashboard.i18n import tr
from dashboard.numbers import number

TOP = 3  # how many of the largest values the sentence names


def describe(fig: go.Figure | dict, lang: str, layers: Iterable[Layer]) -> str:
    """"<title> — <what it holds>", for the bar, grid and series figures and the map specification
    (drawn from the served map ``layers``)."""
    if isinstance(fig, dict):
        title, text = fig["title"]["text"], _map(drawn(fig, list(layers)), fig["layer"][0]["encoding"]["color"], lang)
    else:
        title, text = fig.layout.title.text or "", _traces([t for t in fig.data if t.hoverinfo != "skip"], lang)
    return tr("a11y.description", lang, text=f"{title} — {text}" if title else text)


def _traces(traces: list, lang: str) -> str:
    kinds = {t.type for t in traces}
    if kinds == {"bar"}:
        return _bars(traces, lang)
    if kinds == {"scatter"} and all(t.marker.symbol == "square" for t in traces):
        return _grid(traces, lang)
    if kinds == {"heatmap"}:
        return _matrix(traces[0], lang)
    if traces:
        return tr("a11y.series", lang, n=len(traces), names=", ".join(str(t.name) for t in traces))
    return ""


def _bars(traces: list, lang: str) -> str:
    if len(traces) > 1:
        return tr("a11y.series", lang, n=len(traces), names=", ".join(str(t.name) for t in traces))
    bar = traces[0]
    labels, values = (bar.y, bar.x) if bar.orientation == "h" else (bar.x, bar.y)
    return tr("a11y.bars", lang, n=len(values), top=_top(zip(labels, values), lang))


def _map(rows: pd.DataFrame, colour: dict, lang: str) -> str:
    """The municipalities a map draws: how many, and what colours them."""
    values = rows[column_of(colour["field"])]
    if colour["type"] == "quantitative":
        parts = tr("a11y.map_scale", lang, label=colour["title"], low=_number(values.min(), lang),
                   high=_number(values.max(), lang))
    else:
        counts = values.value_counts()
        parts = ", ".join(tr("a11y.map_part", lang, name=name, n=counts[name]) for name in colour["scale"]["domain"]
                          if name in counts)
    return tr("a11y.map", lang, n=len(rows), parts=parts)


def _grid(traces: list, lang: str) -> str:
    """The clickable heatmaps: squares at (column, row); the coloured trace holds the counts."""
    rows = {y for t in traces for y in t.y}
    columns = {x for t in traces for x in t.x}
    filled = [t for t in traces if t.marker.color is not None and not isinstance(t.marker.color, str)]
    cells = [(f"{x} · {y}", v) for t in filled for x, y, v in zip(t.x, t.y, t.marker.color)]
    return tr("a11y.grid", lang, rows=len(rows), cols=len(columns), filled=len(cells), top=_top(cells, lang))


def _matrix(heatmap, lang: str) -> str:
    """A heatmap of values (the similarity matrix): its size and the largest values off the diagonal,
    each pair named once."""
    pairs = {frozenset((x, y)): (f"{x} · {y}", v) for y, row in zip(heatmap.y, heatmap.z) for x, v in zip(heatmap.x, row)
             if v is not None and x != y}
    cells = list(pairs.values())
    return tr("a11y.grid", lang, rows=len(heatmap.y), cols=len(heatmap.x), filled=len(cells), top=_top(cells, lang))


def _top(pairs, lang: str) -> str:
    ranked = sorted(pairs, key=lambda pair: -pair[1])[:TOP]
    return ", ".join(f"{label} ({_number(value, lang)})" for label, value in ranked)


def _number(value, lang: str) -> str:
    """Whole numbers and large ones without decimals, shares with two."""
    return number(value, lang, decimals=0 if float(value).is_integer() or abs(value) >= 100 else 2)
