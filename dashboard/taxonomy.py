"""The labels of the two taxonomies (obstacles, service types), which carry a Dutch and an English one."""

import pandas as pd

from dashboard.data import Dataset


def labels(ds: Dataset, table: str, lang: str) -> pd.Series:
    """id -> label in ``lang`` of a taxonomy table: "obstacles" or "service_types"."""
    return ds.tables[table].set_index(f"{table[:-1]}_id")[f"label_{lang}"]
