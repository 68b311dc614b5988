"""Presentation mode in real Chromium: every slide fits the screen, a presenter's clicker moves
through the walk, and one click writes the deck as a PDF of a page per slide."""

import io

import pytest
from pypdf import PdfReader

from dashboard.core.data import read_dataset
from dashboard.views.deck import deck_html, deck_pdf
from dashboard.core.filters import Filters
from dashboard.text.i18n import tr
from dashboard.core.paths import ROOT
from dashboard.views.presentation import step_view, walk
from dashboard.core.scope import scope_of
from dashboard.ui.static_geo import publish_layers
from tests.browser import CHROMIUM, wait_for_maps

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]

DS = read_dataset(ROOT)
BODY_PX_AT_1080 = 24  # readable from the back of a room

# What sticks out of the screen: the page or the main area scrolls, or an element of the slide
# reaches past the viewport's right or bottom edge. Empty when the slide fits.
OVERFLOW = """() => {
  const W = innerWidth, H = innerHeight, out = [];
  const main = document.querySelector('[data-testid="stMain"]'), page = document.scrollingElement;
  for (const [name, box] of [['page', page], ['main', main]])
    if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1)
      out.push(`${name} scrolls: ${box.scrollWidth}x${box.scrollHeight} in ${box.clientWidth}x${box.clientHeight}`);
  for (const e of main.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && (r.bottom > H + 1 || r.right > W + 1))
      out.push(`${e.tagName}.${e.getAttribute('data-testid') || e.getAttribute('class')} ends at ${Math.round(r.right)},${Math.round(r.bottom)}`);
  }
  return out.slice(0, 5);
}"""


# Every row of a slide's bars named by a label whose middle lies within its own bar's height, and no row
# without its label. Empty when every row is labelled in its band, or the slide has no bars.
LABELS_OFF_BAND = """() => {
  const drawing = document.querySelector('.st-key-slide .regional-needs-map svg'), out = [];
  if (!drawing) return [];
  const labels = new Map([...drawing.querySelectorAll('g[aria-label^="Y-axis"] .role-axis-label text')]
    .map(t => [t.textContent, t.getBoundingClientRect()]));
  for (const bar of drawing.querySelectorAll('path[aria-roledescription="bar"]')) {
    const hover = bar.getAttribute('aria-label'), row = hover.slice(0, hover.lastIndexOf(': '));  // "Saled: 1,00"
    const label = labels.get(row), band = bar.getBoundingClientRect();
    if (!label) { out.push(`${row}: no label`); continue; }
    const middle = (label.top + label.bottom) / 2;
    if (middle < band.top || middle > band.bottom) out.push(`${row}: label at ${Math.round(middle)}, bar ${Math.round(band.top)}-${Math.round(band.bottom)}`);
  }
  return out;
}"""


# A slide's chart that is not a drawing filling its box (drawn for a slide's size, the SVG is fitted into the box:
# as wide or as high as it). Empty when it fills it, or the slide has no chart.
UNFILLED = """() => {
  const box = document.querySelector('.st-key-slide .regional-needs-map');
  if (!box) return [];
  const frame = box.getBoundingClientRect(), drawn = box.querySelector('svg > rect').getBoundingClientRect();
  if (box.classList.contains('regional-needs-map-stretch')
      && (Math.abs(drawn.width - frame.width) < 1 || Math.abs(drawn.height - frame.height) < 1)) return [];
  return [`drawing ${Math.round(drawn.width)}x${Math.round(drawn.height)} in a box of ${Math.round(frame.width)}x${Math.round(frame.height)}`];
}"""


# A slide's title on more than one line (it took the chart's height), and the names on a slide's map that touch
# another name, or nearly (the halo and the name of one place are one text). Empty when neither.
CROWDED = """() => {
  const out = [], title = document.querySelector('[data-testid="stMain"] h1');
  if (title && title.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(title).lineHeight))
    out.push(`title on ${Math.round(title.getBoundingClientRect().height)} px: ${title.innerText}`);
  const map = '.st-key-slide .regional-needs-map:has([aria-roledescription="geoshape"])';  // not a chart's numbers
  const names = new Map([...document.querySelectorAll(`${map} .mark-text.role-mark text`)]
    .map(t => [t.textContent, t.getBoundingClientRect()]));
  const boxes = [...names];
  boxes.forEach(([a, p], i) => boxes.slice(i + 1).forEach(([b, q]) => {
    const gap = 12;  // px: closer than this, two names read as one from the back of a room
    if (p.left < q.right + gap && q.left < p.right + gap && p.top < q.bottom + gap && q.top < p.bottom + gap)
      out.push(`${a} touches ${b}`);
  }));
  return out;
}"""


def idle(page) -> None:
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", state="attached", timeout=60_000)


def drawn_title(page, title: str) -> None:
    """Wait until the slide titled ``title`` is drawn, its chart too."""
    page.wait_for_function("t => document.querySelector('h1')?.innerText.trim() === t", arg=title, timeout=60_000)
    idle(page)
    page.wait_for_selector(".st-key-slide .regional-needs-map svg, .st-key-slide [data-testid='stAlert']", timeout=60_000)
    wait_for_maps(page)


def overflow(page) -> list[str]:
    """What sticks out once the chart has settled to its box (a plot is first drawn at its own size)."""
    try:
        page.wait_for_function(f"({OVERFLOW})().length === 0", timeout=5_000)
        return []
    except Exception:  # noqa: BLE001 - Playwright's timeout: report what still sticks out
        return page.evaluate(OVERFLOW)


@pytest.mark.parametrize("width, height", [(1920, 1080), (1280, 720), (1024, 768)])  # 16:9 and 4:3
def test__every_slide__fits_the_screen_with_each_row_labelled_beside_its_bar(server, chromium_browser, width, height):
    """No overflow, every chart a drawing filling the slide's box, every bar's label in its band, a title on one line
    and no two names on a map touching."""
    scope = scope_of(DS, Filters())
    steps = walk(scope)
    layers = publish_layers(DS)
    context = chromium_browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(f"{server}/?presentatie=true")
    problems = {}
    for number, step in enumerate(steps, 1):
        if number > 1:
            page.get_by_role("button", name="Volgende").click()
        drawn_title(page, step_view(scope, layers, step, "nl").title)
        if found := overflow(page) + page.evaluate(UNFILLED) + page.evaluate(LABELS_OFF_BAND) + page.evaluate(CROWDED):
            problems[number] = found
        if height == 1080:  # body text (the source line, the buttons) readable from the back
            smallest = page.evaluate("() => Math.min(...[...document.querySelectorAll("
                                     "'[data-testid=stMain] p')].map(p => parseFloat(getComputedStyle(p).fontSize)))")
            assert smallest >= BODY_PX_AT_1080, (number, smallest)
    context.close()
    assert problems == {}


def test__presentatie_path__opens_presentation_mode_and_stopping_shows_the_start_page(server, page):
    scope = scope_of(DS, Filters())
    page.goto(f"{server}/presentatie?stap=2")
    drawn_title(page, step_view(scope, publish_layers(DS), walk(scope)[1], "nl").title)
    assert page.locator("[data-testid='stSidebar']").is_hidden() and page.get_by_text("Page not found").count() == 0
    page.get_by_role("button", name="Stoppen").click()
    page.wait_for_function("t => document.querySelector('h1')?.innerText === t", arg=tr("app.title", "nl"), timeout=60_000)
    assert page.outside_requests == []


def test__clicker_keys__pagedown_and_space_go_on_pageup_goes_back(server, page):
    page.goto(f"{server}/?presentatie=true")
    page.get_by_role("button", name="Volgende").wait_for(timeout=60_000)  # the keys listen once the buttons are drawn
    idle(page)
    for key, step in (("PageDown", 2), ("Space", 3), ("PageUp", 2), ("ArrowRight", 3)):
        page.keyboard.press(key)
        page.wait_for_function("s => new URLSearchParams(location.search).get('stap') === s", arg=str(step),
                               timeout=30_000)
        idle(page)
    assert page.outside_requests == []


def test__deck_pdf__built_in_the_background_with_its_progress_then_a_page_per_step_of_the_filtered_walk(server, page):
    steps = walk(scope_of(DS, Filters()).with_regions(["westhoek"]))
    page.goto(f"{server}/?presentatie=true&regio=Westhoek")
    idle(page)
    page.get_by_role("button", name="PDF", exact=True).click()
    page.get_by_text(tr("presentation.pdf_making", "nl", n=0, total=len(steps)).split(" 0 ")[0]).wait_for(timeout=30_000)
    ready = page.get_by_role("button", name=tr("presentation.pdf_ready", "nl"))
    ready.wait_for(timeout=180_000)
    with page.expect_download(timeout=60_000) as download:
        ready.click()
    pdf = PdfReader(io.BytesIO(download.value.path().read_bytes()))
    assert len(pdf.pages) == len(steps) > 1
    texts = [p.extract_text() for p in pdf.pages]
    assert all("Westhoek" in t for t in texts[1:]) and "Bron" in texts[-1]
    assert page.outside_requests == []


def test__deck_pdf__every_row_label_stands_level_with_its_own_bar(tmp_path):
    """Printed, each row's label has the baseline of its bar's number, and every row of every list slide is named."""
    scope = scope_of(DS, Filters())
    steps, layers = walk(scope), publish_layers(DS)
    pdf = PdfReader(io.BytesIO(deck_pdf(deck_html(scope, layers, steps, "nl"))))
    problems, checked = {}, 0
    for number, (step, pdf_page) in enumerate(zip(steps, pdf.pages), 1):
        chart = step_view(scope, layers, step, "nl").chart
        if chart is None or chart.is_map:
            continue
        runs = text_runs(pdf_page)
        for bar in chart.figure["data"]["values"]:
            row, value = bar["label"], bar["written"]
            # the number leads the bar's text; a sign after it (†, ⚑) may print as a run of its own font
            labels = runs.get(row, [])
            numbers = [y for text, ys in runs.items() if text.split(" ")[0] == value.split(" ")[0] for y in ys]
            if not any(abs(y - level) < ROW_TOLERANCE_PT for y in labels for level in numbers):
                problems.setdefault(number, []).append(f"{row}: label at {labels}, its number {value} at {numbers}")
            checked += 1
    assert problems == {} and checked > 100


ROW_TOLERANCE_PT = 3  # a label and its bar's number share a baseline; rows are about 30 pt apart


def text_runs(pdf_page) -> dict[str, list[float]]:
    """Each piece of text on a PDF page -> the heights (pt from the bottom) of its baselines."""
    runs = {}

    def seen(text, cm, tm, font, size):
        if text.strip():
            runs.setdefault(text.strip(), []).append(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])

    pdf_page.extract_text(visitor_text=seen)
    return runs
