"""Presentation mode: the guided walk through the regions, one view at a time.

The walk opens on all regions together, then takes each region in turn: its map, its personas,
the obstacles it names and the service types it asks for; it ends on the map coloured by poverty
risk. A list longer than ``ROWS_PER_SLIDE`` is split over several steps, so every slide is readable
from the back of a room. The step is a 1-based number in the URL, so a presenter can send or reopen
"slide 7". Everything here is pure: the page script (and the PDF of the deck) only draw what
``step_view`` returns.
"""

from dataclasses import dataclass, replace

import pandas as pd

from dashboard.domain.attribution import source_line
from dashboard.core.counting import UNITS, count_matrix, unit_label
from dashboard.figures.chart import Chart
from dashboard.figures.municipality_map import Extras, Layer, MapSpec, value_map
from dashboard.figures.slide_bars import slide_bars
from dashboard.figures.style import PROJECTOR_FONT_SIZE
from dashboard.figures.vega_chart import for_projector
from dashboard.text.i18n import LANGUAGES, tr
from dashboard.text.numbers import number
from dashboard.views.map_view import (indicator_column, indicator_tooltip, map_frame, region_map, regions_shown, table_columns,
                                      town_names)
from dashboard.domain.personas import persona_frequency
from dashboard.core.indicators import FLANDERS, INDICATORS
from dashboard.domain.poverty import latest_year, region_rates
from dashboard.core.regions import region_names
from dashboard.core.scope import Scope

OVERVIEW, POVERTY = "overview", "poverty"
REGION_VIEWS = ("map", "personas", "obstacles", "services")
ROWS_PER_SLIDE = 8  # bars or heatmap rows on one slide: at 24 px type, what fits a 720 px high screen


@dataclass(frozen=True)
class Step:
    view: str  # OVERVIEW, POVERTY or one of REGION_VIEWS
    region_id: str | None = None
    part: int = 0  # which slice of ROWS_PER_SLIDE rows of a long list (0-based)
    parts: int = 1  # how many slices the list has
    scale_max: float = 0.0  # a list's axis ends here: the largest value of its measure on any slide of the walk


@dataclass(frozen=True)
class View:
    """What one step shows: a title, a chart, the data behind it and its source line."""

    title: str
    chart: Chart | None  # None when the filters leave nothing
    table: pd.DataFrame  # the data the chart draws, with its ids
    source: str
    notice: str  # what the filters did to this view (dashboard.core.scope)


def walk(scope: Scope) -> list[Step]:
    """All regions in ``scope`` together first, then each region's views in turn (a long list over
    several steps), then their poverty risk.

    With one region the overview is that region's map already, so its own map step is left out:
    no two steps show the same.
    """
    lists = {(region, view): _LISTS[view](scope.with_regions([region]), LANGUAGES[0]) for region in scope.regions
             for view in _LISTS}
    scale = {view: max([table[_VALUES[view]].max() for (_, alike), (table, _) in lists.items()
                        if _VALUES[alike] == _VALUES[view] and len(table)], default=0.0) for view in _LISTS}
    steps = [Step(OVERVIEW)]
    for region in scope.regions:
        for view in REGION_VIEWS:
            if view in _LISTS:
                table, key = lists[(region, view)]
                parts = max(1, -(-table[key].nunique() // ROWS_PER_SLIDE))
                steps += [Step(view, region, part, parts, float(scale[view])) for part in range(parts)]
            elif len(scope.regions) > 1:
                steps.append(Step(view, region))
    return steps + [Step(POVERTY)]


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
    if step.view == POVERTY:  # where poverty risk is highest, answered in one line (Flanders' rate is in the legend)
        title = highest_poverty(scope, lang)
    else:
        title = tr(f"presentation.view.{step.view}", lang, region=region_names(scope.ds)[step.region_id] if step.region_id else "")
    if step.parts > 1:
        title = tr("presentation.part", lang, title=title, n=step.part + 1, total=step.parts)
    source = source_line(scope.ds, scope.regions, lang, boundaries=step.view in (OVERVIEW, "map", POVERTY),
                         indicators=(("poverty", latest_year(scope.ds)),) if step.view == POVERTY else (),
                         short=True)
    if step.view == POVERTY:
        source = f"{source}. {tr('poverty.caveat_short', lang)}"
    if step.view in _LISTS:
        table, key = _LISTS[step.view](scope, lang)
        shown = list(dict.fromkeys(table[key]))[step.part * ROWS_PER_SLIDE:(step.part + 1) * ROWS_PER_SLIDE]
        table = table[table[key].isin(shown)]
        chart = _FIGURES[step.view](table, scope, lang, title, step.scale_max)
    else:
        table, key = map_frame(scope.ds, scope.regions, False)
        chart = (_poverty if step.view == POVERTY else _map)(table, key, scope, layers, lang, title)
    notice = scope.notice(SHOWS.get(step.view, ()), lang)
    if not len(table):
        return View(title, None, table, source, notice)
    return View(title, chart if chart.is_map else replace(chart, figure=for_projector(chart.figure, lang)), table, source, notice)


def _map(frame: pd.DataFrame, key: str, scope: Scope, layers: dict[str, Layer], lang: str, title: str) -> Chart:
    # as high as the slide leaves room for (the page sizes the chart's box to the screen), each region named inside it
    return region_map(scope.ds, layers, list(scope.regions), title, lang,
                      {"name": "col.municipality", "region": "col.region", "population": "col.population"},
                      height_px="container", font_size=PROJECTOR_FONT_SIZE, names_inside=True)


def _poverty(frame: pd.DataFrame, key: str, scope: Scope, layers: dict[str, Layer], lang: str, title: str) -> Chart:
    """The municipalities coloured by their at-risk-of-poverty rate, filling the slide (Flanders' own rate is
    under its legend's title; the grey rest of Flanders would shrink the regions to a third of the width)."""
    ds, region_ids = scope.ds, scope.regions
    shown, latest = regions_shown(ds, region_ids), latest_year(ds)
    extras = Extras(label_column=town_names(shown))
    label = f"{tr('indicator.poverty', lang)}, {latest}"
    columns = {column: label for column, label in table_columns("poverty", key, latest).items() if column != key}
    spec = MapSpec(layers["municipalities"], layers["regions"], shown, title, lang, frame, columns,
                   tuple(indicator_tooltip("poverty", latest, lang)), "container", PROJECTOR_FONT_SIZE, extras)
    return value_map(spec, indicator_column("poverty", latest), label, number_format=INDICATORS["poverty"].number_format,
                     legend_note=flanders_poverty(ds, lang))


def highest_poverty(scope: Scope, lang: str) -> str:
    """The municipality of ``scope`` with the highest at-risk-of-poverty rate and its rate, as a slide's title."""
    frame, _ = map_frame(scope.ds, scope.regions, False)
    column = indicator_column("poverty", latest_year(scope.ds))
    highest = frame.dropna(subset=[column]).sort_values(column).iloc[-1]
    return tr("presentation.highest", lang, name=highest["name"], rate=number(highest[column], lang, 1))


def flanders_poverty(ds, lang: str) -> str:
    """Flanders' own at-risk-of-poverty rate, to read the map's colours against."""
    return tr("presentation.flanders", lang, rate=number(region_rates(ds, [FLANDERS])["admin_arop_pct"].iloc[0], lang, 1))


# Each list view: its whole table (with the column naming its rows, in the order shown), and its figure.

def _persona_table(scope: Scope, lang: str) -> tuple[pd.DataFrame, str]:
    frequency = persona_frequency(scope)
    cited = frequency[frequency["challenges"] > 0]
    return cited.sort_values(["weighted", "name"], ascending=[False, True]), "persona_id"


def _obstacle_table(scope: Scope, lang: str) -> tuple[pd.DataFrame, str]:
    return count_matrix(scope, scope.obstacle_mentions(), "obstacle", lang), "obstacle_id"


def _service_table(scope: Scope, lang: str) -> tuple[pd.DataFrame, str]:
    return count_matrix(scope, scope.service_mentions(), "service_type", lang), "service_type_id"


def _persona_figure(frequency: pd.DataFrame, scope: Scope, lang: str, title: str, scale_max: float) -> Chart:
    # one region cites each persona about once: the weight (1 / challenge number) shows who comes first
    highlighted = frequency["persona_id"].isin([scope.persona_id]) if scope.persona_id else None
    return slide_bars(frequency, "name", "weighted", [tr("presentation.weighted", lang)], scale_max, title, 2,
                      highlighted=highlighted, lang=lang,
                      columns={"name": "col.persona", "challenges": "col.challenges", "weighted": "col.weighted"})


def _obstacle_figure(matrix: pd.DataFrame, scope: Scope, lang: str, title: str, scale_max: float) -> Chart:
    highlighted = matrix["obstacle_id"].eq(scope.obstacle_id) if scope.obstacle_id else None
    marks, key = _marks(matrix, lang)
    return slide_bars(matrix, "obstacle", UNITS[0], _measure(lang) + key, scale_max, title, 1, marks=marks,
                      highlighted=highlighted, lang=lang,
                      columns={"obstacle": "filters.obstacle", "emphasis": "unit.emphasis", "emphasis_rank": "col.emphasis_rank",
                               "robustness": "col.robustness", "mentions": "unit.mentions"})


def _service_figure(matrix: pd.DataFrame, scope: Scope, lang: str, title: str, scale_max: float) -> Chart:
    marks, key = _marks(matrix, lang)
    return slide_bars(matrix, "service_type", UNITS[0], _measure(lang) + key, scale_max, title, 1, marks=marks, lang=lang,
                      columns={"service_type": "col.service_type", "emphasis": "unit.emphasis",
                               "emphasis_rank": "col.emphasis_rank", "importance_rank": "col.importance_rank",
                               "robustness": "col.robustness", "caveat": "col.caveat", "mentions": "unit.mentions"})


def _measure(lang: str) -> list[str]:
    return [f"{unit_label(UNITS[0], lang)} ({tr('presentation.same_scale', lang)})"]


def _marks(matrix: pd.DataFrame, lang: str) -> tuple[pd.Series, list[str]]:
    """What follows a bar's number: † where its rank depends on the measure (dashboard.core.counting), ‡ where the region
    makes a caveat about the category, #n the region's own order; and a line saying what the signs mean, when a bar
    of the slide carries one."""
    depends, caveats, ranks = matrix["is_measure_dependent"], matrix["caveat"] != "", matrix["importance_rank"].notna()
    marks = pd.Series([(" †" if d else "") + (" ‡" if c else "") + (f" #{int(r)}" if n else "")
                       for d, c, n, r in zip(depends, caveats, ranks, matrix["importance_rank"])], index=matrix.index, dtype=object)
    signs = [text for shown, text in ((depends.any(), tr("presentation.depends", lang)), (caveats.any(), tr("presentation.caveat", lang)),
                                      (ranks.any(), f"#n = {tr('col.importance_rank', lang)}")) if shown]
    return marks, [" · ".join(signs)] if signs else []


_LISTS = {"personas": _persona_table, "obstacles": _obstacle_table, "services": _service_table}
_FIGURES = {"personas": _persona_figure, "obstacles": _obstacle_figure, "services": _service_figure}
_VALUES = {"personas": "weighted", "obstacles": UNITS[0], "services": UNITS[0]}  # the column each list's bars show
SHOWS = {"personas": ("personas",), "obstacles": ("challenges", "obstacles"),  # the tables each list shows (dashboard.core.scope)
         "services": ("region_service_types", "obstacle_service_links")}
