"""The data behind the map: one row per municipality (2023 or 2025) with what it is coloured by."""

import pandas as pd

from dashboard.data import Dataset

COLOUR_MODES = ("region", "population", "density", "persona", "obstacle")


def map_frame(ds: Dataset, region_ids: list[str], merged_2025: bool) -> tuple[pd.DataFrame, str]:
    """Municipalities in scope with hover fields, and the name of their key column."""
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
    frame["hover_name"] = frame["name"]
    frame["hover_region"] = frame["region"]
    frame["hover_population"] = frame["population"].map(lambda p: f"{p:,}".replace(",", "."))
    frame["hover_date"] = pd.to_datetime(frame["population_date"]).dt.strftime("%d/%m/%Y")
    return frame.reset_index(drop=True), key


def mark_regions(frame: pd.DataFrame, regions: set[str], yes: str, no: str) -> pd.DataFrame:
    """Add a `category` column: ``yes`` for municipalities of the given regions, ``no`` otherwise."""
    return frame.assign(category=frame["region_id"].map(lambda r: yes if r in regions else no))
