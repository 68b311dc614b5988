"""Real browser: the timeline drawn on the server (dashboard.figures.timeline_chart): a step's hover text, its
sentence opened by a click or by keyboard, and a drawing whose parts stay apart on a laptop and a phone."""

import pytest

from tests.browser import CHROMIUM, wait_for_maps

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
playwright = pytest.importorskip("playwright.sync_api")

WAIT_MS = 60_000
STEP = ".regional-needs-map a[data-code]"  # a day of a step, which takes clicks


def test__timeline__hovering_a_step_names_it_and_a_click_or_enter_shows_its_sentence(server, page):
    page.goto(f"{server}/tijdlijn")
    page.wait_for_selector(STEP, timeout=WAIT_MS)
    wait_for_maps(page)  # the drawing takes its clicks and keys once shown
    assert page.locator("h3").count() == 0  # no step chosen yet
    first, last = page.locator(STEP).first, page.locator(STEP).last
    label = first.locator("path").get_attribute("aria-label")  # "Midden-West-Vlaanderen · Lancering: 28/4/2023"
    first.locator("path").hover()
    playwright.expect(page.locator(".regional-needs-map-tip")).to_have_text(label, timeout=5_000)
    first.click()
    playwright.expect(page.locator("h3").first).to_have_text(label, timeout=WAIT_MS)  # its sentence below it
    wait_for_maps(page)
    last.focus()
    page.keyboard.press("Enter")
    playwright.expect(page.locator("h3").first).to_have_text(last.locator("path").get_attribute("aria-label"), timeout=WAIT_MS)
    assert page.outside_requests == []


# The boxes of the drawing's title, its dates, its points and its legend, the names of its regions and the drawing itself
BOXES = """() => Object.fromEntries(Object.entries({
    title: '.role-title', dates: '.role-axis[aria-label^="X-axis"] .role-axis-label', plot: '.layer_1_marks',
    legend: '.role-legend', regions: '.role-axis[aria-label^="Y-axis"] .role-axis-label', drawing: 'svg'
  }).map(([name, selector]) => {
    const b = document.querySelector(`.regional-needs-map ${selector}`).getBoundingClientRect();
    return [name, [b.left, b.top, b.right, b.bottom]];
  }))"""


@pytest.mark.parametrize("width", [1440, 1024, 390])
def test__timeline__title_dates_plot_and_legend_do_not_overlap(server, chromium_browser, width):
    """The legend of eleven steps and the hollow symbol takes four lines on a laptop and twelve on a phone, below the
    plot; the regions' names stand above their rows, under the dates."""
    context = chromium_browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/tijdlijn")
    page.wait_for_selector(STEP, timeout=WAIT_MS)
    wait_for_maps(page)
    boxes = page.evaluate(BOXES)
    context.close()
    drawing, regions = boxes.pop("drawing"), boxes.pop("regions")
    names = list(boxes)
    overlapping = [(a, b) for i, a in enumerate(names) for b in names[i + 1:]
                   if boxes[a][0] < boxes[b][2] and boxes[b][0] < boxes[a][2] and boxes[a][1] < boxes[b][3] - 1
                   and boxes[b][1] < boxes[a][3] - 1]
    assert overlapping == [], boxes
    assert boxes["title"][3] <= boxes["dates"][1] and boxes["dates"][3] <= regions[1]  # top down: title, dates, names
    assert boxes["plot"][3] <= boxes["legend"][1]  # the legend below the plot
    assert all(drawing[0] <= box[0] and box[2] <= drawing[2] <= width for box in [*boxes.values(), regions]), (boxes, drawing)
