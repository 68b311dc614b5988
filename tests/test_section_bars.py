"""Unit tests of the bars by part of the text (dashboard.figures.section_bars): what they say they drew."""

import html
import re

import pandas as pd

from dashboard.figures.map_screen import screen_svg
from dashboard.figures.section_bars import section_bars
from dashboard.text.i18n import tr

REGIONS, PARTS = ["Alfa", "Beta"], ["uitdaging", "verrijking", "arena"]
COUNTS = pd.DataFrame({"region": ["Alfa", "Alfa", "Beta"], "part": ["uitdaging", "verrijking", "uitdaging"], "n": [2, 1, 4]})


def drawn_texts(spec: dict, width_px: int = 600) -> tuple[list[str], list[str]]:
    """The hover texts of the drawing of ``spec`` as the page gets it (its marks' aria-labels) and the texts written in it."""
    svg = screen_svg(spec, [], width_px)
    return re.findall(r'aria-label="([^"]*)"', svg), [html.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]


def test__section_bars__a_part_nobody_counts_is_neither_drawn_nor_in_the_legend():
    chart = section_bars(COUNTS, REGIONS, PARTS, "facts", "T", columns={"region": "col.region", "n": "sources.count"},
                         lang="en")
    colour = chart.figure["layer"][0]["encoding"]["color"]
    assert colour["scale"]["domain"] == ["uitdaging", "verrijking"] and chart.legend == "uitdaging, verrijking"
    assert {row["part"] for row in chart.figure["data"]["values"]} == {"uitdaging", "verrijking"}
    assert chart.description == tr("a11y.description", "en", text="T — " + tr(
        "a11y.series", "en", n=2, names="uitdaging, verrijking"))
    assert chart.rows.to_dict("list") == {tr("col.region", "en"): ["Alfa", "Alfa", "Beta"],
                                          tr("sources.count", "en"): [2, 1, 4]}


def test__section_bars__one_part_is_described_by_its_largest_bars():
    chart = section_bars(COUNTS[COUNTS["part"] == "uitdaging"], REGIONS, PARTS, "facts", "T", columns={}, lang="nl")
    assert chart.description == tr("a11y.description", "nl", text="T — " + tr("a11y.bars", "nl", n=2, top="Beta (4), Alfa (2)"))


def test__section_bars__legend_above_the_bars_clear_of_the_axis_and_hover_in_the_reader_s_numbers():
    spec = section_bars(COUNTS.assign(n=[2, 1, 1400]), REGIONS, PARTS, "facts", "T", columns={}, lang="nl").figure
    assert spec["layer"][0]["encoding"]["color"]["legend"]["orient"] == "top"
    assert spec["layer"][0]["encoding"]["y"]["sort"] == REGIONS  # first region on top
    assert [row["hover"] for row in spec["data"]["values"]] == ["Alfa · uitdaging: 2", "Alfa · verrijking: 1",
                                                                "Beta · uitdaging: 1.400"]


def test__section_bars__counts_few_facts_in_whole_numbers():
    written = drawn_texts(section_bars(COUNTS.assign(n=[1, 1, 2]), REGIONS, PARTS, "facts", "T", columns={}, lang="en").figure)[1]
    assert [t for t in written if t[:1].isdigit()] == ["0", "1", "2"]  # no tick at 0.5
