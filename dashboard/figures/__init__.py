"""Pure figure builders: data frames in, plotly figures out; no Streamlit here."""
