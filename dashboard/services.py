"""Which region asks for which type of service, how often, and in what order of importance."""

import pandas as pd

from dashboard.data import Dataset
from dashboard.regions import region_names
from dashboard.taxonomy import labels


def service_matrix(ds: Dataset, mentions: pd.DataFrame, region_ids: list[str], lang: str) -> pd.DataFrame:
    """Long table region x service type: mentions (0 when not named) and best importance rank.

    Service types named by no region in scope are left out; the order is by total mentions.
    """
    service_labels = labels(ds, "service_types", lang)
    counts = mentions.groupby(["service_type_id", "region_id"]).agg(
        mentions=("quote", "size"), importance_rank=("importance_rank", "min"))
    types = mentions.groupby("service_type_id").size().sort_values(ascending=False).index
    grid = pd.MultiIndex.from_product([types, region_ids], names=["service_type_id", "region_id"])
    frame = counts.reindex(grid).reset_index()
    frame["mentions"] = frame["mentions"].fillna(0).astype(int)
    frame["importance_rank"] = frame["importance_rank"].astype("Int64")
    frame["service_type"] = frame["service_type_id"].map(service_labels)
    frame["region"] = frame["region_id"].map(region_names(ds))
    return frame


def quotes_behind(mentions: pd.DataFrame, region_id: str, service_type_id: str) -> pd.DataFrame:
    """The quotes behind one cell of the matrix."""
    cell = mentions[(mentions["region_id"] == region_id) & (mentions["service_type_id"] == service_type_id)]
    return cell[["section", "challenge_rank", "importance_rank", "quote"]].reset_index(drop=True)
