"""Poverty step: Statbel's poverty indicators per municipality, checked, and aggregated per area (its source:
statbel_poverty.meta.yml beside this file).

Two reference files: the 63 municipalities of the five regions, and every municipality of the
Flemish Region (the context). The registry's two indicators (poverty, income) say how each adds up
to an area (dashboard.builder.indicator_areas); the estimated persons at risk are this step's own.
"""

import math

import pandas as pd

from dashboard.builder import geo, models
from dashboard.builder.indicator_areas import area_table, areas, weighted_rate
from dashboard.builder.problems import Problem
from dashboard.builder.records import Located, csv_records
from dashboard.builder.steps import Context
from dashboard.core.indicators import INDICATORS

VALUES = ["eligible_persons", "not_eligible_persons", "pct_not_eligible", "pct_ioe_households", "q1_eur", "median_eur",
          "q3_eur", "interquartile_eur", "admin_arop_pct"]


def run(context: Context) -> dict[str, pd.DataFrame]:
    """``municipality_poverty`` (every Flemish municipality, each year) and ``region_poverty``
    (each region, the five together and Flanders, each year); problems name file and row."""
    municipalities, problems = context.made["municipalities"], context.problems
    known = dict(zip(municipalities["nis_code"], municipalities["name"]))
    flemish = set(geo.flemish(context.made["boundaries"])["nis_code"])
    study_file, flanders_file = context.files  # as the metadata lists them
    study = _checked(csv_records(study_file, models.PovertyRow, problems, context.within), known, problems)
    every = _checked(csv_records(flanders_file, models.PovertyRow, problems, context.within), flemish, problems)
    _complete(study, known, problems)
    _same_rows(study, every, problems)
    if problems:
        return {}
    regions = dict(zip(municipalities["nis_code"], municipalities["region_id"]))
    rows = pd.DataFrame([{"_file": r.file, "_record": r.record, "nis_code": r.value.nis_code, "name": r.value.name_nl,
                          "year": r.value.year, **{c: getattr(r.value, c) for c in VALUES}} for r in every.values()])
    rows["persons_at_risk"] = [estimate(p, rate) for p, rate in zip(rows["eligible_persons"], rows["admin_arop_pct"])]
    rows = rows.sort_values(["nis_code", "year"]).reset_index(drop=True)
    return {"municipality_poverty": rows, "region_poverty": area_poverty(rows.assign(region_id=rows["nis_code"].map(regions)))}


def estimate(persons: float, rate_pct: float) -> int:
    """Persons at risk of poverty, rate x persons, rounded to what a rate of one decimal supports:
    an error of up to 0.05 points is persons x 0.0005, so round to that power of ten (at least tens)."""
    step = 10 ** max(1, math.floor(math.log10(max(persons * 0.0005, 1))))
    return int(round(persons * rate_pct / 100 / step) * step)


def area_poverty(rows: pd.DataFrame) -> pd.DataFrame:
    """The region_poverty table from the municipal rows (with their ``region_id``, empty outside the regions): the
    registry's aggregates, and the persons at risk estimated from the area's unrounded weighted rate."""
    table = area_table(rows, [INDICATORS["poverty"], INDICATORS["income"]])
    at_risk = {(area_id, int(year)): estimate(int(group["eligible_persons"].sum()),
                                              weighted_rate(group["admin_arop_pct"], group["eligible_persons"]))
               for area_id, frame in areas(rows) for year, group in frame.groupby("year")}
    return table.assign(persons_at_risk=[at_risk[key] for key in zip(table["area_id"], table["year"])])


def _checked(rows: list[Located], known: dict | set, problems: list[Problem]) -> dict[tuple[str, int], Located]:
    """The rows by (NIS code, year); a problem for each unknown code, wrong name or repeated year."""
    names = known if isinstance(known, dict) else {}
    kept: dict[tuple[str, int], Located] = {}
    for row in rows:
        value, key = row.value, (row.value.nis_code, row.value.year)
        if value.nis_code not in known:
            problems.append(Problem(row.file, row.record, f"unknown NIS code {value.nis_code} ({value.name_nl})"))
        elif names and names[value.nis_code] != value.name_nl:
            problems.append(Problem(row.file, row.record, f"name {value.name_nl!r} differs from {names[value.nis_code]!r} "
                                                          f"for NIS {value.nis_code}"))
        elif key in kept:
            problems.append(Problem(row.file, row.record, f"NIS {value.nis_code} has a second row for {value.year} "
                                                          f"(first: {kept[key].record})"))
        else:
            kept[key] = row
    return kept


def _complete(study: dict[tuple[str, int], Located], known: dict, problems: list[Problem]) -> None:
    """Every municipality of the dataset has a row for every year the file holds."""
    if not study:
        return
    file = next(iter(study.values())).file
    years = sorted({year for _, year in study})
    for code, name in sorted(known.items()):
        for year in years:
            if (code, year) not in study:
                problems.append(Problem(file, "", f"NIS {code} ({name}) has no row for {year}"))


def _same_rows(study: dict, context: dict, problems: list[Problem]) -> None:
    """The Flemish file repeats the 63 municipalities' rows: it must hold them, with the same values."""
    for key, row in study.items():
        other = context.get(key)
        if other is None:
            problems.append(Problem(row.file, row.record, f"NIS {key[0]}, {key[1]}: no row in the Flemish file"))
        elif other.value != row.value:
            problems.append(Problem(other.file, other.record, f"NIS {key[0]}, {key[1]}: values differ from {row.file}, {row.record}"))
