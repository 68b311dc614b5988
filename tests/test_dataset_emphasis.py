"""Data tests of data/region_emphasis and its worked examples: the committed table against the coded rows and the texts."""

import pandas as pd
import pytest

from dashboard.core.data import read_dataset
from dashboard.core.paths import ROOT
from dashboard.domain.quotes import collapse_whitespace

T = read_dataset(ROOT).tables
REGIONS = list(T["regions"]["region_id"])
CODED = {"obstacle": ("region_obstacles", "obstacle_id"), "service_type": ("region_service_types", "service_type_id")}


@pytest.mark.parametrize("region_id", REGIONS)
def test__region_emphasis__the_worked_example_of_each_region_stands_in_its_top_3(region_id):
    examples = T["emphasis_examples"].query("region_id == @region_id")
    assert set(examples["kind"]) == {"obstacle", "service_type"}, "a worked example per kind"
    emphasis = T["region_emphasis"].query("region_id == @region_id").set_index(["kind", "category_id"])["emphasis_rank"]
    for row in examples.itertuples():
        for category_id in row.category_ids.split("; "):
            assert emphasis[(row.kind, category_id)] <= 3, f"{region_id}: {category_id} ranks {emphasis[(row.kind, category_id)]}"


@pytest.mark.parametrize("region_id", REGIONS)
@pytest.mark.parametrize("kind", list(CODED))
def test__region_emphasis__statements_are_the_distinct_quotes_and_shares_add_up_to_100(region_id, kind):
    table, key = CODED[kind]
    coded = T[table].query("region_id == @region_id")
    rows = T["region_emphasis"].query("region_id == @region_id and kind == @kind")
    assert rows["statements"].sum() == pytest.approx(coded["quote"].map(collapse_whitespace).nunique(), abs=0.01)
    assert rows["emphasis"].sum() == pytest.approx(100, abs=0.05 * rows["is_named"].sum())  # each rounded to 0.1
    assert set(rows.loc[rows["is_named"], "category_id"]) == set(coded[key])
    assert (rows.set_index("category_id").loc[list(set(coded[key])), "mentions"]
            == coded.groupby(key).size().reindex(list(set(coded[key])))).all()


def test__region_emphasis__the_pasted_oostende_bullet_is_one_statement():
    pasted = T["region_service_types"].query("region_id == 'oostende' and quote.str.startswith('Afstand tot de arbeidsmarkt')")
    assert pasted["challenge_rank"].nunique() >= 5  # the same bullet under five or more challenges
    row = T["region_emphasis"].query("region_id == 'oostende' and category_id == 'werkervaring'").iloc[0]
    assert row["mentions"] > row["statements"]
    assert row["emphasis_rank"] > 1  # first under presence per challenge, no longer first


def test__region_emphasis__every_region_ranks_every_category_of_the_taxonomies_once():
    expected = len(REGIONS) * (len(T["obstacles"]) + len(T["service_types"]))
    assert len(T["region_emphasis"]) == expected
    assert not T["region_emphasis"].duplicated(["region_id", "kind", "category_id"]).any()
    named = T["region_emphasis"]["is_named"]
    assert T["region_emphasis"].loc[named, "emphasis_rank"].notna().all() and T["region_emphasis"].loc[~named, "emphasis_rank"].isna().all()
    assert set(T["region_emphasis"]["rank_robustness"]) <= {"holds", "depends"}


def test__emphasis_examples__each_quote_is_in_its_source():
    for row in T["emphasis_examples"].itertuples():
        text = collapse_whitespace((ROOT / "data" / "sources" / f"{row.source_id}.txt").read_text(encoding="utf-8"))
        assert collapse_whitespace(row.quote) in text


def test__emphasis_examples__the_readme_shows_each_beside_the_regions_top_5():
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    for row in T["emphasis_examples"].itertuples():
        assert f"The text: “{row.quote}”" in readme
    assert readme.count("- **Obstacles**: 1. ") == len(REGIONS) and readme.count("- **Service types**: 1. ") == len(REGIONS)
