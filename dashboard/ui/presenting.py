"""The presentation walk's button callbacks: move to a step, leave, switch the language."""

import streamlit as st

from dashboard.core.params import PARAMS
from dashboard.ui.url_state import set_url_value


def go_to_step(index: int) -> None:
    """Button callback of the walk: show step ``index`` (0-based; the URL holds it 1-based)."""
    set_url_value("step", str(index + 1))


def leave_presentation() -> None:
    st.session_state[PARAMS["presenting"].key] = False


def switch_language(lang: str) -> None:
    st.session_state[PARAMS["language"].key] = lang
