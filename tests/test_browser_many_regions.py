"""Real browser on a synthetic dataset of 12 regions (benchmarks/synthetic.py: every Flemish municipality in
12 bands, each borrowing one of today's regions' codings): every page opens without an error, and the
comparison takes more than five regions."""

import os

import pytest

from benchmarks.synthetic import write_synthetic
from dashboard.core.data import read_dataset
from dashboard.core.navigation import PAGES
from dashboard.text.i18n import tr
from tests.browser import CHART, CHROMIUM, TABLE, streamlit_server
from tests.test_browser import DRAWN, QUERIES, wait_for_app

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
playwright = pytest.importorskip("playwright.sync_api")
REGIONS = 12


@pytest.fixture(scope="module")
def twelve(tmp_path_factory):
    root = tmp_path_factory.mktemp("twelve-regions")
    write_synthetic(root, n_regions=REGIONS)
    return root


@pytest.fixture(scope="module")
def server(twelve):
    with streamlit_server(env={**os.environ, "REGIONAL_NEEDS_ROOT": str(twelve)}) as url:
        yield url


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
