"""Unit tests of dashboard.domain.evidence: every quoted fact placed in its text, the facts of a passage, the passage around one."""

import pandas as pd
import pytest

from dashboard.core.data import read_dataset
from dashboard.core.resources import RESOURCES, fact_tables
from dashboard.core.vocabularies import LINK_KINDS
from dashboard.domain.evidence import distinct_facts, fact_index, facts_in, passage_around, read_source_texts
from dashboard.core.paths import ROOT
from dashboard.domain.sections import section_at


@pytest.fixture(scope="module")
def real():
    ds = read_dataset(ROOT)
    sources = read_source_texts(ds, ROOT)
    return ds, sources, fact_index(ds, sources, "nl")


def test__fact_index__agrees_with_the_curated_section_wherever_a_quote_stands_in_one_of_the_four_parts(real):
    """The curators placed intro sentences in a part; every quote found inside a part has that part's name."""
    ds, _, facts = real
    for table in ("region_obstacles", "region_service_types"):
        placed = facts[facts["table"] == table].reset_index(drop=True)
        curated = ds.tables[table]["section"].reset_index(drop=True)
        in_part = placed["section_id"] != "werkingsgebied"
        assert in_part.mean() > 0.9
        assert (placed.loc[in_part, "section_id"] == curated[in_part]).all(), table


def test__fact_tables__cover_every_table_with_a_quote():
    quoted = {name for name, resource in RESOURCES.items() if {"quote", "method_quote"} & set(resource.columns)}
    assert set(fact_tables()) == quoted


def test__fact_index__places_every_quote_of_every_fact_table(real):
    ds, sources, facts = real
    assert len(facts) == sum(len(ds.tables[t]) for t in fact_tables())
    assert facts["fact_id"].is_unique and facts["start"].notna().all()
    for fact in facts.sample(60, random_state=1).itertuples():
        found = sources.texts[fact.source_id][int(fact.start):int(fact.end)]
        assert found.split() == fact.quote.split()


def test__fact_index__leaves_facts_of_a_missing_text_unplaced(real, tmp_path):
    ds, _, _ = real
    (tmp_path / "data" / "sources").mkdir(parents=True)
    (tmp_path / "data" / "sources" / "westhoek.txt").write_text((ROOT / "data/sources/westhoek.txt").read_text())
    sources = read_source_texts(ds, tmp_path)
    assert set(sources.missing) == set(ds.tables["sources"]["source_id"]) - {"westhoek"}
    facts = fact_index(ds, sources, "en")
    assert facts.loc[facts["source_id"] == "westhoek", "start"].notna().all()
    assert facts.loc[facts["source_id"] != "westhoek", "start"].isna().all()


def test__facts_in__lists_the_facts_whose_quote_lies_within_the_passage(real):
    _, sources, facts = real
    fact = facts[facts["table"] == "challenges"].iloc[0]
    passage = passage_around(sources, fact["source_id"], int(fact["start"]), int(fact["end"]))
    inside = facts_in(facts, passage)
    assert fact["fact_id"] in set(inside["fact_id"])
    same_source = facts[facts["source_id"] == fact["source_id"]]
    outside = same_source[~same_source["fact_id"].isin(inside["fact_id"])]
    assert ((outside["start"] < passage.start) | (outside["end"] > passage.end)).all()
    assert ((inside["start"] >= passage.start) & (inside["end"] <= passage.end)).all()


def test__passage_around__stays_within_the_part_and_keeps_whole_lines(real):
    _, sources, facts = real
    for fact in facts.sample(40, random_state=2).itertuples():
        text = sources.texts[fact.source_id]
        passage = passage_around(sources, fact.source_id, int(fact.start), int(fact.end))
        part = section_at(sources.sections[fact.source_id], int(fact.start))
        assert part.start <= passage.start <= fact.start and fact.end <= passage.end
        assert passage.start == part.start or text[passage.start - 1] == "\n"
        assert passage.section_id == part.section_id == fact.section_id


def test__fact_index__details_follow_the_language(real):
    ds, sources, facts = real
    english = fact_index(ds, sources, "en")
    row = english[english["table"] == "region_obstacles"].iloc[0]
    label = ds.tables["obstacles"].set_index("obstacle_id").loc[row["obstacle_id"], "label_en"]
    assert row["detail"] == f"Obstacle: {label}"
    assert list(english["fact_id"]) == list(facts["fact_id"])
    assert pd.api.types.is_integer_dtype(facts["challenge_rank"])


def test__fact_index__says_how_each_link_is_known(real):
    ds, _, facts = real
    links = facts[facts["table"] == "obstacle_service_links"]
    hows = set(LINK_KINDS.labels("nl").values())
    assert len(links) and all(any(detail.endswith(f"({how})") for how in hows) for detail in links["detail"])
    stated = ds.tables["obstacle_service_links"]["link_kind"].eq("stated").sum()
    assert links["detail"].str.endswith(f"({LINK_KINDS.label('stated', 'nl')})").sum() == stated


def test__distinct_facts__each_fact_once_the_opened_one_kept_order_kept():
    facts = pd.DataFrame({"fact_id": ["a", "b", "c", "d"], "detail": ["Link X", "Type Y", "Link X", "Type Z"]},
                         index=[10, 11, 12, 13])
    assert distinct_facts(facts)["fact_id"].tolist() == ["a", "b", "d"]
    assert distinct_facts(facts, keep_id="c")["fact_id"].tolist() == ["b", "c", "d"]
