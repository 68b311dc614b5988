"""Real-browser tests: Debian's Chromium, driven by Playwright, against a real Streamlit server.

Every request that would leave the machine is blocked and recorded; a test fails if one was tried.
"""

import pytest

from tests.browser import CHROMIUM, CHROMIUM_ARGS, is_local, streamlit_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
playwright = pytest.importorskip("playwright.sync_api")

PAGES = ["", "kaart", "personas", "diensten"]


@pytest.fixture(scope="module")
def server():
    with streamlit_server() as url:
        yield url


@pytest.fixture(scope="module")
def chromium_browser():
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(chromium_browser):
    """A fresh context whose every outside request is aborted and remembered."""
    context = chromium_browser.new_context(viewport={"width": 1400, "height": 1000})
    outside: list[str] = []

    def guard(route):
        if is_local(route.request.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.outside_requests = outside
    yield page
    context.close()


def wait_for_app(page) -> None:
    page.wait_for_selector("[data-testid='stSidebar']", timeout=60_000)
    page.wait_for_selector("h1", timeout=60_000)


def test__every_page__renders_with_no_outside_request(server, page):
    for path in PAGES:
        page.goto(f"{server}/{path}")
        wait_for_app(page)
        page.wait_for_selector(".js-plotly-plot", timeout=60_000)
        assert page.locator("[data-testid='stException']").count() == 0, path
    assert page.outside_requests == []


def test__kaart__draws_the_map(server, page):
    page.goto(f"{server}/kaart")
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot canvas", timeout=60_000)
    # the choropleth draws into a WebGL canvas of a real size
    box = page.locator(".js-plotly-plot canvas").first.bounding_box()
    assert box["width"] > 300 and box["height"] > 300
    assert page.outside_requests == []


def test__persona_filter__changes_url_and_chart(server, page):
    page.goto(f"{server}/personas")
    wait_for_app(page)
    page.wait_for_selector(".js-plotly-plot", timeout=60_000)
    bars_before = page.locator(".js-plotly-plot").first.inner_html()
    page.locator("[data-testid='stSidebar'] [data-testid='stSelectbox']").first.click()
    page.get_by_role("option", name="Saled", exact=True).click()
    page.wait_for_url("**persona=Saled**", timeout=30_000)
    page.wait_for_function(
        "before => document.querySelector('.js-plotly-plot').innerHTML !== before", arg=bars_before, timeout=30_000)
    page.get_by_text("Over Saled").wait_for(timeout=30_000)
    assert page.outside_requests == []


def test__link_with_filters__reopens_the_same_view(server, page):
    page.goto(f"{server}/diensten?regio=Westhoek&persona=Saled")
    wait_for_app(page)
    page.get_by_text("Enkel vermeldingen in uitdagingen met persona Saled.").wait_for(timeout=30_000)
    page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").get_by_text("Westhoek").wait_for(timeout=30_000)
    heatmap = page.locator(".js-plotly-plot").first
    heatmap.get_by_text("Westhoek").first.wait_for(timeout=30_000)
    assert heatmap.get_by_text("Regio Oostende").count() == 0
    assert "persona=Saled" in page.url and "regio=Westhoek" in page.url


def test__nonsense_link__shows_a_notice_not_an_error(server, page):
    page.goto(f"{server}/kaart?regio=%3Cscript%3Ealert(1)%3C/script%3E&persona=Nobody")
    wait_for_app(page)
    page.get_by_text("Onbekende waarde in de link genegeerd", exact=False).first.wait_for(timeout=30_000)
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.outside_requests == []
