"""Fetch the code of the data grid and the components before the first click: the next page then draws at once.

Streamlit loads its data grid (0.5 MB) and the code of custom components (the drawings of
dashboard/ui/drawing_component.py) only when a page first shows such an element; a fresh browser on a slow
laptop needs a second or more to fetch and compile them: the first visit to /vergelijken waited for that. While the reader looks at
the first page, the browser imports them, once the page and its charts are drawn (compiling them sooner
delayed the start page's own map) and the browser is idle, from the same addresses the page's own code
loads them from, so they are found ready. The hashed file names come from Streamlit's own static folder
and the app's: nothing leaves the machine.
"""

import base64
import hashlib
import json
from functools import cache
from pathlib import Path

import streamlit as st

from dashboard.ui.drawing_component import ENTRY

STATIC_JS = Path(st.__file__).parent / "static" / "static" / "js"
BUNDLES = ("BidiComponent", "DataFrame")  # Streamlit's components whose chunks pull in the libraries

# Runs once per browser tab (reruns draw the element again); imports each chunk relative to the
# address of Streamlit's own entry module, which works under any base URL path. The page's
# Content-Security-Policy lets it run by its hash (csp_source).
BODY = """
(() => {
  const entry = document.querySelector('%s');
  if (!entry || window.chartBundlesRequested) return;
  window.chartBundlesRequested = true;
  const load = () => %%s.forEach(name => import(new URL(name, entry.src).href).catch(() => {}));
  // every drawing of the page is in place (dashboard/ui/drawing_component.py marks it)
  const drawn = () => document.querySelector("[data-testid='stApp'][data-test-script-state='notRunning']")
    && [...document.querySelectorAll(".stBidiComponent")].every(component => component.querySelector("[data-drawn]"));
  // drawn at two looks 200 ms apart: the page's last elements can come in just after its script is shown ended
  let looks = 0;
  const wait = () => (looks = drawn() ? looks + 1 : 0) >= 2 ? requestIdleCallback(load, {timeout: 2000}) : setTimeout(wait, 200);
  wait();
})();
""" % ENTRY


@cache
def chunk_names() -> tuple[str, ...]:
    """The hashed file names of BUNDLES in the installed Streamlit (none it does not have)."""
    return tuple(path.name for bundle in BUNDLES for path in sorted(STATIC_JS.glob(f"{bundle}.*.js")))


def script_body() -> str:
    """The inline script, with the chunk names of the installed Streamlit."""
    return BODY % json.dumps(list(chunk_names()))


def csp_source() -> str:
    """The Content-Security-Policy source that lets this one inline script run (dashboard.serve)."""
    return f"'sha256-{base64.b64encode(hashlib.sha256(script_body().encode()).digest()).decode()}'"


def prefetch() -> None:
    """Draw (in the sidebar, where it takes no room) the script that imports the chunks."""
    if chunk_names():
        st.sidebar.html(f"<script>{script_body()}</script>", unsafe_allow_javascript=True)
