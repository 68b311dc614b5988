"""Unit tests of dashboard.filters: the sidebar's options and how URL names map to ids."""

from dashboard.filters import filter_options, ids_for, unknown_values
from tests.frames import tiny


def test__filters__unknown_values_and_ids():
    options = filter_options(tiny())
    assert unknown_values(["Alfa", "Gamma", "<script>"], options.regions) == ["Gamma", "<script>"]
    assert ids_for(["Beta", "Gamma"], options.regions) == ["b"]
