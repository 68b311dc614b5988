"""The dashboard's pages, once: the menu order, each page's script in pages/, its title and its (Dutch) URL path;
and the way from one page to another (``link``), by page name and URL parameters named as in the registry."""

from dataclasses import dataclass, field
from pathlib import Path

from dashboard.core.params import query
from dashboard.core.paths import PAGES_DIR

PAGES = [  # (script, i18n key of the title, URL path); order is the menu order
    ("start.py", "page.home", ""),
    ("kaart.py", "page.map", "kaart"),
    ("gemeente.py", "page.municipality", "gemeente"),
    ("personas.py", "page.personas", "personas"),
    ("diensten.py", "page.services", "diensten"),
    ("vergelijken.py", "page.compare", "vergelijken"),
    ("noden-aanbod.py", "page.needs", "noden-aanbod"),
    ("bronnen.py", "page.sources", "bronnen"),
    ("tijdlijn.py", "page.timeline", "tijdlijn"),
    ("rapport.py", "page.report", "rapport"),
]
PRESENTATION = "presentatie.py"  # presentation mode's walk: it takes the place of every page, which keeps its URL
PRESENTATION_PATH = "presentatie"  # the address a coordinator types: it opens presentation mode
NOT_FOUND = "niet-gevonden.py"  # the page of an address that names no page, in the reader's language
START = "start"  # the name of the page at the root URL


def is_unknown_path(requested: str) -> bool:
    """True when the address asks for a path (``requested``, "" for the root) that names no page of ours.

    A path of several parts (a/b) counts as unknown too, though only Streamlit's own notice can answer it.
    """
    return bool(requested) and requested not in {path for _, _, path in PAGES} | {PRESENTATION_PATH}


def page_scripts() -> dict[str, str]:
    """Page name (its URL path; "start" for the root) -> its script, in menu order."""
    return {path or START: script for script, _, path in PAGES}


@dataclass(frozen=True)
class Link:
    script: Path  # the page's script, as st.page_link and st.switch_page take it
    query_params: dict[str, str] = field(default_factory=dict)  # URL key -> value


def link(page: str, **params: str | None) -> Link:
    """The way to ``page`` (its name in ``page_scripts``: "start", "kaart", ...) with the URL parameters ``params``,
    named as in dashboard.core.params (``link("gemeente", municipality="Ronse")``); defaults are left out.
    An unknown page or parameter name is a KeyError."""
    return Link(PAGES_DIR / page_scripts()[page], query(**params))
