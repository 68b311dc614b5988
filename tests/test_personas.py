"""Unit tests of dashboard.personas on tiny inline frames."""

import pandas as pd

from dashboard.personas import persona_frequency, persona_region_matrix
from dashboard.scope import Scope
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
