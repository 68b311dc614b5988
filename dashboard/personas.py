"""How often each persona is cited, and what the sources say about one persona."""

import pandas as pd

from dashboard.data import Dataset


def persona_frequency(ds: Dataset, region_ids: list[str]) -> pd.DataFrame:
    """Per persona: challenges and regions citing it, and a rank-weighted score.

    The weight of a citation is 1 / challenge_rank: challenges are listed from the most common
    persona group down, so being in challenge 1 counts fully, in challenge 2 half, and so on.
    """
    links = ds.tables["challenge_personas"]
    links = links[links["region_id"].isin(region_ids)]
    counts = links.groupby("persona_id").agg(
        challenges=("challenge_rank", "size"),
        regions=("region_id", "nunique"),
        weighted=("challenge_rank", lambda ranks: (1 / ranks).sum()),
    )
    names = ds.tables["personas"].set_index("persona_id")["name"]
    frame = counts.reindex(names.index, fill_value=0).reset_index()
    frame.insert(1, "name", frame["persona_id"].map(names))
    frame["weighted"] = frame["weighted"].astype(float).round(2)
    return frame.sort_values(["challenges", "weighted", "name"], ascending=[False, False, True]).reset_index(drop=True)


def persona_region_matrix(ds: Dataset, region_ids: list[str]) -> pd.DataFrame:
    """Persona by region: the best (lowest) challenge rank citing the persona, empty when none."""
    links = ds.tables["challenge_personas"]
    links = links[links["region_id"].isin(region_ids)]
    matrix = links.pivot_table(index="persona_id", columns="region_id", values="challenge_rank", aggfunc="min")
    names = ds.tables["personas"].set_index("persona_id")["name"]
    matrix = matrix.reindex(index=names.index, columns=region_ids)
    return matrix.rename(index=names)


def persona_citations(ds: Dataset, persona_id: str, region_ids: list[str]) -> pd.DataFrame:
    """Each challenge citing the persona: region, rank, title, the persona's position and the heading quote."""
    t = ds.tables
    links = t["challenge_personas"]
    mine = links[(links["persona_id"] == persona_id) & links["region_id"].isin(region_ids)]
    rows = mine.merge(t["challenges"], on=["region_id", "challenge_rank"]).merge(
        t["regions"][["region_id", "name"]].rename(columns={"name": "region"}), on="region_id")
    return rows[["region", "region_id", "challenge_rank", "title", "persona_rank", "quote"]].sort_values(["region", "challenge_rank"])


def persona_statements(ds: Dataset, persona_id: str, region_ids: list[str]) -> pd.DataFrame:
    """What the running texts say about the persona, with flags where a source contradicts itself."""
    facts = ds.tables["persona_facts"]
    mine = facts[(facts["persona_id"] == persona_id) & facts["region_id"].isin(region_ids)]
    regions = ds.tables["regions"][["region_id", "name"]].rename(columns={"name": "region"})
    return mine.merge(regions, on="region_id")[["region", "challenge_rank", "statement_nl", "quote", "is_flagged", "flag_note"]]
