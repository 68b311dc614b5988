"""Unit tests of dashboard.views.needs_view: what the Noden en aanbod page shows, built without Streamlit."""

import pytest

from dashboard.core.counting import UNITS
from dashboard.core.data import read_dataset
from dashboard.core.paths import ROOT
from dashboard.core.scope import Scope
from dashboard.text.i18n import tr
from dashboard.views.needs_view import obstacle_answer, obstacle_heatmap, quotes_behind, region_tabs


@pytest.fixture(scope="module")
def ds():
    return read_dataset(ROOT)


def test__obstacle_heatmap__a_cell_per_region_and_obstacle_it_names(ds):
    named = ds.tables["region_obstacles"]
    matrix, chart = obstacle_heatmap(Scope(ds, ("westhoek", "oostende")), UNITS[0], "bron", "nl")
    named = named[named["region_id"].isin(["westhoek", "oostende"])]
    assert set(zip(matrix["region_id"], matrix["obstacle_id"])) >= set(zip(named["region_id"], named["obstacle_id"]))
    assert chart.title == tr("needs.heatmap", "nl")


def test__region_tabs__the_needs_are_the_obstacles_the_region_names_the_offer_its_service_types(ds):
    needs, offer = region_tabs(Scope(ds, ("vlaamse-ardennen",)), "vlaamse-ardennen", "Vlaamse Ardennen", "en")
    assert set(needs.rows["obstacle_id"]) == set(ds.tables["region_obstacles"].query("region_id == 'vlaamse-ardennen'")["obstacle_id"])
    assert set(offer.rows["service_type_id"]) == set(
        ds.tables["region_service_types"].query("region_id == 'vlaamse-ardennen'")["service_type_id"])
    assert "Vlaamse Ardennen" in needs.heading and needs.rows["status"].notna().all() and offer.rows["status"].notna().all()


def test__quotes_behind__a_cell_holds_the_region_s_own_quotes_naming_the_obstacle(ds):
    rows = ds.tables["region_obstacles"].query("region_id == 'oostende'")
    obstacle = rows["obstacle_id"].iloc[0]
    quotes = quotes_behind(Scope(ds, ("oostende",)), "oostende", "cell", obstacle, "nl")
    assert set(rows.loc[rows["obstacle_id"] == obstacle, "quote"]) <= set(quotes["quote"])
    assert set(quotes["kind"]) <= {tr("needs.kind.obstacle", "nl")}  # no service type asked for behind a cell


def test__obstacle_answer__names_the_chosen_obstacle_and_the_region(ds):
    obstacle = ds.tables["region_obstacles"].query("region_id == 'westhoek'")["obstacle_id"].iloc[0]
    sentence = obstacle_answer(Scope(ds, ("westhoek",), obstacle_id=obstacle), "westhoek", "Westhoek", "Label X", "nl")
    assert "Westhoek" in sentence and "Label X" in sentence
