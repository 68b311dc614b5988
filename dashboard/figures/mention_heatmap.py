"""A region x category heatmap (service types, obstacles), drawn as square markers so cells can be clicked.

(plotly's Heatmap returns an empty selection in Streamlit; a scatter of squares does not.)
Each point carries (region_id, category id) as its first two customdata values.
"""

import textwrap

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures import describe
from dashboard.figures.chart import Chart
from dashboard.figures.style import NO_DATA, base_layout, told_by_hue
from dashboard.text.i18n import localise_columns, tr
from dashboard.text.numbers import number

SIZE = 42  # marker size in px: one cell, wide enough for "14,1" above "† ‡ #11"
ROW_PX = 46  # the height of a row of cells
COLUMN_PX = 46  # past five regions, the width of a column of cells: the figure grows with the regions instead of
# squeezing them into the page's width, where 12 cells ran into each other (the page scrolls it sideways)
VALUE_FONT, MARKS_FONT = 13, 11  # px: a cell's value, and its marks on a line of their own under it
TOP_PX = 120  # above the cells: the title, then the region names on at most two lines (never under the title)
BOTTOM_PX = 70  # below the cells: the footnote (what #n means, the source line)
# The side margins are set wide enough for the row labels and the colour bar beforehand: plotly's automargin only ever
# widens a margin, and when it must, it draws the whole chart a second time (twice the layout work of a cold page's
# heatmap, measured in Chromium). So a character is counted on the wide side (tick labels are 12 px); automargin stays
# on, for a label or a saved image's font wider still.
CHAR_PX = 6
LABEL_PAD_PX = 24  # beside the row labels: the tick and its space
BAR_PX = 120  # beside the colour bar's title: the bar, its numbers and their padding


def mention_heatmap(matrix: pd.DataFrame, row: str, title: str, value: str, value_label: str, rank_label: str | None = None,
                    highlight: str | None = None, source: str = "", *, scale_max: float, columns: dict[str, str],
                    lang: str) -> Chart:
    """Darker is named more: the cell shows its ``value`` column (a unit of dashboard.core.counting), coloured on a
    scale from 0 to ``scale_max`` that is the same on every page (dashboard.core.counting.scale_max), as its legend says.

    ``matrix`` is long (dashboard.core.counting.count_matrix): region, region_id, ``row`` (label), ``row``_id,
    mentions, ``value``, is_measure_dependent (marked †), robustness (in the hover), caveat (marked ‡, in the hover) and, when ``rank_label`` is given, importance_rank (shown as #n). The ``highlight``
    row id is outlined. Under the cells, in the figure itself so that a saved image carries them: the
    ``source`` line and what #n means. The table shows ``columns`` (column -> i18n key of its label) of ``matrix``.
    """
    row_id = f"{row}_id"
    rows = list(dict.fromkeys(matrix[row]))
    ranks = matrix["importance_rank"].map(lambda r: "" if pd.isna(r) else f"#{int(r)}") if rank_label else pd.Series("", matrix.index)
    outlined = (matrix[row_id] == highlight).to_numpy()
    frame = matrix.assign(rank=ranks, width=[3 if o else 1 for o in outlined], edge=["black" if o else "#555" for o in outlined])
    named, empty = frame[frame["mentions"] > 0], frame[frame["mentions"] == 0]
    decimals = 0 if (named[value].astype(float) % 1 == 0).all() else 1
    # the value, and under it † where the ranking depends on the measure (dashboard.core.counting), ‡ where the region
    # itself makes a caveat about the category (in the hover), and the region's own order #n: on one line they overran the cell
    marks = [" ".join(m for m in ("†" if depends else "", "‡" if caveat else "", rank) if m)
             for depends, caveat, rank in zip(named["is_measure_dependent"], named["caveat"], named["rank"])]
    texts = [number(v, lang, decimals) + (f"<br><span style='font-size:{MARKS_FONT}px'>{m}</span>" if m else "")
             for v, m in zip(named[value], marks)]
    fig = go.Figure()
    fig.add_trace(go.Scatter(
        x=empty["region"], y=empty[row], mode="markers", name="0", showlegend=False,
        marker={"symbol": "square", "size": SIZE, "color": NO_DATA,
                "line": {"width": empty["width"] - 1, "color": empty["edge"]}},
        customdata=empty[["region_id", row_id]], hovertemplate=f"%{{x}} · %{{y}}: 0 ({value_label})<extra></extra>",
    ))
    fig.add_trace(go.Scatter(
        x=named["region"], y=named[row], mode="markers+text", name=value_label, showlegend=False,
        marker={"symbol": "square", "size": SIZE, "color": named[value], "colorscale": [[0, "#deebf7"], [1, "#4292c6"]],
                "cmin": 0, "cmax": scale_max, "colorbar": colour_bar(named[value], value_label, len(rows), scale_max, lang),
                "line": {"width": named["width"], "color": named["edge"]}},
        text=texts,
        textfont={"color": "black", "size": VALUE_FONT},
        customdata=named[["region_id", row_id, "rank", "robustness", "caveat"]].assign(
            caveat=named["caveat"].map(lambda c: "<br>‡ " + "<br>".join(textwrap.wrap(c, 70)) if c else "")),
        hovertemplate=f"%{{x}} · %{{y}}: %{{marker.color}} ({value_label}) %{{customdata[2]}}<br>%{{customdata[3]}}%{{customdata[4]}}"
                      "<extra></extra>",
    ))
    regions = list(dict.fromkeys(matrix["region"]))
    # a category is one unit wide with no padding around the ends (plotly pads for the markers' size and text), so a
    # row is ROW_PX high and a column COLUMN_PX wide past five regions: padded, 42 px cells overlapped by a pixel or two
    fig.update_yaxes(categoryorder="array", categoryarray=rows[::-1], showgrid=False, automargin=True, ticksuffix=" ",
                     range=[-0.5, len(rows) - 0.5])
    # past five regions their names stand upright above their columns: side by side they ran into each other
    upright = not told_by_hue(len(regions))
    top = max(TOP_PX, 70 + CHAR_PX * max(map(len, regions), default=0)) if upright else TOP_PX
    fig.update_xaxes(side="top", showgrid=False, categoryorder="array", categoryarray=regions, range=[-0.5, len(regions) - 0.5],
                     tickangle=-90 if upright else 0,
                     tickvals=regions, ticktext=regions if upright else [two_lines(c) for c in regions])
    fig.update_layout(clickmode="event+select", plot_bgcolor="white")
    ranked = rank_label and (frame["rank"] != "").any()  # no key to a sign that no cell shows
    footnote = "<br>".join(line for line in (f"#n = {rank_label}" if ranked else "", *textwrap.wrap(source, 110)) if line)
    if footnote:
        fig.add_annotation(text=footnote, xref="paper", yref="paper", x=0, xanchor="left", y=0, yanchor="top", yshift=-8,
                           align="left", showarrow=False, font={"size": 12, "color": "#444"})
    base_layout(fig, title, height=ROW_PX * len(rows) + top + BOTTOM_PX)  # sized to its rows, however few
    bar_lines = fig.data[1].marker.colorbar.title.text.split("<br>")
    left, right = CHAR_PX * max(map(len, rows), default=0) + LABEL_PAD_PX, CHAR_PX * max(map(len, bar_lines)) + BAR_PX
    fig.update_layout(margin={"t": top, "b": BOTTOM_PX, "l": left, "r": right},
                      title={"yref": "container", "y": 1, "yanchor": "top", "pad": {"t": 12}})
    if upright:
        fig.update_layout(width=left + right + COLUMN_PX * len(regions))
    text = describe.grid(len(rows), len(regions), list(zip(named["region"] + " · " + named[row], named[value])), lang)
    return Chart(fig, title, localise_columns(matrix, columns, lang), value_label, describe.sentence(title, text, lang))


def two_lines(name: str) -> str:
    """A region's name as a column header: broken after its last hyphen or space when long, never inside a word."""
    if len(name) <= 10:
        return name
    cut = max(name.rfind("-"), name.rfind(" "))
    return name if cut <= 0 else f"{name[:cut + 1].rstrip()}<br>{name[cut + 1:]}"


def colour_bar(values: pd.Series, label: str, rows: int, scale_max: float, lang: str) -> dict:
    """The colour bar: its label, that the scale is the same on every page (and, when a value goes past its top,
    that such a value takes the darkest colour), whole numbers for whole counts (1, 2, 3, never 1,5), no taller than
    the cells."""
    lines = [*textwrap.wrap(label, 18), *textwrap.wrap(tr("heatmap.same_scale", lang), 22)]
    if len(values) and values.max() > scale_max:
        lines += textwrap.wrap(tr("heatmap.past_scale", lang, top=number(scale_max, lang)), 22)
    bar = {"title": {"text": "<br>".join(lines), "side": "top"}, "thickness": 16,
           "len": min(1.0, max(0.4, 6 / max(rows, 1)))}
    if len(values) and (values.astype(float) % 1 == 0).all():
        bar.update(tickformat="d", dtick=1 if scale_max <= 10 else None)
    return bar


def clicked_cell(event) -> tuple[str, str] | None:
    """(region_id, category id) of the clicked cell in a ``st.plotly_chart`` selection event, or None.

    Read as a dict, which the event is, so a selection set through session state reads the same.
    """
    points = event["selection"].get("points", []) if event else []
    return tuple(points[0]["customdata"][:2]) if points else None


def cell_labels(matrix: pd.DataFrame, row: str) -> dict[tuple[str, str], str]:
    """(region_id, category id) -> "region · label" for every cell with at least one mention."""
    cells = matrix[matrix["mentions"] > 0]
    return {(r, i): f"{name} · {label}" for r, i, name, label in
            zip(cells["region_id"], cells[f"{row}_id"], cells["region"], cells[row])}
