"""Diensten: which region asks for which type of service; a click shows the quotes behind a cell."""

import streamlit as st

from dashboard.attribution import source_line
from dashboard.caveats import region_caveats
from dashboard.figures.service_heatmap import service_heatmap
from dashboard.i18n import tr
from dashboard.scope import Scope
from dashboard.services import quotes_behind, service_matrix
from dashboard.ui import shell
from dashboard.ui.caveats import caveats_section
from dashboard.ui.components import cached, chart, localise_columns, pick_cell, quotes_table, scope_notice

# 1. Context and what the filters keep
ctx = shell.context()
lang, ds = ctx.lang, ctx.ds
region_ids = ctx.scope.regions
st.title(tr("diensten.title", lang))
scope_notice(ctx.scope, ("services",), lang)
mentions = cached(Scope.service_mentions)(ctx.scope)
if mentions.empty:
    st.warning(tr("diensten.empty", lang))
    st.stop()

# 2. The heatmap
matrix = cached(service_matrix)(ds, mentions, region_ids, lang)
st.caption(tr("diensten.hint", lang))
fig = cached(service_heatmap)(matrix, tr("diensten.title", lang), tr("col.mentions", lang), tr("col.importance_rank", lang))
table = localise_columns(matrix, {"service_type": "col.service_type", "region": "col.region", "mentions": "col.mentions",
                                  "importance_rank": "col.importance_rank"}, lang)
event = chart(fig, source_line(ds, region_ids, lang), table, lang, key="diensten_heatmap",
              on_select="rerun", selection_mode="points")
caveats_section(cached(region_caveats)(ctx.scope, lang), ctx.options.regions, lang)  # read the cells in their light

# 3. The quotes behind the clicked (or chosen) cell
(region_id, service_type_id), label = pick_cell(event, matrix, "service_type", lang)
region, service = label.split(" · ")
st.subheader(tr("diensten.quotes", lang, region=region, service=service))
quotes_table(quotes_behind(mentions, region_id, service_type_id), {"section": "col.section", "challenge_rank": "col.challenge_rank",
                                                                   "importance_rank": "col.importance_rank", "quote": "col.quote"}, lang)
