"""Which region asks for which type of service, how often, and in what order of importance."""

import pandas as pd

from dashboard.data import Dataset
from dashboard.filters import persona_challenges
from dashboard.taxonomy import labels


def service_mentions(ds: Dataset, region_ids: list[str], persona_id: str | None, obstacle_id: str | None) -> pd.DataFrame:
    """The service-type mentions the filters keep.

    A persona keeps the mentions made in challenges built on that persona; an obstacle keeps the
    service types a source links to that obstacle (the links of every region count).
    """
    mentions = ds.tables["region_service_types"]
    mentions = mentions[mentions["region_id"].isin(region_ids)]
    if persona_id:
        keys = persona_challenges(ds, persona_id)
        mentions = mentions.merge(keys, on=["region_id", "challenge_rank"])
    if obstacle_id:
        mentions = mentions[mentions["service_type_id"].isin(linked_service_types(ds, obstacle_id))]
    return mentions


def linked_service_types(ds: Dataset, obstacle_id: str) -> set[str]:
    links = ds.tables["obstacle_service_links"]
    return set(links.loc[links["obstacle_id"] == obstacle_id, "service_type_id"])


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
    names = ds.tables["regions"].set_index("region_id")["name"]
    frame["region"] = frame["region_id"].map(names)
    return frame


def quotes_behind(mentions: pd.DataFrame, region_id: str, service_type_id: str) -> pd.DataFrame:
    """The quotes behind one cell of the matrix."""
    cell = mentions[(mentions["region_id"] == region_id) & (mentions["service_type_id"] == service_type_id)]
    return cell[["section", "challenge_rank", "importance_rank", "quote"]].reset_index(drop=True)
