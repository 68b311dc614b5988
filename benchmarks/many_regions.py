"""Every page with any number of regions: its websocket size and its script time on today's five regions and on
synthetic datasets of 12 and 43 (benchmarks/synthetic.py), each page as its reader opens it with every region in view
(/vergelijken comparing them all, its similarity matrix drawn). `python benchmarks/run.py --many-regions`

Websocket: the bytes a cold load of the page receives in Chromium, until every chart is drawn. Script time: the page's
script run by Streamlit's AppTest in this process (no browser), first as the page's first reader meets it (its charts
and tables not yet built; the dataset already read) and then as a rerun with everything built (median). Writes its own
marked section of RESULTS.md and leaves the rest of the file as it is.
"""

import datetime as dt
import os
import statistics
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlencode

from playwright.sync_api import sync_playwright

from benchmarks.pages import chart_counts, cold_and_reload
from benchmarks.synthetic import write_synthetic
from dashboard.core.data import read_dataset
from dashboard.core.navigation import PAGES, START
from dashboard.core.params import PARAMS
from dashboard.core.paths import ROOT
from dashboard.text.i18n import tr
from dashboard.text.marked_sections import write_section
from tests.apptest import open_page
from tests.browser import CHROMIUM, CHROMIUM_ARGS, streamlit_server

COUNTS = (12, 43)  # synthetic regions, beside today's dataset
WS_BUDGET_KB = 300
SECTION = "many-regions"  # its part of RESULTS.md (dashboard.text.marked_sections)


def page_params(root: Path) -> dict[str, dict[str, list[str] | str]]:
    """The URL parameters each page is opened with: /vergelijken compares every region and draws its similarity."""
    names = list(read_dataset(root).tables["regions"]["name"])
    return {"vergelijken": {PARAMS["compare"].key: names, PARAMS["basis"].key: tr("col.obstacles")}}


def websocket_kb(root: Path, paths: list[str], params: dict, runs: int) -> dict[str, float]:
    """Per page, the median websocket kilobytes of a cold load in a fresh browser context."""
    with ExitStack() as stack, sync_playwright() as p:
        app = stack.enter_context(streamlit_server(env={**os.environ, "REGIONAL_NEEDS_ROOT": str(root)}))
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        addresses = {path: path + (f"?{urlencode(params[path], doseq=True)}" if path in params else "") for path in paths}
        counts = chart_counts(browser, app, list(addresses.values()))  # also runs every page once on this server
        sent = {path: statistics.median(cold_and_reload(browser, f"{app}/{address}", counts[address])[2] / 1000
                                        for _ in range(runs))
                for path, address in addresses.items()}
        browser.close()
    return sent


def script_ms(root: Path, paths: list[str], params: dict, runs: int) -> dict[str, tuple[float, float]]:
    """Per page, the milliseconds of its script's first run (its builders empty) and the median of ``runs`` reruns."""
    before = os.environ.get("REGIONAL_NEEDS_ROOT")
    os.environ["REGIONAL_NEEDS_ROOT"] = str(root)
    try:
        open_page(START)  # the dataset read and the map files written once, as a server does before any page
        timed = {}
        for path in paths:
            start = time.perf_counter()
            at = open_page(path or START, **params.get(path, {}))
            first = time.perf_counter() - start
            reruns = []
            for _ in range(runs):
                start = time.perf_counter()
                at.run()
                reruns.append(time.perf_counter() - start)
            timed[path] = (first * 1000, statistics.median(reruns) * 1000)
    finally:
        if before is None:
            os.environ.pop("REGIONAL_NEEDS_ROOT")
        else:
            os.environ["REGIONAL_NEEDS_ROOT"] = before
    return timed


def measure(runs: int) -> dict[int, dict]:
    """Regions -> {"ws_kb": per page, "script_ms": per page}, for today's dataset and each of COUNTS."""
    paths = [path for _, _, path in PAGES]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        roots = {len(read_dataset(ROOT).tables["regions"]): ROOT}
        for n in COUNTS:
            roots[n] = Path(tmp) / f"regions-{n}"
            write_synthetic(roots[n], n_regions=n)
        for n, root in roots.items():
            params = page_params(root)
            results[n] = {"ws_kb": websocket_kb(root, paths, params, runs), "script_ms": script_ms(root, paths, params, runs)}
            print(f"[many regions] {n}: {results[n]}")
    return results


def section(results: dict[int, dict], runs: int, load: tuple[float, float, float]) -> list[str]:
    """The lines of this benchmark's section of RESULTS.md."""
    counts = sorted(results)
    head = " | ".join(f"{n} regions: websocket KB | script, first ms | rerun ms" for n in counts)
    lines = ["## Any number of regions", "",
             f"Run on {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC at `nice -n 10`, medians of {runs} runs, "
             f"{os.cpu_count()} cores, load average {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f} (1, 5, 15 min) at the end. "
             f"Today's {counts[0]} regions beside synthetic datasets of {', '.join(map(str, counts[1:]))} regions "
             "(benchmarks/synthetic.py: every Flemish municipality in compact groups, each borrowing one of today's regions' "
             "codings). Each page opened with every region in view; /vergelijken compares them all and draws its similarity "
             "matrix. Websocket = bytes received by a cold load in Chromium until every chart is drawn (budget "
             f"{WS_BUDGET_KB} KB a page). Script = the page's script run by AppTest in one process: first = as its first "
             "reader meets it (the dataset read, its charts not yet built), rerun = everything built. "
             "(`python benchmarks/run.py --many-regions`, benchmarks/many_regions.py)", "",
             f"| page | {head} |", "| --- |" + " --- | --- | --- |" * len(counts)]
    over = []
    for _, _, path in PAGES:
        cells = []
        for n in counts:
            kb, (first, rerun) = results[n]["ws_kb"][path], results[n]["script_ms"][path]
            if kb > WS_BUDGET_KB:
                over.append(f"/{path} at {n} regions ({kb:.0f} KB)")
            cells.append(f"{kb:.1f}{' (over)' if kb > WS_BUDGET_KB else ''} | {first:.0f} | {rerun:.0f}")
        lines.append(f"| /{path} | {' | '.join(cells)} |")
    lines += ["", f"Over the websocket budget: {', '.join(over)}." if over else "Every page within the websocket budget."]
    return lines


def run(runs: int) -> list[str]:
    """Measure, write the section into benchmarks/RESULTS.md, and return the pages over the websocket budget."""
    results = measure(runs)
    lines = section(results, runs, os.getloadavg())
    write_section(ROOT / "benchmarks" / "RESULTS.md", SECTION, "\n".join(lines))
    print("\n".join(lines))
    return [f"/{path} ws at {n} regions" for n, result in results.items() for path, kb in result["ws_kb"].items()
            if kb > WS_BUDGET_KB]
