"""The app runs from a read-only copy of the project: it writes nothing into its own files (the map's GeoJSON
goes to a cache folder outside it), not even to finish a build's half-finished switch, which it serves from
the complete side and reports in its log; every page draws in a real browser."""

import os
import shutil
import stat
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from dashboard.core.navigation import PAGES
from dashboard.core.paths import ROOT
from dashboard.core.switch import MARKER, STAGING
from tests.browser import CHART, CHROMIUM, MAP, streamlit_server
from tests.test_browser import DRAWN, QUERIES, wait_for_app

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
playwright = pytest.importorskip("playwright.sync_api")
PROJECT = ["dashboard", "pages", "data", "geo", ".streamlit"]  # what the app needs to run
STAGED_NAME = "Regio uit de staging"  # a region's name only the new side of the half-finished switch holds


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``root`` with its size and modification time."""
    return {str(path.relative_to(root)): (path.stat().st_size, path.stat().st_mtime_ns) for path in root.rglob("*")}


def _read_only(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def _half_finished_switch(root: Path) -> None:
    """A build killed after its commit marker: the new regions table (one region renamed) still staged."""
    table = pq.read_table(root / "data" / "regions.parquet")
    names = pa.array([STAGED_NAME, *table.column("name").to_pylist()[1:]], type=table.schema.field("name").type)
    (root / "data" / STAGING).mkdir()
    pq.write_table(table.set_column(table.schema.get_field_index("name"), "name", names), root / "data" / STAGING / "regions.parquet")
    (root / "data" / STAGING / MARKER).write_text('["data/regions.parquet"]')


def test__app__serves_every_page_from_a_read_only_copy_with_a_half_finished_switch_and_writes_only_to_its_cache(tmp_path, page):
    copy, cache, log = tmp_path / "project", tmp_path / "cache", tmp_path / "server.log"
    for name in PROJECT:
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    _half_finished_switch(copy)
    _read_only(copy)  # root may still write: the snapshot below is the proof
    before = _snapshot(copy)
    env = {**os.environ, "REGIONAL_NEEDS_CACHE": str(cache), "PYTHONDONTWRITEBYTECODE": "1"}
    try:
        with streamlit_server(env=env, script=copy / "dashboard" / "app.py", root=copy, log=log) as url:
            for _, _, path in PAGES:
                page.goto(f"{url}/{path}" + (f"?{QUERIES[path]}" if path in QUERIES else ""))
                wait_for_app(page)
                page.wait_for_selector(DRAWN.get(path, CHART), timeout=90_000)
                assert page.locator("[data-testid='stException']").count() == 0, path
                if path == "":
                    page.get_by_text(STAGED_NAME).first.wait_for(timeout=30_000)  # the committed new side is served
            page.goto(f"{url}/kaart")
            page.wait_for_selector(MAP, timeout=90_000)
            assert page.locator(MAP).count() >= 63  # every municipality drawn, in the drawing the cache serves
        assert _snapshot(copy) == before
        assert "committed a new dataset but not put 1 file(s) in place" in log.read_text(encoding="utf-8")
        served = list((cache / "static").iterdir())
        # the map layers, and the maps and charts drawn with their specifications beside them (dashboard.ui.drawing_component)
        assert served and all(path.name.endswith((".geojson", ".svg", ".svg.json")) for path in served)
        assert any(path.name.startswith("map-") for path in served)
        assert page.outside_requests == []
    finally:
        for path in [copy, *copy.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)  # so that pytest can clean up
