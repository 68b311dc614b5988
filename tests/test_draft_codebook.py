"""Curated quotes placed on the statements they were coded on, which the classifier learns from."""

from dashboard.builder.draft.codebook import TAXONOMIES, label_units
from dashboard.builder.draft.segments import Unit
from tests.drafting import coded, inputs  # noqa: F401 (fixtures)


def _unit(unit_id, text, rank):
    return Unit(unit_id, text, "uitdaging", rank, 1, "")


def test__label_units__a_pasted_bullet_counts_only_under_its_challenge():
    units = [_unit(0, "Laaggeschoold", 1), _unit(1, "Laaggeschoold", 2)]
    labels, unplaced = label_units(units, [("laaggeschoold", "Laaggeschoold", 2)])
    assert labels == {1: {"laaggeschoold"}} and unplaced == []


def test__label_units__a_quote_over_two_sentences_labels_both():
    units = [_unit(0, "Er is weinig structuur.", None), _unit(1, "Ze hebben schulden.", None)]
    labels, _ = label_units(units, [("schulden", "Er is weinig structuur. Ze hebben schulden.", None)])
    assert labels == {0: {"schulden"}, 1: {"schulden"}}


def test__label_units__a_quote_found_nowhere_is_reported():
    _, unplaced = label_units([_unit(0, "Iets anders", None)], [("taal", "Beperkte kennis", None)])
    assert unplaced == [("taal", "Beperkte kennis")]


def test__coded_regions__every_curated_quote_lands_on_a_statement(coded):
    lost = {(region_id, taxonomy): region.unplaced[taxonomy][:2]
            for region_id, region in coded.items() for taxonomy in TAXONOMIES if region.unplaced[taxonomy]}
    assert lost == {}
