"""The region x region similarity matrix as a heatmap with the value in each cell (a Vega-Lite chart,
dashboard.figures.vega_chart)."""

from itertools import combinations

import pandas as pd

from dashboard.figures import describe
from dashboard.figures.chart import Chart
from dashboard.figures.style import SEQUENTIAL
from dashboard.figures.vega_chart import HOVER, if_columns_fit, layered
from dashboard.text.i18n import tr
from dashboard.text.numbers import number

WRITTEN_UP_TO = 12  # regions up to which each cell's value is written in it: past that a cell is narrower than "0,53"
WRITTEN_PX = 36  # a cell narrower than this (on a phone) has no room for "0,53"
DARK = 0.75  # from this value on white type on the cell reads better than black (contrast 4.7 to 4.5, and rising)


def similarity_heatmap(matrix: pd.DataFrame, names: dict[str, str], title: str, value_label: str, *, lang: str) -> Chart:
    """``matrix`` from dashboard.domain.compare.jaccard_matrix (0 = nothing shared, 1 = the same) on a scale from 0 to 1
    in a legend; a cell with nothing to compare stays blank. The table is the matrix with two decimals, its regions by
    name."""
    labels = [names[r] for r in matrix.index]
    written = len(labels) <= WRITTEN_UP_TO  # else the value is in the hover and the table
    cells = matrix.rename(index=names, columns=names).stack().dropna().rename("value").reset_index()
    cells.columns = ["row", "column", "value"]
    cells["written"] = [number(v, lang, 2) for v in cells["value"]]
    cells[HOVER] = cells["row"] + " · " + cells["column"] + f": {value_label} " + cells["written"]
    x = {"field": "column", "type": "nominal", "title": None, "scale": {"domain": labels},
         "axis": {"orient": "top", "labelOverlap": True}}  # on a phone, every other name
    y = {"field": "row", "type": "nominal", "title": None, "scale": {"domain": labels}}
    layers = [{"mark": {"type": "rect", "stroke": "white", "strokeWidth": 2}, "encoding": {
        "x": x, "y": y, "description": {"field": HOVER},
        "color": {"field": "value", "type": "quantitative", "title": value_label,
                  "scale": {"scheme": SEQUENTIAL, "domain": [0, 1]},
                  "legend": {"orient": "top", "gradientLength": {"expr": "min(240, width)"}}},  # never past the edge
    }}]
    if written:
        layers.append({"mark": {"type": "text", "aria": False}, "transform": [if_columns_fit(len(labels), WRITTEN_PX)],
                       "encoding": {"x": x, "y": y, "text": {"field": "written"},
                                    "color": {"condition": {"test": f"datum.value >= {DARK}", "value": "white"}, "value": "black"}}})
    spec = layered(title, cells, layers, height=(90 if written else 24) * len(labels), lang=lang)
    # each pair of regions once, off the diagonal, when there is something to compare
    pairs = [(f"{names[a]} · {names[b]}", matrix.loc[a, b]) for a, b in combinations(matrix.index, 2) if pd.notna(matrix.loc[a, b])]
    table = matrix.round(2).rename(index=names, columns=names).reset_index(names=tr("col.region", lang))
    return Chart(spec, title, table, value_label, describe.sentence(title, describe.grid(len(labels), len(labels), pairs, lang), lang))
