"""How emphasis is measured when regions are compared: the one counting rule of the dashboard.

The default measure is *emphasis*: a category's share of a region's distinct coded statements of its
kind (obstacles, service types), as the Manifesto and Comparative Agendas projects measure attention.
A statement is a distinct quote of the region: pasted under six challenges it is still one statement,
and a region-wide statement (a list "for all challenges") is one statement like any other, neither
one challenge among many nor nothing. A statement coded with k categories of a kind gives each 1/k,
so a sentence listing six life domains weighs as much as one naming one need. Shares sum to one per
region and kind, whatever the number of challenges, personas or pages a region wrote.

Ranks are ties-equal ("1, 2, 2, 4"); where the measure ties, the order the region gives itself
(``importance_rank``) decides, never the alphabet. Every ranking is also read under two alternatives,
*presence by region* (named or not) and raw *mentions*: a statement "k is among the region's top
TOP" or "region r stresses k most" *holds* when no alternative contradicts it, and *depends* when one
does. A measure that ties two categories does not contradict an order between them.

Presence per challenge (in how many of its challenges a region names a category) and raw mentions
remain as labelled units to look at, never the default.
"""

import pandas as pd

from dashboard.text.curated_text import column_in_language
from dashboard.core.resources import RESOURCES
from dashboard.core.vocabularies import ROBUSTNESS
from dashboard.text.i18n import LANGUAGES, tr
from dashboard.text.numbers import number
from dashboard.domain.quotes import collapse_whitespace
from dashboard.core.regions import region_names
from dashboard.core.scope import Scope
from dashboard.core.taxonomy import labels

UNITS = ("emphasis", "presence", "mentions")  # the default first
UNIT_COLUMNS = {"emphasis": "unit.emphasis", "presence": "unit.presence", "share": "unit.share",
                "mentions": "unit.mentions"}  # column -> i18n label
KINDS = ("obstacle", "service_type")
ACROSS = ("emphasis", "regions", "mentions")  # the measures of a ranking across regions: the default, then the alternatives
RANKED_BY = {"emphasis": ["emphasis_rank"], "presence": ["presence", "mentions"], "mentions": ["mentions", "presence"]}  # a region's order
HOLDS, DEPENDS = ROBUSTNESS.values
TOP = 5  # the length of a region's ranking that the robustness label speaks about
DECIMALS = 1  # emphasis (a percentage) is published, shown and ranked at this precision: shown equal, ranked equal


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


def emphasis(mentions: pd.DataFrame, item_id: str) -> pd.DataFrame:
    """Per region and ``item_id`` named: ``statements`` (its distinct statements, one coded with k categories
    counting 1/k), ``emphasis`` (that as a percentage of the region's distinct statements) and the raw ``mentions``."""
    coded = mentions.assign(statement=mentions["quote"].map(collapse_whitespace))
    distinct = coded[["region_id", "statement", item_id]].drop_duplicates()
    distinct = distinct.assign(weight=1 / distinct.groupby(["region_id", "statement"])[item_id].transform("size").astype(float))
    frame = distinct.groupby(["region_id", item_id])["weight"].sum().rename("statements").reset_index()
    of_region = distinct.groupby("region_id")["statement"].nunique()
    frame["emphasis"] = (100 * frame["statements"] / frame["region_id"].map(of_region).astype(float)).round(DECIMALS)
    frame["statements"] = frame["statements"].round(3)
    return frame.merge(coded.groupby(["region_id", item_id]).size().rename("mentions").reset_index())


def emphasis_table(obstacles: pd.DataFrame, services: pd.DataFrame, categories: dict[str, list[str]],
                   region_ids: list[str]) -> pd.DataFrame:
    """data/region_emphasis: a row per region x kind x category of ``categories`` (kind -> ids), named or not.

    ``obstacles`` and ``services`` are coded rows (region_id, the id, quote; services with importance_rank).
    Each row has the default measure and its rank in the region, the two alternatives (is_named, mentions and
    its rank), the region's own rank, the rank of the region among ``region_ids`` on the category, and
    whether the region's ranking (``rank_robustness``) and the regions' order (``region_rank_robustness``)
    hold under every measure.
    """
    parts = []
    for kind, mentions in (("obstacle", obstacles), ("service_type", services)):
        item_id = f"{kind}_id"
        grid = pd.MultiIndex.from_product([region_ids, categories[kind]], names=["region_id", item_id]).to_frame(index=False)
        frame = grid.merge(emphasis(mentions, item_id), how="left").rename(columns={item_id: "category_id"})
        own = mentions.groupby(["region_id", item_id])["importance_rank"].min() if "importance_rank" in mentions else None
        frame["importance_rank"] = (pd.Series(dtype=float) if own is None else
                                    own.reindex(pd.MultiIndex.from_frame(grid)).to_numpy())
        parts.append(frame.assign(kind=kind))
    frame = pd.concat(parts, ignore_index=True)
    frame["is_named"] = frame["mentions"].notna()
    frame = frame.fillna({"statements": 0.0, "emphasis": 0.0, "mentions": 0})
    frame = ranked(frame)
    return frame[RESOURCES["region_emphasis"].columns].astype({"mentions": int, "importance_rank": "Int64"})


def ranked(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` (region_id, kind, category_id, emphasis, is_named, mentions, importance_rank) with the ranks and
    robustness labels of emphasis_table, computed from those columns alone (a page may re-rank a subset of regions)."""
    frame = frame.copy()
    named = frame["is_named"]
    own = frame["importance_rank"].astype(float).fillna(float("inf"))
    within = ["region_id", "kind"]
    frame["emphasis_rank"] = _rank(frame.assign(own=-own)[named], within, ["emphasis", "own"])
    frame["mentions_rank"] = _rank(frame[named], within, ["mentions"])
    frame["rank_robustness"] = _top_robustness(frame)
    frame["region_rank"] = _rank(frame[named], ["kind", "category_id"], ["emphasis"])
    frame["region_mentions_rank"] = _rank(frame[named], ["kind", "category_id"], ["mentions"])
    frame["region_rank_robustness"] = _most_robustness(frame)
    return frame.astype({column: "Int64" for column in ("emphasis_rank", "mentions_rank", "region_rank", "region_mentions_rank")})


def _rank(frame: pd.DataFrame, by: list[str], keys: list[str]) -> pd.Series:
    """Ties-equal rank (1 = most) within groups ``by`` on ``keys`` in order (a later key breaks ties of an earlier)."""
    if frame.empty:
        return pd.Series(dtype="Int64")
    order = frame.sort_values(by + keys, ascending=[True] * len(by) + [False] * len(keys))
    distinct = order[keys].ne(order[keys].shift()).any(axis=1) | order[by].ne(order[by].shift()).any(axis=1)
    position = order.groupby(by).cumcount() + 1
    return position.where(distinct).ffill().astype(int).reindex(frame.index)


def _top_robustness(frame: pd.DataFrame) -> pd.Series:
    """Per row: does "k is (not) among the region's TOP" hold under raw mentions too? (Presence by region ties every
    named category, so it never contradicts an order.) Unnamed categories hold: no measure names them."""
    labels = pd.Series(HOLDS, frame.index)
    for _, group in frame[frame["is_named"]].groupby(["region_id", "kind"]):
        mentions = group["mentions"].to_numpy()
        for index, count, rank in zip(group.index, mentions, group["emphasis_rank"]):
            if not _top_holds(rank <= TOP, count, mentions):
                labels[index] = DEPENDS
    return labels


def _top_holds(in_top: bool, value, values) -> bool:
    """Does "in the TOP" (``in_top``) or "not in it" hold under a measure giving the category ``value`` and the
    categories ranked with it ``values`` (itself included)? Only a strict order contradicts: ties do not."""
    above, level = (values > value).sum(), (values >= value).sum() - 1
    return above < TOP if in_top else level >= TOP


def across_regions(rows: pd.DataFrame, item_id: str) -> pd.DataFrame:
    """Per category of emphasis ``rows`` (emphasis_rows of one kind, one row per region and category): ``emphasis``,
    the mean of the regions' shares (each region weighs the same, 0 where it does not name it), ``regions`` naming
    it (presence by region) and its ``mentions``, each with a ties-equal rank, and whether its place in or out of
    the TOP by emphasis holds under the other two (``rank_robustness``). Categories no region names are left out."""
    frame = rows.groupby(item_id).agg(emphasis=("emphasis", "mean"), regions=("is_named", "sum"), mentions=("mentions", "sum"))
    frame = frame[frame["regions"] > 0].reset_index().assign(emphasis=lambda f: f["emphasis"].round(DECIMALS), group=0)
    for measure in ACROSS:
        frame[f"{measure}_rank"] = _rank(frame, ["group"], [measure])
    frame["rank_robustness"] = [
        HOLDS if all(_top_holds(rank <= TOP, value, frame[measure].to_numpy()) for measure, value in zip(ACROSS[1:], values))
        else DEPENDS for rank, *values in zip(frame["emphasis_rank"], *(frame[m] for m in ACROSS[1:]))]
    return frame.drop(columns="group").sort_values(["emphasis_rank", item_id]).reset_index(drop=True)


def _most_robustness(frame: pd.DataFrame) -> pd.Series:
    """Per row: does "the region stresses k most" (region_rank 1) or "another region stresses k more" hold under raw
    mentions too? Presence by region ties every region naming k, so it never contradicts. Unnamed rows hold."""
    labels = pd.Series(HOLDS, frame.index)
    for _, group in frame[frame["is_named"]].groupby(["kind", "category_id"]):
        mentions = group["mentions"]
        for index, count, rank in zip(group.index, mentions, group["region_rank"]):
            strictly_most, beaten = (mentions < count).sum() == len(mentions) - 1, (mentions > count).any()
            if (rank == 1 and beaten) or (rank > 1 and strictly_most):
                labels[index] = DEPENDS
    return labels


def challenges_per_region(scope: Scope) -> pd.Series:
    """region_id -> the number of its challenges in scope (a persona keeps those built on it)."""
    keys = scope.challenge_keys()
    return keys.groupby("region_id").size().reindex(scope.regions, fill_value=0)


def taxonomy_ids(tables: dict[str, pd.DataFrame]) -> dict[str, list[str]]:
    """kind -> every category id of its taxonomy, in codebook order."""
    return {kind: list(tables[f"{kind}s"][f"{kind}_id"]) for kind in KINDS}


def emphasis_rows(scope: Scope, kind: str) -> pd.DataFrame:
    """The rows of data/region_emphasis of ``kind`` (its category_id named ``kind``_id) for the regions in scope,
    with region_rank and its label among those regions. With a persona chosen, the same measure over the
    challenges built on it, since the published table speaks of whole regions."""
    table = scope.regions_alone().rows("region_emphasis")
    if scope.persona_id:
        table = emphasis_table(scope.obstacle_mentions(), scope.service_mentions(by_obstacle=False), taxonomy_ids(scope.ds.tables),
                               scope.regions)
    rows = table[table["kind"] == kind]
    return ranked(rows.reset_index(drop=True)).rename(columns={"category_id": f"{kind}_id"})


def counts(scope: Scope, mentions: pd.DataFrame, kind: str, lang: str, unit: str = UNITS[0]) -> pd.DataFrame:
    """Per region in scope, the obstacles (``kind`` "obstacle") or service types ("service_type") its
    ``mentions`` name, with emphasis and its ranks and labels (data/region_emphasis), presence, share, mentions
    and label, most first by ``unit``."""
    item_id = f"{kind}_id"
    frame = _with_emphasis(presence(mentions, item_id, challenges_per_region(scope)), scope, kind, lang)
    frame["label"] = frame[item_id].map(labels(scope.ds, f"{kind}s", lang))
    keys = RANKED_BY[unit]
    return frame.sort_values(["region_id", *keys, "label"], ascending=[True, *(k.endswith("_rank") for k in keys), True]
                             ).reset_index(drop=True)


def count_matrix(scope: Scope, mentions: pd.DataFrame, kind: str, lang: str, unit: str = UNITS[0]) -> pd.DataFrame:
    """Long table region x category of ``mentions`` (obstacles or service types): emphasis with its ranks and labels
    (data/region_emphasis), presence, share and mentions (0 where not named) and the region's own importance_rank.

    Categories named by no region in scope are left out; they come in order of their total ``unit`` (for emphasis:
    each region weighing the same).
    """
    item_id = f"{kind}_id"
    counted = _with_emphasis(presence(mentions, item_id, challenges_per_region(scope)), scope, kind, lang).set_index([item_id, "region_id"])
    units = [unit, *(u for u in ("presence", "mentions") if u != unit)]
    totals = counted.groupby(item_id)[units].sum()
    order = totals.sort_values(units, ascending=False, kind="stable").index
    grid = pd.MultiIndex.from_product([order, scope.regions], names=[item_id, "region_id"])
    frame = counted.reindex(grid).reset_index()
    for column in ("presence", "mentions"):
        frame[column] = frame[column].fillna(0).astype(int)
    frame = frame.fillna({"share": 0.0, "emphasis": 0.0, "rank_robustness": HOLDS, "region_rank_robustness": HOLDS,
                          "robustness": "", "caveat": ""})
    for column in ("is_region_wide", "is_measure_dependent"):
        frame[column] = frame[column].astype("boolean").fillna(False).astype(bool)
    frame[kind] = frame[item_id].map(labels(scope.ds, f"{kind}s", lang))
    frame["region"] = frame["region_id"].map(region_names(scope.ds))
    return frame


def scale_max(ds, unit: str) -> float:
    """The top of the heatmaps' colour scale for ``unit``: its largest value for either kind (obstacles, service types)
    in any region of ``ds``, with no filter, so that a value has the same colour on every page and under every choice
    of regions (a persona's narrower count may go past it: dashboard.figures.mention_heatmap shows those at the top)."""
    whole = Scope(ds, tuple(ds.tables["regions"]["region_id"]))
    kinds = {"obstacle": whole.obstacle_mentions(), "service_type": whole.service_mentions(by_obstacle=False)}
    values = pd.concat([count_matrix(whole, mentions, kind, LANGUAGES[0], unit)[unit] for kind, mentions in kinds.items()])
    return float(values.max()) if values.notna().any() else 0.0


def _with_emphasis(frame: pd.DataFrame, scope: Scope, kind: str, lang: str) -> pd.DataFrame:
    """``presence`` rows with the region's emphasis, own rank, ranks and robustness labels joined from emphasis_rows,
    ``is_measure_dependent`` and ``robustness`` (robustness_note), and ``caveat``: what the region itself says about
    the category (service_type_caveats, in ``lang``), to stand beside its number."""
    item_id = f"{kind}_id"
    published = emphasis_rows(scope, kind).drop(columns=["kind", "mentions", "is_named"])
    frame = frame.merge(published, on=["region_id", item_id], how="left")
    frame["is_measure_dependent"] = (frame["rank_robustness"] == DEPENDS) | (frame["region_rank_robustness"] == DEPENDS)
    frame["robustness"] = robustness_notes(frame, lang)
    frame["caveat"] = ""
    if kind == "service_type":  # only service types have caveats of their own (obstacles have none in the addenda)
        caveats = scope.regions_alone().rows("service_type_caveats")
        said = caveats.assign(caveat=column_in_language(caveats, "caveat", lang)).groupby(["region_id", item_id])["caveat"].agg(" ".join)
        frame["caveat"] = [said.get((r, i), "") for r, i in zip(frame["region_id"], frame[item_id])]
    return frame


def unit_label(unit: str, lang: str) -> str:
    """The name of a unit as a column header and axis title: what the number counts."""
    return tr(UNIT_COLUMNS[unit], lang)



def robustness_note(row, lang: str) -> str:
    """A row of emphasis_rows in words: "holds under every measure", or what changes in one line
    ("depends on the measure: #1 by emphasis, #4 by mentions; region #2 by emphasis, #1 by mentions")."""
    if pd.isna(row["emphasis_rank"]):
        return ""
    changes = [tr("robust.rank", lang, e=row["emphasis_rank"], m=row["mentions_rank"]) if row["rank_robustness"] == DEPENDS else "",
               tr("robust.region", lang, e=row["region_rank"], m=row["region_mentions_rank"])
               if row["region_rank_robustness"] == DEPENDS else ""]
    changes = [c for c in changes if c]
    return f"{ROBUSTNESS.label(DEPENDS, lang)}: {'; '.join(changes)}" if changes else ROBUSTNESS.label(HOLDS, lang)


def robustness_notes(frame: pd.DataFrame, lang: str) -> pd.Series:
    """robustness_note of every row of ``frame``."""
    return pd.Series([robustness_note(row, lang) for _, row in frame.iterrows()], index=frame.index, dtype=object)


def stressed_most(scope: Scope, kind: str, category_ids: tuple[str, ...], lang: str) -> str:
    """The categories (of ``category_ids``, those a page shows) stressed most across the regions in scope
    (across_regions, ranked TOP or better) in one sentence, each with its mean share, and † with its ranks under each
    measure where its place depends on the measure; empty when none is named."""
    item_id = f"{kind}_id"
    rows = emphasis_rows(scope, kind)
    top = across_regions(rows[rows[item_id].isin(category_ids)], item_id).query("emphasis_rank <= @TOP")
    names = labels(scope.ds, f"{kind}s", lang)
    items = [f"{r.emphasis_rank}. {names[getattr(r, item_id)]} ({number(r.emphasis, lang, 1)} %)"
             + ("" if r.rank_robustness == HOLDS else
                f" † {ROBUSTNESS.label(DEPENDS, lang)}: {tr('robust.across', lang, e=r.emphasis_rank, r=r.regions_rank, m=r.mentions_rank)}")
             for r in top.itertuples()]
    return tr("count.across", lang, items="; ".join(items)) if items else ""
