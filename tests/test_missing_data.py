"""A missing or damaged data file gives a page that says what is wrong and how to repair it."""

import shutil
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dashboard.core.data import GEO_LAYERS, REPAIR_COMMAND, dataset_problem
from dashboard.core.resources import RESOURCES
from dashboard.text.i18n import tr
from dashboard.core.paths import ROOT, static_cache
from tests.apptest import PAGE_SCRIPTS, open_page


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    for folder in ("data", "geo"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("sources", "curated", "reference"))
    monkeypatch.setenv("REGIONAL_NEEDS_ROOT", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize("damage", ["missing", "truncated", "not parquet"])
@pytest.mark.parametrize("relative", ["data/personas.parquet", "geo/municipalities.parquet"])
def test__damaged_file__shows_what_and_how_to_repair(data_copy, relative, damage):
    target = data_copy / relative
    if damage == "missing":
        target.unlink()
    elif damage == "truncated":
        target.write_bytes(target.read_bytes()[:100])
    else:
        target.write_text("hello", encoding="utf-8")
    at = open_page_only(data_copy)
    assert not at.exception
    assert "kunnen niet gelezen worden" in at.error[0].value
    assert any(relative.split("/")[-1] in m.value for m in at.markdown)
    assert at.code[0].value == REPAIR_COMMAND


def _no_rows(table: pa.Table, column: str) -> pa.Table:
    return table.slice(0, 0)


def _all_empty(table: pa.Table, column: str) -> pa.Table:
    index = table.schema.get_field_index(column)
    return table.set_column(index, pa.field(column, table.schema.field(column).type), pa.nulls(len(table), table.schema.field(column).type))


def _other_type(table: pa.Table, column: str) -> pa.Table:
    """Numbers as text, text as numbers."""
    index, values = table.schema.get_field_index(column), table[column].to_pylist()
    other = pa.array(range(len(values))) if pa.types.is_string(table[column].type) else pa.array([str(v) for v in values])
    return table.set_column(index, column, other)


@pytest.mark.parametrize("damage", [_no_rows, _all_empty, _other_type])
@pytest.mark.parametrize("table, column", [("regions", "region_id"), ("municipalities", "population"),
                                           ("municipalities", "region_id"), ("personas", "persona_id")])
def test__readable_but_wrong_table__shows_what_and_how_to_repair(data_copy, table, column, damage):
    """0 rows, a column all empty, a column of another type: the same helpful page as a missing file."""
    target = data_copy / "data" / f"{table}.parquet"
    pq.write_table(damage(pq.read_table(target), column), target)
    at = open_page_only(data_copy)
    assert not at.exception
    assert "kunnen niet gelezen worden" in at.error[0].value
    assert any(f"{table}.parquet" in m.value for m in at.markdown)
    assert at.code[0].value == REPAIR_COMMAND


@pytest.mark.parametrize("layer, kept", [("municipalities", slice(1, None)), ("regions", slice(1, None)), ("flanders", slice(0, 0))])
def test__geo_layer_without_the_rows_of_its_table__shows_what_and_how_to_repair(data_copy, layer, kept):
    """A shape missing from a layer of a data table's rows; no shapes at all in the Flanders layer."""
    target = data_copy / "geo" / f"{layer}.parquet"
    gpd.read_parquet(target).iloc[kept].to_parquet(target)
    at = open_page_only(data_copy)
    assert not at.exception
    assert any(f"{layer}.parquet" in m.value and "shapes" in m.value for m in at.markdown)
    assert at.code[0].value == REPAIR_COMMAND


def open_page_only(root, page: str = "start"):
    """The entry script, asked for ``page``: with broken data it stops before any page is registered."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
    at.switch_page(f"../pages/{PAGE_SCRIPTS[page]}")
    return at.run()


def test__missing_source_text__bronnen_names_it_and_still_lists_the_facts(data_copy):
    shutil.copytree(ROOT / "data" / "sources", data_copy / "data" / "sources")
    (data_copy / "data" / "sources" / "westhoek.txt").unlink()
    at = open_page("bronnen")
    assert not at.exception
    assert any("westhoek.txt" in w.value for w in at.warning)
    assert at.dataframe, "the facts of the other regions are still listed"
    at = open_page("bronnen", zoek="mobiliteit")
    assert not at.exception
    assert tr("sources.hits_in", region="Westhoek", n=0) in [s.value for s in at.subheader]


def test__map_file_deleted_while_running__is_written_again():
    """The served GeoJSON gone while the app runs (a clean-up, a hand): the next run writes it again."""
    at = open_page("kaart")
    served = [static_cache() / Path(layer.geojson).name for layer in at.session_state["_context"].layers.values()]
    for file in served:
        file.unlink()
    at = open_page("kaart")
    assert not at.exception
    assert all(file.is_file() for file in served)


@pytest.fixture(scope="module")
def committed():
    """The committed tables, their parquet schemas and the map layers, read once."""
    tables = {name: pd.read_parquet(ROOT / "data" / f"{name}.parquet") for name in RESOURCES}
    schemas = {name: pq.read_schema(ROOT / "data" / f"{name}.parquet") for name in RESOURCES}
    shapes = {name: gpd.read_parquet(ROOT / "geo" / f"{name}.parquet") for name in GEO_LAYERS}
    return tables, schemas, shapes


def test__dataset_problem__the_committed_dataset_has_none(committed):
    assert dataset_problem(*committed) is None


@pytest.mark.parametrize("table, column", [(t, c) for t, resource in RESOURCES.items() for c in resource.columns])
def test__dataset_problem__any_renamed_column_of_any_table_is_named_with_its_file(committed, table, column):
    tables, schemas, shapes = committed
    renamed = tables[table].rename(columns={column: f"{column}_renamed"})
    problem = dataset_problem({**tables, table: renamed},
                              {**schemas, table: pa.Schema.from_pandas(renamed, preserve_index=False)}, shapes)
    assert problem == (f"data/{table}.parquet", f"missing column(s) {column}")


@pytest.mark.parametrize("table, column", [("regions", "region_id"), ("municipalities", "nis_code"),
                                           ("municipalities_2025", "nis_code_2025"), ("sources", "source_id")])
@pytest.mark.parametrize("page", ["start", "kaart"])
def test__renamed_key_column__every_page_shows_what_and_how_to_repair(data_copy, table, column, page):
    """The key columns the map layers are checked by, and the sources' key, renamed: the helpful page, no error box."""
    target = data_copy / "data" / f"{table}.parquet"
    pq.write_table(pq.read_table(target).rename_columns(
        [f"{c}_renamed" if c == column else c for c in pq.read_schema(target).names]), target)
    at = open_page_only(data_copy, page)
    assert not at.exception
    assert "kunnen niet gelezen worden" in at.error[0].value
    assert any(f"{table}.parquet" in m.value and column in m.value for m in at.markdown)
