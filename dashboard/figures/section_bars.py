"""Where in the addenda something stands: per region, stacked bars by part of the text."""

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures import describe
from dashboard.figures.chart import Chart
from dashboard.figures.style import base_layout
from dashboard.text.i18n import localise_columns

# Tol's muted scheme: seven parts told apart, also in greyscale
PART_COLOURS = ["#332288", "#88CCEE", "#44AA99", "#117733", "#DDCC77", "#CC6677", "#AA4499"]


def section_bars(counts: pd.DataFrame, regions: list[str], parts: list[str], value_label: str, title: str, *,
                 columns: dict[str, str], lang: str) -> Chart:
    """``counts`` (region, part, n) as one bar per region, first region on top, one colour per part in ``parts``
    order (a part nobody counts is left out); the table shows ``columns`` (column -> i18n key of its label)."""
    fig, series = go.Figure(), {}
    for colour, part in zip(PART_COLOURS, parts):
        mine = counts[counts["part"] == part].set_index("region")["n"].reindex(regions, fill_value=0)
        if mine.sum():
            series[part] = (regions, mine.to_numpy())
            fig.add_trace(go.Bar(y=regions, x=series[part][1], name=part, orientation="h", marker={"color": colour},
                                 hovertemplate=f"%{{y}} · {part}: %{{x}}<extra></extra>"))
    fig.update_layout(barmode="stack")
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(regions)))
    fig.update_xaxes(title=value_label)
    base_layout(fig, title, height=max(300, 60 * len(regions) + 180))
    # the legend (two rows of parts) above the bars: below them it covered the axis' numbers and title
    fig.update_layout(legend={"y": 1.02, "yanchor": "bottom"}, margin={"t": 140})
    return Chart(fig, title, localise_columns(counts, columns, lang), ", ".join(series),
                 describe.sentence(title, describe.bars(series, lang), lang))
