"""Unit tests of dashboard.needs and the clickable heatmap: on the committed dataset and on tiny inline frames."""

import pandas as pd
import pytest

from dashboard.data import Dataset, read_dataset
from dashboard.figures.mention_heatmap import cell_labels, clicked_cell, mention_heatmap
from dashboard.needs import evidence, link_summary, linked_obstacles, need_status, needs_table, obstacle_matrix, offer_table
from dashboard.paths import ROOT
from dashboard.scope import Scope


@pytest.fixture(scope="module")
def committed():
    """The committed dataset, the regions' mentions and, per region, what it names and asks for and the links."""
    ds = read_dataset(ROOT)
    every = list(ds.tables["regions"]["region_id"])
    t = ds.tables
    named = t["region_obstacles"].groupby("region_id")["obstacle_id"].agg(set)
    asked = t["region_service_types"].groupby("region_id")["service_type_id"].agg(set)
    links = set(zip(t["obstacle_service_links"]["obstacle_id"], t["obstacle_service_links"]["service_type_id"]))
    scope = Scope(ds, tuple(every))
    return ds, scope.obstacle_mentions(), scope.service_mentions(), named, asked, links


def test__needs_and_offer_tables__flag_exactly_the_items_no_linked_item_of_the_region_answers(committed):
    ds, obstacles, services, named, asked, links = committed
    for region_id in named.index:
        needs = needs_table(ds, obstacles, services, region_id, "nl")
        assert set(needs["obstacle_id"]) == named[region_id]
        unanswered = {o for o in named[region_id] if not any((o, s) in links for s in asked[region_id])}
        assert set(needs.loc[~needs["is_answered"], "obstacle_id"]) == unanswered
        offer = offer_table(ds, obstacles, services, region_id, "nl")
        assert set(offer["service_type_id"]) == asked[region_id]
        unmatched = {s for s in asked[region_id] if not any((o, s) in links for o in named[region_id])}
        assert set(offer.loc[~offer["answers_named"], "service_type_id"]) == unmatched
    assert any(not needs_table(ds, obstacles, services, r, "nl")["is_answered"].all() for r in named.index), "a need goes unanswered"


def test__needs_table__counts_mentions_and_puts_unanswered_first(committed):
    ds, obstacles, services = committed[:3]
    needs = needs_table(ds, obstacles, services, "oostende", "nl")
    mine = ds.tables["region_obstacles"].query("region_id == 'oostende'")
    assert needs["mentions"].sum() == len(mine)
    assert list(needs["is_answered"]) == sorted(needs["is_answered"])


def tiny() -> Dataset:
    tables = {
        "regions": pd.DataFrame({"region_id": ["a", "b"], "name": ["Alfa", "Beta"]}),
        "obstacles": pd.DataFrame({"obstacle_id": ["taal", "mobiliteit", "justitie"], "label_nl": ["Taal", "Mobiliteit", "Justitie"]}),
        "service_types": pd.DataFrame({"service_type_id": ["taalhulp", "vervoer", "nazorg"],
                                       "label_nl": ["Taalhulp", "Vervoer", "Nazorg"]}),
        "challenge_personas": pd.DataFrame({"region_id": ["a", "b"], "challenge_rank": [1, 1], "persona_id": ["saled", "roy"]}),
        "region_obstacles": pd.DataFrame({
            "region_id": ["a", "a", "a", "b"], "challenge_rank": [1, 1, None, 1], "obstacle_id": ["taal", "taal", "mobiliteit", "justitie"],
            "section": ["uitdaging", "verrijking", "uitdaging", "uitdaging"], "quote": ["o1", "o2", "o3", "o4"]}),
        "region_service_types": pd.DataFrame({
            "region_id": ["a", "a"], "challenge_rank": [1, 1], "service_type_id": ["taalhulp", "nazorg"],
            "section": ["uitdaging", "uitdaging"], "importance_rank": [None, None], "quote": ["s1", "s2"]}),
        "obstacle_service_links": pd.DataFrame({
            "region_id": ["b", "b", "a"], "challenge_rank": [None, None, 1], "obstacle_id": ["taal", "mobiliteit", "taal"],
            "service_type_id": ["taalhulp", "vervoer", "taalhulp"], "link_kind": ["stated", "coded", "listed"],
            "source_id": ["b", "b", "a"], "quote": ["l1", "l2", "l3"]}),
    }
    return Dataset(tables, {})


def test__obstacle_matrix__fills_unnamed_cells_with_zero_most_named_first():
    ds = tiny()
    matrix = obstacle_matrix(ds, Scope(ds, ("a", "b")).obstacle_mentions(), ["a", "b"], "nl")
    cells = matrix.set_index(["obstacle_id", "region_id"])["mentions"]
    assert cells[("taal", "a")] == 2 and cells[("taal", "b")] == 0 and cells[("justitie", "b")] == 1
    assert matrix["obstacle_id"].iloc[0] == "taal" and len(matrix) == 6


def test__needs_and_offer__links_of_any_region_count_and_unlinked_gaps_show():
    ds = tiny()
    obstacles, services = Scope(ds, ("a", "b")).obstacle_mentions(), Scope(ds, ("a", "b")).service_mentions()
    needs = needs_table(ds, obstacles, services, "a", "nl").set_index("obstacle_id")
    assert needs.loc["taal", "answered_by"] == "Taalhulp" and needs.loc["taal", "is_answered"]
    assert not needs.loc["mobiliteit", "is_answered"] and needs.loc["mobiliteit", "elsewhere"] == "Vervoer"
    offer = offer_table(ds, obstacles, services, "a", "nl").set_index("service_type_id")
    assert offer.loc["taalhulp", "answers"] == "Taal" and not offer.loc["nazorg", "answers_named"]


def test__evidence__holds_the_regions_quotes_and_every_addendums_link():
    ds = tiny()
    obstacles, services = Scope(ds, ("a", "b")).obstacle_mentions(), Scope(ds, ("a", "b")).service_mentions()
    quotes = evidence(ds, obstacles, services, "a", ["taal"], ["taalhulp"], "nl")
    assert list(zip(quotes["kind"], quotes["quote"])) == [
        ("obstacle", "o1"), ("obstacle", "o2"), ("service_type", "s1"), ("link_stated", "l1"), ("link_listed", "l3")]
    assert list(quotes.loc[quotes["kind"].str.startswith("link"), "region"]) == ["Beta", "Alfa"]


def test__linked_obstacles__and_link_summary_count_distinct_links():
    ds = tiny()
    assert linked_obstacles(ds, "taalhulp") == ["taal"]
    assert link_summary(ds) == {"statements": 3, "pairs": 2, "sources": 2, "stated": 1, "listed": 1, "coded": 1}


def test__mention_heatmap__draws_every_cell_once_and_outlines_the_highlight():
    ds = tiny()
    matrix = obstacle_matrix(ds, Scope(ds, ("a", "b")).obstacle_mentions(), ["a", "b"], "nl")
    fig = mention_heatmap(matrix, "obstacle", "t", "mentions", highlight="taal")
    assert sum(len(trace.x) for trace in fig.data) == len(matrix)
    assert list(fig.layout.xaxis.categoryarray) == ["Alfa", "Beta"]  # region order, not the order cells are drawn in
    named = fig.data[1]
    widths = dict(zip(named.y, named.marker.line.width))
    assert widths["Taal"] == 3 and widths["Justitie"] == 1
    assert [list(row[:2]) for row in named.customdata] == [["a", "taal"], ["a", "mobiliteit"], ["b", "justitie"]]


def test__clicked_cell__and_cell_labels_agree_on_the_key():
    ds = tiny()
    matrix = obstacle_matrix(ds, Scope(ds, ("a", "b")).obstacle_mentions(), ["a", "b"], "nl")
    labels = cell_labels(matrix, "obstacle")
    assert labels[("b", "justitie")] == "Beta · Justitie" and ("b", "taal") not in labels
    assert clicked_cell({"selection": {"points": [{"customdata": ["b", "justitie", ""]}]}}) == ("b", "justitie")
    assert clicked_cell({"selection": {"points": []}}) is None and clicked_cell(None) is None


def test__need_status__names_where_an_obstacle_stands():
    needs = pd.DataFrame({"obstacle_id": ["a", "b"], "is_answered": [True, False]})
    assert [need_status(needs, o) for o in ("a", "b", "c")] == ["answered", "unanswered", "not_named"]
