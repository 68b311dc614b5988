"""An address that names no page: said in the reader's language, with a link to the start page."""

import streamlit as st

from dashboard.core.navigation import START, link
from dashboard.text.i18n import tr
from dashboard.ui import shell, url_state

ctx = shell.context()
st.title(tr("notfound.title", ctx.lang))
st.markdown(tr("notfound.text", ctx.lang, path=url_state.shortened_path()))
url_state.page_link(link(START, language=ctx.lang), tr("notfound.home", ctx.lang), ":material/home:")
