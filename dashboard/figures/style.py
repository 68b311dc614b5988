"""Colours and layout shared by every figure: readable on a projector and for colour-blind eyes."""

import colorsys

from dashboard.text.dates import vega_time_locale
from dashboard.text.numbers import vega_locale

# Okabe-Ito and Tol hues ordered from dark to light, at least 14 CIELAB lightness units apart: the
# five regions stay apart in greyscale (print, a washed-out projector) and under simulated
# protanopia, deuteranopia and tritanopia (tests/test_accessibility.py measures both).
REGION_COLOURS = ["#2E1E66", "#882255", "#0072B2", "#EE6677", "#F0E442"]
NO_DATA = "#d9d9d9"
SEQUENTIAL = "blues"  # Vega's light-to-dark blue scale
FONT_SIZE = 16
PROJECTOR_FONT_SIZE = 24  # readable from the back of a room


_GREY, _GRID = "#808495", "#e6eaf1"  # Streamlit's grey lines and grid, as its own charts draw them


def region_colours(region_ids: list[str]) -> dict[str, str]:
    """A distinct colour per region in the given order: the tested palette for the first five, then hues a golden
    angle apart on three lightness levels, so no two of 43 partnerships share one. Past a handful no eye tells
    hues apart, so the figures name regions in labels and hover texts as well."""
    return {rid: REGION_COLOURS[i] if i < len(REGION_COLOURS) else _extra_colour(i - len(REGION_COLOURS))
            for i, rid in enumerate(region_ids)}


def told_by_hue(regions: int) -> bool:
    """Whether a chart of ``regions`` regions may tell them apart by colour and a legend: up to the tested palette's
    five. Past it no reader matches one of many hues to a legend, so each region is named where it is drawn (a
    number inside it on a map, its name on an axis)."""
    return regions <= len(REGION_COLOURS)


def _extra_colour(index: int) -> str:
    hue = (0.11 + index * 0.381966) % 1.0  # the golden angle, as a fraction of the circle
    lightness = (0.30, 0.50, 0.68)[index % 3]
    red, green, blue = colorsys.hls_to_rgb(hue, lightness, 0.65)
    return "#{:02X}{:02X}{:02X}".format(round(red * 255), round(green * 255), round(blue * 255))


def vega_config(lang: str, font_size: int = FONT_SIZE) -> dict:
    """Vega-Lite's ``config`` of every map and chart drawn on the server: black type of ``font_size`` for legends and
    axes, Streamlit's grey lines, no frame round the plot, and the numbers and dates Vega writes itself (axes,
    legends) as readers of ``lang`` write them."""
    text = {"labelFontSize": font_size, "titleFontSize": font_size, "labelColor": "black", "titleColor": "black"}
    return {"font": "sans-serif", "legend": text, "view": {"stroke": None},
            "locale": {"number": vega_locale(lang), "time": vega_time_locale(lang)},
            "axis": {**text, "gridColor": _GRID, "domainColor": _GREY, "tickColor": _GREY, "labelLimit": 360,
                     "titleFontWeight": "normal"}}
