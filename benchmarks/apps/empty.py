"""The reference page of the benchmark: an empty Streamlit page served the same way as the app."""

import streamlit as st

st.title("Leeg")
