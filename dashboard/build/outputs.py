"""Save step: serialise the dataset to bytes, then write it atomically or compare it.

Outputs are held in memory as {path relative to the repository: bytes}. Writing puts every file
in a temporary name beside its target first and renames only when all are written, so a failed
or interrupted build leaves data/ and geo/ as they were.
"""

import io
import os
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from dashboard.dictionary import TABLES, arrow_schema


def table_bytes(name: str, frame: pd.DataFrame) -> bytes:
    """Parquet bytes of ``frame`` in the schema the dictionary defines for ``name``."""
    columns = TABLES[name][1]
    frame = frame.reindex(columns=columns) if frame.empty else frame[columns]  # an empty list has no columns yet
    table = pa.Table.from_pandas(frame, schema=arrow_schema(name), preserve_index=False)
    buffer = io.BytesIO()
    pq.write_table(table.replace_schema_metadata(None), buffer, compression="zstd")
    return buffer.getvalue()


def geo_bytes(frame: gpd.GeoDataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False, compression="zstd", write_covering_bbox=False)
    return buffer.getvalue()


def write_atomically(outputs: dict[str, bytes], root: Path) -> None:
    """Write all outputs under ``root``, or, if anything fails, leave every target as it was.

    New contents go to temporary files first; then each old file is set aside and the new one
    moved in. On any error the old files are moved back and the temporary files removed.
    """
    staged: list[tuple[Path, Path]] = []
    swapped: list[tuple[Path, Path | None]] = []  # (target, its set-aside old version or None)
    try:
        for relative, content in outputs.items():
            target = root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.with_name(f".{target.name}.tmp")
            if target.is_dir():
                raise IsADirectoryError(f"{target} is a folder; the build must write a file there")
            staged.append((temporary, target))
            temporary.write_bytes(content)
        for temporary, target in staged:
            backup = target.with_name(f".{target.name}.old") if target.exists() else None
            if backup:
                os.replace(target, backup)
            swapped.append((target, backup))
            os.replace(temporary, target)
    except BaseException:
        for target, backup in reversed(swapped):
            if backup:
                os.replace(backup, target)
            else:
                target.unlink(missing_ok=True)
        raise
    finally:
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
    for _, backup in swapped:
        if backup:
            backup.unlink(missing_ok=True)


def stale_files(outputs: dict[str, bytes], root: Path) -> list[str]:
    """The outputs whose committed copy under ``root`` is missing or differs."""
    return [rel for rel, content in outputs.items() if not (root / rel).is_file() or (root / rel).read_bytes() != content]
