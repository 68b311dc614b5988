"""Draft coding of a new addendum from the codebook: read it, cut it into statements, suggest categories,
write a draft file under data/curated/drafts/ that a curator reviews (`python -m dashboard.curate`).

Drafts are never read by the build: only a curator's reviewed file in data/curated/regions/ reaches the pages.
"""
