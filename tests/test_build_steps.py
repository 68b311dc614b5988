"""dashboard.builder.steps: one step per indicator source, with its metadata beside it, checked like owid's etl does."""

import pytest

from dashboard.builder.steps import META_FIELDS, steps
from dashboard.builder.pipeline import build
from dashboard.builder.vendor import REFERENCE_FILES
from dashboard.core.indicators import INDICATORS
from dashboard.core.paths import ROOT
from dashboard.core.resources import RESOURCES

STEPS = steps()


def test__steps__the_poverty_source_is_one():
    assert "statbel_poverty" in [step.name for step in STEPS]


@pytest.mark.parametrize("step", STEPS, ids=[step.name for step in STEPS])
def test__meta__names_real_files_described_tables_and_registered_indicators(step):
    assert all(isinstance(step.meta[field], (str, list)) and step.meta[field] for field in META_FIELDS)
    assert all((ROOT / "data" / "reference" / name).is_file() for name in step.meta["files"])
    assert set(step.meta["tables"]) <= set(RESOURCES)
    for indicator_id in step.meta["indicators"]:
        assert {INDICATORS[indicator_id].table, INDICATORS[indicator_id].area_table} <= set(step.meta["tables"])
    assert not set(step.meta["files"]) & set(REFERENCE_FILES)  # vendored once, through the step


def test__every_registered_indicator_has_the_step_of_its_source():
    produced = {indicator for step in STEPS for indicator in step.meta["indicators"]}
    assert produced == set(INDICATORS)


def test__build__writes_every_table_of_every_step():
    outputs = build()
    assert {f"data/{table}.parquet" for step in STEPS for table in step.meta["tables"]} <= set(outputs)
