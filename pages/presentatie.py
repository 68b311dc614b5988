"""Presentatie: the guided walk through the regions, one large view at a time (presentation mode)."""

import streamlit as st

from dashboard.i18n import LANGUAGES, tr
from dashboard.presentation import next_step, previous_step, step_from_url, step_view, walk
from dashboard.ui import shell
from dashboard.ui.components import cached, chart, filter_notice, localise_columns

# 1. Context and the step the URL names
ctx = shell.context()
lang = ctx.lang
steps = walk(ctx.scope.regions)
raw_step = st.query_params.get(shell.STEP_KEY)
index = step_from_url(raw_step, len(steps))
if index is None:
    if raw_step:
        shell.unknown_notice(tr("presentatie.step", lang), [raw_step], lang)
    index = 0

# 2. Moving through the walk: buttons and the arrow keys; leaving; the other language
other = LANGUAGES[1 - LANGUAGES.index(lang)]
back, position, forward, language, leave = st.columns([2, 3, 2, 2, 2], vertical_alignment="center")
back.button(tr("presentatie.previous", lang), icon=":material/arrow_back:", shortcut="Left", disabled=index == 0,
            on_click=shell.go_to_step, args=(previous_step(index, len(steps)),), width="stretch")
position.markdown(tr("presentatie.position", lang, n=index + 1, total=len(steps)))
forward.button(tr("presentatie.next", lang), icon=":material/arrow_forward:", shortcut="Right", type="primary",
               disabled=index == len(steps) - 1, on_click=shell.go_to_step, args=(next_step(index, len(steps)),),
               width="stretch")
language.button(tr("presentatie.other_language", lang), on_click=shell.switch_language, args=(other,), width="stretch")
leave.button(tr("presentatie.leave", lang), icon=":material/close:", shortcut="Esc", on_click=shell.leave_presentation,
             width="stretch")

# 3. The view of this step
view = cached(step_view)(ctx.scope, ctx.layers, steps[index], lang)
st.title(view.title)
filter_notice(view.notice)
if view.figure is None:
    st.info(tr("presentatie.nothing", lang))
else:
    chart(view.figure, view.source, localise_columns(view.table, view.columns, lang), ctx, key=f"presentatie_{index}")
