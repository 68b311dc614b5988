"""Real browser: a municipality's profile opened through the search box and through a click on the map,
its figures checked against the dataset."""

from urllib.parse import parse_qs, urlparse

import pandas as pd
import pytest

from dashboard.text.numbers import number
from dashboard.core.paths import ROOT
from tests.browser import CHROMIUM, MAP

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
playwright = pytest.importorskip("playwright.sync_api")

MUNICIPALITIES = pd.read_parquet(ROOT / "data" / "municipalities.parquet").set_index("name")
CONTEXT = ".regional-needs-map .layer_1_marks path"  # the grey rest of Flanders
POVERTY = pd.read_parquet(ROOT / "data" / "municipality_poverty.parquet").set_index(["nis_code", "year"])


def _profile_shows_the_dataset(page, name: str) -> None:
    """The profile of ``name`` is open, its URL names it and its metrics are the dataset's 2022 figures."""
    page.locator("h2", has_text=name).first.wait_for(timeout=60_000)
    assert parse_qs(urlparse(page.url).query)["gemeente"] == [name]
    figures = POVERTY.loc[(MUNICIPALITIES.loc[name, "nis_code"], 2022)]
    expected = [f"{number(figures['admin_arop_pct'], 'nl', 1)} %", f"€ {number(figures['median_eur'], 'nl')}",
                number(figures["persons_at_risk"], "nl")]
    playwright.expect(page.locator("[data-testid='stMetricValue']")).to_have_text(expected, timeout=30_000)
    assert page.locator("[data-testid='stException']").count() == 0
    assert page.outside_requests == []


def test__gemeente__search_box_opens_a_profile_ignoring_case_and_accents(server, page):
    page.goto(f"{server}/gemeente")
    box = page.get_by_label("Zoek een gemeente", exact=True).and_(page.get_by_test_id("stTextInputField"))
    box.wait_for(timeout=60_000)
    box.fill("RONSÉ")
    box.press("Enter")
    _profile_shows_the_dataset(page, "Ronse")


def test__kaart__a_click_on_a_municipality_opens_its_profile(server, page):
    page.goto(f"{server}/kaart?kleur=Risico+op+armoede")
    page.wait_for_selector(MAP, timeout=60_000)
    page.wait_for_timeout(1000)  # the map takes its click handlers once drawn
    # the 63 in colour, the other Flemish municipalities in grey beside them
    assert page.locator(MAP).count() == len(MUNICIPALITIES)
    assert page.locator(CONTEXT).count() == 300 - len(MUNICIPALITIES)
    page.locator(MAP).first.click()
    page.wait_for_url("**/gemeente?**", timeout=30_000)
    name = parse_qs(urlparse(page.url).query)["gemeente"][0]
    assert name in MUNICIPALITIES.index
    _profile_shows_the_dataset(page, name)


def test__kaart__a_municipality_shows_its_hover_text_and_opens_by_keyboard(server, page):
    page.goto(f"{server}/kaart")
    page.wait_for_selector(MAP, timeout=60_000)
    page.wait_for_timeout(1000)  # the map takes its keys once drawn
    first = page.locator(".regional-needs-map a[data-code]").first
    name = MUNICIPALITIES.reset_index().set_index("nis_code").loc[first.get_attribute("data-code"), "name"]
    first.locator("path").hover()
    tip = page.locator(".regional-needs-map-tip")
    playwright.expect(tip).to_be_visible(timeout=5_000)
    assert tip.inner_text().splitlines()[0] == f"Gemeente: {name}"
    first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/gemeente?**", timeout=30_000)
    assert parse_qs(urlparse(page.url).query)["gemeente"][0] == name
    _profile_shows_the_dataset(page, name)


@pytest.mark.parametrize("width, phone", [(390, True), (1440, False)])
def test__gemeente__a_phone_reads_the_profile_as_rows_and_is_told_where_a_table_scrolls(server, chromium_browser, width, phone):
    context = chromium_browser.new_context(viewport={"width": width, "height": 844})
    page = context.new_page()
    page.goto(f"{server}/gemeente?gemeente=Ronse")
    page.locator("h2", has_text="Ronse").first.wait_for(timeout=60_000)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", state="attached", timeout=60_000)
    rows, grid = page.locator(".st-key-gemeente_indicators-on-phone"), page.locator(".st-key-gemeente_indicators-on-wide")
    # awaited, not read once: the app's style sheet that hides one of the two can land a moment after the profile
    shown, hidden = (rows, grid) if phone else (grid, rows)
    playwright.expect(shown).to_be_visible(timeout=30_000)
    playwright.expect(hidden).to_be_hidden(timeout=30_000)
    if phone:  # every figure of the grid's row, the Flemish rate too, in view without scrolling sideways
        areas = pd.read_parquet(ROOT / "data" / "region_poverty.parquet").set_index(["area_id", "year"])
        line = rows.get_by_text(f"Vlaams Gewest (2022): {number(areas.loc[('vlaanderen', 2022), 'admin_arop_pct'], 'nl', 1)}")
        assert line.is_visible() and line.bounding_box()["x"] + line.bounding_box()["width"] <= width
    page.goto(f"{server}/gemeente")  # the 63 municipalities: nine columns, wider than a phone
    page.wait_for_selector("[data-testid='stDataFrame']", timeout=60_000)
    cue = page.get_by_text("Schuif de tabel opzij")
    playwright.expect(cue).to_have_count(1, timeout=30_000)
    if phone:
        playwright.expect(cue).to_be_visible(timeout=30_000)
    else:
        playwright.expect(cue).to_be_hidden(timeout=30_000)
    context.close()
