"""Charts of how often personas are cited."""

import textwrap

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures import describe
from dashboard.figures.chart import Chart
from dashboard.figures.style import NO_DATA, base_layout
from dashboard.figures.vega_chart import HOVER, hover, layered, value_axis
from dashboard.text.i18n import localise_columns, tr
from dashboard.text.numbers import decimals_needed, number


def persona_bars(frequency: pd.DataFrame, measure: str, measure_label: str, title: str,
                 highlight: str | None = None, lines: dict[str, str] | None = None, *, columns: dict[str, str],
                 lang: str) -> Chart:
    """Horizontal bars of the personas cited, most cited on top, each with its number after it; the chosen persona
    stands out, the rest are muted. Hovering a bar shows the persona's one-line description from ``lines``
    (name -> line) when it has one. The table shows ``columns`` (column -> i18n key of its label) of every persona in
    ``frequency``. A Vega-Lite chart (dashboard.figures.vega_chart)."""
    shown = frequency[frequency[measure] > 0].sort_values(measure, ascending=False, kind="stable")
    values = shown[measure].astype(float)
    written = [number(v, lang, decimals_needed([round(v, 2)])) for v in values]  # 3, or 1,83 when weighted
    rows = pd.DataFrame({"name": shown["name"], "value": values, "written": written,
                         "colour": ["#0072B2" if highlight in (None, pid) else NO_DATA for pid in shown["persona_id"]],
                         HOVER: [hover(f"{name}: {text}", (lines or {}).get(name, "")) for name, text in zip(shown["name"], written)]})
    y = {"field": "name", "type": "nominal", "sort": None, "title": None}
    x = {"field": "value", **value_axis(measure_label, values.max() if len(values) else 1, (values % 1 == 0).all())}
    spec = layered(title, rows, [
        {"mark": {"type": "bar"}, "encoding": {"y": y, "x": x, "color": {"field": "colour", "type": "nominal", "scale": None},
                                               "description": {"field": HOVER}}},
        {"mark": {"type": "text", "align": "left", "dx": 4, "aria": False},
         "encoding": {"y": y, "x": x, "text": {"field": "written"}}},
    ], height=max(120, 28 * len(rows)), lang=lang)
    text = describe.bars({measure_label: (shown["name"], shown[measure])}, lang)
    return Chart(spec, title, localise_columns(frequency, columns, lang), measure_label, describe.sentence(title, text, lang))


def who(name: str, lines: dict[str, str] | None) -> str:
    """The hover line under a persona's name: its description, wrapped; empty when it has none."""
    line = (lines or {}).get(name)
    return "<br>" + "<br>".join(textwrap.wrap(line, 60)) if line else ""


def persona_region_bars(matrix: pd.DataFrame, region_names: dict[str, str], colours: dict[str, str], title: str,
                        rank_label: str, count_label: str, lines: dict[str, str] | None = None, *, lang: str) -> Chart:
    """Stacked bars: per persona cited, one segment per region citing it (hover shows the challenge and the
    persona's description from ``lines``); the bar's length is the number of regions citing the persona.

    ``matrix`` is persona x region_id, the rank of the challenge citing it; the table is that matrix whole.
    """
    cited = matrix.dropna(how="all").notna()
    order = cited.sum(axis=1).sort_values().index
    fig, series = go.Figure(), {}
    for region_id in matrix.columns:
        region, column = region_names[region_id], matrix.loc[order, region_id]
        series[region] = (list(order), column.notna().astype(int))  # a segment of 1 for each region citing the persona
        fig.add_trace(go.Bar(
            y=series[region][0], x=series[region][1], orientation="h", name=region, marker={"color": colours[region_id]},
            customdata=list(zip(column.fillna(0).astype(int), [who(name, lines) for name in order])),
            hovertemplate=f"%{{y}} · {region} · {rank_label} %{{customdata[0]}}%{{customdata[1]}}<extra></extra>",
        ))
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title=count_label, dtick=1)  # whole regions
    fig.update_yaxes(automargin=True, ticksuffix=" ")
    base_layout(fig, title, height=max(360, 28 * len(order) + 140))
    table = matrix.rename(columns=region_names).astype("Int64").reset_index(names=tr("col.persona", lang))
    return Chart(fig, title, table, ", ".join(series), describe.sentence(title, describe.bars(series, lang), lang))


def persona_region_dots(matrix: pd.DataFrame, region_names: dict[str, str], title: str, rank_label: str,
                        lines: dict[str, str] | None = None, *, lang: str) -> Chart:
    """The same matrix as ``persona_region_bars`` for more regions than hues can tell apart: a dot where a region
    (named on the axis above) cites a persona, with the rank of its challenge written on it; most cited persona on
    top. The table is the matrix whole."""
    cited = matrix.dropna(how="all")
    order = list(cited.notna().sum(axis=1).sort_values(kind="stable").index)
    long = cited.rename(columns=region_names).stack().dropna().rename("rank").reset_index()
    long.columns = ["persona", "region", "rank"]
    regions = [region_names[r] for r in matrix.columns]
    fig = go.Figure(go.Scatter(
        x=long["region"], y=long["persona"], mode="markers+text", marker={"size": 18, "color": "#0072B2"},
        text=[str(int(r)) for r in long["rank"]], textfont={"color": "white", "size": 11},
        customdata=[who(name, lines) for name in long["persona"]],
        hovertemplate=f"%{{y}} · %{{x}} · {rank_label} %{{text}}%{{customdata}}<extra></extra>",
    ))
    fig.update_xaxes(side="top", categoryorder="array", categoryarray=regions, tickangle=-90, showgrid=True)
    fig.update_yaxes(categoryorder="array", categoryarray=order, automargin=True, ticksuffix=" ", showgrid=True)
    top = 70 + 7 * max(map(len, regions), default=0)  # the title, then the names upright under it (7 px a character)
    base_layout(fig, title, height=max(360, 28 * len(order) + top + 20))
    fig.update_layout(margin={"t": top})
    table = matrix.rename(columns=region_names).astype("Int64").reset_index(names=tr("col.persona", lang))
    cells = list(zip(long["region"] + " · " + long["persona"], long["rank"]))
    return Chart(fig, title, table, rank_label, describe.sentence(title, describe.grid(len(order), len(regions), cells, lang), lang))
