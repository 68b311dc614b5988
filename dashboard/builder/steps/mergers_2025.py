"""Mergers step: the municipalities merged on 1 January 2025, each row validated and named by file and row (its source:
mergers_2025.meta.yml beside this file)."""

from dashboard.builder import models
from dashboard.builder.problems import Problem
from dashboard.builder.records import csv_records
from dashboard.builder.steps import Context


def run(context: Context) -> dict:
    """``mergers``: one row per municipality merged, which may merge once."""
    rows = csv_records(context.files[0], models.MergerRow, context.problems, context.within)
    first: dict[str, str] = {}
    for row in rows:
        code = row.value.nis_code_before
        if code in first:
            context.problems.append(Problem(row.file, row.record, f"NIS {code} merges a second time (first: {first[code]})"))
        first.setdefault(code, row.record)
    return {"mergers": rows}
