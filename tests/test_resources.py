"""dashboard.core.resources: one description per table; the committed data keeps to its keys and vocabularies."""

import pandas as pd
import pytest

from dashboard.core.data import read_dataset
from dashboard.core.paths import ROOT
from dashboard.core.resources import COLUMNS, RESOURCES, ForeignKey, Resource
from dashboard.core.vocabularies import LANGUAGES, SECTIONS


@pytest.fixture(scope="module")
def ds():
    return read_dataset(ROOT)


def test__resource__naming_a_column_it_does_not_have_is_refused():
    with pytest.raises(ValueError, match="region"):
        Resource("x", ["a"], foreign_keys=[ForeignKey(("region",), "regions")])
    with pytest.raises(ValueError):
        Resource("x", ["a"], scope="galaxy")


@pytest.mark.parametrize("column", [c for c, definition in COLUMNS.items() if definition.vocabulary])
def test__vocabulary__holds_every_value_the_data_uses_and_the_data_dictionary_names_each_one(ds, column):
    used = {value for frame in ds.tables.values() if column in frame for value in frame[column].dropna()}
    assert used and used <= set(COLUMNS[column].vocabulary)
    described = [line for line in (ROOT / "data" / "README.md").read_text(encoding="utf-8").splitlines()
                 if line.startswith(f"| `{column}` |")]
    assert described and all(value in line for line in described for value in used)  # what a reader of the file looks up


def test__vocabulary__every_term_has_a_dutch_and_an_english_label():
    vocabularies = {id(c.vocabulary): c.vocabulary for c in COLUMNS.values() if c.vocabulary} | {id(SECTIONS): SECTIONS}
    for vocabulary in vocabularies.values():
        for value in vocabulary:
            assert all(vocabulary.label(value, lang).strip() for lang in LANGUAGES), value


def test__vocabulary_only__keeps_the_order_and_refuses_an_unknown_value():
    assert SECTIONS.only("timing", "uitdaging").values == ("uitdaging", "timing")
    with pytest.raises(ValueError, match="kantine"):
        SECTIONS.only("kantine")


@pytest.mark.parametrize("table", [t for t, r in RESOURCES.items() if r.primary_key])
def test__primary_key__no_two_committed_rows_share_it(ds, table):
    assert not ds.tables[table].duplicated(list(RESOURCES[table].primary_key)).any()


@pytest.mark.parametrize(("table", "key"), [(t, k) for t, r in RESOURCES.items() for k in r.foreign_keys])
def test__foreign_key__every_committed_row_names_a_row_of_its_table(ds, table, key):
    columns = list(key.columns)
    named = ds.tables[table][columns].dropna()
    known = pd.MultiIndex.from_frame(ds.tables[key.table][columns])
    assert pd.MultiIndex.from_frame(named).isin(known).all()


def test__fact_identity__gives_every_committed_fact_its_own_id(ds):
    for table, resource in RESOURCES.items():
        if resource.is_fact:
            assert not ds.tables[table].duplicated([*resource.fact_identity, resource.quote]).any(), table
