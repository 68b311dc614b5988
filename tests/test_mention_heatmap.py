"""Unit tests of the clickable heatmap (dashboard.figures.mention_heatmap, service_heatmap) on tiny inline frames."""

import pandas as pd

from dashboard.core.counting import count_matrix
from dashboard.figures.map_screen import screen_svg
from dashboard.figures.mention_heatmap import CELL, COLUMN_PX, ROW_PX, UPRIGHT_COLUMN_PX, clicked_cell, mention_heatmap, two_lines
from dashboard.figures.vega_chart import MIN_WIDTH
from dashboard.ui.drawing_component import WIDE_PX, scrolls
from dashboard.figures.service_heatmap import service_heatmap
from dashboard.text.i18n import tr
from dashboard.core.scope import Scope
from tests.frames import tiny


def _layer(spec: dict, mark: str, named: bool) -> dict:
    """The heatmap's layer of ``mark`` for the filled (``named``) or the empty cells."""
    return next(layer for layer in spec["layer"] if layer["mark"]["type"] == mark
                and layer.get("transform") == [{"filter": "datum.named" if named else "!datum.named"}])


def test__service_heatmap__draws_every_cell_once():
    ds = tiny()
    scope = Scope(ds, ("a", "b"))
    matrix = count_matrix(scope, scope.service_mentions(), "service_type", "nl")
    spec = service_heatmap(matrix, "t", "presence", "challenges", "rank", scale_max=2, columns={}, lang="nl").figure
    assert len(spec["data"]["values"]) == len(matrix) == 4
    svg = screen_svg(spec, [], 1000)
    assert svg.count('role="graphics-symbol" aria-roledescription="rect mark"') == 4  # two filled, two empty


def test__mention_heatmap__a_click_on_a_filled_cell_selects_its_region_and_category():
    spec = _heatmap()[1].figure
    assert _layer(spec, "rect", named=True)["params"] == [{"name": CELL, "select": {"type": "point", "fields": [CELL]}}]
    svg = screen_svg(spec, [], 1000)
    assert sorted(svg.split('data-code="')[i].split('"')[0] for i in (1, 2)) == ["a|taalhulp", "b|vervoer"]  # filled only
    assert clicked_cell({"selection": {CELL: [{CELL: "b|vervoer"}]}}) == ("b", "vervoer")
    assert clicked_cell({"selection": {}}) is None and clicked_cell(None) is None


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


def test__mention_heatmap__is_as_tall_as_its_rows_and_hovers_in_the_reader_s_words():
    matrix, chart = _heatmap(lang="en")
    assert chart.figure["height"] == ROW_PX * matrix["service_type"].nunique()
    hovers = {row["cell"]: row["hover"] for row in chart.figure["data"]["values"]}
    assert hovers["a|taalhulp"].startswith("Alfa · Taalhulp: 2 (challenges)") and hovers["a|vervoer"] == "Alfa · Vervoer: 0 (challenges)"


def test__mention_heatmap__whole_counts_get_a_whole_number_colour_scale():
    legend = _layer(_heatmap()[1].figure, "rect", named=True)["encoding"]["color"]["legend"]
    assert legend["format"] == "d" and legend["values"] == [0, 1, 2]


def test__mention_heatmap__the_saved_image_carries_the_source_and_what_n_means():
    svg = screen_svg(_heatmap("Bron: Lokaal Addendum A, 2023")[1].figure, [], 1000)
    assert "#n = rank" in svg and "Bron: Lokaal Addendum A, 2023" in svg


def test__mention_heatmap__past_five_regions_their_names_stand_upright_above_the_cells():
    def drawn(n: int):
        names = [f"Regio {i:02d} Zuid-West-Vlaanderen" for i in range(n)]
        matrix = pd.DataFrame({"region": names, "region_id": [f"r{i}" for i in range(n)], "service_type": "Taalhulp",
                               "service_type_id": "taal", "mentions": 1, "presence": 1.0, "is_measure_dependent": False,
                               "robustness": "", "caveat": ""})
        return mention_heatmap(matrix, "service_type", "t", "presence", "p", scale_max=2, columns={}, lang="en").figure
    five, twelve = drawn(5), drawn(12)
    top = {n: spec["layer"][1]["encoding"]["x"]["axis"] for n, spec in ((5, five), (12, twelve))}
    assert top[5]["labelAngle"] == 0 and top[12]["labelAngle"] == -90 and top[5]["orient"] == top[12]["orient"] == "top"
    headers = {n: spec["layer"][1]["encoding"]["x"]["sort"] for n, spec in ((5, five), (12, twelve))}
    assert "\n" in headers[5][0] and "\n" not in headers[12][0]  # side by side on two lines; upright on one
    # a column is never squeezed under its width: past the page's width the drawing is as wide as its columns
    assert twelve["usermeta"][MIN_WIDTH] - five["usermeta"][MIN_WIDTH] == 12 * UPRIGHT_COLUMN_PX - 5 * COLUMN_PX
    assert f'width="{twelve["usermeta"][MIN_WIDTH]}"' in screen_svg(twelve, [], 360)


def test__two_lines__breaks_a_long_name_after_a_hyphen_or_space_never_inside_a_word():
    assert two_lines("Midden-West-Vlaanderen") == "Midden-West-\nVlaanderen"
    assert two_lines("Regio Oostende") == "Regio\nOostende"
    assert two_lines("Westhoek") == "Westhoek"
    assert two_lines("Huisvestingsproblemen") == "Huisvestingsproblemen"


def test__mention_heatmap__no_key_to_ranks_when_no_cell_shows_one():
    scope = Scope(tiny(), ("a",))  # Alfa ranks none of its services (tiny(): only Beta gives a rank)
    matrix = count_matrix(scope, scope.service_mentions(), "service_type", "nl")
    spec = service_heatmap(matrix, "t", "presence", "challenges", "rank", "Bron: A", scale_max=2, columns={}, lang="nl").figure
    [footnote] = spec["layer"][-1]["data"]["values"]
    assert footnote["lines"] == ["Bron: A"]


def test__mention_heatmap__colours_from_zero_to_the_scale_given_and_says_it_is_the_same_everywhere():
    colour = _layer(_heatmap(scale=7)[1].figure, "rect", named=True)["encoding"]["color"]
    assert colour["scale"]["domain"] == [0, 7] and colour["scale"]["clamp"]
    title = " ".join(colour["title"])
    assert tr("heatmap.same_scale", "nl") in title and "donkerste" not in title


def test__mention_heatmap__a_value_past_the_scale_is_said_to_take_the_darkest_colour():
    colour = _layer(_heatmap(scale=1)[1].figure, "rect", named=True)["encoding"]["color"]
    assert "boven 1: donkerste kleur" in " ".join(colour["title"])


def test__mention_heatmap__marks_stand_on_a_line_of_their_own_under_the_value():
    # tiny(): Beta ranks Vervoer #1 (region-wide, 1 challenge); Alfa's Taalhulp (2) has no mark
    cells = {row["cell"]: (row["written"], row["marks"]) for row in _heatmap()[1].figure["data"]["values"]}
    assert cells["a|taalhulp"] == ("2", "") and cells["b|vervoer"] == ("1", "#1") and cells["a|vervoer"] == ("", "")
    value, marks = (_layer(_heatmap()[1].figure, "text", named=True), next(
        layer for layer in _heatmap()[1].figure["layer"] if layer.get("transform") == [{"filter": "datum.marks"}]))
    assert marks["mark"]["dy"] > 0 and "datum.marks" in value["mark"]["dy"]["expr"]  # the value moves up for its marks


def test__scrolls__a_laptop_s_page_holds_twelve_regions_shrunk_a_little_but_not_forty_three():
    def drawn(n: int):
        matrix = pd.DataFrame({"region": [f"Regio {i:02d}" for i in range(n)], "region_id": [f"r{i}" for i in range(n)],
                               "service_type": "Digitale kloof: geen toestel of te weinig digitale vaardigheden",
                               "service_type_id": "digitaal", "mentions": 1, "presence": 1.0, "is_measure_dependent": False,
                               "robustness": "", "caveat": ""})
        return mention_heatmap(matrix, "service_type", "t", "presence", "p", scale_max=2, columns={}, lang="nl")
    assert not scrolls(drawn(5), WIDE_PX) and not scrolls(drawn(12), WIDE_PX) and scrolls(drawn(43), WIDE_PX)
    assert scrolls(drawn(5), 360)  # a phone
