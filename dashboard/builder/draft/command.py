"""`python -m dashboard.builder draft PATH --region ID`: draft a region's coding from its addendum.

The draft goes to data/curated/drafts/<ID>.yaml, which the build never reads: a curator reviews it with
`python -m dashboard.curate data/curated/drafts/<ID>.yaml`, which writes the region file the build does read.
"""

import argparse
import re
import sys
from pathlib import Path

import yaml

from dashboard.builder.draft.codebook import codebook_of, coded_regions
from dashboard.builder.draft.compose import draft, train
from dashboard.builder.draft.reading import UnreadableAddendum, read_addendum
from dashboard.builder.inputs import Paths, load_inputs
from dashboard.core.paths import ROOT

SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
HEADER = ("# Draft coding, made by `python -m dashboard.builder draft`: suggestions, not facts.\n"
          "# The build does not read this file. Review it with `python -m dashboard.curate {path}`.\n")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.builder draft", description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="the addendum: .txt, .pdf or .docx")
    parser.add_argument("--region", required=True, help="the region's id, a lowercase slug such as 'regio-leie'")
    parser.add_argument("--out", type=Path, default=ROOT / "data" / "curated" / "drafts", help="folder for the draft")
    args = parser.parse_args(argv)
    if not re.match(SLUG, args.region):
        print(f"--region {args.region!r} is not a lowercase slug (letters, digits, single hyphens)", file=sys.stderr)
        return 2
    try:
        text = read_addendum(args.path)
    except UnreadableAddendum as error:
        print(error, file=sys.stderr)
        return 1
    problems = []
    inputs = load_inputs(Paths(), problems)
    if problems:
        print("The curated files do not load, so there is nothing to learn from; run `python -m dashboard.builder`.",
              file=sys.stderr)
        return 1
    codebook = codebook_of(inputs)
    # a region already curated is drafted without its own coding, as a new one would be
    regions = [r for r in coded_regions(inputs) if r.region_id != args.region]
    result = draft(text, args.region, codebook, train(codebook, regions), str(args.path))
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / f"{args.region}.yaml"
    body = yaml.safe_dump(result, allow_unicode=True, sort_keys=False, width=120)
    target.write_text(HEADER.format(path=target) + body, encoding="utf-8")
    counts = ", ".join(f"{len(value)} {key}" for key, value in result.items()
                       if isinstance(value, list) and key != "statements")
    print(f"Wrote {target}: {counts}.")
    return 0
