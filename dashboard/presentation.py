"""Presentation mode: the guided walk through the regions, one view at a time.

The walk opens on all regions together, then takes each region in turn: its map, its personas,
the obstacles it names and the service types it asks for; it ends on the map coloured by poverty
risk (last, so the numbers of the steps before it stay what presenters have sent). The step is a 1-based number in the
URL, so a presenter can send or reopen "slide 7". Everything here is pure: the page script only
draws what ``step_view`` returns.
"""

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard.attribution import source_line
from dashboard.counting import UNITS, count_matrix, unit_label
from dashboard.figures.mention_heatmap import mention_heatmap
from dashboard.figures.persona_charts import persona_bars
from dashboard.figures.municipality_map import FLANDERS_HEIGHT_PX, Extras, Layer, category_map, value_map
from dashboard.figures.service_heatmap import service_heatmap
from dashboard.figures.style import PROJECTOR_FONT_SIZE, for_projector
from dashboard.i18n import tr
from dashboard.map_view import (indicator_column, indicator_tooltip, map_frame, region_palette, regions_shown, table_columns,
                                tooltip)
from dashboard.personas import persona_frequency
from dashboard.poverty import LATEST
from dashboard.regions import region_names
from dashboard.scope import Scope

OVERVIEW, POVERTY = "overzicht", "armoede"
REGION_VIEWS = ("kaart", "personas", "obstakels", "diensten")


@dataclass(frozen=True)
class Step:
    view: str  # OVERVIEW, POVERTY or one of REGION_VIEWS
    region_id: str | None = None


@dataclass(frozen=True)
class View:
    """What one step shows: a title, a figure, the table behind it and its source line."""

    title: str
    figure: go.Figure | dict | None  # a map is a Vega-Lite specification; None when the filters leave nothing
    table: pd.DataFrame
    columns: dict[str, str]  # the table's columns to show -> i18n key of their label
    source: str
    notice: str  # what the filters did to this view (dashboard.scope)


def walk(region_ids: list[str]) -> list[Step]:
    """All regions together first, then each region's four views in turn, then their poverty risk."""
    return [Step(OVERVIEW)] + [Step(view, region) for region in region_ids for view in REGION_VIEWS] + [Step(POVERTY)]


def step_from_url(value: str | None, count: int) -> int | None:
    """The 0-based index a URL's 1-based step number names; None when it names no step."""
    text = (value or "").strip()
    if not text.isascii() or not text.isdigit():
        return None
    number = int(text)
    return number - 1 if 1 <= number <= count else None


def next_step(index: int, count: int) -> int:
    return min(index + 1, count - 1)


def previous_step(index: int, count: int) -> int:
    return max(index - 1, 0)


def step_view(scope: Scope, layers: dict[str, Layer], step: Step, lang: str) -> View:
    """The figure, table and title of one step of the walk, with the global filters applied (``scope``)."""
    if step.region_id:
        scope = scope.with_regions([step.region_id])
    title = tr(f"presentatie.view.{step.view}", lang, region=region_names(scope.ds)[step.region_id] if step.region_id else "")
    source = source_line(scope.ds, scope.regions, lang, boundaries=step.view in (OVERVIEW, "kaart", POVERTY),
                         poverty_year=LATEST if step.view == POVERTY else None)
    if step.view == POVERTY:
        source = f"{source}. {tr('poverty.caveat_short', lang)}"
    build = _map if step.view in (OVERVIEW, "kaart") else _VIEWS[step.view]
    fig, table, columns = build(scope, layers, lang, title)
    notice = scope.notice(SHOWS.get(step.view, ()), lang)
    if not len(table):
        return View(title, None, table, columns, source, notice)
    return View(title, fig if isinstance(fig, dict) else for_projector(fig), table, columns, source, notice)


def _map(scope: Scope, layers: dict[str, Layer], lang: str, title: str):
    ds, region_ids = scope.ds, scope.regions
    frame, _ = map_frame(ds, region_ids, False)
    shown = regions_shown(ds, region_ids)
    fig = category_map(layers["municipalities"], shown, "region", region_palette(ds, shown), tooltip(lang),
                       layers["regions"], title, lang, font_size=PROJECTOR_FONT_SIZE)
    return fig, frame, {"name": "col.municipality", "region": "col.region", "population": "col.population"}


def _poverty(scope: Scope, layers: dict[str, Layer], lang: str, title: str):
    """The municipalities coloured by their at-risk-of-poverty rate, the rest of Flanders in grey."""
    ds, region_ids = scope.ds, scope.regions
    frame, key = map_frame(ds, region_ids, False)
    extras = Extras(layers["flanders"].geojson, tuple(indicator_tooltip("poverty", LATEST, lang, in_region=False)),
                    "is_largest_in_region")
    label = f"{tr('col.arop', lang)}, {LATEST}"
    fig = value_map(layers["municipalities"], regions_shown(ds, region_ids), indicator_column("poverty", LATEST), label,
                    indicator_tooltip("poverty", LATEST, lang), layers["regions"], title, lang, height_px=FLANDERS_HEIGHT_PX,
                    font_size=PROJECTOR_FONT_SIZE, number_format=",.1f", extras=extras)
    return fig, frame, {column: label for column, label in table_columns("poverty", key, LATEST).items() if column != key}


def _personas(scope: Scope, layers: dict[str, Layer], lang: str, title: str):
    frequency = persona_frequency(scope)
    # one region cites each persona about once: the weight (1 / challenge number) shows who comes first
    fig = persona_bars(frequency, "weighted", tr("col.weighted", lang), title, highlight=scope.persona_id)
    return fig, frequency[frequency["challenges"] > 0], {"name": "col.persona", "challenges": "col.challenges",
                                                        "weighted": "col.weighted"}


def _obstacles(scope: Scope, layers: dict[str, Layer], lang: str, title: str):
    matrix = count_matrix(scope, scope.obstacle_mentions(), "obstacle", lang)
    fig = mention_heatmap(matrix, "obstacle", title, UNITS[0], unit_label(UNITS[0], lang), highlight=scope.obstacle_id)
    return fig, matrix, {"obstacle": "filters.obstacle", "presence": "unit.presence", "mentions": "unit.mentions"}


def _services(scope: Scope, layers: dict[str, Layer], lang: str, title: str):
    matrix = count_matrix(scope, scope.service_mentions(), "service_type", lang)
    fig = service_heatmap(matrix, title, UNITS[0], unit_label(UNITS[0], lang), tr("col.importance_rank", lang))
    return fig, matrix, {"service_type": "col.service_type", "presence": "unit.presence", "mentions": "unit.mentions",
                         "importance_rank": "col.importance_rank"}


_VIEWS = {POVERTY: _poverty, "personas": _personas, "obstakels": _obstacles, "diensten": _services}
SHOWS = {"personas": ("personas",), "obstakels": ("obstacles",), "diensten": ("services",)}  # kinds of rows (dashboard.scope)
