"""An address that names no page: said in the reader's language, with a link to the start page."""

import streamlit as st

from dashboard.text.i18n import LANGUAGES, tr
from dashboard.core.navigation import PAGES
from dashboard.core.paths import PAGES_DIR
from dashboard.ui import shell, url_state

ctx = shell.context()
st.title(tr("notfound.title", ctx.lang))
st.markdown(tr("notfound.text", ctx.lang, path=url_state.shortened_path()))
st.page_link(PAGES_DIR / PAGES[0][0], label=tr("notfound.home", ctx.lang), icon=":material/home:",
             query_params={url_state.LANG_KEY: ctx.lang} if ctx.lang != LANGUAGES[0] else None)
