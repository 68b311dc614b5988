"""Persona's: how often each persona is cited, per region, and what the texts say about one."""

import streamlit as st

from dashboard.attribution import source_line
from dashboard.figures.persona_charts import persona_bars, persona_region_bars
from dashboard.figures.style import region_colours
from dashboard.filters import selected_regions
from dashboard.i18n import tr
from dashboard.personas import persona_citations, persona_frequency, persona_region_matrix, persona_statements
from dashboard.ui import shell
from dashboard.ui.components import chart, localise_columns

# 1. Context
ctx = shell.context()
lang, ds = ctx.lang, ctx.ds
region_ids = selected_regions(ds, ctx.filters)
persona_id = ctx.filters.persona_id
source = source_line(ds, region_ids, lang)
st.title(tr("personas.title", lang))

# 2. Frequency: challenges, regions or rank-weighted
frequency = persona_frequency(ds, region_ids)
measures = {"challenges": "col.challenges", "regions": "col.regions", "weighted": "col.weighted"}
measure = st.radio(tr("personas.measure", lang), list(measures), format_func=lambda m: tr(measures[m], lang),
                   horizontal=True, key="telling", bind="query-params")
fig = persona_bars(frequency, measure, tr(measures[measure], lang), tr("personas.title", lang), highlight=persona_id)
chart(fig, source, localise_columns(frequency, {"name": "col.persona", "challenges": "col.challenges",
                                                "regions": "col.regions", "weighted": "col.weighted"}, lang),
      lang, key="persona_bars")
st.caption(tr("personas.weight_note", lang))

# 3. Per region and the persona-by-region matrix
matrix = persona_region_matrix(ds, region_ids)
names = ds.tables["regions"].set_index("region_id")["name"].to_dict()
colours = region_colours(list(ds.tables["regions"]["region_id"]))
fig = persona_region_bars(matrix.dropna(how="all"), names, colours, tr("personas.by_region", lang), tr("col.challenge_rank", lang))
table = matrix.rename(columns=names).astype("Int64").reset_index(names=tr("col.persona", lang))
chart(fig, source, table, lang, key="persona_regions")

# 4. One persona: where it appears and what the texts say
if persona_id is None:
    st.info(tr("personas.detail_hint", lang))
    st.stop()
name = ctx.options.personas[persona_id]
st.header(tr("personas.detail", lang, name=name))
st.subheader(tr("personas.citations", lang, name=name))
citations = persona_citations(ds, persona_id, region_ids)
st.dataframe(localise_columns(citations, {"region": "col.region", "challenge_rank": "col.challenge_rank", "title": "col.title",
                                          "persona_rank": "col.persona_rank", "quote": "col.quote"}, lang),
             hide_index=True, width="stretch")
st.subheader(tr("personas.statements", lang))
statements = persona_statements(ds, persona_id, region_ids)
if statements.empty:
    st.caption(tr("personas.no_statements", lang))
for _, row in statements.iterrows():
    st.markdown(f"**{row['region']}** — {row['statement_nl']}")
    st.caption(f"“{row['quote']}”")
    if row["is_flagged"]:
        st.warning(tr("personas.flagged", lang, note=row["flag_note"]))
st.caption(source)
