"""The presentation walk's button callbacks: move to a step, leave, switch the language."""

import streamlit as st

from dashboard.ui.url_state import LANG_KEY, PRESENT_KEY, STEP_KEY

def go_to_step(index: int) -> None:
    """Button callback of the walk: show step ``index`` (0-based; the URL holds it 1-based)."""
    st.query_params[STEP_KEY] = str(index + 1)


def leave_presentation() -> None:
    st.session_state[PRESENT_KEY] = False


def switch_language(lang: str) -> None:
    st.session_state[LANG_KEY] = lang
