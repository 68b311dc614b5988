"""Scroll the opened passage's highlighted sentence into view: a link that opens a fact far down a
source otherwise leaves the reader at the top of /bronnen, looking for it.

Streamlit runs the scripts of an st.html element when the element is drawn and whenever its HTML
changes, not on a rerun that draws the same HTML again. The script is constant, so the page's
Content-Security-Policy lets it run by its hash (csp_source); a digest beside it names the opened
passage and its marks, so each newly opened passage (a second one in the same tab too) runs it again.
"""

import base64
import hashlib

import streamlit as st

# Waits until the script run has finished (the passage is drawn), then centres the first highlight
# of the bordered box that holds the opened passage (the search hits further down stand in no box).
BODY = """
(() => {
  const drawn = () => document.querySelector("[data-testid='stApp'][data-test-script-state='notRunning']");
  const reveal = () => {
    if (!drawn()) return setTimeout(reveal, 100);
    const mark = document.querySelector("[data-testid='stMain'] [data-testid='stLayoutWrapper'] .stMarkdownColoredBackground");
    if (mark) mark.scrollIntoView({block: "center"});
  };
  setTimeout(reveal, 100);
})();
"""


def csp_source() -> str:
    """The Content-Security-Policy source that lets this one inline script run (dashboard.serve)."""
    return f"'sha256-{base64.b64encode(hashlib.sha256(BODY.encode()).digest()).decode()}'"


def reveal(passage: str) -> None:
    """Draw the script that scrolls to the highlight; ``passage`` names what is opened (a new name runs it again).

    Only a digest of the name goes into the HTML, so nothing from the data or the URL is drawn as HTML.
    """
    digest = hashlib.sha256(passage.encode()).hexdigest()[:16]
    st.html(f"<script>{BODY}</script><span hidden>{digest}</span>", unsafe_allow_javascript=True)
