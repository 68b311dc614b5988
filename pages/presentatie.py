"""Presentatie: the guided walk through the regions, one slide of the screen's size at a time."""

from dataclasses import replace

import streamlit as st

from dashboard.text.i18n import LANGUAGES, tr
from dashboard.views.presentation import next_step, previous_step, step_from_url, step_view, walk
from dashboard.ui import downloads, presenting, shell, url_state
from dashboard.ui.components import cached, filter_notice
from dashboard.ui import drawing_component

# 1. Context and the step the URL names
ctx = shell.context()
lang = ctx.lang
steps = cached(walk)(ctx.scope)
raw_step = url_state.url_value("step")
index = step_from_url(raw_step, len(steps))
if index is None:
    if raw_step:
        url_state.unknown_value_notice("step", raw_step, lang)
    index = 0
back_to, on_to = previous_step(index, len(steps)), next_step(index, len(steps))

# 2. Moving through the walk: buttons, the arrow keys and a presenter's clicker (PageDown, PageUp,
# Space); the deck as PDF; leaving; the other language
other = LANGUAGES[1 - LANGUAGES.index(lang)]
back, position, forward, deck, language, leave = st.columns([2, 3, 2, 2, 2, 2], vertical_alignment="center")
back.button(tr("presentation.previous", lang), icon=":material/arrow_back:", shortcut="Left", disabled=index == 0,
            on_click=presenting.go_to_step, args=(back_to,), width="stretch")
position.markdown(tr("presentation.position", lang, n=index + 1, total=len(steps)))
forward.button(tr("presentation.next", lang), icon=":material/arrow_forward:", shortcut="Right", type="primary",
               disabled=index == len(steps) - 1, on_click=presenting.go_to_step, args=(on_to,), width="stretch")
with deck:
    downloads.deck_button(steps, ctx)
language.button(tr("presentation.other_language", lang), on_click=presenting.switch_language, args=(other,), width="stretch")
leave.button(tr("presentation.leave", lang), icon=":material/close:", shortcut="Esc", on_click=presenting.leave_presentation,
             width="stretch")
with st.container(key="slide_keys"):  # hidden: only their keys count
    for shortcut, target in (("PageDown", on_to), ("Space", on_to), ("PageUp", back_to)):
        st.button(shortcut, shortcut=shortcut, on_click=presenting.go_to_step, args=(target,), key=f"key_{shortcut}")

# 3. The slide: its title, what the filters did, the chart as high as the screen leaves room for, its source
view = cached(step_view)(ctx.scope, ctx.layers, steps[index], lang)
st.title(view.title)
filter_notice(view.notice)
with st.container(key="slide"):
    if view.chart is None:
        st.info(tr("presentation.nothing", lang))
    else:  # the title above says what the chart's own title says
        drawing_component.place(replace(view.chart, figure={k: v for k, v in view.chart.figure.items() if k != "title"}),
                                ctx.layers.values(), key=f"presentatie_{index}", stretch=True)
st.caption(view.source)
