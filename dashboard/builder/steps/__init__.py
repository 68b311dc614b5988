"""The build's steps: one module per source, with its metadata beside it in ``<module>.meta.yml`` (as in Our World in
Data's etl): what the source is, who produced it, how to cite it, its licence and date, the files it reads, the tables
it feeds, what the build checks of it and, for an indicator's source, the indicators (dashboard.core.indicators) its
tables hold. The data dictionary's list of sources (data/README.md) and the Data Package's sources and licences
(data/datapackage.json) are written from this metadata, and --vendor copies the reference files it names.

A step's module has ``run(context) -> {name: product}``. The pipeline runs the steps stage by stage (STAGES), in name
order within a stage: an input step reads and validates its files into records, from which dashboard.builder.tables
makes the tables; an indicator step makes its tables once the municipalities and their boundaries are known. A step
checks its own files; what two sources must agree on (an addendum's municipality and its population row) is checked
where the tables join them (dashboard.builder.tables, dashboard.builder.checks), and each step's metadata lists both.
A new source is a new module and its .meta.yml here, its files in data/.
"""

import importlib
import pkgutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from dashboard.builder.problems import Problem
from dashboard.builder.read import read_yaml

FOLDER = Path(__file__).parent
INPUTS, INDICATORS = "inputs", "indicators"
STAGES = (INPUTS, INDICATORS)
# what every .meta.yml gives; it may add "indicators" (an indicator's source) and "path" (where a reader finds the
# source, when that is not its first file: a folder holding them all)
META_FIELDS = ("title", "producer", "citation", "date", "licence", "licence_path", "description", "stage", "files",
               "tables", "checks")
FOLDERS = ("curated", "sources", "reference")  # a file is named from one of these folders of data/


@dataclass(frozen=True)
class Context:
    """What a step reads: its files (as its metadata lists them, a pattern such as ``*.yaml`` as written), and what
    the steps before it made (records of the input steps; for an indicator step, ``municipalities`` and ``boundaries``)."""

    files: tuple[Path, ...]
    within: Path  # no input may lie outside it
    problems: list[Problem]
    made: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Step:
    name: str
    meta: dict
    run: Callable[[Context], dict]

    def files(self, paths) -> tuple[Path, ...]:
        """The step's files under ``paths`` (dashboard.builder.inputs.Paths: a folder for each of FOLDERS)."""
        return tuple(getattr(paths, name.split("/", 1)[0]) / name.split("/", 1)[1] for name in self.meta["files"])


def steps(stage: str | None = None) -> list[Step]:
    """The steps of ``stage`` (all: stage by stage), in name order, with their metadata (problems in it raise ValueError:
    a developer's error)."""
    found = [_step(module) for module in sorted(info.name for info in pkgutil.iter_modules([str(FOLDER)]))]
    return sorted((s for s in found if stage in (None, s.meta["stage"])), key=lambda s: STAGES.index(s.meta["stage"]))


def _step(module: str) -> Step:
    problems: list[Problem] = []
    meta = read_yaml(FOLDER / f"{module}.meta.yml", problems, FOLDER)
    if not problems and isinstance(meta, dict):
        missing = [f for f in META_FIELDS if not meta.get(f)]
        problems += [Problem(f"{module}.meta.yml", "", f"{name} is missing or empty") for name in missing]
        if meta.get("stage") not in STAGES:
            problems.append(Problem(f"{module}.meta.yml", "stage", f"is none of {', '.join(STAGES)}"))
        problems += [Problem(f"{module}.meta.yml", "files", f"{name} lies in none of data/{{{','.join(FOLDERS)}}}/")
                     for name in meta.get("files") or () if name.split("/", 1)[0] not in FOLDERS or "/" not in name]
    if problems or not isinstance(meta, dict):
        raise ValueError(f"{module}.meta.yml: {'; '.join(map(str, problems)) or 'not a mapping'}")
    return Step(module, {"indicators": [], "path": meta["files"][0], **meta}, importlib.import_module(f"{__name__}.{module}").run)


def run_steps(stage: str, paths, made: dict, problems: list[Problem]) -> dict:
    """What the steps of ``stage`` make, each seeing ``made`` and what the steps before it made; an indicator step that
    writes other tables than its metadata names is a developer's error."""
    products: dict = {}
    for step in steps(stage):
        product = step.run(Context(step.files(paths), paths.data, problems, made | products))
        if stage == INDICATORS and product and sorted(product) != sorted(step.meta["tables"]):
            raise ValueError(f"step {step.name} wrote {sorted(product)}, its metadata names {sorted(step.meta['tables'])}")
        products |= product
    return products


def reference_files() -> list[str]:
    """The files of data/reference/ itself that the steps read, vendored from ../shared/reference as they are (the
    boundary files come from their repository's folder: dashboard.builder.vendor)."""
    names = [name.removeprefix("reference/") for step in steps() for name in step.meta["files"] if name.startswith("reference/")]
    return [name for name in names if "/" not in name]
