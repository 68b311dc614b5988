"""Real browser: the language survives every link. ``?taal=en`` stays in the address bar across pages
and filter changes, and the address bar copied into a new tab reopens the same view in English."""

from urllib.parse import parse_qs, urlparse

import pytest

from dashboard.core.data import read_dataset
from dashboard.core.paths import ROOT
from dashboard.text.i18n import tr
from tests.browser import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
playwright = pytest.importorskip("playwright.sync_api")
WAIT_MS = 60_000
REGIONS = len(read_dataset(ROOT).tables["regions"])  # the map's title counts them


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def heading(page, text: str) -> None:
    page.get_by_role("heading", name=text).first.wait_for(timeout=WAIT_MS)


def test__language__stays_in_the_address_bar_across_pages_and_filters(server, page):
    page.goto(f"{server}/?taal=en")
    heading(page, tr("app.title", "en"))
    page.wait_for_function("new URLSearchParams(location.search).get('taal') === 'en'", timeout=WAIT_MS)

    page.get_by_role("link", name=tr("page.map", "en"), exact=True).first.click()
    heading(page, tr("map.title", "en", n=REGIONS))
    page.wait_for_url("**/kaart?*", timeout=WAIT_MS)
    assert query(page)["taal"] == ["en"]

    page.get_by_role("combobox", name=tr("filters.region", "en")).first.click()
    page.get_by_role("option", name="Westhoek", exact=True).click()
    page.wait_for_function("new URLSearchParams(location.search).getAll('regio').includes('Westhoek')", timeout=WAIT_MS)
    assert query(page)["taal"] == ["en"]

    copied = page.context.new_page()  # the address bar, pasted into a new tab: a new session
    copied.goto(page.url)
    heading(copied, tr("map.title", "en", n=REGIONS))
    assert query(copied)["taal"] == ["en"] and query(copied)["regio"] == ["Westhoek"]
    copied.close()
    assert page.outside_requests == []
