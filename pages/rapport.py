"""Regiorapport: one region on one printed page (map, personas, obstacles, service types, sources).

The browser's own print makes the PDF, on A4; the only widget, the choice of region, sits in the
sidebar, which print leaves out (styles.print_as_one_page).
"""

from datetime import date

import streamlit as st

from dashboard.domain.attribution import source_line
from dashboard.text.dates import day_text
from dashboard.domain.caveats import region_caveats
from dashboard.text.curated_text import column_in_language
from dashboard.figures.municipality_map import category_map
from dashboard.text.i18n import tr
from dashboard.views.map_view import map_frame, region_palette, regions_shown, tooltip
from dashboard.text.markdown_text import escape
from dashboard.text.numbers import number
from dashboard.core.indicators import FLANDERS
from dashboard.domain.poverty import latest_year, region_rates
from dashboard.core.regions import region_summary
from dashboard.views.report import measure_notes, obstacle_counts, ranked_text, region_sources, service_counts
from dashboard.core.scope import Scope
from dashboard.ui import shell, styles, url_state
from dashboard.ui.caveats import caveat_text
from dashboard.ui.components import cached, chart, scope_notice

TOP = 5  # obstacles and service types listed by name: what fits one printed page

# 1. Context and the region of the report (its own choice, kept in the URL; the global filter proposes one)
ctx = shell.context()
lang, ds, f = ctx.lang, ctx.ds, ctx.filters
names = ctx.options.regions
url_state.warn_unknown_url("rapportregio", tr("report.choose", lang), names.values(), lang)
with st.sidebar:
    chosen = st.selectbox(tr("report.choose", lang), list(names.values()), key="rapportregio", bind="query-params",
                          index=list(names).index(f.region_ids[0]) if f.region_ids else 0)
    st.caption(tr("report.print", lang))
styles.print_as_one_page()
region_id = next(r for r, name in names.items() if name == chosen)
name = names[region_id]
more = tr("report.more", lang)
st.title(tr("report.title", lang, region=name), anchor=False)  # no link icon to wrap onto a line of its own
sources = [tr("report.source", lang, title=escape(s.title), day=day_text(s.launch_date, lang),
              inferred=tr("report.inferred", lang) if s.is_launch_year_inferred else "")
           for s in region_sources(ds, region_id).itertuples()]
summary = cached(region_summary)(ds, [region_id]).iloc[0]
figures = tr("report.figures", lang, municipalities=int(summary["municipalities"]), area=number(summary["area_km2"], lang),
             population=number(summary["population"], lang), density=number(summary["density_per_km2"], lang))
rate, flanders = (cached(region_rates)(ds, [area]).iloc[0] for area in (region_id, FLANDERS))
poverty = tr("poverty.region_line", lang, year=latest_year(ds), rate=number(rate["admin_arop_pct"], lang, 1),
             persons=number(rate["persons_at_risk"], lang), flanders=number(flanders["admin_arop_pct"], lang, 1))
caveats = cached(region_caveats)(Scope(ds, (region_id,)), lang)  # the region's own reservations, whatever the filters
st.caption(" · ".join([figures, *sources, tr("report.subtitle", lang, day=day_text(date.today(), lang)),
                       caveat_text(caveats, region_id, lang, tr("report.caveats", lang))]))
scope = ctx.scope.with_regions([region_id])
scope_notice(scope, ("obstacles", "services"), lang)

# 2. The map (in print a chart takes the full width, so it stands alone)
frame, key = cached(map_frame)(ds, [region_id], False)
shown = regions_shown(ds, [region_id])
fig = cached(category_map)(ctx.layers["municipalities"], shown, "region", region_palette(ds, shown), tooltip(lang),
                           ctx.layers["regions"], tr("report.map", lang), lang, frame,
                           {key: "col.nis_code", "name": "col.municipality", "population": "col.population"}, height_px=240,
                           show_legend=False)
chart(fig, source_line(ds, [region_id], lang, boundaries=True), ctx, key="rapport_map")

# 3. Challenges with their personas beside the obstacles and service types named most
left, right = st.columns(2)
with left:
    every = Scope(ds, (region_id,)).challenges()  # every challenge, whatever the persona
    st.markdown(f"**{tr('report.challenges', lang)}**\n\n" + "\n".join(
        f"{row.challenge_rank}. :small[{escape(title)} — *{escape(row.personas)}*]"
        for row, title in zip(every.itertuples(), column_in_language(every, "title", lang))))
    st.markdown(f":small[{poverty}]")  # the region's measured poverty beside what it wrote
with right:
    obstacles = cached(obstacle_counts)(scope, lang)
    services = cached(service_counts)(scope, lang)
    for label, text in (("report.obstacles", ranked_text(obstacles, "obstacle", "obstacle_id", lang, f.obstacle_id, TOP, more)),
                        ("report.services", ranked_text(services, "service_type", "service_type_id", lang, None, TOP, more))):
        st.markdown(f"**{tr(label, lang)}**: :small[{text or tr('home.none', lang)}]")
    notes = measure_notes(obstacles, "obstacle", TOP) + measure_notes(services, "service_type", TOP)
    st.caption(" · ".join([tr("report.counted", lang), *notes]))
