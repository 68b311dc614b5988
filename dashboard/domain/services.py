"""The quotes behind a cell of the Diensten heatmap (its numbers are dashboard.core.counting's)."""

import pandas as pd


def quotes_behind(mentions: pd.DataFrame, region_id: str, service_type_id: str) -> pd.DataFrame:
    """The quotes behind one cell of the matrix."""
    cell = mentions[(mentions["region_id"] == region_id) & (mentions["service_type_id"] == service_type_id)]
    return cell[["section", "challenge_rank", "importance_rank", "quote"]].reset_index(drop=True)
