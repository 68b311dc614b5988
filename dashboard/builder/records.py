"""Validated records of the build's input files, each keeping the file and place it came from, so that later checks
can name them."""

from dataclasses import dataclass
from pathlib import Path

from dashboard.builder import models
from dashboard.builder.problems import Problem
from dashboard.builder.read import display_path, read_csv, read_yaml


@dataclass
class Located:
    """A validated record and where it came from."""

    file: str
    record: str
    value: object


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


def yaml_records(path: Path, model: type[models.Record], problems: list[Problem], within: Path) -> list[Located]:
    """Every item of a YAML list as a validated record of ``model``; problems appended."""
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
