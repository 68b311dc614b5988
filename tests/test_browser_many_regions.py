"""Real browser on synthetic datasets of 12 and 43 regions (benchmarks/synthetic.py: every Flemish municipality in
compact groups, each borrowing one of today's regions' codings): every page opens without an error, and the
comparison takes more than five regions; at 43, every view that names regions names each one readably, with no
label over another."""

import os
from itertools import combinations

import pytest

from benchmarks.synthetic import write_synthetic
from dashboard.core.data import read_dataset
from dashboard.core.navigation import PAGES
from dashboard.text.i18n import tr
from tests.browser import CHART, CHROMIUM, MAP, streamlit_server, wait_for_maps
from tests.test_browser_charts import CELL_TEXTS, CELLS, spilled
from tests.test_browser_exports import download, open_table, open_view, svg_texts
from tests.test_browser import DRAWN, QUERIES, wait_for_app

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
playwright = pytest.importorskip("playwright.sync_api")
REGIONS = 12
ALL = 43  # the partnerships of the call
WIDE = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
MIN_TYPE_PX = 10  # a label smaller than this is not readable
# every text of a drawing (a map or chart drawn on the server), with its box on screen and its type size
BOXES = """sel => [...document.querySelectorAll(sel)].map(e => {
  const r = e.getBoundingClientRect();
  return {text: e.textContent, x: r.x, y: r.y, w: r.width, h: r.height, px: parseFloat(getComputedStyle(e).fontSize)};
})"""
WRITTEN = ".regional-needs-map g.role-mark.mark-text text"  # names and numbers written on a map or chart
LEGEND_LABELS = ".regional-needs-map g.role-legend-label text"
AXIS_LABELS = ".regional-needs-map g[aria-label^='%s-axis'] g.role-axis-label text"  # a chart's axis, X or Y, drawn by Vega


def synthetic(tmp_path_factory, regions: int):
    root = tmp_path_factory.mktemp(f"{regions}-regions")
    write_synthetic(root, n_regions=regions)
    return root


def served(root):
    with streamlit_server(env={**os.environ, "REGIONAL_NEEDS_ROOT": str(root)}) as url:
        yield url


@pytest.fixture(scope="module")
def twelve(tmp_path_factory):
    return synthetic(tmp_path_factory, REGIONS)


@pytest.fixture(scope="module")
def server(twelve):
    yield from served(twelve)


def test__synthetic_dataset__holds_twelve_regions(twelve):
    assert len(read_dataset(twelve).tables["regions"]) == REGIONS


def test__every_page__opens_with_twelve_regions(server, page):
    opened = []
    for _, _, path in PAGES:
        page.goto(f"{server}/{path}" + (f"?{QUERIES[path]}" if path in QUERIES else ""))
        wait_for_app(page)
        # drawn: attached is enough (a chart's first mark may be its invisible background)
        page.locator(DRAWN.get(path, CHART)).first.wait_for(state="attached", timeout=60_000)
        assert page.locator("[data-testid='stException']").count() == 0, path
        opened.append(path)
    assert opened == [path for _, _, path in PAGES]
    assert page.outside_requests == []


def test__vergelijken__compares_all_twelve(server, page):
    names = "&".join(f"vergelijk=Regio+{i:02d}" for i in range(1, REGIONS + 1))
    page.goto(f"{server}/vergelijken?{names}&{QUERIES['vergelijken']}")
    wait_for_app(page)
    page.locator(CHART).first.wait_for(state="attached", timeout=60_000)
    assert page.locator("[data-testid='stException']").count() == 0
    chosen = page.locator("[data-testid='stMultiSelect']", has_text=tr("compare.choose")).inner_text()
    assert all(f"Regio {i:02d}" in chosen for i in range(1, REGIONS + 1))
    written = boxes(page, WRITTEN)  # the similarity of each pair, in its cell
    assert len(written) == REGIONS * REGIONS and overlaps(written) == []


@pytest.fixture(scope="module")
def forty_three(tmp_path_factory):
    return synthetic(tmp_path_factory, ALL)


@pytest.fixture(scope="module")
def server_43(forty_three):
    yield from served(forty_three)


def names_43() -> list[str]:
    return [f"Regio {i:02d}" for i in range(1, ALL + 1)]


def boxes(page, selector: str) -> list[dict]:
    """The texts ``selector`` finds, each once (a map writes a name twice, its white halo under it), with their boxes."""
    seen = {(b["text"], round(b["x"]), round(b["y"])): b for b in page.evaluate(BOXES, selector) if b["w"] > 0}
    return list(seen.values())


def overlaps(found: list[dict]) -> list[tuple[str, str]]:
    """Pairs of texts whose boxes overlap (by more than half a pixel)."""
    return [(a["text"], b["text"]) for a, b in combinations(found, 2)
            if a["x"] + 0.5 < b["x"] + b["w"] and b["x"] + 0.5 < a["x"] + a["w"]
            and a["y"] + 0.5 < b["y"] + b["h"] and b["y"] + 0.5 < a["y"] + a["h"]]


def open_map(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("h1", timeout=60_000)  # the walk hides the sidebar
    page.locator(MAP).first.wait_for(state="attached", timeout=60_000)
    page.wait_for_function(f"n => document.querySelectorAll(\"{LEGEND_LABELS}\").length >= n", arg=ALL, timeout=60_000)


def assert_regions_numbered(page) -> None:
    """Every region named in the legend beside its number, and that number written on the map, none over another."""
    legend, numbers = boxes(page, LEGEND_LABELS), boxes(page, WRITTEN)
    assert sorted(b["text"] for b in legend) == sorted(f"{i} {name}" for i, name in enumerate(names_43(), start=1))
    assert sorted(int(b["text"]) for b in numbers) == list(range(1, ALL + 1))
    assert min(b["px"] for b in legend + numbers) >= MIN_TYPE_PX
    assert overlaps(numbers) == [] and overlaps(legend) == []


def test__synthetic_dataset__holds_43_compact_regions(forty_three):
    ds = read_dataset(forty_three)
    assert list(ds.tables["regions"]["name"]) == names_43()
    sizes = ds.tables["municipalities"].groupby("region_id").size()
    assert len(sizes) == ALL and sizes.min() >= 2  # groups of neighbours, not one municipality each


@pytest.mark.parametrize("path", ["kaart", ""])
def test__region_map__numbers_43_regions_and_names_them_in_the_legend(server_43, page, path):
    page.set_viewport_size(WIDE)
    open_map(page, f"{server_43}/{path}")
    assert_regions_numbered(page)
    assert page.locator("[data-testid='stException']").count() == 0


def test__walk_overview__numbers_43_regions_on_a_full_hd_screen(server_43, page):
    page.set_viewport_size({"width": 1920, "height": 1080})
    open_map(page, f"{server_43}/?presentatie=true")
    assert_regions_numbered(page)


def test__personas_by_region__names_every_region_on_its_axis(server_43, page):
    page.set_viewport_size(WIDE)
    page.goto(f"{server_43}/personas")
    wait_for_app(page)
    page.get_by_role("tab", name=tr("personas.tab.by_region")).click()
    page.wait_for_function(f"n => document.querySelectorAll(\"{AXIS_LABELS % 'X'}\").length >= n", arg=ALL, timeout=60_000)
    regions, personas = boxes(page, AXIS_LABELS % "X"), boxes(page, AXIS_LABELS % "Y")
    assert sorted(b["text"] for b in regions) == names_43()
    assert min(b["px"] for b in regions + personas) >= MIN_TYPE_PX
    assert overlaps(regions) == [] and overlaps(personas) == []
    ranks = boxes(page, WRITTEN)  # each on its dot, none over another
    assert ranks and all(b["text"].isdigit() for b in ranks) and overlaps(ranks) == []
    assert page.locator(".regional-needs-map g.role-legend").count() == 0  # no hue to match to a legend


@pytest.mark.parametrize("width", [1440, 390])
def test__vergelijken__shows_every_population_of_43_whole(server_43, page, width):
    page.set_viewport_size({"width": width, "height": 900})
    names = "&".join(f"vergelijk=Regio+{i:02d}" for i in range(1, ALL + 1))
    page.goto(f"{server_43}/vergelijken?{names}")
    page.wait_for_selector("h1", timeout=60_000)  # on a phone the sidebar is folded away
    values = page.locator("[data-testid='stMetricValue']")
    values.nth(2 * ALL - 1).wait_for(timeout=60_000)  # population and persons at risk, a figure per region each
    cut = page.evaluate("""() => [...document.querySelectorAll("[data-testid='stMetricValue'] div, [data-testid='stMetricLabel'] p")]
        .filter(e => e.scrollWidth > e.clientWidth + 1).map(e => e.textContent)""")
    assert cut == []
    labels = page.locator("[data-testid='stMetricLabel']").all_inner_texts()
    assert sorted(set(labels)) == names_43()
    assert page.locator("[data-testid='stException']").count() == 0


COLUMN_NAMES, ROW_NAMES = AXIS_LABELS % "X", AXIS_LABELS % "Y"  # a heatmap's region names and category names


def open_heatmap(page, url: str, regions: int) -> None:
    page.set_viewport_size(WIDE)
    page.goto(url)
    wait_for_app(page)
    page.wait_for_function(f"n => document.querySelectorAll({COLUMN_NAMES!r}).length >= n", arg=regions, timeout=60_000)
    wait_for_maps(page)  # its row names kept in view and its cells taking clicks


@pytest.mark.parametrize("path", ["diensten", "noden-aanbod"])
@pytest.mark.parametrize(("served_at", "regions"), [("server", REGIONS), ("server_43", ALL)])
def test__mention_heatmap__names_every_region_and_keeps_cells_and_names_apart(request, page, path, served_at, regions):
    open_heatmap(page, f"{request.getfixturevalue(served_at)}/{path}", regions)
    columns, rows, cells = boxes(page, COLUMN_NAMES), boxes(page, ROW_NAMES), page.evaluate(BOXES, CELLS)
    assert sorted(b["text"] for b in columns) == [f"Regio {i:02d}" for i in range(1, regions + 1)]
    assert min(b["px"] for b in columns) >= MIN_TYPE_PX
    assert len(cells) % regions == 0 and len(cells) >= 2 * regions  # a cell per region and category
    assert overlaps(columns + rows + [{**cell, "text": i} for i, cell in enumerate(cells)]) == []
    assert page.locator(CELL_TEXTS).count() > 0 and spilled(page) == []
    # twelve regions fit a laptop's page, shrunk a little; 43 do not, and it says they scroll
    assert page.get_by_text(tr("heatmap.scroll")).is_visible() == (regions == ALL)
    assert page.locator("[data-testid='stException']").count() == 0


@pytest.mark.parametrize("path", ["diensten", "noden-aanbod"])
def test__mention_heatmap__says_on_a_phone_alone_that_it_scrolls_sideways(server, page, path):
    open_heatmap(page, f"{server}/{path}", REGIONS)
    cue = page.get_by_text(tr("heatmap.scroll"))
    assert cue.count() == 1 and not cue.is_visible()  # twelve regions fit a laptop's page: no cue there
    page.set_viewport_size(PHONE)
    cue.wait_for(state="visible")
    assert page.locator(".regional-needs-map-drawing").evaluate("box => box.scrollWidth > box.clientWidth")  # it does scroll


# scrolls the heatmap's drawing to its right end; once the scroll is handled (its event comes before the next frame),
# the drawing's visible left and right edge on screen and how far it scrolled
SCROLL_RIGHT = """() => new Promise(done => { const box = document.querySelector('.regional-needs-map-drawing');
  box.scrollLeft = box.scrollWidth; const r = box.getBoundingClientRect();
  requestAnimationFrame(() => requestAnimationFrame(() => done({left: r.x, right: r.x + box.clientWidth, scrolled: box.scrollLeft})));
})"""
# the row names on which a cell is drawn over the name (the white band under the names did not cover it)
COVERED = """sel => [...document.querySelectorAll(sel)].filter(t => { const r = t.getBoundingClientRect();
  return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)?.closest('g.role-mark'); }).map(t => t.textContent)"""


def test__mention_heatmap__keeps_its_row_labels_in_view_when_scrolled_to_the_last_region(server_43, page):
    open_heatmap(page, f"{server_43}/noden-aanbod", ALL)
    rows = sorted(b["text"] for b in boxes(page, ROW_NAMES))
    view = page.evaluate(SCROLL_RIGHT)
    shown = boxes(page, ROW_NAMES)
    last = next(b for b in boxes(page, COLUMN_NAMES) if b["text"] == f"Regio {ALL}")
    assert view["scrolled"] > 0  # wider than the page
    assert sorted(b["text"] for b in shown) == rows and len(rows) >= 2
    assert [b["text"] for b in shown if b["x"] < view["left"] - 0.5 or b["x"] + b["w"] > view["right"] + 0.5] == []
    assert page.evaluate(COVERED, ROW_NAMES) == []  # over the cells scrolled under them
    assert view["left"] <= last["x"] and last["x"] + last["w"] <= view["right"]


def test__mention_heatmap__saves_an_svg_of_43_regions_with_every_name_and_the_source_line(server_43, page, tmp_path):
    page.set_viewport_size(WIDE)
    open_view(page, f"{server_43}/noden-aanbod")
    captions = page.locator("[data-testid='stCaptionContainer']").all_inner_texts()
    source = next(c for c in captions if c.startswith(tr("source.addenda", names="|").split("|")[0]))  # on the page
    open_table(page)
    svg = download(page, page.locator(".st-key-noden_heatmap-svg button").first.click, tmp_path)
    width, texts = svg_texts(page, svg)
    assert set(names_43()) <= {text for text, _, _ in texts}
    assert "".join(source.split()) in "".join(text for text, _, _ in texts).replace(" ", "")
    assert [text for text, left, right in texts if left < 0 or right > width] == []


def test__mention_heatmap__a_click_on_the_last_region_s_cell_shows_its_quotes(server_43, page):
    open_heatmap(page, f"{server_43}/noden-aanbod", ALL)
    page.evaluate(SCROLL_RIGHT)
    heading = page.locator("h3", has_text=tr("needs.cell_quotes", cell=""))
    before = heading.inner_text()
    # at the cell's middle, where its value is written over it: the click goes through to the cell
    page.locator(f".regional-needs-map a[data-code][aria-label^='Regio {ALL} · ']").first.click()
    page.wait_for_function(
        "before => ![...document.querySelectorAll('h3')].some(h => h.innerText === before)", arg=before, timeout=30_000)
    assert heading.inner_text().startswith(tr("needs.cell_quotes", cell=f"Regio {ALL} · "))
    assert page.locator("[data-testid='stException']").count() == 0
