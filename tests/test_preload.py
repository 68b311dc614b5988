"""What a page's first response names for the browser to fetch: each page's elements, their chunks and imports.

Behaviour only (what is named, and that the browser fetches it before the websocket opens); how much sooner
a page draws is measured in benchmarks/run.py, never asserted here.
"""

import re
import urllib.request

import pytest

from dashboard.core.navigation import PAGES
from dashboard.core.paths import ROOT
from dashboard.ui import preload
from dashboard.ui.bundles import STATIC_JS
from dashboard.ui.plotly_component import BASIC, published
from dashboard.ui.preload import (ELEMENT_CHUNKS, FRAME, STATIC_IMPORT, chunk_file, closure, elements_of, links,
                                  with_preloads)
from tests.apptest import open_page
from tests.browser import CHROMIUM, MAP, streamlit_server

INDEX = (STATIC_JS.parents[1] / "index.html").read_text(encoding="utf-8")
PATHS = [path for _, _, path in PAGES]


def _element_types(node) -> set[str]:
    kind = getattr(node, "type", None)
    children = getattr(node, "children", None)
    return ({kind} if isinstance(kind, str) else set()) | {
        k for child in (children.values() if isinstance(children, dict) else []) for k in _element_types(child)}


def _named(html: str) -> list[str]:
    return re.findall(r'<link rel="modulepreload" crossorigin href="\./static/js/([^"]+)">', html)


@pytest.mark.parametrize("path", PATHS)
def test__elements_of__are_the_elements_with_a_chunk_that_the_page_draws(path):
    """Were a page to draw another kind of element (or stop drawing one), its preloads would go stale: this fails."""
    drawn = _element_types(open_page(path or "start")._tree)
    assert set(elements_of(path)) == drawn & ELEMENT_CHUNKS.keys()
    assert "table" not in drawn  # st.table loads 0.85 MB of code: tables shown whole are Markdown (ui.components.plain_table)


def test__chunk_file__finds_each_elements_chunk_in_this_streamlit():
    assert all(chunk_file(chunk) for chunk in ELEMENT_CHUNKS.values())
    assert chunk_file("NoSuchElement") is None


def test__static_import__reads_static_imports_not_lazy_ones():
    code = 'import{a as b}from"./one.A1.js";import"./two.B-2.js";const c=()=>import("./lazy.C3.js");'
    assert STATIC_IMPORT.findall(code) == ["one.A1.js", "two.B-2.js"]


def test__closure__holds_what_the_browser_fetched_after_the_radio():
    """The radio's chunk imports its label's chunk, which the browser fetched only after the radio's (seen in
    Chromium's resource timing on a cold page); the closure names both, each once."""
    radio = closure((chunk_file("Radio"),))
    assert radio[0] == chunk_file("Radio") and chunk_file("WidgetLabel") in radio
    assert len(radio) == len(set(radio))


def test__links__name_the_frames_chunks_on_every_page_and_nothing_index_html_loads():
    loaded = set(re.findall(r"static/js/([\w.\-]+\.js)", INDEX))
    frame = set(closure(tuple(chunk_file(ELEMENT_CHUNKS[element]) for element in FRAME))) - loaded
    for path in [*PATHS, "an-address-of-no-page"]:
        named = _named(links(path, INDEX))
        assert frame <= set(named) and not loaded & set(named), path
    assert set(_named(links("an-address-of-no-page", INDEX))) == frame
    assert chunk_file("ArrowVegaLiteChart") in _named(links("kaart", INDEX))
    assert chunk_file("ArrowVegaLiteChart") not in _named(links("personas", INDEX))


def test__links__preload_plotly_only_on_pages_that_draw_plotly_charts():
    plotly = f'<link rel="preload" as="script" href="./{published(BASIC)}">'
    assert [path for path in PATHS if plotly in links(path, INDEX)] == [
        path for path in PATHS if "bidi_component" in elements_of(path)]
    assert "personas" in PATHS and plotly in links("personas", INDEX)


def test__links__name_the_map_layers_served_last_on_map_pages_only(monkeypatch):
    monkeypatch.setattr(preload, "_served_layers", {})
    assert "geojson" not in links("kaart", INDEX)  # no run has served them yet: nothing to name
    preload.remember_layers({"municipalities": "app/static/municipalities-1.geojson", "regions": "app/static/regions-2.geojson",
                             "flanders": "app/static/flanders-3.geojson"})
    named = re.findall(r'<link rel="preload" as="fetch" crossorigin href="\./(app/static/[^"]+)">', links("kaart", INDEX))
    assert named == ["app/static/municipalities-1.geojson", "app/static/regions-2.geojson"]  # not Flanders: not drawn at first
    assert [path for path in PATHS if "geojson" in links(path, INDEX)] == [
        path for path in PATHS if "vega_lite_chart" in elements_of(path)]


def _get(url: str) -> tuple[int, str, str]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.headers["Content-Type"], response.read().decode("utf-8")


def test__launcher__serves_each_page_with_its_preloads_and_other_scripts_as_streamlit_does(monkeypatch):
    monkeypatch.setattr(preload, "_served_layers", {})  # as in the new server, where no run has served the map layers yet
    with streamlit_server() as url:
        status, kind, page = _get(f"{url}/kaart")
        assert status == 200 and kind.startswith("text/html")
        assert page == with_preloads("kaart", INDEX)
        for name in _named(links("kaart", INDEX)):
            status, kind, _ = _get(f"{url}/static/js/{name}")
            assert status == 200 and "javascript" in kind, name
        assert _get(url)[2] == with_preloads("", INDEX)
    with streamlit_server(script=ROOT / "benchmarks" / "apps" / "empty.py") as url:
        assert _get(url)[2] == INDEX  # the benchmark's empty page stays Streamlit's own


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)")
def test__cold_page__fetches_the_frames_chunks_before_the_websocket_opens(server, page):
    """Chromium asks for the sidebar's radio (and the Vega chart's code) before Streamlit's host-config, which
    it fetches just before opening the websocket that brings the elements; without the preloads, after."""
    page.goto(f"{server}/kaart")
    page.wait_for_selector("[data-testid='stSidebar'] [data-testid='stRadio']", timeout=60_000)
    started = page.evaluate("() => Object.fromEntries(performance.getEntriesByType('resource')"
                            ".map(e => [e.name.split('/').pop(), e.startTime]))")
    assert started[chunk_file("Radio")] < started["host-config"]
    assert started[chunk_file("ArrowVegaLiteChart")] < started["host-config"]
    assert page.outside_requests == []


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)")
def test__map_page__gets_its_boundaries_from_the_first_response_fetched_once(server, page, chromium_browser):
    """Once a run has served the map layers, a cold /kaart asks for its GeoJSON from the page's preload (before the
    websocket opens), and Vega takes that answer: one request per file, none from Vega itself."""
    first = chromium_browser.new_context()
    first.new_page().goto(f"{server}/kaart")  # the server's first run serves the layers
    first.pages[0].wait_for_selector(MAP, timeout=120_000)
    first.close()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url) if request.url.endswith(".geojson") else None)
    page.goto(f"{server}/kaart")
    page.wait_for_selector(MAP, timeout=120_000)
    entries = page.evaluate("() => performance.getEntriesByType('resource')"
                            ".map(e => [e.name.split('/').pop(), e.initiatorType, e.startTime])")
    host_config = min(start for name, _, start in entries if name == "host-config")
    geojson = [(name, initiator, start) for name, initiator, start in entries if name.endswith(".geojson")]
    assert {name.split("-")[0] for name, _, _ in geojson} == {"municipalities", "regions"}
    assert all(initiator == "link" and start < host_config for _, initiator, start in geojson), geojson
    assert len(requested) == len(geojson) == 2
    assert page.outside_requests == []
