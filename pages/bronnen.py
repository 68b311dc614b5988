"""Bronnen: search the five addenda, and open any fact of the dataset at its place in its source."""

import streamlit as st

from dashboard.domain.attribution import source_line
from dashboard.domain.evidence import FACT_KEY, PLACE_KEY, distinct_facts, facts_in
from dashboard.figures.section_bars import section_bars
from dashboard.text.i18n import tr
from dashboard.text.markdown_text import escape, literal, marked
from dashboard.core.paging import page_count, page_of
from dashboard.domain.sections import SECTION_IDS, section_label
from dashboard.core.regions import region_names
from dashboard.domain.source_search import counts_by_part, opened_passage, search_hits, snippets
from dashboard.domain.text_search import find_all, scripts
from dashboard.ui import downloads, shell, url_state
from dashboard.ui.reveal import reveal
from dashboard.ui.components import cached, chart, dataframe, localise_columns, scope_notice
from dashboard.ui.evidence import facts, open_here, source_texts, warn_missing_texts

SHOWN_PER_REGION = 12  # snippets listed per region before "and n more"
SEARCH_KEY, SECTION_KEY = "zoek", "sectie"  # URL keys of the search box and the part filter

# 1. Context: texts, facts and the filters
ctx = shell.context()
lang, ds = ctx.lang, ctx.ds
region_ids = ctx.scope.regions
names = region_names(ds)
region_of = ds.tables["sources"].set_index("source_id")["region_id"]
st.title(tr("sources.title", lang))
st.markdown(tr("sources.intro", lang, n=len(ds.tables["regions"])))
sources = source_texts(ds)
warn_missing_texts(sources, lang)
all_facts = facts(ds, lang)

# 2. Search box and part of the text
url_state.carry_url_choice(SECTION_KEY, tr("sources.sections", lang), url_state.in_both_languages(SECTION_IDS, section_label), lang,
                       multiple=True)
left, right = st.columns([3, 2])
query = left.text_input(tr("sources.search", lang), key=SEARCH_KEY, bind="query-params",
                        placeholder=tr("sources.search_hint", lang)).strip()
section_ids = right.multiselect(tr("sources.sections", lang), SECTION_IDS, format_func=lambda s: section_label(s, lang),
                                key=SECTION_KEY, bind="query-params", placeholder=tr("sources.all_sections", lang))

# 3. The fact or place the link asks for, with the facts taken from that passage
opened = opened_passage(sources, all_facts, st.query_params.get(FACT_KEY, ""), st.query_params.get(PLACE_KEY, ""))
for key in opened.unknown:
    url_state.unknown_notice(tr(f"sources.field.{key}", lang), [st.query_params.get(key, "")], lang)
if opened.fact is not None:
    st.header(tr("sources.opened_fact", lang, detail=escape(opened.fact["detail"])))
if opened.fact is not None and opened.passage is None:
    st.info(tr("sources.no_text", lang, quote=escape(opened.fact["quote"])))
if opened.passage is not None:
    passage = opened.passage
    marks = opened.marks or [h for h in find_all(sources.folded[passage.source_id], query) if passage.start <= h[0] < passage.end]
    st.subheader(tr("sources.passage", lang, region=names[region_of[passage.source_id]],
                    section=section_label(passage.section_id, lang), line=passage.line))
    with st.container(border=True):
        st.markdown(marked(sources.texts[passage.source_id], marks, passage.start, passage.end))
    reveal(f"{passage.source_id} {marks}")
    st.caption(source_line(ds, [region_of[passage.source_id]], lang))
    inside = distinct_facts(facts_in(all_facts, passage), opened.fact["fact_id"] if opened.fact is not None else None)
    st.subheader(tr("sources.facts_here", lang, n=len(inside)))
    for fact in inside.itertuples():
        if opened.fact is not None and fact.fact_id == opened.fact["fact_id"]:
            st.markdown(tr("sources.this_fact", lang, detail=escape(fact.detail)))
        else:
            open_here(FACT_KEY, fact.fact_id, escape(fact.detail), ":material/format_quote:")

# 4. Where the hits, or the facts the filters keep, stand: per region and part of the text
source_of = {region_id: source_id for source_id, region_id in region_of.items()}
if query:
    rows = search_hits(sources, query, [source_of[r] for r in region_ids], section_ids)
    st.header(tr("sources.hits", lang, n=len(rows), query=literal(query)))
    url_state.foreign_script_notice(query, cached(scripts)("".join(sources.texts.values())), lang)
    if ctx.scope.is_narrowed:  # a search reads the whole text, whatever the filters beyond the regions
        st.info(tr("sources.search_all_text", lang))
else:
    rows = ctx.scope.facts(all_facts, section_ids)
    st.header(tr("sources.facts", lang, n=len(rows)))
    scope_notice(ctx.scope, ("facts",), lang)
counts = counts_by_part(rows, region_of.to_dict())
counts = counts.assign(region=counts["region_id"].map(names), part=counts["section_id"].map(lambda s: section_label(s, lang)))
fig = cached(section_bars)(counts, [names[r] for r in region_ids], [section_label(s, lang) for s in SECTION_IDS],
                           tr("sources.count", lang), tr("sources.by_part", lang),
                           columns={"region": "col.region", "part": "col.section", "n": "sources.count"}, lang=lang)
chart(fig, source_line(ds, region_ids, lang), ctx, key="bronnen_parts")

# 5. The hits in context, or the facts as a table whose rows open above
if query:
    found = snippets(sources, rows)
    for region_id in region_ids:
        mine = [snippet for snippet in found if snippet.source_id == source_of[region_id]]
        st.subheader(tr("sources.hits_in", lang, region=names[region_id], n=int((rows["source_id"] == source_of[region_id]).sum())))
        for slot, snippet in enumerate(mine[:SHOWN_PER_REGION]):
            st.markdown("… " + marked(sources.texts[snippet.source_id], snippet.hits, snippet.start, snippet.end) + " …")
            label = tr("sources.open_place", lang, section=section_label(snippet.section_id, lang), line=snippet.line)
            open_here(PLACE_KEY, f"{snippet.source_id}:{snippet.line}", label, ":material/article:", slot)
        if len(mine) > SHOWN_PER_REGION:
            st.caption(tr("sources.more_hits", lang, n=len(mine) - SHOWN_PER_REGION))
else:
    table = rows.assign(region=rows["region_id"].map(names), part=rows["section_id"].map(lambda s: section_label(s, lang)))
    columns = {"region": "col.region", "part": "col.section", "detail": "sources.col.fact", "quote": "col.quote",
               "line": "sources.col.line"}
    st.caption(tr("sources.facts_hint", lang))
    grid = st.container()
    # One page of rows is sent, chosen below the grid (no key: a table of another length starts at its first page)
    pages = page_count(len(table))
    number = st.number_input(tr("sources.page", lang, n=pages), 1, pages, width=240) if pages > 1 else 1
    shown, grid_key = page_of(table, number), f"feiten_{number}"  # each page its own selection

    def open_selected() -> None:
        """A row chosen in the table opens that fact above, through the URL so the view can be shared."""
        chosen_rows = st.session_state[grid_key].selection.rows
        if chosen_rows:
            st.query_params[FACT_KEY] = shown.rows.iloc[chosen_rows[0]]["fact_id"]
            st.query_params.pop(PLACE_KEY, None)

    with grid:
        dataframe(localise_columns(shown.rows, columns, lang), lang, key=grid_key, on_select=open_selected,
                  selection_mode="single-row")
    st.caption(tr("sources.rows_shown", lang, first=shown.first, last=shown.last, n=shown.total))
    downloads.table_buttons(localise_columns(table, columns, lang),
                            downloads.export_for(ctx, "feiten", tr("sources.facts", lang, n=len(table)), source_line(ds, region_ids, lang)))
