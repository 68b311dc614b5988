"""Needs against offer: the obstacles a region names, set against the service types it asks for.

A need is answered in one of three ways (ANSWERS): by a link the region's text states itself; by a
service type the region asks for that answers it, by the codebook (data/obstacle_answers) or by our
pairing of the region's own lists (its listed and coded links); or not at all, when the region asks
for no service type that answers it. A region whose text links nothing is thus not shown as answering
nothing. A link only another addendum makes is shown beside it as borrowed, never as the region's own
answer. Items are counted as everywhere (dashboard.core.counting: emphasis first).
"""

import pandas as pd

from dashboard.core.counting import counts
from dashboard.core.data import Dataset
from dashboard.core.vocabularies import LINK_KINDS
from dashboard.core.regions import region_names
from dashboard.core.scope import Scope
from dashboard.core.taxonomy import labels

EVIDENCE_COLUMNS = ["kind", "label", "region", "section", "challenge_rank", "quote"]
ANSWERS = ("stated", "matched", "none")  # how a need is answered: a link the text states, a matching service type asked for, none
COUNTED = ["emphasis", "emphasis_rank", "robustness", "caveat", "presence", "mentions"]  # the counts a row shows


def link_pairs(ds: Dataset) -> pd.DataFrame:
    """Distinct (obstacle_id, service_type_id) pairs that some addendum links."""
    return ds.tables["obstacle_service_links"][["obstacle_id", "service_type_id"]].drop_duplicates()


def codebook_pairs(ds: Dataset) -> pd.DataFrame:
    """(obstacle_id, service_type_id): the service types that answer each obstacle by the codebook (obstacle_answers)."""
    answers = ds.tables["obstacle_answers"]
    rows = [(o, sid) for o, ids in zip(answers["obstacle_id"], answers["service_type_ids"].fillna("")) for sid in ids.split("; ") if sid]
    return pd.DataFrame(rows, columns=["obstacle_id", "service_type_id"])


def answer_pairs(region: Scope) -> pd.DataFrame:
    """(obstacle_id, service_type_id, is_link_stated): how a service type answers an obstacle in the ``region`` (a scope
    of one region), by the region's own links wherever it makes them, whatever persona is chosen (is_link_stated where
    its text states the link), or by the codebook."""
    own = region.regions_alone().rows("obstacle_service_links").assign(is_link_stated=lambda f: f["link_kind"] == "stated")
    pairs = pd.concat([own[["obstacle_id", "service_type_id", "is_link_stated"]],
                       codebook_pairs(region.ds).assign(is_link_stated=False)])
    return pairs.groupby(["obstacle_id", "service_type_id"])["is_link_stated"].any().reset_index()


def needs_table(scope: Scope, region_id: str, lang: str) -> pd.DataFrame:
    """One row per obstacle the region names: how stressed, and which service types it asks for answer it.

    ``answer`` is one of ANSWERS: "stated" (a link the region's text states, to a service type it asks for),
    "matched" (a service type it asks for answers it by the codebook or by our pairing of its lists) or "none";
    ``is_answered`` is False for "none". ``borrowed`` lists service types only another addendum links to it.
    """
    frame = _matched(scope, "obstacle", "service_type", region_id, lang)
    frame["answer"] = ["stated" if stated else "matched" if matched else "none"
                       for stated, matched in zip(frame["is_stated"], frame["is_matched"])]
    return frame.rename(columns={"matches": "answered_by", "is_matched": "is_answered"}).drop(columns="is_stated")


def need_status(needs: pd.DataFrame, obstacle_id: str) -> str:
    """Where an obstacle stands in a region's ``needs_table``: "not_named" or its answer (ANSWERS)."""
    row = needs[needs["obstacle_id"] == obstacle_id]
    return "not_named" if row.empty else row["answer"].iloc[0]


def offer_table(scope: Scope, region_id: str, lang: str) -> pd.DataFrame:
    """One row per service type the region asks for: how present, and which of its named obstacles it answers.

    ``answers_named`` is False for a service type that, by the region's own links or the codebook, answers none of
    the region's named obstacles.
    """
    frame = _matched(scope, "service_type", "obstacle", region_id, lang)
    return frame.rename(columns={"matches": "answers", "is_matched": "answers_named"}).drop(columns="is_stated")


def _matched(scope: Scope, own_kind: str, other_kind: str, region_id: str, lang: str) -> pd.DataFrame:
    """The region's items of ``own_kind`` counted (COUNTED), each with the ``other_kind`` items the region names too and
    that answer it or that it answers (``matches``: answer_pairs; ``is_stated`` where the text states such a link),
    those it names that only another addendum links (``borrowed``), and linked ones it does not name (``elsewhere``).

    Unmatched items first, then by emphasis: the gaps are what the page is about.
    """
    ds, region = scope.ds, scope.with_regions([region_id])
    mentions = {"obstacle": region.obstacle_mentions(), "service_type": region.service_mentions(by_obstacle=False)}
    own_id, other_id = f"{own_kind}_id", f"{other_kind}_id"
    counted = counts(region, mentions[own_kind], own_kind, lang)
    present = set(mentions[other_kind][other_id])
    mine = answer_pairs(region)
    every = pd.concat([link_pairs(ds), codebook_pairs(ds)]).drop_duplicates()
    theirs = link_pairs(ds).merge(mine[["obstacle_id", "service_type_id"]], how="left", indicator=True).query(
        "_merge == 'left_only'").drop(columns="_merge")
    other_labels = labels(ds, f"{other_kind}s", lang)
    frame = counted.rename(columns={"label": own_kind})[[own_id, own_kind, *COUNTED]]
    matching = mine[mine[other_id].isin(present)]
    for column, pairs in (("matches", matching), ("borrowed", theirs[theirs[other_id].isin(present)]),
                          ("elsewhere", every[~every[other_id].isin(present)])):
        found = frame[own_id].map(pairs.groupby(own_id)[other_id].agg(lambda ids: sorted(set(ids))))
        frame[column] = found.map(lambda ids: ", ".join(other_labels[ids]) if isinstance(ids, list) else "")
    frame["is_matched"] = frame["matches"] != ""
    frame["is_stated"] = frame[own_id].isin(matching.loc[matching["is_link_stated"], own_id])
    return frame.sort_values(["is_matched", "emphasis_rank"], ascending=[True, True], kind="stable").reset_index(drop=True)


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
    """The obstacles some addendum links to ``service_type_id``, or that it answers by the codebook."""
    pairs = pd.concat([link_pairs(ds), codebook_pairs(ds)])
    return sorted(set(pairs.loc[pairs["service_type_id"] == service_type_id, "obstacle_id"]))


def answering_service_types(ds: Dataset, obstacle_id: str) -> set[str]:
    """The service types that answer ``obstacle_id`` by the codebook."""
    pairs = codebook_pairs(ds)
    return set(pairs.loc[pairs["obstacle_id"] == obstacle_id, "service_type_id"])


def link_summary(ds: Dataset) -> dict[str, int]:
    """How many link statements, distinct links and addenda the links rest on, and how many statements
    of each link kind (for the page's explanation)."""
    links = ds.tables["obstacle_service_links"]
    kinds = links["link_kind"].value_counts()
    return {"statements": len(links), "pairs": len(link_pairs(ds)), "sources": links["source_id"].nunique(),
            **{kind: int(kinds.get(kind, 0)) for kind in LINK_KINDS}}
