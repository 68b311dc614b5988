"""The curator's review app (run through `python -m dashboard.curate DRAFT`): one suggestion at a time beside
its sentence in context. Keys: a accept, x reject (r is Streamlit's rerun), j/k next/previous, shift+w write the
region file; an addition is checked verbatim against the source."""

import os
from pathlib import Path

import streamlit as st

from dashboard.core.paths import ROOT
from dashboard.curate.review import DRAFT_VARIABLE, Review, add, decide, load_review, region_parts, write_region
from dashboard.builder.draft.codebook import TAXONOMIES

SECTIONS = ["uitdaging", "focus", "verrijking", "arena-analyse", "andere-lokale-input"]
TAXONOMY_NAMES = {"obstacles": "Obstakel / Obstacle", "service_types": "Type dienstverlening / Service type"}


@st.cache_data
def _categories() -> dict[str, list[str]]:
    import csv

    folder = ROOT / "data" / "curated" / "taxonomy"
    return {t: [row[f"{t[:-1]}_id"] for row in csv.DictReader((folder / f"{t}.csv").open(encoding="utf-8"))]
            for t in TAXONOMIES}


def _review(path: Path) -> Review:
    if "review" not in st.session_state:
        st.session_state.review = load_review(path)
        st.session_state.position = 0
    return st.session_state.review


def _move(step: int, total: int) -> None:
    st.session_state.position = min(max(st.session_state.position + step, 0), max(total - 1, 0))


# 1. The draft
draft_path = Path(os.environ[DRAFT_VARIABLE]) if os.environ.get(DRAFT_VARIABLE) else None
st.set_page_config(page_title="Curatie / Curation", layout="wide")
if draft_path is None or not draft_path.is_file():
    st.error("Geen concept gevonden / No draft found: start with `python -m dashboard.curate DRAFT`.")
    st.stop()
review = _review(draft_path)
region_id = review.draft["region_id"]
statements = review.draft["statements"]
st.title(f"Curatie van {region_id} / Review of {region_id}")
decided = len(review.items) - review.open_count
st.progress(decided / max(len(review.items), 1),
            text=f"{decided} van {len(review.items)} beslist / {decided} of {len(review.items)} decided")

# 2. One suggestion beside its sentence in context
if review.items:
    item = review.items[st.session_state.position]
    left, right = st.columns([3, 2])
    with left:
        st.subheader("Zin in context / Sentence in context")
        if item.unit_id is not None:
            for statement in statements[max(item.unit_id - 2, 0): item.unit_id + 3]:
                text = statement["text"]
                st.markdown(f"**{text}**" if statement["unit_id"] == item.unit_id else f":gray[{text}]")
        else:
            st.markdown(f"**{item.quote}**")
        st.caption(f"sectie / section: {item.section} · uitdaging / challenge: {item.challenge_rank or '—'}")
    with right:
        st.subheader(TAXONOMY_NAMES[item.taxonomy])
        choices = _categories()[item.taxonomy]
        category = st.selectbox("Categorie / Category", choices,
                                index=choices.index(item.category_id) if item.category_id in choices else 0,
                                key=f"category-{st.session_state.position}")
        quote = st.text_area("Citaat (inkorten mag) / Quote (may be shortened)", item.quote,
                             key=f"quote-{st.session_state.position}")
        st.caption(f"zekerheid / confidence {item.confidence if item.confidence is not None else '—'} · {item.matched}")
        if item.rule:
            st.info(f"Beslisregel / Decision rule: {item.rule}")
        if item.verdict:
            st.success(f"{item.verdict}" + (f" (was {item.changed_from})" if item.changed_from else ""))
        total = len(review.items)
        a, r, p, n = st.columns(4)
        if a.button("Aanvaarden / Accept", shortcut="a", type="primary"):
            try:
                decide(item, "accepted", category, quote, review.source_text)
                _move(1, total)
                st.rerun()
            except ValueError as error:
                st.error(str(error))
        if r.button("Verwerpen / Reject", shortcut="x"):
            decide(item, "rejected")
            _move(1, total)
            st.rerun()
        if p.button("Vorige / Previous", shortcut="k"):
            _move(-1, total)
            st.rerun()
        if n.button("Volgende / Next", shortcut="j"):
            _move(1, total)
            st.rerun()

# 3. What the draft missed: a selected span, checked verbatim against the source
with st.expander("Toevoegen wat ontbreekt / Add what the draft missed"):
    quote = st.text_area("Geselecteerde tekst uit de bron / Text selected in the source", key="addition-quote")
    c1, c2, c3, c4 = st.columns(4)
    taxonomy = c1.selectbox("Soort / Kind", TAXONOMIES, format_func=TAXONOMY_NAMES.get, key="addition-taxonomy")
    added_category = c2.selectbox("Categorie / Category", _categories()[taxonomy], key="addition-category")
    ranks = [None] + [c["challenge_rank"] for c in review.draft["challenges"]]
    rank = c3.selectbox("Uitdaging / Challenge", ranks, format_func=lambda r: "regio / region-wide" if r is None else str(r))
    section = c4.selectbox("Sectie / Section", SECTIONS)
    if st.button("Toevoegen / Add", shortcut="ctrl+enter"):
        try:
            add(review, taxonomy, added_category, quote, rank, section)
            st.success("Toegevoegd / Added")
        except ValueError as error:
            st.error(str(error))
    st.text_area("Bron / Source", review.source_text, height=300, disabled=True)

# 4. Challenges, then the region file
st.subheader("Uitdagingen / Challenges")
challenges = []
for challenge in review.draft["challenges"]:
    c1, c2 = st.columns(2)
    title = c1.text_input(f"Titel {challenge['challenge_rank']} (NL)", challenge["title"] or "", key=f"title-{challenge['challenge_rank']}")
    title_en = c2.text_input(f"Title {challenge['challenge_rank']} (EN)", "", key=f"title-en-{challenge['challenge_rank']}")
    challenges.append({"challenge_rank": challenge["challenge_rank"], "title": title, "title_en": title_en or None,
                       "is_title_derived": challenge["is_title_derived"], "quote": challenge["quote"],
                       "persona_ids": challenge["persona_ids"]})
target = ROOT / "data" / "curated" / "regions" / f"{region_id}.yaml"
if st.button(f"Schrijf {target.relative_to(ROOT)} / Write it", disabled=review.open_count > 0, shortcut="shift+w"):
    write_region(target, region_parts(review, challenges))
    st.success(f"Geschreven / Written: {target.relative_to(ROOT)}; bouw met / build with `python -m dashboard.builder`.")
if review.open_count:
    st.caption(f"Nog {review.open_count} open / {review.open_count} still open.")
