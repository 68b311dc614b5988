"""Unit tests of the persona charts (dashboard.figures.persona_charts): what each says it drew, on tiny inline frames."""

import pandas as pd

from dashboard.figures.persona_charts import persona_bars, persona_region_bars, persona_region_dots
from dashboard.text.i18n import tr

FREQUENCY = pd.DataFrame({"persona_id": ["p", "q", "r"], "name": ["Pia", "Quinn", "Rik"], "challenges": [3, 1, 0],
                          "regions": [2, 1, 0], "weighted": [1.5, 1.0, 0.0]})
# persona x region: the rank of the challenge citing it; nobody cites Rik
MATRIX = pd.DataFrame({"a": [1, None, None], "b": [2, 1, None]}, index=["Pia", "Quinn", "Rik"])
NAMES, COLOURS = {"a": "Alfa", "b": "Beta"}, {"a": "#000000", "b": "#ffffff"}


def test__persona_bars__draws_the_cited_describes_the_largest_and_tables_every_persona():
    chart = persona_bars(FREQUENCY, "challenges", "challenges", "T", columns={"name": "col.persona", "challenges": "col.challenges"},
                         lang="en")
    assert [row["name"] for row in chart.figure["data"]["values"]] == ["Pia", "Quinn"]  # most cited on top; Rik: no bar
    assert chart.description == tr("a11y.description", "en", text="T — " + tr("a11y.bars", "en", n=2, top="Pia (3), Quinn (1)"))
    assert chart.rows.to_dict("list") == {tr("col.persona", "en"): ["Pia", "Quinn", "Rik"],
                                          tr("col.challenges", "en"): [3, 1, 0]}
    assert chart.legend == "challenges" and chart.title == "T"


def test__persona_bars__writes_shares_in_the_reader_s_numbers():
    chart = persona_bars(FREQUENCY, "weighted", "weight", "", lines={"Pia": "A young mother"}, columns={}, lang="nl")
    rows = chart.figure["data"]["values"]
    assert [row["written"] for row in rows] == ["1,5", "1"]  # after each bar
    assert [row["hover"] for row in rows] == ["Pia: 1,5; A young mother", "Quinn: 1"]
    assert chart.figure["config"]["locale"]["number"]["decimal"] == ","  # the axis' numbers
    assert chart.description == tr("a11y.description", "nl", text=tr("a11y.bars", "nl", n=2, top="Pia (1,50), Quinn (1)"))


def test__persona_region_bars__names_a_series_per_region_and_tables_the_whole_matrix():
    chart = persona_region_bars(MATRIX, NAMES, COLOURS, "T", "rank", "regions", lang="en")
    assert [list(t.y) for t in chart.figure.data] == [["Quinn", "Pia"]] * 2  # Rik left out of the figure
    assert chart.description == tr("a11y.description", "en", text="T — " + tr("a11y.series", "en", n=2, names="Alfa, Beta"))
    rows = chart.rows.set_index(tr("col.persona", "en"))
    assert list(rows.index) == ["Pia", "Quinn", "Rik"] and rows["Beta"].tolist() == [2, 1, pd.NA]
    assert chart.legend == "Alfa, Beta"


def test__persona_region_bars__one_region_is_described_by_its_bars():
    chart = persona_region_bars(MATRIX[["a"]], NAMES, COLOURS, "T", "rank", "regions", lang="en")
    assert chart.description == tr("a11y.description", "en", text="T — " + tr("a11y.bars", "en", n=1, top="Pia (1)"))


def test__persona_region_dots__a_dot_per_citing_region_with_its_rank_and_regions_on_the_axis():
    chart = persona_region_dots(MATRIX, NAMES, "T", "rank", lang="en")
    [dots] = chart.figure.data
    assert sorted(zip(dots.x, dots.y, dots.text)) == [("Alfa", "Pia", "1"), ("Beta", "Pia", "2"), ("Beta", "Quinn", "1")]
    assert list(chart.figure.layout.xaxis.categoryarray) == ["Alfa", "Beta"]  # every region named, in dataset order
    assert list(chart.figure.layout.yaxis.categoryarray) == ["Quinn", "Pia"]  # most cited on top; Rik cited nowhere
    assert chart.description == tr("a11y.description", "en", text="T — " + tr(
        "a11y.grid", "en", rows=2, cols=2, filled=3, top="Beta · Pia (2), Alfa · Pia (1), Beta · Quinn (1)"))
    assert chart.rows.set_index(tr("col.persona", "en"))["Beta"].tolist() == [2, 1, pd.NA]
