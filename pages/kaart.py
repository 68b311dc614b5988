"""Kaart: the municipalities coloured by region, population, density, poverty risk, median income, or the chosen
persona or obstacle; a click opens a municipality's profile."""

import streamlit as st

from dashboard.domain.attribution import source_line
from dashboard.figures.municipality_map import FLANDERS_HEIGHT_PX, Extras, category_map, selected_codes, value_map
from dashboard.figures.style import NO_DATA
from dashboard.text.i18n import tr
from dashboard.core.indicators import INDICATORS, years
from dashboard.views.map_view import (COLOUR_MODES, indicator_column, indicator_tooltip, map_frame,
                                mark_regions, region_palette, regions_shown, table_columns, tooltip)
from dashboard.core.paths import PAGES_DIR
from dashboard.core.regions import region_summary
from dashboard.ui import shell, url_state
from dashboard.ui.components import cached, chart, data_table, localise_columns

# 1. Context and the map's own controls (kept in the URL too)
ctx = shell.context()
lang, ds = ctx.lang, ctx.ds
region_ids = ctx.scope.regions
st.title(tr("map.title", lang, n=len(ds.tables["regions"])))
left, right = st.columns([3, 2])
url_state.carry_url_choice("kleur", tr("map.colour_by", lang),
                       url_state.in_both_languages(COLOUR_MODES, lambda m, language: tr(f"map.mode.{m}", language)), lang)
with left:
    mode = st.radio(tr("map.colour_by", lang), COLOUR_MODES, format_func=lambda m: tr(f"map.mode.{m}", lang),
                    horizontal=True, key="kleur", bind="query-params")
with right:
    url_state.warn_unknown_boolean("fusie2025", tr("map.merged", lang), lang)
    merged = st.toggle(tr("map.merged", lang), key="fusie2025", bind="query-params")
    if mode in INDICATORS:
        held = years(ds, INDICATORS[mode])
        year_name = tr(f"year.{mode}", lang)
        url_state.warn_unknown_url("jaar", year_name.capitalize(), [str(y) for y in held], lang)
        year = st.radio(year_name.capitalize(), held, horizontal=True, key="jaar", bind="query-params")
if mode in INDICATORS and merged:
    st.info(tr("map.indicator_2024", lang))
    merged = False

# 2. The map
polygons, borders = ctx.layers["municipalities_2025" if merged else "municipalities"], ctx.layers["regions"]
shown, hover = regions_shown(ds, region_ids), tooltip(lang)
title = tr("map.title_2025" if merged else "map.title", lang, n=len(ds.tables["regions"]))
names = Extras(label_column="is_largest_in_region")
frame, key = cached(map_frame)(ds, region_ids, merged)
columns = table_columns(mode, key, year if mode in INDICATORS else None)  # of the table under the map
source = source_line(ds, region_ids, lang, population=True, boundaries=True)
if mode in INDICATORS:
    label = tr(f"indicator.{mode}", lang)
    context = Extras(ctx.layers["flanders"].geojson, tuple(indicator_tooltip(mode, year, lang, in_region=False)),
                     "is_largest_in_region")
    fig = cached(value_map)(polygons, shown, indicator_column(mode, year), f"{label}, {year}",
                            indicator_tooltip(mode, year, lang), borders,
                            tr("map.title_indicator", lang, label=tr(f"map.mode.{mode}", lang), year_name=year_name, year=year), lang,
                            frame, columns, height_px=FLANDERS_HEIGHT_PX, number_format=INDICATORS[mode].number_format,
                            extras=context)
    source = source_line(ds, region_ids, lang, boundaries=True, indicators=((mode, year),))
elif mode in ("population", "density"):
    column = "population" if mode == "population" else "density_per_km2"
    fig = cached(value_map)(polygons, shown, column, tr("col.population" if mode == "population" else "col.density", lang),
                            hover, borders, title, lang, frame, columns, extras=names)
elif mode == "region":
    fig = cached(category_map)(polygons, shown, "region", region_palette(ds, shown), hover, borders, title, lang,
                               frame, columns, extras=names)
else:
    chosen = ctx.filters.persona_id if mode == "persona" else ctx.filters.obstacle_id
    if chosen is None:
        st.info(tr(f"map.choose_{mode}", lang))
        st.stop()
    regions = set(ctx.scope.regions_citing_persona() if mode == "persona" else ctx.scope.regions_naming_obstacle())
    label = ctx.options.personas[chosen] if mode == "persona" else ctx.options.obstacles[chosen]
    yes, no = f"{label}: {tr('map.named', lang)}", f"{label}: {tr('map.not_named', lang)}"
    marked = mark_regions(shown, regions, yes, no)
    frame = frame.merge(marked[["region_id", "category"]], on="region_id")
    fig = cached(category_map)(polygons, marked, "category", {yes: "#0072B2", no: NO_DATA}, hover, borders, title, lang,
                               frame, columns, extras=names)
    st.caption(tr(f"map.rule.{mode}", lang))

st.caption(tr("map.click_hint", lang))
event = chart(fig, source, ctx, key="kaart_map", clickable=True)
if mode in INDICATORS:
    st.caption(tr("map.context_note", lang))
    st.caption(tr(f"caveat.{mode}", lang))

# 3. A click opens the municipality's profile
clicked = frame.loc[frame[key].isin(selected_codes((event or {}).get("selection", {}))), "name"].tolist()
if clicked:
    st.switch_page(PAGES_DIR / "gemeente.py", query_params={"gemeente": clicked[0], **({url_state.LANG_KEY: lang} if lang != "nl" else {})})

# 4. Totals per region
st.subheader(tr("map.totals", lang))
summary = cached(region_summary)(ds, region_ids)
data_table(localise_columns(summary, {"name": "col.region", "municipalities": "col.municipalities",
                                      "population": "col.population", "population_date": "col.population_date",
                                      "area_km2": "col.area_km2", "density_per_km2": "col.density"}, lang),
           source_line(ds, region_ids, lang, population=True), ctx, key="kaart_totals", title=tr("map.totals", lang))
st.caption(tr("map.population_note", lang))
