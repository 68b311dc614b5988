"""The build: load -> process -> check -> serialise, all in memory, failing with every problem at once."""

import pandas as pd

from dashboard.builder import geo
from dashboard.builder.checks import check_tables, implausible_densities, row_problems
from dashboard.builder.datapackage import render_datapackage
from dashboard.builder.docs import render_codebook, render_readme
from dashboard.builder.inputs import Paths, load_inputs
from dashboard.builder.outputs import geo_bytes, table_bytes
from dashboard.builder.problems import BuildFailed, Problem
from dashboard.builder.reliability import reliability_tables
from dashboard.builder.steps import INDICATORS, run_steps
from dashboard.builder.tables import WHERE, build_tables
from dashboard.core.counting import emphasis_table, taxonomy_ids
from dashboard.core.resources import RESOURCES


def build(paths: Paths = Paths()) -> dict[str, bytes]:
    """Every output file as {path relative to the repository: bytes}; raises BuildFailed."""
    problems: list[Problem] = []
    inputs = load_inputs(paths, problems)
    tables = build_tables(inputs, problems)
    boundaries = inputs.boundaries
    if not problems:  # the dataset's own coding of the sample needs well-formed coded tables
        tables |= reliability_tables(inputs, tables, problems)
    if problems:  # a row left out makes every reference to it a follow-on error: only the rows' own checks run now
        raise BuildFailed(problems + row_problems(tables, inputs.source_texts), references_pending=True)
    problems += check_tables(tables, inputs.source_texts)
    areas = geo.study_area(boundaries, tables["municipalities"], problems)
    tables |= run_steps(INDICATORS, paths, {"municipalities": tables["municipalities"], "boundaries": boundaries}, problems)
    if problems:
        raise BuildFailed(problems)
    tables = _add_areas(tables, areas) | {"region_emphasis": _emphasis(tables)}
    problems += implausible_densities(tables["municipalities"], inputs.population)
    if problems:
        raise BuildFailed(problems)
    # simplified together with the rest of Flanders, so the grey context meets the regions without gaps
    flanders = geo.simplify_coverage(geo.flemish(boundaries)[["nis_code", "name", "geometry"]])
    shapes = flanders[flanders["nis_code"].isin(areas["nis_code"])][["nis_code", "geometry"]].reset_index(drop=True)
    with_keys = shapes.merge(tables["municipalities"][["nis_code", "nis_code_2025", "region_id"]], on="nis_code")
    outputs = {f"data/{name}.parquet": table_bytes(name, tables[name].drop(columns=WHERE)) for name in RESOURCES}
    outputs["data/README.md"] = render_readme(tables).encode("utf-8")
    outputs["data/CODEBOOK.md"] = render_codebook(tables).encode("utf-8")
    outputs["data/datapackage.json"] = render_datapackage(tables).encode("utf-8")
    outputs["geo/municipalities.parquet"] = geo_bytes(shapes)
    outputs["geo/municipalities_2025.parquet"] = geo_bytes(geo.dissolve(with_keys[["nis_code_2025", "geometry"]], "nis_code_2025"))
    outputs["geo/flanders.parquet"] = geo_bytes(flanders)
    outputs["geo/regions.parquet"] = geo_bytes(geo.dissolve(with_keys[["region_id", "geometry"]], "region_id"))
    return outputs


def _emphasis(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """data/region_emphasis, derived from the coded rows once they passed every check."""
    frame = emphasis_table(tables["region_obstacles"], tables["region_service_types"], taxonomy_ids(tables),
                           list(tables["regions"]["region_id"]))
    return frame.assign(_file="region_obstacles, region_service_types", _record="")


def _add_areas(tables: dict[str, pd.DataFrame], areas: pd.DataFrame) -> dict[str, pd.DataFrame]:
    municipalities = tables["municipalities"].merge(areas[["nis_code", "area_km2"]], on="nis_code", how="left")
    area_2025 = municipalities.groupby("nis_code_2025")["area_km2"].sum().round(3)
    merged = tables["municipalities_2025"].assign(area_km2=lambda f: f["nis_code_2025"].map(area_2025))
    return {**tables, "municipalities": municipalities, "municipalities_2025": merged}
