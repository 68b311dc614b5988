"""Charts of how often personas are cited."""

import pandas as pd

from dashboard.figures import describe
from dashboard.figures.chart import Chart
from dashboard.figures.style import NO_DATA
from dashboard.figures.vega_chart import HOVER, TOP_LEGEND, hover, if_columns_fit, layered, value_axis
from dashboard.text.i18n import localise_columns, tr
from dashboard.text.numbers import decimals_needed, number

ROW_PX = 28  # a persona's bar or row of dots, with room between them
DOT_PX = 18  # a dot, wide enough for the rank written on it


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
    ], height=_rows_px(len(rows)), lang=lang)
    text = describe.bars({measure_label: (shown["name"], shown[measure])}, lang)
    return Chart(spec, title, localise_columns(frequency, columns, lang), measure_label, describe.sentence(title, text, lang))


def persona_region_bars(matrix: pd.DataFrame, region_names: dict[str, str], colours: dict[str, str], title: str,
                        rank_label: str, count_label: str, lines: dict[str, str] | None = None, *, lang: str) -> Chart:
    """Stacked bars: per persona cited, most cited on top, one segment per region citing it in the region's colour
    (named in the legend above); the bar's length is the number of regions citing the persona. Hovering a segment shows
    the challenge citing the persona and its description from ``lines``.

    ``matrix`` is persona x region_id, the rank of the challenge citing it; the table is that matrix whole.
    """
    personas, regions = _most_cited(matrix), [region_names[r] for r in matrix.columns]
    rows = _citations(matrix, region_names, rank_label, lines)
    rows["order"] = rows["region"].map(regions.index)  # each bar's segments in the legend's order
    spec = layered(title, rows, [{"mark": {"type": "bar"}, "encoding": {
        "y": {"field": "persona", "type": "nominal", "sort": personas, "title": None},
        "x": {"aggregate": "count", **value_axis(count_label, max(matrix.notna().sum(axis=1).max(), 1), True, headroom=1)},  # whole regions
        "color": {"field": "region", "type": "nominal", "title": None, "legend": TOP_LEGEND,
                  "scale": {"domain": regions, "range": [colours[r] for r in matrix.columns]}},
        "order": {"field": "order"},
        "description": {"field": HOVER},
    }}], height=_rows_px(len(personas)), lang=lang)
    series = {region: (personas, matrix.loc[personas, region_id].notna().astype(int))  # a 1 for each persona it cites
              for region_id, region in zip(matrix.columns, regions)}
    return Chart(spec, title, _table(matrix, region_names, lang), ", ".join(series),
                 describe.sentence(title, describe.bars(series, lang), lang))


def persona_region_dots(matrix: pd.DataFrame, region_names: dict[str, str], title: str, rank_label: str,
                        lines: dict[str, str] | None = None, *, lang: str) -> Chart:
    """The same matrix as ``persona_region_bars`` for more regions than hues can tell apart: a dot where a region
    (named upright on the axis above) cites a persona, with the rank of its challenge written on it; most cited persona
    on top. The table is the matrix whole."""
    personas, regions = _most_cited(matrix), [region_names[r] for r in matrix.columns]
    rows = _citations(matrix, region_names, rank_label, lines)
    x = {"field": "region", "type": "nominal", "title": None, "scale": {"domain": regions},
         "axis": {"orient": "top", "labelAngle": -90, "labelOverlap": True, "grid": True}}  # on a phone, every other name
    y = {"field": "persona", "type": "nominal", "title": None, "scale": {"domain": personas}, "axis": {"grid": True}}
    spec = layered(title, rows, [
        {"mark": {"type": "circle", "color": "#0072B2", "opacity": 1,  # smaller where columns are narrower, as on a phone
                  "size": {"expr": f"pow(clamp(width / {len(regions)} - 2, 4, {DOT_PX}), 2)"}},
         "encoding": {"x": x, "y": y, "description": {"field": HOVER}}},
        {"mark": {"type": "text", "color": "white", "fontSize": 11, "aria": False},
         "transform": [if_columns_fit(len(regions), DOT_PX + 2)], "encoding": {"x": x, "y": y, "text": {"field": "rank"}}},
    ], height=_rows_px(len(personas)), lang=lang)
    cells = list(zip(rows["region"] + " · " + rows["persona"], rows["rank"]))
    return Chart(spec, title, _table(matrix, region_names, lang), rank_label,
                 describe.sentence(title, describe.grid(len(personas), len(regions), cells, lang), lang))


def _most_cited(matrix: pd.DataFrame) -> list[str]:
    """The personas a region cites in ``matrix`` (persona x region), cited by most regions first."""
    cited = matrix.notna().sum(axis=1)
    return list(cited[cited > 0].sort_values(ascending=False, kind="stable").index)


def _citations(matrix: pd.DataFrame, region_names: dict[str, str], rank_label: str, lines: dict[str, str] | None) -> pd.DataFrame:
    """A row per region citing a persona in ``matrix``: persona, region (its name), rank of the challenge citing it,
    and the hover text: persona · region · rank, then the persona's description from ``lines``."""
    rows = matrix.rename(columns=region_names).stack().dropna().astype(int).rename("rank").reset_index()
    rows.columns = ["persona", "region", "rank"]
    rows[HOVER] = [hover(f"{persona} · {region} · {rank_label} {rank}", (lines or {}).get(persona, ""))
                   for persona, region, rank in zip(rows["persona"], rows["region"], rows["rank"])]
    return rows


def _rows_px(rows: int) -> int:
    """A chart's height for ``rows`` bars or rows of dots."""
    return max(120, ROW_PX * rows)


def _table(matrix: pd.DataFrame, region_names: dict[str, str], lang: str) -> pd.DataFrame:
    """The table under both charts: the matrix whole, its regions by name."""
    return matrix.rename(columns=region_names).astype("Int64").reset_index(names=tr("col.persona", lang))
