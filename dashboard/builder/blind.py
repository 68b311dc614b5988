"""Command line for the reliability check: draw the sample once, then write the blind second coder's package.

    python -m dashboard.builder.blind draw              write data/curated/reliability/sample.csv (never over an existing one),
                                                        apart from the sentences of earlier rounds (reliability/round-*/)
    python -m dashboard.builder.blind package /tmp/blind   write CODEBOOK.md and sample.csv for the second coder

The package holds nothing of the dataset's coding: the sample without codes, and the codebook without its
reliability part, its examples taken only from coded rows whose quote lies outside every sampled sentence.
"""

import argparse
import csv
import sys
from pathlib import Path

import pandas as pd

from dashboard.builder.docs import render_codebook
from dashboard.builder.inputs import Paths
from dashboard.core.paths import ROOT
from dashboard.domain.reliability import CODED, SAMPLE_COLUMNS, draw_sample, sentences_hit

BLIND_COLUMNS = ["sample_id", "region", "sentence", "paragraph"]
CODEBOOK_TABLES = ["sources", "regions", "obstacles", "service_types", "taxonomy_rules", "obstacle_answers", "region_obstacles",
                   "region_service_types"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.builder.blind", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("draw", help="draw the sample into data/curated/reliability/sample.csv")
    package = commands.add_parser("package", help="write the blind coder's CODEBOOK.md and sample.csv")
    package.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    # the tables the codebook is rendered from, read one by one: the reliability tables need the sample first
    tables = {name: pd.read_parquet(ROOT / "data" / f"{name}.parquet") for name in CODEBOOK_TABLES}
    texts = {p.stem: p.read_text(encoding="utf-8") for p in Paths().sources.glob("*.txt")}
    sample_file = Paths().curated / "reliability" / "sample.csv"
    if args.command == "draw":
        if sample_file.exists():
            print(f"{sample_file.relative_to(ROOT)} exists: a drawn sample is never redrawn.", file=sys.stderr)
            return 1
        regions = dict(zip(tables["sources"]["source_id"], tables["sources"]["region_id"]))
        sample_file.parent.mkdir(parents=True, exist_ok=True)
        draw_sample(texts, regions, drawn_before=earlier_rounds(sample_file.parent)).to_csv(
            sample_file, index=False, columns=SAMPLE_COLUMNS, lineterminator="\n")
        print(f"Wrote {sample_file.relative_to(ROOT)}")
        return 0
    sample = pd.read_csv(sample_file, dtype={"sample_id": str})
    names = dict(zip(tables["regions"]["region_id"], tables["regions"]["name"]))
    args.folder.mkdir(parents=True, exist_ok=True)
    blind = sample.assign(region=sample["region_id"].map(names))[BLIND_COLUMNS]
    blind.to_csv(args.folder / "sample.csv", index=False, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    (args.folder / "CODEBOOK.md").write_text(render_codebook(outside_sample(tables, sample, texts), blind=True), encoding="utf-8")
    print(f"Wrote {args.folder / 'sample.csv'} ({len(blind)} sentences) and {args.folder / 'CODEBOOK.md'}")
    return 0


def earlier_rounds(folder: Path) -> pd.DataFrame:
    """The sentences every earlier round drew (``folder``/round-*/sample.csv): source_id, start, end."""
    files = sorted(folder.glob("round-*/sample.csv"))
    return pd.concat([pd.read_csv(f)[["source_id", "start", "end"]] for f in files], ignore_index=True) if files else None


def outside_sample(tables: dict[str, pd.DataFrame], sample: pd.DataFrame, texts: dict[str, str]) -> dict[str, pd.DataFrame]:
    """``tables`` with every coded row whose quote overlaps a sampled sentence left out, so that no example in the
    blind codebook shows how the dataset coded a sentence the second coder codes."""
    kept = dict(tables)
    for table, _, _ in CODED.values():
        hits = sentences_hit(tables[table], sample, texts)
        kept[table] = tables[table][[not hit for hit in hits]]
    return kept


if __name__ == "__main__":
    sys.exit(main())
