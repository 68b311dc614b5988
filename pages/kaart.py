"""Kaart: the municipalities coloured by region, population, density, or the chosen persona or obstacle."""

import streamlit as st

from dashboard.attribution import source_line
from dashboard.figures.municipality_map import category_map, selected_codes, value_map
from dashboard.figures.style import NO_DATA
from dashboard.i18n import tr
from dashboard.map_view import COLOUR_MODES, map_frame, mark_regions, region_palette, regions_shown, tooltip
from dashboard.regions import region_summary
from dashboard.ui import shell
from dashboard.ui.components import cached, chart, data_table, localise_columns

# 1. Context and the map's own controls (kept in the URL too)
ctx = shell.context()
lang, ds = ctx.lang, ctx.ds
region_ids = ctx.scope.regions
st.title(tr("kaart.title", lang))
left, right = st.columns([3, 2])
shell.carry_url_choice("kleur", tr("kaart.colour_by", lang),
                       shell.in_both_languages(COLOUR_MODES, lambda m, language: tr(f"kaart.mode.{m}", language)), lang)
with left:
    mode = st.radio(tr("kaart.colour_by", lang), COLOUR_MODES, format_func=lambda m: tr(f"kaart.mode.{m}", lang),
                    horizontal=True, key="kleur", bind="query-params")
with right:
    merged = st.toggle(tr("kaart.merged", lang), key="fusie2025", bind="query-params")

# 2. The map
polygons, borders = ctx.layers["municipalities_2025" if merged else "municipalities"], ctx.layers["regions"]
shown, hover = regions_shown(ds, region_ids), tooltip(lang)
title = tr("kaart.title_2025" if merged else "kaart.title", lang)
if mode in ("population", "density"):
    column = "population" if mode == "population" else "density_per_km2"
    fig = cached(value_map)(polygons, shown, column, tr("col.population" if mode == "population" else "col.density", lang),
                            hover, borders, title, lang)
elif mode == "region":
    fig = cached(category_map)(polygons, shown, "region", region_palette(ds, shown), hover, borders, title, lang)
else:
    chosen = ctx.filters.persona_id if mode == "persona" else ctx.filters.obstacle_id
    if chosen is None:
        st.info(tr(f"kaart.choose_{mode}", lang))
        st.stop()
    regions = set(ctx.scope.regions_citing_persona() if mode == "persona" else ctx.scope.regions_naming_obstacle())
    label = ctx.options.personas[chosen] if mode == "persona" else ctx.options.obstacles[chosen]
    yes, no = f"{label}: {tr('kaart.named', lang)}", f"{label}: {tr('kaart.not_named', lang)}"
    fig = cached(category_map)(polygons, mark_regions(shown, regions, yes, no), "category", {yes: "#0072B2", no: NO_DATA},
                               hover, borders, title, lang)
frame, key = cached(map_frame)(ds, region_ids, merged)


def _select_region() -> None:
    """A click on a municipality chooses its region in the global filter."""
    codes = selected_codes(st.session_state["kaart_map"].selection)
    chosen = frame.loc[frame[key].isin(codes), "region"].unique().tolist()
    if chosen:
        st.session_state[shell.REGION_KEY] = chosen


st.caption(tr("kaart.click_hint", lang))
table = localise_columns(frame, {key: "col.nis_code", "name": "col.municipality", "region": "col.region",
                                 "population": "col.population", "population_date": "col.population_date",
                                 "area_km2": "col.area_km2", "density_per_km2": "col.density"}, lang)
chart(fig, source_line(ds, region_ids, lang, population=True, boundaries=True), table, lang, key="kaart_map",
      on_select=_select_region)

# 3. Totals per region
st.subheader(tr("kaart.totals", lang))
summary = cached(region_summary)(ds, region_ids)
data_table(localise_columns(summary, {"name": "col.region", "municipalities": "col.municipalities",
                                      "population": "col.population", "population_date": "col.population_date",
                                      "area_km2": "col.area_km2", "density_per_km2": "col.density"}, lang),
           source_line(ds, region_ids, lang, population=True), lang, key="kaart_totals", title=tr("kaart.totals", lang))
st.caption(tr("kaart.population_note", lang))
