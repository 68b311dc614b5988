"""Unit tests of the map's Vega-Lite specification (dashboard.figures.municipality_map) and its description."""

import json

import pandas as pd

from dashboard.figures.describe import describe
from dashboard.figures.municipality_map import category_map, drawn, feature_collection, selected_codes
from dashboard.i18n import tr
from tests.frames import SHOWN, map_layers, squares


def test__category_map__looks_each_municipality_s_region_up_and_outlines_the_regions_on_top():
    municipalities, regions = map_layers()
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
    municipalities, regions = map_layers()
    spec = category_map(municipalities, SHOWN.iloc[1:], "region", {"Beta": "#ffffff"}, [], regions, "t", "en")
    assert list(drawn(spec, [municipalities, regions])["nis_code"]) == ["22222"]
    assert spec["layer"][1]["transform"][0]["filter"]["oneOf"] == ["b"]


def test__selected_codes__reads_the_clicked_municipalities():
    assert selected_codes({"gemeente": [{"id": "11111"}, {"id": "22222"}]}) == {"11111", "22222"}
    assert selected_codes({}) == set()


def test__describe__a_map_counts_its_municipalities_per_colour():
    municipalities, regions = map_layers()
    spec = category_map(municipalities, SHOWN, "region", {"Alfa": "#000000", "Beta": "#ffffff"}, [], regions, "T", "en")
    assert describe(spec, "en", [municipalities, regions]) == tr("a11y.description", "en", text="T — " + tr(
        "a11y.map", "en", n=2, parts="Alfa: 1 municipalities, Beta: 1 municipalities"))


def test__feature_collection__ids_are_the_key_and_the_rest_are_properties_unknowns_null():
    shapes = squares().astype({"population": "Int64"})
    shapes.loc[1, "population"] = pd.NA
    collection = feature_collection(shapes, "nis_code")
    assert [f["id"] for f in collection["features"]] == ["11111", "22222"]
    assert [f["properties"] for f in collection["features"]] == [
        {"name": "x", "region_id": "a", "population": 100}, {"name": "y", "region_id": "b", "population": None}]
    json.dumps(collection, allow_nan=False)  # valid JSON: numbers are plain, no NaN
