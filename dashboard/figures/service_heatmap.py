"""The region x service-type heatmap, drawn as square markers so that cells can be clicked.

(plotly's Heatmap returns an empty selection in Streamlit; a scatter of squares does not.)
"""

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.style import NO_DATA, base_layout


def service_heatmap(matrix: pd.DataFrame, title: str, mentions_label: str, rank_label: str) -> go.Figure:
    """``matrix`` from dashboard.services.service_matrix; darker is named more often."""
    named = matrix[matrix["mentions"] > 0]
    empty = matrix[matrix["mentions"] == 0]
    types = list(dict.fromkeys(matrix["service_type"]))
    size = 34
    fig = go.Figure()
    fig.add_trace(go.Scatter(
        x=empty["region"], y=empty["service_type"], mode="markers", name="0",
        marker={"symbol": "square", "size": size, "color": NO_DATA, "line": {"width": 0}}, showlegend=False,
        customdata=empty[["region_id", "service_type_id"]], hovertemplate=f"%{{x}} · %{{y}}: 0 {mentions_label}<extra></extra>",
    ))
    ranks = named["importance_rank"].map(lambda r: "" if pd.isna(r) else f"#{int(r)}")
    fig.add_trace(go.Scatter(
        x=named["region"], y=named["service_type"], mode="markers+text", name=mentions_label,
        marker={"symbol": "square", "size": size, "color": named["mentions"], "colorscale": [[0, "#deebf7"], [1, "#4292c6"]], "cmin": 0,
                "colorbar": {"title": {"text": mentions_label}}, "line": {"width": 1, "color": "#555"}},
        text=named["mentions"].astype(str) + ranks.map(lambda r: f" {r}" if r else ""),
        textfont={"color": "black", "size": 13},
        customdata=named[["region_id", "service_type_id"]].assign(rank=ranks),
        hovertemplate=f"%{{x}} · %{{y}}: %{{marker.color}} {mentions_label} %{{customdata[2]}}<extra></extra>",
        showlegend=False,
    ))
    fig.update_yaxes(categoryorder="array", categoryarray=types[::-1], showgrid=False)
    fig.update_xaxes(side="top", showgrid=False)
    fig.update_layout(clickmode="event+select", plot_bgcolor="white")
    fig.add_annotation(text=f"#n = {rank_label}", xref="paper", yref="paper", x=1, y=-0.02, showarrow=False, font={"size": 12})
    return base_layout(fig, title, height=max(420, 40 * len(types) + 160))
