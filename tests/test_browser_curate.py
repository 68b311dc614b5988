"""Real browser: the curator's app answers the keyboard. `a` accepts the region's name, its challenge and an obstacle,
`x` rejects the next, with no click, and the region file can then be written."""

import os

import pytest
import yaml

from dashboard.core.paths import ROOT
from dashboard.curate.review import DRAFT_VARIABLE
from tests.browser import CHROMIUM, streamlit_server

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
playwright = pytest.importorskip("playwright.sync_api")
SOURCE = "Regio-uitdaging 1 gebaseerd op persona Saled\n- Laaggeschoold\n- Beperkte kennis van Nederlandse taal;\n"


def _suggestion(category, unit_id, quote):
    return {"obstacle_id": category, "challenge_rank": 1, "section": "uitdaging", "unit_id": unit_id, "quote": quote,
            "confidence": 0.9, "matched": "codeboek"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("curate")
    (folder / "source.txt").write_text(SOURCE, encoding="utf-8")
    draft = {"region_id": "regio-test", "source": str(folder / "source.txt"), "status": "draft",
             "region": {"name": "Regio Test", "provinces": ["West-Vlaanderen"], "source_id": "regio-test"},
             "challenges": [{"challenge_rank": 1, "title": "Vluchteling", "is_title_derived": True,
                             "persona_ids": ["saled"], "quote": "Regio-uitdaging 1 gebaseerd op persona Saled"}],
             "obstacles": [_suggestion("laaggeschoold", 0, "Laaggeschoold"),
                           _suggestion("taal", 1, "Beperkte kennis van Nederlandse taal;")],
             "service_types": [], "obstacle_service_links": [], "timeline": [],
             "statements": [{"unit_id": 0, "text": "Laaggeschoold"},
                            {"unit_id": 1, "text": "Beperkte kennis van Nederlandse taal;"}]}
    path = folder / "regio-test.yaml"
    path.write_text(yaml.safe_dump(draft, allow_unicode=True), encoding="utf-8")
    env = {**os.environ, DRAFT_VARIABLE: str(path)}
    with streamlit_server(env=env, script=ROOT / "dashboard" / "curate" / "app.py", launcher=("streamlit", "run")) as url:
        yield url


def test__curate__accept_and_reject_by_keyboard(server, page):
    page.goto(server)
    page.get_by_text("0 van 4 beslist").wait_for(timeout=60_000)
    for done, key in enumerate("aaax", start=1):  # the region, its challenge, one obstacle accepted, one rejected
        _press(page, key)
        page.get_by_text(f"{done} van 4 beslist").wait_for(timeout=30_000)
    # the write button stands below the progress line and is drawn enabled a moment after it
    playwright.expect(page.get_by_role("button", name="Schrijf")).to_be_enabled(timeout=30_000)
    assert page.locator("[data-testid='stException']").count() == 0


def _press(page, key: str) -> None:
    """Press ``key`` on the page once the app's script has finished and the shortcut buttons are drawn: a key pressed
    while the page is redrawn is lost (and the buttons of the run before may still stand beside the new ones)."""
    page.wait_for_function("() => document.querySelector(\"[data-testid='stApp']\")?.dataset.testScriptState"
                           " === 'notRunning'", timeout=30_000, polling=50)
    page.get_by_role("button", name="Volgende / Next").first.wait_for(timeout=30_000)
    page.evaluate("document.activeElement && document.activeElement.blur()")  # keys to the page, not a field
    page.keyboard.press(key)
