"""The poverty step: a malformed indicator file is rejected naming file and row; estimates are rounded."""

import csv
from pathlib import Path

import pytest

from dashboard.builder.inputs import Paths
from dashboard.builder.pipeline import build
from dashboard.builder.indicator_areas import weighted_rate
from dashboard.builder.steps.statbel_poverty import estimate
from dashboard.builder.problems import BuildFailed

import pandas as pd

POVERTY_FILE, POVERTY_FLANDERS_FILE = "poverty_indicators_statbel.csv", "poverty_indicators_statbel_flanders.csv"  # as its .meta.yml lists them


def _edit(path: Path, row: int, **values) -> None:
    """Set ``values`` in data row ``row`` of a CSV file (row 2 is the first under the header)."""
    with open(path, encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    rows[row - 2].update(values)
    with open(path, "w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def _problems(paths: Paths) -> list[str]:
    with pytest.raises(BuildFailed) as failure:
        build(paths)
    return [str(p) for p in failure.value.problems]


@pytest.mark.parametrize("values, message", [
    ({"admin_arop_pct": "140"}, "less than or equal to 100"),
    ({"year": ""}, "year"),
    ({"nis_code": "99999"}, "unknown NIS code 99999"),
    ({"q1_eur": "40000"}, "quartiles out of order"),
    ({"median_eur": "veel"}, "median_eur"),
    ({"pct_not_eligible": "-1"}, "greater than or equal to 0"),
])
def test__build__malformed_indicator_row_is_rejected_naming_file_and_row(inputs_copy: Paths, values, message):
    _edit(inputs_copy.reference / POVERTY_FILE, 5, **values)
    problems = _problems(inputs_copy)
    assert any(p.startswith(f"{inputs_copy.reference / POVERTY_FILE}, row 5") and message in p for p in problems), problems


def test__build__a_missing_year_of_a_municipality_is_reported(inputs_copy: Paths):
    path = inputs_copy.reference / POVERTY_FILE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    dropped = lines.pop(3)  # data row 3: Houthulst 2019
    path.write_text("".join(lines), encoding="utf-8")
    code, name, year = dropped.split(",")[:3]
    assert any(f"NIS {code} ({name}) has no row for {year}" in p for p in _problems(inputs_copy))


def test__build__a_repeated_year_is_reported(inputs_copy: Paths):
    path = inputs_copy.reference / POVERTY_FILE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines + [lines[1]]), encoding="utf-8")
    assert any(f"row {len(lines) + 1}" in p and "second row for" in p for p in _problems(inputs_copy))


def test__build__flemish_file_must_repeat_the_study_rows_unchanged(inputs_copy: Paths):
    flemish = inputs_copy.reference / POVERTY_FLANDERS_FILE
    with open(flemish, encoding="utf-8") as file:
        row = next(n for n, r in enumerate(csv.DictReader(file), start=2) if r["name_nl"] == "Ronse")
    _edit(flemish, row, admin_arop_pct="13.8")
    assert any(f"{flemish}, row {row}" in p and "values differ" in p for p in _problems(inputs_copy))


def test__build__brussels_code_in_the_flemish_file_is_unknown(inputs_copy: Paths):
    flemish = inputs_copy.reference / POVERTY_FLANDERS_FILE
    _edit(flemish, 2, nis_code="21004", name_nl="Brussel")
    assert any(f"{flemish}, row 2" in p and "unknown NIS code 21004" in p for p in _problems(inputs_copy))


@pytest.mark.parametrize("persons, rate, expected", [
    (26690, 13.9, 3710),  # Ronse 2022: 3709.9, to tens
    (241869, 6.69, 16200),  # a region: 16181, to hundreds (0.05 points of 241,869 is 121 persons)
    (6650572, 7.83, 521000),  # Flanders: to thousands
    (85, 10.0, 10),
])
def test__estimate__rounds_to_what_the_rate_supports(persons, rate, expected):
    assert estimate(persons, rate) == expected


def test__weighted_rate__weights_by_persons_not_by_municipality():
    assert weighted_rate(pd.Series([10.0, 2.0]), pd.Series([900, 100])) == pytest.approx(9.2)
