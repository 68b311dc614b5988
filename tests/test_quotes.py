"""Unit tests of dashboard.domain.quotes: quotes and sources are compared after collapsing whitespace."""

from dashboard.domain.quotes import collapse_whitespace


def test__collapse_whitespace__turns_every_run_into_one_space_and_trims():
    source = " Beperkte  kennis\nvan de\n\nNederlandse taal\t"
    assert collapse_whitespace(source) == "Beperkte kennis van de Nederlandse taal"
