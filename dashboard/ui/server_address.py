"""Tell Streamlit's frontend where its server is, so that a page opened at its own address connects at once.

Streamlit's frontend does not know the server's base path: on a page such as /kaart it first asks
/kaart/_stcore/health, gets a 404, and asks again one level up after a pause (about 150 ms on a cold
page, seen in Chromium's resource timing). The start page has no such detour. Streamlit reads the base
address from ``window.__streamlit.BACKEND_BASE_URL`` when the page sets it before Streamlit's code runs, as
hosts that embed Streamlit do; the launcher (dashboard.serve) puts this script first in each page's
index.html. The script is constant, so the page's Content-Security-Policy lets it run by its hash
(csp_source); the requested page's path comes in an attribute, and the base is the address without it,
so the dashboard works behind any path prefix. Where the address does not end in that path (an encoded
character, say), nothing is set and Streamlit finds its server the way it does by itself.
"""

import base64
import hashlib
import html

BODY = """
(() => {
  const page = document.currentScript.dataset.page;
  const path = location.pathname.replace(/\\/+$/, "");
  const base = page ? (path.endsWith("/" + page) ? path.slice(0, -page.length - 1) : null) : path;
  if (base !== null) window.__streamlit = {...window.__streamlit, BACKEND_BASE_URL: location.origin + base + "/"};
})();
"""


def csp_source() -> str:
    """The Content-Security-Policy source that lets this one inline script run (dashboard.serve)."""
    return f"'sha256-{base64.b64encode(hashlib.sha256(BODY.encode()).digest()).decode()}'"


def tag(page: str) -> str:
    """The script for the page at URL path ``page`` ("" for the start page), relative to the server's base."""
    return f'<script data-page="{html.escape(page.strip("/"))}">{BODY}</script>'
