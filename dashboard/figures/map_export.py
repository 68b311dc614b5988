"""A map or chart as an SVG or PNG file, drawn from the very Vega-Lite specification the screen draws.

vl-convert (offline: Vega and its fonts are in the package) renders the specification, so an export
can never differ from the map on screen. A file has no server to fetch the GeoJSON from: the
served layers' features are written into a copy of the specification, which gets a fixed width.
"""

import copy

import vl_convert

from dashboard.figures.municipality_map import Layer, feature_collection
from dashboard.figures.vega_chart import drawn_width

WIDTH_PX = 1000
PNG_SCALE = 2  # sharp on a projector and in print


def standalone(spec: dict, layers: list[Layer]) -> dict:
    """A copy of ``spec`` that needs no server: every GeoJSON it loads from the served ``layers`` written in."""
    by_url = {layer.geojson: layer for layer in layers}
    standing = copy.deepcopy(spec)
    standing["width"] = drawn_width(spec, WIDTH_PX)  # the screen's is its container's

    def inline(node) -> None:
        if isinstance(node, dict):
            url = node.get("data", {}).get("url") if isinstance(node.get("data"), dict) else None
            if url in by_url:
                layer = by_url[url]
                node["data"] = {"values": feature_collection(layer.shapes, layer.key)["features"]}
            for value in node.values():
                inline(value)
        elif isinstance(node, list):
            for value in node:
                inline(value)

    inline(standing)
    return standing


def map_svg(spec: dict, layers: list[Layer]) -> str:
    return vl_convert.vegalite_to_svg(standalone(spec, layers))


def map_png(spec: dict, layers: list[Layer]) -> bytes:
    return vl_convert.vegalite_to_png(standalone(spec, layers), scale=PNG_SCALE)
