"""Tiny inline frames and map layers that several unit tests share."""

import geopandas as gpd
import pandas as pd
from shapely.geometry import box

from dashboard.data import Dataset
from dashboard.figures.municipality_map import Layer


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
        "obstacle_service_links": pd.DataFrame({"region_id": ["a"], "challenge_rank": [1], "obstacle_id": ["taal"],
                                                "service_type_id": ["taalhulp"]}),
    }
    return Dataset(tables, {})


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
