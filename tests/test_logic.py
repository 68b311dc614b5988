"""Unit tests of the dashboard's pure functions on tiny inline frames."""

import geopandas as gpd
import pandas as pd
from shapely.geometry import box

from dashboard.data import Dataset
from dashboard.figures.regions_map import Layer, category_map, feature_collection, view_of
from dashboard.figures.service_heatmap import service_heatmap
from dashboard.filters import Filters, filter_options, ids_for, selected_regions, unknown_values
from dashboard.personas import persona_frequency, persona_region_matrix
from dashboard.quotes import collapse_whitespace, quote_in_source
from dashboard.services import service_matrix, service_mentions


def tiny() -> Dataset:
    tables = {
        "regions": pd.DataFrame({"region_id": ["a", "b"], "name": ["Alfa", "Beta"]}),
        "personas": pd.DataFrame({"persona_id": ["saled", "nora", "roy"], "name": ["Saled", "Nora", "Roy"]}),
        "obstacles": pd.DataFrame({"obstacle_id": ["taal", "mobiliteit"], "label_nl": ["Taal", "Mobiliteit"]}),
        "service_types": pd.DataFrame({"service_type_id": ["taalhulp", "vervoer"], "label_nl": ["Taalhulp", "Vervoer"]}),
        "challenge_personas": pd.DataFrame({
            "region_id": ["a", "a", "a", "b"], "challenge_rank": [1, 1, 2, 1],
            "persona_id": ["saled", "nora", "saled", "roy"], "persona_rank": [1, 2, 1, 1]}),
        "region_service_types": pd.DataFrame({
            "region_id": ["a", "a", "b"], "challenge_rank": [1, 2, None], "service_type_id": ["taalhulp", "taalhulp", "vervoer"],
            "importance_rank": [None, None, 1], "quote": ["q1", "q2", "q3"], "section": ["uitdaging"] * 3}),
        "obstacle_service_links": pd.DataFrame({"region_id": ["a"], "challenge_rank": [1], "obstacle_id": ["taal"],
                                                "service_type_id": ["taalhulp"]}),
    }
    return Dataset(tables, {})


def test__persona_frequency__counts_challenges_regions_and_rank_weight():
    freq = persona_frequency(tiny(), ["a", "b"]).set_index("persona_id")
    assert freq.loc["saled", "challenges"] == 2
    assert freq.loc["saled", "regions"] == 1
    assert freq.loc["saled", "weighted"] == 1.5  # 1/1 + 1/2
    assert freq.loc["roy", "regions"] == 1


def test__persona_frequency__respects_the_region_filter():
    freq = persona_frequency(tiny(), ["b"]).set_index("persona_id")
    assert freq.loc["saled", "challenges"] == 0 and freq.loc["roy", "challenges"] == 1


def test__persona_region_matrix__holds_the_best_rank():
    matrix = persona_region_matrix(tiny(), ["a", "b"])
    assert matrix.loc["Saled", "a"] == 1
    assert pd.isna(matrix.loc["Saled", "b"])


def test__service_mentions__persona_keeps_its_challenges_only():
    kept = service_mentions(tiny(), ["a", "b"], persona_id="nora", obstacle_id=None)
    assert list(kept["quote"]) == ["q1"]


def test__service_mentions__obstacle_keeps_linked_service_types():
    kept = service_mentions(tiny(), ["a", "b"], persona_id=None, obstacle_id="taal")
    assert set(kept["service_type_id"]) == {"taalhulp"}


def test__service_matrix__fills_unnamed_cells_with_zero():
    ds = tiny()
    matrix = service_matrix(ds, service_mentions(ds, ["a", "b"], None, None), ["a", "b"])
    cells = matrix.set_index(["service_type_id", "region_id"])
    assert cells.loc[("taalhulp", "a"), "mentions"] == 2
    assert cells.loc[("taalhulp", "b"), "mentions"] == 0
    assert cells.loc[("vervoer", "b"), "importance_rank"] == 1


def test__service_heatmap__draws_every_cell_once():
    ds = tiny()
    matrix = service_matrix(ds, service_mentions(ds, ["a", "b"], None, None), ["a", "b"])
    fig = service_heatmap(matrix, "t", "mentions", "rank")
    assert sum(len(trace.x) for trace in fig.data) == len(matrix) == 4


def test__filters__unknown_values_and_ids():
    options = filter_options(tiny())
    assert unknown_values(["Alfa", "Gamma", "<script>"], options.regions) == ["Gamma", "<script>"]
    assert ids_for(["Beta", "Gamma"], options.regions) == ["b"]
    assert selected_regions(tiny(), Filters(region_ids=("b",))) == ["b"]
    assert selected_regions(tiny(), Filters()) == ["a", "b"]


def test__quote_in_source__collapses_whitespace_but_not_words():
    source = "Beperkte  kennis\nvan de\n\nNederlandse taal"
    assert collapse_whitespace(source) == "Beperkte kennis van de Nederlandse taal"
    assert quote_in_source("kennis van de Nederlandse", source)
    assert not quote_in_source("kennis van het Nederlands", source)


def _squares() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"nis_code": ["11111", "22222"]}, geometry=[box(3, 50, 3.1, 50.1), box(3.1, 50, 3.2, 50.1)],
                            crs=4326)


def test__category_map__one_trace_per_category_and_borders_on_top():
    frame = pd.DataFrame({"nis_code": ["11111", "22222"], "region": ["Alfa", "Beta"], "hover_name": ["x", "y"],
                          "hover_region": ["Alfa", "Beta"], "hover_population": ["1", "2"], "hover_date": ["d", "d"]})
    shapes = _squares()
    regions = shapes.assign(region_id="r").dissolve("region_id").reset_index()
    fig = category_map(Layer("app/static/m.geojson", shapes, "nis_code"), frame, "region", {"Alfa": "#000", "Beta": "#fff"},
                       "%{customdata[0]}", Layer("app/static/r.geojson", regions, "region_id"), ["r"], "title")
    assert [list(t.locations) for t in fig.data] == [["11111"], ["22222"], ["r"]]
    assert [t.geojson for t in fig.data] == ["app/static/m.geojson"] * 2 + ["app/static/r.geojson"]
    assert fig.data[-1].hoverinfo == "skip"
    assert fig.layout.map.style == "white-bg"


def test__feature_collection__ids_are_the_key():
    collection = feature_collection(_squares(), "nis_code")
    assert [f["id"] for f in collection["features"]] == ["11111", "22222"]


def test__view_of__centres_on_the_shapes():
    view = view_of(_squares())
    assert abs(view["center"]["lon"] - 3.1) < 1e-9 and abs(view["center"]["lat"] - 50.05) < 1e-9
    assert 6 < view["zoom"] < 14
