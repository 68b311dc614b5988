"""The municipality map: a choropleth on a blank background, so it needs no tile server.

The polygons travel as GeoJSON that the browser fetches once from Streamlit's static folder
(see dashboard/ui/static_geo.py) and caches; the figure itself only names the ids to colour, so
it stays a few kilobytes however many municipalities there are. Region borders are a second,
unfilled choropleth over the municipalities.
"""

import math
from dataclasses import dataclass

import geopandas as gpd
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.style import SEQUENTIAL, base_layout

MAP_HEIGHT_PX = 620
TILE_PX = 512  # MapLibre's world is 512 px wide at zoom 0
HOVER_FIELDS = ["hover_name", "hover_region", "hover_population", "hover_date"]


@dataclass(frozen=True)
class Layer:
    """Polygons to draw: their GeoJSON (a URL, or the collection itself) and the shapes for fitting the view."""

    geojson: str | dict
    shapes: gpd.GeoDataFrame
    key: str


def feature_collection(shapes: gpd.GeoDataFrame, key: str) -> dict:
    """GeoJSON with each feature's id set to ``key`` and no properties: the smallest form plotly accepts."""
    return {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "id": code, "geometry": geometry.__geo_interface__, "properties": {}}
                     for code, geometry in zip(shapes[key], shapes.geometry)],
    }


def view_of(shapes: gpd.GeoDataFrame, width_px: int = 800, height_px: int = MAP_HEIGHT_PX) -> dict:
    """Centre and zoom that fit the shapes into a map of about ``width_px`` by ``height_px``."""
    west, south, east, north = shapes.total_bounds
    centre = {"lon": (west + east) / 2, "lat": (south + north) / 2}
    lon_zoom = math.log2(width_px * 360 / (TILE_PX * max(east - west, 1e-6)))
    lat_span = max(north - south, 1e-6) / math.cos(math.radians(centre["lat"]))
    lat_zoom = math.log2((height_px - 80) * 360 / (TILE_PX * lat_span))  # minus title and legend
    return {"center": centre, "zoom": round(min(lon_zoom, lat_zoom) - 0.1, 2)}


def category_map(municipalities: Layer, frame: pd.DataFrame, category: str, colours: dict[str, str], hover: str,
                 regions: Layer, region_ids: list[str], title: str, width_px: int = 800,
                 height_px: int = MAP_HEIGHT_PX, show_legend: bool = True) -> go.Figure:
    """One trace per category (a region, or named / not named) in its own colour, with a legend entry."""
    key = municipalities.key
    fig = go.Figure()
    for label, colour in colours.items():
        rows = frame[frame[category] == label]
        if rows.empty:
            continue
        fig.add_trace(go.Choroplethmap(
            geojson=municipalities.geojson, locations=rows[key], z=[1] * len(rows),
            colorscale=[[0, colour], [1, colour]], showscale=False, marker={"line": {"width": 0.8, "color": "white"}},
            name=label, showlegend=show_legend, customdata=rows[HOVER_FIELDS], hovertemplate=hover,
        ))
    return _finish(fig, municipalities, frame, regions, region_ids, title, width_px, height_px)


def value_map(municipalities: Layer, frame: pd.DataFrame, value: str, value_label: str, hover: str,
              regions: Layer, region_ids: list[str], title: str) -> go.Figure:
    """A sequential colour scale over a numeric column (population, density)."""
    fig = go.Figure(go.Choroplethmap(
        geojson=municipalities.geojson, locations=frame[municipalities.key], z=frame[value], colorscale=SEQUENTIAL,
        marker={"line": {"width": 0.8, "color": "white"}}, colorbar={"title": {"text": value_label}}, name=value_label,
        customdata=frame[HOVER_FIELDS], hovertemplate=hover,
    ))
    return _finish(fig, municipalities, frame, regions, region_ids, title, 800, MAP_HEIGHT_PX)


def _finish(fig: go.Figure, municipalities: Layer, frame: pd.DataFrame, regions: Layer, region_ids: list[str],
            title: str, width_px: int, height_px: int) -> go.Figure:
    """Draw the region borders on top and fit the view to the municipalities shown."""
    fig.add_trace(go.Choroplethmap(
        geojson=regions.geojson, locations=region_ids, z=[0] * len(region_ids),
        colorscale=[[0, "rgba(0,0,0,0)"], [1, "rgba(0,0,0,0)"]], showscale=False,
        marker={"line": {"width": 3, "color": "#1a1a1a"}}, hoverinfo="skip", showlegend=False, name="regio",
    ))
    shown = municipalities.shapes[municipalities.shapes[municipalities.key].isin(frame[municipalities.key])]
    fig.update_layout(map={"style": "white-bg", **view_of(shown, width_px, height_px)}, clickmode="event+select")
    return base_layout(fig, title, height=height_px)
