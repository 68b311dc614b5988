"""The curator's review app (run through `python -m dashboard.curate DRAFT`): one suggestion at a time, for every
part of the region file, beside its sentence in context. Keys: a accept (with the fields as shown), x reject (r is
Streamlit's rerun), j/k next/previous, ctrl+enter add what the draft missed, shift+w write the region file."""

import os
from pathlib import Path

import streamlit as st

from dashboard.core.paths import ROOT
from dashboard.curate.labels import PART_NAMES, VERDICTS
from dashboard.curate.review import (DRAFT_VARIABLE, HEADER, PARTS, TARGET_VARIABLE, Review, add, context, decide,
                                     field_text, field_value, fields_of, load_review, region_file, tally, write_region)


def _review(path: Path) -> Review:
    if "review" not in st.session_state:
        st.session_state.review = load_review(path)
        st.session_state.position = 0
        st.session_state.additions = 0
    return st.session_state.review


def _after_decision(review: Review) -> None:
    """On to the next open item after this one (or the first open one), so a curator never hunts for it."""
    here = st.session_state.position
    order = list(range(here + 1, len(review.items))) + list(range(here + 1))
    st.session_state.position = next((i for i in order if review.items[i].verdict is None), here)


def _move(step: int, total: int) -> None:
    st.session_state.position = min(max(st.session_state.position + step, 0), total - 1)


def _fields(part: str, record: dict, key: str) -> dict:
    """One input per field, the quote a larger box; returns what the curator typed, as values."""
    typed = {}
    for name in fields_of(part):
        show = field_text(record.get(name))
        if name == "quote":
            text = st.text_area("quote (inkorten mag / may be shortened)", show, key=f"{key}-{name}", height=90)
        else:
            text = st.text_input(name, show, key=f"{key}-{name}")
        typed[name] = field_value(part, name, text)
    return typed


# 1. The draft
draft_path = Path(os.environ[DRAFT_VARIABLE]) if os.environ.get(DRAFT_VARIABLE) else None
st.set_page_config(page_title="Curatie / Curation", layout="wide")
if draft_path is None or not draft_path.is_file():
    st.error("Geen concept gevonden / No draft found: start with `python -m dashboard.curate DRAFT`.")
    st.stop()
review = _review(draft_path)
region_id = review.draft["region_id"]
st.title(f"Curatie van {region_id} / Review of {region_id}")
decided = len(review.items) - review.open_count
st.progress(decided / len(review.items),
            text=f"{decided} van {len(review.items)} beslist / {decided} of {len(review.items)} decided")

# 2. One suggestion beside its sentence in context
position = st.session_state.position
item = review.items[position]
left, right = st.columns([3, 2])
with left:
    st.subheader("Zin in context / Sentence in context")
    for text, is_own in context(review, item):
        st.markdown(f"**{text}**" if is_own else f":gray[{text}]")
    if item.rule:
        st.info(f"Beslisregel / Decision rule: {item.rule}")
    confidence = "—" if item.confidence is None else item.confidence
    st.caption(f"zekerheid / confidence {confidence} · {item.matched or '—'}")
with right:
    st.subheader(f"{position + 1}. {PART_NAMES[item.part]}")
    typed = _fields(item.part, item.record, f"item{position}")
    if item.verdict:
        was = f" (was: {', '.join(f'{k} {field_text(v)!r}' for k, v in item.changed.items())})" if item.changed else ""
        st.success(VERDICTS[item.verdict] + was)
    accept, reject = st.columns(2)  # two to a row: four side by side cut their labels at 1400 px
    previous, following = st.columns(2)
    if accept.button("Aanvaarden / Accept", shortcut="a", type="primary"):
        try:
            decide(item, "accepted", typed, review.source_text)
            _after_decision(review)
            st.rerun()
        except ValueError as error:
            st.error(str(error))
    if reject.button("Verwerpen / Reject", shortcut="x"):
        decide(item, "rejected")
        _after_decision(review)
        st.rerun()
    if previous.button("Vorige / Previous", shortcut="k"):
        _move(-1, len(review.items))
        st.rerun()
    if following.button("Volgende / Next", shortcut="j"):
        _move(1, len(review.items))
        st.rerun()

# 3. What the draft missed: a span selected (or pasted) from the source, checked verbatim, with its fields
with st.expander("Toevoegen wat ontbreekt / Add what the draft missed", expanded=True):
    part = st.selectbox("Deel / Part", PARTS, format_func=PART_NAMES.get, key="addition-part")
    record = _fields(part, {}, f"add{st.session_state.additions}-{part}")
    if st.button("Toevoegen / Add", shortcut="ctrl+enter"):
        try:
            add(review, part, record)
            st.session_state.additions += 1  # fresh, empty fields for the next addition
            st.rerun()
        except ValueError as error:
            st.error(str(error))
    st.text_area("Bron / Source", review.source_text, height=300, disabled=True)

# 4. What the review changed, and the region file
counts = tally(review)
st.dataframe([{"deel / part": PART_NAMES[p], **c} for p, c in counts.items() if any(c.values())], hide_index=True)
target = Path(os.environ.get(TARGET_VARIABLE) or ROOT / "data" / "curated" / "regions" / f"{region_id}.yaml")
if st.button(f"Schrijf / Write {target.name}", disabled=review.open_count > 0, shortcut="shift+w"):
    try:
        write_region(target, region_file(review))
        st.success(f"Geschreven / Written: {target}; bouw met / build with `python -m dashboard.builder`.")
    except ValueError as error:
        st.error(str(error))
if review.open_count:
    st.caption(f"Nog {review.open_count} open / {review.open_count} still open.")
