"""Unit tests of dashboard.core.filters: the sidebar's options and how URL names map to ids."""

from dataclasses import fields

from dashboard.core.filters import DIMENSIONS, Filters, Options, chosen, filter_options, ids_for
from dashboard.text.i18n import STRINGS
from tests.frames import tiny


def test__ids_for__names_to_ids_leaving_out_unknown_names():
    options = filter_options(tiny())
    assert ids_for(["Beta", "Gamma"], options.regions) == ["b"]


def test__dimensions__name_every_filter_and_its_options_once():
    assert [d.field for d in DIMENSIONS] == [f.name for f in fields(Filters)]  # a new filter cannot be left out
    assert [d.options for d in DIMENSIONS] == [f.name for f in fields(Options)]
    assert all(d.name in STRINGS and d.nothing in STRINGS for d in DIMENSIONS)


def test__chosen__none_one_or_several_ids():
    picked = Filters(region_ids=("b", "a"), obstacle_id="taal")
    got = {d.field: chosen(picked, d) for d in DIMENSIONS}
    assert (got["region_ids"], got["persona_id"], got["obstacle_id"]) == (("b", "a"), (), ("taal",))
    assert not any(chosen(Filters(), d) for d in DIMENSIONS)
