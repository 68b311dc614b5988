"""Real browser: the start page fetches the chart bundles other pages need, so the first click finds them.

Behaviour only (which scripts load, and when); how much sooner a page draws is measured in
benchmarks/run.py, never asserted here.
"""

import pytest

from dashboard.ui.bundles import chunk_names
from dashboard.ui.plotly_component import BASIC, published
from tests.browser import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
playwright = pytest.importorskip("playwright.sync_api")


def test__chunk_names__are_served_by_this_streamlit(server):
    import urllib.request

    names = chunk_names()
    assert [name.split(".")[0] for name in names] == ["BidiComponent", "DataFrame"]
    for name in names:
        with urllib.request.urlopen(f"{server}/static/js/{name}", timeout=30) as response:
            assert response.status == 200 and "javascript" in response.headers["Content-Type"]


def test__start_page__loads_the_plotly_bundle_before_the_first_plotly_page(server, page):
    plotly = published(BASIC).rsplit("/", 1)[-1]  # the app's own plotly.js (dashboard/ui/plotly_component.py)
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(server)
    page.wait_for_selector("h1", timeout=60_000)
    page.wait_for_function(f"() => performance.getEntriesByType('resource').some(e => e.name.endsWith('/{plotly}'))",
                           timeout=60_000)
    assert page.locator(".js-plotly-plot").count() == 0  # the start page itself draws no plotly chart
    before = len(requested)
    page.locator("[data-testid='stSidebarNav'] a[href$='/personas']").click()
    page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
    assert [url for url in requested[before:] if url.endswith(plotly)] == []  # found ready, not fetched on the click
    assert page.outside_requests == []


def test__bundles_script__runs_once_per_tab(server, page):
    page.goto(f"{server}/kaart")
    page.wait_for_selector("h1", timeout=60_000)
    page.wait_for_function("() => window.chartBundlesRequested === true", timeout=60_000)
    assert page.locator("[data-testid='stSidebar'] [data-testid='stHtml']").count() == 1


def test__start_page__fetches_the_bundles_only_once_its_map_is_drawn(server, page):
    """Compiling the bundles is heavy: begun before the start page's own map had drawn, it delayed the map."""
    plotly = published(BASIC).rsplit("/", 1)[-1]
    page.add_init_script("""new MutationObserver(() => {
        if (!window.mapDrawnAt && document.querySelector(".regional-needs-map svg path"))
          window.mapDrawnAt = performance.now();
      }).observe(document, {subtree: true, childList: true});""")
    page.goto(server)
    page.wait_for_function(f"() => performance.getEntriesByType('resource').some(e => e.name.endsWith('/{plotly}'))",
                           timeout=60_000)
    fetched = page.evaluate(f"() => performance.getEntriesByType('resource').find(e => e.name.endsWith('/{plotly}')).startTime")
    assert 0 < page.evaluate("() => window.mapDrawnAt") < fetched
    assert page.outside_requests == []
