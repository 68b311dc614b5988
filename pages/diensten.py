"""Diensten: which region asks for which type of service; a click shows the quotes behind a cell."""

import streamlit as st

from dashboard.domain.attribution import source_line
from dashboard.domain.caveats import region_caveats
from dashboard.core.counting import count_matrix, scale_max, stressed_most, unit_label
from dashboard.figures.service_heatmap import service_heatmap
from dashboard.text.i18n import tr
from dashboard.core.scope import Scope
from dashboard.domain.services import quotes_behind
from dashboard.ui import shell
from dashboard.ui.caveats import caveats_section
from dashboard.ui.components import cached, chart, how_counted, pick_cell, quotes_table, scope_notice, unit_choice

# 1. Context and what the filters keep
ctx = shell.context()
lang, ds = ctx.lang, ctx.ds
region_ids = ctx.scope.regions
st.title(tr("services.title", lang))
scope_notice(ctx.scope, ("region_service_types", "obstacle_service_links"), lang)
mentions = cached(Scope.service_mentions)(ctx.scope)
if mentions.empty:
    st.warning(tr("services.empty", lang))
    st.stop()

# 2. The heatmap, counted in the unit chosen (emphasis, the share of the region's statements, unless another is asked for)
unit = unit_choice(lang)
matrix = cached(count_matrix)(ctx.scope, mentions, "service_type", lang, unit)
st.caption(tr("services.hint", lang))
source = source_line(ds, region_ids, lang)
fig = cached(service_heatmap)(matrix, tr("services.title", lang), unit, unit_label(unit, lang), tr("col.importance_rank", lang),
                              source, columns={"service_type": "col.service_type", "region": "col.region",
                                               "emphasis": "unit.emphasis", "emphasis_rank": "col.emphasis_rank",
                                               "importance_rank": "col.importance_rank", "robustness": "col.robustness",
                                               "caveat": "col.caveat", "presence": "unit.presence", "mentions": "unit.mentions"},
                              scale_max=cached(scale_max)(ds, unit), lang=lang)
event = chart(fig, source, ctx, key="diensten_heatmap", clickable=True)
st.caption(cached(stressed_most)(ctx.scope, "service_type", tuple(matrix["service_type_id"].unique()), lang))
how_counted(unit, lang)
caveats_section(cached(region_caveats)(ctx.scope, lang), ctx.options.regions, lang)  # read the cells in their light

# 3. The quotes behind the clicked (or chosen) cell
(region_id, service_type_id), label = pick_cell(event, matrix, "service_type", lang)
region, service = label.split(" · ")
st.subheader(tr("services.quotes", lang, region=region, service=service))
quotes_table(quotes_behind(mentions, region_id, service_type_id), {"section": "col.section", "challenge_rank": "col.challenge_rank",
                                                                   "importance_rank": "col.importance_rank", "quote": "col.quote"}, lang)
