"""Persona's: how often each persona is cited, per region, and each persona's profile with links to the sources."""

import streamlit as st

from dashboard.attribution import source_line
from dashboard.figures.persona_charts import persona_bars, persona_region_bars
from dashboard.figures.style import region_colours
from dashboard.i18n import tr
from dashboard.markdown_text import escape
from dashboard.personas import (obstacle_counts, persona_citations, persona_frequency, persona_obstacles, persona_profiles,
                                persona_region_matrix, persona_statements)
from dashboard.ui import shell
from dashboard.regions import region_names
from dashboard.ui.components import cached, chart, dataframe, localise_columns, scope_notice
from dashboard.ui.evidence import evidence_link

# 1. Context
ctx = shell.context()
lang, ds = ctx.lang, ctx.ds
scope, region_ids, persona_id = ctx.scope, ctx.scope.regions, ctx.filters.persona_id
source = source_line(ds, region_ids, lang)
st.title(tr("personas.title", lang))

# 2. Frequency: challenges, regions or rank-weighted
scope_notice(scope, ("personas",), lang)
frequency = persona_frequency(scope)
measures = {"challenges": "col.challenges", "regions": "col.regions", "weighted": "col.weighted"}
shell.carry_url_choice("telling", tr("personas.measure", lang),
                       shell.in_both_languages(measures, lambda m, language: tr(measures[m], language)), lang)
measure = st.radio(tr("personas.measure", lang), list(measures), format_func=lambda m: tr(measures[m], lang),
                   horizontal=True, key="telling", bind="query-params")
fig = persona_bars(frequency, measure, tr(measures[measure], lang), tr("personas.title", lang), highlight=persona_id)
chart(fig, source, localise_columns(frequency, {"name": "col.persona", "challenges": "col.challenges",
                                                "regions": "col.regions", "weighted": "col.weighted"}, lang),
      lang, key="persona_bars")
st.caption(tr("personas.weight_note", lang))

# 3. Per region and the persona-by-region matrix
matrix = persona_region_matrix(scope)
names = region_names(ds).to_dict()
colours = region_colours(list(ds.tables["regions"]["region_id"]))
fig = persona_region_bars(matrix.dropna(how="all"), names, colours, tr("personas.by_region", lang), tr("col.challenge_rank", lang))
table = matrix.rename(columns=names).astype("Int64").reset_index(names=tr("col.persona", lang))
chart(fig, source, table, lang, key="persona_regions")

# 4. Every persona's profile in one line
st.header(tr("personas.profiles", lang))
profiles = cached(persona_profiles)(scope)
dataframe(localise_columns(profiles, {"name": "col.persona", "where": "personas.col.where", "statements": "personas.col.statements",
                                      "flagged": "personas.col.flagged"}, lang), lang)
if persona_id is None:
    st.info(tr("personas.detail_hint", lang))
    st.stop()

# 5. One persona: contradictions first, then where it appears, what each text says, and the obstacles named with it
name = ctx.options.personas[persona_id]
st.header(tr("personas.detail", lang, name=name))
statements = persona_statements(scope)
for row in statements[statements["is_flagged"]].itertuples():
    st.error(tr("personas.flagged", lang, region=escape(row.region), note=escape(row.flag_note)), icon="⚠️")
    evidence_link(row.fact_id, lang)
st.subheader(tr("personas.citations", lang, name=name))
citations = persona_citations(scope)
dataframe(localise_columns(citations, {"region": "col.region", "challenge_rank": "col.challenge_rank", "title": "col.title",
                                       "persona_rank": "col.persona_rank", "quote": "col.quote"}, lang), lang)
st.subheader(tr("personas.statements", lang))
if statements.empty:
    st.caption(tr("personas.no_statements", lang))
for region, said in statements.groupby("region", sort=False):
    st.markdown(f"#### {escape(region)}")
    for row in said.itertuples():
        flag = " ⚠️" if row.is_flagged else ""
        st.markdown(tr("personas.statement", lang, rank=row.challenge_rank, statement=escape(row.statement_nl)) + flag)
        st.caption(f"“{escape(row.quote)}”")
        evidence_link(row.fact_id, lang)
st.subheader(tr("personas.obstacles", lang, name=name))
scope_notice(scope, ("persona_obstacles",), lang)
obstacles = persona_obstacles(scope, lang)
if obstacles.empty:
    st.caption(tr("personas.no_obstacles", lang))
for row in obstacle_counts(obstacles).itertuples():
    with st.expander(tr("personas.obstacle_line", lang, obstacle=row.obstacle, mentions=row.mentions, regions=row.regions)):
        for quote in obstacles[obstacles["obstacle_id"] == row.obstacle_id].itertuples():
            st.markdown(tr("personas.obstacle_quote", lang, region=escape(quote.region), rank=quote.challenge_rank,
                           quote=escape(quote.quote)))
            evidence_link(quote.fact_id, lang)
st.caption(source)
