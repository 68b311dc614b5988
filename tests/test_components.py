"""Unit tests of dashboard.ui.components' pure part: a shared figure shown in a language (the pages' AppTests
draw the rest; a scope's cache key is Scope.choices, tested in test_scope)."""

import plotly.graph_objects as go

from dashboard.ui.components import in_language


def test__in_language__writes_numbers_as_the_language_does_on_a_copy():
    shared = go.Figure(go.Bar(x=["a"], y=[1234.5]))
    dutch, english = in_language(shared, "nl"), in_language(shared, "en")
    assert dutch.layout.separators == ",." and english.layout.separators == ".,"  # decimal mark, then thousands
    assert shared.layout.separators is None  # the figure other sessions share is left as it was
    assert list(dutch.data[0].y) == [1234.5]

