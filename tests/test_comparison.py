"""Unit tests of dashboard.views.comparison: what the Vergelijken page shows, built without Streamlit on the
committed dataset."""

import pytest

from dashboard.core.data import read_dataset
from dashboard.core.params import PARAMS
from dashboard.core.paths import ROOT
from dashboard.core.regions import region_names
from dashboard.core.scope import Scope
from dashboard.text.i18n import tr
from dashboard.views.comparison import (BASES, difference_tables, enrichment_tables, method_table, population_figures,
                                        poverty_figures, similarity)

PAIR = ("westhoek", "oostende")


@pytest.fixture(scope="module")
def ds():
    return read_dataset(ROOT)


@pytest.fixture(scope="module")
def names(ds):
    return region_names(ds).to_dict()


def test__population_figures__each_region_s_people_and_its_municipalities_named(ds, names):
    figures = population_figures(Scope(ds, PAIR), names, "en")
    towns = ds.tables["municipalities"].query("region_id == 'oostende'")
    assert [f.label for f in figures] == [names[r] for r in PAIR]
    assert figures[1].value == f"{towns['population'].sum():,}" and all(town in figures[1].caption for town in towns["name"])


def test__poverty_figures__each_region_s_persons_at_risk_with_the_source_of_the_latest_year(ds, names):
    figures, source = poverty_figures(Scope(ds, PAIR), names, "en")
    latest = ds.tables["region_poverty"]["year"].max()
    at_risk = ds.tables["region_poverty"].query("area_id == 'westhoek' and year == @latest")["persons_at_risk"].iloc[0]
    assert figures[0].value == f"{at_risk:,}" and str(latest) in source


def test__difference_tables__an_obstacle_both_name_is_in_the_first_table_one_only_names_in_the_last(ds, names):
    scope = Scope(ds, PAIR)
    named = ds.tables["region_obstacles"].groupby("obstacle_id")["region_id"].agg(set)
    both = next(o for o, regions in named.items() if set(PAIR) <= regions)
    only = next(o for o, regions in named.items() if regions & set(PAIR) == {"oostende"})
    labels = ds.tables["obstacles"].set_index("obstacle_id")["label_nl"]
    tables = {group: table for group, _, table in difference_tables(scope, names, {}, "nl")}
    what = tr("compare.col.what", "nl")
    assert labels[both] in set(tables["all"][what]) and labels[only] in set(tables["one"][what])
    assert tr("compare.col.most", "nl") not in tables["one"]  # one region: no "most"


def test__difference_tables__stars_the_obstacle_chosen_in_the_filters(ds, names):
    obstacle = ds.tables["region_obstacles"].query("region_id == 'westhoek'")["obstacle_id"].iloc[0]
    label = ds.tables["obstacles"].set_index("obstacle_id").loc[obstacle, "label_nl"]
    tables = difference_tables(Scope(ds, PAIR, obstacle_id=obstacle), names, {}, "nl")
    shown = [label for _, _, table in tables for label in table[tr("compare.col.what", "nl")]]
    assert f"★ {label}" in shown and label not in shown


def test__method_and_enrichment_tables__a_row_per_region_and_per_added_item(ds, names):
    scope = Scope(ds, PAIR)
    assert method_table(scope, names, "nl")[tr("col.region", "nl")].tolist() == [names[r] for r in PAIR]
    listed, quotes = enrichment_tables(scope, names, "nl")
    added = scope.obstacle_mentions().query("section == 'verrijking'")
    assert len(quotes) >= len(added) and len(listed) <= len(quotes)
    assert set(quotes[tr("col.quote", "nl")]) >= set(added["quote"])


def test__similarity__a_region_is_wholly_like_itself_and_the_reading_names_the_regions(ds, names):
    chart, reading = similarity(Scope(ds, ("westhoek", "oostende", "vlaamse-ardennen")), names, "obstacle", "nl")
    assert tuple(BASES) == PARAMS["basis"].values  # every basis a link may name has its kinds
    assert chart.rows.shape[0] == 3 and reading and any(names["westhoek"] in sentence for sentence in reading)
