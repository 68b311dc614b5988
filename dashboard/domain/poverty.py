"""The poverty indicators as the pages use them: the latest income year, and each region's figures beside its statements."""

import pandas as pd

from dashboard.core.data import Dataset
from dashboard.core.indicators import INDICATORS, years


def latest_year(ds: Dataset) -> int:
    """The newest income year of the at-risk-of-poverty rate in the dataset."""
    return years(ds, INDICATORS["poverty"])[0]


def region_rates(ds: Dataset, region_ids: list[str], year: int | None = None) -> pd.DataFrame:
    """Per region (in the order given): persons counted, the weighted at-risk-of-poverty rate (to one
    decimal, as Statbel publishes the municipal rates) and the estimated persons at risk in income year ``year``
    (the latest by default)."""
    poverty = INDICATORS["poverty"]
    areas = ds.tables[poverty.area_table]
    rows = areas[areas["year"] == (year or latest_year(ds))].set_index("area_id").reindex(region_ids)
    return pd.DataFrame({"region_id": region_ids, poverty.weight: rows[poverty.weight].values,
                         poverty.column: rows[poverty.column].round(poverty.decimals).values,
                         "persons_at_risk": rows["persons_at_risk"].values})
