"""The share popover: the link that reopens this view, and the same link for embedding it in another site."""

import streamlit as st

from dashboard.text.i18n import tr
from dashboard.domain.sharing import share_url


def share_popover(shown: dict[str, list[str]], lang: str, embedded: bool) -> None:
    """The link to this view with a copy button, and the same link for embedding in another site;
    embedded, a way out to the full dashboard instead.

    The link holds the URL values ``shown`` (URL key -> values) as they are shown, over those of the address bar:
    a choice carried over from a link (the language, an obstacle named in the other language) is shown but does
    not reach the address bar.
    """
    base = st.context.url
    if not base:  # no browser address (a bare test run): nothing to share
        return
    params = {key: st.query_params.get_all(key) for key in st.query_params} | shown
    if embedded:
        st.link_button(tr("share.full", lang), share_url(base, params), icon=":material/open_in_new:")
        return
    # in a popover: its code blocks (and their copy buttons) load only when someone wants to share
    with st.popover(tr("share.title", lang), icon=":material/link:", width="stretch"):
        st.caption(tr("share.link", lang))
        st.code(share_url(base, params), language=None, wrap_lines=True)
        st.caption(tr("share.embed", lang))
        st.code(share_url(base, params, embed=True), language=None, wrap_lines=True)
