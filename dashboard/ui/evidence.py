"""The Streamlit side of the evidence: source texts and fact index read once, and links to a fact's place.

Any page can put ``evidence_link(fact_id, lang)`` next to a figure or a quote: one click opens the
Bronnen page at the sentence behind it. The language and global filters stay: widgets bound to the
URL put their own values back after the link has replaced the query string.
"""


import pandas as pd
import streamlit as st

from dashboard.core.data import Dataset, data_root
from dashboard.core.navigation import link
from dashboard.core.paging import page_count, page_of
from dashboard.core.params import PARAMS
from dashboard.domain.evidence import SourceTexts, fact_index, read_source_texts
from dashboard.text.i18n import localise_columns, tr
from dashboard.ui import downloads
from dashboard.ui.components import dataframe
from dashboard.ui.shell import Context
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


def quoted_line(line, lang: str) -> None:
    """A line (dashboard.views.persona_page.Quoted: text, quote, fact_id), the quote it rests on if any, and the
    link to its place in the source."""
    st.markdown(line.text)
    if line.quote:
        st.caption(line.quote)
    evidence_link(line.fact_id, lang)


def statement_block(heading: str, help_text: str, lines: list, lang: str) -> None:
    """A bold heading, a line saying how to read what follows (if any), and the quoted lines under it."""
    st.markdown(f"**{heading}**")
    if help_text:
        st.caption(help_text)
    for line in lines:
        quoted_line(line, lang)


def open_here(name: str, value: str, label: str, icon: str, slot: int = 0) -> None:
    """On the Bronnen page itself, a button that opens a fact or place (``name``: "fact" or "place") by putting it
    in the URL.

    A page link to the page one is on drops its query string from the address bar, which would
    make the view impossible to share; a callback that sets the URL keeps it.
    """
    def show() -> None:
        set_url_value("place" if name == "fact" else "fact", None)
        set_url_value(name, value)

    # keyed by the URL key it writes (tests find a button by it)
    st.button(label, icon=icon, on_click=show, key=f"open_{PARAMS[name].key}_{value}_{slot}", type="tertiary")


def hit_list(groups: list, lang: str) -> None:
    """Each region's search hits in context (dashboard.views.source_view.hit_groups), each with a button to its place."""
    for group in groups:
        st.subheader(group.heading)
        for slot, (text, label, place) in enumerate(group.hits):
            st.markdown(text)
            open_here("place", place, label, ":material/article:", slot)
        if group.more:
            st.caption(tr("sources.more_hits", lang, n=group.more))


def fact_grid(table: pd.DataFrame, columns: dict[str, str], ctx: Context, title: str, source: str) -> None:
    """The facts of ``table`` (with fact_id) a page of rows at a time, the page chosen below the grid; a row chosen
    opens its fact, through the URL so the view can be shared; every row in the downloads."""
    lang = ctx.lang
    st.caption(tr("sources.facts_hint", lang))
    grid = st.container()
    # no key: a table of another length starts at its first page; each page keeps its own selection
    pages = page_count(len(table))
    number = st.number_input(tr("sources.page", lang, n=pages), 1, pages, width=240) if pages > 1 else 1
    shown, grid_key = page_of(table, number), f"feiten_{number}"

    def open_selected() -> None:
        chosen_rows = st.session_state[grid_key].selection.rows
        if chosen_rows:
            set_url_value("fact", shown.rows.iloc[chosen_rows[0]]["fact_id"])
            set_url_value("place", None)

    with grid:
        dataframe(localise_columns(shown.rows, columns, lang), lang, key=grid_key, on_select=open_selected,
                  selection_mode="single-row")
    st.caption(tr("sources.rows_shown", lang, first=shown.first, last=shown.last, n=shown.total))
    downloads.table_buttons(localise_columns(table, columns, lang), downloads.export_for(ctx, "feiten", title, source))
