"""Pieces every page uses: a chart with its source line and the table behind it."""

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard.i18n import tr

# Plotly's own toolbar saves PNG in the browser: no server-side renderer, works offline.
PLOTLY_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}}


def chart(fig: go.Figure, source: str, table: pd.DataFrame, lang: str, key: str, **select) -> object:
    """Show ``fig``, its source line and, below, the same numbers as a table; returns the selection."""
    event = st.plotly_chart(fig, width="stretch", config=PLOTLY_CONFIG, key=key, **select)
    st.caption(source)
    with st.expander(tr("table.show", lang)):
        st.dataframe(table, hide_index=True, width="stretch")
    return event


def localise_columns(frame: pd.DataFrame, columns: dict[str, str], lang: str) -> pd.DataFrame:
    """Keep ``columns`` (data column -> i18n key) and give them labels in ``lang``."""
    return frame[list(columns)].rename(columns={c: tr(k, lang) for c, k in columns.items()})
