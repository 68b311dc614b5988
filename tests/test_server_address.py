"""Each page tells Streamlit's code where the server is, so it connects without first asking one level too deep.

Behaviour only (which addresses the browser asks, and that the right page opens); how much sooner a page
draws is measured in benchmarks/run.py, never asserted here.
"""

import base64
import hashlib
import re

import pytest

from dashboard.text.i18n import tr
from dashboard.ui import server_address
from tests.browser import CHROMIUM, streamlit_server

IN_CHROMIUM = pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)")
DRAWN = "() => document.querySelector(\"[data-testid='stApp'][data-test-script-state='notRunning'] h1\") !== null"


def test__tag__names_the_page_in_an_attribute_and_keeps_the_script_that_the_policy_allows():
    tag = server_address.tag("/a\"b/")
    assert 'data-page="a&quot;b"' in tag
    body = re.search(r"<script[^>]*>(.*)</script>", tag, re.DOTALL).group(1)
    assert f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'" == server_address.csp_source()


def _open(page, url: str) -> list[str]:
    """The health checks the browser makes while ``url`` opens cold, until its script has run."""
    asked: list[str] = []
    page.on("request", lambda request: asked.append(request.url) if "/_stcore/health" in request.url else None)
    page.goto(url)
    page.wait_for_function(DRAWN, timeout=60_000)
    return asked


@pytest.mark.browser
@IN_CHROMIUM
@pytest.mark.parametrize("path, title", [("gemeente", "municipality.title"), ("kader", "notfound.title"), ("", "app.title")])
def test__a_page_opened_at_its_address__asks_the_servers_health_once_at_its_base(server, page, path, title):
    assert _open(page, f"{server}/{path}") == [f"{server}/_stcore/health"]
    assert page.locator("h1").first.inner_text() == tr(title, "nl")
    assert page.outside_requests == []


@pytest.mark.browser
@IN_CHROMIUM
def test__behind_a_path_prefix__each_page_finds_its_server_under_that_prefix(page):
    with streamlit_server(base_path="buurt") as url:
        assert url.endswith("/buurt")
        assert _open(page, f"{url}/personas") == [f"{url}/_stcore/health"]
        assert page.locator("h1").first.inner_text() == tr("personas.title", "nl")
    assert page.outside_requests == []
