"""The Gemeente page's search box: a municipality found by (part of) its name goes into the URL, so the link
reopens it; several found are offered as buttons; nothing found is said, with any letter of another script named."""

import streamlit as st

from dashboard.core.data import Dataset
from dashboard.domain.text_search import scripts
from dashboard.text.i18n import tr
from dashboard.text.markdown_text import literal
from dashboard.ui import url_state
from dashboard.ui.components import cached
from dashboard.views.municipality_profile import find

SEARCH_KEY = "zoek"  # state key of the box (not bound to the URL: the municipality found is)


def _show(name: str) -> None:
    """Button callback: show municipality ``name`` and empty the search."""
    url_state.set_url_value("municipality", name)
    st.session_state[SEARCH_KEY] = ""


def municipality_search(ds: Dataset, lang: str) -> None:
    """The search box (accents, case and invisible characters ignored) and what it found."""
    names = ds.tables["municipalities"].set_index("nis_code")["name"]
    typed = st.text_input(tr("municipality.search", lang), key=SEARCH_KEY, help=tr("municipality.search_help", lang), max_chars=60)
    found = cached(find)(ds, typed)
    if typed and not found:
        st.warning(tr("municipality.no_match", lang, text=literal(typed[:40]), n=len(ds.tables["regions"])))
        url_state.foreign_script_notice(typed, cached(scripts)("".join(names)), lang)
    elif len(found) == 1 and names[found[0]] != url_state.url_value("municipality"):
        url_state.set_url_value("municipality", names[found[0]])
    elif len(found) > 1:
        st.caption(tr("municipality.matches", lang))
        with st.container(horizontal=True):
            for code in found:
                st.button(names[code], key=f"kies-{code}", on_click=_show, args=(names[code],))
