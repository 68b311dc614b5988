"""The regions' own caveats on a page: beside the service heatmap, in the comparison and in the region report."""

import pandas as pd
import streamlit as st

from dashboard.text.i18n import tr
from dashboard.text.markdown_text import escape
from dashboard.ui.components import lazy_tabs
from dashboard.ui.evidence import evidence_link

TAB_KEY = "caveats_tab"  # state key of the open region's tab


def _line(row, lang: str) -> str:
    about = tr("caveats.challenge", lang, rank=row.challenge_rank) if pd.notna(row.challenge_rank) else ""
    about += tr("caveats.types", lang, types=escape(row.service_types)) if row.service_types else ""
    return escape(row.caveat) + about


def caveat_lines(caveats: pd.DataFrame, region_id: str, lang: str) -> None:
    """Each caveat of one region (with the challenge or service types it concerns), its quote and a link to it."""
    mine = caveats[caveats["region_id"] == region_id]
    if mine.empty:
        st.caption(tr("caveats.none", lang))
    for row in mine.itertuples():
        st.markdown(f"- {_line(row, lang)}")
        st.caption(f"“{escape(row.quote)}”")
        evidence_link(row.fact_id, lang)


def caveat_text(caveats: pd.DataFrame, region_id: str, lang: str, heading: str) -> str:
    """One region's caveats in a few words, for a printed page that must stay one page: how many, the first one,
    and where to read the others with their quotes (the Diensten page)."""
    mine = caveats[caveats["region_id"] == region_id]
    if mine.empty:
        return f"**{heading}**: {tr('caveats.none', lang)}"
    first = _line(next(mine.itertuples()), lang)
    more = f" · {tr('caveats.more', lang, n=len(mine) - 1)}" if len(mine) > 1 else ""
    return f"**{heading} ({len(mine)})**: {first}{more}"


def caveats_section(caveats: pd.DataFrame, names: dict[str, str], lang: str) -> None:
    """Every region's caveats under one open heading, a tab per region, so they are read beside the figures;
    only the open tab's caveats are drawn (each with its quote and link, the five together weigh on a page)."""
    with st.expander(tr("caveats.title", lang, n=len(caveats)), expanded=True, icon=":material/info:"):
        st.caption(tr("caveats.help", lang))
        regions = list(dict.fromkeys(caveats["region_id"]))
        for region_id, tab in zip(regions, lazy_tabs([names[r] for r in regions], TAB_KEY)):
            if tab.open:
                with tab:
                    caveat_lines(caveats, region_id, lang)
