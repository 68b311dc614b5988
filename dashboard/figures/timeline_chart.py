"""Gantt-style chart of the call's timeline: one row per region, a marker per day, a bar per period."""

import pandas as pd
import plotly.graph_objects as go

from dashboard.text.dates import D3_FORMATS
from dashboard.core.vocabularies import EVENTS
from dashboard.figures import describe
from dashboard.figures.chart import Chart
from dashboard.figures.style import NO_DATA, base_layout
from dashboard.text.i18n import localise_columns

# Okabe-Ito hues and a distinct symbol per step (in the dictionary's order of the steps), so steps differ without colour too
EVENT_STYLE = dict(zip(EVENTS, [("#999999", "hexagon"), ("#56B4E9", "pentagon"), ("#0072B2", "circle"), ("#D55E00", "diamond"),
                                ("#882255", "triangle-down"), ("#44AA99", "hourglass"), ("#009E73", "square"),
                                ("#332288", "triangle-left"), ("#CC79A7", "triangle-up"), ("#AA4499", "cross"),
                                ("#E69F00", "star")], strict=True))


def timeline_chart(rows: pd.DataFrame, region_order: list[str], event_labels: dict[str, str], inferred_label: str,
                   title: str, *, columns: dict[str, str], lang: str) -> Chart:
    """Steps of ``rows`` (see timeline.timeline_rows) per region; a year the text does not give is drawn hollow and dotted.

    Each point carries [fact_id, region, step, dates] as customdata, so a click can open the quote behind it.
    The table shows ``columns`` (column -> i18n key of its label) of ``rows``.
    """
    fig, drawn = go.Figure(), []
    for event, (colour, symbol) in EVENT_STYLE.items():
        of_event = rows[rows["event"] == event]
        for inferred in (False, True):
            steps = of_event[of_event["is_year_inferred"] == inferred]
            if steps.empty:
                continue
            x, y, custom = [], [], []
            for step in steps.itertuples():
                days = [step.start_date] + ([step.end_date] if pd.notna(step.end_date) else [])
                x += days + [None]
                y += [step.region] * len(days) + [None]
                custom += [[step.fact_id, step.region, event_labels[event], step.dates]] * len(days) + [[None] * 4]
            drawn.append(event_labels[event])
            fig.add_trace(go.Scatter(
                x=x, y=y, customdata=custom, mode="lines+markers", name=event_labels[event], legendgroup=event,
                showlegend=not inferred or len(steps) == len(of_event),  # one legend entry per step
                line={"color": colour, "width": 9, "dash": "dot" if inferred else "solid"},
                marker={"color": colour, "size": 16, "symbol": symbol + ("-open" if inferred else ""),
                        "line": {"width": 3, "color": colour}},
                hovertemplate="%{customdata[1]} · %{customdata[2]}: %{customdata[3]}<extra></extra>",
            ))
    fig.add_trace(go.Scatter(x=[None], y=[None], mode="markers", name=inferred_label, hoverinfo="skip",
                             marker={"color": NO_DATA, "size": 16, "symbol": "circle-open", "line": {"width": 3, "color": "#555"}}))
    fig.update_yaxes(categoryorder="array", categoryarray=list(reversed(region_order)), title=None)
    # the dates above the plot, under the title, and the legend below it (base_layout): a legend above the plot ran
    # into the title once it took more than two lines
    fig.update_xaxes(type="date", tickformat=D3_FORMATS[lang], showgrid=True, side="top")
    base_layout(fig, title, height=max(300, 70 * len(region_order) + 190))
    fig.update_layout(margin={"t": 100})
    steps = list(dict.fromkeys(drawn))
    return Chart(fig, title, localise_columns(rows, columns, lang), ", ".join([*steps, inferred_label]),
                 describe.sentence(title, describe.named_series(steps, lang), lang))
