"""Poverty step: Statbel's poverty indicators per municipality, checked, and aggregated per region.

Two reference files: the 63 municipalities of the five regions, and every municipality of the
Flemish Region (the context). A rate over several municipalities is weighted by the persons
counted, sum(rate x persons) / sum(persons); a median income cannot be aggregated that way, so an
area gets the range of its municipalities' medians (lowest, highest) instead.
"""

import math

import geopandas as gpd
import pandas as pd

from dashboard.builder import geo
from dashboard.builder.inputs import Inputs, Located
from dashboard.builder.problems import Problem

FIVE_REGIONS, FLANDERS = "vijf-regios", "vlaanderen"  # area ids beside the region ids
VALUES = ["eligible_persons", "not_eligible_persons", "pct_not_eligible", "pct_ioe_households", "q1_eur", "median_eur",
          "q3_eur", "interquartile_eur", "admin_arop_pct"]


def poverty_tables(inputs: Inputs, municipalities: pd.DataFrame, boundaries: gpd.GeoDataFrame,
                   problems: list[Problem]) -> dict[str, pd.DataFrame]:
    """``municipality_poverty`` (every Flemish municipality, each year) and ``region_poverty``
    (each region, the five together and Flanders, each year); problems name file and row."""
    known = dict(zip(municipalities["nis_code"], municipalities["name"]))
    flemish = set(geo.flemish(boundaries)["nis_code"])
    study = _checked(inputs.poverty, known, problems)
    context = _checked(inputs.poverty_flanders, flemish, problems)
    _complete(study, known, problems)
    _same_rows(study, context, problems)
    if problems:
        return {}
    regions = dict(zip(municipalities["nis_code"], municipalities["region_id"]))
    rows = pd.DataFrame([{"_file": r.file, "_record": r.record, "nis_code": r.value.nis_code, "name": r.value.name_nl,
                          "year": r.value.year, **{c: getattr(r.value, c) for c in VALUES}} for r in context.values()])
    rows["persons_at_risk"] = [estimate(p, rate) for p, rate in zip(rows["eligible_persons"], rows["admin_arop_pct"])]
    rows = rows.sort_values(["nis_code", "year"]).reset_index(drop=True)
    return {"municipality_poverty": rows, "region_poverty": area_poverty(rows.assign(region_id=rows["nis_code"].map(regions)))}


def estimate(persons: float, rate_pct: float) -> int:
    """Persons at risk of poverty, rate x persons, rounded to what a rate of one decimal supports:
    an error of up to 0.05 points is persons x 0.0005, so round to that power of ten (at least tens)."""
    step = 10 ** max(1, math.floor(math.log10(max(persons * 0.0005, 1))))
    return int(round(persons * rate_pct / 100 / step) * step)


def weighted_rate(rates: pd.Series, persons: pd.Series) -> float:
    """The rate of several municipalities together: weighted by persons counted, not a mean of rates."""
    return float((rates * persons).sum() / persons.sum())


def area_poverty(rows: pd.DataFrame) -> pd.DataFrame:
    """The region_poverty table from the municipal rows (with their ``region_id``, empty outside the regions)."""
    areas = [(region, rows[rows["region_id"] == region]) for region in sorted(rows["region_id"].dropna().unique())]
    areas += [(FIVE_REGIONS, rows[rows["region_id"].notna()]), (FLANDERS, rows)]
    out = []
    for area_id, frame in areas:
        for year, group in frame.groupby("year"):
            low, high = group.loc[group["median_eur"].idxmin()], group.loc[group["median_eur"].idxmax()]
            persons = int(group["eligible_persons"].sum())
            rate = weighted_rate(group["admin_arop_pct"], group["eligible_persons"])
            out.append({"_file": group["_file"].iloc[0], "_record": "", "area_id": area_id, "year": int(year),
                        "municipalities": len(group), "eligible_persons": persons, "admin_arop_pct": round(rate, 2),
                        "persons_at_risk": estimate(persons, rate),
                        "median_eur_low": int(low["median_eur"]), "median_eur_low_nis_code": low["nis_code"],
                        "median_eur_high": int(high["median_eur"]), "median_eur_high_nis_code": high["nis_code"]})
    return pd.DataFrame(out)


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
