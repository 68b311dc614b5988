"""Reading the committed dataset: the dashboard's only input.

Pure functions without Streamlit; `dashboard.ui.shell` caches them so the files are read once. Reading
changes nothing under the root: a build cut off while switching files is read from its complete side
(dashboard.core.switch) and reported in the server's log, and only the next build finishes it.
"""

import logging
import os
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyarrow.parquet as pq

from dashboard.core.switch import Side, complete_side, locked
from dashboard.core.resources import COLUMNS, RESOURCES, TYPES
from dashboard.core.paths import ROOT

GEO_LAYERS = ("municipalities", "municipalities_2025", "regions", "flanders")
# The layers that hold a shape for each row of the data table of the same name, by this key column
LAYER_KEYS = {"municipalities": "nis_code", "municipalities_2025": "nis_code_2025", "regions": "region_id"}
REPAIR_COMMAND = "git checkout -- data geo   (or rebuild: python -m dashboard.builder)"


class DatasetUnavailable(Exception):
    """A data file is missing or unreadable; the message says which and how to repair it."""

    def __init__(self, path: Path, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class Dataset:
    tables: dict[str, pd.DataFrame]
    shapes: dict[str, gpd.GeoDataFrame]


def data_root() -> Path:
    """The folder holding data/ and geo/; REGIONAL_NEEDS_ROOT points the app elsewhere (tests, a copy)."""
    return Path(os.environ.get("REGIONAL_NEEDS_ROOT", ROOT))


def read_dataset(root: Path) -> Dataset:
    """Every table of data/ and every layer of geo/ under ``root``; raises DatasetUnavailable.

    Holds the build's switch lock while reading, so a build never swaps files halfway through.
    """
    with locked(root) if root.is_dir() else nullcontext():
        side = _side(root)
        if side.note:
            logging.getLogger(__name__).warning(side.note)
        tables = {name: _read(side.path(f"data/{name}.parquet"), pd.read_parquet) for name in RESOURCES}
        schemas = {name: _read(side.path(f"data/{name}.parquet"), pq.read_schema) for name in RESOURCES}
        shapes = {name: _read(side.path(f"geo/{name}.parquet"), gpd.read_parquet) for name in GEO_LAYERS}
    problem = dataset_problem(tables, schemas, shapes)
    if problem:
        raise DatasetUnavailable(root / problem[0], problem[1])
    return Dataset(tables, shapes)


def dataset_problem(tables: dict[str, pd.DataFrame], schemas: dict, shapes: dict[str, gpd.GeoDataFrame]) -> tuple[str, str] | None:
    """The first problem of the dataset, as (its file under the root, what is wrong), or None.

    Every table is checked by itself before any map layer is checked against a table, so that no
    check reads a column its table lacks: any renamed column gets the helpful page, not a KeyError.
    """
    for name in RESOURCES:
        problem = table_problem(name, tables[name], schemas[name])
        if problem:
            return f"data/{name}.parquet", problem
    for name in GEO_LAYERS:
        problem = layer_problem(name, shapes[name], tables.get(name))
        if problem:
            return f"geo/{name}.parquet", problem
    return None


def table_problem(name: str, table: pd.DataFrame, schema) -> str | None:
    """What is wrong with data table ``name`` (read as ``table``, its parquet ``schema``) by the data
    resources: a missing column, a column of another type, an empty value where none may be, a value outside
    its vocabulary, no rows."""
    columns = RESOURCES[name].columns
    missing = [c for c in columns if c not in schema.names]
    if missing:
        return f"missing column(s) {', '.join(missing)}"
    for column in columns:
        expected = TYPES[COLUMNS[column].dtype]
        if schema.field(column).type != expected:
            return f"column {column} holds {schema.field(column).type}, not {expected}"
        if not COLUMNS[column].nullable and table[column].isna().any():
            return f"column {column} has empty values"
        vocabulary = COLUMNS[column].vocabulary
        if vocabulary and not table[column].dropna().isin(vocabulary.values).all():
            return f"column {column} holds a value other than {', '.join(vocabulary)}"
    return "the table has no rows" if table.empty else None


def layer_problem(name: str, layer: gpd.GeoDataFrame, table: pd.DataFrame | None) -> str | None:
    """What is wrong with geo layer ``name``: no shapes, a shape without a geometry, or (for a layer
    of LAYER_KEYS) shapes other than one for each row of its data table ``table``."""
    key = LAYER_KEYS.get(name)
    if key and (key not in layer or len(layer) != len(table) or set(layer[key]) != set(table[key])):
        return f"the shapes are not those of the {len(table)} rows of data/{name}.parquet (by {key})"
    if layer.empty or layer.geometry.isna().any():
        return "no shapes, or a shape without a geometry"
    return None


def _side(root: Path) -> Side:
    try:
        return complete_side(root)
    except (OSError, ValueError) as error:  # an unreadable or damaged commit marker
        raise DatasetUnavailable(root, f"an interrupted build left a switch that cannot be read ({error})") from error


def _read(path: Path, reader):
    if not path.is_file():
        raise DatasetUnavailable(path, "the file is missing")
    try:
        return reader(path)
    except Exception as error:  # any reader failure means the same thing to a user: a damaged file
        raise DatasetUnavailable(path, f"the file cannot be read ({type(error).__name__})") from error
