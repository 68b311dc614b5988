"""From addendum to dataset: Midden-West-Vlaanderen drafted from the codebook and the other four regions only,
reviewed through the review's functions with the decisions its curated file implies (dashboard.curate.replay),
written as a region file from the review alone (the curated file is removed first), and built by the real build
in a temporary copy of the inputs: every table's rows of the region equal the committed dataset's."""

import io
import shutil

import pandas as pd
import pytest
import yaml

from dashboard.builder.draft.compose import draft, train
from dashboard.builder.inputs import Paths
from dashboard.builder.pipeline import build
from dashboard.core.paths import ROOT
from dashboard.curate.replay import answer_key, play
from dashboard.curate.review import HEADER, PARTS, load_review, region_file, tally, write_region
from tests.drafting import codebook, coded, inputs, source_texts  # noqa: F401 (fixtures)

REGION = "midden-west-vlaanderen"
CURATED = ROOT / "data" / "curated" / "regions" / f"{REGION}.yaml"
TABLES = sorted(path.name for path in (ROOT / "data").glob("*.parquet"))


@pytest.fixture(scope="module")
def curated():
    return yaml.safe_load(CURATED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def reviewed(codebook, coded, source_texts, curated, tmp_path_factory):
    trained = train(codebook, [r for k, r in coded.items() if k != REGION])
    path = tmp_path_factory.mktemp("draft") / f"{REGION}.yaml"
    path.write_text(yaml.safe_dump(draft(source_texts[REGION], REGION, codebook, trained, ""), allow_unicode=True),
                    encoding="utf-8")
    review = load_review(path, source_texts[REGION])
    play(review, answer_key(review, curated))
    return review


@pytest.fixture(scope="module")
def built(reviewed, tmp_path_factory):
    """The dataset built from a copy of the inputs whose region file the review alone wrote."""
    folder = tmp_path_factory.mktemp("inputs")
    paths = Paths(curated=folder / "curated", sources=folder / "sources", reference=folder / "reference")
    for mine, committed in zip((paths.curated, paths.sources, paths.reference), (Paths().curated, Paths().sources,
                                                                                 Paths().reference)):
        shutil.copytree(committed, mine)
    target = paths.curated / "regions" / f"{REGION}.yaml"
    target.unlink()  # nothing of the curated file may survive into the reviewed one
    write_region(target, region_file(reviewed))
    return build(paths)


def _rows(frame: pd.DataFrame) -> list[tuple]:
    """The region's rows (the whole table when it has no region column), order aside."""
    if "region_id" in frame.columns:
        frame = frame[frame["region_id"] == REGION]
    return sorted(tuple(map(str, row)) for row in frame.itertuples(index=False))


@pytest.mark.parametrize("table", TABLES)
def test__reviewed_draft__builds_every_table_as_committed(built, table):
    made = pd.read_parquet(io.BytesIO(built[f"data/{table}"]))
    committed = pd.read_parquet(ROOT / "data" / table)
    assert list(made.columns) == list(committed.columns)
    assert _rows(made) == _rows(committed)


def test__reviewed_draft__every_curated_record_comes_from_one_decision(reviewed, curated):
    counts = tally(reviewed)
    print(f"\nreview of {REGION} (accepted as drafted / changed / rejected / added):")
    for part, count in counts.items():
        print(f"  {part}: {count}")
    for part in PARTS:
        records = curated.get(part) or []
        wanted = len(records) if isinstance(records, list) else 1
        assert counts[part]["accepted"] + counts[part]["changed"] + counts[part]["added"] == wanted, part
    assert counts[HEADER]["changed"] == 1  # the draft leaves the name to the curator
    assert sum(c["rejected"] for c in counts.values()) > 0  # the draft was reviewed, not copied
    assert sum(c["accepted"] + c["changed"] for c in counts.values()) > sum(c["added"] for c in counts.values())
