"""Unit tests of the persona charts (dashboard.figures.persona_charts): what each says it drew, on tiny inline frames."""

import pandas as pd

from dashboard.figures.persona_charts import persona_bars, persona_region_bars, persona_region_dots
from dashboard.text.i18n import tr
from tests.test_section_bars import drawn_texts

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


def test__persona_region_bars__a_segment_per_citing_region_in_its_colour_most_cited_on_top():
    chart = persona_region_bars(MATRIX, NAMES, COLOURS, "T", "rank", "regions", {"Pia": "A young mother"}, lang="en")
    [bars] = chart.figure["layer"]
    assert [(row["persona"], row["region"]) for row in chart.figure["data"]["values"]] == [
        ("Pia", "Alfa"), ("Pia", "Beta"), ("Quinn", "Beta")]  # Rik cited nowhere: no bar
    assert bars["encoding"]["y"]["sort"] == ["Pia", "Quinn"]
    assert bars["encoding"]["color"]["scale"] == {"domain": ["Alfa", "Beta"], "range": ["#000000", "#ffffff"]}
    assert bars["encoding"]["color"]["legend"]["orient"] == "top"
    assert chart.description == tr("a11y.description", "en", text="T — " + tr("a11y.series", "en", n=2, names="Alfa, Beta"))
    rows = chart.rows.set_index(tr("col.persona", "en"))
    assert list(rows.index) == ["Pia", "Quinn", "Rik"] and rows["Beta"].tolist() == [2, 1, pd.NA]
    assert chart.legend == "Alfa, Beta"


def test__persona_region_bars__drawn_with_who_cites_on_hover_and_whole_regions_on_the_axis():
    chart = persona_region_bars(MATRIX, NAMES, COLOURS, "T", "rank", "regions", {"Pia": "A young mother"}, lang="en")
    hovers, written = drawn_texts(chart.figure)
    assert {"Pia · Alfa · rank 1; A young mother", "Pia · Beta · rank 2; A young mother", "Quinn · Beta · rank 1"} <= set(hovers)
    assert [t for t in written if t[:1].isdigit()] == ["0", "1", "2"]  # the axis counts regions, in whole numbers
    assert {"Alfa", "Beta", "regions"} <= set(written)  # the legend and the axis' title


def test__persona_region_bars__one_region_is_described_by_its_bars():
    chart = persona_region_bars(MATRIX[["a"]], NAMES, COLOURS, "T", "rank", "regions", lang="en")
    assert chart.description == tr("a11y.description", "en", text="T — " + tr("a11y.bars", "en", n=1, top="Pia (1)"))


def test__persona_region_dots__a_dot_per_citing_region_with_its_rank_and_regions_on_the_axis():
    chart = persona_region_dots(MATRIX, NAMES, "T", "rank", {"Quinn": "A pensioner"}, lang="en")
    dots = chart.figure["layer"][0]["encoding"]
    assert sorted((row["region"], row["persona"], row["rank"]) for row in chart.figure["data"]["values"]) == [
        ("Alfa", "Pia", 1), ("Beta", "Pia", 2), ("Beta", "Quinn", 1)]
    assert dots["x"]["scale"]["domain"] == ["Alfa", "Beta"]  # every region named, in dataset order
    assert dots["x"]["axis"]["orient"] == "top" and dots["x"]["axis"]["labelAngle"] == -90  # above, upright
    assert dots["y"]["scale"]["domain"] == ["Pia", "Quinn"]  # most cited on top; Rik cited nowhere
    assert chart.description == tr("a11y.description", "en", text="T — " + tr(
        "a11y.grid", "en", rows=2, cols=2, filled=3, top="Beta · Pia (2), Alfa · Pia (1), Beta · Quinn (1)"))
    assert chart.rows.set_index(tr("col.persona", "en"))["Beta"].tolist() == [2, 1, pd.NA]
    hovers, written = drawn_texts(chart.figure)
    assert "Quinn · Beta · rank 1; A pensioner" in hovers
    assert sorted(t for t in written if t.isdigit()) == ["1", "1", "2"]  # the ranks, on the dots


def test__persona_region_dots__on_a_phone_many_regions_get_smaller_dots_and_no_rank_on_them():
    ids = [f"r{i}" for i in range(43)]
    matrix = pd.DataFrame(1.0, index=["Pia"], columns=ids)
    chart = persona_region_dots(matrix, {r: r.upper() for r in ids}, "T", "rank", lang="en")
    assert [t for t in drawn_texts(chart.figure, 1000)[1] if t.isdigit()] == ["1"] * 43
    assert [t for t in drawn_texts(chart.figure, 360)[1] if t.isdigit()] == []
