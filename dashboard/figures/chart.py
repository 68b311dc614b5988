"""What a figure builder returns: the figure together with what it drew, so that nothing downstream
reads a figure back to learn what it shows.

The table under a chart and its CSV and Excel files write ``rows``; the caption for those who cannot
see the chart is ``description``; vl-convert draws ``figure``, a Vega-Lite specification (a map's, or a chart's of
dashboard.figures.vega_chart), on the server for the screen (dashboard.figures.map_screen) and for its files.
"""

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Chart:
    figure: dict  # a Vega-Lite specification
    title: str
    rows: pd.DataFrame  # what it drew, with the columns and labels the table under it shows
    legend: str  # what colour stands for: a scale's label, or the labels of its colours in order
    description: str  # the chart in a sentence of the reader's language (dashboard.figures.describe)

    @property
    def is_map(self) -> bool:
        return "projection" in self.figure
