"""Needs against offer: the obstacles a region names, set against the service types it asks for.

A service type answers an obstacle when an addendum says so (the obstacle_service_links table);
the links of all five addenda count for every region, as on the Diensten page.
"""

import pandas as pd

from dashboard.data import Dataset
from dashboard.regions import region_names
from dashboard.taxonomy import labels

EVIDENCE_COLUMNS = ["kind", "label", "region", "section", "challenge_rank", "quote"]
LINK_KINDS = ("stated", "listed", "coded")  # how a link is known: the text pairs them, lists them side by side, or we pair them


def obstacle_matrix(ds: Dataset, mentions: pd.DataFrame, region_ids: list[str], lang: str) -> pd.DataFrame:
    """Long table region x obstacle: mentions (0 when not named); obstacles named by none are left out.

    Obstacles come in order of total mentions, most named first.
    """
    counts = mentions.groupby(["obstacle_id", "region_id"]).size()
    order = mentions["obstacle_id"].value_counts().index
    grid = pd.MultiIndex.from_product([order, region_ids], names=["obstacle_id", "region_id"])
    frame = counts.reindex(grid, fill_value=0).rename("mentions").reset_index()
    frame["obstacle"] = frame["obstacle_id"].map(labels(ds, "obstacles", lang))
    frame["region"] = frame["region_id"].map(region_names(ds))
    return frame


def link_pairs(ds: Dataset) -> pd.DataFrame:
    """Distinct (obstacle_id, service_type_id) pairs that some addendum links."""
    return ds.tables["obstacle_service_links"][["obstacle_id", "service_type_id"]].drop_duplicates()


def needs_table(ds: Dataset, obstacles: pd.DataFrame, services: pd.DataFrame, region_id: str, lang: str) -> pd.DataFrame:
    """One row per obstacle the region names: how often, and which service types it asks for answer it.

    ``is_answered`` is False for an unanswered need: no service type the region asks for is linked to it.
    """
    frame = _matched(ds, obstacles, "obstacle", services, "service_type", region_id, lang)
    return frame.rename(columns={"matches": "answered_by", "is_matched": "is_answered"})


def need_status(needs: pd.DataFrame, obstacle_id: str) -> str:
    """Where an obstacle stands in a region's ``needs_table``: "not_named", "answered" or "unanswered"."""
    row = needs[needs["obstacle_id"] == obstacle_id]
    if row.empty:
        return "not_named"
    return "answered" if row["is_answered"].iloc[0] else "unanswered"


def offer_table(ds: Dataset, obstacles: pd.DataFrame, services: pd.DataFrame, region_id: str, lang: str) -> pd.DataFrame:
    """One row per service type the region asks for: how often, and which of its named obstacles it answers.

    ``answers_named`` is False for a service type that answers none of the region's named obstacles.
    """
    frame = _matched(ds, services, "service_type", obstacles, "obstacle", region_id, lang)
    return frame.rename(columns={"matches": "answers", "is_matched": "answers_named"})


def _matched(ds: Dataset, own: pd.DataFrame, own_kind: str, other: pd.DataFrame, other_kind: str,
             region_id: str, lang: str) -> pd.DataFrame:
    """The region's ``own`` items counted, each with the linked ``other`` items the region names too
    (``matches``) and the linked ones it does not name (``elsewhere``).

    Unmatched items first, then by mentions: the gaps are what the page is about.
    """
    own_id, other_id = f"{own_kind}_id", f"{other_kind}_id"
    counted = own.loc[own["region_id"] == region_id, own_id].value_counts()
    present = set(other.loc[other["region_id"] == region_id, other_id])
    pairs = link_pairs(ds)
    other_labels = labels(ds, f"{other_kind}s", lang)
    frame = pd.DataFrame({own_id: counted.index, "mentions": counted.to_numpy()})
    frame[own_kind] = frame[own_id].map(labels(ds, f"{own_kind}s", lang))
    for column, kept in (("matches", pairs[other_id].isin(present)), ("elsewhere", ~pairs[other_id].isin(present))):
        found = frame[own_id].map(pairs[kept].groupby(own_id)[other_id].agg(sorted))
        frame[column] = found.map(lambda ids: ", ".join(other_labels[ids]) if isinstance(ids, list) else "")
    frame["is_matched"] = frame["matches"] != ""
    return frame.sort_values(["is_matched", "mentions"], ascending=[True, False], kind="stable").reset_index(drop=True)


def evidence(ds: Dataset, obstacles: pd.DataFrame, services: pd.DataFrame, region_id: str,
             obstacle_ids: list[str], service_type_ids: list[str], lang: str) -> pd.DataFrame:
    """The quotes behind a row or cell: where the region names the obstacles and asks for the service types,
    and where an addendum links one of those obstacles to one of those service types.

    ``kind`` is "obstacle", "service_type" or "link_<link_kind>" (link_stated, link_listed, link_coded: how the
    link is known); ``region`` names the addendum a link comes from.
    """
    names = region_names(ds)
    links = ds.tables["obstacle_service_links"]
    parts = [
        obstacles[(obstacles["region_id"] == region_id) & obstacles["obstacle_id"].isin(obstacle_ids)]
        .assign(kind="obstacle", label=lambda f: f["obstacle_id"].map(labels(ds, "obstacles", lang))),
        services[(services["region_id"] == region_id) & services["service_type_id"].isin(service_type_ids)]
        .assign(kind="service_type", label=lambda f: f["service_type_id"].map(labels(ds, "service_types", lang))),
        links[links["obstacle_id"].isin(obstacle_ids) & links["service_type_id"].isin(service_type_ids)]
        .assign(kind=lambda f: "link_" + f["link_kind"], section=None, label=lambda f: f["obstacle_id"].map(labels(ds, "obstacles", lang)) + " → "
                + f["service_type_id"].map(labels(ds, "service_types", lang))),
    ]
    frame = pd.concat([p.assign(region=p["region_id"].map(names)) for p in parts], ignore_index=True)
    frame["challenge_rank"] = frame["challenge_rank"].astype("Int64")
    return frame[EVIDENCE_COLUMNS]


def linked_obstacles(ds: Dataset, service_type_id: str) -> list[str]:
    """The obstacles some addendum links to ``service_type_id``."""
    pairs = link_pairs(ds)
    return sorted(pairs.loc[pairs["service_type_id"] == service_type_id, "obstacle_id"])


def link_summary(ds: Dataset) -> dict[str, int]:
    """How many link statements, distinct links and addenda the links rest on, and how many statements
    of each link kind (for the page's explanation)."""
    links = ds.tables["obstacle_service_links"]
    kinds = links["link_kind"].value_counts()
    return {"statements": len(links), "pairs": len(link_pairs(ds)), "sources": links["source_id"].nunique(),
            **{kind: int(kinds.get(kind, 0)) for kind in LINK_KINDS}}
