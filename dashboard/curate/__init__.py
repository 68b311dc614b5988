"""The curator's review of a draft coding: a local Streamlit app, separate from the read-only dashboard.

    python -m dashboard.curate data/curated/drafts/<region>.yaml
"""
