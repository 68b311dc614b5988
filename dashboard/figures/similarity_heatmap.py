"""The region x region similarity matrix as a heatmap with the value in each cell."""

from itertools import combinations

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures import describe
from dashboard.figures.chart import Chart
from dashboard.figures.style import SEQUENTIAL, base_layout
from dashboard.text.i18n import tr

WRITTEN_UP_TO = 12  # regions up to which each cell's value is written in it: past that a cell is narrower than "0,53"


def similarity_heatmap(matrix: pd.DataFrame, names: dict[str, str], title: str, value_label: str, *, lang: str) -> Chart:
    """``matrix`` from dashboard.domain.compare.jaccard_matrix (0 = nothing shared, 1 = the same); empty cells stay blank.
    The table is the matrix with two decimals, its regions by name."""
    labels = [names[r] for r in matrix.index]
    written = len(labels) <= WRITTEN_UP_TO  # else the value is in the hover and the table
    fig = go.Figure(go.Heatmap(
        z=matrix.to_numpy(), x=labels, y=labels, zmin=0, zmax=1, colorscale=SEQUENTIAL,
        texttemplate="%{z:.2f}" if written else "", textfont={"size": 16}, colorbar={"title": {"text": value_label}},
        hovertemplate=f"%{{y}} · %{{x}}: {value_label} %{{z:.2f}}<extra></extra>", xgap=2, ygap=2,
    ))
    fig.update_yaxes(autorange="reversed", showgrid=False)
    fig.update_xaxes(showgrid=False)
    fig.update_layout(plot_bgcolor="white")
    base_layout(fig, title, height=max(360, (90 if written else 24) * len(labels) + 140))
    # each pair of regions once, off the diagonal, when there is something to compare
    pairs = [(f"{names[a]} · {names[b]}", matrix.loc[a, b]) for a, b in combinations(matrix.index, 2) if pd.notna(matrix.loc[a, b])]
    table = matrix.round(2).rename(index=names, columns=names).reset_index(names=tr("col.region", lang))
    return Chart(fig, title, table, value_label, describe.sentence(title, describe.grid(len(labels), len(labels), pairs, lang), lang))
