"""What a figure builder returns: the figure together with what it drew, so that nothing downstream
reads a figure back to learn what it shows.

The table under a chart and its CSV and Excel files write ``rows``; the caption for those who cannot
see the chart is ``description``; a map's SVG and PNG are drawn by vl-convert from ``figure`` itself.
"""

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go


@dataclass(frozen=True)
class Chart:
    figure: go.Figure | dict  # a plotly figure, or a map's Vega-Lite specification
    title: str
    rows: pd.DataFrame  # what it drew, with the columns and labels the table under it shows
    legend: str  # what colour stands for: a scale's label, or the labels of its colours in order
    description: str  # the chart in a sentence of the reader's language (dashboard.figures.describe)

    @property
    def is_map(self) -> bool:
        return isinstance(self.figure, dict)
