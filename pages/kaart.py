"""Kaart: the municipalities coloured by region, population, density, poverty risk, median income, or the chosen
persona or obstacle; a click opens a municipality's profile."""

import streamlit as st

from dashboard.core.indicators import INDICATORS, years
from dashboard.core.navigation import link
from dashboard.core.regions import region_summary
from dashboard.domain.attribution import source_line
from dashboard.figures.municipality_map import selected_codes
from dashboard.text.i18n import tr
from dashboard.views.map_page import coloured_map
from dashboard.ui import shell, url_state
from dashboard.ui.components import cached, chart, data_table, localise_columns

# 1. Context and the map's own controls (kept in the URL too)
ctx = shell.context()
lang, ds = ctx.lang, ctx.ds
region_ids = ctx.scope.regions
st.title(tr("map.title", lang, n=len(ds.tables["regions"])))
left, right = st.columns([3, 2])
mode = url_state.url_widget("colour", left.radio, tr("map.colour_by", lang), lang,
                            named=lambda m, language: tr(f"map.mode.{m}", language), horizontal=True)
merged = url_state.url_widget("merged", right.toggle, tr("map.merged", lang), lang)
year = url_state.url_widget("year", right.radio, tr(f"year.{mode}", lang).capitalize(), lang, years(ds, INDICATORS[mode]),
                            horizontal=True) if mode in INDICATORS else None
if mode in INDICATORS and merged:
    st.info(tr("map.indicator_2024", lang))
    merged = False

# 2. The map
shown = cached(coloured_map)(ctx.scope, ctx.options, ctx.layers, mode, year, merged, lang)
if shown.chart is None:
    st.info(tr(shown.before[0], lang))
    st.stop()
for note in shown.before:
    st.caption(tr(note, lang))
event = chart(shown.chart, shown.source, ctx, key="kaart_map", clickable=True)
for note in shown.after:
    st.caption(tr(note, lang))

# 3. A click opens the municipality's profile
clicked = shown.frame.loc[shown.frame[shown.key].isin(selected_codes((event or {}).get("selection", {}))), "name"].tolist()
if clicked:
    to = link("gemeente", municipality=clicked[0], language=lang)
    st.switch_page(to.script, query_params=to.query_params)

# 4. Totals per region
st.subheader(tr("map.totals", lang))
summary = cached(region_summary)(ds, region_ids)
data_table(localise_columns(summary, {"name": "col.region", "municipalities": "col.municipalities",
                                      "population": "col.population", "population_date": "col.population_date",
                                      "area_km2": "col.area_km2", "density_per_km2": "col.density"}, lang),
           source_line(ds, region_ids, lang, population=True), ctx, key="kaart_totals", title=tr("map.totals", lang),
           wrap=True)  # a row per region, drawn whole as text: the page loads no table code beside its map
st.caption(tr("map.population_note", lang))
