"""Real-browser tests: Debian's Chromium, driven by Playwright, against a real Streamlit server.

Every request that would leave the machine is blocked and recorded; a test fails if one was tried.
"""

import re
from urllib.parse import parse_qs, urlparse

import pandas as pd
import pytest

from dashboard.core.data import read_dataset
from dashboard.domain.evidence import fact_index, read_source_texts
from dashboard.text.i18n import tr
from dashboard.core.paging import PAGE_ROWS
from dashboard.core.navigation import PAGES
from dashboard.core.paths import ROOT
from dashboard.domain.quotes import collapse_whitespace
from tests.browser import CHART, CHROMIUM, MAP, TABLE, wait_for_maps

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
playwright = pytest.importorskip("playwright.sync_api")

# Exceptions to "open each page of the menu bare and wait for its chart", each with its reason:
QUERIES = {"vergelijken": f"gelijkenis={tr('col.obstacles')}"}  # the similarity chart is drawn only once a basis is asked for
DRAWN = {"gemeente": TABLE}  # with no municipality chosen the profile page is a table of them all, no chart
CELL = ".regional-needs-map a[data-code]"  # a heatmap's cell, which takes clicks


# the fixtures server, chromium_browser and page are in tests/conftest.py


def wait_for_app(page) -> None:
    page.wait_for_selector("[data-testid='stSidebar']", timeout=60_000)
    page.wait_for_selector("h1", timeout=60_000)


def test__every_page__renders_with_no_outside_request(server, page):
    for _, _, path in PAGES:
        page.goto(f"{server}/{path}" + (f"?{QUERIES[path]}" if path in QUERIES else ""))
        wait_for_app(page)
        page.wait_for_selector(DRAWN.get(path, CHART), timeout=60_000)
        assert page.locator("[data-testid='stException']").count() == 0, path
    assert page.outside_requests == []


def test__kaart__draws_every_municipality(server, page):
    page.goto(f"{server}/kaart")
    wait_for_app(page)
    page.wait_for_selector(MAP, timeout=60_000)
    box = page.locator(".regional-needs-map svg").first.bounding_box()
    assert box["width"] > 300 and box["height"] > 300
    assert page.locator(MAP).count() == len(pd.read_parquet(ROOT / "data" / "municipalities.parquet"))
    assert page.outside_requests == []


def test__persona_filter__changes_url_and_chart(server, page):
    page.goto(f"{server}/personas")
    wait_for_app(page)
    page.wait_for_selector(CHART, timeout=60_000)
    wait_for_maps(page)
    bars_before = page.locator(".regional-needs-map").first.get_attribute("data-drawn")  # a file named by its content's hash
    page.locator("[data-testid='stSidebar'] [data-testid='stSelectbox']").first.click()
    page.get_by_role("option", name="Saled", exact=True).click()
    page.wait_for_url("**persona=Saled**", timeout=30_000)
    page.wait_for_function(
        "before => (box => box !== null && box.dataset.drawn === box.dataset.file && box.dataset.drawn !== before)"
        "(document.querySelector('.regional-needs-map'))", arg=bars_before, timeout=30_000)
    page.get_by_text("Over Saled", exact=True).wait_for(timeout=30_000)
    assert page.outside_requests == []


def test__link_with_filters__reopens_the_same_view(server, page):
    page.goto(f"{server}/diensten?regio=Westhoek&persona=Saled")
    wait_for_app(page)
    page.get_by_text(tr("scope.persona.challenges", name="Saled")).wait_for(timeout=30_000)
    page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").get_by_text("Westhoek").wait_for(timeout=30_000)
    names = page.locator(".regional-needs-map").first.locator("svg text")  # the heatmap, drawn on the server
    names.filter(has_text="Westhoek").first.wait_for(timeout=30_000)
    assert names.filter(has_text="Regio Oostende").count() == 0
    assert "persona=Saled" in page.url and "regio=Westhoek" in page.url


def test__nonsense_link__shows_a_notice_not_an_error(server, page):
    page.goto(f"{server}/kaart?regio=%3Cscript%3Ealert(1)%3C/script%3E&persona=Nobody")
    wait_for_app(page)
    page.get_by_text("Onbekende waarde in de link genegeerd", exact=False).first.wait_for(timeout=30_000)
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.outside_requests == []


def test__vergelijken__link_reopens_the_chosen_regions_and_the_basis_goes_into_the_url(server, page):
    page.goto(f"{server}/vergelijken?vergelijk=Westhoek&vergelijk=Regio%20Oostende")
    wait_for_app(page)
    page.get_by_text("Toon de gelijkenis", exact=True).click()  # drawn only when asked for
    names = page.locator(".regional-needs-map svg text")  # the matrix, drawn on the server
    names.filter(has_text="Westhoek").first.wait_for(timeout=60_000)
    assert names.filter(has_text="Vlaamse-Ardennen").count() == 0
    page.get_by_text("lijken het meest op elkaar", exact=False).wait_for(timeout=30_000)
    page.locator("[data-testid='stRadio']").get_by_text("Obstakels", exact=True).click()
    page.wait_for_url("**gelijkenis=Obstakels**", timeout=30_000)
    assert "vergelijk=Westhoek" in page.url
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.outside_requests == []


def test__diensten__a_regions_caveats_are_drawn_when_its_tab_is_opened(server, page):
    tables = read_dataset(ROOT).tables
    caveats, names = tables["region_caveats"], tables["regions"].set_index("region_id")["name"]
    first, second = (caveats["region_id"].drop_duplicates().iloc[i] for i in (0, 1))
    page.goto(f"{server}/diensten")
    wait_for_app(page)
    page.get_by_text(caveats.loc[caveats["region_id"] == first, "caveat_nl"].iloc[0], exact=False).first.wait_for(timeout=60_000)
    theirs = page.get_by_text(caveats.loc[caveats["region_id"] == second, "caveat_nl"].iloc[0], exact=False)
    assert theirs.count() == 0  # a tab not opened is not drawn
    page.get_by_role("tab", name=names[second]).click()
    theirs.first.wait_for(timeout=30_000)
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.outside_requests == []


def test__noden_aanbod__clicking_a_cell_shows_its_quotes(server, page):
    page.goto(f"{server}/noden-aanbod?regio=Westhoek")
    wait_for_app(page)
    page.wait_for_selector(CELL, timeout=60_000)
    wait_for_maps(page)  # the drawing takes its clicks once shown
    heading = page.get_by_text("Citaten: Westhoek · ", exact=False)
    before = heading.inner_text()
    cell = page.locator(CELL).last
    label = cell.locator("path").get_attribute("aria-label")  # "Westhoek · <need>: 4,3 (...)", its hover text
    cell.click()
    page.wait_for_function(
        "before => ![...document.querySelectorAll('h3')].some(h => h.innerText === before)", arg=before, timeout=30_000)
    assert label.startswith(heading.inner_text().removeprefix("Citaten: ") + ":")  # the quotes of the cell clicked
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.outside_requests == []


def test__bronnen__search_highlights_and_a_hit_opens_its_place(server, page):
    page.goto(f"{server}/bronnen?zoek=belbus")
    wait_for_app(page)
    page.get_by_text("Vlaamse-Ardennen: 1 treffers").wait_for(timeout=60_000)
    page.get_by_role("button", name="Open in de tekst", exact=False).first.click()
    page.wait_for_function("location.search.includes('plek=vlaamse-ardennen')", timeout=30_000)  # shareable
    page.get_by_text("Vlaamse-Ardennen · ", exact=False).first.wait_for(timeout=30_000)
    marked = page.locator(".stMarkdownColoredBackground").filter(has_text="belbus")
    playwright.expect(marked).to_have_count(2, timeout=30_000)  # in the hit and in the opened passage
    assert page.evaluate("location.search").count("zoek=belbus") == 1  # the search box keeps its words
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.outside_requests == []


def test__bronnen__a_row_on_the_second_page_of_facts_opens_that_fact(server, page):
    ds = read_dataset(ROOT)
    facts = fact_index(ds, read_source_texts(ds, ROOT), "nl")
    page.goto(f"{server}/bronnen")
    wait_for_app(page)
    pages = page.get_by_label("Pagina (van", exact=False)
    pages.fill("2")
    pages.press("Enter")
    page.get_by_text(f"Feiten {PAGE_ROWS + 1}–", exact=False).wait_for(timeout=60_000)
    grid = page.locator("[data-testid='stDataFrame']").first.bounding_box()
    page.mouse.click(grid["x"] + 15, grid["y"] + 35 + 17)  # the first row's selection box, below the header
    page.wait_for_function("location.search.includes('feit=')", timeout=30_000)
    opened = parse_qs(urlparse(page.url).query)["feit"][0]
    assert opened == facts["fact_id"].iloc[PAGE_ROWS]  # the first fact of the second page, not of the first
    page.get_by_text("Feiten uit deze passage", exact=False).wait_for(timeout=30_000)
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.outside_requests == []


def test__persona_statement__reaches_its_sentence_in_two_clicks(server, page):
    page.goto(f"{server}/personas?persona=John")
    wait_for_app(page)
    page.get_by_text("Over John", exact=True).wait_for(timeout=60_000)
    page.get_by_role("link", name="Bekijk in de bron").first.click()  # second click: the first chose the persona
    # the profile's first statement: its one-line description, or a fact when it has none
    page.wait_for_function("location.pathname.endsWith('/bronnen') && /feit=persona_(facts|descriptions)/.test(location.search)",
                           timeout=30_000)
    table = re.search(r"feit=(persona_facts|persona_descriptions)", page.evaluate("location.search")).group(1)
    page.get_by_text("Feiten uit deze passage", exact=False).wait_for(timeout=30_000)
    assert page.evaluate("location.search").count("persona=John") == 1  # the filters travel with the link, once
    highlight = page.locator(".stMarkdownColoredBackground").first
    highlight.wait_for(timeout=30_000)
    passage = page.locator("[data-testid='stMarkdown']").filter(has=highlight).first
    facts = pd.read_parquet(ROOT / "data" / f"{table}.parquet")
    johns = [collapse_whitespace(q) for q in facts.loc[facts["persona_id"] == "john", "quote"]]
    assert any(collapse_whitespace(highlight.inner_text()) in quote for quote in johns)  # a sentence about John, marked
    assert "\\" not in passage.inner_text()  # the escapes that keep the text inert do not show
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.outside_requests == []


def test__opened_fact__scrolls_its_sentence_into_view_each_time(server, page):
    ds = read_dataset(ROOT)
    sources = read_source_texts(ds, ROOT)
    far = fact_index(ds, sources, "nl").sort_values("start").iloc[-1]  # the fact standing last in its source
    page.set_viewport_size({"width": 1400, "height": 500})  # a laptop with its toolbars: the passage starts below the fold
    in_view = ("() => { const m = document.querySelector(\"[data-testid='stLayoutWrapper'] .stMarkdownColoredBackground\");"
               " const r = m && m.getBoundingClientRect(); return !!r && r.top >= 0 && r.bottom <= innerHeight; }")
    page.goto(f"{server}/bronnen?feit={far.fact_id}")
    wait_for_app(page)
    page.get_by_text("Feiten uit deze passage", exact=False).wait_for(timeout=60_000)
    page.wait_for_function(in_view, timeout=30_000)
    # a second fact opened in the same tab, from the top of the page: its sentence is brought into view too
    page.locator("h1").first.evaluate("h => h.scrollIntoView()")
    assert not page.evaluate(in_view)
    page.locator("[class*='st-key-open_feit_'] button").first.evaluate("b => b.click()")  # a click that does not scroll
    page.wait_for_function(f"!location.search.includes({far.fact_id!r})", timeout=30_000)
    page.wait_for_function(in_view, timeout=30_000)
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.outside_requests == []


@pytest.mark.parametrize("lang, query", [("nl", ""), ("en", "?taal=en")])
def test__unknown_path__our_own_page_in_the_readers_language_links_to_the_start_page(server, page, lang, query):
    page.goto(f"{server}/onbestaande-pagina{query}")
    wait_for_app(page)
    assert page.locator("h1").first.inner_text() == tr("notfound.title", lang)
    assert "onbestaande-pagina" in page.locator("[data-testid='stMain']").inner_text()
    assert page.get_by_text("Page not found").count() == 0  # Streamlit's own notice, in English only
    page.get_by_role("link", name=tr("notfound.home", lang)).click()
    page.wait_for_function("t => document.querySelector('h1')?.innerText === t", arg=tr("app.title", lang), timeout=60_000)
    assert urlparse(page.url).path == "/" and (lang == "nl" or "taal=en" in page.url)
    assert page.outside_requests == []


def test__kaart__a_drawing_not_served_leaves_the_map_in_words(server, page):
    """A server without the app's static folder (plain `streamlit run`) answers 404 for the drawing: the box says in
    words what the map shows instead of staying blank."""
    page.route("**/app/static/map-*.svg", lambda route: route.fulfill(status=404, body="not found"))
    page.goto(f"{server}/kaart")
    missing = page.locator(".regional-needs-map .regional-needs-map-missing")
    missing.wait_for(timeout=60_000)
    assert missing.inner_text() == page.locator(".regional-needs-map").get_attribute("aria-label")
    assert tr("map.title", "nl", n=5) in missing.inner_text()
