"""Noden en aanbod: obstacles by region, and per region the obstacles it names against the service types it asks for."""

import streamlit as st

from dashboard.core.counting import stressed_most
from dashboard.domain.attribution import source_line
from dashboard.domain.needs import link_summary
from dashboard.text.i18n import tr
from dashboard.views.needs_view import CELL_EVIDENCE, COLUMNS, EVIDENCE, obstacle_answer, obstacle_heatmap, quotes_behind, region_tabs
from dashboard.ui import shell, url_state
from dashboard.ui.components import (cached, chart, dataframe, how_counted, lazy_tabs, localise_columns, pick_cell, quotes_table,
                                     scope_notice, unit_choice)

VIEW_KEY = "noden_weergave"  # state key of the open tab in section 3: the region's needs or its offer

# 1. Context and what the filters keep
ctx = shell.context()
lang, ds, scope, names = ctx.lang, ctx.ds, ctx.scope, ctx.options.regions
source = source_line(ds, scope.regions, lang)
st.title(tr("needs.title", lang))
scope_notice(scope, ("challenges", "obstacles", "region_service_types"), lang)
if scope.obstacle_mentions().empty:
    st.warning(tr("needs.empty", lang))
    st.stop()

# 2. Obstacles by region, counted in the unit chosen; a click shows the quotes behind a cell
unit = unit_choice(lang)
matrix, fig = cached(obstacle_heatmap)(scope, unit, source, lang)
st.caption(tr("needs.hint", lang))
event = chart(fig, source, ctx, key="noden_heatmap", clickable=True)
st.caption(cached(stressed_most)(scope, "obstacle", tuple(matrix["obstacle_id"].unique()), lang))
how_counted(unit, lang)
(cell_region, cell_obstacle), cell_label = pick_cell(event, matrix, "obstacle", lang)
st.subheader(tr("needs.cell_quotes", lang, cell=cell_label))
quotes_table(cached(quotes_behind)(scope, cell_region, "cell", cell_obstacle, lang), CELL_EVIDENCE, lang)

# 3. One region: the obstacles it names against the service types it asks for, through the links; the needs and
#    the offer in two tabs, only the open one drawn
st.header(tr("needs.per_region", lang))
with st.expander(tr("needs.links_how", lang), icon=":material/help:"):  # method text folded: the page opens on its answer
    st.markdown(tr("needs.links_explained", lang, **link_summary(ds)))
region_id = url_state.url_widget("needs_region", st.selectbox, tr("needs.region", lang), lang, scope.regions,
                                 named=lambda r, _: names[r])
if scope.obstacle_id:
    st.info(cached(obstacle_answer)(scope, region_id, names[region_id], ctx.options.obstacles[scope.obstacle_id], lang))
tabs = cached(region_tabs)(scope, region_id, names[region_id], lang)
for view, tab in zip(tabs, lazy_tabs([view.heading for view in tabs], VIEW_KEY)):
    if not tab.open:
        continue
    with tab:
        st.caption(view.count)
        picked = dataframe(localise_columns(view.rows, COLUMNS[view.kind], lang), lang, key=f"noden_{view.kind}_{region_id}",
                           on_select="rerun", selection_mode="single-row")
        if view.rows.empty:
            continue
        at = min((picked["selection"]["rows"] or [0])[0], len(view.rows) - 1)  # a selection may outlive a change of filter
        st.markdown(f"**{tr('needs.evidence', lang, label=view.rows[view.kind].iloc[at])}**")
        quotes_table(cached(quotes_behind)(scope, region_id, view.kind, view.rows[f"{view.kind}_id"].iloc[at], lang), EVIDENCE, lang)
st.caption(source)
