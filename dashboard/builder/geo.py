"""Geometry step: municipal boundaries simplified for the web, and the layers derived from them.

The boundary file (Provincies in Cijfers, gemeente2024, EPSG:31370) has perfectly matching shared
borders; coverage simplification keeps them matching, so neighbouring polygons neither overlap
nor leave gaps once simplified, and dissolving them into 2025 municipalities or regions is clean.
"""

from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from dashboard.builder.problems import Problem
from dashboard.builder.read import display_path, outside

SOURCE_CRS = "EPSG:31370"  # Belgian Lambert 72, metres: areas and tolerances are computed here
WEB_CRS = "EPSG:4326"
TOLERANCE_M = 80  # about a pixel at the zoom that shows a whole region on a projector
GRID_DEGREES = 1e-5  # five decimals, about a metre


SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj")
BRUSSELS_PREFIX = "21"  # the boundary file also holds the 19 Brussels municipalities (NIS 21xxx)


def read_boundaries(path: Path, problems: list[Problem], within: Path | None = None) -> gpd.GeoDataFrame | None:
    """All municipalities of the boundary file with a 5-character `nis_code`, or None if unreadable."""
    if any([outside(path.with_suffix(s), within, problems) for s in SHAPEFILE_PARTS]):
        return None
    missing = [path.with_suffix(s) for s in SHAPEFILE_PARTS if not path.with_suffix(s).is_file()]
    for part in missing:
        problems.append(Problem(display_path(part), "", "boundary file is missing"))
    if missing:
        return None
    try:
        frame = gpd.read_file(path)
    except Exception as error:  # pyogrio raises several types; all mean the same to an editor
        problems.append(Problem(display_path(path), "", f"boundary file cannot be read: {error}"))
        return None
    if frame.crs is None or not {"gemeente", "naam"} <= set(frame.columns):
        problems.append(Problem(display_path(path), "", "boundary file needs a CRS and the fields gemeente and naam"))
        return None
    frame = frame.rename(columns={"gemeente": "nis_code", "naam": "name"})
    frame["nis_code"] = frame["nis_code"].astype(str).str.zfill(5)
    shapeless = frame[frame.geometry.isna() | frame.geometry.is_empty]
    if len(shapeless):
        problems.append(Problem(display_path(path), "", f"boundary file is damaged or truncated: {len(shapeless)} of its "
                                                        f"{len(frame)} municipalities have no shape (first: NIS {shapeless['nis_code'].iloc[0]})"))
        return None
    return frame.to_crs(SOURCE_CRS)[["nis_code", "name", "geometry"]]


def simplify_coverage(frame: gpd.GeoDataFrame, tolerance_m: float = TOLERANCE_M) -> gpd.GeoDataFrame:
    """Simplify polygons that tile the plane, keeping shared borders shared; result in EPSG:4326."""
    simplified = frame.copy()
    simplified["geometry"] = shapely.coverage_simplify(frame.geometry.values, tolerance_m, simplify_boundary=True)
    simplified = simplified.to_crs(WEB_CRS)
    simplified["geometry"] = shapely.set_precision(simplified.geometry.values, GRID_DEGREES)
    return simplified


def study_area(boundaries: gpd.GeoDataFrame, municipalities: pd.DataFrame, problems: list[Problem]) -> gpd.GeoDataFrame:
    """The boundaries of the dataset's municipalities with their area; problems name any without one."""
    known = set(boundaries["nis_code"])
    for _, row in municipalities.iterrows():
        if row["nis_code"] not in known:
            problems.append(Problem(row["_file"], row["_record"], f"NIS code {row['nis_code']} ({row['name']}) has no geometry in the boundary file"))
    chosen = boundaries[boundaries["nis_code"].isin(set(municipalities["nis_code"]))].copy()
    chosen["area_km2"] = (chosen.geometry.area / 1e6).round(3)
    return chosen.sort_values("nis_code").reset_index(drop=True)


def flemish(boundaries: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The municipalities of the Flemish Region: the boundary file without Brussels."""
    return boundaries[~boundaries["nis_code"].str.startswith(BRUSSELS_PREFIX)].sort_values("nis_code").reset_index(drop=True)


def dissolve(frame: gpd.GeoDataFrame, by: str) -> gpd.GeoDataFrame:
    """Union the polygons per value of ``by`` (2025 municipalities, regions)."""
    merged = frame.dissolve(by=by, as_index=False)[[by, "geometry"]]
    merged["geometry"] = shapely.set_precision(merged.geometry.values, GRID_DEGREES)
    return merged.sort_values(by).reset_index(drop=True)
