"""Persona's: how often each persona is cited, per region, and each persona's profile with links to the sources."""

import streamlit as st

from dashboard.domain.attribution import source_line
from dashboard.text.curated_text import column_in_language
from dashboard.figures.persona_charts import persona_bars, persona_region_bars
from dashboard.figures.style import region_colours
from dashboard.text.i18n import tr
from dashboard.text.markdown_text import escape
from dashboard.text.numbers import number
from dashboard.domain.personas import (persona_citations, persona_description, persona_frequency, persona_lines,
                                persona_obstacle_counts, persona_obstacles, persona_profiles, persona_region_matrix,
                                persona_statements)
from dashboard.core.regions import region_names
from dashboard.core.vocabularies import ROBUSTNESS
from dashboard.ui import shell, url_state
from dashboard.ui.components import cached, chart, dataframe, lazy_tabs, localise_columns, scope_notice
from dashboard.ui.evidence import evidence_link

OBSTACLE_QUOTES_KEY = "persona_obstakel"  # state keys of the unfolded obstacles, with the obstacle's id
PROFILE_TAB_KEY = "persona_deel"  # state key of the open tab of the chosen persona's profile

# 1. Context
ctx = shell.context()
lang, ds = ctx.lang, ctx.ds
scope, region_ids, persona_id = ctx.scope, ctx.scope.regions, ctx.filters.persona_id
source = source_line(ds, region_ids, lang)
st.title(tr("personas.title", lang))

# 2. Two charts in tabs, only the open one drawn (a tab opened later reruns the page): frequency (challenges,
#    regions or rank-weighted) and per region, with the persona-by-region matrix
scope_notice(scope, ("personas",), lang)
frequency_tab, region_tab = lazy_tabs([tr("personas.tab.frequency", lang), tr("personas.tab.by_region", lang)], "grafiek")
lines = cached(persona_lines)(ds, lang)  # who each persona is, on hover
with frequency_tab:
    if frequency_tab.open:
        frequency = persona_frequency(scope)
        measures = {"challenges": "col.challenges", "regions": "col.regions", "weighted": "col.weighted"}
        url_state.carry_url_choice("telling", tr("personas.measure", lang),
                                   url_state.in_both_languages(measures, lambda m, language: tr(measures[m], language)), lang)
        measure = st.radio(tr("personas.measure", lang), list(measures), format_func=lambda m: tr(measures[m], lang),
                           horizontal=True, key="telling", bind="query-params")
        fig = persona_bars(frequency, measure, tr(measures[measure], lang), tr("personas.title", lang), highlight=persona_id,
                           lines=lines, columns={"name": "col.persona", **measures}, lang=lang)
        chart(fig, source, ctx, key="persona_bars")
        st.caption(tr("personas.weight_note", lang))
with region_tab:
    if region_tab.open:
        matrix = persona_region_matrix(scope)
        names = region_names(ds).to_dict()
        colours = region_colours(list(ds.tables["regions"]["region_id"]))
        fig = persona_region_bars(matrix, names, colours, tr("personas.by_region", lang), tr("col.challenge_rank", lang),
                                  tr("personas.regions_citing", lang), lines, lang=lang)
        chart(fig, source, ctx, key="persona_regions")

# 3. Every persona's profile in one line
st.header(tr("personas.profiles", lang))
profiles = cached(persona_profiles)(scope, lang)
dataframe(localise_columns(profiles, {"name": "col.persona", "description": "personas.col.description", "where": "personas.col.where",
                                      "statements": "personas.col.statements", "group_statements": "personas.col.group_statements",
                                      "flagged": "personas.col.flagged"}, lang), lang)
if persona_id is None:
    st.info(tr("personas.detail_hint", lang))
    st.stop()

# 4. One persona: who the texts say it is and its contradictions; then, one tab at a time, what each text says about
#    the persona itself and about its groups (apart), where it appears, and the obstacles named with it
name = ctx.options.personas[persona_id]
st.header(tr("personas.detail", lang, name=name))
description = persona_description(scope, lang)
if description:
    st.markdown(tr("personas.description", lang, line=escape(description["line"]), region=escape(description["region"])))
    st.caption(f"“{escape(description['quote'])}”")
    evidence_link(description["fact_id"], lang)
statements = persona_statements(scope, lang)
for row in statements[statements["is_flagged"]].itertuples():
    st.error(tr("personas.flagged", lang, region=escape(row.region), note=escape(row.note)), icon="⚠️")
    evidence_link(row.fact_id, lang)
# the rest of the profile in three tabs, only the open one drawn: what the texts say, where it is cited, its obstacles
said_tab, cited_tab, obstacles_tab = lazy_tabs([tr("personas.tab.statements", lang), tr("personas.tab.citations", lang),
                                                tr("personas.tab.obstacles", lang)], PROFILE_TAB_KEY)


def statement_lines(rows) -> None:
    """Each statement with a flag mark, its quote and a link to its place in the source."""
    for row in rows.itertuples():
        st.markdown(f"- {escape(row.statement)}" + (" ⚠️" if row.is_flagged else ""))
        st.caption(f"“{escape(row.quote)}”")
        evidence_link(row.fact_id, lang)


citations = persona_citations(scope)
citations = citations.assign(title=column_in_language(citations, "title", lang)).drop(columns="title_en")
if said_tab.open:
    with said_tab:
        st.subheader(tr("personas.statements", lang))
        if statements.empty:
            st.caption(tr("personas.no_statements", lang))
        titles = citations.set_index(["region", "challenge_rank"])["title"]
        for region, said in statements.groupby("region", sort=False):
            st.markdown(f"#### {escape(region)}")
            own = said[said["fact_level"] == "persona"]
            if not own.empty:
                st.markdown(f"**{tr('personas.own', lang, name=name)}**")
                statement_lines(own)
            for rank, group in said[said["fact_level"] == "group"].groupby("challenge_rank"):
                st.markdown(f"**{tr('personas.group', lang, rank=rank, title=escape(titles.get((region, rank), '')))}**")
                st.caption(tr("personas.group_help", lang, name=name))
                statement_lines(group)
if cited_tab.open:
    with cited_tab:
        st.subheader(tr("personas.citations", lang, name=name))
        dataframe(localise_columns(citations, {"region": "col.region", "challenge_rank": "col.challenge_rank", "title": "col.title",
                                               "persona_rank": "col.persona_rank", "quote": "col.quote"}, lang), lang)
if obstacles_tab.open:
    with obstacles_tab:
        st.subheader(tr("personas.obstacles", lang, name=name))
        scope_notice(scope, ("persona_obstacles",), lang)
        obstacles = persona_obstacles(scope, lang)
        if obstacles.empty:
            st.caption(tr("personas.no_obstacles", lang))
        for row in cached(persona_obstacle_counts)(scope, obstacles).itertuples():  # quotes drawn only once unfolded
            depends = "" if row.rank_robustness == "holds" else f" † {ROBUSTNESS.label('depends', lang)}: " + tr(
                "robust.across", lang, e=row.emphasis_rank, r=row.regions_rank, m=row.mentions_rank)
            with st.expander(tr("personas.obstacle_line", lang, rank=row.emphasis_rank, obstacle=row.obstacle,
                                share=number(row.emphasis, lang, 1), regions=row.regions, mentions=row.mentions) + depends,
                             key=f"{OBSTACLE_QUOTES_KEY}_{row.obstacle_id}", on_change="rerun") as unfolded:
                if not unfolded.open:
                    continue
                for quote in obstacles[obstacles["obstacle_id"] == row.obstacle_id].itertuples():
                    st.markdown(tr("personas.obstacle_quote", lang, region=escape(quote.region), rank=quote.challenge_rank,
                                   quote=escape(quote.quote)))
                    evidence_link(quote.fact_id, lang)
st.caption(source)
