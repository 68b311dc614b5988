"""The bars of one region's list on a slide (dashboard.figures.slide_bars), on tiny inline frames."""

import pandas as pd

from dashboard.figures.slide_bars import HEADROOM, slide_bars

FRAME = pd.DataFrame({"label": ["Schulden", "Taal", "Vervoer"], "presence": [3, 2, 1], "mark": [" #2", "", " † #1"]})
COLUMNS = {"label": "filters.obstacle", "presence": "unit.presence"}


def test__slide_bars__names_every_row_as_its_own_tick_top_down():
    fig = slide_bars(FRAME, "label", "presence", ["Uitdagingen"], 6, "T", 0, columns=COLUMNS, lang="nl").figure
    assert list(fig.layout.yaxis.tickvals) == list(fig.layout.yaxis.ticktext) == ["Schulden", "Taal", "Vervoer"]
    assert list(fig.layout.yaxis.categoryarray) == ["Vervoer", "Taal", "Schulden"]  # plotly draws the first at the bottom
    assert list(fig.data[0].y) == ["Schulden", "Taal", "Vervoer"]


def test__slide_bars__axis_ends_at_the_scale_it_is_given_not_at_its_own_largest():
    small = slide_bars(FRAME, "label", "presence", ["U"], 6, "T", 0, columns=COLUMNS, lang="nl").figure
    assert small.layout.xaxis.range == (0, 6 * HEADROOM)


def test__slide_bars__marks_follow_the_number():
    fig = slide_bars(FRAME, "label", "presence", ["U"], 6, "T", 0, marks=FRAME["mark"], columns=COLUMNS, lang="nl").figure
    assert list(fig.data[0].text) == ["3 #2", "2", "1 † #1"]


def test__slide_bars__numbers_are_written_as_the_language_writes_them_with_the_decimals_asked():
    weighted = FRAME.assign(presence=[1.0, 0.5, 0.167])
    assert list(slide_bars(weighted, "label", "presence", ["U"], 1, "T", 2, columns=COLUMNS, lang="nl").figure.data[0].text) == [
        "1,00", "0,50", "0,17"]
    assert list(slide_bars(weighted, "label", "presence", ["U"], 1, "T", 2, columns=COLUMNS, lang="en").figure.data[0].text) == [
        "1.00", "0.50", "0.17"]


def test__slide_bars__mutes_the_rows_not_highlighted():
    fig = slide_bars(FRAME, "label", "presence", ["U"], 6, "T", 0, highlighted=pd.Series([False, True, False]), columns=COLUMNS,
                     lang="nl").figure
    colours = list(fig.data[0].marker.color)
    assert colours[1] != colours[0] == colours[2]


def test__slide_bars__says_what_the_bars_count_above_them_a_line_each():
    chart = slide_bars(FRAME, "label", "presence", ["Aantal uitdagingen", "#n = rang"], 6, "T", 0, columns=COLUMNS, lang="nl")
    assert chart.figure.layout.annotations[0].text == "Aantal uitdagingen<br>#n = rang"
    assert list(chart.rows.columns) == ["Obstakel", "Aantal uitdagingen waarin de regio het noemt"] and len(chart.rows) == 3
