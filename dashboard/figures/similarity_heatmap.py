"""The region x region similarity matrix as a heatmap with the value in each cell."""

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.style import SEQUENTIAL, base_layout


def similarity_heatmap(matrix: pd.DataFrame, names: dict[str, str], title: str, value_label: str) -> go.Figure:
    """``matrix`` from dashboard.compare.jaccard_matrix (0 = nothing shared, 1 = the same); empty cells stay blank."""
    labels = [names[r] for r in matrix.index]
    fig = go.Figure(go.Heatmap(
        z=matrix.to_numpy(), x=labels, y=labels, zmin=0, zmax=1, colorscale=SEQUENTIAL,
        texttemplate="%{z:.2f}", textfont={"size": 16}, colorbar={"title": {"text": value_label}},
        hovertemplate=f"%{{y}} · %{{x}}: {value_label} %{{z:.2f}}<extra></extra>", xgap=2, ygap=2,
    ))
    fig.update_yaxes(autorange="reversed", showgrid=False)
    fig.update_xaxes(showgrid=False)
    fig.update_layout(plot_bgcolor="white")
    return base_layout(fig, title, height=max(360, 90 * len(labels) + 140))
