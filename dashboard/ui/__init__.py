"""The Streamlit layer: caching, the shared sidebar, and the pieces every page uses."""
