"""Unit tests of dashboard.figures.map_export: the map's files drawn by vl-convert from the screen's own specification."""

import re
from xml.etree import ElementTree

from dashboard.figures.map_export import WIDTH_PX, map_png, map_svg, standalone
from dashboard.figures.municipality_map import Layer, MapSpec, category_map, value_map
from tests.frames import SHOWN, map_layers, rows_in_view

SVG = "{http://www.w3.org/2000/svg}"


def test__standalone__writes_the_served_geojson_in_and_fixes_the_width():
    municipalities, regions = map_layers()
    spec = category_map(MapSpec(municipalities, regions, SHOWN, "t", "nl", rows_in_view(), {}), "region",
                        {"Alfa": "#123456", "Beta": "#abcdef"}).figure
    standing = standalone(spec, [municipalities, regions])
    assert "app/static" not in str(standing) and "app/static/m.geojson" in str(spec)  # the screen's is left as it is
    assert [f["id"] for f in standing["layer"][0]["data"]["values"]] == ["11111", "22222"]
    assert standing["width"] == WIDTH_PX and standing["layer"][1:] != spec["layer"][1:]


def test__map_svg__draws_every_municipality_in_its_colour_with_the_title_and_legend():
    municipalities, regions = map_layers()
    spec = category_map(MapSpec(municipalities, regions, SHOWN, "Kaart & titel", "nl", rows_in_view(), {}), "region",
                        {"Alfa": "#123456", "Beta": "#abcdef"}).figure
    root = ElementTree.fromstring(map_svg(spec, [municipalities, regions]))
    fills = [p.get("fill") for p in root.iter(f"{SVG}path")]
    assert fills.count("#123456") == fills.count("#abcdef") == 2  # a municipality and its legend symbol each
    assert {"Kaart & titel", "Alfa", "Beta"} <= {t.text for t in root.iter(f"{SVG}text")}


def test__map_svg__writes_the_legend_s_numbers_as_the_map_does():
    municipalities, regions = map_layers()
    municipalities = Layer(municipalities.geojson, municipalities.shapes.assign(population=[1500, 12345]), "nis_code")
    for lang, thousands in (("nl", r"\d{1,2}\.\d{3}"), ("en", r"\d{1,2},\d{3}")):
        spec = value_map(MapSpec(municipalities, regions, SHOWN, "t", lang, rows_in_view(), {}), "population", "Pop").figure
        texts = [t.text or "" for t in ElementTree.fromstring(map_svg(spec, [municipalities, regions])).iter(f"{SVG}text")]
        assert any(re.fullmatch(thousands, text) for text in texts), texts


def test__map_png__is_a_png_at_twice_the_size():
    municipalities, regions = map_layers()
    spec = category_map(MapSpec(municipalities, regions, SHOWN, "t", "en", rows_in_view(), {}), "region",
                        {"Alfa": "#123456", "Beta": "#abcdef"}).figure
    png = map_png(spec, [municipalities, regions])
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(png[16:20], "big") >= 2 * WIDTH_PX
