"""Where a cold page's time goes: `python benchmarks/parts.py [path ...] [--runs N]`

Opens each page cold (a fresh browser context, the server warmed) beside an empty Streamlit page and the dashboard's
frame alone, and prints, per page, the medians in ms from navigation of: Streamlit's code loaded and run
(DOMContentLoaded), the page's heading drawn (the frame's sidebar is drawn before it), the script's end shown, the
first drawing asked for, and every chart drawn; with the code and drawings fetched; and the page's script on the
server, as a rerun with everything built (AppTest in this process, benchmarks/many_regions.script_ms). Writes nothing.
"""

import argparse
import statistics
import sys
import time
from contextlib import ExitStack
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playwright.sync_api import sync_playwright  # noqa: E402

from benchmarks.many_regions import script_ms  # noqa: E402
from benchmarks.pages import DRAWN, NO_PAGE, chart_counts  # noqa: E402
from dashboard.core.navigation import PAGES  # noqa: E402
from dashboard.core.paths import ROOT  # noqa: E402
from tests.browser import CHROMIUM, CHROMIUM_ARGS, streamlit_server  # noqa: E402

# Each moment once, as the page's DOM first shows it (a mutation observer, installed before the page's own scripts)
MARKS = """
window.pageParts = {};
const seen = (name, now) => { if (!(name in window.pageParts)) window.pageParts[name] = now; };
new MutationObserver(() => {
  const now = performance.now(), app = document.querySelector("[data-testid='stApp']");
  if (document.querySelector("h1")) seen("heading", now);
  if (app && app.dataset.testScriptState === "notRunning" && document.querySelector("h1")) seen("ended", now);
}).observe(document, {subtree: true, childList: true, attributes: true});
"""
# What was fetched before ``until`` (ms from navigation; the prefetch of other pages' code comes later): Streamlit's
# code (files and KB) and the drawings (when the first was asked for, KB)
FETCHED = """(until) => {
  const all = performance.getEntriesByType("resource").filter(e => e.startTime < until);
  const code = all.filter(e => /\\.js(\\?|$)/.test(e.name)), drawings = all.filter(e => /\\/map-\\w+\\.svg$/.test(e.name));
  return {code: performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd,
          files: code.length, code_kb: code.reduce((sum, e) => sum + e.decodedBodySize, 0) / 1000,
          asked: drawings.length ? Math.min(...drawings.map(e => e.startTime)) : null,
          drawing_kb: drawings.reduce((sum, e) => sum + e.decodedBodySize, 0) / 1000};
}"""
COLUMNS = ("cold", "code", "heading", "ended", "asked", "drawn", "files", "code_kb", "drawing_kb", "script")


def parts(browser, url: str, charts: int) -> dict:
    """One cold load of ``url``: its moments (ms from navigation) and what it fetched."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.add_init_script(MARKS)
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_function(f"(n) => ({DRAWN})() === n", arg=charts, timeout=120_000, polling=20)
    cold = (time.perf_counter() - start) * 1000
    drawn = page.evaluate("performance.now()")  # the moment the wait saw every chart, on the page's own clock
    page.wait_for_timeout(300)
    measured = {**page.evaluate("window.pageParts"), **page.evaluate(FETCHED, drawn), "cold": cold}
    context.close()
    return {**measured, "drawn": drawn if charts else None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="URL paths of pages (start for the start page); all pages by default")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    paths = [("" if path == "start" else path) for path in args.paths] or [path for _, _, path in PAGES]
    scripts = {f"/{path}": rerun for path, (_, rerun) in script_ms(ROOT, paths, {}, args.runs).items()}
    with ExitStack() as stack, sync_playwright() as playwright:
        app = stack.enter_context(streamlit_server())
        empty = stack.enter_context(streamlit_server(script=ROOT / "benchmarks" / "apps" / "empty.py"))
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        pages = {"empty page": (empty, 0), f"/{NO_PAGE} (the frame)": (f"{app}/{NO_PAGE}", 0)} | {  # name -> (URL, charts)
            f"/{path}": (f"{app}/{path}", charts) for path, charts in chart_counts(browser, app, paths).items()}
        for url, charts in pages.values():  # each server's first run of a page is not measured
            parts(browser, url, charts)
        samples = {name: [] for name in pages}
        for _ in range(args.runs):  # interleaved, so that a busy moment falls on every page alike
            for name, (url, charts) in pages.items():
                samples[name].append(parts(browser, url, charts))
    print(f"medians of {args.runs} cold loads, ms from navigation (files and KB: fetched; script: ms on the server)")
    print(f"| page | {' | '.join(COLUMNS)} |\n|{' --- |' * (len(COLUMNS) + 1)}")
    for name, runs in samples.items():
        medians = [statistics.median(values) if (values := [run[column] for run in runs if run.get(column) is not None])
                   else None for column in COLUMNS[:-1]]
        print(f"| {name} | {' | '.join('—' if value is None else f'{value:,.0f}' for value in [*medians, scripts.get(name)])} |")


if __name__ == "__main__":
    main()
