"""Where the project's files live, relative to the repository root."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES_DIR = ROOT / "pages"


def static_cache() -> Path:
    """The folder of files the dashboard makes at run time and serves (the map's GeoJSON): outside the project,
    which may be read-only; REGIONAL_NEEDS_CACHE names another."""
    cache = os.environ.get("REGIONAL_NEEDS_CACHE") or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "regionale-noden"
    return Path(cache) / "static"
