"""Charts of how often personas are cited."""

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.style import NO_DATA, base_layout


def persona_bars(frequency: pd.DataFrame, measure: str, measure_label: str, title: str,
                 highlight: str | None = None) -> go.Figure:
    """Horizontal bars, most cited on top; the chosen persona stands out, the rest are muted."""
    shown = frequency[frequency[measure] > 0].sort_values(measure)
    colours = ["#0072B2" if highlight in (None, pid) else NO_DATA for pid in shown["persona_id"]]
    fig = go.Figure(go.Bar(
        x=shown[measure], y=shown["name"], orientation="h", marker={"color": colours},
        texttemplate="%{x:,.2~f}", textposition="outside", name=measure_label,  # 3, or 1.83 when weighted
        hovertemplate="%{y}: %{x:,.2~f}<extra></extra>",
    ))
    fig.update_xaxes(title=measure_label)
    return base_layout(fig, title, height=max(360, 28 * len(shown) + 120))


def persona_region_bars(matrix: pd.DataFrame, region_names: dict[str, str], colours: dict[str, str], title: str,
                        rank_label: str) -> go.Figure:
    """Stacked bars: per persona, one segment per region citing it (hover shows the challenge)."""
    cited = matrix.notna()
    order = cited.sum(axis=1).sort_values().index
    fig = go.Figure()
    for region_id in matrix.columns:
        column = matrix.loc[order, region_id]
        fig.add_trace(go.Bar(
            y=list(order), x=column.notna().astype(int), orientation="h", name=region_names[region_id],
            marker={"color": colours[region_id]}, customdata=column.fillna(0).astype(int),
            hovertemplate=f"%{{y}} · {region_names[region_id]} · {rank_label} %{{customdata}}<extra></extra>",
        ))
    fig.update_layout(barmode="stack")
    return base_layout(fig, title, height=max(360, 28 * len(order) + 140))
