"""Unit tests of dashboard.domain.quotes: a quote is found in its source after collapsing whitespace."""

from dashboard.domain.quotes import collapse_whitespace, quote_in_source


def test__quote_in_source__collapses_whitespace_but_not_words():
    source = "Beperkte  kennis\nvan de\n\nNederlandse taal"
    assert collapse_whitespace(source) == "Beperkte kennis van de Nederlandse taal"
    assert quote_in_source("kennis van de Nederlandse", source)
    assert not quote_in_source("kennis van het Nederlands", source)
