"""`python -m dashboard.curate DRAFT [--port N] [--out FILE]`: open the review of a draft in a local Streamlit app."""

import argparse
import os
import sys
from pathlib import Path

from streamlit.web import cli as streamlit_cli

from dashboard.curate.review import DRAFT_VARIABLE, TARGET_VARIABLE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.curate", description=__doc__.splitlines()[0])
    parser.add_argument("draft", type=Path, help="a draft from `python -m dashboard.builder draft`")
    parser.add_argument("--port", type=int, default=8600, help="local port (the dashboard uses 8501)")
    parser.add_argument("--out", type=Path, help="the region file to write (default: data/curated/regions/<ID>.yaml)")
    args = parser.parse_args(argv)
    if not args.draft.is_file():
        print(f"{args.draft}: no such draft; make one with `python -m dashboard.builder draft PATH --region ID`",
              file=sys.stderr)
        return 2
    app = Path(__file__).with_name("app.py")
    os.environ[DRAFT_VARIABLE] = str(args.draft.resolve())
    if args.out:
        os.environ[TARGET_VARIABLE] = str(args.out.resolve())
    sys.argv = ["streamlit", "run", str(app), "--server.port", str(args.port), "--server.address", "127.0.0.1",
                "--browser.gatherUsageStats", "false", "--server.headless", "true"]
    return streamlit_cli.main()


if __name__ == "__main__":
    sys.exit(main())
