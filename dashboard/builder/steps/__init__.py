"""The build's steps for reference sources of municipality indicators: one module per source, with its metadata
beside it in ``<module>.meta.yml`` (as in Our World in Data's etl): who produced it, how to cite it, its licence,
the files it reads from data/reference/, the tables it writes and the indicators (dashboard.core.indicators)
those tables hold.

A step's module has ``run(context) -> {table name: frame}``; the build runs every step of this folder in name
order. A new source is a new module and its .meta.yml here, its files in data/reference/, its registry entries.
"""

import importlib
import pkgutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import geopandas as gpd
import pandas as pd

from dashboard.builder.problems import Problem
from dashboard.builder.read import read_yaml

FOLDER = Path(__file__).parent
META_FIELDS = ("title", "producer", "citation", "licence", "description", "files", "tables", "indicators")


@dataclass(frozen=True)
class Context:
    """What a step reads: its files (in data/reference/, as its metadata lists them), and the tables and shapes built before it."""

    files: tuple[Path, ...]
    within: Path  # no input may lie outside it
    municipalities: pd.DataFrame
    boundaries: gpd.GeoDataFrame
    problems: list[Problem]


@dataclass(frozen=True)
class Step:
    name: str
    meta: dict
    run: Callable[[Context], dict[str, pd.DataFrame]]


def steps() -> list[Step]:
    """Every step of this folder, in name order, with its metadata (problems in it raise ValueError: a developer's error)."""
    found = []
    for module in sorted(info.name for info in pkgutil.iter_modules([str(FOLDER)])):
        problems: list[Problem] = []
        meta = read_yaml(FOLDER / f"{module}.meta.yml", problems, FOLDER)
        missing = [] if problems or not isinstance(meta, dict) else [f for f in META_FIELDS if f not in meta]
        if problems or not isinstance(meta, dict) or missing:
            raise ValueError(f"{module}.meta.yml: {'; '.join(map(str, problems)) or f'missing {missing}'}")
        found.append(Step(module, meta, importlib.import_module(f"{__name__}.{module}").run))
    return found


def run_steps(reference: Path, within: Path, municipalities: pd.DataFrame, boundaries: gpd.GeoDataFrame,
              problems: list[Problem]) -> dict[str, pd.DataFrame]:
    """The tables of every step; a step that writes other tables than its metadata names is a developer's error."""
    tables: dict[str, pd.DataFrame] = {}
    for step in steps():
        files = tuple(reference / name for name in step.meta["files"])
        made = step.run(Context(files, within, municipalities, boundaries, problems))
        if made and sorted(made) != sorted(step.meta["tables"]):
            raise ValueError(f"step {step.name} wrote {sorted(made)}, its metadata names {sorted(step.meta['tables'])}")
        tables |= made
    return tables


def reference_files() -> list[str]:
    """The files of data/reference/ the steps read: vendored from ../shared/reference as they are."""
    return [name for step in steps() for name in step.meta["files"]]
