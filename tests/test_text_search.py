"""Unit tests of dashboard.domain.text_search: finding words and quotes with offsets into the text as written."""

import pytest

from dashboard.domain.text_search import find_all, fold, foreign_letters, line_number, line_offset, quote_spans, scripts


def test__find_all__ignores_accents_case_and_line_breaks():
    text = "Een crèche\nin de   BUURT; geen creche"
    assert [text[s:e] for s, e in find_all(fold(text), "CRECHE in de buurt")] == ["crèche\nin de   BUURT"]
    assert len(find_all(fold(text), "crèche")) == 2
    assert find_all(fold(text), "   ") == []


def test__quote_spans__match_across_any_whitespace():
    text = "De obstakels\n\nzijn:  mobiliteit en taal"
    assert quote_spans("obstakels zijn: mobiliteit", text) == [(text.index("obstakels"), text.index(" en taal"))]
    assert quote_spans("obstakels zijn mobiliteit", text) == []


def test__line_number_and_line_offset__count_lines_from_one():
    text = "een\ntwee\n\ndrie"
    assert [line_number(text, text.index(word)) for word in ("een", "twee", "drie")] == [1, 2, 4]
    assert line_offset(text, 1) == 0 and line_offset(text, 2) == 4 and line_offset(text, 4) == 10
    assert line_offset(text, 5) is None and line_offset(text, 0) is None


@pytest.mark.parametrize("query", ["Oost\u200dende", "Oost\u00adende", "\u202eOostende", "Oost\u200bende\u2069",
                                   "\uff2f\uff4f\uff53\uff54\uff45\uff4e\uff44\uff45", "OOSTENDE"])
def test__find_all__invisible_characters_and_compatibility_forms_are_ignored(query):
    text = "De regio Oostende en\nnog eens Oostende"
    assert [text[s:e] for s, e in find_all(fold(text), query)] == ["Oostende", "Oostende"]


def test__find_all__invisible_characters_in_the_text_are_ignored_and_the_hit_spans_them():
    text = "De regio Oost\u00adende"
    assert [text[s:e] for s, e in find_all(fold(text), "oostende")] == ["Oost\u00adende"]


def test__foreign_letters__names_the_letters_of_a_script_the_texts_do_not_use():
    known = scripts("Een crèche in Oostende, 2023")
    assert known == {"LATIN"}
    assert foreign_letters("\u041eostende", known) == ["\u041e"]  # a Cyrillic capital O
    assert foreign_letters("crèche 2023 – €", known) == []  # digits, punctuation and symbols have no script
    assert foreign_letters("α\u0430α", known) == ["α", "\u0430"]  # each letter once, in the order typed
