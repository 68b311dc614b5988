"""Codebook step: the project's taxonomies of obstacles and service types, their retired categories, decision rules
and answers, each row validated and named by file and row (its source: codebook.meta.yml beside this file). How the
categories refer to each other is checked once the tables are made (dashboard.builder.checks)."""

from dashboard.builder import models
from dashboard.builder.records import csv_records
from dashboard.builder.steps import Context

MODELS = {"obstacles": models.ObstacleRow, "service_types": models.ServiceTypeRow, "successors": models.SuccessorRow,
          "decision_rules": models.DecisionRuleRow, "answers": models.AnswerRow}  # in the order the metadata lists the files


def run(context: Context) -> dict:
    """The records of each file, by the names of MODELS."""
    return {name: csv_records(path, model, context.problems, context.within)
            for (name, model), path in zip(MODELS.items(), context.files, strict=True)}
