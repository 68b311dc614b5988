"""What a page's first response names for the browser to fetch: each page's elements, their chunks and imports.

Behaviour only (what is named, and that the browser fetches it before the websocket opens); how much sooner
a page draws is measured in benchmarks/run.py, never asserted here.
"""

import re
import urllib.request

import pytest

from dashboard.core.navigation import PAGES
from dashboard.core.paths import ROOT
from dashboard.ui.bundles import STATIC_JS
from dashboard.ui.preload import (ELEMENT_CHUNKS, FRAME, STATIC_IMPORT, chunk_file, closure, elements_of, links,
                                  with_preloads)
from tests.apptest import open_page
from tests.browser import CHROMIUM, MAP, streamlit_server

INDEX = (STATIC_JS.parents[1] / "index.html").read_text(encoding="utf-8")
PATHS = [path for _, _, path in PAGES]


def _element_types(node) -> set[str]:
    """The types of the elements under ``node``, a component of our own by its name."""
    kind = getattr(node, "type", None)
    kind = node.proto.component_name if kind == "bidi_component" else kind
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
    assert chunk_file("BidiComponent") in _named(links("kaart", INDEX))  # the map is a component of our own
    assert not any(chunk_file("ArrowVegaLiteChart") in _named(links(path, INDEX)) for path in PATHS)  # no page draws Vega


def test__links__name_no_script_but_streamlit_s_chunks():
    for path in PATHS:
        assert not re.search(r'<link rel="preload" as="script"', links(path, INDEX)), path  # no chart library of our own


def _get(url: str) -> tuple[int, str, str]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.headers["Content-Type"], response.read().decode("utf-8")


def test__launcher__serves_each_page_with_its_preloads_and_other_scripts_as_streamlit_does():
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
    """Chromium asks for the sidebar's radio (and the map component's code) before Streamlit's host-config, which
    it fetches just before opening the websocket that brings the elements; without the preloads, after."""
    page.goto(f"{server}/kaart")
    page.wait_for_selector("[data-testid='stSidebar'] [data-testid='stRadio']", timeout=60_000)
    started = page.evaluate("() => Object.fromEntries(performance.getEntriesByType('resource')"
                            ".map(e => [e.name.split('/').pop(), e.startTime]))")
    assert started[chunk_file("Radio")] < started["host-config"]
    assert started[chunk_file("BidiComponent")] < started["host-config"]
    assert page.outside_requests == []


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)")
def test__map_page__fetches_its_drawing_once_and_no_boundaries(server, page):
    """A cold /kaart fetches the map's drawing, once, and neither GeoJSON nor Vega's code: the server drew the map."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url.rsplit("/", 1)[-1]))
    page.goto(f"{server}/kaart")
    page.wait_for_selector(MAP, timeout=120_000)
    assert len([name for name in requested if name.startswith("map-") and name.endswith(".svg")]) == 1
    assert not [name for name in requested if name.endswith(".geojson") or name.startswith("ArrowVegaLiteChart")]
    assert page.outside_requests == []
