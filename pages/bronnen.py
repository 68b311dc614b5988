"""Bronnen: search the five addenda, and open any fact of the dataset at its place in its source."""

import streamlit as st

from dashboard.domain.attribution import source_line
from dashboard.domain.sections import SECTION_IDS, section_label
from dashboard.domain.source_search import opened_passage, search_hits
from dashboard.domain.text_search import scripts
from dashboard.text.i18n import tr
from dashboard.text.markdown_text import escape, literal
from dashboard.views.source_view import FACT_COLUMNS, fact_table, hit_groups, opened_view, parts_chart
from dashboard.ui import shell, url_state
from dashboard.ui.reveal import reveal
from dashboard.ui.components import cached, chart, filter_notice
from dashboard.ui.evidence import fact_grid, facts, hit_list, open_here, source_texts, warn_missing_texts

# 1. Context: texts, facts and the filters; the search box and the parts of the text (both kept in the URL)
ctx = shell.context()
lang, ds, region_ids = ctx.lang, ctx.ds, ctx.scope.regions
st.title(tr("sources.title", lang))
st.markdown(tr("sources.intro", lang, n=len(ds.tables["regions"])))
sources, all_facts = source_texts(ds), facts(ds, lang)
warn_missing_texts(sources, lang)
left, right = st.columns([3, 2])
query = url_state.url_widget("search", left.text_input, tr("sources.search", lang), lang,
                             placeholder=tr("sources.search_hint", lang)).strip()
section_ids = url_state.url_widget("sections", right.multiselect, tr("sources.sections", lang), lang, SECTION_IDS,
                                   named=section_label, placeholder=tr("sources.all_sections", lang))

# 2. The fact or place the link asks for, with the facts taken from that passage
opened = opened_passage(sources, all_facts, url_state.url_value("fact"), url_state.url_value("place"))
for name in opened.unknown:
    url_state.unknown_value_notice(name, url_state.url_value(name), lang)
if opened.fact is not None:
    st.header(tr("sources.opened_fact", lang, detail=escape(opened.fact["detail"])))
    if opened.passage is None:
        st.info(tr("sources.no_text", lang, quote=escape(opened.fact["quote"])))
if opened.passage is not None:
    passage = opened_view(ds, sources, all_facts, opened, query, lang)
    st.subheader(passage.heading)
    st.container(border=True).markdown(passage.text)
    reveal(passage.reveal)
    st.caption(passage.source)
    st.subheader(tr("sources.facts_here", lang, n=len(passage.facts)))
    for fact in passage.facts.itertuples():
        if fact.fact_id == passage.opened_fact:
            st.markdown(tr("sources.this_fact", lang, detail=escape(fact.detail)))
        else:
            open_here("fact", fact.fact_id, escape(fact.detail), ":material/format_quote:")

# 3. Where the hits, or the facts the filters keep, stand: per region and part of the text
if query:
    source_ids = ds.tables["sources"].set_index("region_id").loc[region_ids, "source_id"].tolist()
    rows = search_hits(sources, query, source_ids, section_ids)
    st.header(tr("sources.hits", lang, n=len(rows), query=literal(query)))
    url_state.foreign_script_notice(query, cached(scripts)("".join(sources.texts.values())), lang)
    if ctx.scope.is_narrowed:  # a search reads the whole text, whatever the filters beyond the regions
        st.info(tr("sources.search_all_text", lang))
else:
    rows = ctx.scope.facts(all_facts, section_ids)
    st.header(tr("sources.facts", lang, n=len(rows)))
    filter_notice(ctx.scope.facts_notice(lang))
chart(cached(parts_chart)(ds, rows, region_ids, lang), source_line(ds, region_ids, lang), ctx, key="bronnen_parts")

# 4. The hits in context, or the facts as a table whose rows open above
if query:
    hit_list(hit_groups(ds, sources, rows, region_ids, lang), lang)
else:
    fact_grid(fact_table(ds, rows, lang), FACT_COLUMNS, ctx, tr("sources.facts", lang, n=len(rows)), source_line(ds, region_ids, lang))
