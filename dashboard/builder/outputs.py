"""Save step: serialise the dataset to bytes, or compare it with the files in place.

Outputs are held in memory as {path relative to the repository: bytes}; `switch.write_atomically`
puts them in place as a whole.
"""

import io
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.core.resources import RESOURCES, arrow_schema


def table_bytes(name: str, frame: pd.DataFrame) -> bytes:
    """Parquet bytes of ``frame`` in the schema the dictionary defines for ``name``."""
    columns = RESOURCES[name].columns
    frame = frame.reindex(columns=columns) if frame.empty else frame[columns]  # an empty list has no columns yet
    table = pa.Table.from_pandas(frame, schema=arrow_schema(name), preserve_index=False)
    buffer = io.BytesIO()
    pq.write_table(table.replace_schema_metadata(None), buffer, compression="zstd")
    return buffer.getvalue()


def geo_bytes(frame: gpd.GeoDataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False, compression="zstd", write_covering_bbox=False)
    return buffer.getvalue()


def stale_files(outputs: dict[str, bytes], root: Path) -> list[str]:
    """The outputs whose committed copy under ``root`` is missing or differs."""
    return [rel for rel, content in outputs.items() if not (root / rel).is_file() or (root / rel).read_bytes() != content]
