"""The municipality map as a Vega-Lite specification: a choropleth on a blank background.

The server draws it with vl-convert, for the screen (dashboard.figures.map_screen) as for the files
(dashboard.figures.map_export), so a page with a map loads no chart code: with Vega in the browser
the map came after everything else on a page opened from a link. No tiles, no projection data from a CDN.

The specification names the municipalities by the address of their GeoJSON (dashboard/ui/static_geo.py),
each feature with what the map shows of it as properties (name, region id, population and its date,
density); the drawing writes the layer's features in. The specification names the regions in view,
with each region's name and what it is coloured as; Vega looks every municipality's region up in it.
So the specification stays the same few kilobytes however many municipalities there are.
Region borders are a second, unfilled layer over the municipalities. A map may add the rest of
Flanders in light grey beneath the borders (context), and the names of the largest towns on top.
"""

from dataclasses import dataclass

import geopandas as gpd
import pandas as pd

from dashboard.figures import describe
from dashboard.figures.chart import Chart
from dashboard.figures.style import FONT_SIZE, SEQUENTIAL, vega_config
from dashboard.text.i18n import localise_columns

MAP_HEIGHT_PX = 620
NARROW_PX = 640  # a map narrower than this lists its legend in one column
LONG_LEGEND = 6  # labels past which a legend (of many regions) is laid out by their length
FLANDERS_HEIGHT_PX = 480  # all of Flanders is about 2.5 times as wide as high
SELECTION = "gemeente"  # the point selection a click makes; Streamlit returns it under this name
BORDER_COLOUR = "#1a1a1a"
CONTEXT_FILL = "#e3e3e3"  # Flemish municipalities outside the regions in view
# A name's type shrinks with the map (its height in px over this, at least NAME_MIN_PX): at a slide's 1280 x 720 the
# map is half as high as at 1920 x 1080, and names set in the large type touched their neighbours.
PX_PER_NAME_PX, NAME_MIN_PX = 28, 14


@dataclass(frozen=True)
class Layer:
    """Polygons to draw: the URL of their GeoJSON, the shapes with the attributes the GeoJSON carries,
    and the column of their ids."""

    geojson: str
    shapes: gpd.GeoDataFrame
    key: str


def feature_collection(shapes: gpd.GeoDataFrame, key: str) -> dict:
    """GeoJSON with each feature's id set to ``key`` and its other columns as properties (unknowns null)."""
    attributes = pd.DataFrame(shapes.drop(columns=[key, shapes.geometry.name]))
    properties = attributes.astype(object).where(attributes.notna(), None).to_dict("records")
    return {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "id": code, "geometry": geometry.__geo_interface__, "properties": values}
                     for code, geometry, values in zip(shapes[key], shapes.geometry, properties)],
    }


def attribute(column: str) -> str:
    """The field under which the map reads a municipality's ``column`` (a property of its feature)."""
    return f"properties.{column}"


@dataclass(frozen=True)
class Extras:
    """What a map may draw besides the municipalities in view and their region borders: the rest of
    Flanders in grey (the GeoJSON at ``context_url``, hovered with ``context_tooltip``) and, with
    ``labels``, the names of the municipalities whose ``label_column`` is true; ``place_names`` are
    further names to write where they stand (dicts of name, lon, lat: a region's name inside it)."""

    context_url: str | None = None
    context_tooltip: tuple = ()
    label_column: str | None = None
    place_names: tuple = ()


@dataclass(frozen=True)
class MapSpec:
    """One map: the ``municipalities`` of the regions in ``regions_shown`` (a row per region: ``region_id`` and the
    columns the map looks up, such as its name for the tooltip and its ``category``) inside the borders of
    ``regions``, hovered with ``tooltip`` (Vega-Lite tooltip fields), under ``title``; ``rows`` are those
    municipalities, of which the table shows ``columns`` (column -> i18n key of its label). ``height_px``
    "container" makes the map as high as the box the page gives it."""

    municipalities: Layer
    regions: Layer
    regions_shown: pd.DataFrame
    title: str
    lang: str
    rows: pd.DataFrame
    columns: dict[str, str]
    tooltip: tuple = ()
    height_px: int | str = MAP_HEIGHT_PX
    font_size: int = FONT_SIZE
    extras: Extras = Extras()


def category_map(spec: MapSpec, category: str, colours: dict[str, str], show_legend: bool = True) -> Chart:
    """Municipalities coloured by their region's ``category`` (its name, or named / not named), one colour per label;
    ``spec.rows`` carry the ``category`` too. A legend of more than LONG_LEGEND labels (many regions) takes as many
    columns as its longest label allows and, on a map of a set height, goes below the map instead of shrinking it."""
    long = len(colours) > LONG_LEGEND
    # three names a row (a long legend: as many as fit), one on a narrow map (a phone, a column of the page): every name whole
    entry_px = round(max(map(len, colours), default=0) * 0.6 * spec.font_size + 3 * spec.font_size)  # key, label, gap
    columns = f"width < {NARROW_PX} ? 1 : " + (f"max(1, floor(width / {entry_px}))" if long else "3")
    colour = {"field": category, "type": "nominal", "title": None,
              "scale": {"domain": list(colours), "range": list(colours.values())},
              "legend": {"orient": "bottom", "columns": {"expr": columns}, "symbolType": "square",
                         "labelLimit": 0, "symbolLimit": 0,  # every label whole, every one listed (Vega stops at 30)
                         "symbolSize": spec.font_size ** 2} if show_legend else None}  # keys as high as the type
    drawn = _map(spec, colour)
    if long and show_legend and spec.height_px != "container":
        drawn["autosize"] = {"type": "fit-x", "contains": "padding"}  # the height is the map's; the legend adds to it
    return Chart(drawn, spec.title, localise_columns(spec.rows, spec.columns, spec.lang), ", ".join(colours),
                 describe.sentence(spec.title, describe.map_by_category(spec.rows[category], colours, spec.lang), spec.lang))


def value_map(spec: MapSpec, column: str, label: str, number_format: str = ",.0f", legend_note: str = "") -> Chart:
    """Municipalities shaded by a number they carry (population, density, a poverty indicator): darker is more.
    ``spec.rows`` carry the ``column`` too. A ``legend_note`` is a line under the legend's title (a figure to read
    the colours against)."""
    # beside a map of all Flanders (wide and low) the legend would take the map's width: it goes below it
    legend = {"orient": "bottom", "direction": "horizontal", "gradientLength": 300, "padding": 16} if spec.extras.context_url else {"orient": "right"}
    colour = {"field": attribute(column), "type": "quantitative", "title": [label, legend_note] if legend_note else label,
              "scale": {"scheme": SEQUENTIAL},
              "legend": {**legend, "format": number_format, "titleLimit": 600}}
    return Chart(_map(spec, colour), spec.title, localise_columns(spec.rows, spec.columns, spec.lang), label,
                 describe.sentence(spec.title, describe.map_by_value(spec.rows[column], label, spec.lang), spec.lang))


def _map(spec: MapSpec, colour: dict) -> dict:
    municipalities, regions, regions_shown, extras, font_size = (spec.municipalities, spec.regions, spec.regions_shown,
                                                                 spec.extras, spec.font_size)
    title, lang, tooltip = spec.title, spec.lang, list(spec.tooltip)
    region_ids = list(regions_shown["region_id"])
    in_view = {"filter": {"field": attribute("region_id"), "oneOf": region_ids}}
    context = [] if extras.context_url is None else [{
        "data": _geojson(extras.context_url),
        "transform": [{"filter": {"not": in_view["filter"]}}],
        "mark": {"type": "geoshape", "fill": CONTEXT_FILL, "stroke": "white", "strokeWidth": 0.5},
        "encoding": {"tooltip": list(extras.context_tooltip)},
    }]
    labels = [] if extras.label_column is None else _names(
        {"data": _geojson(municipalities.geojson), "transform": [in_view, {"filter": f"datum.{attribute(extras.label_column)}"}]},
        attribute("label_lon"), attribute("label_lat"), attribute("name"), font_size)
    places = [] if not extras.place_names else _names({"data": {"values": list(extras.place_names)}}, "lon", "lat", "name",
                                                      font_size)
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "title": {"text": title, "anchor": "start", "fontSize": font_size + 4},
        "description": title,
        "height": spec.height_px,
        "projection": {"type": "mercator"},
        # numbers Vega writes itself (legend, tooltip) as readers of ``lang`` write them
        "config": vega_config(lang, font_size),
        "layer": [
            {
                "data": _geojson(municipalities.geojson),
                "transform": [
                    in_view,
                    {"lookup": attribute("region_id"),
                     "from": {"data": {"values": regions_shown.to_dict("records")}, "key": "region_id",
                              "fields": [c for c in regions_shown.columns if c != "region_id"]}},
                ],
                "mark": {"type": "geoshape", "stroke": "white", "strokeWidth": 0.8, "cursor": "pointer"},
                "params": [{"name": SELECTION, "select": {"type": "point", "fields": ["id"]}}],
                "encoding": {"color": colour, "tooltip": tooltip},
            },
            *context,
            {
                "data": _geojson(regions.geojson),
                "transform": [{"filter": {"field": "id", "oneOf": region_ids}}],
                # drawn for the eye only: no fill to catch clicks meant for a municipality, no place in the
                # accessibility tree (the municipalities carry the description)
                "mark": {"type": "geoshape", "filled": False, "fill": None, "stroke": BORDER_COLOUR, "strokeWidth": 2.5,
                         "aria": False},
            },
            *labels,
            *places,
        ],
    }


def _names(data: dict, lon: str, lat: str, name: str, font_size: int) -> list[dict]:
    """Two text layers writing the ``name`` field of ``data`` at (``lon``, ``lat``): a white halo, then the black
    name on it, which keeps it readable on any fill. A newline in a name breaks its line (one string per name,
    so a name stays whole in the specification). The type is ``font_size`` on a high map, smaller on a low one."""
    size = {"expr": f"clamp(round(height / {PX_PER_NAME_PX}), {min(NAME_MIN_PX, font_size)}, {font_size})"}
    return [{**data, "mark": {"type": "text", "fontSize": size, "fontWeight": "bold", "aria": False, "lineBreak": "\n",
                              **paint},
             "encoding": {"longitude": {"field": lon, "type": "quantitative"}, "latitude": {"field": lat, "type": "quantitative"},
                          "text": {"field": name}}}
            for paint in ({"stroke": "white", "strokeWidth": 3, "strokeOpacity": 0.9}, {"fill": "#000"})]


def _geojson(url: str) -> dict:
    return {"url": url, "format": {"type": "json", "property": "features"}}


def selected_codes(selection: dict) -> set[str]:
    """The municipality codes a click selected, from Streamlit's selection state of the map (feature ids)."""
    return {code for point in selection.get(SELECTION, []) for code in point.values()}
