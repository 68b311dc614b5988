"""Unit tests of dashboard.domain.attribution: the source line under a chart, on a tiny inline dataset."""

import pandas as pd

from dashboard.domain.attribution import source_line
from dashboard.core.data import Dataset


def tiny() -> Dataset:
    """Region a: one municipality counted on 1/1/2023; region b: one on 1/1/2023 and two only on 1/1/2021."""
    tables = {
        "regions": pd.DataFrame({"region_id": ["a", "b"], "name": ["Alfa", "Beta"]}),
        "municipalities": pd.DataFrame({
            "nis_code": ["11", "21", "22", "23"], "region_id": ["a", "b", "b", "b"],
            "population_date": pd.to_datetime(["2023-01-01", "2023-01-01", "2021-01-01", "2021-01-01"]).date}),
    }
    return Dataset(tables, {})


def test__source_line__names_the_addenda_of_the_regions_in_the_order_given():
    assert source_line(tiny(), ["b", "a"], "nl") == "Bron: Lokaal Addendum Beta, Alfa, 2023"
    assert source_line(tiny(), ["a"], "en") == "Source: Lokaal Addendum Alfa, 2023"


def test__source_line__population_counts_the_municipalities_with_an_older_figure():
    assert source_line(tiny(), ["a"], "nl", population=True) == "Bron: Lokaal Addendum Alfa, 2023; bevolking: Statbel, 1/1/2023"
    assert source_line(tiny(), ["a", "b"], "en", population=True) == (
        "Source: Lokaal Addendum Alfa, Beta, 2023; population: Statbel, 1 Jan 2023; 2 municipalities: Statbel, 1 Jan 2021")


def test__source_line__indicators_and_boundaries_in_that_order():
    line = source_line(tiny(), ["a"], "en", boundaries=True, indicators=(("poverty", 2022),))
    parts = line.split("; ")
    assert parts[1] == "poverty indicators: Statbel, fiscal data (TF_SOC_ADI_MUNTY), income year 2022"
    assert parts[2] == "boundaries: Provincies in Cijfers (Statbel)" and len(parts) == 3


def test__source_line__two_indicators_of_one_source_name_it_once():
    line = source_line(tiny(), ["a"], "nl", indicators=(("poverty", 2019), ("income", 2019)))
    assert line.count("Statbel, fiscale gegevens") == 1 and line.endswith("inkomensjaar 2019")


def test__source_line__short_counts_the_addenda_of_several_regions_and_names_one():
    assert source_line(tiny(), ["a", "b"], "nl", short=True) == "Bron: de Lokale Addenda van de 2 regio's, 2023"
    assert source_line(tiny(), ["a"], "en", short=True) == "Source: Lokaal Addendum Alfa, 2023"
