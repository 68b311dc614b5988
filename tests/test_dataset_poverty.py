"""Data tests of the poverty indicators: the committed tables against the reference files, recomputed here."""

import csv
from collections import defaultdict

import pytest

from dashboard.core.data import read_dataset
from dashboard.core.paths import ROOT

T = read_dataset(ROOT).tables
REFERENCE = ROOT / "data" / "reference"
# the population file names each municipality's region as PROVENANCE does; the regions table by its own name
REGION_NAMES = {"Oostende region": "Regio Oostende"}


def _rows(name: str) -> list[dict]:
    with open(REFERENCE / name, encoding="utf-8") as file:
        return list(csv.DictReader(file))


def _rates_by(rows: list[dict], area_of) -> dict[tuple[str, int], float]:
    """sum(rate x persons) / sum(persons) per (area, year), computed without the build's code."""
    weighted, persons = defaultdict(float), defaultdict(int)
    for row in rows:
        key = (area_of(row), int(row["year"]))
        weighted[key] += float(row["admin_arop_pct"]) * int(row["eligible_persons"])
        persons[key] += int(row["eligible_persons"])
    return {key: weighted[key] / persons[key] for key in weighted}


def test__region_rates__recomputed_from_the_reference_file():
    ids = dict(zip(T["regions"]["name"], T["regions"]["region_id"]))
    region_of = {r["nis_code"]: ids[REGION_NAMES.get(r["region"], r["region"])] for r in _rows("population_2023.csv")}
    expected = _rates_by(_rows("poverty_indicators_statbel.csv"), lambda row: region_of[row["nis_code"]])
    expected |= _rates_by(_rows("poverty_indicators_statbel.csv"), lambda row: "vijf-regios")
    expected |= _rates_by(_rows("poverty_indicators_statbel_flanders.csv"), lambda row: "vlaanderen")
    built = {(r.area_id, r.year): r.admin_arop_pct for r in T["region_poverty"].itertuples()}
    assert set(built) == set(expected)
    for key, rate in expected.items():
        assert built[key] == pytest.approx(rate, abs=0.005), key


def test__flemish_rates__match_provenance():
    rates = T["region_poverty"].set_index(["area_id", "year"])["admin_arop_pct"]
    assert rates[("vlaanderen", 2019)] == 8.64 and rates[("vlaanderen", 2022)] == 7.83
    assert rates[("vijf-regios", 2019)] == 8.03 and rates[("vijf-regios", 2022)] == 7.13


def test__municipality_poverty__holds_every_reference_row_unchanged():
    built = T["municipality_poverty"].set_index(["nis_code", "year"])
    rows = _rows("poverty_indicators_statbel_flanders.csv")
    assert len(built) == len(rows) == 598
    for row in rows:
        mine = built.loc[(row["nis_code"], int(row["year"]))]
        assert mine["name"] == row["name_nl"]
        assert mine["admin_arop_pct"] == float(row["admin_arop_pct"])
        assert mine["median_eur"] == int(row["median_eur"])
        assert mine["eligible_persons"] == int(row["eligible_persons"])
    study = {(r["nis_code"], int(r["year"])) for r in _rows("poverty_indicators_statbel.csv")}
    assert study <= set(built.index) and {c for c, _ in study} == set(T["municipalities"]["nis_code"])


def test__persons_at_risk__is_rate_times_persons_within_its_rounding():
    frame = T["municipality_poverty"]
    exact = frame["admin_arop_pct"] * frame["eligible_persons"] / 100
    # rounded to a power of ten no larger than 0.05 points of the persons counted, at least tens
    half_step = (frame["eligible_persons"] * 0.00025).clip(lower=5)
    assert ((frame["persons_at_risk"] - exact).abs() <= half_step).all()
    assert (frame["persons_at_risk"] % 10 == 0).all()
    small = frame["eligible_persons"] < 20000
    assert ((frame.loc[small, "persons_at_risk"] - exact[small]).abs() <= 5).all()


def test__income_range__is_the_lowest_and_highest_municipal_median():
    rows = _rows("poverty_indicators_statbel.csv")
    for area in T["region_poverty"][T["region_poverty"]["area_id"] == "vijf-regios"].itertuples():
        medians = {r["nis_code"]: int(r["median_eur"]) for r in rows if int(r["year"]) == area.year}
        assert area.median_eur_low == min(medians.values()) == medians[area.median_eur_low_nis_code]
        assert area.median_eur_high == max(medians.values()) == medians[area.median_eur_high_nis_code]
