"""Reliability step: each round of the reliability check, its sample, the blind second coding and, for a closed round,
the dataset's coding frozen as it was, each row validated and named by file and row (its source:
reliability_rounds.meta.yml beside this file). The samples are checked against their sources and alpha computed in
dashboard.builder.reliability."""

from dataclasses import dataclass
from pathlib import Path

from dashboard.builder import models
from dashboard.builder.problems import Problem
from dashboard.builder.read import display_path, read_text
from dashboard.builder.records import Located, csv_records
from dashboard.builder.steps import Context

SECOND_CODING_FILE = "second_coder.csv"
BLIND_CODEBOOK_FILE = "blind_codebook.md"  # the codebook as the second coder got it
DATASET_CODING_FILE = "dataset_coder.csv"  # a closed round's dataset coding, frozen as it was when the round was coded


@dataclass
class CodingRound:
    """One round of the reliability check: its sample, the blind second coding (None until delivered) and, for a
    closed round, the dataset's coding as it stood then (None for the current round: coded from today's dataset)."""

    rank: int
    sample: list[Located]
    second: list[Located] | None
    dataset: list[Located] | None
    codebook: str | None  # the codebook the second coder was given (blind_codebook.md)


def run(context: Context) -> dict:
    """``reliability_rounds``: the closed rounds (reliability/round-N/), then the current one (reliability/)."""
    return {"reliability_rounds": _coding_rounds(context.files[0], context.problems, context.within)}


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
