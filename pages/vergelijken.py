"""Regio's vergelijken: any two or more regions side by side, and which of them have most in common."""

import pandas as pd
import streamlit as st

from dashboard.domain.attribution import source_line
from dashboard.domain.caveats import region_caveats
from dashboard.domain.compare import (GROUPS, KIND_LABELS, KINDS, default_comparison, differences, enrichment,
                               group_heading, jaccard_matrix, persona_presence, region_items, region_sets, similarity_reading)
from dashboard.core.counting import UNITS, counts
from dashboard.text.curated_text import column_in_language
from dashboard.figures.similarity_heatmap import similarity_heatmap
from dashboard.core.filters import ids_for
from dashboard.text.i18n import tr
from dashboard.text.markdown_text import escape
from dashboard.text.numbers import number
from dashboard.core.indicators import FLANDERS
from dashboard.domain.poverty import latest_year, region_rates
from dashboard.core.regions import region_summary
from dashboard.core.scope import Scope
from dashboard.core.vocabularies import SCOPE_ASPECTS
from dashboard.domain.target_groups import region_target_groups
from dashboard.ui import shell, url_state
from dashboard.ui.caveats import caveats_section
from dashboard.ui.components import cached, chart, dataframe, how_counted, lazy_tabs, localise_columns, scope_notice

COMPARE_KEY, BASIS_KEY = "vergelijk", "gelijkenis"  # URL keys
SIMILARITY_KEY = "gelijkenis_tonen"
QUOTES_KEY = "verrijking_citaten"  # state key of the unfolded enrichment quotes
SECTION_KEY = "vergelijken_deel"  # state key of the open tab below the figures: differences or approach

# 1. Context and the regions to compare (their own choice in the URL, by default the global region filter)
ctx = shell.context()
lang, ds, obstacle_id = ctx.lang, ctx.ds, ctx.filters.obstacle_id
names = ctx.options.regions
st.title(tr("compare.title", lang))
url_state.warn_unknown_url(COMPARE_KEY, tr("compare.choose", lang), names.values(), lang)
default = default_comparison(ctx.filters.region_ids, list(names))
picked = st.multiselect(tr("compare.choose", lang), list(names.values()), default=[names[r] for r in default],
                        key=COMPARE_KEY, bind="query-params",
                        placeholder=tr("compare.placeholder", lang))
chosen = [r for r in names if r in ids_for(picked, names)]
if len(chosen) < 2:
    st.info(tr("compare.too_few", lang))
    st.stop()
scope = ctx.scope.with_regions(chosen)
scope_notice(scope, ("challenges", "obstacles", "offer"), lang)
challenges = cached(Scope.challenges)(scope)
obstacles = cached(Scope.obstacle_mentions)(scope)
services = cached(Scope.service_mentions)(scope, by_obstacle=False)

# 2. The regions in figures, side by side, and their challenges
summary = cached(region_summary)(ds, chosen).set_index("region_id")
municipalities = ds.tables["municipalities"]
kind_names = {"obstacle": tr("needs.kind.obstacle", lang), "service_type": tr("needs.kind.service_type", lang)}
titles = column_in_language(challenges, "title", lang)


def row_of_columns(heading: str):
    """A subheading, then one column per chosen region (zip with ``chosen``)."""
    st.subheader(tr(heading, lang))
    return st.columns(len(chosen))


for column, region_id in zip(row_of_columns("compare.population"), chosen):
    towns = municipalities.loc[municipalities["region_id"] == region_id, "name"]
    column.metric(names[region_id], number(summary.loc[region_id, "population"], lang))
    column.caption(tr("compare.municipalities", lang, n=len(towns), names=escape(", ".join(towns))))
latest = latest_year(ds)
st.subheader(tr("compare.poverty", lang, year=latest))
rates, flanders = cached(region_rates)(ds, chosen).set_index("region_id"), cached(region_rates)(ds, [FLANDERS]).iloc[0]
for column, region_id in zip(st.columns(len(chosen)), chosen):
    column.metric(names[region_id], number(rates.loc[region_id, "persons_at_risk"], lang))
    column.caption(tr("poverty.region_rate", lang, rate=number(rates.loc[region_id, "admin_arop_pct"], lang, 1),
                      counted=number(rates.loc[region_id, "eligible_persons"], lang),
                      flanders=number(flanders["admin_arop_pct"], lang, 1)))
st.caption(f"{source_line(ds, chosen, lang, indicators=(('poverty', latest),))}. {tr('caveat.poverty', lang)}")
st.subheader(tr("compare.challenges", lang))
dataframe(localise_columns(challenges.assign(region=challenges["region_id"].map(names), title=titles),
                           {"region": "col.region", "challenge_rank": "col.challenge_rank", "title": "col.title",
                            "personas": "col.personas"}, lang), lang)

# 3-4. Below the figures, two tabs of which only the open one is drawn (opening the other reruns the page)
differences_tab, approach_tab = lazy_tabs([tr("compare.tab.differences", lang), tr("compare.tab.approach", lang)], SECTION_KEY)

# 3. Differences: what every chosen region names, what some name and what one region alone names
if differences_tab.open:
    with differences_tab:
        st.subheader(tr("compare.differences", lang))
        st.caption(tr("compare.differences_help", lang))
        counted = {kind: cached(counts)(scope, mentions, kind, lang) for kind, mentions in (("obstacle", obstacles),
                                                                                           ("service_type", services))}
        named = pd.concat([counted[kind].rename(columns={f"{kind}_id": "item_id", "emphasis": "value"}).assign(kind=kind)
                           for kind in counted]
                          + [cached(persona_presence)(scope).rename(columns={"persona_id": "item_id", "presence": "value"})
                             .assign(kind="persona", label=lambda f: f["item_id"].map(ctx.options.personas))])
        matrix = cached(differences)(named, chosen, names, lang)
        kinds = {**kind_names, "persona": tr("col.persona", lang)}
        for group in GROUPS:
            rows = matrix[matrix["group"] == group]
            if rows.empty:
                continue
            st.markdown(f"**{group_heading(group, len(chosen), len(rows), lang)}**")
            chosen_obstacle = (rows["kind"] == "obstacle") & (rows["item_id"] == obstacle_id)  # chosen in the filters
            marked = rows["label"].where(~chosen_obstacle, "★ " + rows["label"])
            shown = rows.assign(kind=rows["kind"].map(kinds), label=marked)[["kind", "label", *chosen, "most", "who"]]
            shown.columns = [tr("compare.col.kind", lang), tr("compare.col.what", lang), *(names[r] for r in chosen),
                             tr("compare.col.most", lang), tr("compare.col.who", lang)]
            shown = shown if group != "one" else shown.drop(columns=tr("compare.col.most", lang))  # one region: no "most"
            dataframe(shown if group != "all" else shown.iloc[:, :-1], lang, key=f"vergelijken_{group}")
        how_counted(UNITS[0], lang)

# 4. How each region goes about it: method, caveats, target groups beside the challenges, what the enrichment added
if approach_tab.open:
    with approach_tab:
        method = ds.tables["regions"].set_index("region_id")
        method_summary = column_in_language(method, "method_summary", lang)
        st.subheader(tr("compare.method", lang))
        st.table({tr("col.region", lang): [names[r] for r in chosen],
                  tr("compare.method", lang): [method_summary[r] for r in chosen],
                  tr("col.quote", lang): [f"“{method.loc[r, 'method_quote']}”" for r in chosen]}, hide_index=True)
        caveats_section(cached(region_caveats)(scope, lang), names, lang)
        target_groups = cached(region_target_groups)(scope, lang)
        st.subheader(tr("compare.target_groups", lang))
        if target_groups.empty:
            st.caption(tr("compare.none", lang))
        else:
            aspects = target_groups["scope_aspect"].map(SCOPE_ASPECTS.labels(lang))
            st.table({tr("col.region", lang): target_groups["region_id"].map(names).tolist(),
                      tr("compare.col.target_group", lang): [f"{a}: {g}" for a, g in zip(aspects, target_groups["target_group"])],
                      tr("col.quote", lang): target_groups["quote"].tolist()}, hide_index=True)
        added = cached(enrichment)(ds, obstacles, services, lang)
        st.subheader(tr("compare.enrichment", lang))
        what = added["kind"].map(kind_names) + ": " + added["label"]
        if added.empty:
            st.caption(tr("compare.none", lang))
        else:
            st.table(pd.DataFrame({tr("col.region", lang): added["region_id"].map(names), tr("needs.col.what", lang): what})
                     .drop_duplicates(), hide_index=True)
            with st.expander(tr("compare.quotes", lang, n=len(added)), key=QUOTES_KEY, on_change="rerun") as unfolded:
                if unfolded.open:  # the quotes are drawn and sent only once unfolded
                    st.table({tr("col.region", lang): added["region_id"].map(names).tolist(),
                              tr("needs.col.what", lang): what.tolist(), tr("col.quote", lang): added["quote"].tolist()},
                             hide_index=True)
st.caption(source_line(ds, chosen, lang, population=True))
st.markdown(tr("poverty.conclude", lang, year=latest))

# 5. Similarity, built and drawn only when asked for (it stands below the fold; a link naming a basis opens it):
#    the Jaccard matrix over obstacles, personas, service types or all three, and a reading of it
st.header(tr("compare.similarity", lang))
st.caption(tr("compare.similarity_help", lang))
if st.toggle(tr("compare.show_similarity", lang), value=BASIS_KEY in st.query_params, key=SIMILARITY_KEY):
    bases = {"all": KINDS, **{kind: (kind,) for kind in KINDS}}
    basis_names = {"all": tr("compare.basis.all", lang), **{k: tr(KIND_LABELS[k], lang) for k in KINDS}}
    basis = st.radio(tr("compare.basis", lang), list(bases), format_func=basis_names.get, horizontal=True, key=BASIS_KEY,
                     bind="query-params")
    items = cached(region_items)(scope, obstacles, services, lang)
    matrix = jaccard_matrix(region_sets(items, chosen, bases[basis]))
    fig = cached(similarity_heatmap)(matrix, names, tr("compare.matrix_title", lang, basis=basis_names[basis].lower()),
                                     tr("compare.jaccard", lang), lang=lang)
    chart(fig, source_line(ds, chosen, lang), ctx, key="vergelijken_matrix")
    st.subheader(tr("compare.reading", lang))
    st.markdown("\n".join(f"- {sentence}" for sentence in cached(similarity_reading)(matrix, items, bases[basis], names, lang)))
