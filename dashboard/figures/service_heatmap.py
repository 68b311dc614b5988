"""The region x service-type heatmap of the Diensten page: darker is named more often, #n the region's order of importance."""

import pandas as pd

from dashboard.figures.chart import Chart
from dashboard.figures.mention_heatmap import mention_heatmap


def service_heatmap(matrix: pd.DataFrame, title: str, value: str, value_label: str, rank_label: str,
                    source: str = "", *, scale_max: float, columns: dict[str, str], lang: str) -> Chart:
    """``matrix`` from dashboard.core.counting.count_matrix of service types, coloured by its ``value`` column from 0 to
    ``scale_max``; the ``source`` line under the cells; the table shows ``columns`` (column -> i18n key of its label)."""
    return mention_heatmap(matrix, "service_type", title, value, value_label, rank_label, source=source,
                           scale_max=scale_max, columns=columns, lang=lang)
