"""Unit tests of dashboard.domain.needs and the clickable heatmap: on the committed dataset and on tiny inline frames."""

import pandas as pd
import pytest

from dashboard.core.data import Dataset, read_dataset
from dashboard.figures.mention_heatmap import CELL, cell_labels, clicked_cell, mention_heatmap
from dashboard.core.counting import count_matrix
from dashboard.domain.needs import evidence, link_summary, linked_obstacles, need_status, needs_table, offer_table
from dashboard.core.paths import ROOT
from dashboard.core.scope import Scope
from tests.frames import with_emphasis


@pytest.fixture(scope="module")
def committed():
    """The committed dataset, the regions' mentions and, per region, what it names and asks for and the links."""
    ds = read_dataset(ROOT)
    every = list(ds.tables["regions"]["region_id"])
    t = ds.tables
    named = t["region_obstacles"].groupby("region_id")["obstacle_id"].agg(set)
    asked = t["region_service_types"].groupby("region_id")["service_type_id"].agg(set)
    own = t["obstacle_service_links"].groupby("region_id")[["obstacle_id", "service_type_id"]].apply(
        lambda rows: set(zip(rows["obstacle_id"], rows["service_type_id"])))
    return Scope(ds, tuple(every)), named, asked, own


def test__needs_and_offer_tables__flag_exactly_the_items_neither_own_links_nor_the_codebook_answer(committed):
    scope, named, asked, own = committed
    answers = scope.ds.tables["obstacle_answers"]
    codebook = {(o, sid) for o, ids in zip(answers["obstacle_id"], answers["service_type_ids"].fillna("")) for sid in ids.split("; ") if sid}
    links = scope.ds.tables["obstacle_service_links"]
    for region_id in named.index:
        pairs = own.get(region_id, set()) | codebook
        stated = set(links.loc[(links["region_id"] == region_id) & links["is_link_stated"], ["obstacle_id", "service_type_id"]]
                     .itertuples(index=False, name=None))
        needs = needs_table(scope, region_id, "nl").set_index("obstacle_id")
        assert set(needs.index) == named[region_id]
        expected = {o: "stated" if any((o, s) in stated for s in asked[region_id]) else
                    "matched" if any((o, s) in pairs for s in asked[region_id]) else "none" for o in named[region_id]}
        assert needs["answer"].to_dict() == expected, region_id
        offer = offer_table(scope, region_id, "nl")
        assert set(offer["service_type_id"]) == asked[region_id]
        unmatched = {s for s in asked[region_id] if not any((o, s) in pairs for o in named[region_id])}
        assert set(offer.loc[~offer["answers_named"], "service_type_id"]) == unmatched
    assert any((needs_table(scope, r, "nl")["answer"] == "none").any() for r in named.index), "a need goes unanswered"


def test__needs_table__a_region_that_links_nothing_itself_still_answers_with_matching_service_types(committed):
    scope = committed[0]
    needs = needs_table(scope, "midden-west-vlaanderen", "nl").set_index("obstacle_id")
    assert needs.loc["psychisch", "answer"] == "matched" and "Psychische hulpverlening" in needs.loc["psychisch", "answered_by"]
    assert (needs["answer"] != "none").sum() > len(needs) / 2


def test__needs_table__reads_the_published_emphasis_and_puts_unanswered_first(committed):
    scope = committed[0]
    needs = needs_table(scope, "oostende", "nl").set_index("obstacle_id")
    mine = scope.ds.tables["region_obstacles"].query("region_id == 'oostende'")
    assert needs["mentions"].sum() == len(mine)
    published = scope.ds.tables["region_emphasis"].query("region_id == 'oostende' and kind == 'obstacle' and is_named")
    assert needs["emphasis"].to_dict() == published.set_index("category_id")["emphasis"].to_dict()
    assert list(needs["is_answered"]) == sorted(needs["is_answered"])


def tiny() -> Dataset:
    tables = {
        "regions": pd.DataFrame({"region_id": ["a", "b"], "name": ["Alfa", "Beta"]}),
        "obstacles": pd.DataFrame({"obstacle_id": ["taal", "mobiliteit", "justitie"], "label_nl": ["Taal", "Mobiliteit", "Justitie"]}),
        "service_types": pd.DataFrame({"service_type_id": ["taalhulp", "vervoer", "nazorg"],
                                       "label_nl": ["Taalhulp", "Vervoer", "Nazorg"]}),
        "challenges": pd.DataFrame({"region_id": ["a", "b"], "challenge_rank": [1, 1]}),
        "challenge_personas": pd.DataFrame({"region_id": ["a", "b"], "challenge_rank": [1, 1], "persona_id": ["saled", "roy"]}),
        "region_obstacles": pd.DataFrame({
            "region_id": ["a", "a", "a", "b", "a"], "challenge_rank": [1, 1, None, 1, 1],
            "obstacle_id": ["taal", "taal", "mobiliteit", "justitie", "justitie"],
            "section": ["uitdaging", "verrijking", "uitdaging", "uitdaging", "uitdaging"], "quote": ["o1", "o2", "o3", "o4", "o5"]}),
        "region_service_types": pd.DataFrame({
            "region_id": ["a", "a"], "challenge_rank": [1, 1], "service_type_id": ["taalhulp", "nazorg"],
            "section": ["uitdaging", "uitdaging"], "importance_rank": [None, None], "quote": ["s1", "s2"]}),
        "obstacle_service_links": pd.DataFrame({
            "region_id": ["b", "b", "a", "a"], "challenge_rank": [None, None, 1, 1], "obstacle_id": ["taal", "mobiliteit", "taal", "justitie"],
            "service_type_id": ["taalhulp", "vervoer", "taalhulp", "nazorg"], "link_kind": ["stated", "coded", "listed", "stated"],
            "source_id": ["b", "b", "a", "a"], "quote": ["l1", "l2", "l3", "l4"]}),
        "obstacle_answers": pd.DataFrame({"obstacle_id": ["taal", "mobiliteit", "justitie"],
                                          "service_type_ids": ["taalhulp", "vervoer", ""],
                                          "answer_reason": ["Taalhulp.", "Vervoer.", "None: none here."]}),
    }
    return with_emphasis(tables)


def test__needs_and_offer__a_stated_link_a_matching_service_or_none_answer_a_need():
    ds = tiny()
    needs = needs_table(Scope(ds, ("a", "b")), "a", "nl").set_index("obstacle_id")
    assert needs.loc["justitie", "answer"] == "stated" and needs.loc["justitie", "answered_by"] == "Nazorg"  # a's text links it
    assert needs.loc["taal", "answer"] == "matched" and needs.loc["taal", "answered_by"] == "Taalhulp"  # a listed link, the codebook
    assert needs.loc["taal", "borrowed"] == ""
    assert needs.loc["mobiliteit", "answer"] == "none" and needs.loc["mobiliteit", "elsewhere"] == "Vervoer"  # a asks no Vervoer
    assert list(needs["is_answered"]) == [False, True, True]
    offer = offer_table(Scope(ds, ("a", "b")), "a", "nl").set_index("service_type_id")
    assert offer.loc["taalhulp", "answers"] == "Taal" and offer.loc["nazorg", "answers"] == "Justitie"


def test__needs_table__the_codebook_answers_where_the_region_links_nothing():
    ds = tiny()
    links = ds.tables["obstacle_service_links"]
    ds.tables["obstacle_service_links"] = links[links["region_id"] == "b"]  # region a loses its own links
    needs = needs_table(Scope(ds, ("a", "b")), "a", "nl").set_index("obstacle_id")
    assert needs.loc["taal", "answer"] == "matched" and needs.loc["taal", "answered_by"] == "Taalhulp"
    assert needs.loc["justitie", "answer"] == "none"  # the codebook names no answer to it


def test__needs_and_offer__a_link_of_another_region_is_borrowed_never_an_answer():
    ds = tiny()
    links = ds.tables["obstacle_service_links"]
    ds.tables["obstacle_service_links"] = links[links["region_id"] == "b"]  # region a loses its own link taal -> taalhulp
    ds.tables["obstacle_answers"] = ds.tables["obstacle_answers"].assign(service_type_ids="")  # and the codebook answers nothing
    needs = needs_table(Scope(ds, ("a", "b")), "a", "nl").set_index("obstacle_id")
    assert not needs.loc["taal", "is_answered"] and needs.loc["taal", "answered_by"] == ""
    assert needs.loc["taal", "borrowed"] == "Taalhulp"
    offer = offer_table(Scope(ds, ("a", "b")), "a", "nl").set_index("service_type_id")
    assert not offer.loc["taalhulp", "answers_named"] and offer.loc["taalhulp", "borrowed"] == "Taal"


def test__evidence__holds_the_regions_quotes_and_every_addendums_link():
    ds = tiny()
    obstacles, services = Scope(ds, ("a", "b")).obstacle_mentions(), Scope(ds, ("a", "b")).service_mentions()
    quotes = evidence(ds, obstacles, services, "a", ["taal"], ["taalhulp"], "nl")
    assert list(zip(quotes["kind"], quotes["quote"])) == [
        ("obstacle", "o1"), ("obstacle", "o2"), ("service_type", "s1"), ("link_stated", "l1"), ("link_listed", "l3")]
    assert list(quotes.loc[quotes["kind"].str.startswith("link"), "region"]) == ["Beta", "Alfa"]


def test__linked_obstacles__and_link_summary_count_distinct_links():
    ds = tiny()
    assert linked_obstacles(ds, "taalhulp") == ["taal"] and linked_obstacles(ds, "vervoer") == ["mobiliteit"]
    assert link_summary(ds) == {"statements": 4, "pairs": 3, "sources": 2, "stated": 2, "listed": 1, "coded": 1}


def test__mention_heatmap__draws_every_cell_once_and_outlines_the_highlight():
    ds = tiny()
    matrix = count_matrix(Scope(ds, ("a", "b")), Scope(ds, ("a", "b")).obstacle_mentions(), "obstacle", "nl", unit="presence")
    spec = mention_heatmap(matrix, "obstacle", "t", "presence", "challenges", highlight="taal", scale_max=2, columns={},
                           lang="nl").figure
    cells = spec["data"]["values"]
    assert len(cells) == len(matrix)
    assert spec["layer"][0]["encoding"]["x"]["sort"] == ["Alfa", "Beta"]  # region order, not the order cells are drawn in
    assert {c["label"] for c in cells if c["outlined"]} == {"Taal"}  # drawn 3 px in black, the others 2 px in white
    # justitie in two regions first; taal and mobiliteit, each in one place of a, in the order of the taxonomy
    assert [c["cell"] for c in cells if c["named"]] == ["a|justitie", "b|justitie", "a|taal", "a|mobiliteit"]


def test__clicked_cell__and_cell_labels_agree_on_the_key():
    ds = tiny()
    matrix = count_matrix(Scope(ds, ("a", "b")), Scope(ds, ("a", "b")).obstacle_mentions(), "obstacle", "nl")
    labels = cell_labels(matrix, "obstacle")
    assert labels[("b", "justitie")] == "Beta · Justitie" and ("b", "taal") not in labels
    assert clicked_cell({"selection": {CELL: [{CELL: "b|justitie"}]}}) == ("b", "justitie")
    assert clicked_cell({"selection": {}}) is None and clicked_cell(None) is None


def test__need_status__names_where_an_obstacle_stands():
    needs = pd.DataFrame({"obstacle_id": ["a", "b", "c"], "answer": ["stated", "matched", "none"]})
    assert [need_status(needs, o) for o in ("a", "b", "c", "d")] == ["stated", "matched", "none", "not_named"]
