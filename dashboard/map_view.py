"""The data behind the map: what each municipality (2023 or 2025) carries, and the regions in view."""

import pandas as pd

from dashboard.data import Dataset
from dashboard.figures.municipality_map import attribute
from dashboard.figures.style import region_colours
from dashboard.i18n import tr
from dashboard.regions import region_names

COLOUR_MODES = ("region", "population", "density", "persona", "obstacle")
MAP_ATTRIBUTES = ["name", "region_id", "population", "population_date_text", "density_per_km2"]  # in the GeoJSON


def municipalities(ds: Dataset, merged_2025: bool) -> tuple[pd.DataFrame, str]:
    """Every municipality with its region, population (and its date), area and density, and the name of its key column."""
    t = ds.tables
    if merged_2025:
        frame, key = t["municipalities_2025"].rename(columns={"name_2025": "name"}), "nis_code_2025"
    else:
        frame, key = t["municipalities"], "nis_code"
    frame = frame.assign(density_per_km2=(frame["population"] / frame["area_km2"]).round(0),
                         population_date_text=pd.to_datetime(frame["population_date"]).dt.strftime("%d/%m/%Y"))
    return frame.reset_index(drop=True), key


def map_frame(ds: Dataset, region_ids: list[str], merged_2025: bool) -> tuple[pd.DataFrame, str]:
    """The municipalities of ``region_ids`` with their region's name: the table under the map."""
    frame, key = municipalities(ds, merged_2025)
    return frame.merge(regions_shown(ds, region_ids), on="region_id"), key


def regions_shown(ds: Dataset, region_ids: list[str]) -> pd.DataFrame:
    """The regions to show on a map, with the name each municipality's tooltip gives its region."""
    names = region_names(ds)
    return pd.DataFrame({"region_id": region_ids, "region": [names[r] for r in region_ids]})


def region_palette(ds: Dataset, shown: pd.DataFrame) -> dict[str, str]:
    """The name and colour of each region ``shown``: a region has the same colour on every page and map."""
    colours = region_colours(list(ds.tables["regions"]["region_id"]))
    return dict(zip(shown["region"], shown["region_id"].map(colours)))


def mark_regions(shown: pd.DataFrame, regions: set[str], yes: str, no: str) -> pd.DataFrame:
    """Add a `category` column to the regions ``shown``: ``yes`` for those in ``regions``, ``no`` otherwise."""
    return shown.assign(category=shown["region_id"].map(lambda r: yes if r in regions else no))


def tooltip(lang: str) -> list[dict]:
    """What hovering a municipality shows, titled in ``lang`` (Vega-Lite writes the number as ``lang`` does)."""
    return [{"field": attribute("name"), "title": tr("col.municipality", lang)},
            {"field": "region", "title": tr("col.region", lang)},
            {"field": attribute("population"), "type": "quantitative", "title": tr("col.population", lang),
             "format": ",.0f"},
            {"field": attribute("population_date_text"), "title": tr("col.population_date", lang)}]
