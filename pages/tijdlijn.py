"""Tijdlijn: the call's local timeline per region; a click on a step shows the sentence it comes from."""

import streamlit as st

from dashboard.domain.attribution import source_line
from dashboard.core.vocabularies import EVENTS
from dashboard.figures.timeline_chart import clicked_fact, timeline_chart
from dashboard.text.i18n import tr
from dashboard.text.markdown_text import escape
from dashboard.core.regions import region_names
from dashboard.domain.timeline import timeline_rows
from dashboard.ui import shell
from dashboard.ui.components import cached, chart, scope_notice
from dashboard.ui.evidence import evidence_link

# 1. Context and what the filters keep
ctx = shell.context()
lang, ds = ctx.lang, ctx.ds
st.title(tr("timeline.title", lang))
region_ids = ctx.scope.timeline_regions()
scope_notice(ctx.scope, ("timeline",), lang)
if not region_ids:
    st.warning(tr("timeline.empty", lang))
    st.stop()

# 2. The chart, with hollow markers where the year is inferred
rows = cached(timeline_rows)(ctx.scope, lang)
names = region_names(ds)
events = EVENTS.labels(lang)
steps = rows.assign(step=rows["event"].map(events), inferred=rows["is_year_inferred"].map(
    {True: tr("timeline.yes", lang), False: tr("timeline.no", lang)}))
fig = cached(timeline_chart)(steps, [names[r] for r in region_ids], events, tr("timeline.inferred", lang),
                             tr("timeline.title", lang), columns={
                                 "region": "col.region", "step": "timeline.col.step", "dates": "timeline.col.dates",
                                 "inferred": "timeline.col.inferred", "quote": "col.quote"}, lang=lang)
st.caption(tr("timeline.hint", lang))
event = chart(fig, source_line(ds, region_ids, lang), ctx, key="tijdlijn_chart", clickable=True)
if rows["is_year_inferred"].any():
    st.caption(tr("timeline.inferred_note", lang))

# 3. The sentence behind the clicked step
clicked = rows[rows["fact_id"] == clicked_fact(event)]
for step in clicked.itertuples():
    st.subheader(tr("timeline.step", lang, region=step.region, step=events[step.event], dates=step.dates))
    st.markdown(f"“{escape(step.quote)}”")
    evidence_link(step.fact_id, lang)
