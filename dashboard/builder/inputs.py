"""Load step: read every curated and reference file into validated records.

Each record keeps the file and place it came from, so later checks can name them.
"""

import os
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.builder import models
from dashboard.builder.problems import Problem
from dashboard.builder.read import display_path, read_csv, read_text, read_yaml
from dashboard.core.paths import ROOT

SECOND_CODING_FILE = "second_coder.csv"
BLIND_CODEBOOK_FILE = "blind_codebook.md"  # the codebook as the second coder got it
DATASET_CODING_FILE = "dataset_coder.csv"  # a closed round's dataset coding, frozen as it was when the round was coded
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

    @property
    def boundaries(self) -> Path:
        return self.reference / "boundaries" / "gemeente2024.shp"


@dataclass
class Located:
    """A validated record and where it came from."""

    file: str
    record: str
    value: object


@dataclass
class Inputs:
    sources: list[Located] = field(default_factory=list)
    source_texts: dict[str, str] = field(default_factory=dict)
    obstacles: list[Located] = field(default_factory=list)
    service_types: list[Located] = field(default_factory=list)
    successors: list[Located] = field(default_factory=list)
    decision_rules: list[Located] = field(default_factory=list)
    reliability_rounds: list["CodingRound"] = field(default_factory=list)  # the closed rounds, then the current one
    answers: list[Located] = field(default_factory=list)
    emphasis_examples: list[Located] = field(default_factory=list)
    personas: list[Located] = field(default_factory=list)
    regions: list[Located] = field(default_factory=list)
    population: list[Located] = field(default_factory=list)
    mergers: list[Located] = field(default_factory=list)
    merged_population: list[Located] = field(default_factory=list)


def load_inputs(paths: Paths, problems: list[Problem]) -> Inputs:
    """Read and validate every input file; problems are appended, never raised."""
    inputs = Inputs()
    within = paths.data
    inputs.sources = _yaml_list(paths.curated / "sources.yaml", models.SourceEntry, problems, within)
    for entry in inputs.sources:
        text = read_text(paths.sources / f"{entry.value.source_id}.txt", problems, within)
        if text is not None:
            inputs.source_texts[entry.value.source_id] = text
    taxonomy = paths.curated / "taxonomy"
    inputs.obstacles = csv_records(taxonomy / "obstacles.csv", models.ObstacleRow, problems, within)
    inputs.service_types = csv_records(taxonomy / "service_types.csv", models.ServiceTypeRow, problems, within)
    inputs.successors = csv_records(taxonomy / "successors.csv", models.SuccessorRow, problems, within)
    inputs.decision_rules = csv_records(taxonomy / "decision_rules.csv", models.DecisionRuleRow, problems, within)
    inputs.reliability_rounds = _coding_rounds(paths.curated / "reliability", problems, within)
    inputs.answers = csv_records(taxonomy / "answers.csv", models.AnswerRow, problems, within)
    inputs.personas = csv_records(taxonomy / "personas.csv", models.PersonaRow, problems, within)
    inputs.emphasis_examples = csv_records(paths.curated / "emphasis_examples.csv", models.EmphasisExampleRow, problems, within)
    inputs.merged_population = csv_records(paths.curated / "population_2025_merged.csv", models.MergedPopulationRow, problems, within)
    inputs.population = csv_records(paths.reference / "population_2023.csv", models.PopulationRow, problems, within)
    inputs.mergers = csv_records(paths.reference / "mergers_2025.csv", models.MergerRow, problems, within)
    problems += _unknown_extensions(paths.curated)
    region_files = sorted((paths.curated / "regions").glob("*.yaml"))
    if not region_files:
        problems.append(Problem(display_path(paths.curated / "regions"), "", "no region files (*.yaml) found"))
    for path in region_files:
        data = read_yaml(path, problems, within)
        if data is None:
            continue
        name = display_path(path)
        region = models.parse(models.RegionFile, data, name, "", problems)
        if region is not None:
            inputs.regions.append(Located(name, "", region))
    return inputs


def _unknown_extensions(curated: Path) -> list[Problem]:
    """A file the build would pass over without a word (westhoek.yml, obstacles.xlsx): named, so that no
    other file is blamed for what it holds. Hidden files (an editor's) are left alone."""
    return [Problem(display_path(path), "", f"unknown file extension {path.suffix or '(none)'}: the build reads only "
                                             f"{' and '.join(CURATED_EXTENSIONS[:2])} files here (and .md is documentation); "
                                             "rename or remove it")
            for path in sorted(curated.rglob("*"))
            if path.is_file() and not path.name.startswith(".") and path.suffix not in CURATED_EXTENSIONS]


@dataclass
class CodingRound:
    """One round of the reliability check: its sample, the blind second coding (None until delivered) and, for a
    closed round, the dataset's coding as it stood then (None for the current round: coded from today's dataset)."""

    rank: int
    sample: list[Located]
    second: list[Located] | None
    dataset: list[Located] | None
    codebook: str | None  # the codebook the second coder was given (blind_codebook.md)


def _coding_rounds(folder: Path, problems: list[Problem], within: Path) -> list[CodingRound]:
    """reliability/round-N/ for each closed round (sample, dataset and second coding frozen), reliability/ for the current."""
    closed = sorted(folder.glob("round-*"), key=lambda f: int(f.name.removeprefix("round-")) if f.name[6:].isdigit() else 0)
    rounds = []
    for rank, round_folder in enumerate(closed, start=1):
        if round_folder.name != f"round-{rank}":
            problems.append(Problem(display_path(round_folder), "", f"closed rounds are round-1, round-2, ...; expected round-{rank}"))
            continue
        rounds.append(CodingRound(rank, csv_records(round_folder / "sample.csv", models.SampleRow, problems, within),
                                  csv_records(round_folder / SECOND_CODING_FILE, models.SecondCodingRow, problems, within),
                                  csv_records(round_folder / DATASET_CODING_FILE, models.SecondCodingRow, problems, within),
                                  read_text(round_folder / BLIND_CODEBOOK_FILE, problems, within)))
    second = folder / SECOND_CODING_FILE
    delivered = second.exists()
    rounds.append(CodingRound(len(rounds) + 1, csv_records(folder / "sample.csv", models.SampleRow, problems, within),
                              csv_records(second, models.SecondCodingRow, problems, within) if delivered else None, None,
                              read_text(folder / BLIND_CODEBOOK_FILE, problems, within) if delivered else None))
    return rounds


def csv_records(path: Path, model: type[models.Record], problems: list[Problem], within: Path) -> list[Located]:
    """Every row of a CSV file as a validated record of ``model``, with where it came from; problems appended."""
    rows = read_csv(path, list(model.model_fields), problems, within)
    name = display_path(path)
    located = []
    for record, row in rows or []:
        cleaned = {k: (v.strip() if v.strip() else None) for k, v in row.items()}
        value = models.parse(model, cleaned, name, record, problems)
        if value is not None:
            located.append(Located(name, record, value))
    return located


def _yaml_list(path: Path, model: type[models.Record], problems: list[Problem], within: Path) -> list[Located]:
    data = read_yaml(path, problems, within)
    if data is None:
        return []
    name = display_path(path)
    if not isinstance(data, list):
        problems.append(Problem(name, "", "expected a list of records"))
        return []
    located = []
    for index, item in enumerate(data):
        value = models.parse(model, item, name, f"record {index + 1}", problems)
        if value is not None:
            located.append(Located(name, f"record {index + 1}", value))
    return located
