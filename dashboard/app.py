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

from dashboard.text.i18n import tr  # noqa: E402
from dashboard.core.navigation import NOT_FOUND, PAGES, PRESENTATION, PRESENTATION_PATH, START, is_unknown_path  # noqa: E402
from dashboard.core.paths import PAGES_DIR  # noqa: E402
from dashboard.ui import bundles, shell, styles, url_state  # noqa: E402

st.set_page_config(page_title="Regionale noden", layout="wide")
url_state.say_unread_link()  # before anything reads the URL
url_state.drop_unreadable_url_params()
requested = url_state.requested_path()
if requested == PRESENTATION_PATH:  # the address a coordinator types opens the walk
    url_state.open_presentation()
dataset = shell.dataset_or_stop()
context = shell.sidebar(dataset)
styles.chrome(context.presenting, context.embedded)
bundles.prefetch()  # the chart libraries other pages need, fetched while this one is read
pages = [st.Page(PAGES_DIR / (PRESENTATION if context.presenting else script), title=tr(title, context.lang),
                 url_path=path or START, default=not path)
         for script, title, path in PAGES]
# Off the menu: the walk at its own address (the start page there once the walk is left), and our own page
# for an address that names none (a page of its own, so Streamlit's English "Page not found" does not show;
# a path of several parts cannot have one)
hidden = [st.Page(PAGES_DIR / (PRESENTATION if context.presenting else PAGES[0][0]),
                  title=tr("presentation.switch", context.lang), url_path=PRESENTATION_PATH, visibility="hidden")]
if is_unknown_path(requested) and "/" not in requested:
    hidden.append(st.Page(PAGES_DIR / NOT_FOUND, title=tr("notfound.title", context.lang), url_path=requested,
                          visibility="hidden"))
navigation = st.navigation(pages + hidden, position="hidden" if context.presenting or context.embedded else "sidebar")
navigation.run()
