"""Regions side by side, and how much each two have in common: to help regions find partners.

The Vlaamse-Ardennen addendum asks for exactly that. Similarity is the Jaccard index
|A ∩ B| / |A ∪ B| of what two regions name: obstacles, personas, service types, or all three.
"""

from itertools import combinations

import pandas as pd

from dashboard.core.counting import DEPENDS
from dashboard.core.data import Dataset
from dashboard.text.i18n import tr
from dashboard.text.numbers import number
from dashboard.core.scope import Scope
from dashboard.core.taxonomy import labels, persona_names

DEFAULT_REGIONS = 5  # how many regions a comparison opens with when the filter names fewer than two; any number may be chosen
KINDS = ("obstacle", "persona", "service_type")
KIND_LABELS = {"obstacle": "col.obstacles", "persona": "col.personas", "service_type": "col.service_types"}
GROUPS = ("all", "some", "one")  # named by every chosen region, by some, by one only


def default_comparison(filter_ids: tuple[str, ...], every: list[str]) -> list[str]:
    """The regions of the global filter when they make a comparison (two or more), else the first five."""
    return list(filter_ids) if len(filter_ids) >= 2 else every[:DEFAULT_REGIONS]


def enrichment(ds: Dataset, obstacles: pd.DataFrame, services: pd.DataFrame, lang: str) -> pd.DataFrame:
    """What the enrichment sessions (section "verrijking") added: obstacles and service types with their quotes."""
    parts = [frame[frame["section"] == "verrijking"].assign(kind=kind, label=lambda f: f[f"{kind}_id"].map(labels(ds, f"{kind}s", lang)))
             for frame, kind in ((obstacles, "obstacle"), (services, "service_type"))]
    return pd.concat(parts, ignore_index=True)[["region_id", "kind", "label", "quote"]]


def region_items(scope: Scope, obstacles: pd.DataFrame, services: pd.DataFrame, lang: str) -> pd.DataFrame:
    """Distinct (region_id, kind, item_id, label): the obstacles, personas (persona_presence) and service types each
    region names."""
    ds, personas = scope.ds, persona_presence(scope)
    parts = [
        obstacles.assign(kind="obstacle", item_id=obstacles["obstacle_id"]),
        services.assign(kind="service_type", item_id=services["service_type_id"]),
        personas.assign(kind="persona", item_id=personas["persona_id"]),
    ]
    items = pd.concat([p[["region_id", "kind", "item_id"]] for p in parts], ignore_index=True).drop_duplicates()
    names = {"obstacle": labels(ds, "obstacles", lang), "service_type": labels(ds, "service_types", lang),
             "persona": persona_names(ds)}
    items["label"] = [names[k][i] for k, i in zip(items["kind"], items["item_id"])]
    return items.reset_index(drop=True)


def group_heading(group: str, regions: int, count: int, lang: str) -> str:
    """The heading of a group of ``differences``, counted as one says it: "door beide regio's" for two."""
    key = "both" if group == "all" and regions == 2 else group
    return tr(f"compare.group.{key}", lang, n=regions, count=count)


def persona_presence(scope: Scope) -> pd.DataFrame:
    """Per region and persona: in how many of the region's challenges in scope the persona is cited."""
    links = scope.rows("challenge_personas")
    return links.groupby(["region_id", "persona_id"])["challenge_rank"].nunique().rename("presence").reset_index()


def differences(named: pd.DataFrame, region_ids: list[str], names: dict[str, str], lang: str) -> pd.DataFrame:
    """What all chosen regions name, what some do and what one region only does: a row per item.

    ``named`` is long: region_id, kind, item_id, label, value (one row per region naming the item: emphasis for
    obstacles and service types, challenges for personas) and, for what data/region_emphasis ranks, region_rank,
    region_mentions_rank and region_rank_robustness among the chosen regions. The result has kind, item_id, label,
    ``group`` (GROUPS), ``named_by`` (how many regions), a column per region id holding its value (empty where it
    does not name the item), ``most``: the region(s) stressing it most, with "†" and the one-line change where that
    depends on the measure, and ``who``: "named by Westhoek, not by Vlaamse-Ardennen" (empty when all name it).
    Groups in GROUPS order, then the items named most, then kind and label.
    """
    kept = named[named["region_id"].isin(region_ids)]
    wide = kept.pivot_table(index=["kind", "item_id", "label"], columns="region_id", values="value", aggfunc="sum")
    wide = wide.reindex(columns=region_ids).reset_index()
    wide.columns.name = None
    wide["named_by"] = wide[region_ids].notna().sum(axis=1)
    wide["group"] = ["all" if n == len(region_ids) else "one" if n == 1 else "some" for n in wide["named_by"]]
    most = {key: _most(rows, names, lang) for key, rows in kept[kept.get("region_rank", pd.Series(dtype=float)) == 1]
            .groupby(["kind", "item_id"])} if "region_rank" in kept else {}
    wide["most"] = [most.get((k, i), "") if n > 1 else "" for k, i, n in zip(wide["kind"], wide["item_id"], wide["named_by"])]
    wide["who"] = [_who(kind, [r for r in region_ids if pd.notna(row[r])], region_ids, names, lang)
                   for kind, (_, row) in zip(wide["kind"], wide.iterrows())]
    wide["order"] = wide["group"].map(GROUPS.index)
    wide = wide.sort_values(["order", "named_by", "kind", "label"], ascending=[True, False, True, True])
    return wide.drop(columns="order").reset_index(drop=True)[["kind", "item_id", "label", "group", "named_by", *region_ids, "most",
                                                             "who"]]


def _most(rows: pd.DataFrame, names: dict[str, str], lang: str) -> str:
    """"Westhoek" (holds under every measure) or "Westhoek † (region #1 by emphasis, #2 by mentions)"."""
    depends = rows[rows["region_rank_robustness"] == DEPENDS]
    lines = [tr("robust.region", lang, e=r.region_rank, m=r.region_mentions_rank) for r in depends.itertuples()]
    return ", ".join(names[r] for r in rows["region_id"]) + (f" † ({'; '.join(lines)})" if lines else "")


def _who(kind: str, naming: list[str], region_ids: list[str], names: dict[str, str], lang: str) -> str:
    missing = [r for r in region_ids if r not in naming]
    if not missing:
        return ""
    return tr(f"compare.who.{kind}", lang, yes=", ".join(names[r] for r in naming), no=", ".join(names[r] for r in missing))


def region_sets(items: pd.DataFrame, region_ids: list[str], kinds: tuple[str, ...]) -> dict[str, frozenset]:
    """Per region, the set of (kind, item_id) it names among ``kinds``."""
    kept = items[items["kind"].isin(kinds)]
    return {r: frozenset(zip(kept.loc[kept["region_id"] == r, "kind"], kept.loc[kept["region_id"] == r, "item_id"]))
            for r in region_ids}


def jaccard(a: frozenset, b: frozenset) -> float:
    """|a ∩ b| / |a ∪ b|; NaN when both are empty (nothing to compare)."""
    union = len(a | b)
    return len(a & b) / union if union else float("nan")


def jaccard_matrix(sets: dict[str, frozenset]) -> pd.DataFrame:
    """Region x region Jaccard index, symmetric, ones on the diagonal (for a region that names anything)."""
    ids = list(sets)
    return pd.DataFrame([[jaccard(sets[a], sets[b]) for b in ids] for a in ids], index=ids, columns=ids)


def pairs(matrix: pd.DataFrame) -> pd.DataFrame:
    """Each two regions once, most alike first (pairs with nothing to compare left out)."""
    rows = [(a, b, matrix.loc[a, b]) for a, b in combinations(matrix.index, 2)]
    frame = pd.DataFrame(rows, columns=["region_a", "region_b", "jaccard"]).dropna()
    return frame.sort_values("jaccard", ascending=False, kind="stable").reset_index(drop=True)


def shared_items(items: pd.DataFrame, a: str, b: str, kinds: tuple[str, ...], others: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """Per kind, the labels both regions name, alphabetically; with ``others``, only those some other region lacks.

    What every region names says nothing about who should partner with whom; what two share and
    others lack does.
    """
    kept = items[items["kind"].isin(kinds)]
    both = kept[kept["region_id"] == a].merge(kept[kept["region_id"] == b], on=["kind", "item_id", "label"])
    if others:
        everywhere = kept[kept["region_id"].isin(others)].groupby(["kind", "item_id"])["region_id"].nunique() == len(others)
        both = both[~both.set_index(["kind", "item_id"]).index.isin(everywhere[everywhere].index)]
    return {k: sorted(both.loc[both["kind"] == k, "label"]) for k in kinds if (both["kind"] == k).any()}


def similarity_reading(matrix: pd.DataFrame, items: pd.DataFrame, kinds: tuple[str, ...], names: dict[str, str],
                       lang: str) -> list[str]:
    """A few sentences: which two regions are most alike and what sets them apart together, which differ most,
    and each region's nearest partner."""
    ranked = pairs(matrix)
    ranked = ranked[ranked["jaccard"] > 0]
    if ranked.empty:
        return [tr("compare.reading.none", lang)]
    best, worst = ranked.iloc[0], ranked.iloc[-1]
    a, b = best["region_a"], best["region_b"]
    sets = region_sets(items, [a, b], kinds)
    lines = [tr("compare.reading.best", lang, a=names[a], b=names[b], j=number(best["jaccard"], lang, decimals=2),
                n=len(sets[a] & sets[b]), total=len(sets[a] | sets[b]))]
    others = tuple(r for r in matrix.index if r not in (a, b))
    shared = shared_items(items, a, b, kinds, others)
    if shared:
        lines.append(tr("compare.reading.distinct" if others else "compare.reading.shared", lang,
                        items=_listing(shared, lang, by_kind=len(kinds) > 1)))
    if len(ranked) > 1:
        lines.append(tr("compare.reading.least", lang, a=names[worst["region_a"]], b=names[worst["region_b"]],
                        j=number(worst["jaccard"], lang, decimals=2)))
    for region_id in matrix.index:
        partners = matrix.loc[region_id].drop(region_id).dropna()
        if len(partners) > 1 and partners.max() > 0:
            lines.append(tr("compare.reading.partner", lang, region=names[region_id], partner=names[partners.idxmax()],
                            j=number(partners.max(), lang, decimals=2)))
    return lines


def _listing(items: dict[str, list[str]], lang: str, by_kind: bool, most: int = 12) -> str:
    """"a, b, c" or, ``by_kind``, "kind: a, b; kind: c"; cut after ``most`` labels ("and n more")."""
    labelled = [(kind, label) for kind, labels_ in items.items() for label in labels_]
    shown = labelled[:most]
    parts = []
    for kind in dict.fromkeys(k for k, _ in shown):
        words = ", ".join(label for k, label in shown if k == kind)
        parts.append(words if not by_kind else f"{tr(KIND_LABELS[kind], lang).lower()}: {words}")
    left = len(labelled) - len(shown)
    return "; ".join(parts) + (" " + tr("compare.reading.more", lang, n=left) if left else "")


