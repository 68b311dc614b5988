"""Reading the committed dataset: the dashboard's only input.

Pure functions without Streamlit; `dashboard.ui.cache` wraps them so the files are read once.
"""

import logging
import os
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from dashboard.build.switch import locked, recover
from dashboard.dictionary import TABLES
from dashboard.paths import ROOT

GEO_LAYERS = ("municipalities", "municipalities_2025", "regions", "flanders")
REPAIR_COMMAND = "git checkout -- data geo   (or rebuild: python -m dashboard.build)"


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
        _finish_interrupted_build(root)
        tables = {name: _read(root / "data" / f"{name}.parquet", pd.read_parquet) for name in TABLES}
        shapes = {name: _read(root / "geo" / f"{name}.parquet", gpd.read_parquet) for name in GEO_LAYERS}
    for name, columns in ((n, c) for n, (_, c) in TABLES.items()):
        missing = [c for c in columns if c not in tables[name]]
        if missing:
            raise DatasetUnavailable(root / "data" / f"{name}.parquet", f"missing column(s) {', '.join(missing)}")
    return Dataset(tables, shapes)


def _finish_interrupted_build(root: Path) -> None:
    """A build killed while switching files leaves a staging folder: finish or undo its switch, and say so."""
    try:
        note = recover(root)
    except OSError as error:
        raise DatasetUnavailable(root, f"an interrupted build could not be finished or undone ({error.strerror})") from error
    if note:
        logging.getLogger(__name__).warning(note)


def _read(path: Path, reader):
    if not path.is_file():
        raise DatasetUnavailable(path, "the file is missing")
    try:
        return reader(path)
    except Exception as error:  # any reader failure means the same thing to a user: a damaged file
        raise DatasetUnavailable(path, f"the file cannot be read ({type(error).__name__})") from error
