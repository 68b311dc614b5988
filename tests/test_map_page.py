"""Unit tests of dashboard.views.map_page: what the Kaart page shows for each way of colouring, without Streamlit."""

import pytest

from dashboard.core.data import read_dataset
from dashboard.core.filters import Filters, filter_options
from dashboard.core.paths import ROOT
from dashboard.core.scope import scope_of
from dashboard.ui.static_geo import publish_layers
from dashboard.views.map_page import coloured_map

DS = read_dataset(ROOT)


@pytest.fixture(scope="module")
def layers():
    return publish_layers(DS)


def test__coloured_map__an_indicator_of_a_year_beside_flanders_with_its_caveats(layers):
    shown = coloured_map(scope_of(DS, Filters()), filter_options(DS, "nl"), layers, "poverty", 2019, False, "nl")
    assert len(shown.frame) == 63 and shown.key == "nis_code"
    assert layers["flanders"].geojson in str(shown.chart.figure)  # the rest of Flanders in grey
    assert "2019" in shown.chart.title and "2019" in shown.source
    assert shown.after == ("map.context_note", "caveat.poverty")


def test__coloured_map__the_2025_municipalities_by_their_own_key(layers):
    shown = coloured_map(scope_of(DS, Filters()), filter_options(DS, "en"), layers, "population", None, True, "en")
    assert shown.key == "nis_code_2025" and len(shown.frame) == 61  # Meulebeke and Ruiselede merged in 2025
    assert layers["municipalities_2025"].geojson in str(shown.chart.figure)


def test__coloured_map__a_persona_mode_needs_a_persona_and_then_marks_the_regions_citing_it(layers):
    options = filter_options(DS, "nl")
    nothing = coloured_map(scope_of(DS, Filters()), options, layers, "persona", None, False, "nl")
    assert nothing.chart is None and nothing.before == ("map.choose_persona",)
    scope = scope_of(DS, Filters(persona_id="saled"))
    shown = coloured_map(scope, options, layers, "persona", None, False, "nl")
    citing = set(scope.regions_citing_persona())
    named = shown.frame[shown.frame["category"] == f"{options.personas['saled']}: noemt het"]
    assert set(named["region_id"]) == citing and 0 < len(citing) < 5 and shown.before[0] == "map.rule.persona"
