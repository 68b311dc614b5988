"""Unit tests of the evidence explorer's pure functions: parts of a text, search, quotes in place, passages."""

import re
import unicodedata

import pandas as pd
import pytest

from dashboard.data import read_dataset
from dashboard.dictionary import TABLES
from dashboard.evidence import FACT_TABLES, distinct_facts, fact_index, facts_in, passage_around, read_source_texts
from dashboard.i18n import tr
from dashboard.markdown_text import escape, marked
from dashboard.paths import ROOT
from dashboard.sections import find_sections, section_at
from dashboard.source_search import opened_passage, search_hits, snippets
from dashboard.text_search import find_all, fold, quote_spans

TEMPLATE = """Lokaal Addendum
Lokaal werkingsgebied: Brugge
Regio-uitdagingen
● Regio-uitdaging 1 gebaseerd op persona Saled
Lokale Analyse
● Resultaten verrijking-sessies
Er is nood aan mobiliteit.
 ● Arena-analyse
● Persona’s
● Andere lokale input
Lokale timing
"""


@pytest.fixture(scope="module")
def real():
    ds = read_dataset(ROOT)
    sources = read_source_texts(ds, ROOT)
    return ds, sources, fact_index(ds, sources, "nl")


def test__find_sections__follows_the_template_headings_in_order():
    parts = find_sections(TEMPLATE)
    assert [p.section_id for p in parts] == ["werkingsgebied", "uitdaging", "verrijking", "arena-analyse", "persona",
                                             "andere-lokale-input", "timing"]
    assert parts[0].start == 0 and parts[-1].end == len(TEMPLATE)
    assert all(a.end == b.start for a, b in zip(parts, parts[1:]))
    # a challenge heading inside a part, or a word in running text, opens no new part
    assert section_at(parts, TEMPLATE.index("Regio-uitdaging 1")).section_id == "uitdaging"
    assert section_at(parts, TEMPLATE.index("mobiliteit")).section_id == "verrijking"


def test__find_sections__every_addendum_has_the_four_parts_of_the_call(real):
    _, sources, _ = real
    for source_id, text in sources.texts.items():
        found = {p.section_id for p in find_sections(text)}
        assert {"uitdaging", "verrijking", "arena-analyse", "andere-lokale-input"} <= found, source_id


def test__fact_index__agrees_with_the_curated_section_wherever_a_quote_stands_in_one_of_the_four_parts(real):
    """The curators placed intro sentences in a part; every quote found inside a part has that part's name."""
    ds, _, facts = real
    for table in ("region_obstacles", "region_service_types"):
        placed = facts[facts["table"] == table].reset_index(drop=True)
        curated = ds.tables[table]["section"].reset_index(drop=True)
        in_part = placed["section_id"] != "werkingsgebied"
        assert in_part.mean() > 0.9
        assert (placed.loc[in_part, "section_id"] == curated[in_part]).all(), table


def test__fact_tables__cover_every_table_with_a_quote():
    quoted = {name for name, (_, columns) in TABLES.items() if {"quote", "method_quote"} & set(columns)}
    assert set(FACT_TABLES) == quoted
    assert all(quote in TABLES[name][1] and set(keys) <= set(TABLES[name][1]) for name, (keys, quote) in FACT_TABLES.items())


def test__fact_index__places_every_quote_of_every_fact_table(real):
    ds, sources, facts = real
    assert len(facts) == sum(len(ds.tables[t]) for t in FACT_TABLES)
    assert facts["fact_id"].is_unique and facts["start"].notna().all()
    for fact in facts.sample(60, random_state=1).itertuples():
        found = sources.texts[fact.source_id][int(fact.start):int(fact.end)]
        assert found.split() == fact.quote.split()


def test__fact_index__leaves_facts_of_a_missing_text_unplaced(real, tmp_path):
    ds, _, _ = real
    (tmp_path / "data" / "sources").mkdir(parents=True)
    (tmp_path / "data" / "sources" / "westhoek.txt").write_text((ROOT / "data/sources/westhoek.txt").read_text())
    sources = read_source_texts(ds, tmp_path)
    assert set(sources.missing) == set(ds.tables["sources"]["source_id"]) - {"westhoek"}
    facts = fact_index(ds, sources, "en")
    assert facts.loc[facts["source_id"] == "westhoek", "start"].notna().all()
    assert facts.loc[facts["source_id"] != "westhoek", "start"].isna().all()


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


@pytest.mark.parametrize("word", ["mobiliteit", "kinderopvang", "schuld", "gokken", "cultuursensitiviteit", "Oudenburg"])
def test__search_hits__finds_exactly_the_regions_whose_text_holds_the_word(real, word):
    ds, sources, _ = real
    source_ids = list(sources.texts)
    hits = search_hits(sources, word.upper(), source_ids, [])
    expected = {s for s, text in sources.texts.items() if word.lower() in _plain(text)}
    assert set(hits["source_id"]) == expected
    for source_id in expected:
        assert (hits["source_id"] == source_id).sum() == _plain(sources.texts[source_id]).count(word.lower())


def test__find_all__ignores_accents_case_and_line_breaks():
    text = "Een crèche\nin de   BUURT; geen creche"
    assert [text[s:e] for s, e in find_all(fold(text), "CRECHE in de buurt")] == ["crèche\nin de   BUURT"]
    assert len(find_all(fold(text), "crèche")) == 2
    assert find_all(fold(text), "   ") == []


def test__search_hits__keeps_only_the_parts_asked_for(real):
    _, sources, _ = real
    everywhere = search_hits(sources, "mobiliteit", list(sources.texts), [])
    in_enrichment = search_hits(sources, "mobiliteit", list(sources.texts), ["verrijking"])
    assert 0 < len(in_enrichment) < len(everywhere)
    assert set(in_enrichment["section_id"]) == {"verrijking"}


def test__snippets__merge_close_hits_and_cover_each_hit(real):
    _, sources, _ = real
    hits = search_hits(sources, "de", ["westhoek"], [])
    cut = snippets(sources, hits)
    assert len(cut) < len(hits)
    assert sum(len(s.hits) for s in cut) == len(hits)
    assert all(s.start <= h[0] and h[1] <= s.end for s in cut for h in s.hits)


def test__quote_spans__match_across_any_whitespace():
    text = "De obstakels\n\nzijn:  mobiliteit en taal"
    assert quote_spans("obstakels zijn: mobiliteit", text) == [(text.index("obstakels"), text.index(" en taal"))]
    assert quote_spans("obstakels zijn mobiliteit", text) == []


def test__facts_in__lists_the_facts_whose_quote_lies_within_the_passage(real):
    _, sources, facts = real
    fact = facts[facts["table"] == "challenges"].iloc[0]
    passage = passage_around(sources, fact["source_id"], int(fact["start"]), int(fact["end"]))
    inside = facts_in(facts, passage)
    assert fact["fact_id"] in set(inside["fact_id"])
    same_source = facts[facts["source_id"] == fact["source_id"]]
    outside = same_source[~same_source["fact_id"].isin(inside["fact_id"])]
    assert ((outside["start"] < passage.start) | (outside["end"] > passage.end)).all()
    assert ((inside["start"] >= passage.start) & (inside["end"] <= passage.end)).all()


def test__passage_around__stays_within_the_part_and_keeps_whole_lines(real):
    _, sources, facts = real
    for fact in facts.sample(40, random_state=2).itertuples():
        text = sources.texts[fact.source_id]
        passage = passage_around(sources, fact.source_id, int(fact.start), int(fact.end))
        part = section_at(sources.sections[fact.source_id], int(fact.start))
        assert part.start <= passage.start <= fact.start and fact.end <= passage.end
        assert passage.start == part.start or text[passage.start - 1] == "\n"
        assert passage.section_id == part.section_id == fact.section_id


def test__opened_passage__opens_a_fact_or_a_place_and_names_unknown_values(real):
    _, sources, facts = real
    fact = facts.iloc[5]
    opened = opened_passage(sources, facts, fact["fact_id"], "")
    assert opened.fact["fact_id"] == fact["fact_id"] and opened.marks == [(fact["start"], fact["end"])]
    at_line = opened_passage(sources, facts, "", f"westhoek:{fact['line'] if fact['source_id'] == 'westhoek' else 114}")
    assert at_line.passage is not None and at_line.fact is None and at_line.unknown == []
    bad = opened_passage(sources, facts, "challenges:nowhere:0", "westhoek:999999")
    assert bad.passage is None and bad.unknown == ["feit", "plek"]
    assert opened_passage(sources, facts, "", "atlantis:3").unknown == ["plek"]


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


def test__fact_index__details_follow_the_language(real):
    ds, sources, facts = real
    english = fact_index(ds, sources, "en")
    row = english[english["table"] == "region_obstacles"].iloc[0]
    label = ds.tables["obstacles"].set_index("obstacle_id").loc[row["obstacle_id"], "label_en"]
    assert row["detail"] == f"Obstacle: {label}"
    assert list(english["fact_id"]) == list(facts["fact_id"])
    assert pd.api.types.is_integer_dtype(facts["challenge_rank"])


def test__fact_index__says_how_each_link_is_known(real):
    ds, _, facts = real
    links = facts[facts["table"] == "obstacle_service_links"]
    hows = {tr(f"link.{how}", "nl") for how in ("stated", "listed", "coded")}
    assert len(links) and all(any(detail.endswith(f"({how})") for how in hows) for detail in links["detail"])
    stated = ds.tables["obstacle_service_links"]["link_kind"].eq("stated").sum()
    assert links["detail"].str.endswith(f"({tr('link.stated', 'nl')})").sum() == stated


def test__distinct_facts__each_fact_once_the_opened_one_kept_order_kept():
    facts = pd.DataFrame({"fact_id": ["a", "b", "c", "d"], "detail": ["Link X", "Type Y", "Link X", "Type Z"]},
                         index=[10, 11, 12, 13])
    assert distinct_facts(facts)["fact_id"].tolist() == ["a", "b", "d"]
    assert distinct_facts(facts, keep_id="c")["fact_id"].tolist() == ["b", "c", "d"]
