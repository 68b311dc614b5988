"""Unit tests of dashboard.counting, the one counting rule, on tiny inline frames."""

import pandas as pd

from dashboard.counting import UNITS, count_matrix, counts, presence
from dashboard.data import Dataset
from dashboard.scope import Scope


def tiny() -> Dataset:
    """Region a has three challenges and names taal five times: twice in challenge 1, once in challenge 2 and twice
    region-wide; region b has one challenge and names vervoer once in it."""
    tables = {
        "regions": pd.DataFrame({"region_id": ["a", "b"], "name": ["Alfa", "Beta"]}),
        "personas": pd.DataFrame({"persona_id": ["saled"], "name": ["Saled"]}),
        "challenges": pd.DataFrame({"region_id": ["a", "a", "a", "b"], "challenge_rank": [1, 2, 3, 1]}),
        "challenge_personas": pd.DataFrame({"region_id": ["a"], "challenge_rank": [2], "persona_id": ["saled"], "persona_rank": [1]}),
        "obstacles": pd.DataFrame({"obstacle_id": ["taal", "vervoer"], "label_nl": ["Taal", "Vervoer"]}),
        "region_obstacles": pd.DataFrame({
            "region_id": ["a", "a", "a", "a", "a", "b"], "challenge_rank": [1, 1, 2, None, None, 1],
            "obstacle_id": ["taal", "taal", "taal", "taal", "taal", "vervoer"], "quote": list("pqrstu")}),
        "service_types": pd.DataFrame({"service_type_id": ["les"], "label_nl": ["Les"]}),
        "region_service_types": pd.DataFrame({"region_id": ["b", "b"], "challenge_rank": [1, 1], "service_type_id": ["les", "les"],
                                              "importance_rank": [2, 1], "quote": ["x", "y"]}),
        "obstacle_service_links": pd.DataFrame(columns=["region_id", "obstacle_id", "service_type_id"]),
    }
    return Dataset(tables, {})


def test__presence__counts_each_challenge_once_and_region_wide_once_per_region():
    ds = tiny()
    counted = presence(ds.tables["region_obstacles"], "obstacle_id", pd.Series({"a": 3, "b": 1})).set_index("region_id")
    assert counted.loc["a", "presence"] == 3  # challenges 1 and 2, and once region-wide
    assert counted.loc["a", "mentions"] == 5
    assert counted.loc["a", "share"] == round(2 / 3, 2)  # of its three challenges, two name it
    assert bool(counted.loc["a", "is_region_wide"]) and not bool(counted.loc["b", "is_region_wide"])
    assert counted.loc["b", "share"] == 1.0


def test__presence__a_category_named_only_region_wide_has_no_share_of_challenges():
    rows = pd.DataFrame({"region_id": ["a", "a"], "challenge_rank": [None, None], "obstacle_id": ["taal", "taal"]})
    counted = presence(rows, "obstacle_id", pd.Series({"a": 3})).iloc[0]
    assert (counted["presence"], counted["share"], counted["mentions"]) == (1, 0.0, 2)


def test__count_matrix__fills_unnamed_cells_and_orders_by_the_unit():
    scope = Scope(tiny(), ("a", "b"))
    matrix = count_matrix(scope, scope.obstacle_mentions(), "obstacle", "nl").set_index(["obstacle_id", "region_id"])
    assert matrix.loc[("taal", "b"), "presence"] == 0 and matrix.loc[("taal", "b"), "mentions"] == 0
    assert matrix.loc[("vervoer", "b"), "presence"] == 1
    assert list(matrix.index.get_level_values(0).unique()) == ["taal", "vervoer"]
    assert matrix.loc[("taal", "a"), "region"] == "Alfa" and matrix.loc[("taal", "a"), "obstacle"] == "Taal"


def test__count_matrix__services_keep_their_best_order_of_importance():
    scope = Scope(tiny(), ("a", "b"))
    matrix = count_matrix(scope, scope.service_mentions(), "service_type", "nl").set_index(["service_type_id", "region_id"])
    assert matrix.loc[("les", "b"), "importance_rank"] == 1
    assert matrix.loc[("les", "b"), "presence"] == 1 and matrix.loc[("les", "b"), "mentions"] == 2


def test__count_matrix__a_persona_counts_over_its_challenges_only():
    scope = Scope(tiny(), ("a",), persona_id="saled")
    row = count_matrix(scope, scope.obstacle_mentions(), "obstacle", "nl").iloc[0]
    assert (row["presence"], row["share"], row["mentions"]) == (1, 1.0, 1)  # challenge 2 alone, its one mention


def test__counts__sort_each_region_by_the_unit_asked_for():
    scope = Scope(tiny(), ("a", "b"))
    rows = pd.concat([scope.obstacle_mentions(),
                      pd.DataFrame({"region_id": ["a"] * 6, "challenge_rank": [3] * 6, "obstacle_id": ["vervoer"] * 6})])
    by_presence = counts(scope, rows, "obstacle", "nl")
    by_mentions = counts(scope, rows, "obstacle", "nl", unit="mentions")
    mine = by_presence[by_presence["region_id"] == "a"]
    assert list(mine["obstacle_id"]) == ["taal", "vervoer"]  # 3 places against 1
    assert list(by_mentions.loc[by_mentions["region_id"] == "a", "obstacle_id"]) == ["vervoer", "taal"]  # 6 mentions against 5
    assert UNITS[0] == "presence"
