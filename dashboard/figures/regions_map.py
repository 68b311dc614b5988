"""The municipality map: a choropleth on a blank background, so it needs no tile server.

One trace per colour class, each carrying only its own polygons, keeps the figure small (plotly
express would copy the whole GeoJSON into every trace); region borders are one line trace.
"""

import math

import geopandas as gpd
import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.style import SEQUENTIAL, base_layout

MAP_HEIGHT_PX = 620
TILE_PX = 512  # MapLibre's world is 512 px wide at zoom 0


def feature_collection(shapes: gpd.GeoDataFrame, key: str) -> dict:
    """GeoJSON with each feature's id set to ``key``: the smallest form plotly accepts."""
    return {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "id": row[key], "geometry": row["geometry"].__geo_interface__, "properties": {}}
            for _, row in shapes.iterrows()
        ],
    }


def view_of(shapes: gpd.GeoDataFrame, width_px: int = 800, height_px: int = MAP_HEIGHT_PX) -> dict:
    """Centre and zoom that fit the shapes into a map of about ``width_px`` by ``height_px``."""
    west, south, east, north = shapes.total_bounds
    centre = {"lon": (west + east) / 2, "lat": (south + north) / 2}
    lon_zoom = math.log2(width_px * 360 / (TILE_PX * max(east - west, 1e-6)))
    lat_span = max(north - south, 1e-6) / math.cos(math.radians(centre["lat"]))
    lat_zoom = math.log2((height_px - 80) * 360 / (TILE_PX * lat_span))  # minus title and legend
    return {"center": centre, "zoom": round(min(lon_zoom, lat_zoom) - 0.1, 2)}


def outline_trace(outlines: gpd.GeoDataFrame, name: str) -> go.Scattermap:
    """All region borders as one line trace (None breaks the line between rings)."""
    lons: list = []
    lats: list = []
    for geometry in outlines.geometry:
        polygons = getattr(geometry, "geoms", [geometry])
        for polygon in polygons:
            xs, ys = polygon.exterior.xy
            lons += list(xs) + [None]
            lats += list(ys) + [None]
    return go.Scattermap(lon=lons, lat=lats, mode="lines", line={"width": 3, "color": "#1a1a1a"},
                         hoverinfo="skip", name=name, showlegend=False)


def category_map(shapes: gpd.GeoDataFrame, frame: pd.DataFrame, key: str, category: str,
                 colours: dict[str, str], hover: str, outlines: gpd.GeoDataFrame, title: str,
                 width_px: int = 800, height_px: int = MAP_HEIGHT_PX) -> go.Figure:
    """One colour per category (region, or named / not named); ``frame`` has ``key``, ``category``, customdata."""
    fig = go.Figure()
    for label, colour in colours.items():
        rows = frame[frame[category] == label]
        if rows.empty:
            continue
        fig.add_trace(go.Choroplethmap(
            geojson=feature_collection(shapes[shapes[key].isin(rows[key])], key),
            locations=rows[key], z=[1] * len(rows), colorscale=[[0, colour], [1, colour]], showscale=False,
            marker={"line": {"width": 0.8, "color": "white"}}, name=label, showlegend=True,
            customdata=rows[["hover_name", "hover_region", "hover_population", "hover_date"]], hovertemplate=hover,
        ))
    return _finish(fig, shapes[shapes[key].isin(frame[key])], outlines, title, width_px, height_px)


def value_map(shapes: gpd.GeoDataFrame, frame: pd.DataFrame, key: str, value: str, value_label: str,
              hover: str, outlines: gpd.GeoDataFrame, title: str) -> go.Figure:
    """A sequential colour scale over a numeric column (population, density)."""
    fig = go.Figure(go.Choroplethmap(
        geojson=feature_collection(shapes[shapes[key].isin(frame[key])], key),
        locations=frame[key], z=frame[value], colorscale=SEQUENTIAL, marker={"line": {"width": 0.8, "color": "white"}},
        colorbar={"title": {"text": value_label}}, name=value_label,
        customdata=frame[["hover_name", "hover_region", "hover_population", "hover_date"]], hovertemplate=hover,
    ))
    return _finish(fig, shapes[shapes[key].isin(frame[key])], outlines, title, 800, MAP_HEIGHT_PX)


def _finish(fig: go.Figure, shapes: gpd.GeoDataFrame, outlines: gpd.GeoDataFrame, title: str,
            width_px: int, height_px: int) -> go.Figure:
    """Add the region borders and fit the view to the shapes shown."""
    fig.add_trace(outline_trace(outlines, "regio"))
    fig.update_layout(map={"style": "white-bg", **view_of(shapes, width_px, height_px)}, clickmode="event+select")
    return base_layout(fig, title, height=height_px)
