"""dashboard.views.municipality_profile: finding a municipality by name, its indicators and their text."""

import pandas as pd
import pytest

from dashboard.core.data import read_dataset
from dashboard.views.municipality_profile import as_text, find, fold, indicators, summary
from dashboard.core.paths import ROOT

DS = read_dataset(ROOT)
CODES = DS.tables["municipalities"].set_index("name")["nis_code"]


@pytest.mark.parametrize("text, expected", [("Zuid-West", "zuid west"), ("  ÉÉN  twee ", "een twee"), ("Ronsé", "ronse")])
def test__fold__drops_accents_case_and_hyphens(text, expected):
    assert fold(text) == expected


def test__find__an_exact_name_alone_else_every_start_then_every_inside():
    assert find(DS, "oostende") == [CODES["Oostende"]]
    starting = [c for n, c in sorted(CODES.items()) if n.lower().startswith("de")]
    inside = [c for n, c in sorted(CODES.items()) if "de" in n.lower() and not n.lower().startswith("de")]
    assert find(DS, "DE") == starting + inside and starting and inside
    assert find(DS, "") == [] and find(DS, "Atlantis") == []


def test__summary__names_the_2025_merger_partners():
    assert summary(DS, CODES["Ruiselede"])["merged_with"] == "Wingene"
    assert summary(DS, CODES["Ronse"])["merged_with"] == ""


def test__as_text__writes_a_rate_with_one_decimal_and_counts_whole():
    table = indicators(DS, CODES["Ronse"])
    text = as_text(table, "nl").set_index("indicator")
    assert text.loc["poverty", "value_latest"] == "13,9" and text.loc["poverty", "change"] == "-0,3"
    assert text.loc["income", "value_latest"] == "24.855" and text.loc["income", "flanders_latest"] == ""
    assert text.loc["persons_at_risk", "rank_study"] == "" and pd.isna(table.set_index("indicator").loc["persons_at_risk", "rank_study"])


def test__indicators__a_row_per_registry_indicator_then_the_counts_beside_them():
    table = indicators(DS, CODES["Ronse"])
    assert list(table["indicator"]) == ["poverty", "income", "persons_at_risk", "eligible_persons"]
    ronse = DS.tables["region_poverty"].query("area_id == 'vlaamse-ardennen' and year == 2022").iloc[0]
    counted = table.set_index("indicator").loc["eligible_persons"]
    assert counted["region_latest"] == ronse["eligible_persons"] and pd.isna(counted["rank_flanders"])
