"""The leave-one-region-out comparison: a draft equal to the curated coding scores 1 everywhere, a draft
missing half of it scores what it misses, and the table says whether the targets are met."""

import math

import pytest

from dashboard.builder.draft.codebook import TAXONOMIES
from dashboard.builder.draft.compose import ID_KEY
from dashboard.builder.draft.quality import held_out_scores, review_effort, table
from tests.drafting import codebook, coded, inputs  # noqa: F401 (fixtures)


def _as_draft(region) -> dict:
    """The curated coding of a region written as if it were its draft."""
    result = {t: [{ID_KEY[t]: c, "unit_id": u} for u, cs in region.labels[t].items() for c in sorted(cs)]
              for t in TAXONOMIES}
    curated = region.region
    result["challenges"] = [{"challenge_rank": c.challenge_rank, "persona_ids": c.persona_ids} for c in curated.challenges]
    result["obstacle_service_links"] = [{"obstacle_id": l.obstacle_id, "service_type_id": l.service_type_id}
                                        for l in curated.obstacle_service_links]
    result["timeline"] = [{"event": s.event, "date_start": s.date_start.isoformat()} for s in curated.timeline]
    return result


@pytest.fixture(scope="module")
def categories(codebook):
    return {t: [c.category_id for c in codebook.categories[t]] for t in TAXONOMIES}


def test__held_out_scores__the_curated_coding_itself_scores_one(coded, categories):
    row = held_out_scores(coded["oostende"], _as_draft(coded["oostende"]), categories)
    assert {k: v for k, v in row.items() if "baseline" not in k} == {k: 1.0 for k in row if "baseline" not in k}


def test__held_out_scores__a_draft_missing_categories_loses_recall_not_precision(coded, categories):
    region = coded["westhoek"]
    result = _as_draft(region)
    kept = sorted({r["obstacle_id"] for r in result["obstacles"]})[::2]
    result["obstacles"] = [r for r in result["obstacles"] if r["obstacle_id"] in kept]
    row = held_out_scores(region, result, categories)
    gold = {c for cs in region.labels["obstacles"].values() for c in cs}
    assert row["obstacles presence P"] == 1.0
    assert math.isclose(row["obstacles presence R"], len(kept) / len(gold))


def test__review_effort__the_curated_coding_needs_only_accepting(coded):
    region = coded["oostende"]
    effort = review_effort(region, _as_draft(region))
    assert effort["reject"] == effort["add (missed)"] == 0
    assert effort["accept as drafted"] == effort["suggestions"] > 0


def test__review_effort__a_wrong_suggestion_is_one_reject_and_one_add(coded):
    region = coded["oostende"]
    result = _as_draft(region)
    first = result["obstacles"][0]
    wrong = next(c for c in ("taal", "mobiliteit") if (first["unit_id"], c) not in
                 {(r["unit_id"], r["obstacle_id"]) for r in result["obstacles"]})
    result["obstacles"][0] = {"obstacle_id": wrong, "unit_id": first["unit_id"]}
    effort = review_effort(region, result)
    assert (effort["reject"], effort["add (missed)"]) == (1, 1)


def test__table__says_which_target_falls_short():
    row = {c: 0.9 for c in ["obstacles presence P", "service types presence P", "obstacles sentence P",
                            "service types sentence P", "obstacles sentence R", "service types sentence R",
                            "challenges found", "personas found", "links recall (stated)", "links recall (all)",
                            "timeline recall", "obstacles baseline P", "service types baseline P"]}
    rows = {"a": row | {"obstacles presence R": 0.95, "service types presence R": 0.6},
            "b": row | {"obstacles presence R": 0.85, "service types presence R": 0.7}}
    effort = {"suggestions": 3, "accept as drafted": 2, "reject": 1, "add (missed)": 4, "quotes to trim": 0}
    text = table(rows, {"a": {"obstacles": 0.2, "service_types": 0.3}, "b": {"obstacles": 0.2, "service_types": 0.3}},
                 {"a": effort, "b": effort})
    assert "| a | 3 | 2 | 1 | 4 | 0 |" in text
    assert "obstacles: presence recall 0.90 at precision 0.90, which meets the target" in text
    assert "service types: presence recall 0.65 at precision 0.90, which falls short of the target" in text
    assert text.startswith("## Draft coding, leave one region out")
