"""Start: the regions on one screen, with links into the other views."""

import streamlit as st

from dashboard.domain.attribution import source_line
from dashboard.text.i18n import tr
from dashboard.views.map_view import region_map
from dashboard.core.navigation import link
from dashboard.domain.poverty import latest_year, region_rates
from dashboard.core.regions import region_summary
from dashboard.ui import downloads, shell
from dashboard.ui.url_state import page_link
from dashboard.ui.components import cached, chart, data_table, localise_columns, scope_notice

# 1. Context
ctx = shell.context()
lang, ds = ctx.lang, ctx.ds
region_ids = ctx.scope.regions
st.title(tr("app.title", lang))
st.markdown(tr("home.intro", lang, n=len(ds.tables["regions"])))

# 2. What the chosen persona or obstacle concerns
scope_notice(ctx.scope, ("regions",), lang)

# 3. The regions in figures, across the page with its headings wrapped, so every column shows on a
# laptop's screen (area and density are on the Kaart page)
summary = cached(region_summary)(ds, region_ids).merge(cached(region_rates)(ds, region_ids), on="region_id")
st.subheader(tr("home.table_title", lang))
data_table(localise_columns(summary, {
    "name": "col.region", "municipalities": "col.municipalities", "population": "col.population",
    "challenges": "col.challenges", "personas": "col.personas", "obstacles": "col.obstacles",
    "service_types": "col.service_types", "admin_arop_pct": "indicator.poverty", "persons_at_risk": "col.persons_at_risk"}, lang),
    source_line(ds, region_ids, lang, population=True, indicators=(("poverty", latest_year(ds)),)), ctx, key="start_regions",
    title=tr("home.table_title", lang), wrap=True)
st.caption(tr("home.poverty_note", lang))
downloads.dataset_button(lang)

# 4. A small map with its legend, beside the ways into the views
MAP_COLUMN_PX = 640  # the left three fifths of the page on a laptop: the map drawn as wide, its type as large as elsewhere
left, right = st.columns([3, 2])
with left:
    fig = cached(region_map)(ds, ctx.layers, region_ids, tr("home.map_title", lang, n=len(ds.tables["regions"])), lang,
                             {"name": "col.municipality", "region": "col.region"}, height_px=420)
    chart(fig, source_line(ds, region_ids, lang, boundaries=True), ctx, key="start_map", map_width_px=MAP_COLUMN_PX)
with right:
    st.subheader(tr("home.goto", lang))
    for page, label in (("kaart", "home.goto.map"), ("personas", "home.goto.personas"),
                        ("diensten", "home.goto.services")):
        page_link(link(page), tr(label, lang))
