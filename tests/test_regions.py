"""Unit tests of dashboard.core.regions: the one region-name lookup and the per-region summary, on a tiny inline dataset."""

import pandas as pd

from dashboard.core.data import Dataset
from dashboard.core.regions import region_names, region_summary


def tiny() -> Dataset:
    """Region a: two 2024 municipalities merged into one in 2025; region b: one municipality, no obstacle named."""
    tables = {
        "regions": pd.DataFrame({"region_id": ["b", "a"], "name": ["Beta", "Alfa"]}),  # dataset order is not alphabetical
        "municipalities": pd.DataFrame({"nis_code": ["11", "12", "21"], "region_id": ["a", "a", "b"]}),
        "municipalities_2025": pd.DataFrame({
            "region_id": ["a", "b"], "population": [3000, 500], "area_km2": [12.34, 10.0],
            "population_date": pd.to_datetime(["2023-01-01", "2021-01-01"])}),
        "challenges": pd.DataFrame({"region_id": ["a", "a", "b"], "challenge_rank": [1, 2, 1]}),
        "challenge_personas": pd.DataFrame({"region_id": ["a", "a", "a", "b"], "challenge_rank": [1, 2, 2, 1],
                                            "persona_id": ["saled", "saled", "nora", "roy"]}),
        "region_obstacles": pd.DataFrame({"region_id": ["a", "a"], "obstacle_id": ["taal", "taal"]}),
        "region_service_types": pd.DataFrame({"region_id": ["a", "b", "b"], "service_type_id": ["x", "x", "y"]}),
    }
    return Dataset(tables, {})


def test__region_names__maps_each_id_to_its_name_in_dataset_order():
    names = region_names(tiny())
    assert names.to_dict() == {"b": "Beta", "a": "Alfa"}
    assert list(names.index) == ["b", "a"]


def test__region_summary__counts_per_region_in_the_order_asked():
    summary = region_summary(tiny(), ["a", "b"]).set_index("region_id")
    assert list(summary.index) == ["a", "b"]
    assert summary.loc["a", "name"] == "Alfa" and summary.loc["b", "name"] == "Beta"
    assert summary.loc["a", "municipalities"] == 2 and summary.loc["b", "municipalities"] == 1  # the 2024 division
    assert summary.loc["a", "population"] == 3000 and summary.loc["a", "area_km2"] == 12.3
    assert summary.loc["a", "density_per_km2"] == 244  # 3000 / 12.3, whole people per km²
    assert summary.loc["a", "challenges"] == 2 and summary.loc["a", "personas"] == 2  # distinct personas
    assert summary.loc["a", "obstacles"] == 1 and summary.loc["b", "obstacles"] == 0  # named twice: one obstacle; none: 0
    assert summary.loc["b", "service_types"] == 2
    assert summary.loc["b", "population_date"] == pd.Timestamp("2021-01-01")


def test__region_summary__one_region_alone():
    assert list(region_summary(tiny(), ["b"])["name"]) == ["Beta"]
