"""Pure figure builders: data frames in, a Chart out (the figure with what it drew); no Streamlit here."""
