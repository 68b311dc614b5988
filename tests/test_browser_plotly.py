"""Real browser: the plotly charts are drawn by the app's own component with the vendored plotly.js
(dashboard/ui/plotly_component.py), not by Streamlit's plotly chunk, and hover as before.

Clicks on heatmap cells (test_browser.py), the toolbar's PNG and SVG (test_browser_exports.py) and the
slides (test_browser_presentation.py) are tested where they were; how much sooner a page draws is
measured in benchmarks/run.py, never asserted here. The similarity matrix, drawn by the cartesian bundle before,
is drawn on the server now: the page loads no chart code at all.
"""

import re

import pytest

from dashboard.text.i18n import tr
from dashboard.ui.plotly_component import BASIC, BUNDLES, published
from tests.browser import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
pytest.importorskip("playwright.sync_api")

WAIT_MS = 60_000
LOADED = "() => performance.getEntriesByType('resource').map(e => e.name.split('/').pop())"


def test__bar_chart__drawn_by_the_basic_bundle_and_hovering_a_bar_names_it(server, page):
    page.goto(f"{server}/personas?taal=en")
    page.wait_for_selector(".js-plotly-plot .trace.bars .point", timeout=WAIT_MS)
    loaded = page.evaluate(LOADED)
    assert published(BASIC).rsplit("/", 1)[-1] in loaded
    assert not any(name.startswith("PlotlyChart") for name in loaded)  # Streamlit's own plotly never loads
    bar = page.locator(".js-plotly-plot .trace.bars .point").last  # the longest bar, drawn at the top
    bar.hover(force=True)
    label = page.locator(".js-plotly-plot .hoverlayer .hovertext").first
    label.wait_for(timeout=WAIT_MS)
    top = page.evaluate("document.querySelector('.js-plotly-plot').data[0].y.at(-1)")
    assert re.match(rf"{re.escape(top)}\s*:\s*\d", label.text_content())  # "Saled: 5", its name and its count
    assert page.outside_requests == []


def test__similarity_heatmap__drawn_on_the_server_with_a_value_in_each_cell_and_on_hover(server, page):
    page.goto(f"{server}/vergelijken?gelijkenis={tr('col.obstacles')}")
    matrix = page.locator(".regional-needs-map").first
    matrix.locator("svg g.role-mark.mark-text text").first.wait_for(timeout=WAIT_MS)
    values = matrix.locator("svg g.role-mark.mark-text text").all_text_contents()
    assert len(values) == 5 * 5 and all(re.fullmatch(r"[01],\d\d", v) for v in values)  # two decimals, the Dutch way
    loaded = page.evaluate(LOADED)
    assert not any(published(bundle).rsplit("/", 1)[-1] in loaded for bundle in BUNDLES)  # no chart code at all
    matrix.locator("svg g.role-mark.mark-rect path").first.hover()  # its centre, under the value written in it
    tip = page.locator(".regional-needs-map-tip")
    tip.wait_for(timeout=5_000)
    assert re.fullmatch(rf"\S.* · \S.*: {tr('compare.jaccard')} [01],\d\d", tip.inner_text())
    assert page.outside_requests == []


# Per cell of the clickable heatmaps (the trace that writes its values): the text's box past its square's, or null.
SPILLED_CELLS = """() => [...document.querySelectorAll('.js-plotly-plot .trace.scatter')].filter(t => t.querySelector('.textpoint'))
  .flatMap(trace => {
    const cells = [...trace.querySelectorAll('.points path.point')], texts = [...trace.querySelectorAll('.textpoint text')];
    return texts.map((text, i) => {
      const t = text.getBoundingClientRect(), c = cells[i].getBoundingClientRect();
      return t.left < c.left - 1 || t.right > c.right + 1 || t.top < c.top - 1 || t.bottom > c.bottom + 1
        ? text.textContent : null;
    }).filter(Boolean);
  })"""


@pytest.mark.parametrize("path", ["diensten", "noden-aanbod"])
def test__mention_heatmap__every_cell_s_text_stays_inside_its_cell_at_1440_wide(server, chromium_browser, path):
    context = chromium_browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/{path}")
    page.wait_for_selector(".js-plotly-plot .textpoint text", timeout=WAIT_MS)
    cells = page.locator(".js-plotly-plot .textpoint text").count()
    spilled = page.evaluate(SPILLED_CELLS)
    context.close()
    assert cells > 20 and spilled == [], f"texts running out of their cell: {spilled}"


@pytest.mark.parametrize("path", ["diensten", "noden-aanbod", "diensten?taal=en", "noden-aanbod?taal=en"])
def test__mention_heatmap__drawn_once_in_the_margins_it_asks_for(server, page, path):
    """The side margins hold the row labels and the colour bar as drawn: plotly's automargin widens a margin that is
    too narrow and draws the whole chart again (dashboard/figures/mention_heatmap.py), and a label never runs off."""
    page.goto(f"{server}/{path}")
    page.wait_for_selector(".js-plotly-plot .textpoint text", timeout=WAIT_MS)
    page.evaluate("document.fonts.ready")
    asked, drawn = page.evaluate("(p => [p.layout.margin, p._fullLayout._size])(document.querySelector('.js-plotly-plot'))")
    assert (drawn["l"], drawn["r"]) == (asked["l"], asked["r"])
    labels = page.evaluate("[...document.querySelectorAll('.js-plotly-plot .ytick text')].map(t => t.getBoundingClientRect().left"
                           " - document.querySelector('.js-plotly-plot').getBoundingClientRect().left)")
    assert labels and min(labels) >= 0
    assert page.outside_requests == []
