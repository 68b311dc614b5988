"""An indicator's area table from its municipal rows, by the rule its registry entry gives (dashboard.core.indicators):
per area (each region, the five together, Flanders) and year, a rate weighted by the persons it counts; for a figure
that does not add up (a median) the lowest and highest municipal value with their NIS codes, or the figure its source
publishes for the area, or nothing."""

import pandas as pd

from dashboard.core.indicators import FLANDERS, NO_AREA, PUBLISHED, WEIGHTED, Indicator

FIVE_REGIONS = "vijf-regios"  # area id of the five regions together


def weighted_rate(rates: pd.Series, persons: pd.Series) -> float:
    """The rate of several municipalities together: weighted by persons counted, not a mean of rates."""
    return float((rates * persons).sum() / persons.sum())


def areas(rows: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    """(area id, its rows) for each region (rows carry ``region_id``, empty outside the regions), the five, Flanders."""
    found = [(region, rows[rows["region_id"] == region]) for region in sorted(rows["region_id"].dropna().unique())]
    return found + [(FIVE_REGIONS, rows[rows["region_id"].notna()]), (FLANDERS, rows)]


def area_table(rows: pd.DataFrame, indicators: list[Indicator], published: pd.DataFrame | None = None) -> pd.DataFrame:
    """A row per area and year: municipalities counted, then each indicator's aggregate. ``published``: the figures a
    source gives per area (``area_id``, ``year`` and the column of each PUBLISHED indicator), read by its step."""
    given = {} if published is None else published.set_index(["area_id", "year"]).to_dict("index")
    out = []
    for area_id, frame in areas(rows):
        for year, group in frame.groupby("year"):
            row = {"_file": group["_file"].iloc[0], "_record": "", "area_id": area_id, "year": int(year), "municipalities": len(group)}
            for indicator in indicators:
                if indicator.aggregate == PUBLISHED:  # none where the source gives none: never one of ours
                    row[indicator.column] = given.get((area_id, int(year)), {}).get(indicator.column)
                elif indicator.aggregate != NO_AREA:
                    row |= _aggregate(group.dropna(subset=[indicator.column]), indicator)
            out.append(row)
    return pd.DataFrame(out)


def _aggregate(group: pd.DataFrame, indicator: Indicator) -> dict:
    column = indicator.column
    if indicator.aggregate == WEIGHTED:
        return {indicator.weight: int(group[indicator.weight].sum()),
                column: round(weighted_rate(group[column], group[indicator.weight]), 2)}
    low, high = group.loc[group[column].idxmin()], group.loc[group[column].idxmax()]
    return {f"{column}_low": low[column], f"{column}_low_nis_code": low["nis_code"],
            f"{column}_high": high[column], f"{column}_high_nis_code": high["nis_code"]}
