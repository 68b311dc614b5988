"""Population step: Statbel's population per municipality and the 1/1/2023 totals of the municipalities merged in 2025,
each row validated and named by file and row (its source: statbel_population.meta.yml beside this file). Each figure
is compared with the municipality's addendum and area where the tables are made (dashboard.builder.tables,
dashboard.builder.checks.implausible_densities)."""

from dashboard.builder import models
from dashboard.builder.records import csv_records
from dashboard.builder.steps import Context


def run(context: Context) -> dict:
    """``population`` (one row per municipality of the 2019-2024 division) and ``merged_population`` (per 2025 merger)."""
    population, merged = context.files  # as the metadata lists them
    return {"population": csv_records(population, models.PopulationRow, context.problems, context.within),
            "merged_population": csv_records(merged, models.MergedPopulationRow, context.problems, context.within)}
