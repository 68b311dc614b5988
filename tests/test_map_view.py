"""Unit tests of dashboard.views.map_view: what each municipality carries on the map and which columns its table shows,
on a tiny inline dataset."""

from datetime import date

import geopandas as gpd
import pandas as pd
from shapely.geometry import box

from dashboard.core.data import Dataset
from dashboard.figures.municipality_map import Layer
from dashboard.views.map_view import (LARGEST, NUMBERED, indicator_column, indicators_wide, map_frame, mark_regions, municipalities,
                                      region_field, region_labels, region_palette, regions_shown, table_columns, town_names)


def tiny() -> Dataset:
    """Region a: municipalities 11 and 12, merged in 2025 into 10; region b: municipality 21 (counted on 1/1/2021)."""
    tables = {
        "regions": pd.DataFrame({"region_id": ["b", "a"], "name": ["Beta", "Alfa"]}),
        "municipalities": pd.DataFrame({
            "nis_code": ["11", "12", "21"], "name": ["Elf", "Twaalf", "Eenentwintig"], "region_id": ["a", "a", "b"],
            "population": [1000, 3000, 500], "area_km2": [10.0, 20.0, 4.0],
            "population_date": [date(2023, 1, 1), date(2023, 1, 1), date(2021, 1, 1)]}),
        "municipalities_2025": pd.DataFrame({
            "nis_code_2025": ["10", "21"], "name_2025": ["Tien", "Eenentwintig"], "region_id": ["a", "b"],
            "population": [4000, 500], "area_km2": [30.0, 4.0], "population_date": [date(2023, 1, 1), date(2021, 1, 1)]}),
        "municipality_poverty": pd.DataFrame({
            "nis_code": ["11", "11", "99"], "year": [2022, 2019, 2022], "admin_arop_pct": [5.5, 6.0, 9.9],
            "median_eur": [30000, 28000, 20000], "persons_at_risk": [55, 60, 990], "eligible_persons": [1000, 1000, 10000]}),
    }
    return Dataset(tables, {})


def test__indicators_wide__a_column_per_indicator_and_year():
    wide = indicators_wide(tiny()).set_index("nis_code")
    assert wide.loc["11", "admin_arop_pct_2022"] == 5.5 and wide.loc["11", "admin_arop_pct_2019"] == 6.0
    assert wide.loc["99", "median_eur_2022"] == 20000
    assert indicator_column("poverty", 2022) == "admin_arop_pct_2022" and indicator_column("income", 2019) == "median_eur_2019"


def test__municipalities__density_date_text_and_the_largest_of_each_region():
    frame, key = municipalities(tiny(), merged_2025=False)
    frame = frame.set_index(key)
    assert key == "nis_code"
    assert frame["density_per_km2"].to_dict() == {"11": 100, "12": 150, "21": 125}
    assert frame["population_date_text_nl"].to_dict() == {"11": "1/1/2023", "12": "1/1/2023", "21": "1/1/2021"}
    assert frame["population_date_text_en"].to_dict() == {"11": "1 Jan 2023", "12": "1 Jan 2023", "21": "1 Jan 2021"}
    assert frame["is_largest_in_region"].to_dict() == {"11": False, "12": True, "21": True}
    assert frame.loc["11", "admin_arop_pct_2022"] == 5.5 and pd.isna(frame.loc["21", "admin_arop_pct_2022"])


def test__municipalities__merged_2025_uses_the_2025_division_without_indicators():
    frame, key = municipalities(tiny(), merged_2025=True)
    assert key == "nis_code_2025" and list(frame["name"]) == ["Tien", "Eenentwintig"]
    assert not any(column.startswith("admin_arop_pct") for column in frame.columns)  # Statbel's figures are per 2024 municipality


def test__map_frame__keeps_the_regions_asked_for_with_their_name():
    frame, _ = map_frame(tiny(), ["b"], merged_2025=False)
    assert list(frame["nis_code"]) == ["21"] and list(frame["region"]) == ["Beta"]


def test__region_palette_and_marks__a_region_keeps_its_colour_whatever_is_shown():
    both, alone = regions_shown(tiny(), ["b", "a"]), regions_shown(tiny(), ["a"])
    assert region_palette(tiny(), alone)["Alfa"] == region_palette(tiny(), both)["Alfa"]
    assert region_palette(tiny(), both)["Alfa"] != region_palette(tiny(), both)["Beta"]
    assert list(mark_regions(both, {"a"}, "ja", "nee")["category"]) == ["nee", "ja"]


def test__table_columns__follow_the_colouring():
    assert "population" in table_columns("region", "nis_code") and "category" not in table_columns("region", "nis_code")
    assert table_columns("persona", "nis_code")["category"] == "map.names_it"
    poverty = table_columns("poverty", "nis_code", 2019)
    assert {"admin_arop_pct_2019", "median_eur_2019"} <= set(poverty) and "population" not in poverty


def many(n: int) -> tuple[Dataset, Layer]:
    """``n`` regions r1..rn, each a unit square side by side, named Regio 1..n."""
    ids = [f"r{i}" for i in range(1, n + 1)]
    squares = gpd.GeoDataFrame({"region_id": ids}, geometry=[box(i, 0, i + 1, 1) for i in range(n)], crs="EPSG:4326")
    return Dataset({"regions": pd.DataFrame({"region_id": ids, "name": [f"Regio {i}" for i in range(1, n + 1)]})}, {}), \
        Layer("regions.json", squares, "region_id")


def test__regions_shown__up_to_five_by_name_past_five_numbered_in_dataset_order():
    five, _ = many(5)
    assert region_field(regions_shown(five, ["r2", "r1"])) == "region" and NUMBERED not in regions_shown(five, ["r1"])
    six, _ = many(6)
    shown = regions_shown(six, ["r6", "r2", "r1", "r3", "r4", "r5"])
    assert list(shown[NUMBERED])[:2] == ["6 Regio 6", "2 Regio 2"]  # a region keeps its number whatever the order shown
    assert region_field(shown) == NUMBERED and list(region_palette(six, shown))[:2] == ["6 Regio 6", "2 Regio 2"]


def test__region_labels__numbers_inside_past_five_names_or_towns_up_to_five():
    six, layer = many(6)
    numbered = region_labels(layer, regions_shown(six, list(six.tables["regions"]["region_id"])), names_inside=True, towns=True)
    assert [p["name"] for p in numbered.place_names] == [str(i) for i in range(1, 7)]
    assert all(i - 1 < p["lon"] < i for i, p in enumerate(numbered.place_names, start=1))  # inside its own region
    assert numbered.label_column is None
    five, layer = many(5)
    shown = regions_shown(five, ["r1", "r2"])
    assert [p["name"] for p in region_labels(layer, shown, names_inside=True).place_names] == ["Regio 1", "Regio 2"]
    assert region_labels(layer, shown, towns=True).label_column == LARGEST and region_labels(layer, shown).label_column is None
    assert town_names(shown) == LARGEST and town_names(regions_shown(six, [f"r{i}" for i in range(1, 7)])) is None
