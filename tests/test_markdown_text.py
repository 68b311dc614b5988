"""Unit tests of dashboard.text.markdown_text: source text and user input as safe markdown."""

import re
import unicodedata

from dashboard.text.markdown_text import escape, literal, marked


def test__escape__leaves_no_markdown_or_html_active():
    hostile = "<script>x</script> [a](javascript:x) **b** :red[c] $x$ # h\n- l"
    escaped = escape(hostile)
    assert re.search(r"(?<!\\)[<>\[\]()*:$#-]", escaped) is None
    assert escaped.replace("\\", "") == " ".join(hostile.split())


def test__marked__highlights_the_span_and_keeps_list_items_apart():
    text = "De obstakels zijn:\n\n- Mobiliteit\n\n- Taal (NT2)\nverder"
    start = text.index("Taal")
    markdown = marked(text, [(start, start + 4)])
    assert ":orange-background[Taal]" in markdown
    assert markdown.count("  \n") == 2  # one line per list item
    assert "\\(NT2\\) verder" in markdown  # a wrapped line is joined
    assert marked(text, []).count(":orange-background") == 0


def test__literal__shows_invisible_format_characters_by_their_code_point():
    shown = literal("Oost\u200dende\u202e!")
    assert shown == "`Oost⟨U+200D⟩ende⟨U+202E⟩!`"
    assert not any(unicodedata.category(c) == "Cf" for c in shown)


def test__literal__an_empty_value_does_not_fence_the_text_after_it():
    from tests.test_hostile_links import link_targets
    sentence = f"{literal('')} = {literal('http://evil.example/bare`')}"  # an unknown parameter with no name
    assert link_targets(sentence) == []
    assert literal("") == "` `"
