"""What the Vergelijken page shows for the regions chosen: their figures side by side, the tables of what all, some
or one of them name, and how each goes about it (method, target groups, what the enrichment added)."""

from dataclasses import dataclass

import pandas as pd

from dashboard.core.counting import counts
from dashboard.core.scope import Scope
from dashboard.core.vocabularies import SCOPE_ASPECTS
from dashboard.domain.attribution import source_line
from dashboard.domain.compare import (GROUPS, KIND_LABELS, KINDS, differences, enrichment, group_heading, jaccard_matrix,
                                      persona_presence, region_items, region_sets, similarity_reading)
from dashboard.figures.chart import Chart
from dashboard.figures.similarity_heatmap import similarity_heatmap
from dashboard.core.indicators import FLANDERS
from dashboard.domain.poverty import latest_year, region_rates
from dashboard.domain.target_groups import region_target_groups
from dashboard.core.regions import region_summary
from dashboard.text.curated_text import column_in_language
from dashboard.text.i18n import localise_columns, tr
from dashboard.text.markdown_text import escape
from dashboard.text.numbers import number


@dataclass(frozen=True)
class Figure:
    """One region's figure in a row of them: its name, the number, and the line under it."""

    label: str
    value: str
    caption: str


BASES = {"all": KINDS, **{kind: (kind,) for kind in KINDS}}  # each basis of the similarity (params "basis") -> its kinds


def basis_name(basis: str, lang: str) -> str:
    return tr(KIND_LABELS.get(basis, "compare.basis.all"), lang)


def kind_names(lang: str) -> dict[str, str]:
    """What each kind of item is called in the tables: obstacle, service type, persona."""
    return {"obstacle": tr("needs.kind.obstacle", lang), "service_type": tr("needs.kind.service_type", lang),
            "persona": tr("col.persona", lang)}


def population_figures(scope: Scope, names: dict[str, str], lang: str) -> list[Figure]:
    """Each region's population, with its municipalities named under it."""
    summary = region_summary(scope.ds, scope.regions).set_index("region_id")
    towns = scope.ds.tables["municipalities"].groupby("region_id")["name"].agg(list)
    return [Figure(names[r], number(summary.loc[r, "population"], lang),
                   tr("compare.municipalities", lang, n=len(towns[r]), names=escape(", ".join(towns[r]))))
            for r in scope.regions]


def poverty_figures(scope: Scope, names: dict[str, str], lang: str) -> tuple[list[Figure], str]:
    """Each region's persons at risk of poverty (latest year) with its rate beside Flanders', and the line of their source."""
    ds = scope.ds
    rates, flanders = region_rates(ds, scope.regions).set_index("region_id"), region_rates(ds, [FLANDERS]).iloc[0]
    figures = [Figure(names[r], number(rates.loc[r, "persons_at_risk"], lang),
                      tr("poverty.region_rate", lang, rate=number(rates.loc[r, "admin_arop_pct"], lang, 1),
                         counted=number(rates.loc[r, "eligible_persons"], lang),
                         flanders=number(flanders["admin_arop_pct"], lang, 1)))
               for r in scope.regions]
    source = source_line(ds, scope.regions, lang, indicators=(("poverty", latest_year(ds)),))
    return figures, f"{source}. {tr('caveat.poverty', lang)}"


def difference_tables(scope: Scope, names: dict[str, str], personas: dict[str, str], lang: str) -> list[tuple[str, str, pd.DataFrame]]:
    """(group, heading, table) for what every chosen region names, what some name and what one alone names: a row per
    obstacle, service type or persona with each region's emphasis (challenges for a persona), who stresses it most
    and who names it. The obstacle chosen in the filters is starred."""
    chosen = scope.regions
    counted = {kind: counts(scope, mentions, kind, lang) for kind, mentions in (("obstacle", scope.obstacle_mentions()),
                                                                                ("service_type", _services(scope)))}
    named = pd.concat([counted[kind].rename(columns={f"{kind}_id": "item_id", "emphasis": "value"}).assign(kind=kind)
                       for kind in counted]
                      + [persona_presence(scope).rename(columns={"persona_id": "item_id", "presence": "value"})
                         .assign(kind="persona", label=lambda f: f["item_id"].map(personas))])
    matrix, kinds = differences(named, chosen, names, lang), kind_names(lang)
    headings = [tr("compare.col.kind", lang), tr("compare.col.what", lang), *(names[r] for r in chosen),
                tr("compare.col.most", lang), tr("compare.col.who", lang)]
    tables = []
    for group in GROUPS:
        rows = matrix[matrix["group"] == group]
        if rows.empty:
            continue
        starred = (rows["kind"] == "obstacle") & (rows["item_id"] == scope.obstacle_id)
        shown = rows.assign(kind=rows["kind"].map(kinds), label=rows["label"].where(~starred, "★ " + rows["label"]))
        shown = shown[["kind", "label", *chosen, "most", "who"]].set_axis(headings, axis=1)
        shown = shown.drop(columns=tr("compare.col.most", lang)) if group == "one" else shown  # one region: no "most"
        tables.append((group, group_heading(group, len(chosen), len(rows), lang), shown if group != "all" else shown.iloc[:, :-1]))
    return tables


def challenge_table(scope: Scope, names: dict[str, str], lang: str) -> pd.DataFrame:
    """The chosen regions' challenges with their personas, under headings in ``lang``."""
    challenges = scope.challenges()
    return localise_columns(challenges.assign(region=challenges["region_id"].map(names),
                                              title=column_in_language(challenges, "title", lang)),
                            {"region": "col.region", "challenge_rank": "col.challenge_rank", "title": "col.title",
                             "personas": "col.personas"}, lang)


def method_table(scope: Scope, names: dict[str, str], lang: str) -> pd.DataFrame:
    """How each chosen region went about its addendum, in a line of ours and its own words."""
    method = scope.ds.tables["regions"].set_index("region_id")
    summary = column_in_language(method, "method_summary", lang)
    return pd.DataFrame({tr("col.region", lang): [names[r] for r in scope.regions],
                         tr("compare.method", lang): [summary[r] for r in scope.regions],
                         tr("col.quote", lang): [f"“{method.loc[r, 'method_quote']}”" for r in scope.regions]})


def target_group_table(scope: Scope, names: dict[str, str], lang: str) -> pd.DataFrame:
    """The target groups each region sets beside its challenges, with their quotes."""
    groups = region_target_groups(scope, lang)
    aspects = groups["scope_aspect"].map(SCOPE_ASPECTS.labels(lang))
    return pd.DataFrame({tr("col.region", lang): groups["region_id"].map(names).tolist(),
                         tr("compare.col.target_group", lang): [f"{a}: {g}" for a, g in zip(aspects, groups["target_group"])],
                         tr("col.quote", lang): groups["quote"].tolist()})


def enrichment_tables(scope: Scope, names: dict[str, str], lang: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """What the enrichment added per region (each item once), and the same with the quotes."""
    added = enrichment(scope.ds, scope.obstacle_mentions(), _services(scope), lang)
    what = added["kind"].map(kind_names(lang)) + ": " + added["label"]
    regions = added["region_id"].map(names)
    listed = pd.DataFrame({tr("col.region", lang): regions, tr("needs.col.what", lang): what}).drop_duplicates()
    return listed, pd.DataFrame({tr("col.region", lang): regions.tolist(), tr("needs.col.what", lang): what.tolist(),
                                 tr("col.quote", lang): added["quote"].tolist()})


def similarity(scope: Scope, names: dict[str, str], basis: str, lang: str) -> tuple[Chart, list[str]]:
    """How alike the chosen regions are over ``basis`` (a key of BASES): the Jaccard matrix drawn, and a reading of it."""
    items = region_items(scope, scope.obstacle_mentions(), _services(scope), lang)
    matrix = jaccard_matrix(region_sets(items, scope.regions, BASES[basis]))
    drawn = similarity_heatmap(matrix, names, tr("compare.matrix_title", lang, basis=basis_name(basis, lang).lower()),
                               tr("compare.jaccard", lang), lang=lang)
    return drawn, similarity_reading(matrix, items, BASES[basis], names, lang)


def _services(scope: Scope) -> pd.DataFrame:
    """The service types the chosen regions ask for, whatever obstacle is chosen (a comparison shows their whole offer)."""
    return scope.service_mentions(by_obstacle=False)
