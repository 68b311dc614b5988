"""What the Kaart page shows: the municipalities coloured as the reader chose (region, population, density, an
indicator of an income year, or whether a region names the chosen persona or obstacle), the rows under the map
and the lines that go with it."""

from dataclasses import dataclass, replace

import pandas as pd

from dashboard.core.filters import Options
from dashboard.core.scope import Scope
from dashboard.domain.attribution import source_line
from dashboard.figures.chart import Chart
from dashboard.figures.municipality_map import (FLANDERS_HEIGHT_PX, MAP_HEIGHT_PX, Extras, Layer, MapSpec, category_map,
                                                value_map)
from dashboard.figures.style import NO_DATA
from dashboard.text.i18n import tr
from dashboard.core.indicators import INDICATORS
from dashboard.views.map_view import (NUMBERED, indicator_column, indicator_tooltip, map_frame, mark_regions, region_field,
                                      region_labels, region_palette, regions_shown, table_columns, tooltip, town_names)

NAMED = "#0072B2"  # a region that names the chosen persona or obstacle
VALUE_COLUMNS = {"population": ("population", "col.population"), "density": ("density_per_km2", "col.density")}


@dataclass(frozen=True)
class MapPage:
    chart: Chart | None  # None: the mode colours by a persona or obstacle and none is chosen
    frame: pd.DataFrame  # the municipalities drawn, in which a click is looked up
    key: str  # the column of their ids
    source: str
    before: tuple[str, ...]  # i18n keys of the lines above the map (without a chart: the hint in its place)
    after: tuple[str, ...] = ()  # and below it


def coloured_map(scope: Scope, options: Options, layers: dict[str, Layer], mode: str, year: int | None, merged: bool,
                 lang: str) -> MapPage:
    """The map of the regions of ``scope`` coloured by ``mode`` (an indicator of dashboard.core.indicators, of
    ``year``), of the 2025 municipalities when ``merged`` (never with an indicator: its figures are per municipality
    as it was)."""
    ds, region_ids = scope.ds, scope.regions
    frame, key = map_frame(ds, region_ids, merged)
    shown = regions_shown(ds, region_ids)
    spec = MapSpec(layers["municipalities_2025" if merged else "municipalities"], layers["regions"], shown,
                   tr("map.title_2025" if merged else "map.title", lang, n=len(ds.tables["regions"])), lang, frame, table_columns(mode, key, year),
                   tuple(tooltip(lang)), extras=Extras(label_column=town_names(shown)),
                   height_px=FLANDERS_HEIGHT_PX if NUMBERED in shown else MAP_HEIGHT_PX)  # many regions: Flanders, wide and low
    source = source_line(ds, region_ids, lang, population=True, boundaries=True)
    click = ("map.click_hint",)
    if mode in INDICATORS:  # beside the rest of Flanders in grey
        label = tr(f"indicator.{mode}", lang)
        spec = replace(spec, title=tr("map.title_indicator", lang, label=tr(f"map.mode.{mode}", lang),
                                      year_name=tr(f"year.{mode}", lang), year=year),
                       tooltip=tuple(indicator_tooltip(mode, year, lang)), height_px=FLANDERS_HEIGHT_PX,
                       extras=Extras(layers["flanders"].geojson, tuple(indicator_tooltip(mode, year, lang, in_region=False)),
                                     town_names(shown)))
        chart = value_map(spec, indicator_column(mode, year), f"{label}, {year}", INDICATORS[mode].number_format)
        return MapPage(chart, frame, key, source_line(ds, region_ids, lang, boundaries=True, indicators=((mode, year),)), click,
                       ("map.context_note", f"caveat.{mode}"))
    if mode in VALUE_COLUMNS:
        column, label = VALUE_COLUMNS[mode]
        return MapPage(value_map(spec, column, tr(label, lang)), frame, key, source, click)
    if mode == "region":
        spec = replace(spec, extras=region_labels(layers["regions"], shown, towns=True))
        return MapPage(category_map(spec, region_field(shown), region_palette(ds, shown)), frame, key, source, click)
    chosen = scope.persona_id if mode == "persona" else scope.obstacle_id
    if chosen is None:
        return MapPage(None, frame, key, source, (f"map.choose_{mode}",))
    regions = set(scope.regions_citing_persona() if mode == "persona" else scope.regions_naming_obstacle())
    label = options.personas[chosen] if mode == "persona" else options.obstacles[chosen]
    yes, no = f"{label}: {tr('map.named', lang)}", f"{label}: {tr('map.not_named', lang)}"
    marked = mark_regions(shown, regions, yes, no)
    spec = replace(spec, regions_shown=marked, rows=frame.merge(marked[["region_id", "category"]], on="region_id"))
    return MapPage(category_map(spec, "category", {yes: NAMED, no: NO_DATA}), spec.rows, key, source,
                   (f"map.rule.{mode}", *click))
