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
from dashboard.navigation import PAGES, PRESENTATION  # noqa: E402
from dashboard.paths import PAGES_DIR  # noqa: E402
from dashboard.ui import bundles, shell, styles, url_state  # noqa: E402

st.set_page_config(page_title="Regionale noden", layout="wide")
url_state.say_unread_link()  # before anything reads the URL
url_state.drop_overlong_url_values()
dataset = shell.dataset_or_stop()
context = shell.sidebar(dataset)
styles.chrome(context.presenting, context.embedded)
bundles.prefetch()  # the chart libraries other pages need, fetched while this one is read
navigation = st.navigation([
    st.Page(PAGES_DIR / (PRESENTATION if context.presenting else script), title=tr(title, context.lang),
            url_path=path or None, default=not path)
    for script, title, path in PAGES
], position="hidden" if context.presenting or context.embedded else "sidebar")
navigation.run()
