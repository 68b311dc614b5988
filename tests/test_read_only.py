"""The app runs from a read-only copy of the project: it writes nothing into its own files (the map's GeoJSON
goes to a cache folder outside it) and /kaart draws its map in a real browser."""

import os
import shutil
import stat
from pathlib import Path

import pytest

from dashboard.core.paths import ROOT
from dashboard.ui.plotly_component import BASIC, address
from tests.browser import CHROMIUM, MAP, streamlit_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
playwright = pytest.importorskip("playwright.sync_api")
PROJECT = ["dashboard", "pages", "data", "geo", ".streamlit"]  # what the app needs to run


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``root`` with its size and modification time."""
    return {str(path.relative_to(root)): (path.stat().st_size, path.stat().st_mtime_ns) for path in root.rglob("*")}


def _read_only(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))


def test__app__serves_kaart_from_a_read_only_copy_and_writes_only_to_its_cache(tmp_path, page):
    copy, cache = tmp_path / "project", tmp_path / "cache"
    for name in PROJECT:
        shutil.copytree(ROOT / name, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
    _read_only(copy)  # root may still write: the snapshot below is the proof
    before = _snapshot(copy)
    env = {**os.environ, "REGIONAL_NEEDS_CACHE": str(cache), "PYTHONDONTWRITEBYTECODE": "1"}
    try:
        with streamlit_server(env=env, script=copy / "dashboard" / "app.py", root=copy) as url:
            page.goto(f"{url}/kaart")
            page.wait_for_selector(MAP, timeout=90_000)
            assert page.locator(MAP).count() >= 63  # every municipality drawn, from the GeoJSON the cache serves
        assert _snapshot(copy) == before
        served = list((cache / "static").iterdir())
        bundle = address(BASIC).rsplit("/", 1)[-1]  # the plotly.js every page fetches ahead (dashboard/ui/bundles.py)
        assert served and all(path.suffix == ".geojson" or path.name == bundle for path in served)
        assert page.outside_requests == []
    finally:
        for path in [copy, *copy.rglob("*")]:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)  # so that pytest can clean up
