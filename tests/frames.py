"""Tiny inline frames and map layers that several unit tests share."""

import unicodedata

import geopandas as gpd
import pandas as pd
from shapely.geometry import box

from dashboard.core.counting import emphasis_table, taxonomy_ids
from dashboard.core.data import Dataset
from dashboard.figures.municipality_map import Layer


def with_emphasis(tables: dict[str, pd.DataFrame]) -> Dataset:
    """A Dataset of ``tables`` with data/region_emphasis derived from its coded rows as the build derives it (and no
    service-type caveats unless ``tables`` has some)."""
    emphasis = emphasis_table(tables["region_obstacles"], tables["region_service_types"], taxonomy_ids(tables),
                              list(tables["regions"]["region_id"]))
    caveats = pd.DataFrame(columns=["region_id", "service_type_id", "caveat_nl", "caveat_en", "quote"])
    return Dataset({"service_type_caveats": caveats, **tables, "region_emphasis": emphasis}, {})


def tiny() -> Dataset:
    tables = {
        "regions": pd.DataFrame({"region_id": ["a", "b"], "name": ["Alfa", "Beta"]}),
        "personas": pd.DataFrame({"persona_id": ["saled", "nora", "roy"], "name": ["Saled", "Nora", "Roy"]}),
        "obstacles": pd.DataFrame({"obstacle_id": ["taal", "mobiliteit"], "label_nl": ["Taal", "Mobiliteit"]}),
        "service_types": pd.DataFrame({"service_type_id": ["taalhulp", "vervoer"], "label_nl": ["Taalhulp", "Vervoer"]}),
        "challenges": pd.DataFrame({"region_id": ["a", "a", "b"], "challenge_rank": [1, 2, 1]}),
        "challenge_personas": pd.DataFrame({
            "region_id": ["a", "a", "a", "b"], "challenge_rank": [1, 1, 2, 1],
            "persona_id": ["saled", "nora", "saled", "roy"], "persona_rank": [1, 2, 1, 1]}),
        "region_service_types": pd.DataFrame({
            "region_id": ["a", "a", "b"], "challenge_rank": [1, 2, None], "service_type_id": ["taalhulp", "taalhulp", "vervoer"],
            "importance_rank": [None, None, 1], "quote": ["q1", "q2", "q3"], "section": ["uitdaging"] * 3}),
        "region_obstacles": pd.DataFrame(columns=["region_id", "challenge_rank", "obstacle_id", "quote", "section"]),
        "obstacle_service_links": pd.DataFrame({"region_id": ["a"], "challenge_rank": [1], "obstacle_id": ["taal"],
                                                "service_type_id": ["taalhulp"]}),
    }
    return with_emphasis(tables)


def squares() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"nis_code": ["11111", "22222"], "name": ["x", "y"], "region_id": ["a", "b"],
                             "population": [100, 300]},
                            geometry=[box(3, 50, 3.1, 50.1), box(3.1, 50, 3.2, 50.1)], crs=4326)


def map_layers() -> tuple[Layer, Layer]:
    shapes = squares()
    regions = shapes[["region_id", "geometry"]].dissolve("region_id").reset_index()
    return Layer("app/static/m.geojson", shapes, "nis_code"), Layer("app/static/r.geojson", regions, "region_id")


SHOWN = pd.DataFrame({"region_id": ["a", "b"], "region": ["Alfa", "Beta"]})


def rows_in_view(shown: pd.DataFrame = SHOWN) -> pd.DataFrame:
    """The municipalities of ``squares`` in the regions ``shown``, each with its region's columns: a map's rows."""
    return pd.DataFrame(squares().drop(columns="geometry")).merge(shown, on="region_id")


def plain(text: str) -> str:
    """``text`` without accents, in lower case: what a search for a plain word should find."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()
