"""A second reference page: the dashboard's frame without a page (its dataset, sidebar and styles,
then a heading), served the same way as the app. What a page costs beyond this is the page's own."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # `streamlit run` puts only this folder on the path

import streamlit as st  # noqa: E402

from dashboard.ui import shell, styles  # noqa: E402

st.set_page_config(page_title="Regionale noden", layout="wide")
context = shell.sidebar(shell.dataset_or_stop())
styles.chrome(context.presenting, context.embedded)
st.title("Kader")
