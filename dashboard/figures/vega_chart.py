"""What every chart drawn on the server shares: a layered Vega-Lite specification over one table of rows.

The server draws it as it draws the map (dashboard.figures.map_screen, dashboard.ui.drawing_component), so a cold
chart page loads no chart code in the browser: plotly.js took 0.2–0.3 s there to load and run, and its first
drawing as long again (benchmarks/RESULTS.md). Vega writes the numbers of the axes in the reader's language
(style.vega_config); the numbers written on the marks are written here (dashboard.text.numbers), and each mark's
hover text is its ``description`` (lines apart by "; "), which Vega puts in its aria-label.
"""

import copy

import pandas as pd

from dashboard.figures.style import PROJECTOR_FONT_SIZE, vega_config

SCHEMA = "https://vega.github.io/schema/vega-lite/v6.json"
FONT_PX = 14  # the axes' and legends' type: a little larger than Streamlit's charts, for a meeting room
TITLE_PX = 18
HEADROOM = 1.18  # room right of the longest bar for the number written after it
HOVER = "hover"  # the column of a row's hover text
MIN_WIDTH = "min_width"  # a chart's ``usermeta`` entry: the px below which it is drawn no narrower (the page scrolls it)
# a legend of colours above the plot, in as many columns as the width holds (on a phone one name a line)
TOP_LEGEND = {"orient": "top", "direction": "horizontal", "symbolType": "square", "labelLimit": 320,
              "columns": {"expr": "max(1, floor(width / 190))"}}


def layered(title: str, rows: pd.DataFrame, layers: list[dict], *, height: int, lang: str) -> dict:
    """A chart of ``layers`` over ``rows``, ``height`` px high (the plot; its axes and title come on top), as wide as
    it is drawn (its width is set by the drawing, and the axes' labels fit inside it)."""
    return {
        "$schema": SCHEMA,
        "title": {"text": title, "anchor": "start", "fontSize": TITLE_PX, "offset": 12},
        "description": title,
        "data": {"values": rows.to_dict("records")},
        "height": height,
        # laid out again once fitted: a legend whose columns follow the width gets the height it then takes
        "autosize": {"type": "fit-x", "contains": "padding", "resize": True},
        "config": {**vega_config(lang, FONT_PX), "text": {"fontSize": FONT_PX}},
        "layer": layers,
    }


def value_axis(title: str | None, top: float, whole: bool, headroom: float = HEADROOM) -> dict:
    """A quantitative x encoding from 0 to ``top``, with room beyond it for the number written after the longest bar,
    and the ticks of ``ticks`` (whole ones when ``whole``: counts)."""
    return {"type": "quantitative", "title": title, "scale": {"domain": [0, float(top) * headroom], "nice": False},
            "axis": ticks(top if whole else None)}


def ticks(counts_up_to: float | None) -> dict:
    """An axis of a tick every 60 px or so (no numbers running into each other on a phone); for counts up to
    ``counts_up_to``, no more ticks than whole numbers, so none falls between two (Vega's tickMinStep still puts one at
    0.5 when the largest count is 2)."""
    every = "ceil(width / 60)"
    return {"tickCount": {"expr": every if counts_up_to is None else f"min({every}, {max(1, int(counts_up_to))})"}}


def for_projector(spec: dict, lang: str) -> dict:
    """A copy of ``spec`` for a slide: black type of the projector's size, no title of its own (the slide shows it
    larger above), and as large as the box it is drawn for, axes and labels included."""
    slide = copy.deepcopy({key: value for key, value in spec.items() if key != "title"})
    slide["config"] = {**vega_config(lang, PROJECTOR_FONT_SIZE), "text": {"fontSize": PROJECTOR_FONT_SIZE}}
    slide["autosize"] = {"type": "fit", "contains": "padding"}
    return slide


def drawn_width(spec: dict, width_px: int) -> int:
    """The width ``spec`` is drawn at when ``width_px`` is asked: never under the chart's own minimum (MIN_WIDTH)."""
    return max(width_px, spec.get("usermeta", {}).get(MIN_WIDTH, 0))


def hover(*lines: str) -> str:
    """A mark's hover text: its lines, empty ones left out."""
    return "; ".join(line for line in lines if line)


def if_columns_fit(columns: int, px: float) -> dict:
    """A transform that keeps a layer's rows only when each of ``columns`` columns across the plot is at least ``px``
    wide as drawn: what is written in a column is left out on a phone rather than run into its neighbours'."""
    return {"filter": f"width / {columns} >= {px}"}
