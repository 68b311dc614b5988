"""The start page on a laptop and a phone, and the keyboard, in real Chromium: filters in view, the
region table whole, the map's legend whole, titles broken between words only, a focus ring on
every link and control (WCAG 2.4.7), and the keyboard's way to the map's choice said beside it."""

import pytest

from dashboard.core.data import read_dataset
from dashboard.text.i18n import tr
from dashboard.core.paths import ROOT
from tests.browser import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]

DS = read_dataset(ROOT)
LAPTOP, PHONE = {"width": 1440, "height": 900}, {"width": 390, "height": 844}
LEGEND = ".regional-needs-map .role-legend-label text"

# The focused element's ring: its own outline or that of a close ancestor (a radio's label, a
# select's box) of at least 2 px around a box of at least 8 px. Null when there is one.
MISSING_RING = """() => {
  const focused = document.activeElement;
  if (!focused || focused === document.body) return null;
  for (let e = focused, i = 0; e && i < 4; e = e.parentElement, i++) {
    const style = getComputedStyle(e), box = e.getBoundingClientRect();
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && box.width >= 8 && box.height >= 8) return null;
  }
  return `${focused.tagName} ${focused.getAttribute('data-testid') || ''} ${(focused.getAttribute('aria-label') || focused.innerText || '').slice(0, 40)}`;
}"""

# Words of the page's headings that a line break cuts in two
SPLIT_WORDS = """() => {
  const split = [];
  for (const h of document.querySelectorAll('h1, h2, h3')) {
    const text = h.firstChild?.nodeType === 3 ? h.firstChild : h.querySelector('span')?.firstChild;
    if (!text || text.nodeType !== 3) continue;
    for (const m of text.data.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(text, m.index); range.setEnd(text, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
      if (tops.size > 1) split.push(m[0]);
    }
  }
  return split;
}"""


def open_start(chromium_browser, viewport: dict, query: str, server: str):
    context = chromium_browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(f"{server}/{query}")
    page.wait_for_selector("h1", timeout=60_000)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", state="attached", timeout=60_000)
    page.wait_for_selector(LEGEND, timeout=60_000)
    return context, page


def legend_cut(page) -> list[str]:
    """Legend labels of the maps that stick out of their chart or the screen."""
    return page.evaluate("""sel => [...document.querySelectorAll(sel)].filter(t => {
        const box = t.getBoundingClientRect(), chart = t.closest('.regional-needs-map').getBoundingClientRect();
        return box.left < chart.left - 1 || box.right > Math.min(chart.right, innerWidth) + 1;
      }).map(t => t.textContent)""", LEGEND)


def test__start_on_a_laptop__filters_in_view_table_whole_map_with_legend(server, chromium_browser):
    context, page = open_start(chromium_browser, LAPTOP, "", server)
    for label in ("filters.region", "filters.persona", "filters.obstacle"):
        box = page.locator("[data-testid='stSidebar']").get_by_label(tr(label, "nl")).bounding_box()
        assert box and box["y"] + box["height"] <= LAPTOP["height"], label
    # every column of the region table in view: nothing in it scrolls sideways, no heading past the page's edge
    table = page.locator("[data-testid='stMain'] [data-testid='stMarkdownContainer'] table").first
    assert table.evaluate("t => [t, ...t.querySelectorAll('*')].every(e => e.scrollWidth <= e.clientWidth + 1)")
    right = page.locator("[data-testid='stMainBlockContainer']").bounding_box()
    headings = table.locator("th").all()
    assert len(headings) >= 8 and all(h.bounding_box()["x"] + h.bounding_box()["width"] <= right["x"] + right["width"] + 1
                                      for h in headings)
    labels = page.locator(LEGEND).all_text_contents()
    assert sorted(labels) == sorted(DS.tables["regions"]["name"]) and legend_cut(page) == []
    context.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test__start_on_a_phone__legend_whole_and_titles_broken_between_words(server, chromium_browser, lang):
    context, page = open_start(chromium_browser, PHONE, f"?taal={lang.upper()}", server)
    assert sorted(page.locator(LEGEND).all_text_contents()) == sorted(DS.tables["regions"]["name"])
    assert legend_cut(page) == []
    assert page.evaluate(SPLIT_WORDS) == []
    assert page.evaluate("() => document.scrollingElement.scrollWidth") <= PHONE["width"]
    context.close()


@pytest.mark.parametrize("viewport", [LAPTOP, PHONE], ids=["laptop", "phone"])
def test__focus_ring__on_every_link_and_control_reached_by_tab(server, chromium_browser, viewport):
    context, page = open_start(chromium_browser, viewport, "", server)
    reached, missing = 0, []
    for _ in range(120):
        page.keyboard.press("Tab")
        again = page.evaluate("() => { const e = document.activeElement; const seen = e.dataset.tabbed === '1';"
                              " e.dataset.tabbed = '1'; return seen; }")
        if again:  # round the page once
            break
        reached += 1
        if problem := page.evaluate(MISSING_RING):
            missing.append(problem)
    assert reached > 10 and missing == []
    context.close()


def test__kaart__says_how_to_choose_a_region_by_keyboard_beside_the_map(server, page):
    page.goto(f"{server}/kaart")
    page.wait_for_selector(".regional-needs-map", timeout=60_000)
    hint = page.get_by_text(tr("map.click_hint", "nl")[:40])
    assert hint.is_visible()
    assert page.outside_requests == []


# Every table of the page whose columns scroll out of its box: its scroll width in its box's width.
CLIPPED_TABLES = """() => [...document.querySelectorAll('[data-testid=stDataFrame]')]
  .map(g => g.querySelector('.dvn-scroller')).filter(s => s && s.scrollWidth > s.clientWidth + 1)
  .map(s => `${s.scrollWidth} in ${s.clientWidth}`)"""
TABLE_PAGES = ["", "kaart", "gemeente?gemeente=Ronse", "personas?persona=Saled", "diensten", "vergelijken", "noden-aanbod",
               "bronnen", "tijdlijn"]


def test__every_table__shows_its_last_column_at_1440_wide(server, chromium_browser):
    """The tables of every page, those under the charts unfolded, scroll no column out of sight on a laptop."""
    context = chromium_browser.new_context(viewport=LAPTOP)
    page, clipped, seen = context.new_page(), {}, 0
    for path in TABLE_PAGES:
        page.goto(f"{server}/{path}")
        page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", state="attached", timeout=60_000)
        for fold in page.locator("[data-testid='stExpander'] summary").filter(has_text=tr("table.show", "nl")).all():
            fold.click()
            page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", state="attached",
                                   timeout=60_000)
        page.wait_for_selector("[data-testid='stDataFrame'] .dvn-scroller", timeout=60_000)
        page.wait_for_timeout(500)  # the grid sizes its columns once drawn
        seen += page.locator("[data-testid='stDataFrame']").count()
        if found := page.evaluate(CLIPPED_TABLES):
            clipped[path] = found
    context.close()
    assert clipped == {} and seen >= len(TABLE_PAGES)
