"""The review's logic: every part of a region file as items, decisions that keep what the draft said, additions
and changed quotes verbatim only, fields typed as text, and the region file written from the review alone."""

import pytest
import yaml

from dashboard.builder import models
from dashboard.curate.review import (HEADER, add, addition_problem, context, decide, field_value, load_review, quote_text,
                                     region_file, tally, write_region)

SOURCE = """Regio-uitdaging 1 gebaseerd op persona Saled
De obstakels zijn:
- Laaggeschoold
- Beperkte kennis van Nederlandse taal;
We kunnen hen het volgende aanbieden:
- Psychologische hulpverlening
We zoeken geen nieuwe projecten op zich.
Regio-uitdaging 2 gebaseerd op persona Roy
- Laaggeschoold
Lancering op 21 april 2023.
"""
DRAFT = {
    "region_id": "regio-test", "source": "", "status": "draft",
    "region": {"name": None, "provinces": ["West-Vlaanderen"], "source_id": "regio-test"},
    "method": [{"summary_nl": None, "summary_en": None, "quote": "We zoeken geen nieuwe projecten op zich.",
                "unit_id": 5, "confidence": 0.3}],
    "challenges": [{"challenge_rank": 1, "title": None, "title_en": None, "is_title_derived": True,
                    "persona_ids": ["saled"], "quote": "Regio-uitdaging 1 gebaseerd op persona Saled"}],
    "obstacles": [
        {"obstacle_id": "taal", "challenge_rank": 1, "section": "uitdaging", "unit_id": 2,
         "quote": "Beperkte kennis van Nederlandse taal;", "confidence": 0.9, "matched": "codeboek: «taal»"},
        {"obstacle_id": "psychisch", "challenge_rank": 1, "section": "uitdaging", "unit_id": 4,
         "quote": "Psychologische hulpverlening", "confidence": 0.4, "matched": "voorbeeld (x): «...»"}],
    "service_types": [
        {"service_type_id": "psychische-hulp", "challenge_rank": 1, "section": "uitdaging", "unit_id": 4,
         "quote": "Psychologische hulpverlening", "confidence": 0.95, "matched": "codeboek: «psychologische hulp»"}],
    "caveats": [{"challenge_rank": None, "caveat_nl": None, "caveat_en": None, "unit_id": 5, "confidence": 0.6,
                 "quote": "We zoeken geen nieuwe projecten op zich."}],
    "timeline": [{"event": "lancering", "date_start": "2023-04-21", "date_end": None, "is_year_inferred": False,
                  "quote": "Lancering op 21 april 2023.", "confidence": 0.8}],
    "statements": [{"unit_id": i, "text": t} for i, t in enumerate([
        "De obstakels zijn:", "Laaggeschoold", "Beperkte kennis van Nederlandse taal;",
        "We kunnen hen het volgende aanbieden:", "Psychologische hulpverlening",
        "We zoeken geen nieuwe projecten op zich."])],
}


@pytest.fixture
def review(tmp_path):
    path = tmp_path / "regio-test.yaml"
    path.write_text(yaml.safe_dump(DRAFT, allow_unicode=True), encoding="utf-8")
    return load_review(path, SOURCE)


def _item(review, part, index=0):
    return [i for i in review.items if i.part == part][index]


def test__load_review__refuses_a_file_that_is_no_draft(tmp_path):
    path = tmp_path / "oostende.yaml"
    path.write_text("region_id: oostende\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not a draft"):
        load_review(path, SOURCE)


def test__load_review__every_part_open_in_reading_order_after_the_region(review):
    assert [(i.part, i.record.get("obstacle_id") or i.record.get("service_type_id")) for i in review.items] == [
        (HEADER, None), ("challenges", None), ("obstacles", "taal"), ("obstacles", "psychisch"),
        ("service_types", "psychische-hulp"), ("method", None), ("caveats", None), ("timeline", None)]
    assert review.open_count == 8
    assert "unit_id" not in _item(review, "obstacles").record  # what the draft says of a suggestion stays apart
    assert _item(review, "obstacles").record["importance_rank"] is None  # every field of the part is there


def test__decide__a_changed_field_remembers_the_draft_value(review):
    item = _item(review, "obstacles")
    decide(item, "accepted", {"obstacle_id": "laaggeschoold"}, SOURCE)
    assert (item.record["obstacle_id"], item.changed) == ("laaggeschoold", {"obstacle_id": "taal"})
    with pytest.raises(ValueError, match="unknown verdict"):
        decide(_item(review, "obstacles", 1), "maybe")


def test__decide__a_shortened_quote_must_stay_verbatim(review):
    first, second = _item(review, "obstacles"), _item(review, "obstacles", 1)
    decide(first, "accepted", {"quote": "Beperkte kennis van\nNederlandse taal"}, SOURCE)
    assert first.record["quote"] == "Beperkte kennis van Nederlandse taal"
    with pytest.raises(ValueError, match="Not verbatim"):
        decide(second, "accepted", {"quote": "Psychologische zorg"}, SOURCE)
    assert (second.verdict, second.record["quote"], second.changed) == (None, "Psychologische hulpverlening", {})


@pytest.mark.parametrize("part, changes, problem", [
    ("caveats", {}, "caveat_nl"),  # our words are the curator's to write
    ("obstacles", {"obstacle_id": "geen-categorie"}, "not in the codebook"),
    ("timeline", {"event": "feest"}, "event"),
    (HEADER, {}, "name"),
])
def test__decide__an_incomplete_or_unknown_record_is_refused_and_stays_open(review, part, changes, problem):
    item = _item(review, part)
    before = dict(item.record)
    with pytest.raises(ValueError, match=problem):
        decide(item, "accepted", changes, SOURCE)
    assert (item.verdict, item.record) == (None, before)


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
        add(review, "obstacles", {"obstacle_id": "taal", "challenge_rank": 1, "section": "uitdaging",
                                  "quote": "Geen kennis van het Nederlands"})
    assert len(review.items) == 8


@pytest.mark.parametrize("part, name, typed, value", [
    ("challenges", "challenge_rank", "3", 3),
    ("challenges", "persona_ids", "saled, roy", ["saled", "roy"]),
    ("timeline", "is_year_inferred", "true", True),
    ("timeline", "date_start", "2023-04-21", "2023-04-21"),
    ("caveats", "caveat_nl", "No", "No"),  # text stays text (YAML would read "No" as false)
    ("caveats", "challenge_rank", "", None),
    ("caveats", "challenge_rank", "drie", "drie"),  # kept as typed, for the check to name
])
def test__field_value__reads_what_the_curator_typed(part, name, typed, value):
    assert field_value(part, name, typed) == value


def test__context__finds_the_statement_by_number_or_by_quote(review):
    assert ("Beperkte kennis van Nederlandse taal;", True) in context(review, _item(review, "obstacles"))
    assert context(review, _item(review, "timeline")) == [("Lancering op 21 april 2023.", True)]


def _review_all(review):
    decide(review.items[0], "accepted", {"name": "Regio Test"}, SOURCE)
    decide(_item(review, "challenges"), "accepted", {"title": "Vluchteling", "title_en": "Refugee"}, SOURCE)
    decide(_item(review, "obstacles"), "accepted", {}, SOURCE)
    decide(_item(review, "obstacles", 1), "rejected")
    decide(_item(review, "service_types"), "accepted", {}, SOURCE)
    decide(_item(review, "method"), "accepted", {"summary_nl": "Geen projecten.", "summary_en": "No projects."}, SOURCE)
    decide(_item(review, "caveats"), "accepted", {"caveat_nl": "Geen projecten.", "caveat_en": "No projects."}, SOURCE)
    decide(_item(review, "timeline"), "rejected")
    add(review, "obstacles", {"obstacle_id": "laaggeschoold", "challenge_rank": 2, "section": "uitdaging",
                              "quote": "Laaggeschoold"})


def test__region_file__holds_the_accepted_records_of_every_part(review):
    with pytest.raises(ValueError, match="still open"):
        region_file(review)
    _review_all(review)
    region = region_file(review)
    assert (region["region_id"], region["name"], region["source_id"]) == ("regio-test", "Regio Test", "regio-test")
    assert [(r["obstacle_id"], r["challenge_rank"]) for r in region["obstacles"]] == [("taal", 1), ("laaggeschoold", 2)]
    assert region["obstacles"][1]["is_quote_short"] is True  # "Laaggeschoold" stands twice in the source
    assert region["method"]["summary_en"] == "No projects." and region["timeline"] == []
    assert region["caveats"][0]["caveat_nl"] == "Geen projecten."


def test__tally__counts_each_kind_of_decision_per_part(review):
    _review_all(review)
    counts = tally(review)
    assert counts["obstacles"] == {"accepted": 1, "changed": 0, "rejected": 1, "added": 1}
    assert counts["caveats"]["changed"] == 1 and counts["timeline"]["rejected"] == 1


def test__write_region__writes_a_file_the_build_reads(review, tmp_path):
    _review_all(review)
    add(review, "municipalities", {"nis_code": "35013", "name": "Oostende", "quote": "Laaggeschoold"})
    target = tmp_path / "regions" / "regio-test.yaml"
    target.parent.mkdir()
    target.write_text("region_id: regio-test\nname: Oud\n", encoding="utf-8")
    write_region(target, region_file(review))
    written = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert written["name"] == "Regio Test"  # replaced: the review holds every part
    assert models.RegionFile.model_validate(written).municipalities[0].nis_code == "35013"


@pytest.mark.parametrize("selection, kept", [
    ("- Beperkte kennis van\n   Nederlandse taal;", "Beperkte kennis van Nederlandse taal;"),
    ("meerdere relaties,  heeft schulden", "meerdere relaties,  heeft schulden"),  # as the source writes it
])
def test__quote_text__joins_lines_and_keeps_the_spaces_of_a_line(selection, kept):
    assert quote_text(selection) == kept
