"""The data behind the map: one row per municipality (2023 or 2025) with what it is coloured by."""

import pandas as pd

from dashboard.data import Dataset
from dashboard.i18n import number, tr

COLOUR_MODES = ("region", "population", "density", "persona", "obstacle")


def map_frame(ds: Dataset, region_ids: list[str], merged_2025: bool, lang: str) -> tuple[pd.DataFrame, str]:
    """Municipalities in scope with what the map colours and shows on hover, and the name of their key column."""
    t = ds.tables
    if merged_2025:
        frame = t["municipalities_2025"].rename(columns={"name_2025": "name"})
        key = "nis_code_2025"
    else:
        frame = t["municipalities"]
        key = "nis_code"
    frame = frame[frame["region_id"].isin(region_ids)].copy()
    names = t["regions"].set_index("region_id")["name"]
    frame["region"] = frame["region_id"].map(names)
    frame["density_per_km2"] = (frame["population"] / frame["area_km2"]).round(0)
    frame["population_text"] = frame["population"].map(lambda p: number(p, lang))
    frame["population_date_text"] = pd.to_datetime(frame["population_date"]).dt.strftime("%d/%m/%Y")
    return frame.reset_index(drop=True), key


def mark_regions(frame: pd.DataFrame, regions: set[str], yes: str, no: str) -> pd.DataFrame:
    """Add a `category` column: ``yes`` for municipalities of the given regions, ``no`` otherwise."""
    return frame.assign(category=frame["region_id"].map(lambda r: yes if r in regions else no))


def tooltip(lang: str) -> dict[str, str]:
    """The columns of a map frame shown on hover, with their titles in ``lang``."""
    return {"name": tr("col.municipality", lang), "region": tr("col.region", lang),
            "population_text": tr("col.population", lang), "population_date_text": tr("col.population_date", lang)}
