"""Entry point of the dashboard: `python -m dashboard.serve` (or `streamlit run dashboard/app.py`).

Sets up the page, the shared sidebar (language and filters, kept in the URL) and the
navigation; each page script in pages/ then draws one view.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `streamlit run` puts only dashboard/ on the path
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from dashboard.i18n import tr  # noqa: E402
from dashboard.paths import PAGES_DIR  # noqa: E402
from dashboard.ui import shell  # noqa: E402

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

st.set_page_config(page_title="Regionale noden", layout="wide")
shell.drop_overlong_url_values()  # before anything reads the URL
dataset = shell.dataset_or_stop()
context = shell.sidebar(dataset)
shell.chrome(context)
navigation = st.navigation([
    st.Page(PAGES_DIR / (PRESENTATION if context.presenting else script), title=tr(title, context.lang),
            url_path=path or None, default=not path)
    for script, title, path in PAGES
], position="hidden" if context.presenting or context.embedded else "sidebar")
navigation.run()
