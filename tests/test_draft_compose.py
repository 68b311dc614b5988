"""A draft of Oostende learnt from two other regions: verbatim quotes, reasons, confidences, and nothing of
Oostende's own coding."""

import pytest

from dashboard.builder.draft.compose import draft, presence_scores, train
from dashboard.domain.quotes import collapse_whitespace
from tests.drafting import codebook, coded, inputs, source_texts  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def trained(codebook, coded):
    return train(codebook, [coded["westhoek"], coded["zuid-west-vlaanderen"]])


@pytest.fixture(scope="module")
def oostende(trained, codebook, source_texts):
    return draft(source_texts["oostende"], "oostende", codebook, trained, "data/sources/oostende.txt")


def test__presence_scores__counts_hits_both_ways():
    assert presence_scores({"a", "b", "c", "d"}, {"a", "b", "x"}) == (2 / 3, 2 / 4)
    assert presence_scores({"a"}, set()) == (1.0, 0.0)


def test__train__learns_only_from_the_regions_given(trained):
    assert trained.region_ids == ["westhoek", "zuid-west-vlaanderen"]
    assert {region for _, region, _, _ in trained.timeline_examples} == {"westhoek", "zuid-west-vlaanderen"}
    assert all(0 < t < 1 for t in trained.thresholds.values())


def test__draft__every_quote_is_verbatim_in_the_source(oostende, source_texts):
    collapsed = collapse_whitespace(source_texts["oostende"])
    parts = ("method", "stated_figures", "municipalities", "challenges", "persona_facts", "obstacles", "service_types",
             "obstacle_service_links", "service_type_caveats", "caveats", "persona_descriptions", "target_groups",
             "plans", "timeline")
    missing = [r["quote"] for part in parts for r in oostende[part] if collapse_whitespace(r["quote"]) not in collapsed]
    assert missing == []


def test__draft__every_suggestion_has_a_reason_and_a_confidence(oostende):
    for record in oostende["obstacles"] + oostende["service_types"] + oostende["timeline"]:
        assert 0 <= record["confidence"] <= 1
        assert record["matched"].startswith(("codeboek:", "voorbeeld ("))


def test__draft__reasons_name_no_example_of_the_drafted_region(oostende):
    reasons = [r["matched"] for r in oostende["obstacles"] + oostende["service_types"] + oostende["timeline"]]
    assert not [r for r in reasons if "(oostende)" in r]


def test__draft__finds_the_plain_obstacle_bullets_of_challenge_one(oostende):
    found = {r["obstacle_id"] for r in oostende["obstacles"] if r["challenge_rank"] == 1}
    # "Beperkte kennis van Nederlandse taal;", "Beperkte mobiliteit", "Laaggeschoold": the codebook's own words
    assert {"taal", "mobiliteit", "laaggeschoold"} <= found


def test__draft__a_short_repeated_quote_is_marked_short(oostende):
    marked = {r["quote"] for r in oostende["obstacles"] if r.get("is_quote_short")}
    assert "Laaggeschoold" in marked
    assert all(len(q) < 20 for q in marked)


def test__draft__challenges_come_from_the_template_headings(oostende):
    assert [(c["challenge_rank"], c["persona_ids"]) for c in oostende["challenges"]] == [
        (1, ["saled"]), (2, ["marlies"]), (3, ["thierry"]), (4, ["roy"]), (5, ["john"]), (6, ["mariam"])]


def test__draft__links_pair_categories_the_draft_suggests(oostende):
    obstacles = {(r["obstacle_id"], r["challenge_rank"]) for r in oostende["obstacles"]}
    services = {(r["service_type_id"], r["challenge_rank"]) for r in oostende["service_types"]}
    for link in oostende["obstacle_service_links"]:
        assert (link["service_type_id"], link["challenge_rank"]) in services
        assert link["link_kind"] in ("stated", "listed")
        assert link["link_kind"] == "stated" or (link["obstacle_id"], link["challenge_rank"]) in obstacles


def test__draft__suggests_the_other_parts_of_a_region_file(oostende):
    # Oostende's curated file has caveats, target groups, plans and persona facts: the draft, learnt from two other
    # regions, suggests some of each kind with the fields only the curator writes left empty
    for part in ("persona_facts", "caveats", "target_groups", "plans"):
        assert oostende[part], part
    assert all(c["caveat_nl"] is None and c["caveat_en"] is None for c in oostende["caveats"])
    assert {m["name"] for m in oostende["municipalities"]} >= {"Oostende", "Bredene"}
    assert oostende["region"] == {"name": None, "provinces": ["West-Vlaanderen"], "source_id": "oostende"}
