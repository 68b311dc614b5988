"""The data behind the map: what each municipality (2023 or 2025) carries, and the regions in view."""

import pandas as pd

from dashboard.core.data import Dataset
from dashboard.text.dates import day_column
from dashboard.figures.chart import Chart
from dashboard.figures.municipality_map import MAP_HEIGHT_PX, Extras, Layer, MapSpec, attribute, category_map
from dashboard.figures.mention_heatmap import two_lines
from dashboard.figures.style import FONT_SIZE, region_colours, told_by_hue
from dashboard.text.i18n import tr
from dashboard.core.indicators import INDICATORS, years
from dashboard.core.regions import region_names

# in the GeoJSON; the map writes the name of the largest municipality of each region
LARGEST = "is_largest_in_region"
MAP_ATTRIBUTES = ["name", "region_id", "population", "population_date_text_nl", "population_date_text_en", "density_per_km2",
                  LARGEST]
NUMBERED = "numbered"  # a region's number and name, as a map of more than five regions lists it in its legend


def indicator_column(mode: str, year: int) -> str:
    """The column (and GeoJSON property) holding indicator ``mode`` of ``year``."""
    return f"{INDICATORS[mode].column}_{year}"


def indicator_attributes(ds: Dataset) -> list[str]:
    """The GeoJSON properties of the indicators: one per indicator and year the dataset holds."""
    return [indicator_column(mode, year) for mode, indicator in INDICATORS.items() for year in years(ds, indicator)]


def indicators_wide(ds: Dataset) -> pd.DataFrame:
    """Every Flemish municipality's indicators and the persons beside them, a column per indicator and year
    (`admin_arop_pct_2022`, ...), from each indicator's table."""
    wide = pd.DataFrame({"nis_code": pd.Series(dtype="str")})
    for table in dict.fromkeys(indicator.table for indicator in INDICATORS.values()):
        held = [i for i in INDICATORS.values() if i.table == table]
        columns = list(dict.fromkeys(c for i in held for c in (i.column, *(count.column for count in i.counts))))
        pivoted = ds.tables[table].pivot(index="nis_code", columns="year", values=columns)
        pivoted.columns = [f"{column}_{year}" for column, year in pivoted.columns]
        wide = wide.merge(pivoted.reset_index(), on="nis_code", how="outer")
    return wide


def municipalities(ds: Dataset, merged_2025: bool) -> tuple[pd.DataFrame, str]:
    """Every municipality with its region, population (and its date), area and density, and the name of its key column."""
    t = ds.tables
    if merged_2025:
        frame, key = t["municipalities_2025"].rename(columns={"name_2025": "name"}), "nis_code_2025"
    else:
        frame, key = t["municipalities"], "nis_code"
    frame = frame.assign(density_per_km2=(frame["population"] / frame["area_km2"]).round(0),
                         population_date_text_nl=day_column(frame["population_date"], "nl"),
                         population_date_text_en=day_column(frame["population_date"], "en"),
                         **{LARGEST: frame["population"] == frame.groupby("region_id")["population"].transform("max")})
    if not merged_2025:  # Statbel's indicators are per municipality as it was before the 2025 mergers
        frame = frame.merge(indicators_wide(ds), on="nis_code", how="left")
    return frame.reset_index(drop=True), key


def flanders(ds: Dataset) -> pd.DataFrame:
    """Every Flemish municipality (the map's grey context) with its region, if one of the five, and indicators."""
    frame = pd.DataFrame(ds.shapes["flanders"][["nis_code", "name"]])
    regions = ds.tables["municipalities"][["nis_code", "region_id"]]
    return frame.merge(regions, on="nis_code", how="left").merge(indicators_wide(ds), on="nis_code", how="left")


def map_frame(ds: Dataset, region_ids: list[str], merged_2025: bool) -> tuple[pd.DataFrame, str]:
    """The municipalities of ``region_ids`` with their region's name: the table under the map."""
    frame, key = municipalities(ds, merged_2025)
    return frame.merge(regions_shown(ds, region_ids), on="region_id"), key


def regions_shown(ds: Dataset, region_ids: list[str]) -> pd.DataFrame:
    """The regions to show on a map, with the name each municipality's tooltip gives its region; past five regions
    also their number (in dataset order, so a region keeps it whatever is shown) and ``NUMBERED`` name."""
    names = region_names(ds)
    shown = pd.DataFrame({"region_id": region_ids, "region": [names[r] for r in region_ids]})
    if told_by_hue(len(region_ids)):
        return shown
    number = {rid: str(i + 1) for i, rid in enumerate(names.index)}
    numbers = [number[r] for r in region_ids]
    return shown.assign(number=numbers, **{NUMBERED: [f"{n} {name}" for n, name in zip(numbers, shown["region"])]})


def region_field(shown: pd.DataFrame) -> str:
    """The field a map colours the regions ``shown`` by and lists in its legend: their names, or their numbered names."""
    return NUMBERED if NUMBERED in shown else "region"


def region_palette(ds: Dataset, shown: pd.DataFrame) -> dict[str, str]:
    """The legend's label (``region_field``) and colour of each region ``shown``: a region has the same colour on every
    page and map."""
    colours = region_colours(list(ds.tables["regions"]["region_id"]))
    return dict(zip(shown[region_field(shown)], shown["region_id"].map(colours)))


def inside_labels(regions: Layer, labels: dict[str, str]) -> tuple[dict, ...]:
    """Where each region's label goes on its map (``labels``: region_id -> text, a newline breaking it): a point inside it."""
    shapes = regions.shapes[regions.shapes[regions.key].isin(list(labels))]
    points = shapes.geometry.representative_point()
    return tuple({"name": labels[rid], "lon": round(p.x, 5), "lat": round(p.y, 5)} for rid, p in zip(shapes[regions.key], points))


def region_labels(regions: Layer, shown: pd.DataFrame, names_inside: bool = False, towns: bool = False) -> Extras:
    """What a map of the regions ``shown`` writes on them: past five regions each one's number inside it (the legend
    names it beside its number), and no town names, which would crowd a map of all Flanders; up to five, with
    ``names_inside`` (the walk's map) each region's name inside it, with ``towns`` the largest town of each region."""
    if NUMBERED in shown:
        return Extras(place_names=inside_labels(regions, dict(zip(shown["region_id"], shown["number"]))))
    if names_inside:
        return Extras(place_names=inside_labels(regions, {r: two_lines(n) for r, n in
                                                           zip(shown["region_id"], shown["region"])}))
    return Extras(label_column=LARGEST if towns else None)


def town_names(shown: pd.DataFrame) -> str | None:
    """The column marking the towns a map of the regions ``shown`` names: none past five regions (they would crowd it)."""
    return None if NUMBERED in shown else LARGEST


def mark_regions(shown: pd.DataFrame, regions: set[str], yes: str, no: str) -> pd.DataFrame:
    """Add a `category` column to the regions ``shown``: ``yes`` for those in ``regions``, ``no`` otherwise."""
    return shown.assign(category=shown["region_id"].map(lambda r: yes if r in regions else no))


def table_columns(mode: str, key: str, year: int | None = None) -> dict[str, str]:
    """The columns of the table under the map (column -> i18n key of its label): those the colouring shows."""
    columns = {key: "col.nis_code", "name": "col.municipality", "region": "col.region"}
    if mode in INDICATORS:  # every indicator of the same table, the chosen one first, and the persons beside them
        chosen = INDICATORS[mode]
        held = sorted((i for i in INDICATORS.values() if i.table == chosen.table), key=lambda i: i is not chosen)
        persons = dict.fromkeys(count.column for i in held for count in i.counts)
        return columns | {indicator_column(i.indicator_id, year): f"indicator.{i.indicator_id}" for i in held} | {
            f"{c}_{year}": f"col.{c}" for c in persons}
    if mode in ("persona", "obstacle"):
        return columns | {"category": "map.names_it"}
    return columns | {"population": "col.population", "population_date": "col.population_date", "area_km2": "col.area_km2",
                      "density_per_km2": "col.density"}


def indicator_tooltip(mode: str, year: int, lang: str, in_region: bool = True) -> list[dict]:
    """Hovering a municipality in indicator ``mode``: its name, region (when one of the five) and the figure."""
    label = tr(f"indicator.{mode}", lang)
    fields = [{"field": attribute("name"), "title": tr("col.municipality", lang)}]
    if in_region:
        fields.append({"field": "region", "title": tr("col.region", lang)})
    return fields + [{"field": attribute(indicator_column(mode, year)), "type": "quantitative",
                      "title": f"{label} ({year})", "format": INDICATORS[mode].number_format}]


def tooltip(lang: str) -> list[dict]:
    """What hovering a municipality shows, titled in ``lang`` (Vega-Lite writes the number as ``lang`` does)."""
    return [{"field": attribute("name"), "title": tr("col.municipality", lang)},
            {"field": "region", "title": tr("col.region", lang)},
            {"field": attribute("population"), "type": "quantitative", "title": tr("col.population", lang),
             "format": ",.0f"},
            {"field": attribute(f"population_date_text_{lang}"), "title": tr("col.population_date", lang)}]


def region_map(ds: Dataset, layers: dict[str, Layer], region_ids: list[str], title: str, lang: str, columns: dict[str, str],
               height_px: int | str = MAP_HEIGHT_PX, font_size: int = FONT_SIZE, show_legend: bool = True,
               names_inside: bool = False) -> Chart:
    """The municipalities of ``region_ids`` (2024) coloured by their region, in its colour of every page, labelled by
    ``region_labels``: the map of the start page, the region report and the walk. The table under it shows ``columns``
    of ``map_frame``."""
    frame, _ = map_frame(ds, region_ids, False)
    shown = regions_shown(ds, region_ids)
    spec = MapSpec(layers["municipalities"], layers["regions"], shown, title, lang, frame, columns, tuple(tooltip(lang)),
                   height_px, font_size, region_labels(layers["regions"], shown, names_inside))
    return category_map(spec, region_field(shown), region_palette(ds, shown), show_legend)
