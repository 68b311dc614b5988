"""Load: every input step's records (dashboard.builder.steps), and what data/curated holds that no step reads."""

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

import geopandas as gpd

from dashboard.builder.problems import Problem
from dashboard.builder.read import display_path
from dashboard.builder.records import Located
from dashboard.builder.steps import INPUTS, run_steps
from dashboard.builder.steps.reliability_rounds import CodingRound
from dashboard.core.paths import ROOT

CURATED_EXTENSIONS = (".yaml", ".csv", ".md")  # what data/curated holds: the build reads the first two, people the third


@dataclass(frozen=True)
class Paths:
    """Where the build reads from; tests point these at a temporary copy."""

    curated: Path = ROOT / "data" / "curated"
    sources: Path = ROOT / "data" / "sources"
    reference: Path = ROOT / "data" / "reference"

    @classmethod
    def of_repository(cls, root: Path) -> "Paths":
        return cls(root / "data" / "curated", root / "data" / "sources", root / "data" / "reference")

    @property
    def data(self) -> Path:
        """The folder holding all three; no input may lie outside it (a symbolic link leaving it is refused)."""
        return Path(os.path.commonpath([self.curated, self.sources, self.reference]))


@dataclass
class Inputs:
    """What the input steps made, by the names they give it."""

    sources: list[Located] = field(default_factory=list)
    source_texts: dict[str, str] = field(default_factory=dict)
    obstacles: list[Located] = field(default_factory=list)
    service_types: list[Located] = field(default_factory=list)
    successors: list[Located] = field(default_factory=list)
    decision_rules: list[Located] = field(default_factory=list)
    reliability_rounds: list[CodingRound] = field(default_factory=list)  # the closed rounds, then the current one
    answers: list[Located] = field(default_factory=list)
    emphasis_examples: list[Located] = field(default_factory=list)
    personas: list[Located] = field(default_factory=list)
    regions: list[Located] = field(default_factory=list)
    population: list[Located] = field(default_factory=list)
    mergers: list[Located] = field(default_factory=list)
    merged_population: list[Located] = field(default_factory=list)
    boundaries: gpd.GeoDataFrame | None = None


def load_inputs(paths: Paths, problems: list[Problem]) -> Inputs:
    """Read and validate every input file; problems are appended, never raised."""
    made = run_steps(INPUTS, paths, {}, problems)
    unknown = set(made) - {f.name for f in fields(Inputs)}
    if unknown:
        raise ValueError(f"the input steps made {sorted(unknown)}, which Inputs does not hold")
    problems += _unknown_extensions(paths.curated)
    return Inputs(**made)


def _unknown_extensions(curated: Path) -> list[Problem]:
    """A file the build would pass over without a word (westhoek.yml, obstacles.xlsx): named, so that no
    other file is blamed for what it holds. Hidden files (an editor's) are left alone."""
    return [Problem(display_path(path), "", f"unknown file extension {path.suffix or '(none)'}: the build reads only "
                                             f"{' and '.join(CURATED_EXTENSIONS[:2])} files here (and .md is documentation); "
                                             "rename or remove it")
            for path in sorted(curated.rglob("*"))
            if path.is_file() and not path.name.startswith(".") and path.suffix not in CURATED_EXTENSIONS]
