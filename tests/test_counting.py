"""Unit tests of dashboard.core.counting, the one counting rule, on tiny inline frames."""

import pandas as pd

from dashboard.core.counting import (UNITS, across_regions, count_matrix, counts, emphasis_table, presence, scale_max,
                                     stressed_most)
from dashboard.text.i18n import tr
from dashboard.core.data import Dataset
from tests.frames import with_emphasis
from dashboard.core.scope import Scope


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
    return with_emphasis(tables)


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
    by_presence = counts(scope, rows, "obstacle", "nl", unit="presence")
    by_mentions = counts(scope, rows, "obstacle", "nl", unit="mentions")
    mine = by_presence[by_presence["region_id"] == "a"]
    assert list(mine["obstacle_id"]) == ["taal", "vervoer"]  # 3 places against 1
    assert list(by_mentions.loc[by_mentions["region_id"] == "a", "obstacle_id"]) == ["vervoer", "taal"]  # 6 mentions against 5
    assert UNITS[0] == "emphasis"


def coded(rows: list[tuple]) -> pd.DataFrame:
    """Coded rows (region_id, challenge_rank, category, quote[, importance_rank]) as region_obstacles holds them."""
    frame = pd.DataFrame([row + (None,) * (5 - len(row)) for row in rows],
                         columns=["region_id", "challenge_rank", "obstacle_id", "quote", "importance_rank"])
    return frame.astype({"importance_rank": float})


def table_of(obstacles: pd.DataFrame, regions: list[str]) -> pd.DataFrame:
    services = pd.DataFrame(columns=["region_id", "challenge_rank", "service_type_id", "quote", "importance_rank"])
    categories = {"obstacle": sorted(set(obstacles["obstacle_id"])), "service_type": []}
    return emphasis_table(obstacles, services, categories, regions).set_index(["region_id", "category_id"])


def test__emphasis_table__a_pasted_bullet_is_one_statement_however_many_challenges_hold_it():
    # "Vervoer is moeilijk" pasted under three challenges; taal named in two sentences of challenge 1 and 2
    rows = coded([("a", 1, "vervoer", "Vervoer is moeilijk."), ("a", 2, "vervoer", "Vervoer  is moeilijk."),
                  ("a", 3, "vervoer", "Vervoer is moeilijk."), ("a", 1, "taal", "Taal eerst."), ("a", 2, "taal", "Ook taal.")])
    table = table_of(rows, ["a"])
    assert table.loc[("a", "taal"), "emphasis"] == round(200 / 3, 1) and table.loc[("a", "vervoer"), "emphasis"] == round(100 / 3, 1)
    assert (table.loc[("a", "taal"), "emphasis_rank"], table.loc[("a", "vervoer"), "emphasis_rank"]) == (1, 2)
    # presence per challenge, the former default, put the pasted bullet first (three challenges against two)
    former = presence(rows, "obstacle_id", pd.Series({"a": 3})).set_index("obstacle_id")
    assert former.loc["vervoer", "presence"] > former.loc["taal", "presence"]


def test__emphasis_table__a_region_wide_list_counts_as_statements_of_the_region():
    # region b writes one challenge sentence on taal and a list "for all challenges" with armoede and werk
    rows = coded([("b", 1, "taal", "In uitdaging 1: taal."), ("b", None, "armoede", "Voor alle uitdagingen: armoede"),
                  ("b", None, "werk", "Voor alle uitdagingen: werk")])
    table = table_of(rows, ["b"])
    assert [table.loc[("b", c), "emphasis"] for c in ("taal", "armoede", "werk")] == [round(100 / 3, 1)] * 3
    assert presence(rows, "obstacle_id", pd.Series({"b": 1})).set_index("obstacle_id").loc["armoede", "share"] == 0.0


def test__emphasis_table__a_sentence_naming_several_categories_shares_its_weight():
    rows = coded([("a", 1, "taal", "Taal, werk en wonen."), ("a", 1, "werk", "Taal, werk en wonen."),
                  ("a", 1, "wonen", "Taal, werk en wonen."), ("a", 2, "taal", "Taal.")])
    table = table_of(rows, ["a"])
    assert table.loc[("a", "taal"), "statements"] == round(1 + 1 / 3, 3) and table.loc[("a", "werk"), "statements"] == round(1 / 3, 3)
    assert table.loc[("a", "taal"), "emphasis"] == round(100 * (1 + 1 / 3) / 2, 1)


def test__emphasis_table__ties_rank_equal_and_the_next_rank_skips():
    rows = coded([("a", 1, "werk", "W."), ("a", 1, "taal", "T."), ("a", 2, "armoede", "A1."), ("a", 3, "armoede", "A2.")])
    table = table_of(rows, ["a"])
    assert [table.loc[("a", c), "emphasis_rank"] for c in ("armoede", "taal", "werk")] == [1, 2, 2]  # never alphabetical


def test__emphasis_table__the_regions_own_order_decides_a_tie():
    rows = coded([("a", None, "werk", "W.", 2), ("a", None, "taal", "T.", 1), ("a", None, "wonen", "H.")])
    table = table_of(rows, ["a"])
    assert [table.loc[("a", c), "emphasis_rank"] for c in ("taal", "werk", "wonen")] == [1, 2, 3]
    assert table.loc[("a", "taal"), "importance_rank"] == 1 and pd.isna(table.loc[("a", "wonen"), "importance_rank"])


def test__emphasis_table__unnamed_categories_are_rows_with_zero_and_no_rank():
    rows = coded([("a", 1, "taal", "T."), ("b", 1, "werk", "W.")])
    row = table_of(rows, ["a", "b"]).loc[("a", "werk")]
    assert (row["emphasis"], row["mentions"], bool(row["is_named"])) == (0.0, 0, False)
    assert pd.isna(row["emphasis_rank"]) and pd.isna(row["region_rank"]) and row["rank_robustness"] == "holds"


def test__emphasis_table__a_ranking_raw_mentions_overturn_depends_on_the_measure():
    # six categories of two sentences each, and z pasted ten times: last by statements, first by mentions
    rows = coded([("a", 1, c, f"{c} {n}.") for c in "pqrstu" for n in (1, 2)] + [("a", k, "z", "Z pasted.") for k in range(1, 11)])
    table = table_of(rows, ["a"])
    assert table.loc[("a", "z"), "emphasis_rank"] == 7 and table.loc[("a", "z"), "mentions_rank"] == 1
    assert table.loc[("a", "z"), "rank_robustness"] == "depends"
    assert (table.loc[("a", list("pqrstu")), "rank_robustness"] == "holds").all()  # one category above them is not five


def test__emphasis_table__named_most_by_depends_when_raw_mentions_name_another_region():
    # a stresses taal most (half its statements) but b pastes it more often
    rows = coded([("a", 1, "taal", "T."), ("a", 1, "werk", "W.")] + [("b", k, "taal", "T pasted.") for k in (1, 2, 3)]
                 + [("b", 1, "werk", f"W{n}.") for n in range(3)])
    table = table_of(rows, ["a", "b"])
    assert (table.loc[("a", "taal"), "region_rank"], table.loc[("b", "taal"), "region_rank"]) == (1, 2)
    assert table.loc[("a", "taal"), "region_rank_robustness"] == "depends"
    assert table.loc[("b", "taal"), "region_rank_robustness"] == "depends"
    assert table.loc[("a", "werk"), "region_rank"] == 2 and table.loc[("a", "werk"), "region_rank_robustness"] == "holds"


def test__across_regions__averages_the_regions_shares_and_labels_what_the_count_of_regions_overturns():
    # taal fills all of a's statements; p..u are named by b and c alike; z is named by b alone, in one statement of eight
    rows = coded([("a", 1, "taal", "T.")] + [(r, 1, c, f"{c}.") for r in "bc" for c in "pqrstu"] + [("b", 2, "z", "Z.")]
                 + [("c", 2, "v", "V.")])
    table = table_of(rows, ["a", "b", "c"]).reset_index().rename(columns={"category_id": "obstacle_id"})
    across = across_regions(table, "obstacle_id").set_index("obstacle_id")
    assert across.loc["taal", "emphasis"] == round(100 / 3, 1) and across.loc["taal", "regions"] == 1
    assert across.loc["taal", "emphasis_rank"] == 1 and across.loc["taal", "regions_rank"] == 7  # six named by two regions
    assert across.loc["taal", "rank_robustness"] == "depends"  # first by emphasis, but six come before it by regions
    assert across.loc["p", "emphasis"] == round(2 * round(100 / 7, 1) / 3, 1) and across.loc["p", "rank_robustness"] == "holds"
    assert "w" not in across.index and len(across) == 9


def test__stressed_most__names_the_categories_first_across_regions_with_ties_equal():
    scope = Scope(tiny(), ("a", "b"))  # a names only taal, b only vervoer: each half of the mean share
    line = stressed_most(scope, "obstacle", ("taal", "vervoer"), "nl")
    assert line == tr("count.across", "nl", items="1. Taal (50,0 %); 1. Vervoer (50,0 %)")
    assert stressed_most(scope, "obstacle", ("vervoer",), "nl") == tr("count.across", "nl", items="1. Vervoer (50,0 %)")
    assert stressed_most(scope, "obstacle", (), "nl") == ""


def test__scale_max__is_the_largest_value_of_either_kind_in_any_region():
    # tiny(): a names taal in challenges 1 and 2 and region-wide (presence 3), five times; b names les twice in one
    ds = tiny()
    assert (scale_max(ds, "presence"), scale_max(ds, "mentions"), scale_max(ds, "emphasis")) == (3, 5, 100)


def test__scale_max__a_dataset_without_codings_gives_zero():
    ds = tiny()
    for table in ("region_obstacles", "region_service_types"):
        ds.tables[table] = ds.tables[table].iloc[0:0]
    assert scale_max(ds, "presence") == 0.0
