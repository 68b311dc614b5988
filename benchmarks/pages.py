"""Every page as a reader meets it: cold, reloaded, and reached by a click from the start page.

Measured against an empty Streamlit page in the same run. A page counts as drawn when its script
has finished and each of its charts has drawn its SVG or canvas. The chart bundle prefetch
(dashboard.ui.bundles) is switched off in a browser tab by setting its once-per-tab flag before
the page's own scripts run: the same app, measured with and without it.
"""

import statistics
import time

from playwright.sync_api import TimeoutError as PlaywrightTimeout


# Charts drawn once the script has finished (a drawing placed; or plotly's SVG, for an interleaved run against the
# code before 6 December, whose charts plotly.js drew); null while it runs.
DRAWN = """() => {
  const app = document.querySelector("[data-testid='stApp']");
  if (!app || app.dataset.testScriptState !== "notRunning" || !document.querySelector("h1")) return null;
  const plotly = [...document.querySelectorAll(".js-plotly-plot")].filter(p => p.querySelector(".main-svg"));
  const maps = [...document.querySelectorAll(".regional-needs-map")].filter(m => m.querySelector("svg path"));
  return plotly.length + maps.length;
}"""
NO_PREFETCH = "window.chartBundlesRequested = true"  # dashboard.ui.bundles then does nothing in this tab
READING_S = 3  # how long the reader looks at the start page before the first click
NO_PAGE = "kader"  # an address that names no page: the dashboard's frame with a short notice, served with its preloads


def _wait_drawn(page, charts: int, timeout_ms: int = 180_000, title_not: str | None = None) -> None:
    """Until the script has finished, ``charts`` charts are drawn and the heading is not ``title_not``."""
    page.wait_for_function(f"([n, old]) => ({DRAWN})() === n && document.querySelector('h1').innerText !== old",
                           arg=[charts, title_not], timeout=timeout_ms, polling=50)


def _context(browser, prefetch: bool = True):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    if not prefetch:
        context.add_init_script(NO_PREFETCH)
    return context


def chart_counts(browser, base: str, paths: list[str]) -> dict[str, int]:
    """How many charts each page draws: counted once it has settled (this also warms the server's caches)."""
    counts = {}
    context = _context(browser)
    page = context.new_page()
    for path in paths:
        page.goto(f"{base}/{path}")
        page.wait_for_function(f"() => ({DRAWN})() !== null", timeout=180_000)
        page.wait_for_timeout(3000)  # drawings are placed after the script ends
        counts[path] = page.evaluate(DRAWN)
    context.close()
    return counts


def cold_and_reload(browser, url: str, charts: int, received=None) -> tuple[float, float, int]:
    """Seconds to drawn in a fresh browser context (empty cache), then after a reload; websocket bytes of the first."""
    context = _context(browser)
    page = context.new_page()
    got = [0]
    page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: got.__setitem__(0, got[0] + len(payload))))
    start = time.perf_counter()
    page.goto(url)
    _wait_drawn(page, charts)
    cold = time.perf_counter() - start
    page.wait_for_timeout(500)
    sent = got[0]
    start = time.perf_counter()
    page.reload()
    _wait_drawn(page, charts)
    warm = time.perf_counter() - start
    context.close()
    return cold, warm, sent


def switches(browser, base: str, counts: dict[str, int], prefetch: bool) -> dict[str, tuple[float, float]]:
    """Per page, seconds from a click in the sidebar on the start page to that page drawn: the first
    visit (reading the start page for READING_S first) and a later one, in one fresh context each."""
    result = {}
    for path in [p for p in counts if p]:
        context = _context(browser, prefetch)
        page = context.new_page()
        page.goto(base)
        _wait_drawn(page, counts[""])
        page.wait_for_timeout(READING_S * 1000)
        times = []
        try:
            for _ in range(2):
                start_title = page.locator("h1").first.inner_text()
                start = time.perf_counter()
                page.locator(f"[data-testid='stSidebarNav'] a[href$='/{path}']").click()
                _wait_drawn(page, counts[path], title_not=start_title)
                times.append(time.perf_counter() - start)
                page.wait_for_timeout(500)
                shown_title = page.locator("h1").first.inner_text()
                page.locator("[data-testid='stSidebarNav'] a").first.click()  # back to the start page
                _wait_drawn(page, counts[""], title_not=shown_title)
        except PlaywrightTimeout as error:  # counted as missing, and said so, rather than ending the whole run
            print(f"[pages] /{path}: switch not measured ({error.message.splitlines()[0]})")
        result[path] = (times + [None, None])[:2]
        context.close()
    return result


def measure_pages(browser, app: str, empty: str, frame: str, paths: list[str], runs: int) -> dict:
    """Medians over ``runs`` of every measure, per page, with the empty page measured alongside, and
    the dashboard's ``frame`` without a page (its sidebar and styles) once a run."""
    counts = chart_counts(browser, app, paths)
    for reference in (empty, frame, f"{app}/{NO_PAGE}"):  # each server's first run imports and reads the dataset: not measured
        cold_and_reload(browser, reference, 0)
    samples: dict = {path: {"cold": [], "ratio": [], "reload": [], "ws_kb": [], "first": [], "again": [], "first_off": []}
                     for path in paths}
    empty_cold, empty_reload, start_off, frame_cold, frame_reload, framed = [], [], [], [], [], []
    for _ in range(runs):
        e_cold, _, _ = cold_and_reload(browser, empty, 0)
        cold, reload, _ = cold_and_reload(browser, frame, 0)
        frame_cold.append(cold / e_cold)
        frame_reload.append(reload)
        framed.append(cold_and_reload(browser, f"{app}/{NO_PAGE}", 0)[0] / e_cold)
        for path in paths:
            e_cold, e_reload, _ = cold_and_reload(browser, empty, 0)
            cold, reload, sent = cold_and_reload(browser, f"{app}/{path}", counts[path])
            empty_cold.append(e_cold)
            empty_reload.append(e_reload)
            row = samples[path]
            row["cold"].append(cold)
            row["ratio"].append(cold / e_cold)
            row["reload"].append(reload)
            row["ws_kb"].append(sent / 1000)
        start_off.append(_cold_without_prefetch(browser, app, counts[""]) / statistics.median(empty_cold[-len(paths):]))
        for path, (first, again) in switches(browser, app, counts, prefetch=True).items():
            samples[path]["first"].append(first)
            samples[path]["again"].append(again)
        for path, (first, _) in switches(browser, app, counts, prefetch=False).items():
            samples[path]["first_off"].append(first)
    medians = {path: {name: statistics.median(measured) if (measured := [v for v in values if v is not None]) else None
                      for name, values in row.items()}
               for path, row in samples.items()}
    spread = {path: (min(row["ratio"]), max(row["ratio"])) for path, row in samples.items()}  # how far one run can stray
    return {"pages": medians, "ratio_spread": spread, "charts": counts, "empty_cold": statistics.median(empty_cold),
            "empty_reload": statistics.median(empty_reload), "start_ratio_without_prefetch": statistics.median(start_off),
            "frame_ratio": statistics.median(frame_cold), "frame_reload": statistics.median(frame_reload),
            "no_page_ratio": statistics.median(framed)}


def _cold_without_prefetch(browser, app: str, charts: int) -> float:
    context = _context(browser, prefetch=False)
    page = context.new_page()
    start = time.perf_counter()
    page.goto(app)
    _wait_drawn(page, charts)
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed
