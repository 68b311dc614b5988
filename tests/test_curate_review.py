"""The review's logic: deciding, adding verbatim quotes only, and writing the region file."""

import pytest
import yaml

from dashboard.curate.review import add, addition_problem, decide, load_review, region_parts, write_region

SOURCE = """Regio-uitdaging 1 gebaseerd op persona Saled
De obstakels zijn:
- Laaggeschoold
- Beperkte kennis van Nederlandse taal;
We kunnen hen het volgende aanbieden:
- Psychologische hulpverlening
Regio-uitdaging 2 gebaseerd op persona Roy
- Laaggeschoold
"""
DRAFT = {
    "region_id": "regio-test", "source": "", "status": "draft",
    "challenges": [{"challenge_rank": 1, "title": None, "is_title_derived": True, "persona_ids": ["saled"],
                    "quote": "Regio-uitdaging 1 gebaseerd op persona Saled"}],
    "obstacles": [
        {"obstacle_id": "taal", "challenge_rank": 1, "section": "uitdaging", "unit_id": 2,
         "quote": "Beperkte kennis van Nederlandse taal;", "confidence": 0.9, "matched": "codeboek: «taal»"},
        {"obstacle_id": "psychisch", "challenge_rank": 1, "section": "uitdaging", "unit_id": 4,
         "quote": "Psychologische hulpverlening", "confidence": 0.4, "matched": "voorbeeld (x): «...»"}],
    "service_types": [
        {"service_type_id": "psychische-hulp", "challenge_rank": 1, "section": "uitdaging", "unit_id": 4,
         "quote": "Psychologische hulpverlening", "confidence": 0.95, "matched": "codeboek: «psychologische hulp»"}],
    "obstacle_service_links": [
        {"obstacle_id": "taal", "service_type_id": "psychische-hulp", "challenge_rank": 1, "link_kind": "listed",
         "quote": "Psychologische hulpverlening"}],
    "timeline": [],
    "statements": [],
}


@pytest.fixture
def review(tmp_path):
    path = tmp_path / "regio-test.yaml"
    path.write_text(yaml.safe_dump(DRAFT, allow_unicode=True), encoding="utf-8")
    return load_review(path, SOURCE)


def test__load_review__refuses_a_file_that_is_no_draft(tmp_path):
    path = tmp_path / "oostende.yaml"
    path.write_text("region_id: oostende\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not a draft"):
        load_review(path, SOURCE)


def test__load_review__every_suggestion_is_open_in_reading_order(review):
    assert [(i.taxonomy, i.category_id) for i in review.items] == [
        ("obstacles", "taal"), ("obstacles", "psychisch"), ("service_types", "psychische-hulp")]
    assert review.open_count == 3


def test__decide__a_changed_category_remembers_the_draft_one(review):
    decide(review.items[0], "accepted", "laaggeschoold")
    assert (review.items[0].category_id, review.items[0].changed_from) == ("laaggeschoold", "taal")
    with pytest.raises(ValueError):
        decide(review.items[1], "maybe")


def test__decide__a_shortened_quote_must_stay_verbatim(review):
    decide(review.items[0], "accepted", quote="Beperkte kennis van Nederlandse taal", source_text=SOURCE)
    assert review.items[0].quote == "Beperkte kennis van Nederlandse taal"
    with pytest.raises(ValueError, match="Not verbatim"):
        decide(review.items[1], "accepted", quote="Psychologische zorg", source_text=SOURCE)
    assert review.items[1].verdict is None


@pytest.mark.parametrize("selection, problem", [
    ("- Beperkte kennis van\nNederlandse taal;", None),  # bullet sign and line break of a selection are fine
    ("Beperkte kennis van het Nederlands", "Not verbatim"),
    ("   ", "Empty selection"),
])
def test__addition_problem__only_verbatim_text_is_accepted(selection, problem):
    found = addition_problem(selection, SOURCE)
    assert (found is None) if problem is None else (problem in found)


def test__add__a_quote_not_in_the_source_is_refused_and_nothing_added(review):
    with pytest.raises(ValueError, match="Not verbatim"):
        add(review, "obstacles", "taal", "Geen kennis van het Nederlands", 1, "uitdaging")
    assert len(review.items) == 3


def test__region_parts__keeps_accepted_items_only(review):
    decide(review.items[0], "accepted")
    decide(review.items[1], "rejected")
    decide(review.items[2], "accepted")
    add(review, "obstacles", "laaggeschoold", "Laaggeschoold", 2, "uitdaging")
    parts = region_parts(review, [{"challenge_rank": 1, "title": "Vluchteling"}])
    assert [(r["obstacle_id"], r["challenge_rank"]) for r in parts["obstacles"]] == [("taal", 1), ("laaggeschoold", 2)]
    assert parts["obstacles"][1]["is_quote_short"] is True  # "Laaggeschoold" stands twice in the source
    assert [r["service_type_id"] for r in parts["service_types"]] == ["psychische-hulp"]
    assert set(parts) == {"challenges", "obstacles", "service_types"}  # links and timeline are not reviewed in the app


def test__write_region__keeps_what_the_review_does_not_cover(tmp_path):
    target = tmp_path / "regio-test.yaml"
    target.write_text("region_id: regio-test\nname: Regio Test\nobstacles: []\n", encoding="utf-8")
    write_region(target, {"obstacles": [{"obstacle_id": "taal"}], "challenges": []})
    written = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert written["name"] == "Regio Test" and written["obstacles"] == [{"obstacle_id": "taal"}]
