"""The municipality map as a Vega-Lite specification: a choropleth on a blank background.

Vega-Lite rather than plotly because a map must appear almost as fast as an empty page: the
browser loads Streamlit's Vega bundle (under 1 MB) in a fraction of the time plotly's (4.7 MB)
takes (measured in benchmarks/run.py). No tiles, no projection data from a CDN.

The polygons travel as GeoJSON that the browser fetches once from Streamlit's static folder
(dashboard/ui/static_geo.py) and caches; the specification holds only the rows to colour and
looks their shapes up by id, so it stays a few kilobytes however many municipalities there are.
Region borders are a second, unfilled layer over the municipalities.
"""

from dataclasses import dataclass

import geopandas as gpd
import pandas as pd

from dashboard.figures.style import FONT_SIZE, SEQUENTIAL

MAP_HEIGHT_PX = 620
SELECTION = "gemeente"  # the point selection a click makes; Streamlit returns it under this name
BORDER_COLOUR = "#1a1a1a"
# how readers of each language write numbers, for the numbers Vega draws itself (a value map's legend)
NUMBER_LOCALES = {"nl": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["€ ", ""]},
                  "en": {"decimal": ".", "thousands": ",", "grouping": [3], "currency": ["€", ""]}}


@dataclass(frozen=True)
class Layer:
    """Polygons to draw: the URL of their GeoJSON, the shapes themselves, and the column of their ids."""

    geojson: str
    shapes: gpd.GeoDataFrame
    key: str


def feature_collection(shapes: gpd.GeoDataFrame, key: str) -> dict:
    """GeoJSON with each feature's id set to ``key`` and no properties: all the map looks up."""
    return {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "id": code, "geometry": geometry.__geo_interface__, "properties": {}}
                     for code, geometry in zip(shapes[key], shapes.geometry)],
    }


def category_map(municipalities: Layer, frame: pd.DataFrame, category: str, colours: dict[str, str],
                 tooltip: dict[str, str], regions: Layer, region_ids: list[str], title: str,
                 height_px: int = MAP_HEIGHT_PX, show_legend: bool = True, font_size: int = FONT_SIZE) -> dict:
    """Municipalities coloured by ``category`` (a region, or named / not named), one colour per label.

    ``tooltip`` maps columns of ``frame`` to their titles, in the order to show them.
    """
    colour = {"field": category, "type": "nominal", "title": None,
              "scale": {"domain": list(colours), "range": list(colours.values())},
              "legend": {"orient": "bottom", "columns": 3, "symbolType": "square", "labelLimit": 400} if show_legend else None}
    return _map(municipalities, frame, [category], colour, tooltip, regions, region_ids, title, height_px, font_size)


def value_map(municipalities: Layer, frame: pd.DataFrame, column: str, label: str, tooltip: dict[str, str],
              regions: Layer, region_ids: list[str], title: str, lang: str, height_px: int = MAP_HEIGHT_PX,
              font_size: int = FONT_SIZE) -> dict:
    """Municipalities shaded by a number (population, density): darker is more; the legend's numbers
    written as in ``lang``."""
    colour = {"field": column, "type": "quantitative", "title": label, "scale": {"scheme": SEQUENTIAL.lower()},
              "legend": {"orient": "right", "format": ",.0f"}}
    spec = _map(municipalities, frame, [column], colour, tooltip, regions, region_ids, title, height_px, font_size)
    spec["config"]["locale"] = {"number": NUMBER_LOCALES[lang]}
    return spec


def _map(municipalities: Layer, frame: pd.DataFrame, coloured_by: list[str], colour: dict, tooltip: dict[str, str],
         regions: Layer, region_ids: list[str], title: str, height_px: int, font_size: int) -> dict:
    key = municipalities.key
    columns = list(dict.fromkeys([key, *coloured_by, *tooltip]))
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "title": {"text": title, "anchor": "start", "fontSize": font_size + 4},
        "description": title,
        "height": height_px,
        "projection": {"type": "mercator"},
        "config": {"font": "sans-serif", "legend": {"labelFontSize": font_size, "titleFontSize": font_size},
                   "view": {"stroke": None}},
        "layer": [
            {
                "data": {"values": frame[columns].to_dict("records")},
                "transform": [{"lookup": key, "from": {"data": _geojson(municipalities), "key": "id"}, "as": "geo"}],
                "mark": {"type": "geoshape", "stroke": "white", "strokeWidth": 0.8, "cursor": "pointer"},
                "params": [{"name": SELECTION, "select": {"type": "point", "fields": [key]}}],
                "encoding": {
                    "shape": {"field": "geo", "type": "geojson"},
                    "color": colour,
                    "tooltip": [{"field": field, "title": name} for field, name in tooltip.items()],
                },
            },
            {
                "data": _geojson(regions),
                "transform": [{"filter": {"field": "id", "oneOf": region_ids}}],
                # drawn for the eye only: no fill to catch clicks meant for a municipality, no place in the
                # accessibility tree (the municipalities carry the description)
                "mark": {"type": "geoshape", "filled": False, "fill": None, "stroke": BORDER_COLOUR, "strokeWidth": 2.5,
                         "aria": False},
            },
        ],
    }


def _geojson(layer: Layer) -> dict:
    return {"url": layer.geojson, "format": {"type": "json", "property": "features"}}


def selected_codes(selection: dict) -> set[str]:
    """The municipality codes a click selected, from Streamlit's selection state of the map."""
    return {code for point in selection.get(SELECTION, []) for code in point.values()}
