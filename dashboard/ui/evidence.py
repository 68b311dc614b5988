"""The Streamlit side of the evidence: source texts and fact index read once, and links to a fact's place.

Any page can put ``evidence_link(fact_id, lang)`` next to a figure or a quote: one click opens the
Bronnen page at the sentence behind it. The language and global filters stay: widgets bound to the
URL put their own values back after the link has replaced the query string.
"""


import pandas as pd
import streamlit as st

from dashboard.core.data import Dataset, data_root
from dashboard.domain.evidence import FACT_KEY, PLACE_KEY, SourceTexts, fact_index, read_source_texts
from dashboard.text.i18n import tr
from dashboard.core.paths import PAGES_DIR

SOURCES_PAGE = str(PAGES_DIR / "bronnen.py")  # the page that opens a fact at its sentence


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
    st.page_link(SOURCES_PAGE, label=tr("sources.open_fact", lang), icon=":material/format_quote:", query_params={FACT_KEY: fact_id})


def open_here(key: str, value: str, label: str, icon: str, slot: int = 0) -> None:
    """On the Bronnen page itself, a button that opens a fact or place by putting it in the URL.

    A page link to the page one is on drops its query string from the address bar, which would
    make the view impossible to share; a callback that sets the URL keeps it.
    """
    def show() -> None:
        st.query_params.pop(PLACE_KEY if key == FACT_KEY else FACT_KEY, None)
        st.query_params[key] = value

    st.button(label, icon=icon, on_click=show, key=f"open_{key}_{value}_{slot}", type="tertiary")
