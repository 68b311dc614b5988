"""Noden en aanbod: obstacles by region, and per region the obstacles it names against the service types it asks for."""

import streamlit as st

from dashboard.domain.attribution import source_line
from dashboard.core.counting import count_matrix, scale_max, stressed_most, unit_label
from dashboard.core.vocabularies import LINK_KINDS
from dashboard.figures.mention_heatmap import mention_heatmap
from dashboard.text.i18n import tr
from dashboard.domain.needs import (answering_service_types, evidence, link_summary, linked_obstacles, need_status, needs_table,
                             offer_table)
from dashboard.text.numbers import number
from dashboard.core.scope import Scope, linked_service_types
from dashboard.ui import shell, url_state
from dashboard.ui.components import (cached, chart, dataframe, how_counted, lazy_tabs, localise_columns, pick_cell,
                                     quotes_table, scope_notice, unit_choice)

REGION_KEY = "noden_regio"  # URL key of the region shown in section 3
VIEW_KEY = "noden_weergave"  # state key of the open tab in section 3: the region's needs or its offer
EVIDENCE = {"kind": "needs.col.kind", "label": "needs.col.what", "quote": "col.quote", "region": "col.region",
            "section": "col.section", "challenge_rank": "col.challenge_rank"}

# 1. Context and what the filters keep
ctx = shell.context()
lang, ds, obstacle_id = ctx.lang, ctx.ds, ctx.filters.obstacle_id
region_ids = ctx.scope.regions
names = ctx.options.regions
source = source_line(ds, region_ids, lang)
st.title(tr("needs.title", lang))
scope_notice(ctx.scope, ("obstacles", "offer"), lang)
obstacles = cached(Scope.obstacle_mentions)(ctx.scope)
services = cached(Scope.service_mentions)(ctx.scope, by_obstacle=False)
if obstacles.empty:
    st.warning(tr("needs.empty", lang))
    st.stop()
kinds = {kind: tr(f"needs.kind.{kind}", lang) for kind in ("obstacle", "service_type")} | {
    f"link_{how}": tr("needs.kind.link", lang, how=LINK_KINDS.label(how, lang)) for how in LINK_KINDS}

# 2. Obstacles by region, counted in the unit chosen; a click shows the quotes behind a cell
unit = unit_choice(lang)
matrix = cached(count_matrix)(ctx.scope, obstacles, "obstacle", lang, unit)
st.caption(tr("needs.hint", lang))
fig = cached(mention_heatmap)(matrix, "obstacle", tr("needs.heatmap", lang), unit, unit_label(unit, lang),
                              tr("col.importance_rank", lang), highlight=obstacle_id,
                              source=source, columns={"obstacle": "needs.kind.obstacle", "region": "col.region",
                                                      "emphasis": "unit.emphasis", "emphasis_rank": "col.emphasis_rank",
                                                      "importance_rank": "col.importance_rank", "robustness": "col.robustness",
                                                      "presence": "unit.presence",
                                                      "mentions": "unit.mentions"}, scale_max=cached(scale_max)(ds, unit), lang=lang)
event = chart(fig, source, ctx, key="noden_heatmap", clickable=True)
st.caption(cached(stressed_most)(ctx.scope, "obstacle", tuple(matrix["obstacle_id"].unique()), lang))
how_counted(unit, lang)
(cell_region, cell_obstacle), cell_label = pick_cell(event, matrix, "obstacle", lang)
st.subheader(tr("needs.cell_quotes", lang, cell=cell_label))
quotes_table(cached(evidence)(ds, obstacles, services, cell_region, [cell_obstacle], [], lang),
             {"quote": "col.quote", "section": "col.section", "challenge_rank": "col.challenge_rank"}, lang)

# 3. One region: the obstacles it names against the service types it asks for, through the links
st.header(tr("needs.per_region", lang))
with st.expander(tr("needs.links_how", lang), icon=":material/help:"):  # method text folded: the page opens on its answer
    st.markdown(tr("needs.links_explained", lang, **link_summary(ds)))
url_state.warn_unknown_url(REGION_KEY, tr("needs.region", lang), [names[r] for r in region_ids], lang)
region_id = st.selectbox(tr("needs.region", lang), region_ids, format_func=names.get, key=REGION_KEY, bind="query-params")
region = names[region_id]
needs = cached(needs_table)(ctx.scope, region_id, lang)
if obstacle_id:
    row = needs[needs["obstacle_id"] == obstacle_id]
    st.info(tr(f"needs.obstacle.{need_status(needs, obstacle_id)}", lang, region=region, label=ctx.options.obstacles[obstacle_id],
               share=number(row["emphasis"].sum(), lang, 1), services=", ".join(row["answered_by"])))
COUNTED = {"emphasis": "unit.emphasis", "emphasis_rank": "col.emphasis_rank", "robustness": "col.robustness"}
views = [  # (kind, rows, is-matched column, heading, count sentence, shown columns, status of each row, evidence of a row)
    ("obstacle", needs, "is_answered", "needs.needs", "needs.needs_count",
     {"obstacle": "needs.kind.obstacle", **COUNTED, "status": "needs.col.status", "answered_by": "needs.col.answered_by",
      "borrowed": "needs.col.borrowed", "elsewhere": "needs.col.linked_not_asked", "mentions": "unit.mentions"},
     lambda rows: rows["answer"].map(lambda answer: tr(f"needs.answer.{answer}", lang)),
     lambda item: ([item], sorted(linked_service_types(ds, item) | answering_service_types(ds, item)))),
    ("service_type", cached(offer_table)(ctx.scope, region_id, lang), "answers_named", "needs.offer", "needs.offer_count",
     {"service_type": "needs.kind.service_type", **COUNTED, "caveat": "col.caveat", "status": "needs.col.status",
      "answers": "needs.col.answers", "borrowed": "needs.col.borrowed_named", "elsewhere": "needs.col.linked_not_named",
      "mentions": "unit.mentions"},
     lambda rows: rows["answers_named"].map({True: tr("needs.status.matched", lang), False: tr("needs.status.unmatched", lang)}),
     lambda item: (linked_obstacles(ds, item), [item])),
]
# the needs and the offer in two tabs, only the open one drawn
tabs = lazy_tabs([tr(view[3], lang, region=region) for view in views], VIEW_KEY)
for (kind, rows, matched, _, count, columns, status, behind), tab in zip(views, tabs):
    if not tab.open:
        continue
    with tab:
        st.caption(tr(count, lang, n=int((~rows[matched]).sum()), total=len(rows)) + " " + tr("needs.row_hint", lang))
        shown = rows.assign(status=status(rows))
        picked = dataframe(localise_columns(shown, columns, lang), lang, key=f"noden_{kind}_{region_id}", on_select="rerun",
                           selection_mode="single-row")
        if rows.empty:
            continue
        at = min((picked["selection"]["rows"] or [0])[0], len(rows) - 1)  # a selection may outlive a change of filter
        st.markdown(f"**{tr('needs.evidence', lang, label=rows[kind].iloc[at])}**")
        quotes = cached(evidence)(ds, obstacles, services, region_id, *behind(rows[f"{kind}_id"].iloc[at]), lang)
        quotes_table(quotes.assign(kind=quotes["kind"].map(kinds)), EVIDENCE, lang)
st.caption(source)
