"""Real browser: the start page fetches the code of the data grid and the components other pages need, so the
first click finds it ready; no chart library is loaded at all (every chart is drawn on the server).

Behaviour only (which scripts load, and when); how much sooner a page draws is measured in
benchmarks/run.py, never asserted here.
"""

import pytest

from dashboard.ui.bundles import chunk_names
from tests.browser import CHART, CHROMIUM, TABLE

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
playwright = pytest.importorskip("playwright.sync_api")

# when the browser began fetching each of the chunks (null for one not fetched yet)
FETCHED = "names => names.map(n => performance.getEntriesByType('resource').find(e => e.name.endsWith('/' + n))?.startTime ?? null)"


def fetched_at(page) -> dict[str, float]:
    """When the page began fetching each chunk of chunk_names (by its bundle's name), once it has fetched them all."""
    names = list(chunk_names())
    page.wait_for_function(f"names => ({FETCHED})(names).every(t => t !== null)", arg=names, timeout=60_000)
    return {name.split(".")[0]: start for name, start in zip(names, page.evaluate(FETCHED, names))}


def test__chunk_names__are_served_by_this_streamlit(server):
    import urllib.request

    names = chunk_names()
    assert [name.split(".")[0] for name in names] == ["BidiComponent", "DataFrame"]
    for name in names:
        with urllib.request.urlopen(f"{server}/static/js/{name}", timeout=30) as response:
            assert response.status == 200 and "javascript" in response.headers["Content-Type"]


def test__start_page__fetches_the_chunks_so_a_later_page_finds_them_ready_and_loads_no_plotly(server, page):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(server)
    page.wait_for_selector(CHART, timeout=60_000)
    fetched_at(page)
    assert page.locator("[data-testid='stDataFrame']").count() == 0  # the start page itself shows no data grid
    before = len(requested)
    page.locator("[data-testid='stSidebarNav'] a[href$='/gemeente']").click()  # a grid of every municipality
    page.wait_for_selector(TABLE, timeout=60_000)
    assert [url for url in requested[before:] if url.endswith(chunk_names())] == []  # found ready, not fetched on the click
    assert [url for url in requested if "plotly" in url.lower()] == []  # neither the app's plotly.js nor Streamlit's
    assert page.evaluate("typeof window.Plotly") == "undefined"
    assert page.outside_requests == []


def test__bundles_script__runs_once_per_tab(server, page):
    page.goto(f"{server}/kaart")
    page.wait_for_selector("h1", timeout=60_000)
    page.wait_for_function("() => window.chartBundlesRequested === true", timeout=60_000)
    assert page.locator("[data-testid='stSidebar'] [data-testid='stHtml']").count() == 1


def test__start_page__fetches_the_data_grid_only_once_its_map_is_drawn(server, page):
    """Compiling the chunks is heavy: begun before the start page's own map had drawn, it delayed the map. (The
    component's chunk draws the map itself, so the data grid's, which the start page does not show, tells.)"""
    page.add_init_script("""new MutationObserver(() => {
        if (!window.mapDrawnAt && document.querySelector(".regional-needs-map[data-drawn] svg"))
          window.mapDrawnAt = performance.now();
      }).observe(document, {subtree: true, childList: true, attributes: true});""")
    page.goto(server)
    grid = fetched_at(page)["DataFrame"]
    assert 0 < page.evaluate("() => window.mapDrawnAt") < grid
    assert page.outside_requests == []
