"""Unit tests of dashboard.domain.personas on tiny inline frames, and the obstacles of a persona on the committed dataset."""

import pandas as pd
import pytest

from dashboard.core.data import read_dataset
from dashboard.core.filters import Filters
from dashboard.core.paths import ROOT
from dashboard.domain.personas import persona_frequency, persona_obstacle_counts, persona_obstacles, persona_region_matrix
from dashboard.core.scope import Scope, scope_of
from tests.frames import tiny


def test__persona_frequency__counts_challenges_regions_and_rank_weight():
    freq = persona_frequency(Scope(tiny(), ("a", "b"))).set_index("persona_id")
    assert freq.loc["saled", "challenges"] == 2
    assert freq.loc["saled", "regions"] == 1
    assert freq.loc["saled", "weighted"] == 1.5  # 1/1 + 1/2
    assert freq.loc["roy", "regions"] == 1


def test__persona_frequency__respects_the_region_filter():
    freq = persona_frequency(Scope(tiny(), ("b",))).set_index("persona_id")
    assert freq.loc["saled", "challenges"] == 0 and freq.loc["roy", "challenges"] == 1


def test__persona_region_matrix__holds_the_best_rank():
    matrix = persona_region_matrix(Scope(tiny(), ("a", "b")))
    assert matrix.loc["Saled", "a"] == 1
    assert pd.isna(matrix.loc["Saled", "b"])


def test__persona_obstacle_counts__ranks_the_obstacles_of_the_personas_challenges_by_their_mean_emphasis():
    ds = read_dataset(ROOT)
    scope = scope_of(ds, Filters(persona_id="saled"))
    obstacles = persona_obstacles(scope, "nl")
    counted = persona_obstacle_counts(scope, obstacles).set_index("obstacle_id")
    assert set(counted.index) == set(obstacles["obstacle_id"])
    assert counted["emphasis_rank"].is_monotonic_increasing and counted["emphasis"].is_monotonic_decreasing
    citing = scope.regions_citing_persona()
    assert counted["regions"].max() <= len(citing)
    assert (counted["mentions"] == obstacles.groupby("obstacle_id").size().reindex(counted.index)).all()
    # the mean over the citing regions of each region's share of its statements in the persona's challenges
    kept = scope.with_regions(citing).obstacle_mentions()
    shares = [kept[(kept["region_id"] == r)].drop_duplicates(["quote", "obstacle_id"]).pipe(
        lambda f: (f.assign(w=1 / f.groupby("quote")["obstacle_id"].transform("size")).query("obstacle_id == 'taal'")["w"].sum()
                   / f["quote"].nunique() * 100) if len(f) else 0.0) for r in citing]
    assert counted.loc["taal", "emphasis"] == pytest.approx(sum(shares) / len(citing), abs=0.1)  # shares and mean rounded to 0.1
