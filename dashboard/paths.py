"""Where the project's files live, relative to the repository root."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The shared folder the project was seeded from; only `--check` compares against it.
SHARED_DIR = ROOT.parent / "shared"
PAGES_DIR = ROOT / "pages"
