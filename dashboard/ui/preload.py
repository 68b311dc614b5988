"""What a page's first response names for the browser to fetch at once: the code of its elements.

Streamlit's index.html preloads only its own core. The code of each other element (the sidebar's radio,
select boxes and switch, a component of our own, a table) is imported when the element first arrives over the
websocket, and each such chunk then imports its own parts one after another; in a fresh browser that
waterfall started about a second after the page was opened and took most of the time the frame (every
page's sidebar) needed beyond an empty page. The launcher (dashboard.serve) adds to each page's
index.html a ``<link rel="modulepreload">`` for every chunk its elements need, with their imports, so the
browser fetches and compiles them while Streamlit's own code starts. Only files of the installed Streamlit and the app's own static folder are named:
nothing leaves the machine.
"""

import html
import re
from functools import cache

from dashboard.ui import drawing_component, server_address
from dashboard.ui.bundles import STATIC_JS

DRAWING = drawing_component.NAME
# Streamlit's element type (as AppTest names it; a component of our own by its name) -> the name of the chunk that
# draws it. Elements not listed here are drawn by Streamlit's core, which index.html already preloads.
ELEMENT_CHUNKS = {
    "radio": "Radio", "multiselect": "Multiselect", "selectbox": "Selectbox", "toggle": "Checkbox", "html": "Html",
    DRAWING: "BidiComponent", "dataframe": "DataFrame",
    "download_button": "DownloadButton", "page_link": "PageLink", "text_input": "TextInput",
    "number_input": "NumberInput", "metric": "Metric",
}
FRAME = ("radio", "multiselect", "selectbox", "toggle", "html")  # every page's sidebar (dashboard.ui.shell) and styles
# What each page (by its URL path) draws when opened from a link, beyond the frame (tests/test_preload.py
# compares this with each page's run).
PAGE_ELEMENTS = {
    "": (DRAWING, "download_button", "page_link"),
    "kaart": (DRAWING, "download_button"),
    "gemeente": ("dataframe", "download_button", "page_link", "text_input"),
    "personas": (DRAWING, "dataframe"),
    "diensten": (DRAWING, "page_link"),
    "vergelijken": ("dataframe", "metric"),
    "noden-aanbod": (DRAWING, "dataframe"),
    "bronnen": (DRAWING, "dataframe", "download_button", "number_input", "text_input"),
    "tijdlijn": (DRAWING,),
    "rapport": (DRAWING,),
}
STATIC_IMPORT = re.compile(r'(?:\bfrom|\bimport)\s*"\./([\w.\-]+\.js)"')  # a static import in a minified chunk
PRELOADED = re.compile(r'static/js/([\w.\-]+\.js)')  # a chunk index.html itself loads or preloads


def elements_of(path: str) -> tuple[str, ...]:
    """The element types the page at URL ``path`` draws first (the frame's alone for an address of no page)."""
    return FRAME + PAGE_ELEMENTS.get(path, ())


@cache
def chunk_file(chunk: str) -> str | None:
    """The hashed file name of Streamlit's chunk ``chunk`` (None when the installed Streamlit has none)."""
    found = sorted(STATIC_JS.glob(f"{chunk}.*.js"))
    return found[0].name if found else None


@cache
def imports_of(file: str) -> tuple[str, ...]:
    """The chunks ``file`` imports statically (those the browser fetches before running it)."""
    return tuple(dict.fromkeys(STATIC_IMPORT.findall((STATIC_JS / file).read_text(encoding="utf-8"))))


def closure(files: tuple[str, ...]) -> list[str]:
    """``files`` and every chunk they import, directly or not, each once (first seen first)."""
    seen: dict[str, None] = {}
    todo = list(files)
    while todo:
        file = todo.pop(0)
        if file not in seen:
            seen[file] = None
            todo += imports_of(file)
    return list(seen)


def links(path: str, index_html: str) -> str:
    """The preload tags for the page at ``path``: its elements' chunks that ``index_html`` does not already load."""
    elements = elements_of(path)
    files = tuple(file for element in elements if (file := chunk_file(ELEMENT_CHUNKS[element])))
    loaded = set(PRELOADED.findall(index_html))
    tags = [f'<link rel="modulepreload" crossorigin href="./static/js/{html.escape(file)}">'
            for file in closure(files) if file not in loaded]
    return "\n".join(tags)


def with_preloads(path: str, index_html: str) -> str:
    """Streamlit's ``index_html`` for the page at URL ``path``: the server's address first in its head (before
    Streamlit's code reads it, dashboard.ui.server_address), ``links`` at the end."""
    head = index_html.replace("<head>", f"<head>\n{server_address.tag(path)}", 1)
    return head.replace("</head>", f"{links(path, index_html)}\n</head>", 1)
