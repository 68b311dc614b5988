"""Gemeente: one municipality's profile (?gemeente=Ronse): its figures, its poverty indicators with their
change and standing, its 2025 merger, and what its region wrote."""

import streamlit as st

from dashboard.core.navigation import link
from dashboard.domain.attribution import source_line
from dashboard.text.i18n import tr
from dashboard.views.map_view import map_frame, table_columns
from dashboard.views.municipality_page import figures_lines, poverty_view
from dashboard.views.municipality_profile import find, profile_years, summary
from dashboard.views.report import challenge_lists
from dashboard.ui import shell, url_state
from dashboard.ui.components import cached, data_table, localise_columns, scope_notice
from dashboard.ui.municipality_search import municipality_search

# 1. Context, and the municipality: found by the search box, else named in the URL (accents and case ignored)
ctx = shell.context()
lang, ds = ctx.lang, ctx.ds
st.title(tr("municipality.title", lang))
municipality_search(ds, lang)
asked = url_state.url_value("municipality")
codes = cached(find)(ds, asked)
nis_code = codes[0] if len(codes) == 1 else None
if asked and nis_code is None:
    url_state.unknown_value_notice("municipality", asked, lang)
if nis_code is None:  # the 63 to choose from, with their figures
    st.info(tr("municipality.choose", lang))
    url_state.page_link(link("kaart"), tr("municipality.to_map", lang), ":material/map:")
    every, key = cached(map_frame)(ds, ctx.scope.regions, False)
    latest = profile_years(ds)[1]
    data_table(localise_columns(every.sort_values("name"), table_columns("poverty", key, latest), lang),
               source_line(ds, ctx.scope.regions, lang, indicators=(("poverty", latest),)), ctx, key="gemeente_all",
               title=tr("municipality.title", lang))
    st.stop()

# 2. The municipality in figures, and its 2025 merger
m = cached(summary)(ds, nis_code)
st.header(m["name"])
figures, merger, merged = cached(figures_lines)(ds, nis_code, lang)
st.caption(figures)
(st.markdown if merged else st.caption)(merger)

# 3. Poverty indicators: the latest year against the first, standing among the 63 and in Flanders
poverty = cached(poverty_view)(ds, nis_code, lang)
st.subheader(poverty.heading)
for column, metric in zip(st.columns(len(poverty.metrics)), poverty.metrics):
    column.metric(metric.label, metric.value, delta=metric.delta, delta_color=metric.delta_color)
st.markdown(poverty.standing)
data_table(poverty.table, poverty.source, ctx, key="gemeente_indicators", title=poverty.title, as_shown=poverty.as_shown,
           phone_rows=True)
st.caption(poverty.incomes)
st.caption(tr("caveat.poverty", lang))

# 4. What its region wrote: regional statements, not about the municipality alone (the sidebar's persona and obstacle apply)
st.subheader(tr("municipality.region_wrote", lang, region=m["region"]))
st.info(tr("municipality.regional_note", lang, region=m["region"], name=m["name"]))
scope = ctx.scope.with_regions([m["region_id"]])
scope_notice(scope, ("challenges", "obstacles", "region_service_types", "obstacle_service_links"), lang)
lists = cached(challenge_lists)(scope.challenges(), scope, lang, 10)
left, right = st.columns(2)
left.markdown(lists.challenges)
right.markdown(lists.obstacles)
right.markdown(lists.services)
right.caption(lists.counted)
st.caption(source_line(ds, [m["region_id"]], lang, population=True))
