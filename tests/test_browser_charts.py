"""Real browser: the charts are drawn on the server (dashboard.figures.map_screen) and placed as SVG by the app's own
component (dashboard/ui/drawing_component.py): a chart page loads neither plotly nor Vega, a mark shows its hover text,
and what the heatmaps write stays in its cell and clear of their names and legend.

Clicks on heatmap cells (test_browser.py), the charts' PNG and SVG (test_browser_exports.py) and the slides
(test_browser_presentation.py) are tested where they were; how much sooner a page draws is measured in
benchmarks/run.py, never asserted here.
"""

import re

import pytest

from dashboard.text.i18n import tr
from tests.browser import CHROMIUM, wait_for_maps

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
pytest.importorskip("playwright.sync_api")

WAIT_MS = 60_000
LOADED = "() => performance.getEntriesByType('resource').map(e => e.name.split('/').pop())"
# Streamlit's chunks of its plotly and Vega charts, and Vega itself (its 845-byte loader comes with the page's own code)
CHART_CODE = ("PlotlyChart.", "ArrowVegaLiteChart.", "embed.", "vega-")
BARS = ".regional-needs-map path[aria-roledescription='bar']"
ROW_NAMES = ".regional-needs-map g[aria-label^='Y-axis'] g.role-axis-label text"
# a mention heatmap's cells, and what is written in them: a value and its marks (the third and fourth layer of
# dashboard.figures.mention_heatmap; the fifth, the footnote, stands under the cells)
CELLS = ".regional-needs-map g.mark-rect.role-mark path"
CELL_TEXTS = ".regional-needs-map g.layer_2_marks text, .regional-needs-map g.layer_3_marks text"
# The texts of CELL_TEXTS (the second argument) that do not lie within the cell of CELLS their middle stands in
SPILLED = """([cells, texts]) => {
  const boxes = [...document.querySelectorAll(cells)].map(c => c.getBoundingClientRect());
  return [...document.querySelectorAll(texts)].filter(text => {
    const t = text.getBoundingClientRect(), x = (t.left + t.right) / 2, y = (t.top + t.bottom) / 2;
    const c = boxes.find(c => c.left <= x && x <= c.right && c.top <= y && y <= c.bottom);
    return !c || t.left < c.left - 0.5 || t.right > c.right + 0.5 || t.top < c.top - 0.5 || t.bottom > c.bottom + 0.5;
  }).map(text => text.textContent);
}"""
# The boxes around a heatmap's cells (CELLS), its names of rows and of columns, its legend and title, and the texts that run
# past its drawing's left or right edge
LAYOUT = """cells => {
  const svg = document.querySelector('.regional-needs-map svg'), all = s => [...svg.querySelectorAll(s)].map(e => e.getBoundingClientRect());
  const around = boxes => [Math.min(...boxes.map(b => b.left)), Math.min(...boxes.map(b => b.top)),
                           Math.max(...boxes.map(b => b.right)), Math.max(...boxes.map(b => b.bottom))];
  const drawing = svg.getBoundingClientRect();
  return {cells: around(all(cells)), rows: around(all('g[aria-label^="Y-axis"] text')),
          columns: around(all('g[aria-label^="X-axis"] text')), legend: around(all('g.role-legend')),
          title: around(all('g.role-title text')),
          outside: [...svg.querySelectorAll('text')].filter(t => { const b = t.getBoundingClientRect();
            return b.left < drawing.left - 0.5 || b.right > drawing.right + 0.5; }).map(t => t.textContent)};
}"""


def spilled(page) -> list[str]:
    """The values and marks of a heatmap that run out of their cell (by more than half a pixel)."""
    return page.evaluate(SPILLED, [CELLS, CELL_TEXTS])


def test__bar_chart__drawn_on_the_server_with_no_chart_code_and_hovering_a_bar_names_it(server, page):
    page.goto(f"{server}/personas?taal=en")
    page.wait_for_selector(BARS, timeout=WAIT_MS)
    wait_for_maps(page)
    loaded = page.evaluate(LOADED)
    assert any(name.startswith("map-") and name.endswith(".svg") for name in loaded)  # the drawing, from the static folder
    assert [name for name in loaded if name.startswith(CHART_CODE)] == []
    page.locator(BARS).first.hover()  # the longest bar, drawn at the top
    tip = page.locator(".regional-needs-map-tip")
    tip.wait_for(timeout=5_000)
    top = page.locator(ROW_NAMES).first.text_content()
    assert re.match(rf"{re.escape(top)}: \d+\n\S", tip.inner_text())  # "Saled: 5", then who Saled is on a line of its own
    assert page.outside_requests == []


def test__similarity_heatmap__drawn_on_the_server_with_a_value_in_each_cell_and_on_hover(server, page):
    page.goto(f"{server}/vergelijken?gelijkenis={tr('col.obstacles')}")
    matrix = page.locator(".regional-needs-map").first
    matrix.locator("svg g.role-mark.mark-text text").first.wait_for(timeout=WAIT_MS)
    values = matrix.locator("svg g.role-mark.mark-text text").all_text_contents()
    assert len(values) == 5 * 5 and all(re.fullmatch(r"[01],\d\d", v) for v in values)  # two decimals, the Dutch way
    assert [name for name in page.evaluate(LOADED) if name.startswith(CHART_CODE)] == []
    matrix.locator("svg g.role-mark.mark-rect path").first.hover()  # its centre, under the value written in it
    tip = page.locator(".regional-needs-map-tip")
    tip.wait_for(timeout=5_000)
    assert re.fullmatch(rf"\S.* · \S.*: {tr('compare.jaccard')} [01],\d\d", tip.inner_text())
    assert page.outside_requests == []


@pytest.mark.parametrize("path", ["diensten", "noden-aanbod"])
def test__mention_heatmap__every_cell_s_text_stays_inside_its_cell_at_1440_wide(server, chromium_browser, path):
    context = chromium_browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/{path}")
    page.wait_for_selector(CELL_TEXTS, timeout=WAIT_MS)
    wait_for_maps(page)
    written, out = page.locator(CELL_TEXTS).count(), spilled(page)
    context.close()
    assert written > 20 and out == [], f"texts running out of their cell: {out}"


@pytest.mark.parametrize("path", ["diensten", "noden-aanbod", "diensten?taal=en", "noden-aanbod?taal=en"])
def test__mention_heatmap__names_legend_and_title_stand_clear_of_each_other_and_inside_the_drawing(server, page, path):
    """The drawing leaves room for the longest row name and, above the cells, the region names, the legend and the
    title in either language (dashboard.figures.mention_heatmap): none runs into another or off the drawing's edge."""
    page.goto(f"{server}/{path}")
    page.wait_for_selector(CELL_TEXTS, timeout=WAIT_MS)
    wait_for_maps(page)
    layout = page.evaluate(LAYOUT, CELLS)
    cells = layout["cells"]
    assert layout["rows"][2] <= cells[0]  # the row names left of the cells,
    assert layout["columns"][3] <= cells[1]  # the region names above them
    assert layout["legend"][3] <= layout["columns"][1]  # the legend above those,
    assert layout["title"][3] <= layout["legend"][1]  # and the chart's title above it
    assert layout["outside"] == []
    assert page.outside_requests == []
