"""Command line: `python -m dashboard.builder` writes the dataset, `--check` only compares.

    python -m dashboard.builder            rebuild data/*.parquet, data/README.md and geo/*.parquet
    python -m dashboard.builder --check    exit 1 when the committed files differ from a rebuild
    python -m dashboard.builder --vendor   first refresh data/sources and data/reference from ../shared
    python -m dashboard.builder draft PATH --region ID   draft a new region's coding (dashboard/builder/draft/)
"""

import argparse
import sys
from pathlib import Path

from dashboard.builder.inputs import Paths
from dashboard.builder.outputs import stale_files
from dashboard.builder.pipeline import build
from dashboard.builder.problems import BuildFailed
from dashboard.core.switch import SwitchUnfinished, locked, recover, write_atomically
from dashboard.builder.vendor import stale_vendored, vendor
from dashboard.core.paths import ROOT


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["draft"]:
        from dashboard.builder.draft.command import main as draft_main  # its classifier loads only when asked for

        return draft_main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m dashboard.builder", description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    mode.add_argument("--vendor", action="store_true", help="copy sources and reference data from ../shared first")
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository to build (default: this one)")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    shared = root.parent / "shared"  # the folder the repository was seeded from

    try:
        with locked(root):
            note = recover(root)
    except OSError as error:
        print(f"The build could not clean up an interrupted earlier build ({_cause(error, root)}); run it again once "
              "that is fixed.", file=sys.stderr)
        return 1
    if note:
        print(note)
    try:
        if args.vendor:
            if not shared.is_dir():
                print(f"--vendor needs {shared}, which is absent; the vendored copies in data/ are used as they are.", file=sys.stderr)
                return 2
            vendor(shared, root)
        outputs = build(Paths.of_repository(root))
        if args.check:
            return _report_check(stale_files(outputs, root), root, shared)
        write_atomically(outputs, root)
    except BuildFailed as failure:
        print(failure, file=sys.stderr)
        return 1
    except SwitchUnfinished as error:
        print(f"The build committed the new dataset but could not put all of it in place ({_cause(error.__cause__, root)}); "
              "the next build finishes the switch (until then the app serves the new dataset from the staging folder).", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"The build could not write the dataset ({_cause(error, root)}), so data/ and geo/ are unchanged.", file=sys.stderr)
        return 1
    print(f"Wrote {len(outputs)} files: " + ", ".join(sorted(outputs)))
    return 0


def _cause(error: OSError, root: Path) -> str:
    """The system's reason and the path it concerns, relative to the repository: "No space left on device: geo"."""
    where = Path(error.filename) if error.filename else None
    if where is not None and where.is_relative_to(root):
        where = where.relative_to(root)
    reason = error.strerror or str(error)
    return f"{reason}: {where}" if where else reason


def _report_check(stale: list[str], root: Path, shared: Path) -> int:
    if shared.is_dir():
        stale += stale_vendored(shared, root)
    else:
        print(f"Note: {shared} is absent, so the vendored sources were not compared with it.")
    if stale:
        print("Out of date (run `python -m dashboard.builder`, or `--vendor` for data/sources and data/reference):", file=sys.stderr)
        for rel in stale:
            print(f"  - {rel}", file=sys.stderr)
        return 1
    print("The committed dataset is current.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
