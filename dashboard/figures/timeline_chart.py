"""Gantt-style chart of the call's timeline: one row per region, a point per day, a line per period (a Vega-Lite chart,
dashboard.figures.vega_chart)."""

import pandas as pd

from dashboard.core.vocabularies import EVENTS
from dashboard.figures import describe
from dashboard.figures.chart import Chart
from dashboard.figures.vega_chart import HOVER, hover, layered
from dashboard.text.dates import D3_FORMATS
from dashboard.text.i18n import localise_columns

# Shapes Vega lacks, as paths in the square from -1 to 1 that Vega scales its shapes from
HEXAGON = "M0,-1L0.87,-0.5L0.87,0.5L0,1L-0.87,0.5L-0.87,-0.5Z"
PENTAGON = "M0,-1L0.95,-0.31L0.59,0.81L-0.59,0.81L-0.95,-0.31Z"
HOURGLASS = "M-0.8,-0.9L0.8,-0.9L-0.8,0.9L0.8,0.9Z"
STAR = "M0,-1L0.22,-0.31L0.95,-0.31L0.36,0.12L0.59,0.81L0,0.38L-0.59,0.81L-0.36,0.12L-0.95,-0.31L-0.22,-0.31Z"
RING = "M1,0A1,1,0,1,1,-1,0A1,1,0,1,1,1,0ZM0.6,0A0.6,0.6,0,1,0,-0.6,0A0.6,0.6,0,1,0,0.6,0Z"  # hollow, filled as a legend's symbols are
INFERRED = "#555555"  # the legend's hollow symbol of an inferred year

# Okabe-Ito hues and a distinct shape per step (in the dictionary's order of the steps), so steps differ without colour too
EVENT_STYLE = dict(zip(EVENTS, [("#999999", HEXAGON), ("#56B4E9", PENTAGON), ("#0072B2", "circle"), ("#D55E00", "diamond"),
                                ("#882255", "triangle-down"), ("#44AA99", HOURGLASS), ("#009E73", "square"),
                                ("#332288", "triangle-left"), ("#CC79A7", "triangle-up"), ("#AA4499", "cross"),
                                ("#E69F00", STAR)], strict=True))
SELECTION = "step"  # the point selection a click on a step makes, by the fact it rests on
ROW_PX = 64  # a region's row: its name above its points
POINT_PX = 16  # a point's width
LINE_PX = 9  # a period's line


def timeline_chart(rows: pd.DataFrame, region_order: list[str], event_labels: dict[str, str], inferred_label: str,
                   title: str, *, columns: dict[str, str], lang: str) -> Chart:
    """Steps of ``rows`` (see timeline.timeline_rows) per region, first region on top; a year the text does not give
    is drawn hollow and dotted, and named in the legend below. A click on a day selects its step's ``fact_id``
    (``clicked_fact``), so the page can open the quote behind it. The table shows ``columns`` (column -> i18n key of
    its label) of ``rows``."""
    events = [event for event in EVENT_STYLE if (rows["event"] == event).any()]
    steps = [event_labels[event] for event in events]
    inferred = [inferred_label] if rows["is_year_inferred"].any() else []
    drawn = pd.DataFrame({
        "region": rows["region"], "step": rows["event"].map(event_labels), "fact_id": rows["fact_id"],
        "start": [_iso(day) for day in rows["start_date"]], "end": [_iso(day) for day in rows["end_date"]],
        "colour": rows["event"].map(lambda event: EVENT_STYLE[event][0]), "inferred": rows["is_year_inferred"].astype(bool),
        HOVER: [hover(f"{region} · {event_labels[event]}: {dates}")
                for region, event, dates in zip(rows["region"], rows["event"], rows["dates"])]})
    when = {"type": "temporal", "title": None, "scale": {"type": "utc", "padding": POINT_PX},
            "axis": {"orient": "top", "format": D3_FORMATS[lang], "tickCount": {"expr": "ceil(width / 110)"}}}
    # each region's name above its row, inside the plot: beside it, the names took half a phone's width
    y = {"field": "region", "type": "nominal", "title": None, "sort": region_order, "scale": {"domain": region_order},
         "axis": {"grid": True, "ticks": False, "domain": False, "labelAlign": "left", "labelBaseline": "bottom",
                  "labelPadding": 0, "labelOffset": -(POINT_PX // 2 + 4), "labelLimit": {"expr": "width"}}}
    stroke = {"field": "colour", "type": "nominal", "scale": None}
    named = steps + inferred  # the legend's entries
    spec = layered(title, drawn, [
        {"transform": [{"filter": "datum.end"}], "mark": {"type": "rule", "strokeWidth": LINE_PX, "aria": False},
         "encoding": {"x": {**when, "field": "start"}, "x2": {"field": "end"}, "y": y, "stroke": stroke,
                      "strokeDash": {"condition": {"test": "datum.inferred", "value": [2, 6]}, "value": [1, 0]}}},
        {"transform": [{"fold": ["start", "end"], "as": ["edge", "day"]}, {"filter": "datum.day"}],
         "params": [{"name": SELECTION, "select": {"type": "point", "fields": ["fact_id"]}}],
         "mark": {"type": "point", "filled": True, "size": POINT_PX ** 2, "strokeWidth": 2, "opacity": 1},
         "encoding": {
             "x": {**when, "field": "day"}, "y": y, "stroke": stroke,
             "color": {"field": "step", "type": "nominal", "title": None,
                       "scale": {"domain": named, "range": [EVENT_STYLE[e][0] for e in events] + [INFERRED] * len(inferred)},
                       "legend": {"orient": "bottom", "direction": "horizontal", "labelLimit": 320, "symbolSize": POINT_PX ** 2,
                                  "columns": {"expr": "max(1, floor(width / 210))"}}},  # as many as the width holds
             "shape": {"field": "step", "type": "nominal", "title": None,
                       "scale": {"domain": named, "range": [EVENT_STYLE[e][1] for e in events] + [RING] * len(inferred)}},
             "fillOpacity": {"condition": {"test": "datum.inferred", "value": 0}, "value": 1},
             "description": {"field": HOVER}}},
    ], height=ROW_PX * len(region_order), lang=lang)
    return Chart(spec, title, localise_columns(rows, columns, lang), ", ".join(named),
                 describe.sentence(title, describe.named_series(steps, lang), lang))


def clicked_fact(event: dict | None) -> str | None:
    """The fact behind the step a click chose on a ``timeline_chart`` (the drawing's selection, as
    dashboard.ui.drawing_component returns it), or None before any click."""
    points = (event or {}).get("selection", {}).get(SELECTION, [])
    return points[0]["fact_id"] if points else None


def _iso(day) -> str | None:
    """A day as Vega reads it (at midnight UTC, as the axis counts), None when missing."""
    return pd.Timestamp(day).strftime("%Y-%m-%d") if pd.notna(day) else None
