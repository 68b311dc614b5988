"""Benchmark: is the dashboard fast enough on a presenter's laptop? `python benchmarks/run.py`

Everything is measured in one run, as medians of several runs and as ratios against a reference
measured alongside (an empty Streamlit page, a naive map), so a noisy shared machine still gives
a stable answer. Prints a table, writes its parts of benchmarks/RESULTS.md (each between its markers, replaced
alone: what is written by hand around them stays) and exits 1 when a budget is broken.
"""

import argparse
import asyncio
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from playwright.async_api import async_playwright  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from benchmarks import many_regions  # noqa: E402
from benchmarks.pages import NO_PAGE, READING_S, measure_pages  # noqa: E402
from benchmarks.synthetic import write_synthetic  # noqa: E402
from dashboard.core.navigation import PAGES  # noqa: E402
from dashboard.core.paths import ROOT  # noqa: E402
from dashboard.text.marked_sections import write_section  # noqa: E402
from tests.apptest import open_page  # noqa: E402
from tests.browser import CHROMIUM, CHROMIUM_ARGS, MAP, streamlit_server  # noqa: E402

NAIVE_MAP = ".js-plotly-plot canvas"  # the baseline draws with plotly, into a WebGL canvas
CHART = ".regional-needs-map svg"  # a chart of the dashboard, as drawn on the server and placed
BUDGETS = {  # metric -> (limit, unit)
    "map_vs_empty_ratio": (1.6, "×"),
    "kaart_ws_kb": (300, "KB"),
    "warm_rerun_ms": (150, "ms"),
    "filter_to_chart_ms": (500, "ms"),
    "memory_growth_mb": (100, "MB"),
}
GROWTH_LIMIT = 1.5
PAGE_BUDGETS = {  # per-page measure -> (limit, unit)
    "ratio": (2.0, "×"),  # cold, against the empty page
    "first": (0.5, "s"),  # the first click from the start page to this page drawn
    "ws_kb": (300, "KB"),
}
# The pages a shared link most often opens, held to the map's own budget (map_vs_empty_ratio).
COLD_BUDGET_OF_PAGE = {"": 1.6, "kaart": 1.6}
PAGES_HEADING = "## Every page"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
# The parts of RESULTS.md this script writes (dashboard.text.marked_sections): the map, the load and the build; every
# page (and benchmarks/many_regions.py its own)
SUMMARY_SECTION, PAGES_SECTION = "summary", "every-page"


def _ws_bytes(page) -> list[int]:
    received = [0]
    page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: received.__setitem__(0, received[0] + len(payload))))
    return received


def _load(browser, url: str, selector: str) -> tuple[float, int]:
    """Seconds from navigation to ``selector`` visible in a fresh context, and websocket bytes received."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    received = _ws_bytes(page)
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_selector(selector, state="visible", timeout=120_000)
    elapsed = time.perf_counter() - start
    page.wait_for_timeout(500)  # let the last frames arrive
    context.close()
    return elapsed, received[0]


def _filter_to_chart(browser, url: str) -> float:
    """Seconds from choosing a persona to the bar chart showing it."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(f"{url}/personas")
    page.wait_for_selector(CHART, timeout=120_000)
    before = page.locator(CHART).first.inner_html()
    page.locator("[data-testid='stSidebar'] [data-testid='stSelectbox']").first.click()
    start = time.perf_counter()
    page.get_by_role("option", name="Saled", exact=True).click()
    page.wait_for_function(f"b => (p => p !== null && p.innerHTML !== b)(document.querySelector('{CHART}'))",
                           arg=before, timeout=60_000)
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def _warm_rerun_ms(runs: int) -> float:
    """Worst page's median server time of a rerun with nothing changed (AppTest, cache warm)."""
    worst = 0.0
    for page in ("start", "kaart", "personas", "diensten"):
        at = open_page(page)
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            at.run()
            times.append((time.perf_counter() - start) * 1000)
        worst = max(worst, statistics.median(times))
    return worst


def _rss_mb(pid: int) -> float:
    total = 0
    for child in [pid] + _children(pid):
        with open(f"/proc/{child}/status") as status:
            total += next(int(line.split()[1]) for line in status if line.startswith("VmRSS"))
    return total / 1024


def _children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    return [int(p) for p in out]


async def _sessions(url: str, count: int, seconds: float) -> dict:
    """``count`` concurrent browser sessions, each choosing one persona after another in the sidebar
    for ``seconds``; returns the failed sessions, the filter changes made and the browser errors."""
    names = ["Saled", "Marlies", "Thierry", "Roy", "John", "Mariam"]
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)

        async def one(index: int) -> tuple[bool, int, list]:
            context = await browser.new_context(viewport={"width": 1400, "height": 1000})
            page = await context.new_page()
            errors: list = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            changes = 0
            try:
                await page.goto(f"{url}/personas", timeout=120_000)
                await page.wait_for_selector(CHART, timeout=120_000)
                deadline = time.monotonic() + seconds
                while time.monotonic() < deadline or changes < 5:
                    name = names[(index + changes) % len(names)]
                    await page.locator("[data-testid='stSidebar'] [data-testid='stSelectbox']").first.click()
                    await page.get_by_role("option", name=name, exact=True).click()
                    await page.get_by_role("heading", name=f"Over {name}", exact=True).wait_for(timeout=120_000)
                    changes += 1
                shown_exception = await page.locator("[data-testid='stException']").count()
                return not errors and not shown_exception, changes, errors
            except Exception as error:  # a timeout or a crash: this session failed
                return False, changes, errors + [repr(error)]
            finally:
                await context.close()

        results = await asyncio.gather(*(one(i) for i in range(count)))
        await browser.close()
    return {"failed_sessions": sum(not ok for ok, _, _ in results), "filter_changes": sum(n for _, n, _ in results),
            "browser_errors": [e for _, _, errors in results for e in errors]}


def measure(root: Path, runs: int, label: str) -> dict:
    """Every per-page figure for the dataset under ``root``, as medians of ``runs``."""
    env = {**os.environ, "REGIONAL_NEEDS_ROOT": str(root)}
    results: dict = {}
    with ExitStack() as stack, sync_playwright() as p:
        app = stack.enter_context(streamlit_server(env=env))
        empty = stack.enter_context(streamlit_server(env=env, script=ROOT / "benchmarks" / "apps" / "empty.py"))
        naive = stack.enter_context(streamlit_server(env=env, script=ROOT / "benchmarks" / "apps" / "naive_map.py"))
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        _load(browser, f"{app}/kaart", MAP)  # warm the server caches once
        _load(browser, naive, NAIVE_MAP)
        ratios, map_bytes, naive_ratios, naive_bytes, seconds = [], [], [], [], {"empty": [], "map": [], "naive": []}
        for _ in range(runs):
            empty_s, _ = _load(browser, empty, "h1")
            map_s, sent = _load(browser, f"{app}/kaart", MAP)
            naive_s, naive_sent = _load(browser, naive, NAIVE_MAP)
            ratios.append(map_s / empty_s)
            map_bytes.append(sent)
            naive_ratios.append(naive_s / empty_s)
            naive_bytes.append(naive_sent)
            for name, value in (("empty", empty_s), ("map", map_s), ("naive", naive_s)):
                seconds[name].append(value)
        results["map_vs_empty_ratio"] = statistics.median(ratios)
        results["load_ms"] = {name: statistics.median(values) * 1000 for name, values in seconds.items()}
        results["kaart_ws_kb"] = statistics.median(map_bytes) / 1000
        results["naive"] = {"map_vs_empty_ratio": statistics.median(naive_ratios),
                            "kaart_ws_kb": statistics.median(naive_bytes) / 1000}
        results["filter_to_chart_ms"] = statistics.median(_filter_to_chart(browser, app) for _ in range(runs)) * 1000
        browser.close()
    with _dataset_root(root):  # AppTest runs the app in this process
        results["warm_rerun_ms"] = _warm_rerun_ms(runs)
    print(f"[{label}] measured {results}")
    return results


@contextmanager
def _dataset_root(root: Path):
    """The app in this process reads the dataset under ``root`` while inside; as before after."""
    before = os.environ.get("REGIONAL_NEEDS_ROOT")
    os.environ["REGIONAL_NEEDS_ROOT"] = str(root)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("REGIONAL_NEEDS_ROOT")
        else:
            os.environ["REGIONAL_NEEDS_ROOT"] = before


def load_test(sessions: int = 20, seconds: float = 60) -> dict:
    """Concurrent sessions changing filters; server memory growth and any error in the server log.

    The growth is counted from a server that one visitor has already warmed up, so it shows what
    the sessions cost, not the one-time loading of the dataset and the libraries.
    """
    with tempfile.TemporaryDirectory() as tmp:
        log = Path(tmp) / "server.log"
        with streamlit_server(log=log) as url:
            pid = _server_pid(url)
            asyncio.run(_sessions(url, 1, 0))  # one visit first: the dataset and libraries load once per process
            before = _rss_mb(pid)
            result = asyncio.run(_sessions(url, sessions, seconds))
            result["memory_growth_mb"] = _rss_mb(pid) - before
        result["server_errors"] = [line for line in log.read_text(encoding="utf-8").splitlines()
                                   if "Traceback" in line or "Error" in line or "Exception" in line]
    return result


def _server_pid(url: str) -> int:
    port = url.rsplit(":", 1)[1]
    out = subprocess.run(["pgrep", "-f", "--", f"--server.port {port}"], capture_output=True, text=True).stdout.split()
    return int(out[0])


def build_stats() -> dict:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dashboard.builder", "--check"], cwd=ROOT, check=False, capture_output=True)
    sizes = {p.relative_to(ROOT).as_posix(): p.stat().st_size for p in sorted((ROOT / "data").glob("*.parquet"))}
    sizes.update({p.relative_to(ROOT).as_posix(): p.stat().st_size for p in sorted((ROOT / "geo").glob("*.parquet"))})
    return {"build_s": time.perf_counter() - start, "sizes": sizes}


def every_page(paths: list[str], runs: int) -> dict:
    """benchmarks.pages.measure_pages for the committed dataset, with its own servers and browser."""
    with ExitStack() as stack, sync_playwright() as p:
        app = stack.enter_context(streamlit_server())
        empty = stack.enter_context(streamlit_server(script=ROOT / "benchmarks" / "apps" / "empty.py"))
        frame = stack.enter_context(streamlit_server(script=ROOT / "benchmarks" / "apps" / "shell.py"))
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        result = measure_pages(browser, app, empty, frame, paths, runs)
        browser.close()
    print(f"[pages] measured {result}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="repetitions per measurement (median)")
    parser.add_argument("--pages", help="comma-separated URL paths to measure ('' is the start page; default every page)")
    parser.add_argument("--only-pages", action="store_true",
                        help="measure the pages alone and replace only their part of RESULTS.md (a quick run)")
    parser.add_argument("--many-regions", action="store_true",
                        help="only every page's websocket and script time at 5, 12 and 43 regions (its own part of RESULTS.md)")
    args = parser.parse_args()
    if args.many_regions:
        over = many_regions.run(args.runs)
        if over:
            print("Budgets broken: " + ", ".join(over), file=sys.stderr)
        return 1 if over else 0
    paths = [path for _, _, path in PAGES] if args.pages is None else args.pages.split(",")
    if "" not in paths:
        paths.insert(0, "")  # the in-app switch starts from the start page
    pages = every_page(paths, args.runs)
    page_lines, page_broken = _pages_report(pages, args.runs)
    broken = []
    if not args.only_pages:
        today = measure(ROOT, args.runs, "today")
        with tempfile.TemporaryDirectory() as tmp:
            write_synthetic(Path(tmp))
            grown = measure(Path(tmp), args.runs, "300 municipalities")
        load = load_test()
        build = build_stats()
        rows, broken = _rows(today, grown, load)
        report = _report(rows, today, grown, build, load)
        write_section(RESULTS, SUMMARY_SECTION, report)
        print(report)
        broken += many_regions.run(args.runs)
    write_section(RESULTS, PAGES_SECTION, "\n".join(page_lines))
    print("\n".join(page_lines))
    broken += page_broken
    if broken:
        print("Budgets broken: " + ", ".join(broken), file=sys.stderr)
        return 1
    return 0


def _pages_report(result: dict, runs: int) -> tuple[list[str], list[str]]:
    """The per-page section of RESULTS.md and the budgets it breaks."""
    lines = [PAGES_HEADING, "",
             f"Run on {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, medians of {runs} runs, {os.cpu_count()} cores. "
             f"Empty Streamlit page: {result['empty_cold']:.2f} s cold, {result['empty_reload']:.2f} s reloaded. "
             "Drawn = the script has finished and every chart has drawn its SVG or canvas. First click = from the start page, "
             f"read for {READING_S} s, a click in the sidebar until the page is drawn; again = the second visit in the same tab; "
             "without prefetch = the same first click with the chart bundle prefetch (dashboard/ui/bundles.py) switched off.", "",
             "Reload is set against the dashboard's frame reloaded (below), so that it shows what the page itself adds.", "",
             "The ratio's lowest and highest of the runs stand beside its median, so that a verdict near its budget shows "
             "whether another run could have given the other one.", "",
             "| page | charts | cold, s | ratio (≤ 2.0; / and /kaart ≤ 1.6) | lowest–highest | reload, s | against the frame | "
             "first click, ms (≤ 500) | again, ms | first click without prefetch, ms | websocket KB (≤ 300) | verdict |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    broken = []
    for path, row in result["pages"].items():
        over = [name for name, limit in page_limits(path).items() if row[name] is not None and row[name] > limit]
        broken += [f"/{path} {name}" for name in over]
        low, high = result["ratio_spread"][path]
        lines.append(f"| /{path} | {result['charts'][path]} | {row['cold']:.2f} | {row['ratio']:.2f} | {low:.2f}–{high:.2f} | "
                     f"{row['reload']:.2f} | "
                     f"{row['reload'] / result['frame_reload']:.2f} | {_ms(row['first'])} | {_ms(row['again'])} | "
                     f"{_ms(row['first_off'])} | {row['ws_kb']:.1f} | {'ok' if not over else 'over: ' + ', '.join(over)} |")
    lines += ["", f"The start page without the prefetch: cold {result['start_ratio_without_prefetch']:.2f} × the empty page "
                  f"(with it: {result['pages']['']['ratio']:.2f} ×).",
              f"The dashboard's frame without a page (dataset, sidebar and styles, then a heading: benchmarks/apps/shell.py, "
              f"served as Streamlit serves any script): cold {result['frame_ratio']:.2f} × the empty page opened just before it, "
              f"{result['frame_reload']:.2f} s reloaded ({result['frame_reload'] / result['empty_reload']:.2f} ×): "
              "the part of each page's time that its own content does not cause. "
              f"The same frame as the dashboard serves it, with the code of its elements named in the first response "
              f"(dashboard/ui/preload.py; /{NO_PAGE}, an address that names no page, so the frame and a short notice): "
              f"cold {result['no_page_ratio']:.2f} ×. Every server has run each reference once before it is measured."]
    return lines, broken


def page_limits(path: str) -> dict[str, float]:
    """The budgets of the page at ``path`` (PAGE_BUDGETS, its cold ratio from COLD_BUDGET_OF_PAGE where it has one)."""
    return {name: limit for name, (limit, _) in PAGE_BUDGETS.items()} | {"ratio": COLD_BUDGET_OF_PAGE.get(path, PAGE_BUDGETS["ratio"][0])}


def _ms(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds * 1000:.0f}"


def _rows(today: dict, grown: dict, load: dict) -> tuple[list, list]:
    rows, broken = [], []
    for metric, (limit, unit) in BUDGETS.items():
        if metric in load:
            value, growth = load[metric], None
        else:
            value, growth = today[metric], grown[metric] / today[metric] if today[metric] else 1.0
        ok = value <= limit and (growth is None or (grown[metric] <= limit and growth <= GROWTH_LIMIT))
        if not ok:
            broken.append(metric)
        rows.append((metric, value, unit, limit, today["naive"].get(metric), grown.get(metric), growth,
                     "ok" if ok else "BROKEN"))
    for problem in ("failed_sessions", "browser_errors", "server_errors"):
        if load[problem]:
            broken.append(problem)
    return rows, broken


def _report(rows: list, today: dict, grown: dict, build: dict, load: dict) -> str:
    lines = [
        f"Run on {dt.date.today().isoformat()}, {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"Chromium {_chromium_version()}. Medians; growth = 300-municipality synthetic set / today.", "",
        "| metric | today | budget | naive baseline | 300 municipalities | growth (≤ 1.5) | verdict |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for metric, value, unit, limit, naive, at_300, growth, verdict in rows:
        lines.append(f"| {metric} | {value:.2f} {unit} | ≤ {limit} {unit} | {_value(naive, unit)} | {_value(at_300, unit)} | "
                     f"{_value(growth, '')} | {verdict} |")
    lines += ["", "Naive baseline: the same map drawn the obvious way (plotly express, one trace per region, each "
                  "carrying the boundaries as they come from the source), served and loaded in the same run.",
              "Median times from navigation to visible (the ratio above is the median of each run's own ratio): "
              + "; ".join(
                  f"{label} empty page {run['load_ms']['empty']:.0f} ms, map {run['load_ms']['map']:.0f} ms, "
                  f"naive map {run['load_ms']['naive']:.0f} ms" for label, run in (("today", today), ("300 municipalities", grown)))
              + ".",
              f"Load: 20 concurrent browser sessions changing the persona filter for a minute (at least 5 times each), "
              f"on a server one visit has warmed up: "
              f"{load['filter_changes']} filter changes, {load['failed_sessions']} failed sessions, "
              f"{len(load['browser_errors'])} browser errors, {len(load['server_errors'])} error lines in the server log, "
              f"server memory growth {load['memory_growth_mb']:.1f} MB.", "",
              f"Build (`python -m dashboard.builder --check`): {build['build_s']:.1f} s.", "", "| file | bytes |", "| --- | --- |"]
    lines += [f"| {name} | {size:,} |" for name, size in build["sizes"].items()]
    return "\n".join(lines) + "\n"


def _value(number: float | None, unit: str) -> str:
    return "—" if number is None else f"{number:.2f} {unit}".strip()


def _chromium_version() -> str:
    return subprocess.run([str(CHROMIUM), "--version"], capture_output=True, text=True).stdout.strip()


if __name__ == "__main__":
    sys.exit(main())
