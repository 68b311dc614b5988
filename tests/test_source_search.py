"""Unit tests of dashboard.domain.source_search: searching the addenda and opening a passage, on the committed texts."""

import pytest

from dashboard.domain.source_search import opened_passage, search_hits, snippets
from tests.frames import plain


@pytest.mark.parametrize("word", ["mobiliteit", "kinderopvang", "schuld", "gokken", "cultuursensitiviteit", "Oudenburg"])
def test__search_hits__finds_exactly_the_regions_whose_text_holds_the_word(committed_texts, word):
    ds, sources, _ = committed_texts
    source_ids = list(sources.texts)
    hits = search_hits(sources, word.upper(), source_ids, [])
    expected = {s for s, text in sources.texts.items() if word.lower() in plain(text)}
    assert set(hits["source_id"]) == expected
    for source_id in expected:
        assert (hits["source_id"] == source_id).sum() == plain(sources.texts[source_id]).count(word.lower())


def test__search_hits__keeps_only_the_parts_asked_for(committed_texts):
    _, sources, _ = committed_texts
    everywhere = search_hits(sources, "mobiliteit", list(sources.texts), [])
    in_enrichment = search_hits(sources, "mobiliteit", list(sources.texts), ["verrijking"])
    assert 0 < len(in_enrichment) < len(everywhere)
    assert set(in_enrichment["section_id"]) == {"verrijking"}


def test__snippets__merge_close_hits_and_cover_each_hit(committed_texts):
    _, sources, _ = committed_texts
    hits = search_hits(sources, "de", ["westhoek"], [])
    cut = snippets(sources, hits)
    assert len(cut) < len(hits)
    assert sum(len(s.hits) for s in cut) == len(hits)
    assert all(s.start <= h[0] and h[1] <= s.end for s in cut for h in s.hits)


def test__opened_passage__opens_a_fact_or_a_place_and_names_unknown_values(committed_texts):
    _, sources, facts = committed_texts
    fact = facts.iloc[5]
    opened = opened_passage(sources, facts, fact["fact_id"], "")
    assert opened.fact["fact_id"] == fact["fact_id"] and opened.marks == [(fact["start"], fact["end"])]
    at_line = opened_passage(sources, facts, "", f"westhoek:{fact['line'] if fact['source_id'] == 'westhoek' else 114}")
    assert at_line.passage is not None and at_line.fact is None and at_line.unknown == []
    bad = opened_passage(sources, facts, "challenges:nowhere:0", "westhoek:999999")
    assert bad.passage is None and bad.unknown == ["fact", "place"]
    assert opened_passage(sources, facts, "", "atlantis:3").unknown == ["place"]
