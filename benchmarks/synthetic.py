"""A synthetic dataset of all 300 Flemish municipalities in 20 regions, to measure growth.

Geometry is real (the vendored boundary file); the regions are 20 west-to-east bands, and each
borrows the challenges, personas, obstacles and service types of one of today's five regions.
"""

from pathlib import Path

import pandas as pd

from dashboard.builder import geo
from dashboard.builder.outputs import geo_bytes, table_bytes
from dashboard.builder.steps.statbel_poverty import area_poverty
from dashboard.core.switch import write_atomically
from dashboard.core.data import read_dataset
from dashboard.core.resources import RESOURCES
from dashboard.core.paths import ROOT

REGIONAL_TABLES = ["region_figures", "challenges", "challenge_personas", "persona_facts", "region_obstacles",
                   "region_service_types", "obstacle_service_links", "service_type_caveats", "timeline"]


def write_synthetic(target: Path, n_regions: int = 20) -> None:
    today = read_dataset(ROOT).tables
    problems: list = []
    shapes = geo.read_boundaries(ROOT / "data" / "reference" / "boundaries" / "gemeente2024.shp", problems)
    flemish = shapes[~shapes["nis_code"].str.startswith("21")].copy()  # 21xxx are Brussels
    flemish["band"] = pd.qcut(flemish.geometry.centroid.x.rank(method="first"), n_regions, labels=False)
    flemish["region_id"] = flemish["band"].map(lambda b: f"regio-{b + 1:02d}")
    region_ids = sorted(flemish["region_id"].unique())
    donors = list(today["regions"]["region_id"])
    donor_of = {rid: donors[i % len(donors)] for i, rid in enumerate(region_ids)}

    tables = {name: today[name] for name in ("personas", "obstacles", "service_types")}
    for name in REGIONAL_TABLES + ["regions", "sources"]:
        tables[name] = pd.concat([today[name][today[name]["region_id"] == donor].assign(region_id=rid)
                                  for rid, donor in donor_of.items()], ignore_index=True)
    tables["regions"]["name"] = [f"Regio {i + 1:02d}" for i in range(len(region_ids))]
    tables["sources"]["source_id"] = tables["sources"]["region_id"]
    for name in REGIONAL_TABLES + ["regions"]:
        tables[name]["source_id"] = tables[name]["region_id"]

    flemish["area_km2"] = (flemish.geometry.area / 1e6).round(3)
    municipalities = pd.DataFrame({
        "nis_code": flemish["nis_code"], "name": flemish["name"], "region_id": flemish["region_id"],
        "population": (flemish["area_km2"] * 450).round().astype(int), "population_date": pd.Timestamp("2023-01-01").date(),
        "population_source": "synthetic", "population_stated": pd.NA, "area_km2": flemish["area_km2"],
        "nis_code_2025": flemish["nis_code"], "name_2025": flemish["name"], "is_merged_2025": False,
        "source_id": flemish["region_id"], "quote": "synthetic",
    })
    tables["municipalities"] = municipalities
    tables["municipalities_2025"] = municipalities  # no mergers in the synthetic set
    poverty = today["municipality_poverty"].assign(_file="synthetic", _record="")
    tables["municipality_poverty"] = poverty
    tables["region_poverty"] = area_poverty(poverty.merge(municipalities[["nis_code", "region_id"]], on="nis_code", how="left"))
    for name in RESOURCES.keys() - tables.keys():  # tables added since: regional ones borrowed like the rest
        rows = today[name]
        tables[name] = rows if "region_id" not in rows else pd.concat(
            [rows[rows["region_id"] == donor].assign(region_id=rid) for rid, donor in donor_of.items()], ignore_index=True)
    outputs = {f"data/{name}.parquet": table_bytes(name, tables[name]) for name in RESOURCES}
    web = geo.simplify_coverage(flemish[["nis_code", "geometry"]]).merge(flemish[["nis_code", "region_id"]], on="nis_code")
    outputs["geo/municipalities.parquet"] = geo_bytes(web[["nis_code", "geometry"]])
    outputs["geo/municipalities_2025.parquet"] = geo_bytes(web[["nis_code", "geometry"]].rename(columns={"nis_code": "nis_code_2025"}))
    outputs["geo/regions.parquet"] = geo_bytes(geo.dissolve(web[["region_id", "geometry"]], "region_id"))
    outputs["geo/flanders.parquet"] = geo_bytes(web[["nis_code", "geometry"]].merge(flemish[["nis_code", "name"]], on="nis_code"))
    write_atomically(outputs, target)
