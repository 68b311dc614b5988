"""Regiorapport: one region on one printed page (map, personas, obstacles, service types, sources).

The browser's own print makes the PDF, on A4; the only widget, the choice of region, sits in the
sidebar, which print leaves out (styles.print_as_one_page).
"""

from datetime import date

import streamlit as st

from dashboard.core.scope import Scope
from dashboard.domain.attribution import source_line
from dashboard.domain.caveats import region_caveats
from dashboard.text.i18n import tr
from dashboard.views.map_view import region_map
from dashboard.views.report import challenge_lists, report_lines
from dashboard.ui import shell, styles, url_state
from dashboard.ui.caveats import caveat_text
from dashboard.ui.components import cached, chart, scope_notice

TOP = 5  # obstacles and service types listed by name: what fits one printed page

# 1. Context and the region of the report (its own choice, kept in the URL; the global filter proposes one)
ctx = shell.context()
lang, ds, f = ctx.lang, ctx.ds, ctx.filters
names = ctx.options.regions
chosen = url_state.url_widget("report_region", st.sidebar.selectbox, tr("report.choose", lang), lang, list(names.values()),
                              index=list(names).index(f.region_ids[0]) if f.region_ids else 0)
st.sidebar.caption(tr("report.print", lang))
styles.print_as_one_page()
region_id = next(r for r, name in names.items() if name == chosen)
st.title(tr("report.title", lang, region=names[region_id]), anchor=False)  # no link icon to wrap onto a line of its own
subtitle, poverty = cached(report_lines)(ds, region_id, lang, date.today())
caveats = cached(region_caveats)(Scope(ds, (region_id,)), lang)  # the region's own reservations, whatever the filters
st.caption(f"{subtitle} · {caveat_text(caveats, region_id, lang, tr('report.caveats', lang))}")
scope = ctx.scope.with_regions([region_id])
scope_notice(scope, ("obstacles", "region_service_types", "obstacle_service_links"), lang)

# 2. The map (in print a chart takes the full width, so it stands alone)
fig = cached(region_map)(ds, ctx.layers, [region_id], tr("report.map", lang), lang,
                         {"nis_code": "col.nis_code", "name": "col.municipality", "population": "col.population"},
                         height_px=240, show_legend=False)
chart(fig, source_line(ds, [region_id], lang, boundaries=True), ctx, key="rapport_map")

# 3. Challenges with their personas (every one, whatever the persona) beside the obstacles and service types named most
lists = cached(challenge_lists)(Scope(ds, (region_id,)).challenges(), scope, lang, TOP, small=True)
left, right = st.columns(2)
left.markdown(lists.challenges)
left.markdown(f":small[{poverty}]")  # the region's measured poverty beside what it wrote
right.markdown(lists.obstacles)
right.markdown(lists.services)
right.caption(lists.counted)
