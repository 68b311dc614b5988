"""Unit tests of dashboard.views.report: the region report's counts and short ranked lists, on the committed dataset."""

from datetime import date

import pandas as pd
import pytest

from dashboard.core.data import read_dataset
from dashboard.core.paths import ROOT
from dashboard.views.report import (challenge_lists, measure_notes, obstacle_counts, ranked_text, region_sources, report_lines,
                                    service_counts)
from dashboard.core.scope import Scope
from dashboard.text.markdown_text import escape

REGIONS = ["midden-west-vlaanderen", "oostende", "vlaamse-ardennen", "westhoek", "zuid-west-vlaanderen"]


@pytest.fixture(scope="module")
def ds():
    return read_dataset(ROOT)


def test__obstacle_counts__reads_the_published_emphasis_most_first_and_counts_every_mention(ds):
    named = ds.tables["region_obstacles"].query("region_id == 'vlaamse-ardennen'")
    counts = obstacle_counts(Scope(ds, ("vlaamse-ardennen",)), "nl")
    assert counts["mentions"].sum() == len(named)
    assert counts["emphasis_rank"].is_monotonic_increasing and counts["emphasis"].is_monotonic_decreasing
    published = ds.tables["region_emphasis"].query("region_id == 'vlaamse-ardennen' and kind == 'obstacle' and is_named")
    assert counts.set_index("obstacle_id")["emphasis"].to_dict() == published.set_index("category_id")["emphasis"].to_dict()
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


def test__ranked_text__shows_the_ranks_up_to_the_limit_with_ties_counts_the_rest_and_bolds_the_highlight():
    frame = pd.DataFrame({"id": list("abcde"), "label": ["A*", "B", "C", "D", "E"], "emphasis": [40.0, 20.5, 20.5, 10, 9],
                          "emphasis_rank": [1, 2, 2, 4, 5], "is_measure_dependent": [False, True, False, False, False],
                          "caveat": ["", "", "Nog niet.", "", ""]})
    assert ranked_text(frame, "label", "id", "nl", limit=2, more="+{n}") == r"1. A\* (40,0 %) · 2. B (20,5 %) † · 2. C (20,5 %) ‡ · +2"
    assert ranked_text(frame.iloc[:0], "label", "id", "nl") == ""


@pytest.mark.parametrize("region_id", REGIONS)
def test__ranked_text__lists_what_the_published_emphasis_ranks_within_the_limit_and_counts_the_rest(ds, region_id):
    published = ds.tables["region_emphasis"].query("region_id == @region_id and kind == 'obstacle' and is_named")
    within = published[published["emphasis_rank"] <= 5]
    counts = obstacle_counts(Scope(ds, (region_id,)), "en")
    items = ranked_text(counts, "obstacle", "obstacle_id", "en", limit=5, more="+{n}").split(" · ")
    rest = len(published) - len(within)
    assert items[-1] == f"+{rest}" if rest else not items[-1].startswith("+")
    assert [int(item.split(".")[0]) for item in items[:len(within)]] == sorted(within["emphasis_rank"].astype(int))
    highlight = published.sort_values("emphasis_rank")["category_id"].iloc[-1]  # the least stressed one
    bold = [item for item in ranked_text(counts, "obstacle", "obstacle_id", "en", highlight, limit=5).split(" · ")
            if item.startswith("**")]
    assert len(bold) == 1 and bold[0].startswith(f"**{int(published['emphasis_rank'].max())}. ")


@pytest.mark.parametrize("kind", ["obstacle", "service_type"])
@pytest.mark.parametrize("region_id", REGIONS)
def test__measure_notes__one_note_for_each_ranking_within_the_limit_the_published_emphasis_says_depends_on_the_measure(
        ds, region_id, kind):
    published = ds.tables["region_emphasis"].query("region_id == @region_id and kind == @kind and is_named")
    depends = published[(published["emphasis_rank"] <= 8) & (published["rank_robustness"] != "holds")]
    counts = (obstacle_counts if kind == "obstacle" else service_counts)(Scope(ds, (region_id,)), "en")
    notes = measure_notes(counts, kind, limit=8)
    assert len(notes) == len(depends) == ranked_text(counts, kind, f"{kind}_id", "en").count("†")
    assert all(note.startswith("† ") and "depends" in note for note in notes)


def test__region_sources__the_addendum_of_the_region_alone(ds):
    sources = ds.tables["sources"]
    rows = region_sources(ds, "westhoek")
    assert len(rows) == (sources["region_id"] == "westhoek").sum() >= 1
    assert list(rows.columns) == ["title", "launch_date", "is_launch_year_inferred"]
    assert region_sources(ds, "atlantis").empty


def test__challenge_lists__numbers_every_challenge_and_ranks_what_the_region_stresses(ds):
    scope = Scope(ds, ("westhoek",), obstacle_id=None)
    lists = challenge_lists(scope.challenges(), scope, "nl", limit=3)
    challenges = ds.tables["challenges"].query("region_id == 'westhoek'")
    lines = lists.challenges.split("\n")[2:]
    assert [line.split(".")[0] for line in lines] == [str(rank) for rank in sorted(challenges["challenge_rank"])]
    assert lists.obstacles.startswith("**Obstakels met de meeste nadruk**: 1. ") and ":small[" not in lists.obstacles
    assert lists.counted.startswith("n. = ")


def test__challenge_lists__a_printed_page_sets_them_small_and_bolds_the_chosen_obstacle(ds):
    top = ds.tables["region_emphasis"].query("region_id == 'oostende' and kind == 'obstacle' and is_named")
    last = top.sort_values("emphasis")["category_id"].iloc[0]  # stressed least: shown only because it is chosen
    scope = Scope(ds, ("oostende",), obstacle_id=last)
    lists = challenge_lists(Scope(ds, ("oostende",)).challenges(), scope, "en", limit=1, small=True)
    label = ds.tables["obstacles"].set_index("obstacle_id").loc[last, "label_en"]
    assert lists.obstacles.startswith("**Obstacles stressed most**: :small[1. ")
    assert lists.obstacles.count("**") == 4 and lists.obstacles.split("**")[3].split(". ", 1)[1].startswith(escape(label))


def test__report_lines__the_region_s_figures_its_addendum_the_day_and_flanders_rate(ds):
    subtitle, poverty = report_lines(ds, "westhoek", "en", date(2026, 3, 1))
    municipalities = ds.tables["municipalities"].query("region_id == 'westhoek'")
    assert f"{len(municipalities)} " in subtitle and "1 Mar 2026" in subtitle
    assert ds.tables["sources"].query("region_id == 'westhoek'")["title"].iloc[0][:20] in subtitle
    flanders = ds.tables["region_poverty"].query("area_id == 'vlaanderen'").sort_values("year")["admin_arop_pct"].iloc[-1]
    assert f"{flanders:.1f}" in poverty
