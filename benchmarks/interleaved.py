"""Is one checkout's page faster cold than another's? `python benchmarks/interleaved.py BEFORE AFTER [path ...]`

BEFORE and AFTER are checkouts of this project (a `git worktree` or clone at each commit). Both are served side by
side with an empty Streamlit page; each round opens every page cold in a fresh browser context right after the empty
page, once from each checkout, alternating which goes first, and keeps the ratio to that empty page. A whole
benchmark run of the same code can differ from the next by more than one change is worth; interleaving puts both
sides under the same load. Prints, per page, the median ratio of each side and after/before; writes nothing.
"""

import argparse
import os
import statistics
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playwright.sync_api import sync_playwright  # noqa: E402

from benchmarks.pages import chart_counts, cold_and_reload  # noqa: E402
from dashboard.core.navigation import PAGES  # noqa: E402
from dashboard.core.paths import ROOT  # noqa: E402
from tests.browser import CHROMIUM, CHROMIUM_ARGS, streamlit_server  # noqa: E402


def interleaved(roots: list[Path], paths: list[str], rounds: int) -> dict[str, list[list[float]]]:
    """Per page, the cold ratios of each checkout in ``roots`` over ``rounds`` rounds."""
    with ExitStack() as stack, sync_playwright() as playwright:
        caches = [stack.enter_context(tempfile.TemporaryDirectory()) for _ in roots]  # each server its own map files
        apps = [stack.enter_context(streamlit_server(root=root, script=root / "dashboard" / "app.py",
                                                     env={**os.environ, "REGIONAL_NEEDS_CACHE": cache}))
                for root, cache in zip(roots, caches)]
        empty = stack.enter_context(streamlit_server(script=ROOT / "benchmarks" / "apps" / "empty.py"))
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        counts = [chart_counts(browser, app, paths) for app in apps]  # also warms each server
        cold_and_reload(browser, empty, 0)
        ratios = {path: [[] for _ in roots] for path in paths}
        for round_ in range(rounds):
            for path in paths:
                for side in (range(len(roots)) if round_ % 2 == 0 else reversed(range(len(roots)))):
                    reference, _, _ = cold_and_reload(browser, empty, 0)
                    cold, _, _ = cold_and_reload(browser, f"{apps[side]}/{path}", counts[side][path])
                    ratios[path][side].append(cold / reference)
        return ratios


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("paths", nargs="*", help="URL paths of pages (start for the start page); all pages by default")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    paths = [("" if path == "start" else path) for path in args.paths] or [path for _, _, path in PAGES]
    for path, (before, after) in interleaved([args.before.resolve(), args.after.resolve()], paths, args.rounds).items():
        old, new = statistics.median(before), statistics.median(after)
        print(f"/{path:14} before {old:.2f}  after {new:.2f}  after/before {new / old:.2f}   "
              f"(rounds: {', '.join(f'{v:.2f}' for v in before)} | {', '.join(f'{v:.2f}' for v in after)})")


if __name__ == "__main__":
    main()
