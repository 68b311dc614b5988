"""One region's list on a presentation slide: a bar per row with its label beside it, on one scale for the whole walk.

A slide shows one region, so a heatmap of it would be a single column of cells with two-thirds of the
slide empty. Bars fill the width, every label is named beside its own bar, and the axis runs to ``scale_max``
(the largest value of the measure over every region of the walk), so a bar of 2 is as long on every slide.
A Vega-Lite chart (dashboard.figures.vega_chart), set in the slide's type by ``vega_chart.for_projector``.
"""

import pandas as pd

from dashboard.figures import describe
from dashboard.figures.chart import Chart
from dashboard.figures.style import NO_DATA
from dashboard.figures.vega_chart import HOVER, hover, layered, value_axis
from dashboard.text.i18n import localise_columns
from dashboard.text.numbers import number

BAR_COLOUR = "#0072B2"
ROW_PX = 40  # a row on the page; on a slide the rows share its height


def slide_bars(frame: pd.DataFrame, label: str, value: str, measure: list[str], scale_max: float, title: str,
               decimals: int, *,
               marks: pd.Series | None = None, highlighted: pd.Series | None = None, columns: dict[str, str],
               lang: str) -> Chart:
    """Horizontal bars of ``frame``'s ``value`` per ``label``, in ``frame``'s order from the top, each with its
    value to ``decimals``; ``measure`` says in a line or two what the bars count, above them at the right.

    ``marks`` (text aligned with ``frame``, such as " #2") follow a bar's number; rows where
    ``highlighted`` is False are muted. The table shows ``columns`` (column -> i18n key of its label).
    """
    labels = list(frame[label])
    written = frame[value].map(lambda v: number(v, lang, decimals)) + (marks if marks is not None else "")
    kept = highlighted if highlighted is not None else pd.Series(True, frame.index)
    rows = pd.DataFrame({"label": labels, "value": frame[value].astype(float).to_numpy(), "written": written.to_numpy(),
                         "colour": [BAR_COLOUR if keep else NO_DATA for keep in kept],
                         HOVER: [hover(f"{name}: {text}") for name, text in zip(labels, written)]})
    # every row named whole: in a projector's type the longest (63 characters) takes 750 px, past any fixed limit
    y = {"field": "label", "type": "nominal", "sort": labels, "title": None, "axis": {"labelLimit": 0}}
    x = {"field": "value", **value_axis(None, max(scale_max, 1), float(scale_max).is_integer())}
    spec = layered(title, rows, [
        {"mark": {"type": "bar"},
         "encoding": {"y": y, "x": x, "color": {"field": "colour", "type": "nominal", "scale": None},
                      "description": {"field": HOVER}}},
        {"mark": {"type": "text", "align": "left", "dx": 6, "aria": False}, "encoding": {"y": y, "x": x, "text": {"field": "written"}}},
        # what the bars count, above them at the right: as an axis title it would be centred under the bars
        {"data": {"values": [{"lines": measure}]},
         "mark": {"type": "text", "align": "right", "baseline": "bottom", "dy": -8, "aria": False},
         "encoding": {"text": {"field": "lines"}, "x": {"value": {"expr": "width"}}, "y": {"value": 0}}},
    ], height=ROW_PX * len(rows), lang=lang)
    text = describe.bars({measure[0]: (labels, list(frame[value]))}, lang)
    return Chart(spec, title, localise_columns(frame, columns, lang), measure[0], describe.sentence(title, text, lang))
