"""Regio's vergelijken: any two or more regions side by side, and which of them have most in common."""

import streamlit as st

from dashboard.core.counting import UNITS
from dashboard.core.filters import ids_for
from dashboard.domain.attribution import source_line
from dashboard.domain.caveats import region_caveats
from dashboard.domain.compare import default_comparison
from dashboard.domain.poverty import latest_year
from dashboard.text.i18n import tr
from dashboard.views.comparison import (basis_name, challenge_table, difference_tables, enrichment_tables, method_table,
                                        population_figures, poverty_figures, similarity, target_group_table)
from dashboard.ui import shell, url_state
from dashboard.ui.caveats import caveats_section
from dashboard.ui.components import (cached, chart, dataframe, figure_row, how_counted, lazy_tabs, plain_table, scope_notice,
                                     table_or_none, unfolded_table)

SIMILARITY_KEY = "gelijkenis_tonen"  # state key of the similarity switch
QUOTES_KEY = "verrijking_citaten"  # state key of the unfolded enrichment quotes
SECTION_KEY = "vergelijken_deel"  # state key of the open tab below the figures: differences or approach

# 1. Context and the regions to compare (their own choice in the URL, by default the global region filter)
ctx = shell.context()
lang, ds, names = ctx.lang, ctx.ds, ctx.options.regions
st.title(tr("compare.title", lang))
picked = url_state.url_widget("compare", st.multiselect, tr("compare.choose", lang), lang, list(names.values()),
                              default=[names[r] for r in default_comparison(ctx.filters.region_ids, list(names))],
                              placeholder=tr("compare.placeholder", lang))
chosen = [r for r in names if r in ids_for(picked, names)]
if len(chosen) < 2:
    st.info(tr("compare.too_few", lang))
    st.stop()
scope = ctx.scope.with_regions(chosen)
scope_notice(scope, ("challenges", "obstacles", "region_service_types", "region_caveats", "region_target_groups"), lang)

# 2. The regions in figures, side by side, and their challenges
figure_row(tr("compare.population", lang), cached(population_figures)(scope, names, lang))
figure_row(tr("compare.poverty", lang, year=latest_year(ds)), *cached(poverty_figures)(scope, names, lang))
st.subheader(tr("compare.challenges", lang))
dataframe(cached(challenge_table)(scope, names, lang), lang)

# 3. Below the figures, two tabs, only the open one drawn (opening the other reruns the page). Differences: what
#    every chosen region names, what some name and what one region alone names
differences_tab, approach_tab = lazy_tabs([tr("compare.tab.differences", lang), tr("compare.tab.approach", lang)], SECTION_KEY)
if differences_tab.open:
    with differences_tab:
        st.subheader(tr("compare.differences", lang))
        st.caption(tr("compare.differences_help", lang))
        for group, heading, table in cached(difference_tables)(scope, names, ctx.options.personas, lang):
            st.markdown(f"**{heading}**")
            dataframe(table, lang, key=f"vergelijken_{group}")
        how_counted(UNITS[0], lang)

# 4. How each region goes about it: method, caveats, target groups beside the challenges, what the enrichment added
if approach_tab.open:
    with approach_tab:
        st.subheader(tr("compare.method", lang))
        plain_table(cached(method_table)(scope, names, lang), lang)
        caveats_section(cached(region_caveats)(scope, lang), names, lang)
        added, quotes = cached(enrichment_tables)(scope, names, lang)
        for heading, table in (("compare.target_groups", cached(target_group_table)(scope, names, lang)),
                               ("compare.enrichment", added)):
            st.subheader(tr(heading, lang))
            table_or_none(table, lang)
        if not quotes.empty:
            unfolded_table(tr("compare.quotes", lang, n=len(quotes)), quotes, QUOTES_KEY, lang)
st.caption(source_line(ds, chosen, lang, population=True))
st.markdown(tr("poverty.conclude", lang, year=latest_year(ds)))

# 5. Similarity (Jaccard, over obstacles, personas, service types or all three), built only when asked for: a link naming a basis opens it
st.header(tr("compare.similarity", lang))
st.caption(tr("compare.similarity_help", lang))
if st.toggle(tr("compare.show_similarity", lang), value=bool(url_state.url_value("basis")), key=SIMILARITY_KEY):
    basis = url_state.url_widget("basis", st.radio, tr("compare.basis", lang), lang, named=basis_name, horizontal=True)
    fig, reading = cached(similarity)(scope, names, basis, lang)
    chart(fig, source_line(ds, chosen, lang), ctx, key="vergelijken_matrix")
    st.subheader(tr("compare.reading", lang))
    st.markdown("\n".join(f"- {sentence}" for sentence in reading))
