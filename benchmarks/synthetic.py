"""A synthetic dataset of all 300 Flemish municipalities in any number of regions (20 by default), to measure growth.

Geometry is real (the vendored boundary file); the regions are groups of neighbouring municipalities (k-means of their
centres, a fixed seed), compact as real partnerships are, numbered west to east; each borrows the challenges,
personas, obstacles and service types of one of today's five regions.
"""

from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.cluster import KMeans

from dashboard.builder import geo
from dashboard.builder.outputs import geo_bytes, table_bytes
from dashboard.builder.steps.statbel_poverty import area_poverty
from dashboard.core.switch import write_atomically
from dashboard.core.data import read_dataset
from dashboard.core.resources import RESOURCES
from dashboard.core.paths import ROOT

REGIONAL_TABLES = ["region_figures", "challenges", "challenge_personas", "persona_facts", "region_obstacles",
                   "region_service_types", "obstacle_service_links", "service_type_caveats", "timeline"]


def neighbour_groups(centres, n_regions: int) -> list[str]:
    """A region id per point of ``centres`` (projected), in ``n_regions`` compact groups numbered west to east."""
    groups = KMeans(n_clusters=n_regions, n_init=10, random_state=0).fit_predict(np.column_stack([centres.x, centres.y]))
    rank = pd.Series(centres.x.to_numpy()).groupby(groups).mean().rank(method="first").astype(int)
    return [f"regio-{rank[g]:02d}" for g in groups]


def write_synthetic(target: Path, n_regions: int = 20) -> None:
    today = read_dataset(ROOT).tables
    problems: list = []
    shapes = geo.read_boundaries(ROOT / "data" / "reference" / "boundaries" / "gemeente2024.shp", problems)
    flemish = shapes[~shapes["nis_code"].str.startswith("21")].copy()  # 21xxx are Brussels
    flemish["region_id"] = neighbour_groups(flemish.geometry.centroid, n_regions)
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
