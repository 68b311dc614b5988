"""Unit tests of the clickable heatmap (dashboard.figures.mention_heatmap, service_heatmap) on tiny inline frames."""

import pandas as pd

from dashboard.core.counting import count_matrix
from dashboard.figures.mention_heatmap import BOTTOM_PX, ROW_PX, TOP_PX, mention_heatmap, two_lines
from dashboard.figures.service_heatmap import service_heatmap
from dashboard.text.i18n import tr
from dashboard.core.scope import Scope
from tests.frames import tiny


def test__service_heatmap__draws_every_cell_once():
    ds = tiny()
    scope = Scope(ds, ("a", "b"))
    matrix = count_matrix(scope, scope.service_mentions(), "service_type", "nl")
    fig = service_heatmap(matrix, "t", "presence", "challenges", "rank", scale_max=2, columns={}, lang="nl").figure
    assert sum(len(trace.x) for trace in fig.data) == len(matrix) == 4


def _heatmap(source: str = "", lang: str = "nl", scale: float = 2):
    scope = Scope(tiny(), ("a", "b"))
    matrix = count_matrix(scope, scope.service_mentions(), "service_type", "nl")
    return matrix, service_heatmap(matrix, "t", "presence", "challenges", "rank", source, scale_max=scale, lang=lang,
                                   columns={"service_type": "col.service_type", "region": "col.region",
                                            "presence": "unit.presence"})


def test__service_heatmap__tables_every_cell_and_names_the_largest_filled_ones():
    # tiny(): Alfa names Taalhulp in 2 challenges, Beta names Vervoer region-wide (1); the other two cells are empty
    _, chart = _heatmap(lang="en")
    assert chart.rows.to_dict("list") == {tr("col.service_type", "en"): ["Taalhulp", "Taalhulp", "Vervoer", "Vervoer"],
                                          tr("col.region", "en"): ["Alfa", "Beta", "Alfa", "Beta"],
                                          tr("unit.presence", "en"): [2, 0, 0, 1]}
    assert chart.description == tr("a11y.description", "en", text="t — " + tr(
        "a11y.grid", "en", rows=2, cols=2, filled=2, top="Alfa · Taalhulp (2), Beta · Vervoer (1)"))
    assert chart.legend == "challenges" and chart.title == "t" and not chart.is_map


def test__mention_heatmap__is_as_tall_as_its_rows_and_headers_stay_under_the_title():
    matrix, chart = _heatmap()
    fig, rows = chart.figure, matrix["service_type"].nunique()
    assert fig.layout.height == ROW_PX * rows + TOP_PX + BOTTOM_PX
    assert fig.layout.margin.t == TOP_PX and fig.layout.title.yref == "container" and fig.layout.xaxis.tickangle == 0


def test__mention_heatmap__whole_counts_get_a_whole_number_colour_scale():
    fig = _heatmap()[1].figure
    bar = next(t for t in fig.data if t.marker.colorbar.title.text).marker.colorbar
    assert bar.tickformat == "d" and bar.dtick == 1


def test__mention_heatmap__the_saved_image_carries_the_source_and_what_n_means():
    fig = _heatmap("Bron: Lokaal Addendum A, 2023")[1].figure
    footnote = fig.layout.annotations[0].text
    assert "#n = rank" in footnote and "Bron: Lokaal Addendum A, 2023" in footnote


def test__mention_heatmap__past_five_regions_their_names_stand_upright_above_the_cells():
    def drawn(n: int):
        names = [f"Regio {i:02d} Zuid-West-Vlaanderen" for i in range(n)]
        matrix = pd.DataFrame({"region": names, "region_id": [f"r{i}" for i in range(n)], "service_type": "Taalhulp",
                               "service_type_id": "taal", "mentions": 1, "presence": 1.0, "is_measure_dependent": False,
                               "robustness": "", "caveat": ""})
        return mention_heatmap(matrix, "service_type", "t", "presence", "p", scale_max=2, columns={}, lang="en").figure
    five, twelve = drawn(5), drawn(12)
    assert five.layout.xaxis.tickangle == 0 and "<br>" in five.layout.xaxis.ticktext[0]  # side by side, on two lines
    assert twelve.layout.xaxis.tickangle == -90 and list(twelve.layout.xaxis.ticktext) == list(twelve.layout.xaxis.tickvals)
    assert five.layout.margin.t == TOP_PX and twelve.layout.margin.t > 6 * len("Regio 00 Zuid-West-Vlaanderen") + 60  # under the title
    # five fill the page's width; twelve get a column of their own width each, the cells' 42 px and a gap
    plot_width = twelve.layout.width - twelve.layout.margin.l - twelve.layout.margin.r
    assert five.layout.width is None and plot_width / 12 > 42
    assert list(twelve.layout.xaxis.range) == [-0.5, 11.5] and list(twelve.layout.yaxis.range) == [-0.5, 0.5]


def test__two_lines__breaks_a_long_name_after_a_hyphen_or_space_never_inside_a_word():
    assert two_lines("Midden-West-Vlaanderen") == "Midden-West-<br>Vlaanderen"
    assert two_lines("Regio Oostende") == "Regio<br>Oostende"
    assert two_lines("Westhoek") == "Westhoek"
    assert two_lines("Huisvestingsproblemen") == "Huisvestingsproblemen"


def test__mention_heatmap__no_key_to_ranks_when_no_cell_shows_one():
    scope = Scope(tiny(), ("a",))  # Alfa ranks none of its services (tiny(): only Beta gives a rank)
    matrix = count_matrix(scope, scope.service_mentions(), "service_type", "nl")
    fig = service_heatmap(matrix, "t", "presence", "challenges", "rank", "Bron: A", scale_max=2, columns={}, lang="nl").figure
    assert "#n" not in fig.layout.annotations[0].text and "Bron: A" in fig.layout.annotations[0].text


def test__mention_heatmap__colours_from_zero_to_the_scale_given_and_says_it_is_the_same_everywhere():
    marker = next(t for t in _heatmap(scale=7)[1].figure.data if t.marker.colorbar.title.text).marker
    assert (marker.cmin, marker.cmax) == (0, 7)
    title = marker.colorbar.title.text.replace("<br>", " ")
    assert tr("heatmap.same_scale", "nl") in title and "donkerste" not in title


def test__mention_heatmap__a_value_past_the_scale_is_said_to_take_the_darkest_colour():
    bar = next(t for t in _heatmap(scale=1)[1].figure.data if t.marker.colorbar.title.text).marker.colorbar
    assert "boven 1: donkerste kleur" in bar.title.text.replace("<br>", " ")


def test__mention_heatmap__marks_stand_on_a_line_of_their_own_under_the_value():
    # tiny(): Beta ranks Vervoer #1 (region-wide, 1 challenge); Alfa's Taalhulp (2) has no mark
    texts = next(t for t in _heatmap()[1].figure.data if t.text is not None).text
    assert "2" in texts and any(text.startswith("1<br>") and "#1" in text for text in texts)
