"""The names the dataset gives what it codes: the personas' names, the labels of the two taxonomies (obstacles,
service types), which carry a Dutch and an English one, and what older links named them."""

import pandas as pd

from dashboard.core.data import Dataset


def persona_names(ds: Dataset) -> pd.Series:
    """persona_id -> the persona's name (one in both languages), in dataset order."""
    return ds.tables["personas"].set_index("persona_id")["name"]


def labels(ds: Dataset, table: str, lang: str) -> pd.Series:
    """id -> label in ``lang`` of a taxonomy table: "obstacles" or "service_types"."""
    return ds.tables[table].set_index(f"{table[:-1]}_id")[f"label_{lang}"]


def successor_ids(ds: Dataset, table: str) -> dict[str, str]:
    """Old id or old label (either language) -> the current id, for the retired and relabelled categories of
    ``table``: a link made before a category was split or renamed still finds its successor."""
    rows = ds.tables["taxonomy_successors"]
    rows = rows[rows["taxonomy"] == table]
    return {old: new for column in ("old_id", "old_label_nl", "old_label_en") for old, new in zip(rows[column], rows["new_id"])}
