"""Where the project's files live, relative to the repository root."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
CURATED_DIR = DATA_DIR / "curated"
SOURCES_DIR = DATA_DIR / "sources"
REFERENCE_DIR = DATA_DIR / "reference"
GEO_DIR = ROOT / "geo"
GEO_FILE = GEO_DIR / "municipalities.parquet"
# The shared folder the project was seeded from; only `--check` compares against it.
SHARED_DIR = ROOT.parent / "shared"
PAGES_DIR = ROOT / "pages"
