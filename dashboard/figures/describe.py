"""A sentence that says what a chart shows, read from its data: the text alternative for those who
cannot see the chart (screen readers, a poor projector). The table below each chart has the rest."""

import plotly.graph_objects as go

from dashboard.i18n import tr

TOP = 3  # how many of the largest values the sentence names


def describe(fig: go.Figure, lang: str) -> str:
    """"<title> — <what the traces hold>", for the bar, map and grid figures of this dashboard."""
    traces = [t for t in fig.data if t.hoverinfo != "skip"]  # region borders carry no data
    kinds = {t.type for t in traces}
    if kinds == {"bar"}:
        text = _bars(traces, lang)
    elif kinds == {"choroplethmap"}:
        text = _map(traces, lang)
    elif kinds == {"scatter"}:
        text = _grid(traces, lang)
    else:
        text = ""
    title = fig.layout.title.text or ""
    return tr("a11y.description", lang, text=f"{title} — {text}" if title else text)


def _bars(traces: list, lang: str) -> str:
    if len(traces) > 1:
        return tr("a11y.series", lang, n=len(traces), names=", ".join(str(t.name) for t in traces))
    bar = traces[0]
    labels, values = (bar.y, bar.x) if bar.orientation == "h" else (bar.x, bar.y)
    return tr("a11y.bars", lang, n=len(values), top=_top(zip(labels, values)))


def _map(traces: list, lang: str) -> str:
    count = sum(len(t.locations) for t in traces)
    scaled = [t for t in traces if t.z is not None and t.showscale is not False]
    if scaled:
        z = [v for v in scaled[0].z if v is not None]
        title = scaled[0].colorbar.title.text or ""
        parts = tr("a11y.map_scale", lang, label=title, low=_number(min(z)), high=_number(max(z)))
    else:
        parts = ", ".join(tr("a11y.map_part", lang, name=t.name, n=len(t.locations)) for t in traces)
    return tr("a11y.map", lang, n=count, parts=parts)


def _grid(traces: list, lang: str) -> str:
    """The clickable heatmaps: squares at (column, row); the coloured trace holds the counts."""
    rows = {y for t in traces for y in t.y}
    columns = {x for t in traces for x in t.x}
    filled = [t for t in traces if t.marker.color is not None and not isinstance(t.marker.color, str)]
    cells = [(f"{x} · {y}", v) for t in filled for x, y, v in zip(t.x, t.y, t.marker.color)]
    return tr("a11y.grid", lang, rows=len(rows), cols=len(columns), filled=len(cells), top=_top(cells))


def _top(pairs) -> str:
    ranked = sorted(pairs, key=lambda pair: -pair[1])[:TOP]
    return ", ".join(f"{label} ({_number(value)})" for label, value in ranked)


def _number(value) -> str:
    return f"{value:,.0f}".replace(",", ".") if float(value).is_integer() or abs(value) >= 100 else f"{value:.2f}"
