"""A region x category heatmap (service types, obstacles), a Vega-Lite chart drawn on the server
(dashboard.figures.vega_chart) whose filled cells take clicks: each is keyed by its region id and category id
(``CELL``, read back by ``clicked_cell``).
"""

import textwrap

import pandas as pd

from dashboard.figures import describe
from dashboard.figures.chart import Chart
from dashboard.figures.style import NO_DATA, told_by_hue
from dashboard.figures.vega_chart import HOVER, MIN_WIDTH, hover, layered
from dashboard.text.i18n import localise_columns, tr
from dashboard.text.numbers import number

CELL = "cell"  # the selection a click on a filled cell makes, and the field keying the cell: "region_id|category id"
ROW_PX = 46  # the height of a row of cells
# A column of cells is at least this wide, up to five regions (a name on two lines over it) and past five (a name
# upright): a narrow screen, or many regions, scrolls the heatmap sideways instead of squeezing its cells, where
# 12 cells ran into each other
COLUMN_PX, UPRIGHT_COLUMN_PX = 84, 46
LABEL_CHAR_PX, LABEL_PAD_PX = 7, 30  # a character of a row's label (14 px type), and the room beside the labels
VALUE_FONT, MARKS_FONT = 13, 11  # px: a cell's value, and its marks on a line of their own under it
FOOT_LINE_PX = 15  # a line of the footnote under the cells (12 px type)
HEADER_LINE_PX = 16  # a line of a region's name over its column (14 px type)
LEGEND_LINE_PX = 13  # a line of the colour legend's title
PADDING_PX = 5  # Vega-Lite's own padding, kept on the sides the footnote does not widen: the title off the image's edge
LIGHT, DARK = "#deebf7", "#4292c6"  # the colour scale's ends: black type stays readable on both


def mention_heatmap(matrix: pd.DataFrame, row: str, title: str, value: str, value_label: str, rank_label: str | None = None,
                    highlight: str | None = None, source: str = "", *, scale_max: float, columns: dict[str, str],
                    lang: str) -> Chart:
    """Darker is named more: the cell shows its ``value`` column (a unit of dashboard.core.counting), coloured on a
    scale from 0 to ``scale_max`` that is the same on every page (dashboard.core.counting.scale_max), as its legend says.

    ``matrix`` is long (dashboard.core.counting.count_matrix): region, region_id, ``row`` (label), ``row``_id,
    mentions, ``value``, is_measure_dependent (marked †), robustness (in the hover), caveat (marked ‡, in the hover)
    and, when ``rank_label`` is given, importance_rank (shown as #n). The ``highlight`` row id is outlined. Under the
    cells, in the figure itself so that a saved image carries them: the ``source`` line and what #n means. The table
    shows ``columns`` (column -> i18n key of its label) of ``matrix``.
    """
    row_id = f"{row}_id"
    rows, regions = list(dict.fromkeys(matrix[row])), list(dict.fromkeys(matrix["region"]))
    ranks = matrix["importance_rank"].map(lambda r: "" if pd.isna(r) else f"#{int(r)}") if rank_label else pd.Series("", matrix.index)
    named = matrix["mentions"] > 0
    decimals = 0 if (matrix.loc[named, value].astype(float) % 1 == 0).all() else 1
    # under the value, † where the ranking depends on the measure (dashboard.core.counting), ‡ where the region itself
    # makes a caveat about the category (in the hover), and the region's own order #n: on one line they overran the cell
    marks = [" ".join(m for m in ("†" if depends else "", "‡" if caveat else "", rank) if m)
             for depends, caveat, rank in zip(matrix["is_measure_dependent"], matrix["caveat"], ranks)]
    written = [number(v, lang, decimals) if n else "" for v, n in zip(matrix[value], named)]
    legend_title = colour_title(matrix.loc[named, value].astype(float), value_label, scale_max, lang)
    upright = not told_by_hue(len(regions))  # past five regions their names stand upright: side by side they ran into each other
    headers = [name if upright else two_lines(name) for name in regions]
    cells = pd.DataFrame({
        "region": matrix["region"], "header": matrix["region"].map(dict(zip(regions, headers))), "label": matrix[row], "value": matrix[value].astype(float), "named": named,
        CELL: matrix["region_id"] + "|" + matrix[row_id], "written": written, "marks": [m if n else "" for m, n in zip(marks, named)],
        "outlined": (matrix[row_id] == highlight).to_numpy(),
        HOVER: [hover(f"{region} · {label}: {text or '0'} ({value_label}) {rank}".rstrip(), robustness if n else "",
                      f"‡ {caveat}" if n and caveat else "")
                for region, label, text, rank, robustness, caveat, n in zip(matrix["region"], matrix[row], written, ranks,
                                                                             matrix["robustness"], matrix["caveat"], named)],
    })
    x = {"field": "header", "type": "nominal", "sort": headers, "title": None,
         "axis": {"orient": "top", "labelAngle": -90 if upright else 0, "labelAlign": "left" if upright else "center",
                  "labelBaseline": "middle" if upright else "bottom", "domain": False, "ticks": False,
                  "labelPadding": 6 + HEADER_LINE_PX * max(h.count("\n") for h in headers),  # a second line clear of the cells
                  "labelExpr": "split(datum.label, '\\n')"}}  # a header on two lines (two_lines)
    y = {"field": "label", "type": "nominal", "sort": rows, "title": None,
         "axis": {"domain": False, "ticks": False, "labelLimit": 420}}
    edge = {"condition": {"test": "datum.outlined", "value": "black"}, "value": "white"}
    layers = [
        {"transform": [{"filter": "!datum.named"}], "mark": {"type": "rect", "fill": NO_DATA, "stroke": "white", "strokeWidth": 2},
         "encoding": {"x": x, "y": y, "description": {"field": HOVER}}},
        {"transform": [{"filter": "datum.named"}], "mark": {"type": "rect", "cursor": "pointer"},
         "params": [{"name": CELL, "select": {"type": "point", "fields": [CELL]}}],
         "encoding": {"x": x, "y": y, "description": {"field": HOVER},
                      "color": {"field": "value", "type": "quantitative", "title": legend_title,
                                "scale": {"domain": [0, scale_max], "range": [LIGHT, DARK], "clamp": True},
                                "legend": colour_legend(cells.loc[named, "value"], scale_max)},
                      "stroke": edge, "strokeWidth": {"condition": {"test": "datum.outlined", "value": 3}, "value": 2}}},
        {"transform": [{"filter": "datum.named"}],
         "mark": {"type": "text", "fontSize": VALUE_FONT, "baseline": "middle", "aria": False,
                  "dy": {"expr": f"datum.marks ? {-MARKS_FONT / 2 - 1} : 0"}},
         "encoding": {"x": x, "y": y, "text": {"field": "written"}}},
        {"transform": [{"filter": "datum.marks"}],
         "mark": {"type": "text", "fontSize": MARKS_FONT, "baseline": "middle", "dy": VALUE_FONT / 2 + 2, "aria": False},
         "encoding": {"x": x, "y": y, "text": {"field": "marks"}}},
    ]
    ranked = rank_label and (ranks[named] != "").any()  # no key to a sign that no cell shows
    footnote = [line for line in (f"#n = {rank_label}" if ranked else "", *textwrap.wrap(source, 110)) if line]
    if footnote:
        layers.append({"data": {"values": [{"lines": footnote}]},
                       "mark": {"type": "text", "align": "left", "baseline": "top", "fontSize": 12, "color": "#444",
                                "lineHeight": FOOT_LINE_PX, "aria": False},
                       "encoding": {"text": {"field": "lines"}, "x": {"value": 0}, "y": {"value": ROW_PX * len(rows) + 10}}})
    spec = layered(title, cells, layers, height=ROW_PX * len(rows), lang=lang)
    # the footnote stands below the plot: room for it (a side not named would have no padding at all)
    spec["padding"] = {"left": PADDING_PX, "top": PADDING_PX, "right": PADDING_PX, "bottom": FOOT_LINE_PX * len(footnote) + 14}
    labels = LABEL_CHAR_PX * max(map(len, rows), default=0) + LABEL_PAD_PX
    # the legend's title lines stand above the cells, level with the chart's title, which Vega does not move for them
    spec["title"]["offset"] = LEGEND_LINE_PX * len(legend_title) + 4
    spec["usermeta"] = {MIN_WIDTH: labels + (UPRIGHT_COLUMN_PX if upright else COLUMN_PX) * len(regions)}
    text = describe.grid(len(rows), len(regions), list(zip(cells.loc[named, "region"] + " · " + cells.loc[named, "label"],
                                                           cells.loc[named, "value"])), lang)
    return Chart(spec, title, localise_columns(matrix, columns, lang), value_label, describe.sentence(title, text, lang))


def two_lines(name: str) -> str:
    """A region's name as a column header: broken after its last hyphen or space when long, never inside a word."""
    if len(name) <= 10:
        return name
    cut = max(name.rfind("-"), name.rfind(" "))
    return name if cut <= 0 else f"{name[:cut + 1].rstrip()}\n{name[cut + 1:]}"


def colour_title(values: pd.Series, label: str, scale_max: float, lang: str) -> list[str]:
    """The colour legend's title: its label, that the scale is the same on every page and, when a value goes past its
    top, that such a value takes the darkest colour."""
    lines = [*textwrap.wrap(label, 34), *textwrap.wrap(tr("heatmap.same_scale", lang), 34)]
    if len(values) and values.max() > scale_max:
        lines += textwrap.wrap(tr("heatmap.past_scale", lang, top=number(scale_max, lang)), 34)
    return lines


def colour_legend(values: pd.Series, scale_max: float) -> dict:
    """Above the cells, at the left (beside them it took the width of a laptop's page from the cells); whole numbers
    for whole counts (1, 2, 3, never 1,5)."""
    legend = {"orient": "top", "direction": "horizontal", "gradientLength": 240, "titleLimit": 400, "titleOrient": "left",
              "offset": 12}
    if len(values) and (values % 1 == 0).all():
        legend.update(format="d", **({"values": list(range(0, int(scale_max) + 1))} if scale_max <= 10 else {}))
    return legend


def clicked_cell(event) -> tuple[str, str] | None:
    """(region_id, category id) of the clicked cell in the heatmap's selection event, or None.

    Read as a dict, which the event is, so a selection set through session state reads the same.
    """
    points = (event or {}).get("selection", {}).get(CELL, [])
    return tuple(points[0][CELL].split("|", 1)) if points else None


def cell_labels(matrix: pd.DataFrame, row: str) -> dict[tuple[str, str], str]:
    """(region_id, category id) -> "region · label" for every cell with at least one mention."""
    cells = matrix[matrix["mentions"] > 0]
    return {(r, i): f"{name} · {label}" for r, i, name, label in
            zip(cells["region_id"], cells[f"{row}_id"], cells["region"], cells[row])}
