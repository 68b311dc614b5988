"""Unit tests of dashboard.domain.compare and its figure: on the committed dataset and on tiny inline sets."""

import math

import pandas as pd
import pytest

from dashboard.domain.compare import (default_comparison, differences, enrichment, group_heading, jaccard, jaccard_matrix, pairs,
                               region_items, region_sets, shared_items, similarity_reading)
from dashboard.core.counting import counts
from dashboard.core.data import read_dataset
from dashboard.figures.similarity_heatmap import similarity_heatmap
from dashboard.text.i18n import tr
from dashboard.core.paths import ROOT
from tests.test_section_bars import drawn_texts
from dashboard.core.scope import Scope


@pytest.fixture(scope="module")
def ds():
    return read_dataset(ROOT)


@pytest.fixture(scope="module")
def every(ds):
    return list(ds.tables["regions"]["region_id"])


def items_of(ds, region_ids, persona_id=None):
    scope = Scope(ds, tuple(region_ids), persona_id)
    return region_items(scope, scope.obstacle_mentions(), scope.service_mentions(by_obstacle=False), "nl")


def test__jaccard_matrix__symmetric_ones_on_diagonal_and_equal_to_the_obstacle_sets(ds, every):
    matrix = jaccard_matrix(region_sets(items_of(ds, every), every, ("obstacle",)))
    named = ds.tables["region_obstacles"].groupby("region_id")["obstacle_id"].agg(set)
    assert (matrix.to_numpy() == matrix.T.to_numpy()).all()
    for a in every:
        assert matrix.loc[a, a] == 1
        for b in every:
            assert matrix.loc[a, b] == pytest.approx(len(named[a] & named[b]) / len(named[a] | named[b]))
    assert matrix.to_numpy().min() < 1, "the regions do not all name the same obstacles"


def test__jaccard_matrix__all_three_is_the_jaccard_of_the_union_of_kinds(ds, every):
    t = ds.tables
    matrix = jaccard_matrix(region_sets(items_of(ds, every), every, ("obstacle", "persona", "service_type")))
    def items(r):
        return ({("o", i) for i in t["region_obstacles"].loc[t["region_obstacles"]["region_id"] == r, "obstacle_id"]}
                | {("p", i) for i in t["challenge_personas"].loc[t["challenge_personas"]["region_id"] == r, "persona_id"]}
                | {("s", i) for i in t["region_service_types"].loc[t["region_service_types"]["region_id"] == r, "service_type_id"]})
    a, b = every[0], every[1]
    assert matrix.loc[a, b] == pytest.approx(len(items(a) & items(b)) / len(items(a) | items(b)))


def test__jaccard__is_nan_when_both_sets_are_empty():
    assert math.isnan(jaccard(frozenset(), frozenset()))
    assert jaccard(frozenset({1, 2}), frozenset({2, 3})) == pytest.approx(1 / 3)


def test__default_comparison__takes_the_filter_whenever_it_names_two_or_more_regions():
    every = ["a", "b", "c", "d", "e", "f"]
    assert default_comparison(("b", "d"), every) == ["b", "d"]
    assert default_comparison(tuple(every), every) == every  # six: any selection compares
    assert default_comparison(("b",), every) == ["a", "b", "c", "d", "e"]
    assert default_comparison((), every) == ["a", "b", "c", "d", "e"]


def test__challenges__lists_personas_in_the_order_of_the_text(ds, every):
    kept = Scope(ds, tuple(every)).challenges()
    links = ds.tables["challenge_personas"].merge(ds.tables["personas"], on="persona_id").sort_values("persona_rank")
    assert len(kept) == len(ds.tables["challenges"])
    for row in kept.itertuples():
        mine = links[(links["region_id"] == row.region_id) & (links["challenge_rank"] == row.challenge_rank)]
        assert row.personas == ", ".join(mine["name"])


def test__challenges__a_persona_keeps_the_challenges_built_on_it(ds, every):
    kept = Scope(ds, tuple(every), "saled").challenges()
    links = ds.tables["challenge_personas"]
    expected = set(map(tuple, links.loc[links["persona_id"] == "saled", ["region_id", "challenge_rank"]].to_numpy()))
    assert set(zip(kept["region_id"], kept["challenge_rank"])) == expected
    assert all("Saled" in p for p in kept["personas"])


def test__counts__add_up_to_the_mentions_and_list_the_most_stressed_first(ds, every):
    scope = Scope(ds, tuple(every))
    counted = counts(scope, scope.obstacle_mentions(), "obstacle", "nl")
    assert counted["mentions"].sum() == len(ds.tables["region_obstacles"])
    first = counted[counted["region_id"] == every[0]]
    assert list(first["emphasis"]) == sorted(first["emphasis"], reverse=True)
    assert (counted["presence"] <= counted["mentions"]).all() and (counted["presence"] < counted["mentions"]).any()


def test__enrichment__holds_exactly_the_verrijking_rows(ds, every):
    t = ds.tables
    added = enrichment(ds, Scope(ds, tuple(every)).obstacle_mentions(), Scope(ds, tuple(every)).service_mentions(), "nl")
    expected = (t["region_obstacles"]["section"] == "verrijking").sum() + (t["region_service_types"]["section"] == "verrijking").sum()
    assert len(added) == expected > 0
    assert set(added["kind"]) == {"obstacle", "service_type"}


def test__region_items__a_persona_narrows_every_kind(ds, every):
    everything, saled = items_of(ds, every), items_of(ds, every, "saled")
    assert "midden-west-vlaanderen" not in set(saled["region_id"])  # it builds no challenge on Saled
    for kind in ("obstacle", "persona", "service_type"):
        assert set(saled.loc[saled["kind"] == kind, "item_id"]) <= set(everything.loc[everything["kind"] == kind, "item_id"])
    assert len(saled) < len(everything)


def tiny_items() -> pd.DataFrame:
    rows = [("a", "obstacle", "taal", "Taal"), ("a", "obstacle", "mobiliteit", "Mobiliteit"), ("a", "persona", "saled", "Saled"),
            ("b", "obstacle", "taal", "Taal"), ("b", "obstacle", "mobiliteit", "Mobiliteit"), ("b", "persona", "roy", "Roy"),
            ("c", "obstacle", "justitie", "Justitie")]
    return pd.DataFrame(rows, columns=["region_id", "kind", "item_id", "label"])


def test__pairs__each_pair_once_most_alike_first():
    matrix = jaccard_matrix(region_sets(tiny_items(), ["a", "b", "c"], ("obstacle",)))
    ranked = pairs(matrix)
    assert list(zip(ranked["region_a"], ranked["region_b"])) == [("a", "b"), ("a", "c"), ("b", "c")]
    assert list(ranked["jaccard"]) == [1, 0, 0]


def test__shared_items__per_kind_alphabetically():
    assert shared_items(tiny_items(), "a", "b", ("obstacle", "persona")) == {"obstacle": ["Mobiliteit", "Taal"]}


def test__similarity_reading__names_the_pair_sharing_most_and_what_they_share():
    items = tiny_items()
    matrix = jaccard_matrix(region_sets(items, ["a", "b", "c"], ("obstacle", "persona")))
    lines = similarity_reading(matrix, items, ("obstacle", "persona"), {"a": "Alfa", "b": "Beta", "c": "Gamma"}, "nl")
    assert lines[0] == "Alfa en Beta lijken het meest op elkaar (Jaccard 0,50): ze delen 2 van de 4 punten die ze noemen."
    assert lines[1] == "Wat zij samen noemen en niet elke andere gekozen regio: obstakels: Mobiliteit, Taal."
    assert not any("Gamma ligt" in line for line in lines), "Gamma shares nothing, so it has no nearest partner"


def test__shared_items__leaves_out_what_every_other_region_names_too():
    items = pd.concat([tiny_items(), pd.DataFrame([("c", "obstacle", "taal", "Taal")], columns=tiny_items().columns)])
    assert shared_items(items, "a", "b", ("obstacle",), others=("c",)) == {"obstacle": ["Mobiliteit"]}


def test__similarity_reading__cuts_a_long_list_of_shared_items():
    rows = [(r, "obstacle", f"o{i:02}", f"O{i:02}") for r in ("a", "b") for i in range(15)]
    items = pd.DataFrame(rows, columns=["region_id", "kind", "item_id", "label"])
    lines = similarity_reading(jaccard_matrix(region_sets(items, ["a", "b"], ("obstacle",))), items, ("obstacle",),
                               {"a": "Alfa", "b": "Beta"}, "en")
    assert lines[1] == "What they both name: " + ", ".join(f"O{i:02}" for i in range(12)) + " and 3 more."


def test__similarity_reading__says_so_when_nothing_is_shared():
    items = tiny_items()
    matrix = jaccard_matrix(region_sets(items, ["a", "c"], ("obstacle",)))
    assert similarity_reading(matrix, items, ("obstacle",), {"a": "Alfa", "c": "Gamma"}, "en") == [
        "No two chosen regions share anything for this choice."]


def test__similarity_heatmap__a_cell_per_pair_of_regions_on_a_0_to_1_scale():
    matrix = jaccard_matrix(region_sets(tiny_items(), ["a", "b", "c"], ("obstacle",)))
    spec = similarity_heatmap(matrix, {"a": "Alfa", "b": "Beta", "c": "Gamma"}, "t", "Jaccard", lang="nl").figure
    cells = spec["layer"][0]["encoding"]
    assert cells["x"]["scale"]["domain"] == cells["y"]["scale"]["domain"] == ["Alfa", "Beta", "Gamma"]
    assert cells["color"]["scale"]["domain"] == [0, 1] and cells["color"]["title"] == "Jaccard"  # the legend's
    rows = {(row["row"], row["column"]): row for row in spec["data"]["values"]}
    assert len(rows) == 9 and rows["Alfa", "Beta"]["value"] == 1 and rows["Alfa", "Gamma"]["value"] == 0
    assert rows["Alfa", "Beta"]["hover"] == "Alfa · Beta: Jaccard 1,00"


def test__similarity_heatmap__writes_values_in_cells_up_to_twelve_regions_only():
    def heatmap(n: int) -> dict:
        ids = [f"r{i}" for i in range(n)]
        return similarity_heatmap(pd.DataFrame(0.5, index=ids, columns=ids), {r: r.upper() for r in ids}, "t", "Jaccard", lang="nl").figure

    def written(spec: dict, width_px: int = 1000) -> list[str]:
        return [text for text in drawn_texts(spec, width_px)[1] if text == "0,50"]
    assert len(written(heatmap(12))) == 12 * 12 and written(heatmap(13)) == []
    assert written(heatmap(12), 360) == []  # on a phone a cell has no room for it: the hover and the table have it
    assert heatmap(43)["height"] < heatmap(12)["height"] * 43 / 12  # lower rows, with nothing written in them


def test__similarity_heatmap__a_pair_with_nothing_to_compare_is_a_blank_cell():
    nothing = float("nan")  # Gamma names nothing
    matrix = pd.DataFrame([[1, 0.5, nothing], [0.5, 1, nothing], [nothing] * 3], index=list("abc"), columns=list("abc"))
    spec = similarity_heatmap(matrix, {"a": "Alfa", "b": "Beta", "c": "Gamma"}, "T", "Jaccard", lang="en").figure
    assert sorted(text for text in drawn_texts(spec)[1] if len(text) == 4 and text[1] == ".") == ["0.50", "0.50", "1.00", "1.00"]
    assert "Gamma" not in {row["row"] for row in spec["data"]["values"]} | {row["column"] for row in spec["data"]["values"]}
    assert spec["layer"][0]["encoding"]["y"]["scale"]["domain"][-1] == "Gamma"  # yet named on its axes


def test__similarity_heatmap__names_each_pair_with_something_to_compare_once():
    nothing = float("nan")  # Gamma names nothing: no pair with it
    matrix = pd.DataFrame([[1, 0.5, nothing], [0.5, 1, nothing], [nothing] * 3], index=list("abc"), columns=list("abc"))
    chart = similarity_heatmap(matrix, {"a": "Alfa", "b": "Beta", "c": "Gamma"}, "T", "Jaccard", lang="en")
    assert chart.description == tr("a11y.description", "en", text="T — " + tr(
        "a11y.grid", "en", rows=3, cols=3, filled=1, top="Alfa · Beta (0.50)"))
    assert list(chart.rows.columns) == [tr("col.region", "en"), "Alfa", "Beta", "Gamma"] and chart.legend == "Jaccard"
    assert chart.rows.set_index(tr("col.region", "en")).loc["Beta", "Alfa"] == 0.5


def test__differences__groups_all_some_and_one_and_says_who_does_not():
    named = pd.DataFrame({
        "region_id": ["a", "b", "c", "a", "b", "c"],
        "kind": ["obstacle", "obstacle", "obstacle", "obstacle", "obstacle", "service_type"],
        "item_id": ["taal", "taal", "taal", "schuld", "schuld", "vervoer"],
        "label": ["Taal", "Taal", "Taal", "Schuld", "Schuld", "Vervoer"],
        "value": [1, 2, 3, 1, 1, 4], "region_rank": [3, 2, 1, 1, 1, 1], "region_mentions_rank": [1, 2, 3, 1, 1, 1],
        "region_rank_robustness": ["holds", "holds", "depends", "holds", "holds", "holds"],
    })
    names = {"a": "Aa", "b": "Bb", "c": "Cc"}
    frame = differences(named, ["a", "b", "c"], names, "en")
    assert frame["item_id"].tolist() == ["taal", "schuld", "vervoer"]
    assert frame["group"].tolist() == ["all", "some", "one"]
    assert frame.loc[0, ["a", "b", "c"]].tolist() == [1, 2, 3]
    assert pd.isna(frame.loc[1, "c"]) and frame.loc[1, "who"] == "named by Aa, Bb, not by Cc"
    assert frame.loc[2, "who"] == "asked for by Cc, not by Aa, Bb" and frame.loc[0, "who"] == ""
    assert frame.loc[0, "most"] == "Cc † (region #1 by emphasis, #3 by mentions)"  # a pastes it more often
    assert frame.loc[1, "most"] == "Aa, Bb" and frame.loc[2, "most"] == ""  # a tie named as one; one region: no "most"


@pytest.mark.parametrize("regions, lang, heading", [(2, "nl", "Door beide regio's genoemd (4)"),
                                                     (2, "en", "Named by both regions (4)"),
                                                     (3, "nl", "Door alle 3 regio's genoemd (4)")])
def test__group_heading__says_both_for_two_regions_and_all_n_for_more(regions, lang, heading):
    assert group_heading("all", regions, 4, lang) == heading
    assert group_heading("some", regions, 4, lang) != heading
