"""The dashboard's pages, once: the menu order, each page's script in pages/, its title and its (Dutch) URL path."""

PAGES = [  # (script, i18n key of the title, URL path); order is the menu order
    ("start.py", "page.start", ""),
    ("kaart.py", "page.kaart", "kaart"),
    ("gemeente.py", "page.gemeente", "gemeente"),
    ("personas.py", "page.personas", "personas"),
    ("diensten.py", "page.diensten", "diensten"),
    ("vergelijken.py", "page.vergelijken", "vergelijken"),
    ("noden-aanbod.py", "page.noden", "noden-aanbod"),
    ("bronnen.py", "page.bronnen", "bronnen"),
    ("tijdlijn.py", "page.tijdlijn", "tijdlijn"),
    ("rapport.py", "page.rapport", "rapport"),
]
PRESENTATION = "presentatie.py"  # presentation mode's walk: it takes the place of every page, which keeps its URL
START = "start"  # the name of the page at the root URL


def page_scripts() -> dict[str, str]:
    """Page name (its URL path; "start" for the root) -> its script, in menu order."""
    return {path or START: script for script, _, path in PAGES}
