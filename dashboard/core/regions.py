"""Per-region figures: population and area on one basis, and what each addendum holds."""

import pandas as pd

from dashboard.core.data import Dataset


def region_names(ds: Dataset) -> pd.Series:
    """region_id -> the region's name, in dataset order."""
    return ds.tables["regions"].set_index("region_id")["name"]


def region_summary(ds: Dataset, region_ids: list[str]) -> pd.DataFrame:
    """One row per region: municipalities, population (Statbel 1/1/2023), area, density, counts.

    Population is summed over the 2025 municipalities, the only division with a 1/1/2023 figure
    for every municipality (merged Tielt and Wingene have none per 2023 municipality).
    """
    t = ds.tables
    now = t["municipalities_2025"].groupby("region_id").agg(population=("population", "sum"), area_km2=("area_km2", "sum"),
                                                          population_date=("population_date", "max"))
    summary = pd.DataFrame({
        "region_id": region_ids,
        "name": region_names(ds)[region_ids].values,
        "municipalities": t["municipalities"].groupby("region_id").size().reindex(region_ids).values,
        "population": now["population"].reindex(region_ids).values,
        "population_date": now["population_date"].reindex(region_ids).values,
        "area_km2": now["area_km2"].reindex(region_ids).round(1).values,
        "challenges": t["challenges"].groupby("region_id").size().reindex(region_ids).values,
        "personas": t["challenge_personas"].groupby("region_id")["persona_id"].nunique().reindex(region_ids).values,
        "obstacles": t["region_obstacles"].groupby("region_id")["obstacle_id"].nunique().reindex(region_ids, fill_value=0).values,
        "service_types": t["region_service_types"].groupby("region_id")["service_type_id"].nunique().reindex(region_ids, fill_value=0).values,
    })
    summary["density_per_km2"] = (summary["population"] / summary["area_km2"]).round(0)
    return summary
