"""One region's list on a presentation slide: a bar per row with its label beside it, on one scale for the whole walk.

A slide shows one region, so a heatmap of it would be a single column of cells with two-thirds of the
slide empty, and plotly drops category labels it finds too tight. Bars fill the width, every label is
named as a tick of its own row, and the axis runs to ``scale_max`` (the largest value of the measure
over every region of the walk), so a bar of 2 is as long on every slide.
"""

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures import describe
from dashboard.figures.chart import Chart
from dashboard.figures.style import NO_DATA, base_layout
from dashboard.text.i18n import localise_columns
from dashboard.text.numbers import number

BAR_COLOUR = "#0072B2"
HEADROOM = 1.15  # room right of the longest bar for its number
LINE_PX = 32  # a line of the slide's 24 px type


def slide_bars(frame: pd.DataFrame, label: str, value: str, measure: list[str], scale_max: float, title: str,
               decimals: int, *,
               marks: pd.Series | None = None, highlighted: pd.Series | None = None, columns: dict[str, str],
               lang: str) -> Chart:
    """Horizontal bars of ``frame``'s ``value`` per ``label``, in ``frame``'s order from the top, each with its
    value to ``decimals``; ``measure`` says in a line or two what the bars count.

    ``marks`` (text aligned with ``frame``, such as " #2") follow a bar's number; rows where
    ``highlighted`` is False are muted. The table shows ``columns`` (column -> i18n key of its label).
    """
    rows = list(frame[label])
    numbers = frame[value].map(lambda v: number(v, lang, decimals))
    if marks is not None:
        numbers = numbers + marks
    colours = [BAR_COLOUR if keep else NO_DATA for keep in (highlighted if highlighted is not None else [True] * len(rows))]
    fig = go.Figure(go.Bar(
        x=frame[value], y=rows, orientation="h", marker={"color": colours}, text=numbers, textposition="outside",
        cliponaxis=False, hovertemplate="%{y}: %{text}<extra></extra>", name=measure[0],
    ))
    # every row named, as a tick of its own: plotly would otherwise thin the labels out when rows are tight
    fig.update_yaxes(categoryorder="array", categoryarray=rows[::-1], tickmode="array", tickvals=rows, ticktext=rows,
                     automargin=True, ticksuffix=" ", showgrid=False)
    fig.update_xaxes(range=[0, max(scale_max, 1) * HEADROOM], showgrid=True)
    base_layout(fig, title)
    # what the bars count, above them at the right: as an axis title it would be centred under the bars and cut
    fig.add_annotation(text="<br>".join(measure), xref="paper", x=1, xanchor="right", align="right", yref="paper", y=1,
                       yanchor="bottom", yshift=6, showarrow=False)
    fig.update_layout(margin={"t": LINE_PX * len(measure) + 10})
    fig.update_layout(plot_bgcolor="white", bargap=0.25)
    text = describe.bars({measure[0]: (rows, list(frame[value]))}, lang)
    return Chart(fig, title, localise_columns(frame, columns, lang), measure[0], describe.sentence(title, text, lang))
