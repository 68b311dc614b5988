"""dashboard.core.indicators: the registry of municipality indicators, read against the committed dataset."""

import pandas as pd
import pytest

from dashboard.core.data import read_dataset
from dashboard.core.indicators import FLANDERS, INDICATORS, RANGE, WEIGHTED, area_range, area_value, years
from dashboard.core.paths import ROOT
from dashboard.core.resources import COLUMNS, RESOURCES
from dashboard.text.i18n import tr

DS = read_dataset(ROOT)
REFERENCE = pd.read_csv(ROOT / "data" / "reference" / "poverty_indicators_statbel_flanders.csv", dtype={"nis_code": str})


@pytest.mark.parametrize("indicator", INDICATORS.values(), ids=list(INDICATORS))
def test__registry__each_entry_names_a_described_table_and_column_and_a_rule_to_add_up(indicator):
    assert indicator.column in RESOURCES[indicator.table].columns and {"nis_code", "name", "year"} <= set(RESOURCES[indicator.table].columns)
    assert indicator.aggregate in (WEIGHTED, RANGE) and (indicator.weight is not None) == (indicator.aggregate == WEIGHTED)
    area_columns = RESOURCES[indicator.area_table].columns
    expected = [indicator.column, indicator.weight] if indicator.aggregate == WEIGHTED else [f"{indicator.column}_low", f"{indicator.column}_high"]
    assert set(expected) <= set(area_columns) and {count.column for count in indicator.counts} <= set(RESOURCES[indicator.table].columns)
    assert COLUMNS[indicator.column].dtype in ("int", "float")
    for key in (f"map.mode.{indicator.indicator_id}", f"indicator.{indicator.indicator_id}"):
        assert tr(key, "nl") != tr(key, "en")  # both languages, each its own


def test__years__are_the_income_years_of_the_reference_file_newest_first():
    assert years(DS, INDICATORS["poverty"]) == tuple(sorted(REFERENCE["year"].unique(), reverse=True)) == (2022, 2019)


def test__area_value__of_flanders_is_the_rate_weighted_by_persons_counted():
    rows = REFERENCE[REFERENCE["year"] == 2019]
    expected = (rows["admin_arop_pct"] * rows["eligible_persons"]).sum() / rows["eligible_persons"].sum()
    assert area_value(DS, INDICATORS["poverty"], FLANDERS, 2019) == pytest.approx(expected, abs=0.005)
    assert area_value(DS, INDICATORS["income"], FLANDERS, 2019) is None  # a median does not add up


def test__area_range__of_flanders_is_the_lowest_and_highest_municipal_median():
    rows = REFERENCE[REFERENCE["year"] == 2022].set_index("nis_code")["median_eur"]
    found = area_range(DS, INDICATORS["income"], FLANDERS, 2022)
    assert (found["low"], found["low_nis_code"], found["high"], found["high_nis_code"]) == (
        rows.min(), rows.idxmin(), rows.max(), rows.idxmax())


def test__number_format__writes_the_registry_decimals():
    assert INDICATORS["poverty"].number_format == ",.1f" and INDICATORS["income"].number_format == ",.0f"


def test__delta_color__a_rise_is_red_only_where_higher_is_worse():
    assert INDICATORS["poverty"].delta_color == "inverse" and INDICATORS["income"].delta_color == "normal"
