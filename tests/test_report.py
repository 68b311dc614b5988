"""Unit tests of dashboard.report: the region report's counts and short ranked lists, on the committed dataset."""

import pandas as pd
import pytest

from dashboard.data import read_dataset
from dashboard.paths import ROOT
from dashboard.report import obstacle_counts, ranked_text, region_sources, service_counts
from dashboard.scope import Scope


@pytest.fixture(scope="module")
def ds():
    return read_dataset(ROOT)


def test__obstacle_counts__counts_presence_per_challenge_and_every_mention_of_the_region(ds):
    named = ds.tables["region_obstacles"].query("region_id == 'vlaamse-ardennen'")
    counts = obstacle_counts(Scope(ds, ("vlaamse-ardennen",)), "nl")
    assert counts["mentions"].sum() == len(named)
    assert counts["presence"].is_monotonic_decreasing
    places = named.groupby("obstacle_id")["challenge_rank"].agg(lambda ranks: ranks.dropna().nunique() + ranks.isna().any())
    assert counts.set_index("obstacle_id")["presence"].to_dict() == places.to_dict()
    assert set(counts["obstacle_id"]) == set(named["obstacle_id"])


def test__obstacle_counts__persona_keeps_only_its_challenges(ds):
    every = obstacle_counts(Scope(ds, ("westhoek",)), "en")
    saled = obstacle_counts(Scope(ds, ("westhoek",), "saled"), "en")
    assert 0 < saled["mentions"].sum() < every["mentions"].sum()
    labels = ds.tables["obstacles"].set_index("obstacle_id")["label_en"]
    assert saled["obstacle"].tolist() == labels[saled["obstacle_id"]].tolist()


def test__service_counts__count_every_place_the_region_asks_for_a_service_type(ds):
    asked = ds.tables["region_service_types"].query("region_id == 'oostende'")
    counts = service_counts(Scope(ds, ("oostende",)), "nl")
    assert counts["mentions"].sum() == len(asked)
    assert set(counts["service_type_id"]) == set(asked["service_type_id"])


def test__ranked_text__shows_the_first_rows_counts_the_rest_and_bolds_the_highlight():
    frame = pd.DataFrame({"id": list("abcd"), "label": ["A*", "B", "C", "D"], "presence": [4, 3, 2, 1]})
    assert ranked_text(frame, "label", "id", limit=2, more="+{n}") == r"A\* (4) · B (3) · +2"
    assert ranked_text(frame, "label", "id", "d", limit=2, more="+{n}") == r"A\* (4) · B (3) · **D (1)** · +1"
    assert ranked_text(frame.iloc[:0], "label", "id") == ""


def test__region_sources__the_addendum_of_the_region_alone(ds):
    sources = ds.tables["sources"]
    rows = region_sources(ds, "westhoek")
    assert len(rows) == (sources["region_id"] == "westhoek").sum() >= 1
    assert list(rows.columns) == ["title", "launch_date", "is_launch_year_inferred"]
    assert region_sources(ds, "atlantis").empty
