"""Regio's vergelijken: two to five regions side by side, and which of them have most in common."""

import streamlit as st

from dashboard.attribution import source_line
from dashboard.caveats import region_caveats
from dashboard.compare import (KIND_LABELS, KINDS, MAX_REGIONS, default_comparison, enrichment, jaccard_matrix, region_facts,
                               region_sets, similarity_reading)
from dashboard.counting import UNITS, counts
from dashboard.curated_text import column_in_language
from dashboard.figures.similarity_heatmap import similarity_heatmap
from dashboard.filters import ids_for
from dashboard.i18n import tr
from dashboard.markdown_text import escape
from dashboard.numbers import number
from dashboard.poverty import FLANDERS, LATEST, region_rates
from dashboard.regions import region_summary
from dashboard.scope import Scope
from dashboard.target_groups import region_target_groups
from dashboard.ui import shell
from dashboard.ui.caveats import caveat_lines
from dashboard.ui.components import cached, chart, how_counted, scope_notice

COMPARE_KEY, BASIS_KEY = "vergelijk", "gelijkenis"  # URL keys

# 1. Context and the regions to compare (their own choice in the URL, by default the global region filter)
ctx = shell.context()
lang, ds, obstacle_id = ctx.lang, ctx.ds, ctx.filters.obstacle_id
names = ctx.options.regions
st.title(tr("vergelijken.title", lang))
shell.warn_unknown_url(COMPARE_KEY, tr("vergelijken.choose", lang), names.values(), lang)
default = default_comparison(ctx.filters.region_ids, list(names))
picked = st.multiselect(tr("vergelijken.choose", lang), list(names.values()), default=[names[r] for r in default],
                        max_selections=MAX_REGIONS, key=COMPARE_KEY, bind="query-params",
                        placeholder=tr("vergelijken.placeholder", lang))
chosen = [r for r in names if r in ids_for(picked, names)]
if len(chosen) < 2:
    st.info(tr("vergelijken.too_few", lang))
    st.stop()
scope = ctx.scope.with_regions(chosen)
scope_notice(scope, ("challenges", "obstacles", "offer"), lang)
challenges = cached(Scope.challenges)(scope)
obstacles = cached(Scope.obstacle_mentions)(scope)
services = cached(Scope.service_mentions)(scope, by_obstacle=False)

# 2. Profiles side by side: one row of columns per aspect, so the aspects line up across regions
summary = cached(region_summary)(ds, chosen).set_index("region_id")
municipalities = ds.tables["municipalities"]
counted = {kind: cached(counts)(scope, mentions, kind, lang) for kind, mentions in (("obstacle", obstacles), ("service_type", services))}
added = cached(enrichment)(ds, obstacles, services, lang)
kind_names = {"obstacle": tr("noden.kind.obstacle", lang), "service_type": tr("noden.kind.service_type", lang)}
method = ds.tables["regions"].set_index("region_id")
method_summary = column_in_language(method, "method_summary", lang)
caveats = cached(region_caveats)(scope, lang)
target_groups = cached(region_target_groups)(scope, lang)
titles = column_in_language(challenges, "title", lang)


def row_of_columns(heading: str):
    """A subheading, then one column per chosen region (zip with ``chosen``)."""
    st.subheader(tr(heading, lang))
    return st.columns(len(chosen))


for column, region_id in zip(row_of_columns("vergelijken.population"), chosen):
    towns = municipalities.loc[municipalities["region_id"] == region_id, "name"]
    column.metric(names[region_id], number(summary.loc[region_id, "population"], lang))
    column.caption(tr("vergelijken.municipalities", lang, n=len(towns), names=escape(", ".join(towns))))
st.subheader(tr("vergelijken.poverty", lang, year=LATEST))
rates, flanders = cached(region_rates)(ds, chosen).set_index("region_id"), cached(region_rates)(ds, [FLANDERS]).iloc[0]
for column, region_id in zip(st.columns(len(chosen)), chosen):
    column.metric(names[region_id], number(rates.loc[region_id, "persons_at_risk"], lang))
    column.caption(tr("poverty.region_rate", lang, rate=number(rates.loc[region_id, "admin_arop_pct"], lang, 1),
                      counted=number(rates.loc[region_id, "eligible_persons"], lang),
                      flanders=number(flanders["admin_arop_pct"], lang, 1)))
st.caption(f"{source_line(ds, chosen, lang, poverty_year=LATEST)}. {tr('poverty.caveat', lang)}")
for column, region_id in zip(row_of_columns("vergelijken.challenges"), chosen):
    column.markdown(f"**{names[region_id]}**")
    for row in challenges[challenges["region_id"] == region_id].itertuples():
        column.markdown(f"{row.challenge_rank}. {escape(titles[row.Index])}")
        column.caption(escape(row.personas))
for kind, heading in (("obstacle", "vergelijken.obstacles"), ("service_type", "vergelijken.services")):
    for column, region_id in zip(row_of_columns(heading), chosen):
        mine = counted[kind][counted[kind]["region_id"] == region_id]
        column.markdown(f"**{names[region_id]}**")
        column.markdown("\n".join(f"- {'★ ' if (kind, item) == ('obstacle', obstacle_id) else ''}{escape(label)} · **{n}**"
                                   for item, label, n in zip(mine[f"{kind}_id"], mine["label"], mine["presence"])))
how_counted(UNITS[0], lang)
for column, region_id in zip(row_of_columns("vergelijken.method"), chosen):
    column.markdown(f"**{names[region_id]}**")
    column.markdown(escape(method_summary[region_id]))
    column.caption(f"“{escape(method.loc[region_id, 'method_quote'])}”")
for column, region_id in zip(row_of_columns("vergelijken.enrichment"), chosen):
    mine = added[added["region_id"] == region_id]
    column.markdown(f"**{names[region_id]}**")
    if mine.empty:
        column.caption(tr("vergelijken.none", lang))
        continue
    what = mine["kind"].map(kind_names) + ": " + mine["label"]
    column.table({tr("noden.col.what", lang): what.drop_duplicates().tolist()}, hide_index=True, border="horizontal")
    with column.expander(tr("vergelijken.quotes", lang, n=len(mine))):
        st.table({tr("noden.col.what", lang): what.tolist(), tr("col.quote", lang): mine["quote"].tolist()}, hide_index=True)
for column, region_id in zip(row_of_columns("vergelijken.target_groups"), chosen):
    mine = target_groups[target_groups["region_id"] == region_id]
    column.markdown(f"**{names[region_id]}**")
    if mine.empty:
        column.caption(tr("vergelijken.none", lang))
        continue
    what = [f"{tr(f'scope_aspect.{row.scope_aspect}', lang)}: {row.target_group}" for row in mine.itertuples()]
    column.markdown("\n".join(f"- {escape(line)}" for line in what))
    with column.expander(tr("vergelijken.quotes", lang, n=len(mine))):
        st.table({tr("vergelijken.col.target_group", lang): what, tr("col.quote", lang): mine["quote"].tolist()}, hide_index=True)
for column, region_id in zip(row_of_columns("vergelijken.caveats"), chosen):
    column.markdown(f"**{names[region_id]}**")
    with column:
        caveat_lines(caveats, region_id, lang)
st.caption(source_line(ds, chosen, lang, population=True))
st.markdown(tr("poverty.conclude", lang, year=LATEST))

# 3. Similarity: the Jaccard matrix over obstacles, personas, service types or all three, and a reading of it
st.header(tr("vergelijken.similarity", lang))
st.caption(tr("vergelijken.similarity_help", lang))
bases = {"all": KINDS, **{kind: (kind,) for kind in KINDS}}
basis_names = {"all": tr("vergelijken.basis.all", lang), **{k: tr(KIND_LABELS[k], lang) for k in KINDS}}
basis = st.radio(tr("vergelijken.basis", lang), list(bases), format_func=basis_names.get, horizontal=True, key=BASIS_KEY,
                 bind="query-params")
facts = cached(region_facts)(ds, obstacles, services, challenges, lang)
matrix = jaccard_matrix(region_sets(facts, chosen, bases[basis]))
fig = cached(similarity_heatmap)(matrix, names, tr("vergelijken.matrix_title", lang, basis=basis_names[basis].lower()),
                                 tr("vergelijken.jaccard", lang))
table = matrix.round(2).rename(index=names, columns=names).reset_index(names=tr("col.region", lang))
chart(fig, source_line(ds, chosen, lang), table, lang, key="vergelijken_matrix")
st.subheader(tr("vergelijken.reading", lang))
st.markdown("\n".join(f"- {sentence}" for sentence in cached(similarity_reading)(matrix, facts, bases[basis], names, lang)))
