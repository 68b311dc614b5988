"""Unit tests of dashboard.text_search: finding words and quotes with offsets into the text as written."""

from dashboard.text_search import find_all, fold, line_number, line_offset, quote_spans


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
