"""The municipality map as a stand-alone SVG file, for the minutes and slides.

Streamlit's Vega toolbar saves a map as PNG only; this draws the same map (the same rows, colours
and borders as its Vega-Lite specification) as vector graphics in pure Python, so no renderer or
browser is needed to export it.
"""

import math
from xml.sax.saxutils import escape

import geopandas as gpd
import pandas as pd
from shapely.geometry.base import BaseGeometry

from dashboard.figures.municipality_map import BORDER_COLOUR, CONTEXT_FILL, Layer, column_of, drawn, served
from dashboard.figures.style import NO_DATA, SEQUENTIAL_ENDS

WIDTH_PX = 1000
MARGIN_PX = 20
TITLE_PX = 40
LEGEND_ROW_PX = 28


def map_svg(municipalities: gpd.GeoDataFrame, colours: list[str], regions: gpd.GeoDataFrame, title: str,
            legend: dict[str, str], context: gpd.GeoDataFrame | None = None) -> str:
    """SVG of ``municipalities`` filled with ``colours`` (one per row), ``context`` in grey beside them,
    ``regions`` outlined on top, a title above and ``legend`` (label -> colour) below. Shapes in EPSG:4326."""
    context = context if context is not None else municipalities.iloc[:0]
    west, south, east, north = pd.concat([municipalities.geometry, context.geometry]).total_bounds
    squeeze = math.cos(math.radians((south + north) / 2))  # a degree of longitude is shorter than one of latitude
    scale = (WIDTH_PX - 2 * MARGIN_PX) / max((east - west) * squeeze, 1e-9)
    map_height = (north - south) * scale
    height = TITLE_PX + map_height + 2 * MARGIN_PX + LEGEND_ROW_PX * len(legend)

    def point(x: float, y: float) -> str:
        return f"{MARGIN_PX + (x - west) * squeeze * scale:.1f},{TITLE_PX + MARGIN_PX + (north - y) * scale:.1f}"

    def path(geometry: BaseGeometry) -> str:
        polygons = getattr(geometry, "geoms", [geometry])
        rings = [ring for polygon in polygons for ring in (polygon.exterior, *polygon.interiors)]
        return " ".join("M" + " L".join(point(x, y) for x, y in ring.coords) + " Z" for ring in rings)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH_PX}" height="{height:.0f}" '
             f'viewBox="0 0 {WIDTH_PX} {height:.0f}" font-family="sans-serif">',
             '<rect width="100%" height="100%" fill="white"/>',
             f'<text x="{MARGIN_PX}" y="28" font-size="22" font-weight="bold">{escape(title)}</text>']
    parts += [f'<path d="{path(geometry)}" fill="{colour}" stroke="white" stroke-width="0.8" fill-rule="evenodd"/>'
              for geometry, colour in zip(municipalities.geometry, colours)]
    parts += [f'<path d="{path(geometry)}" fill="{CONTEXT_FILL}" stroke="white" stroke-width="0.5" fill-rule="evenodd"/>'
              for geometry in context.geometry]
    parts += [f'<path d="{path(geometry)}" fill="none" stroke="{BORDER_COLOUR}" stroke-width="2.5"/>'
              for geometry in regions.geometry]
    top = TITLE_PX + map_height + 2 * MARGIN_PX
    for row, (label, colour) in enumerate(legend.items()):
        y = top + row * LEGEND_ROW_PX
        parts.append(f'<rect x="{MARGIN_PX}" y="{y:.0f}" width="18" height="18" fill="{colour}"/>'
                     f'<text x="{MARGIN_PX + 28}" y="{y + 15:.0f}" font-size="16">{escape(label)}</text>')
    return "\n".join(parts + ["</svg>"])


def spec_svg(spec: dict, layers: list[Layer], legend: bool = True) -> str:
    """The map a specification of dashboard.figures.municipality_map draws, as SVG.

    ``layers`` are the served layers; the specification names the ones it uses by their URL.
    Without ``legend`` the caller shows it (a slide, in larger type than the SVG's).
    """
    shapes = [layer for layer in spec["layer"] if layer["mark"]["type"] == "geoshape"]  # names are drawn by the browser only
    fills, borders = shapes[0], shapes[-1]
    rows, regions = drawn(spec, layers), served(borders["data"], layers)
    colour = fills["encoding"]["color"]
    values = list(rows[column_of(colour["field"])].dropna())
    if colour["type"] == "nominal":
        palette = dict(zip(colour["scale"]["domain"], colour["scale"]["range"]))
        colours = [palette.get(value, NO_DATA) for value in rows[column_of(colour["field"])]]
        key = {label: palette[label] for label in palette if label in values}
    else:
        low, high = min(values), max(values)
        colours = [NO_DATA if pd.isna(value) else _blend((value - low) / ((high - low) or 1))
                   for value in rows[column_of(colour["field"])]]
        thousands = spec["config"]["locale"]["number"]["thousands"]  # as the map itself writes numbers
        key = {f"{colour['title']}: {bound:,.0f}".replace(",", thousands): _blend(share)
               for bound, share in ((low, 0), (high, 1))}
    outlined = regions.shapes[regions.shapes[regions.key].isin(borders["transform"][0]["filter"]["oneOf"])]
    context = None
    if len(shapes) > 2:  # the rest of Flanders, in grey
        grey = served(shapes[1]["data"], layers)
        context = grey.shapes[~grey.shapes["region_id"].isin(fills["transform"][0]["filter"]["oneOf"])]
    return map_svg(rows, colours, outlined, spec["title"]["text"], key if legend else {}, context)


def _blend(share: float) -> str:
    """The colour ``share`` of the way along the sequential scale (0 lightest, 1 darkest)."""
    light, dark = (tuple(int(end[i:i + 2], 16) for i in (1, 3, 5)) for end in SEQUENTIAL_ENDS)
    return "#" + "".join(f"{round(a + (b - a) * share):02x}" for a, b in zip(light, dark))
