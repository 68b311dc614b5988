"""Unit tests of dashboard.views.source_view: what the Bronnen page shows, built without Streamlit on the committed texts."""

from dashboard.domain.source_search import opened_passage, search_hits
from dashboard.views.source_view import SHOWN_PER_REGION, fact_table, hit_groups, opened_view, parts_chart
from tests.frames import plain


def test__opened_view__a_fact_opens_its_passage_with_its_quote_marked_and_itself_among_the_facts_there(committed_texts):
    ds, sources, facts = committed_texts
    fact = facts.dropna(subset=["start"]).iloc[10]
    view = opened_view(ds, sources, facts, opened_passage(sources, facts, fact["fact_id"], ""), "", "nl")
    assert view.opened_fact == fact["fact_id"] and fact["fact_id"] in set(view.facts["fact_id"])
    assert view.text.count(":orange-background[") >= 1  # the quote is highlighted (markdown_text.HIGHLIGHT)
    assert view.heading and str(fact["line"]) in view.heading


def test__hit_groups__per_region_its_hits_the_first_twelve_in_context_and_the_rest_counted(committed_texts):
    ds, sources, _ = committed_texts
    regions = ds.tables["sources"].set_index("region_id")["source_id"]
    hits = search_hits(sources, "de", list(regions), [])
    groups = hit_groups(ds, sources, hits, list(regions.index), "nl")
    assert len(groups) == len(regions)
    for group, (region_id, source_id) in zip(groups, regions.items()):
        assert len(group.hits) <= SHOWN_PER_REGION and all(place.startswith(f"{source_id}:") for _, _, place in group.hits)
        assert str((hits["source_id"] == source_id).sum()) in group.heading
    assert any(group.more > 0 for group in groups)  # "de" is everywhere


def test__parts_chart__counts_each_word_once_per_place_it_stands(committed_texts):
    ds, sources, _ = committed_texts
    hits = search_hits(sources, "kinderopvang", list(sources.texts), [])
    chart = parts_chart(ds, hits, list(ds.tables["regions"]["region_id"]), "en")
    counted = chart.rows.iloc[:, -1].sum()
    assert counted == sum(plain(text).count("kinderopvang") for text in sources.texts.values())


def test__fact_table__names_region_and_part_and_keeps_the_fact_id(committed_texts):
    ds, _, facts = committed_texts
    table = fact_table(ds, facts.head(20), "en")
    assert table["fact_id"].tolist() == facts.head(20)["fact_id"].tolist() and table["region"].notna().all()
