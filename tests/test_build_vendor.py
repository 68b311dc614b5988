"""dashboard.builder.vendor: what --vendor copies from ../shared is named by the steps' metadata, byte for byte."""

import shutil
from pathlib import Path

from dashboard.builder.vendor import BOUNDARY_DIR, vendored_copies
from dashboard.core.paths import ROOT

REFERENCE = ROOT / "data" / "reference"


def _shared(tmp_path: Path) -> Path:
    """A ../shared as the project was seeded from: one text, the reference files, the boundaries in their repository's folder."""
    shared = tmp_path / "shared"
    (shared / "sources").mkdir(parents=True)
    (shared / "sources" / "brugs-ommeland.txt").write_text("Lokaal Addendum\n", encoding="utf-8")
    shutil.copytree(REFERENCE, shared / "reference", ignore=shutil.ignore_patterns("boundaries"))
    shutil.copytree(REFERENCE / "boundaries", shared / "reference" / BOUNDARY_DIR)
    (shared / "reference" / "unread.csv").write_text("a\n1\n", encoding="utf-8")  # no step names it
    return shared


def test__vendored_copies__are_the_files_the_steps_read_with_provenance_and_boundaries(tmp_path):
    copies = vendored_copies(_shared(tmp_path))
    expected = {f"data/reference/{p.relative_to(REFERENCE)}" for p in REFERENCE.rglob("*") if p.is_file()}
    assert set(copies) == expected | {"data/sources/brugs-ommeland.txt"}
    assert all(copies[name] == (ROOT / name).read_bytes() for name in expected)
