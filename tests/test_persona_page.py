"""Unit tests of dashboard.views.persona_page: what the Persona's page shows, built without Streamlit."""

import pytest

from dashboard.core.data import read_dataset
from dashboard.core.paths import ROOT
from dashboard.core.scope import Scope
from dashboard.views.persona_page import MEASURES, frequency_chart, obstacle_lines, persona_detail, profile_table

ALL = ("midden-west-vlaanderen", "westhoek", "zuid-west-vlaanderen", "oostende", "vlaamse-ardennen")


@pytest.fixture(scope="module")
def ds():
    return read_dataset(ROOT)


def test__frequency_chart__a_bar_per_persona_cited(ds):
    cited = ds.tables["challenge_personas"]["persona_id"].nunique()
    chart = frequency_chart(Scope(ds, ALL), "regions", "nl")
    assert len(chart.rows) == cited and set(MEASURES) == {"challenges", "regions", "weighted"}


def test__profile_table__a_line_per_persona(ds):
    assert len(profile_table(Scope(ds, ALL), "en")) == len(ds.tables["personas"])


def test__persona_detail__the_challenges_citing_it_and_every_statement_with_its_fact(ds):
    scope = Scope(ds, ALL, "saled")
    detail = persona_detail(scope, "Saled", "nl")
    cited = ds.tables["challenge_personas"].query("persona_id == 'saled'")
    assert len(detail.citations) == len(cited)
    regions = {heading for heading, _ in detail.statements}
    assert regions and all(lines for _, blocks in detail.statements for _, _, lines in blocks)
    facts = [line.fact_id for _, blocks in detail.statements for _, _, lines in blocks for line in lines]
    assert len(facts) == len(set(facts)) and all(line.quote.startswith("“") for _, b in detail.statements for _, _, ls in b
                                                 for line in ls)


def test__obstacle_lines__each_obstacle_of_the_persona_s_challenges_with_its_quotes(ds):
    scope = Scope(ds, ALL, "saled")
    lines = obstacle_lines(scope, "en")
    keys = ds.tables["challenge_personas"].query("persona_id == 'saled'")[["region_id", "challenge_rank"]]
    named = ds.tables["region_obstacles"].merge(keys, on=["region_id", "challenge_rank"])
    assert {obstacle_id for _, obstacle_id, _ in lines} == set(named["obstacle_id"])
    assert sum(len(quotes) for _, _, quotes in lines) >= len(named.drop_duplicates(["obstacle_id", "quote"]))
