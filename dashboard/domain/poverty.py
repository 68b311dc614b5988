"""The poverty indicators as the pages use them: the income years, and each region's figures beside its statements."""

import pandas as pd

from dashboard.core.data import Dataset

YEARS = (2022, 2019)  # Statbel's income years in the dataset, newest first
LATEST = max(YEARS)
FLANDERS = "vlaanderen"  # area id of the Flemish Region in region_poverty


def region_rates(ds: Dataset, region_ids: list[str], year: int = LATEST) -> pd.DataFrame:
    """Per region (in the order given): persons counted, the weighted at-risk-of-poverty rate (to one
    decimal, as Statbel publishes the municipal rates) and the estimated persons at risk in income year ``year``."""
    areas = ds.tables["region_poverty"]
    rows = areas[areas["year"] == year].set_index("area_id").reindex(region_ids)
    return pd.DataFrame({"region_id": region_ids, "eligible_persons": rows["eligible_persons"].values,
                         "admin_arop_pct": rows["admin_arop_pct"].round(1).values, "persons_at_risk": rows["persons_at_risk"].values})
