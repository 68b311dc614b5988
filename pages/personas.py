"""Persona's: how often each persona is cited, per region, and each persona's profile with links to the sources."""

import streamlit as st

from dashboard.domain.attribution import source_line
from dashboard.text.i18n import tr
from dashboard.views.persona_page import MEASURES, frequency_chart, obstacle_lines, persona_detail, profile_table, region_chart
from dashboard.ui import shell, url_state
from dashboard.ui.components import cached, chart, dataframe, lazy_tabs, scope_notice
from dashboard.ui.evidence import evidence_link, quoted_line, statement_block

OBSTACLE_QUOTES_KEY = "persona_obstakel"  # state keys of the unfolded obstacles, with the obstacle's id
PROFILE_TAB_KEY = "persona_deel"  # state key of the open tab of the chosen persona's profile

# 1. Context
ctx = shell.context()
lang, ds, scope, persona_id = ctx.lang, ctx.ds, ctx.scope, ctx.filters.persona_id
source = source_line(ds, scope.regions, lang)
st.title(tr("personas.title", lang))

# 2. Two charts in tabs, only the open one drawn (a tab opened later reruns the page): frequency (challenges,
#    regions or rank-weighted) and per region, with the persona-by-region matrix
scope_notice(scope, ("personas",), lang)
frequency_tab, region_tab = lazy_tabs([tr("personas.tab.frequency", lang), tr("personas.tab.by_region", lang)], "grafiek")
with frequency_tab:
    if frequency_tab.open:
        measure = url_state.url_widget("measure", st.radio, tr("personas.measure", lang), lang,
                                       named=lambda m, language: tr(MEASURES[m], language), horizontal=True)
        chart(cached(frequency_chart)(scope, measure, lang), source, ctx, key="persona_bars")
        st.caption(tr("personas.weight_note", lang))
with region_tab:
    if region_tab.open:
        chart(cached(region_chart)(scope, lang), source, ctx, key="persona_regions")

# 3. Every persona's profile in one line
st.header(tr("personas.profiles", lang))
dataframe(cached(profile_table)(scope, lang), lang)
if persona_id is None:
    st.info(tr("personas.detail_hint", lang))
    st.stop()

# 4. One persona: who the texts say it is and its contradictions; then, in three tabs of which only the open one is
#    drawn, what each text says about the persona itself and about its groups (apart), where it is cited, and the
#    obstacles named with it (an obstacle's quotes drawn once unfolded)
name = ctx.options.personas[persona_id]
detail = cached(persona_detail)(scope, name, lang)
st.header(tr("personas.detail", lang, name=name))
if detail.description:
    quoted_line(detail.description, lang)
for flag in detail.flagged:
    st.error(flag.text, icon="⚠️")
    evidence_link(flag.fact_id, lang)
said_tab, cited_tab, obstacles_tab = lazy_tabs([tr("personas.tab.statements", lang), tr("personas.tab.citations", lang),
                                                tr("personas.tab.obstacles", lang)], PROFILE_TAB_KEY)
if said_tab.open:
    with said_tab:
        st.subheader(tr("personas.statements", lang))
        if not detail.statements:
            st.caption(tr("personas.no_statements", lang))
        for region, blocks in detail.statements:
            st.markdown(f"#### {region}")
            for heading, help_text, lines in blocks:
                statement_block(heading, help_text, lines, lang)
if cited_tab.open:
    with cited_tab:
        st.subheader(tr("personas.citations", lang, name=name))
        dataframe(detail.citations, lang)
if obstacles_tab.open:
    with obstacles_tab:
        st.subheader(tr("personas.obstacles", lang, name=name))
        scope_notice(scope, ("region_obstacles",), lang)
        obstacles = cached(obstacle_lines)(scope, lang)
        if not obstacles:
            st.caption(tr("personas.no_obstacles", lang))
        for label, obstacle_id, quotes in obstacles:
            with st.expander(label, key=f"{OBSTACLE_QUOTES_KEY}_{obstacle_id}", on_change="rerun") as unfolded:
                for line in quotes if unfolded.open else []:
                    quoted_line(line, lang)
st.caption(source)
