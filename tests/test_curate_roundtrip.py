"""From addendum to dataset: Midden-West-Vlaanderen drafted without its own coding, reviewed through the review
module with the decisions its curated coding implies, written into a copy of the inputs and built by the real
build, gives the same obstacle and service type rows as the committed dataset."""

import io

import pandas as pd
import pytest
import yaml

from dashboard.builder.draft.codebook import TAXONOMIES
from dashboard.builder.draft.compose import ID_KEY, draft, train
from dashboard.builder.pipeline import build
from dashboard.core.paths import ROOT
from dashboard.curate.review import add, decide, load_review, region_parts, write_region
from dashboard.domain.quotes import collapse_whitespace
from tests.drafting import codebook, coded, curated_regions, inputs, source_texts  # noqa: F401 (fixtures)

REGION = "midden-west-vlaanderen"
TABLES = {"obstacles": "region_obstacles", "service_types": "region_service_types"}


def _curated_records(region, taxonomy):
    records = region.obstacles if taxonomy == "obstacles" else region.service_types
    return [(getattr(r, ID_KEY[taxonomy]), r.challenge_rank, collapse_whitespace(r.quote), r.section) for r in records]


@pytest.fixture(scope="module")
def reviewed(codebook, coded, source_texts, tmp_path_factory):
    """The review, with the count of each kind of decision it took."""
    held = coded[REGION]
    trained = train(codebook, [r for k, r in coded.items() if k != REGION])
    path = tmp_path_factory.mktemp("draft") / f"{REGION}.yaml"
    path.write_text(yaml.safe_dump(draft(source_texts[REGION], REGION, codebook, trained, ""), allow_unicode=True),
                    encoding="utf-8")
    review = load_review(path, source_texts[REGION])
    units = {u.unit_id: u.text for u in held.units}
    counts = dict.fromkeys(["accepted", "trimmed", "rejected", "added"], 0)
    for item in list(review.items):
        curated = [r for r in _curated_records(held.region, item.taxonomy) if r[0] == item.category_id
                   and r[1] == item.challenge_rank and r[3] == item.section and r[2] in units[item.unit_id]]
        if curated:
            decide(item, "accepted", quote=curated[0][2], source_text=review.source_text)
            counts["trimmed" if curated[0][2] != units[item.unit_id] else "accepted"] += 1
        else:
            decide(item, "rejected")
            counts["rejected"] += 1
    for taxonomy in TAXONOMIES:
        kept = {(i.category_id, i.challenge_rank, i.quote, i.section) for i in review.items
                if i.taxonomy == taxonomy and i.verdict == "accepted"}
        for category, rank, quote, section in _curated_records(held.region, taxonomy):
            if (category, rank, quote, section) not in kept:
                add(review, taxonomy, category, quote, rank, section)
                kept.add((category, rank, quote, section))
                counts["added"] += 1
    return review, counts


def test__reviewed_draft__builds_the_curated_obstacles_and_service_types(reviewed, curated_regions, inputs_copy):
    review, counts = reviewed
    challenges = [c.model_dump(exclude_none=True) for c in curated_regions[REGION].challenges]
    write_region(inputs_copy.curated / "regions" / f"{REGION}.yaml", region_parts(review, challenges))
    outputs = build(inputs_copy)
    for taxonomy, table in TABLES.items():
        columns = [ID_KEY[taxonomy], "challenge_rank", "section", "quote"]
        built = pd.read_parquet(io.BytesIO(outputs[f"data/{table}.parquet"]))
        committed = pd.read_parquet(ROOT / "data" / f"{table}.parquet")

        def rows(frame):
            mine = frame[frame["region_id"] == REGION][columns]
            return sorted(tuple(map(str, row)) for row in mine.itertuples(index=False))
        assert rows(built) == rows(committed), taxonomy
    print(f"review of {REGION}: {counts}")
    assert counts["rejected"] > 0 and counts["accepted"] + counts["trimmed"] > 0  # the draft was really reviewed
