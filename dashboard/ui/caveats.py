"""The regions' own caveats on a page: beside the service heatmap, in the comparison and in the region report."""

import pandas as pd
import streamlit as st

from dashboard.i18n import tr
from dashboard.markdown_text import escape
from dashboard.ui.evidence import evidence_link


def caveat_lines(caveats: pd.DataFrame, region_id: str, lang: str, with_quotes: bool = True) -> None:
    """Each caveat of one region (with the challenge or service types it concerns); with its quote and a link to it."""
    mine = caveats[caveats["region_id"] == region_id]
    if mine.empty:
        st.caption(tr("caveats.none", lang))
    for row in mine.itertuples():
        about = tr("caveats.challenge", lang, rank=row.challenge_rank) if pd.notna(row.challenge_rank) else ""
        about += tr("caveats.types", lang, types=escape(row.service_types)) if row.service_types else ""
        st.markdown(f"- {escape(row.caveat)}{about}" if with_quotes else f"- :small[{escape(row.caveat)}{about}]")
        if with_quotes:
            st.caption(f"“{escape(row.quote)}”")
            evidence_link(row.fact_id, lang)


def caveats_section(caveats: pd.DataFrame, names: dict[str, str], lang: str) -> None:
    """Every region's caveats under one heading, region by region, open so they are read beside the figures."""
    with st.expander(tr("caveats.title", lang, n=len(caveats)), expanded=True, icon=":material/info:"):
        st.caption(tr("caveats.help", lang))
        for region_id in caveats["region_id"].unique():
            st.markdown(f"**{escape(names[region_id])}**")
            caveat_lines(caveats, region_id, lang)
