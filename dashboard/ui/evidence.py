"""The Streamlit side of the evidence: source texts and fact index read once, and links to a fact's place.

Any page can put ``evidence_link(fact_id, lang)`` next to a figure or a quote: one click opens the
Bronnen page at the sentence behind it. The language and global filters stay: widgets bound to the
URL put their own values back after the link has replaced the query string.
"""


import pandas as pd
import streamlit as st

from dashboard.core.data import Dataset, data_root
from dashboard.core.navigation import link
from dashboard.domain.evidence import SourceTexts, fact_index, read_source_texts
from dashboard.text.i18n import tr
from dashboard.ui.url_state import page_link, set_url_value


@st.cache_resource(show_spinner=False, hash_funcs={Dataset: id})
def source_texts(ds: Dataset) -> SourceTexts:
    return read_source_texts(ds, data_root())


@st.cache_resource(show_spinner=False, hash_funcs={Dataset: id})
def facts(ds: Dataset, lang: str) -> pd.DataFrame:
    """Every fact with its place in its source (callers must not change the frame they get)."""
    return fact_index(ds, source_texts(ds), lang)


def warn_missing_texts(sources: SourceTexts, lang: str) -> None:
    """Say which source texts could not be read and how to get them back."""
    for path in sources.missing.values():
        st.warning(tr("sources.missing_text", lang, path=path), icon="⚠️")


def evidence_link(fact_id: str, lang: str) -> None:
    """A link to the Bronnen page opened at the fact's quote in its source."""
    page_link(link("bronnen", fact=fact_id), tr("sources.open_fact", lang), ":material/format_quote:")


def open_here(name: str, value: str, label: str, icon: str, slot: int = 0) -> None:
    """On the Bronnen page itself, a button that opens a fact or place (``name``: "fact" or "place") by putting it
    in the URL.

    A page link to the page one is on drops its query string from the address bar, which would
    make the view impossible to share; a callback that sets the URL keeps it.
    """
    def show() -> None:
        set_url_value("place" if name == "fact" else "fact", None)
        set_url_value(name, value)

    st.button(label, icon=icon, on_click=show, key=f"open_{name}_{value}_{slot}", type="tertiary")
