"""The bars of one region's list on a slide (dashboard.figures.slide_bars), on tiny inline frames."""

import pandas as pd

from dashboard.figures.slide_bars import slide_bars
from dashboard.figures.vega_chart import HEADROOM

FRAME = pd.DataFrame({"label": ["Schulden", "Taal", "Vervoer"], "presence": [3, 2, 1], "mark": [" #2", "", " † #1"]})
COLUMNS = {"label": "filters.obstacle", "presence": "unit.presence"}


def _bars(spec: dict) -> dict:
    return spec["layer"][0]["encoding"]


def _rows(spec: dict, field: str) -> list:
    return [row[field] for row in spec["data"]["values"]]


def test__slide_bars__names_every_row_top_down():
    spec = slide_bars(FRAME, "label", "presence", ["Uitdagingen"], 6, "T", 0, columns=COLUMNS, lang="nl").figure
    assert _bars(spec)["y"]["sort"] == _rows(spec, "label") == ["Schulden", "Taal", "Vervoer"]


def test__slide_bars__axis_ends_at_the_scale_it_is_given_not_at_its_own_largest():
    small = slide_bars(FRAME, "label", "presence", ["U"], 6, "T", 0, columns=COLUMNS, lang="nl").figure
    assert _bars(small)["x"]["scale"]["domain"] == [0, 6 * HEADROOM]


def test__slide_bars__marks_follow_the_number():
    spec = slide_bars(FRAME, "label", "presence", ["U"], 6, "T", 0, marks=FRAME["mark"], columns=COLUMNS, lang="nl").figure
    assert _rows(spec, "written") == ["3 #2", "2", "1 † #1"]


def test__slide_bars__numbers_are_written_as_the_language_writes_them_with_the_decimals_asked():
    weighted = FRAME.assign(presence=[1.0, 0.5, 0.167])
    assert _rows(slide_bars(weighted, "label", "presence", ["U"], 1, "T", 2, columns=COLUMNS, lang="nl").figure, "written") == [
        "1,00", "0,50", "0,17"]
    assert _rows(slide_bars(weighted, "label", "presence", ["U"], 1, "T", 2, columns=COLUMNS, lang="en").figure, "written") == [
        "1.00", "0.50", "0.17"]


def test__slide_bars__mutes_the_rows_not_highlighted():
    spec = slide_bars(FRAME, "label", "presence", ["U"], 6, "T", 0, highlighted=pd.Series([False, True, False]), columns=COLUMNS,
                      lang="nl").figure
    colours = _rows(spec, "colour")
    assert colours[1] != colours[0] == colours[2]


def test__slide_bars__says_what_the_bars_count_above_them_a_line_each():
    chart = slide_bars(FRAME, "label", "presence", ["Aantal uitdagingen", "#n = rang"], 6, "T", 0, columns=COLUMNS, lang="nl")
    [measure] = chart.figure["layer"][-1]["data"]["values"]
    assert measure["lines"] == ["Aantal uitdagingen", "#n = rang"]
    assert list(chart.rows.columns) == ["Obstakel", "Aantal uitdagingen waarin de regio het noemt"] and len(chart.rows) == 3
