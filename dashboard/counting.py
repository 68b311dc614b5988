"""How a mention is counted when regions are compared: the one counting rule of the dashboard.

The regions wrote texts of very different length and structure, and paste the same bullet under
several challenges. So the default unit is *presence per challenge*: in how many of its challenges
a region names a category (named twice in one challenge: once), also as a share of the region's
challenges. A mention outside any challenge (challenge_rank empty: region-wide) counts once per
region, however often it is repeated. Raw mentions, every quoted row, remain a second measure,
always labelled as such ("vermeldingen"), never the default.
"""

import pandas as pd

from dashboard.i18n import tr
from dashboard.regions import region_names
from dashboard.scope import Scope
from dashboard.taxonomy import labels

UNITS = ("presence", "mentions")  # the default first
UNIT_COLUMNS = {"presence": "unit.presence", "share": "unit.share", "mentions": "unit.mentions"}  # column -> i18n label


def presence(mentions: pd.DataFrame, item_id: str, challenges: pd.Series) -> pd.DataFrame:
    """Per region and ``item_id`` named: ``presence`` (the challenges naming it, plus one when named
    region-wide), ``share`` (the challenges naming it over the region's ``challenges``, a region_id ->
    count Series), ``is_region_wide`` and the raw ``mentions``."""
    keyed = mentions.assign(in_challenge=mentions["challenge_rank"].notna())
    grouped = keyed.groupby(["region_id", item_id])
    frame = pd.DataFrame({
        "in_challenges": grouped["challenge_rank"].nunique(),
        "is_region_wide": ~grouped["in_challenge"].all(),
        "mentions": grouped.size(),
    }).reset_index()
    frame["presence"] = frame["in_challenges"] + frame["is_region_wide"].astype(int)
    of_region = challenges.reindex(frame["region_id"]).to_numpy(dtype=float)
    frame["share"] = (frame["in_challenges"].to_numpy(dtype=float) / of_region).round(2)
    frame["share"] = frame["share"].fillna(0.0)
    return frame[["region_id", item_id, "presence", "share", "is_region_wide", "mentions"]]


def challenges_per_region(scope: Scope) -> pd.Series:
    """region_id -> the number of its challenges in scope (a persona keeps those built on it)."""
    keys = scope.challenge_keys()
    return keys.groupby("region_id").size().reindex(scope.regions, fill_value=0)


def counts(scope: Scope, mentions: pd.DataFrame, kind: str, lang: str, unit: str = UNITS[0]) -> pd.DataFrame:
    """Per region in scope, the obstacles (``kind`` "obstacle") or service types ("service_type") its
    ``mentions`` name, with presence, share, mentions and label, most first by ``unit``."""
    item_id = f"{kind}_id"
    frame = presence(mentions, item_id, challenges_per_region(scope))
    frame["label"] = frame[item_id].map(labels(scope.ds, f"{kind}s", lang))
    return frame.sort_values(["region_id", *_units_from(unit), "label"], ascending=[True, False, False, True]).reset_index(drop=True)


def count_matrix(scope: Scope, mentions: pd.DataFrame, kind: str, lang: str, unit: str = UNITS[0]) -> pd.DataFrame:
    """Long table region x category of ``mentions`` (obstacles or service types): presence, share and mentions
    (0 where not named) and, for service types, the best order of importance the region gives.

    Categories named by no region in scope are left out; they come in order of their total ``unit``.
    """
    item_id = f"{kind}_id"
    counted = presence(mentions, item_id, challenges_per_region(scope)).set_index([item_id, "region_id"])
    if "importance_rank" in mentions:
        counted["importance_rank"] = mentions.groupby([item_id, "region_id"])["importance_rank"].min()
    totals = counted.groupby(item_id)[_units_from(unit)].sum()
    order = totals.sort_values(list(totals.columns), ascending=False, kind="stable").index
    grid = pd.MultiIndex.from_product([order, scope.regions], names=[item_id, "region_id"])
    frame = counted.reindex(grid).reset_index()
    for column in ("presence", "mentions"):
        frame[column] = frame[column].fillna(0).astype(int)
    frame["share"] = frame["share"].fillna(0.0)
    frame["is_region_wide"] = frame["is_region_wide"].astype("boolean").fillna(False).astype(bool)
    if "importance_rank" in frame:
        frame["importance_rank"] = frame["importance_rank"].astype("Int64")
    frame[kind] = frame[item_id].map(labels(scope.ds, f"{kind}s", lang))
    frame["region"] = frame["region_id"].map(region_names(scope.ds))
    return frame


def _units_from(unit: str) -> list[str]:
    """The units, ``unit`` first: the order to sort by (ties broken by the other unit)."""
    return [unit, *(u for u in UNITS if u != unit)]


def unit_label(unit: str, lang: str) -> str:
    """The name of a unit as a column header and axis title: what the number counts."""
    return tr(UNIT_COLUMNS[unit], lang)

