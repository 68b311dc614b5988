"""The region x service-type heatmap of the Diensten page: darker is named more often, #n the region's order of importance."""

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures.mention_heatmap import mention_heatmap


def service_heatmap(matrix: pd.DataFrame, title: str, value: str, value_label: str, rank_label: str,
                    source: str = "") -> go.Figure:
    """``matrix`` from dashboard.counting.count_matrix of service types, coloured by its ``value`` column; the
    ``source`` line under the cells."""
    return mention_heatmap(matrix, "service_type", title, value, value_label, rank_label, source=source)
