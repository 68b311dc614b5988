"""Colours and layout shared by every figure: readable on a projector and for colour-blind eyes."""

import colorsys

import plotly.graph_objects as go

from dashboard.text.dates import vega_time_locale
from dashboard.text.numbers import vega_locale

# Okabe-Ito and Tol hues ordered from dark to light, at least 14 CIELAB lightness units apart: the
# five regions stay apart in greyscale (print, a washed-out projector) and under simulated
# protanopia, deuteranopia and tritanopia (tests/test_accessibility.py measures both).
REGION_COLOURS = ["#2E1E66", "#882255", "#0072B2", "#EE6677", "#F0E442"]
NO_DATA = "#d9d9d9"
SEQUENTIAL = "Blues"  # plotly's and Vega's name of the same light-to-dark blue scale
FONT_SIZE = 16
PROJECTOR_FONT_SIZE = 24  # readable from the back of a room


# How a chart looks on the page, as Streamlit's own plotly theme drew it before the charts had a
# component of their own (dashboard/ui/plotly_component.py): Streamlit's type, grey axes and grid on
# white. A figure's own settings (its type size, a slide's) win over it.
SCREEN_FONT = '"Source Sans", sans-serif'
# A saved image's type: a font of the system, which the browser lays the image out in and paints it in alike
# (a PNG is painted without the page's web fonts), and which a viewer has, or a metric twin of it.
IMAGE_FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif"
_GREY, _GRID, _TEXT = "#808495", "#e6eaf1", "#31333F"
_AXIS = {"gridcolor": _GRID, "linecolor": _GRID, "zerolinecolor": _GRID, "tickcolor": _GRID, "automargin": True,
         "tickfont": {"color": _GREY, "size": 12}, "title": {"font": {"color": _GREY, "size": 14}}}
SCREEN_TEMPLATE = {"layout": {
    "font": {"family": SCREEN_FONT, "color": _TEXT, "size": 12},
    "title": {"font": {"size": 16, "color": _TEXT, "weight": 600}},
    "paper_bgcolor": "white", "plot_bgcolor": "white",
    "xaxis": {**_AXIS, "showgrid": False}, "yaxis": _AXIS,
    "legend": {"title": {"font": {"color": _GREY, "size": 12}}, "font": {"color": _GREY}},
    "hoverlabel": {"font": {"family": SCREEN_FONT}},
    "coloraxis": {"colorbar": {"tickfont": {"color": _GREY, "size": 12}}},
}}


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


def base_layout(fig: go.Figure, title: str, height: int = 520) -> go.Figure:
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left", "pad": {"l": 10}},  # off the edge of a saved image
        font={"size": FONT_SIZE},
        height=height,
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
        legend={"orientation": "h", "y": -0.02, "yanchor": "top"},
    )
    return fig


def for_projector(fig: go.Figure) -> go.Figure:
    """``fig`` on a slide (changed in place): larger black type, no title of its own (the slide shows it
    larger above) and no height of its own: it fills the box the slide gives it."""
    big = {"size": PROJECTOR_FONT_SIZE, "color": "black"}
    fig.update_layout(font=big, title=None, hoverlabel={"font": big}, legend={"font": big}, height=None, autosize=True)
    fig.update_xaxes(tickfont=big, title={"font": big})
    fig.update_yaxes(tickfont=big, title={"font": big})
    fig.update_annotations(font=big)
    return fig


def vega_config(lang: str, font_size: int = FONT_SIZE) -> dict:
    """Vega-Lite's ``config`` of every map and chart drawn on the server: black type of ``font_size`` for legends and
    axes, Streamlit's grey lines, no frame round the plot, and the numbers and dates Vega writes itself (axes,
    legends) as readers of ``lang`` write them."""
    text = {"labelFontSize": font_size, "titleFontSize": font_size, "labelColor": "black", "titleColor": "black"}
    return {"font": "sans-serif", "legend": text, "view": {"stroke": None},
            "locale": {"number": vega_locale(lang), "time": vega_time_locale(lang)},
            "axis": {**text, "gridColor": _GRID, "domainColor": _GREY, "tickColor": _GREY, "labelLimit": 360,
                     "titleFontWeight": "normal"}}
