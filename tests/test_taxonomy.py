"""Taxonomy labels and successors: a link made before a category was split or renamed still finds it."""

import pytest

from dashboard.core.data import read_dataset
from dashboard.core.paths import ROOT
from dashboard.core.taxonomy import successor_ids
from tests.apptest import open_page

DS = read_dataset(ROOT)


def test__successor_ids__map_old_ids_and_both_old_labels_to_a_current_category():
    mapping = successor_ids(DS, "obstacles")
    current = set(DS.tables["obstacles"]["obstacle_id"])
    assert mapping["financieel"] == mapping["Financiële problemen en schulden"] == mapping["Financial problems and debt"] == "armoede"
    assert mapping["Kinderopvang"] == "kinderopvang"  # relabelled as the lack, same id
    assert set(mapping.values()) <= current
    assert "casemanagement" not in mapping  # a service type's old id stays with the service types
    assert successor_ids(DS, "service_types")["casemanagement"] == "casemanagement-team"  # split off the one person again
    assert mapping["toegang-hulpverlening"] == "stap-naar-hulp"  # split: the step apart from gaps in the offer


@pytest.mark.parametrize("old, new", [("Werkloos of weinig werkervaring", "gebrek-werkervaring"), ("Family problems", "gezinsproblemen"),
                                      ("zelfbeeld-motivatie", "zelfbeeld")])
def test__sidebar__old_obstacle_in_a_link_selects_its_successor_without_a_notice(old, new):
    at = open_page("start", obstakel=old)
    assert not at.exception
    assert at.selectbox(key="obstakel").value == new
    assert not [w for w in at.warning if old in w.value]


def test__sidebar__unknown_obstacle_still_gets_the_notice():
    at = open_page("start", obstakel="Geen zulk obstakel")
    assert any("Geen zulk obstakel" in w.value for w in at.warning)
