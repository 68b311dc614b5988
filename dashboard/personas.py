"""How often each persona is cited, and each persona's profile: where, what the texts say, which obstacles."""

import pandas as pd

from dashboard.data import Dataset
from dashboard.evidence import fact_id
from dashboard.filters import persona_challenges
from dashboard.taxonomy import labels


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
    rows = mine.merge(regions, on="region_id")
    rows["fact_id"] = [fact_id("persona_facts", row) for row in rows.to_dict("records")]
    return rows[["region", "challenge_rank", "statement_nl", "quote", "is_flagged", "flag_note", "fact_id"]]


def persona_profiles(ds: Dataset, region_ids: list[str]) -> pd.DataFrame:
    """One line per persona cited in scope: where (region and challenge numbers), what is said, what is flagged.

    ``where`` reads "Westhoek (1, 3); Regio Oostende (1)": the regions and the challenges built on the persona.
    """
    links = ds.tables["challenge_personas"]
    links = links[links["region_id"].isin(region_ids)]
    names = ds.tables["regions"].set_index("region_id")["name"]
    where = links.sort_values(["region_id", "challenge_rank"]).groupby("persona_id").apply(
        lambda rows: "; ".join(f"{names[r]} ({', '.join(map(str, g['challenge_rank']))})" for r, g in rows.groupby("region_id")),
        include_groups=False).rename("where")
    facts = ds.tables["persona_facts"]
    facts = facts[facts["region_id"].isin(region_ids)]
    said = facts.groupby("persona_id").agg(statements=("quote", "size"), flagged=("is_flagged", "sum"))
    frame = persona_frequency(ds, region_ids).set_index("persona_id")[["name", "challenges", "regions"]]
    frame = frame.join(where).join(said).reset_index()
    frame[["statements", "flagged"]] = frame[["statements", "flagged"]].fillna(0).astype(int)
    return frame[frame["challenges"] > 0].reset_index(drop=True)


def persona_obstacles(ds: Dataset, persona_id: str, region_ids: list[str], lang: str) -> pd.DataFrame:
    """Each place an obstacle is named in a challenge built on the persona: obstacle, region, challenge and quote."""
    keys = persona_challenges(ds, persona_id)
    named = ds.tables["region_obstacles"]
    named = named[named["region_id"].isin(region_ids)].merge(keys, on=["region_id", "challenge_rank"])
    obstacle_labels = labels(ds, "obstacles", lang)
    names = ds.tables["regions"].set_index("region_id")["name"]
    rows = named.assign(obstacle=named["obstacle_id"].map(obstacle_labels), region=named["region_id"].map(names),
                        fact_id=[fact_id("region_obstacles", row) for row in named.to_dict("records")])
    rows["challenge_rank"] = rows["challenge_rank"].astype(int)
    return rows[["obstacle_id", "obstacle", "region", "challenge_rank", "quote", "fact_id"]]


def obstacle_counts(obstacles: pd.DataFrame) -> pd.DataFrame:
    """Per obstacle: how often it is named with the persona and by how many regions, most named first."""
    counts = obstacles.groupby(["obstacle_id", "obstacle"]).agg(mentions=("quote", "size"), regions=("region", "nunique"))
    return counts.reset_index().sort_values(["mentions", "regions", "obstacle"], ascending=[False, False, True])
