"""Colours and layout shared by every figure: readable on a projector and for colour-blind eyes."""

import plotly.graph_objects as go

# Okabe-Ito and Tol hues chosen so their lightness also differs: the five regions stay apart in
# greyscale (print, a washed-out projector) and for red-green colour blindness.
REGION_COLOURS = ["#882255", "#0072B2", "#009E73", "#E69F00", "#F0E442"]
NO_DATA = "#d9d9d9"
SEQUENTIAL = "Blues"
FONT_SIZE = 16


def region_colours(region_ids: list[str]) -> dict[str, str]:
    """A colour per region in the given order, repeating the palette beyond five regions."""
    return {rid: REGION_COLOURS[i % len(REGION_COLOURS)] for i, rid in enumerate(region_ids)}


def base_layout(fig: go.Figure, title: str, height: int = 520) -> go.Figure:
    fig.update_layout(
        title={"text": title, "x": 0, "xanchor": "left"},
        font={"size": FONT_SIZE},
        height=height,
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
        legend={"orientation": "h", "y": -0.02, "yanchor": "top"},
    )
    return fig
