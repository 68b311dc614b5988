"""How often each persona is cited, and each persona's profile: where, what the texts say, which obstacles."""

import pandas as pd

from dashboard.core.counting import across_regions, emphasis_rows
from dashboard.text.curated_text import column_in_language
from dashboard.domain.evidence import fact_id
from dashboard.core.regions import region_names
from dashboard.core.scope import Scope
from dashboard.core.taxonomy import labels, persona_names
from dashboard.core.vocabularies import FACT_LEVELS


def persona_frequency(scope: Scope) -> pd.DataFrame:
    """Per persona: challenges and regions citing it, and a rank-weighted score.

    The weight of a citation is 1 / challenge_rank: challenges are listed from the most common
    persona group down, so being in challenge 1 counts fully, in challenge 2 half, and so on.
    """
    ds, links = scope.ds, scope.persona_links()
    counts = links.groupby("persona_id").agg(
        challenges=("challenge_rank", "size"),
        regions=("region_id", "nunique"),
        weighted=("challenge_rank", lambda ranks: (1 / ranks).sum()),
    )
    names = persona_names(ds)
    frame = counts.reindex(names.index, fill_value=0).reset_index()
    frame.insert(1, "name", frame["persona_id"].map(names))
    frame["weighted"] = frame["weighted"].astype(float).round(2)
    return frame.sort_values(["challenges", "weighted", "name"], ascending=[False, False, True]).reset_index(drop=True)


def persona_region_matrix(scope: Scope) -> pd.DataFrame:
    """Persona by region: the best (lowest) challenge rank citing the persona, empty when none."""
    matrix = scope.persona_links().pivot_table(index="persona_id", columns="region_id", values="challenge_rank", aggfunc="min")
    names = persona_names(scope.ds)
    matrix = matrix.reindex(index=names.index, columns=scope.regions)
    return matrix.rename(index=names)


def persona_citations(scope: Scope) -> pd.DataFrame:
    """Each challenge citing the chosen persona: region, rank, title, the persona's position and the heading quote."""
    links = scope.persona_links()
    rows = links[links["persona_id"] == scope.persona_id].merge(scope.ds.tables["challenges"], on=["region_id", "challenge_rank"])
    rows = rows.assign(region=rows["region_id"].map(region_names(scope.ds)))
    return rows[["region", "region_id", "challenge_rank", "title", "title_en", "persona_rank", "quote"]].sort_values(
        ["region", "challenge_rank"])


def persona_statements(scope: Scope, lang: str) -> pd.DataFrame:
    """What the running texts say about the chosen persona (fact_level persona) and about the group of each challenge
    it belongs to (fact_level group), in ``lang``, with flags where a source contradicts itself."""
    rows = scope.rows("persona_facts")
    rows = rows.assign(region=rows["region_id"].map(region_names(scope.ds)), statement=column_in_language(rows, "statement", lang),
                       note=column_in_language(rows, "flag_note", lang),
                       fact_id=[fact_id("persona_facts", row) for row in rows.to_dict("records")])
    return rows[["region", "challenge_rank", "fact_level", "statement", "quote", "is_flagged", "note", "fact_id"]]


def persona_lines(ds, lang: str) -> dict[str, str]:
    """Persona name -> its one-line description (age, situation) in ``lang``, for the personas that have one."""
    lines = ds.tables["persona_descriptions"].drop_duplicates("persona_id")
    return dict(zip(lines["persona_id"].map(persona_names(ds)), column_in_language(lines, "profile", lang)))


def persona_description(scope: Scope, lang: str) -> dict | None:
    """The chosen persona's one line (age, situation) in ``lang``, with its quote and fact id; None when it has none."""
    lines = scope.ds.tables["persona_descriptions"]
    mine = lines[lines["persona_id"] == scope.persona_id]
    if mine.empty:
        return None
    row = mine.iloc[0].to_dict()
    return {"line": column_in_language(mine, "profile", lang).iloc[0], "quote": row["quote"],
            "region": region_names(scope.ds)[row["region_id"]], "fact_id": fact_id("persona_descriptions", row)}


def persona_profiles(scope: Scope, lang: str) -> pd.DataFrame:
    """One line per persona cited in scope: who (the persona's one-line description in ``lang``), where (region and
    challenge numbers), how much is said about the persona itself and about its groups, what is flagged.

    ``where`` reads "Westhoek (1, 3); Regio Oostende (1)": the regions and the challenges built on the persona.
    """
    ds, links, names = scope.ds, scope.persona_links(), region_names(scope.ds)
    where = links.sort_values(["region_id", "challenge_rank"]).groupby("persona_id").apply(
        lambda rows: "; ".join(f"{names[r]} ({', '.join(map(str, g['challenge_rank']))})" for r, g in rows.groupby("region_id")),
        include_groups=False).rename("where")
    facts = scope.every_persona().rows("persona_facts")
    about_persona, about_group = FACT_LEVELS.values
    said = facts.groupby("persona_id").agg(statements=("fact_level", lambda level: (level == about_persona).sum()),
                                           group_statements=("fact_level", lambda level: (level == about_group).sum()),
                                           flagged=("is_flagged", "sum"))
    lines = ds.tables["persona_descriptions"]
    who = column_in_language(lines, "profile", lang).set_axis(lines["persona_id"]).rename("description")
    frame = persona_frequency(scope).set_index("persona_id")[["name", "challenges", "regions"]]
    frame = frame.join(who).join(where).join(said).reset_index()
    counts = ["statements", "group_statements", "flagged"]
    frame[counts] = frame[counts].fillna(0).astype(int)
    return frame[frame["challenges"] > 0].reset_index(drop=True)


def persona_obstacles(scope: Scope, lang: str) -> pd.DataFrame:
    """Each place an obstacle is named in a challenge built on the chosen persona: obstacle, region, challenge and
    quote; a chosen obstacle keeps its own places only."""
    named = scope.obstacle_mentions(only_chosen=True)
    rows = named.assign(obstacle=named["obstacle_id"].map(labels(scope.ds, "obstacles", lang)),
                        region=named["region_id"].map(region_names(scope.ds)),
                        fact_id=[fact_id("region_obstacles", row) for row in named.to_dict("records")])
    rows["challenge_rank"] = rows["challenge_rank"].astype(int)
    return rows[["obstacle_id", "obstacle", "region_id", "region", "challenge_rank", "quote", "fact_id"]]


def persona_obstacle_counts(scope: Scope, obstacles: pd.DataFrame) -> pd.DataFrame:
    """Per obstacle of ``persona_obstacles``: its emphasis in the challenges built on the persona (dashboard.core.counting,
    the mean over the regions citing the persona), in how many of those regions it is named and its raw mentions, each
    with its rank, and whether its place among the first holds under all three; most stressed first."""
    citing = scope.with_regions(scope.regions_citing_persona())
    counted = across_regions(emphasis_rows(citing, "obstacle"), "obstacle_id")
    counted = counted[counted["obstacle_id"].isin(obstacles["obstacle_id"])]
    return counted.assign(obstacle=counted["obstacle_id"].map(obstacles.groupby("obstacle_id")["obstacle"].first()))
