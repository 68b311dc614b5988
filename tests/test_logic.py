"""Unit tests of the dashboard's pure functions on tiny inline frames."""

import json
from xml.etree import ElementTree

import geopandas as gpd
import pandas as pd
from shapely.geometry import box

from dashboard.counting import count_matrix
from dashboard.data import Dataset
from dashboard.figures.describe import describe
from dashboard.figures.municipality_map import Layer, category_map, drawn, feature_collection, selected_codes, value_map
from dashboard.figures.style import SEQUENTIAL_ENDS
from dashboard.figures.service_heatmap import service_heatmap
from dashboard.filters import filter_options, ids_for, unknown_values
from dashboard.i18n import tr
from dashboard.personas import persona_frequency, persona_region_matrix
from dashboard.quotes import collapse_whitespace, quote_in_source
from dashboard.scope import Scope


def tiny() -> Dataset:
    tables = {
        "regions": pd.DataFrame({"region_id": ["a", "b"], "name": ["Alfa", "Beta"]}),
        "personas": pd.DataFrame({"persona_id": ["saled", "nora", "roy"], "name": ["Saled", "Nora", "Roy"]}),
        "obstacles": pd.DataFrame({"obstacle_id": ["taal", "mobiliteit"], "label_nl": ["Taal", "Mobiliteit"]}),
        "service_types": pd.DataFrame({"service_type_id": ["taalhulp", "vervoer"], "label_nl": ["Taalhulp", "Vervoer"]}),
        "challenges": pd.DataFrame({"region_id": ["a", "a", "b"], "challenge_rank": [1, 2, 1]}),
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
    freq = persona_frequency(Scope(tiny(), ("a", "b"))).set_index("persona_id")
    assert freq.loc["saled", "challenges"] == 2
    assert freq.loc["saled", "regions"] == 1
    assert freq.loc["saled", "weighted"] == 1.5  # 1/1 + 1/2
    assert freq.loc["roy", "regions"] == 1


def test__persona_frequency__respects_the_region_filter():
    freq = persona_frequency(Scope(tiny(), ("b",))).set_index("persona_id")
    assert freq.loc["saled", "challenges"] == 0 and freq.loc["roy", "challenges"] == 1


def test__persona_region_matrix__holds_the_best_rank():
    matrix = persona_region_matrix(Scope(tiny(), ("a", "b")))
    assert matrix.loc["Saled", "a"] == 1
    assert pd.isna(matrix.loc["Saled", "b"])


def test__service_heatmap__draws_every_cell_once():
    ds = tiny()
    scope = Scope(ds, ("a", "b"))
    matrix = count_matrix(scope, scope.service_mentions(), "service_type", "nl")
    fig = service_heatmap(matrix, "t", "presence", "challenges", "rank")
    assert sum(len(trace.x) for trace in fig.data) == len(matrix) == 4


def test__filters__unknown_values_and_ids():
    options = filter_options(tiny())
    assert unknown_values(["Alfa", "Gamma", "<script>"], options.regions) == ["Gamma", "<script>"]
    assert ids_for(["Beta", "Gamma"], options.regions) == ["b"]


def test__quote_in_source__collapses_whitespace_but_not_words():
    source = "Beperkte  kennis\nvan de\n\nNederlandse taal"
    assert collapse_whitespace(source) == "Beperkte kennis van de Nederlandse taal"
    assert quote_in_source("kennis van de Nederlandse", source)
    assert not quote_in_source("kennis van het Nederlands", source)


def _squares() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"nis_code": ["11111", "22222"], "name": ["x", "y"], "region_id": ["a", "b"],
                             "population": [100, 300]},
                            geometry=[box(3, 50, 3.1, 50.1), box(3.1, 50, 3.2, 50.1)], crs=4326)


def _map_layers() -> tuple[Layer, Layer]:
    shapes = _squares()
    regions = shapes[["region_id", "geometry"]].dissolve("region_id").reset_index()
    return Layer("app/static/m.geojson", shapes, "nis_code"), Layer("app/static/r.geojson", regions, "region_id")


SHOWN = pd.DataFrame({"region_id": ["a", "b"], "region": ["Alfa", "Beta"]})


def test__category_map__looks_each_municipality_s_region_up_and_outlines_the_regions_on_top():
    municipalities, regions = _map_layers()
    spec = category_map(municipalities, SHOWN, "region", {"Alfa": "#000000", "Beta": "#ffffff"},
                        [{"field": "properties.name", "title": "Gemeente"}], regions, "title", "nl")
    fills, borders = spec["layer"]
    assert fills["data"]["url"] == "app/static/m.geojson"
    in_view, lookup = fills["transform"]
    assert in_view["filter"] == {"field": "properties.region_id", "oneOf": ["a", "b"]}
    assert lookup["from"]["data"]["values"] == [{"region_id": "a", "region": "Alfa"}, {"region_id": "b", "region": "Beta"}]
    assert fills["encoding"]["color"]["scale"] == {"domain": ["Alfa", "Beta"], "range": ["#000000", "#ffffff"]}
    assert borders["data"]["url"] == "app/static/r.geojson" and borders["mark"]["filled"] is False
    assert "tiles" not in str(spec) and spec["projection"]["type"] == "mercator"
    assert drawn(spec, [municipalities, regions])[["nis_code", "region"]].values.tolist() == [["11111", "Alfa"],
                                                                                            ["22222", "Beta"]]


def test__category_map__shows_only_the_regions_asked_for():
    municipalities, regions = _map_layers()
    spec = category_map(municipalities, SHOWN.iloc[1:], "region", {"Beta": "#ffffff"}, [], regions, "t", "en")
    assert list(drawn(spec, [municipalities, regions])["nis_code"]) == ["22222"]
    assert spec["layer"][1]["transform"][0]["filter"]["oneOf"] == ["b"]


def test__selected_codes__reads_the_clicked_municipalities():
    assert selected_codes({"gemeente": [{"id": "11111"}, {"id": "22222"}]}) == {"11111", "22222"}
    assert selected_codes({}) == set()


def test__describe__a_map_counts_its_municipalities_per_colour():
    municipalities, regions = _map_layers()
    spec = category_map(municipalities, SHOWN, "region", {"Alfa": "#000000", "Beta": "#ffffff"}, [], regions, "T", "en")
    assert describe(spec, "en", [municipalities, regions]) == tr("a11y.description", "en", text="T — " + tr(
        "a11y.map", "en", n=2, parts="Alfa: 1 municipalities, Beta: 1 municipalities"))


def test__feature_collection__ids_are_the_key_and_the_rest_are_properties_unknowns_null():
    shapes = _squares().astype({"population": "Int64"})
    shapes.loc[1, "population"] = pd.NA
    collection = feature_collection(shapes, "nis_code")
    assert [f["id"] for f in collection["features"]] == ["11111", "22222"]
    assert [f["properties"] for f in collection["features"]] == [
        {"name": "x", "region_id": "a", "population": 100}, {"name": "y", "region_id": "b", "population": None}]
    json.dumps(collection, allow_nan=False)  # valid JSON: numbers are plain, no NaN
