"""AppTest: the Bronnen and Tijdlijn pages and the persona profiles, driven through the URL like a shared link."""

import unicodedata
from urllib.parse import parse_qs

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hypothesis_st
from markdown_it import MarkdownIt

from dashboard.core.data import read_dataset
from dashboard.domain.evidence import distinct_facts, fact_index, facts_in, passage_around, read_source_texts
from dashboard.core.filters import Filters
from dashboard.core.vocabularies import EVENTS
from dashboard.figures.timeline_chart import SELECTION
from dashboard.text.i18n import tr
from dashboard.text.markdown_text import escape
from dashboard.core.paging import PAGE_ROWS, page_count
from dashboard.core.paths import ROOT
from dashboard.domain.personas import persona_obstacles
from dashboard.domain.sections import section_label
from dashboard.core.scope import scope_of
from dashboard.domain.source_search import opened_passage, search_hits
from tests.apptest import clickable_marks, drawing, drawn_specs, map_drawings, open_page, open_tab, texts


@pytest.fixture(scope="module")
def real():
    ds = read_dataset(ROOT)
    sources = read_source_texts(ds, ROOT)
    return ds, sources, fact_index(ds, sources, "nl")


def _names(ds) -> dict[str, str]:
    return dict(zip(ds.tables["regions"]["region_id"], ds.tables["regions"]["name"]))


def _regions_with_hits(at, ds) -> set[str]:
    """The regions whose heading on the page reports one or more hits."""
    found = set()
    for header in at.subheader:
        for name in _names(ds).values():
            if header.value.startswith(f"{name}: ") and not header.value.startswith(f"{name}: 0 "):
                found.add(name)
    return found


def _links(at) -> list[dict]:
    return [{"page": link.proto.page, "label": link.proto.label, **parse_qs(link.proto.query_string)}
            for link in at.main.get("page_link")]


def _opens(at, key: str) -> list[str]:
    """The values the page's open-here buttons put under ``key`` in the URL (their widget key says which)."""
    prefix = f"open_{key}_"
    return [b.key[len(prefix):].rsplit("_", 1)[0] for b in at.button if b.key and b.key.startswith(prefix)]


def _plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


@pytest.mark.parametrize("word", ["fiets", "kinderopvang", "belbus"])
def test__bronnen__search_finds_exactly_the_regions_whose_text_holds_the_word(real, word):
    ds, sources, facts = real
    at = open_page("bronnen", zoek=word)
    assert not at.exception
    region_of = dict(zip(ds.tables["sources"]["source_id"], ds.tables["sources"]["region_id"]))
    expected = {_names(ds)[region_of[s]] for s, text in sources.texts.items() if word in _plain(text)}
    assert 0 < len(expected) < 5
    assert _regions_with_hits(at, ds) == expected
    bars = drawn_specs(at)[0]["data"]["values"]
    assert sum(row["n"] for row in bars) == sum(_plain(text).count(word) for text in sources.texts.values())
    hits = [m.value for m in at.markdown if ":orange-background[" in m.value]
    assert hits and all(word in _plain(h) for h in hits)
    places = _opens(at, "plek")
    assert places and all(place.split(":")[0] in sources.texts for place in places)
    next(b for b in at.button if b.key.startswith("open_plek_")).click().run()
    assert at.query_params["plek"] == places[0]  # opening a hit puts its place in the URL, so the view can be shared
    passage = opened_passage(sources, facts, "", places[0]).passage
    assert tr("sources.passage", region=_names(ds)[region_of[passage.source_id]], section=section_label(passage.section_id, "nl"),
              line=passage.line) in texts(at)


def test__bronnen__region_and_part_filters_narrow_the_search(real):
    ds, sources, _ = real
    at = open_page("bronnen", zoek="mobiliteit", regio="Westhoek", sectie="Regio-uitdagingen")
    assert not at.exception
    expected = search_hits(sources, "mobiliteit", ["westhoek"], ["uitdaging"])
    assert 0 < len(expected) < len(search_hits(sources, "mobiliteit", ["westhoek"], []))
    assert [h.value for h in at.subheader] == [tr("sources.hits_in", region="Westhoek", n=len(expected))]
    places = _opens(at, "plek")
    assert places and all(p.startswith("westhoek:") for p in places)
    assert all("Regio-uitdagingen" in b.label for b in at.button if b.key.startswith("open_plek_"))


def test__bronnen__fact_in_the_url_opens_its_passage_with_the_quote_highlighted(real):
    ds, sources, facts = real
    fact = facts[(facts["table"] == "region_obstacles") & (facts["region_id"] == "vlaamse-ardennen")].iloc[3]
    at = open_page("bronnen", feit=fact["fact_id"])
    assert not at.exception
    passage = passage_around(sources, fact["source_id"], int(fact["start"]), int(fact["end"]))
    shown = next(m.value for m in at.markdown if ":orange-background[" in m.value)
    highlighted = " ".join(part.split("]")[0] for part in shown.split(":orange-background[")[1:])
    assert highlighted.replace("\\", "").split() == fact["quote"].split()
    inside = distinct_facts(facts_in(facts, passage), fact["fact_id"])
    assert len(inside) < len(facts_in(facts, passage))  # this passage quotes some facts twice: each is listed once
    assert tr("sources.facts_here", n=len(inside)) in texts(at)
    assert set(_opens(at, "feit")) == set(inside["fact_id"]) - {fact["fact_id"]}  # every other fact, one click away
    assert len(_opens(at, "feit")) == len(set(inside["detail"])) - 1
    assert f"{_names(ds)['vlaamse-ardennen']} · " in texts(at)


def test__bronnen__place_in_the_url_opens_the_lines_with_the_search_word_marked():
    at = open_page("bronnen", plek="westhoek:114", zoek="Saled")
    assert not at.exception
    assert "Westhoek · Regio-uitdagingen · vanaf regel 114" in texts(at)
    assert any(":orange-background[Saled]" in m.value for m in at.markdown)


def test__bronnen__unknown_fact_place_and_part_are_ignored_with_a_notice():
    at = open_page("bronnen", feit="bestaatniet", plek="atlantis:12", sectie="Hoofdstuk9")
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert "bestaatniet" in warnings and "atlantis" in warnings and "Hoofdstuk9" in warnings
    assert at.multiselect(key="sectie").value == []


def test__bronnen__without_a_search_lists_the_facts_the_filters_keep(real):
    ds, _, facts = real
    at = open_page("bronnen", persona="Saled", regio="Westhoek")
    assert not at.exception
    expected = scope_of(ds, Filters(region_ids=("westhoek",), persona_id="saled")).facts(facts, [])
    table = next(d.value for d in at.dataframe if tr("sources.col.fact") in d.value.columns)
    assert len(table) == len(expected) > 0
    assert set(table[tr("col.quote")]) == set(expected["quote"])


def test__bronnen__the_facts_table_sends_one_page_of_rows_and_offers_them_all_as_files(real):
    ds, _, facts = real
    at = open_page("bronnen")
    expected = scope_of(ds, Filters(region_ids=tuple(ds.tables["regions"]["region_id"]))).facts(facts, [])
    assert len(expected) > 2 * PAGE_ROWS
    pages = at.number_input[0]
    assert pages.label == tr("sources.page", n=page_count(len(expected)))
    first = next(d.value for d in at.dataframe if tr("sources.col.fact") in d.value.columns)
    assert first[tr("col.quote")].tolist() == expected["quote"].iloc[:PAGE_ROWS].tolist()
    pages.set_value(2).run()
    second = next(d.value for d in at.dataframe if tr("sources.col.fact") in d.value.columns)
    assert second[tr("col.quote")].tolist() == expected["quote"].iloc[PAGE_ROWS:2 * PAGE_ROWS].tolist()
    assert tr("sources.rows_shown", first=PAGE_ROWS + 1, last=2 * PAGE_ROWS, n=len(expected)) in texts(at)
    assert {b.proto.label for b in at.get("download_button")} >= {tr("export.csv"), tr("export.xlsx")}


def _timeline(at) -> tuple[dict, list[tuple[str, str, str]]]:
    """The timeline's specification and the days its drawing lets a reader click."""
    return drawn_specs(at)[0], clickable_marks(drawing(map_drawings(at)[0]["wide"]["file"]))


def test__tijdlijn__one_row_per_region_and_every_step_drawn(real):
    ds, _, _ = real
    at = open_page("tijdlijn")
    assert not at.exception
    _, days = _timeline(at)
    timeline = ds.tables["timeline"]
    assert len(days) == len(timeline) + timeline["end_date"].notna().sum()
    assert {label.split(" · ")[0] for _, label, _ in days} == set(_names(ds).values())
    hollow = sum('fill-opacity="0"' in attributes for *_, attributes in days)
    inferred = timeline[timeline["is_year_inferred"]]
    assert hollow == len(inferred) + inferred["end_date"].notna().sum()
    assert tr("timeline.inferred_note") in texts(at)


def test__tijdlijn__persona_filter_keeps_the_regions_citing_it(real):
    ds, _, _ = real
    spec, days = _timeline(open_page("tijdlijn", persona="Marc"))
    links = ds.tables["challenge_personas"]
    citing = {_names(ds)[r] for r in links.loc[links["persona_id"] == "marc", "region_id"]}
    assert set(spec["layer"][0]["encoding"]["y"]["scale"]["domain"]) == {label.split(" · ")[0] for _, label, _ in days} == citing


def test__tijdlijn__clicking_a_step_shows_its_sentence_and_a_link_to_it(real):
    ds, _, facts = real
    at = open_page("tijdlijn", regio="Westhoek")
    jury = EVENTS.labels("nl")["jury"]
    fact = next(code for code, label, _ in _timeline(at)[1] if f" · {jury}: " in label)
    at.session_state["tijdlijn_chart"] = {"selection": {SELECTION: [{"fact_id": fact}]}}
    at.run()
    assert not at.exception
    quote = facts.set_index("fact_id").loc[fact, "quote"]
    assert f"“{escape(quote)}”" in texts(at)
    assert [link["feit"] for link in _links(at)] == [[fact]]


def test__personas__profile_shows_contradictions_statements_and_obstacles_with_links(real):
    ds, _, facts = real
    at = open_page("personas", persona="John")
    assert not at.exception
    flagged = ds.tables["persona_facts"].query("persona_id == 'john' and is_flagged")
    assert len(at.error) == len(flagged) > 0
    assert all(escape(note) in " ".join(e.value for e in at.error) for note in flagged["flag_note"])
    linked = {link["feit"][0] for link in _links(at)}
    assert linked <= set(facts["fact_id"])
    john = facts[(facts["table"] == "persona_facts") & (facts["persona_id"] == "john")]
    assert set(john["fact_id"]) <= linked


def test__personas__an_obstacles_quotes_are_drawn_once_unfolded_each_with_its_link(real):
    ds, _, _ = real
    saled = persona_obstacles(scope_of(ds, Filters(region_ids=tuple(ds.tables["regions"]["region_id"]), persona_id="saled")), "nl")
    taal = saled[saled["obstacle_id"] == "taal"]
    assert len(taal) > 1
    at = open_tab(open_page("personas", persona="Saled"), "persona_deel", tr("personas.tab.obstacles"))
    before = {link["feit"][0] for link in _links(at)}
    assert before.isdisjoint(taal["fact_id"])  # folded: neither drawn nor sent
    at.session_state["persona_obstakel_taal"] = True
    assert {link["feit"][0] for link in _links(at.run())} - before == set(taal["fact_id"])
    assert all(escape(quote) in texts(at) for quote in taal["quote"])


def test__personas__profiles_table_lists_every_cited_persona_and_obstacle_filter_narrows(real):
    ds, _, _ = real
    at = open_page("personas", persona="Saled", obstakel=ds.tables["obstacles"].set_index("obstacle_id").loc["taal", "label_nl"])
    at = open_tab(at, "persona_deel", tr("personas.tab.obstacles"))
    assert not at.exception
    profiles = next(d.value for d in at.dataframe if tr("personas.col.where") in d.value.columns)
    assert set(profiles[tr("col.persona")]) == set(ds.tables["personas"].set_index("persona_id").loc[
        ds.tables["challenge_personas"]["persona_id"].unique(), "name"])
    obstacle_lines = [e.label for e in at.expander if "vermelding" in e.label]
    label = ds.tables["obstacles"].set_index("obstacle_id").loc["taal", "label_nl"]
    assert len(obstacle_lines) == 1 and obstacle_lines[0].split(". ", 1)[1].startswith(label)  # after its rank


HOSTILE = ["<script>alert(1)</script>", "[x](javascript:alert(1))", ":red[rood] **vet** $x^2$", "westhoek:-1", "westhoek:1e9",
           "westhoek:" + "9" * 400, "feit:" * 50, "\x00", "", " ", "Regio-uitdagingen", "𝕊𝕒𝕝𝕖𝕕"]
ANY_LINK = MarkdownIt("gfm-like")  # raw HTML on, and every link kept, javascript: too: what could go wrong shows
ANY_LINK.validateLink = lambda url: True
values = hypothesis_st.one_of(hypothesis_st.sampled_from(HOSTILE), hypothesis_st.text(max_size=120))
source_params = hypothesis_st.dictionaries(hypothesis_st.sampled_from(["feit", "plek", "zoek", "sectie", "regio", "persona"]),
                                           hypothesis_st.one_of(values, hypothesis_st.lists(values, max_size=3)), max_size=4)


@pytest.mark.parametrize("page", ["bronnen", "tijdlijn"])
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(params=source_params)
def test__any_query_string__on_the_sources_pages_renders_without_exception(page, params):
    at = open_page(page, **params)
    assert not at.exception, at.exception
    for element in [*at.markdown, *at.header, *at.subheader]:  # what the page writes from texts and URL values
        shown = ANY_LINK.render(element.value).lower()  # as HTML: a code span or an escape shows "<" as text
        assert "<script" not in shown and 'href="javascript' not in shown, element.value


@pytest.mark.parametrize("hidden", ["Oost\u200dende", "Oost\u00adende", "\u202eOostende", "Ｏｏｓｔｅｎｄｅ"])
def test__bronnen__search_ignores_invisible_characters_and_compatibility_forms(hidden):
    plain, disguised = open_page("bronnen", zoek="Oostende"), open_page("bronnen", zoek=hidden)
    count = next(h.value for h in plain.header if "treffers" in h.value).split()[0]
    assert int(count) > 0
    heading = next(h.value for h in disguised.header if "treffers" in h.value)
    assert heading.split()[0] == count and "`" in heading  # the query as typed, in a code span
    assert not disguised.warning


def test__bronnen__a_letter_from_another_script_is_named_in_a_notice():
    at = open_page("bronnen", zoek="\u041eostende")  # a Cyrillic capital O
    heading = next(h.value for h in at.header if "treffers" in h.value)
    assert heading == "0 treffers voor `\u041eostende`"
    notice = " ".join(w.value for w in at.warning)
    assert "bevat tekens uit een ander schrift" in notice
    assert "`\u041e`" in notice and "CYRILLIC CAPITAL LETTER O" in notice
