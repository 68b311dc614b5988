"""Vendor step: copy the sources (redacted) and the reference data from ../shared into data/."""

from pathlib import Path

from dashboard.builder.outputs import stale_files
from dashboard.core.switch import write_atomically
from dashboard.builder.redact import redact
from dashboard.builder.steps import reference_files

PROVENANCE = "PROVENANCE.md"  # how every reference file was found and checked, beside the files the steps read
BOUNDARY_DIR = "boundaries/provinciesincijfers-gebiedsniveaus"


def vendored_copies(shared: Path) -> dict[str, bytes]:
    """{path relative to the repository: bytes} of everything vendored from ``shared``."""
    copies = {
        f"data/sources/{path.name}": redact(path.read_text(encoding="utf-8")).encode("utf-8")
        for path in sorted((shared / "sources").glob("*.txt"))
    }
    for name in [PROVENANCE, *reference_files()]:
        copies[f"data/reference/{name}"] = (shared / "reference" / name).read_bytes()
    for path in sorted((shared / "reference" / BOUNDARY_DIR).glob("gemeente2024.*")):
        copies[f"data/reference/boundaries/{path.name}"] = path.read_bytes()
    return copies


def vendor(shared: Path, root: Path) -> None:
    write_atomically(vendored_copies(shared), root)


def stale_vendored(shared: Path, root: Path) -> list[str]:
    return stale_files(vendored_copies(shared), root)
