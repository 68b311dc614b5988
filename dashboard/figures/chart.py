"""What a figure builder returns: the figure together with what it drew, so that nothing downstream
reads a figure back to learn what it shows.

The table under a chart and its CSV and Excel files write ``rows``; the caption for those who cannot
see the chart is ``description``; a Vega-Lite figure (a map, and the charts of dashboard.figures.vega_chart)
is drawn by vl-convert from ``figure`` itself, on the screen (dashboard.figures.map_screen) and in its files.
"""

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go


@dataclass(frozen=True)
class Chart:
    figure: go.Figure | dict  # a plotly figure, or a Vega-Lite specification
    title: str
    rows: pd.DataFrame  # what it drew, with the columns and labels the table under it shows
    legend: str  # what colour stands for: a scale's label, or the labels of its colours in order
    description: str  # the chart in a sentence of the reader's language (dashboard.figures.describe)

    @property
    def is_vega_lite(self) -> bool:
        return isinstance(self.figure, dict)

    @property
    def is_map(self) -> bool:
        return self.is_vega_lite and "projection" in self.figure
