"""Unit tests of the map's Vega-Lite specification (dashboard.figures.municipality_map) and of what the builders say
they drew: rows, legend and description."""

import json
from dataclasses import replace

import pandas as pd

from dashboard.figures.municipality_map import MapSpec, category_map, feature_collection, selected_codes, value_map
from dashboard.text.i18n import tr
from tests.apptest import drawn
from tests.frames import SHOWN, map_layers, rows_in_view, squares


def test__category_map__looks_each_municipality_s_region_up_and_outlines_the_regions_on_top():
    municipalities, regions = map_layers()
    spec = category_map(MapSpec(municipalities, regions, SHOWN, "title", "nl", rows_in_view(), {},
                                ({"field": "properties.name", "title": "Gemeente"},)),
                        "region", {"Alfa": "#000000", "Beta": "#ffffff"}).figure
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
    chart = category_map(MapSpec(municipalities, regions, SHOWN.iloc[1:], "t", "en", rows_in_view(SHOWN.iloc[1:]),
                                 {"nis_code": "col.nis_code"}), "region", {"Beta": "#ffffff"})
    assert list(drawn(chart.figure, [municipalities, regions])["nis_code"]) == ["22222"]
    assert chart.rows[tr("col.nis_code", "en")].tolist() == ["22222"]  # the table says what the map draws
    assert chart.figure["layer"][1]["transform"][0]["filter"]["oneOf"] == ["b"]


def test__category_map__a_long_legend_lists_every_label_in_columns_that_fit_them_below_the_map():
    municipalities, regions = map_layers()
    spec = MapSpec(municipalities, regions, SHOWN, "t", "nl", rows_in_view(), {}, height_px=480, font_size=20)
    few = category_map(spec, "region", {"Alfa": "#000000", "Beta": "#ffffff"}).figure
    labels = {f"{i} Regio {i:02d}": "#000000" for i in range(1, 44)}
    many = category_map(spec, "region", labels).figure
    legend = many["layer"][0]["encoding"]["color"]["legend"]
    assert legend["symbolLimit"] == 0 and legend["labelLimit"] == 0  # all 43, none cut (Vega lists 30 by default)
    assert legend["columns"]["expr"] == "width < 640 ? 1 : max(1, floor(width / 192))"  # 11 characters at 20 px, and the key
    assert many["autosize"] == {"type": "fit-x", "contains": "padding"} and "autosize" not in few  # the map keeps its height
    assert few["layer"][0]["encoding"]["color"]["legend"]["columns"]["expr"] == "width < 640 ? 1 : 3"
    assert "autosize" not in category_map(replace(spec, height_px="container"), "region", labels).figure  # a slide's box


def test__selected_codes__reads_the_clicked_municipalities():
    assert selected_codes({"gemeente": [{"id": "11111"}, {"id": "22222"}]}) == {"11111", "22222"}
    assert selected_codes({}) == set()


def test__category_map__counts_its_municipalities_per_colour_and_tables_them():
    municipalities, regions = map_layers()
    chart = category_map(MapSpec(municipalities, regions, SHOWN, "T", "en", rows_in_view(),
                                 {"name": "col.municipality", "region": "col.region"}), "region", {"Alfa": "#000000", "Beta": "#ffffff"})
    assert chart.description == tr("a11y.description", "en", text="T — " + tr(
        "a11y.map", "en", n=2, parts="Alfa: 1 municipalities, Beta: 1 municipalities"))
    assert chart.rows.to_dict("list") == {tr("col.municipality", "en"): ["x", "y"], tr("col.region", "en"): ["Alfa", "Beta"]}
    assert chart.legend == "Alfa, Beta" and chart.title == "T" and chart.is_map


def test__value_map__describes_its_scale_from_lowest_to_highest_in_the_reader_s_numbers():
    municipalities, regions = map_layers()
    rows = rows_in_view().assign(population=[1500, 12345])
    chart = value_map(MapSpec(municipalities, regions, SHOWN, "T", "nl", rows, {"population": "col.population"}), "population", "Pop")
    assert chart.description == tr("a11y.description", "nl", text="T — " + tr(
        "a11y.map", "nl", n=2, parts=tr("a11y.map_scale", "nl", label="Pop", low="1.500", high="12.345")))
    assert chart.rows[tr("col.population", "nl")].tolist() == [1500, 12345] and chart.legend == "Pop"


def test__feature_collection__ids_are_the_key_and_the_rest_are_properties_unknowns_null():
    shapes = squares().astype({"population": "Int64"})
    shapes.loc[1, "population"] = pd.NA
    collection = feature_collection(shapes, "nis_code")
    assert [f["id"] for f in collection["features"]] == ["11111", "22222"]
    assert [f["properties"] for f in collection["features"]] == [
        {"name": "x", "region_id": "a", "population": 100}, {"name": "y", "region_id": "b", "population": None}]
    json.dumps(collection, allow_nan=False)  # valid JSON: numbers are plain, no NaN
