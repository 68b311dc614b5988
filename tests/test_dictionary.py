"""The data dictionary owns the vocabularies, keys and references: the committed data keeps to them."""

import pytest

from dashboard.core.data import read_dataset
from dashboard.domain.dictionary import EVENTS, LINK_KINDS, REFERENCES, SECTIONS, UNIQUE_KEYS
from dashboard.core.paths import ROOT


@pytest.fixture(scope="module")
def ds():
    return read_dataset(ROOT)


@pytest.mark.parametrize(("column", "vocabulary"), [("section", SECTIONS), ("event", EVENTS), ("link_kind", LINK_KINDS)])
def test__vocabulary__holds_every_value_the_data_uses_and_the_data_dictionary_names_each_one(ds, column, vocabulary):
    used = {value for frame in ds.tables.values() if column in frame for value in frame[column].dropna()}
    assert used and used <= set(vocabulary)
    described = [line for line in (ROOT / "data" / "README.md").read_text(encoding="utf-8").splitlines()
                 if line.startswith(f"| `{column}` |")]
    assert described and all(value in line for line in described for value in used)  # what a reader of the file looks up


def test__unique_keys__no_two_rows_share_a_key(ds):
    for table, keys in UNIQUE_KEYS.items():
        assert not ds.tables[table].duplicated(keys).any(), table


def test__references__every_value_names_a_row_of_its_table(ds):
    for (table, column), (target, target_column) in REFERENCES.items():
        values = set(ds.tables[table][column].dropna())
        assert values <= set(ds.tables[target][target_column]), (table, column)
