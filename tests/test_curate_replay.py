"""A curated file as a review's answer key: which suggestion it accepts as drafted, changes, rejects, and what it
adds; played through the review, it gives back the curated records."""

import pytest
import yaml

from dashboard.curate.replay import answer_key, play
from dashboard.curate.review import load_review, region_file
from tests.test_curate_review import DRAFT, SOURCE

CURATED = {
    "region_id": "regio-test", "name": "Regio Test", "provinces": ["West-Vlaanderen"], "source_id": "regio-test",
    "method": {"summary_nl": "Geen projecten.", "summary_en": "No projects.",
               "quote": "We zoeken geen nieuwe projecten op zich."},
    "challenges": [{"challenge_rank": 1, "title": "Vluchteling", "title_en": "Refugee", "is_title_derived": True,
                    "persona_ids": ["saled"], "quote": "Regio-uitdaging 1 gebaseerd op persona Saled"}],
    "obstacles": [{"obstacle_id": "taal", "challenge_rank": 1, "section": "uitdaging",
                   "quote": "Beperkte kennis van Nederlandse taal"},  # shortened
                  {"obstacle_id": "laaggeschoold", "challenge_rank": 2, "section": "uitdaging",
                   "quote": "Laaggeschoold", "is_quote_short": True}],  # missed by the draft
    "service_types": [{"service_type_id": "psychische-hulp", "challenge_rank": 1, "section": "uitdaging",
                       "quote": "Psychologische hulpverlening"}],  # as drafted
    "timeline": [{"event": "lancering", "date_start": "2023-04-21", "is_year_inferred": False,
                  "quote": "Lancering op 21 april 2023."}],
}


@pytest.fixture
def review(tmp_path):
    path = tmp_path / "regio-test.yaml"
    path.write_text(yaml.safe_dump(DRAFT, allow_unicode=True), encoding="utf-8")
    return load_review(path, SOURCE)


def test__answer_key__pairs_suggestions_with_curated_records(review):
    decisions = answer_key(review, CURATED)
    by_item = {(d.part, d.verdict): d.changes for d in decisions if d.index is not None}
    assert by_item[("region", "accepted")] == {"name": "Regio Test"}
    assert by_item[("obstacles", "accepted")] == {"quote": "Beperkte kennis van Nederlandse taal"}
    assert ("obstacles", "rejected") in by_item  # psychisch, on the offer's bullet
    assert by_item[("service_types", "accepted")] == {}
    assert by_item[("caveats", "rejected")] == {}  # the curated file has no caveats
    assert by_item[("timeline", "accepted")] == {}  # a date and its ISO text are the same
    assert [(d.part, d.changes["obstacle_id"]) for d in decisions if d.verdict == "added"] == [
        ("obstacles", "laaggeschoold")]


def test__play__gives_back_the_curated_records(review):
    play(review, answer_key(review, CURATED))
    region = region_file(review)
    assert region["method"]["summary_en"] == "No projects."
    assert [(o["obstacle_id"], o["quote"]) for o in region["obstacles"]] == [
        ("taal", "Beperkte kennis van Nederlandse taal"), ("laaggeschoold", "Laaggeschoold")]
    assert region["caveats"] == [] and region["challenges"][0]["title_en"] == "Refugee"
