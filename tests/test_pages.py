"""AppTest: every page of the real app on the committed dataset, with filters given through the URL."""

import json

import pytest

from dashboard.core.data import read_dataset
from dashboard.text.i18n import tr
from dashboard.text.markdown_text import escape, literal
from dashboard.core.paths import ROOT
from dashboard.core.vocabularies import SECTIONS
from dashboard.ui.url_state import UNREAD_KEY
from tests.apptest import PAGE_SCRIPTS, drawn_specs, map_drawings, map_rows, maps, open_page, open_tab, plain_tables, texts, unfold_tables

DS = read_dataset(ROOT)
REGION_IDS = sorted(DS.tables["regions"]["region_id"])
SALED_REGIONS = {"Regio Oostende", "Vlaamse-Ardennen", "Westhoek", "Zuid-West-Vlaanderen"}



@pytest.mark.parametrize("page", list(PAGE_SCRIPTS))
def test__page__renders_without_exception(page):
    at = open_page(page)
    assert not at.exception
    assert at.title, "every page has a title"
    assert any("Bron:" in c.value for c in at.caption), "every page states its source"


@pytest.mark.parametrize("page", list(PAGE_SCRIPTS))
def test__page__ignores_unknown_url_values_with_a_notice(page):
    at = open_page(page, regio="Atlantis", persona="<b>Nobody</b>", obstakel="x" * 500)
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert "Atlantis" in warnings and literal("<b>Nobody</b>") in warnings  # shown as text, never as markup
    assert at.multiselect(key="regio").value == []


def test__start__lists_the_regions_citing_the_chosen_persona():
    at = open_page("start", persona="Saled")
    notice = next(i.value for i in at.info if "Saled" in i.value)
    for region in SALED_REGIONS:
        assert escape(region) in notice
    assert escape("Midden-West-Vlaanderen") not in notice


def test__kaart__colours_every_municipality_by_its_region():
    spec = maps(open_page("kaart"))[0]
    rows = map_rows(spec)
    municipalities = DS.tables["municipalities"].merge(DS.tables["regions"][["region_id", "name"]], on="region_id",
                                                       suffixes=("", "_region"))
    assert {(r["nis_code"], r["region"]) for r in rows} == set(zip(municipalities["nis_code"], municipalities["name_region"]))
    colour = spec["layer"][0]["encoding"]["color"]
    assert colour["field"] == "region" and sorted(colour["scale"]["domain"]) == sorted(DS.tables["regions"]["name"])
    borders = spec["layer"][1]
    assert borders["mark"]["filled"] is False and len(borders["transform"][0]["filter"]["oneOf"]) == 5


def test__diensten__a_heatmap_as_wide_as_a_page_is_drawn_once_not_again_for_a_phone():
    [sent] = map_drawings(open_page("diensten"))
    assert sent["wide"]["file"].endswith(".svg") and "narrow" not in sent  # a phone shrinks or scrolls the one drawing


def test__kaart__the_map_travels_as_drawings_the_browser_caches_not_over_the_websocket():
    at = open_page("kaart")
    sent = map_drawings(at)[0]
    assert [sent[size]["file"].startswith("app/static/map-") and sent[size]["file"].endswith(".svg")
            for size in ("wide", "narrow")] == [True, True]
    assert len(json.dumps(sent)) < 1_000  # the websocket carries addresses, however many municipalities are drawn
    spec = maps(at)[0]
    urls = [spec["layer"][0]["data"]["url"], spec["layer"][1]["data"]["url"]]
    assert all(url.startswith("app/static/") and url.endswith(".geojson") for url in urls)
    # a row per region, none per municipality: the specification does not grow with the municipalities
    assert [row["region_id"] for row in spec["layer"][0]["transform"][1]["from"]["data"]["values"]] == REGION_IDS
    assert len(json.dumps(spec)) < 5_000


def test__kaart__hover_shows_municipality_region_population_and_its_date():
    spec = maps(open_page("kaart"))[0]
    shown = {t["field"] for t in spec["layer"][0]["encoding"]["tooltip"]}
    assert shown == {"properties.name", "region", "properties.population", "properties.population_date_text_nl"}
    dates = {r["name"]: r["population_date_text_nl"] for r in map_rows(spec)}
    assert dates["Meulebeke"] == "1/1/2021" and dates["Ieper"] == "1/1/2023"


def test__kaart__merged_2025_shows_61_municipalities():
    rows = map_rows(maps(open_page("kaart", fusie2025="true"))[0])
    codes = {r["nis_code_2025"] for r in rows}
    assert len(codes) == len(rows) == 61
    assert "37022" in codes and "37007" not in codes


def test__kaart__persona_mode_marks_the_regions_citing_it():
    at = open_page("kaart", kleur=tr("map.mode.persona"), persona="Saled")
    named = {r["region"] for r in map_rows(maps(at)[0]) if r["category"].endswith(tr("map.named"))}
    assert named == SALED_REGIONS


@pytest.mark.parametrize("mode", ["persona", "obstacle"])
def test__kaart__a_mode_of_a_filter_without_a_choice_asks_for_one(mode):
    at = open_page("kaart", kleur=tr(f"map.mode.{mode}", "en"), taal="en")
    assert not at.exception and not maps(at)
    assert [i.value for i in at.info] == [f"First choose {'a persona' if mode == 'persona' else 'an obstacle'} in the filters on the left."]


def test__kaart__the_table_under_the_map_lists_what_the_map_draws():
    at = unfold_tables(open_page("kaart", kleur=tr("map.mode.persona"), persona="Saled"))
    drawn = {(r["nis_code"], r["category"]) for r in map_rows(maps(at)[0])}  # read from the specification, as a browser does
    table = at.dataframe[0].value
    assert set(zip(table[tr("col.nis_code")], table[tr("map.names_it")])) == drawn and len(table) == len(drawn)


def test__kaart__population_mode_shades_by_the_population_of_the_dataset():
    spec = maps(open_page("kaart", kleur=tr("map.mode.population")))[0]
    colour = spec["layer"][0]["encoding"]["color"]
    assert colour["type"] == "quantitative" and colour["field"] == "properties.population"
    population = DS.tables["municipalities"].set_index("nis_code")["population"]
    assert all(r["population"] == population[r["nis_code"]] for r in map_rows(spec))


def test__kaart__region_filter_keeps_only_its_municipalities():
    rows = map_rows(maps(open_page("kaart", regio="Westhoek"))[0])
    assert len(rows) == 17 and {r["region"] for r in rows} == {"Westhoek"}


def test__personas__saled_detail_shows_the_four_regions():
    at = open_page("personas", persona="Saled")
    assert not [d for d in at.dataframe if tr("col.persona_rank") in d.value.columns]  # one tab at a time: not yet drawn
    at = open_tab(at, "persona_deel", tr("personas.tab.citations"))
    citations = next(d.value for d in at.dataframe if tr("col.persona_rank") in d.value.columns)
    assert set(citations[tr("col.region")]) == SALED_REGIONS
    assert "Over Saled" in texts(at)


def test__personas__bars_count_challenges_per_persona():
    at = open_page("personas")
    counts = {row["name"]: row["value"] for row in drawn_specs(at)[0]["data"]["values"]}
    assert counts["Saled"] == 5  # Oostende 1, Vlaamse-Ardennen 2, Westhoek 1 and 3, Zuid-West-Vlaanderen 1
    assert max(counts, key=counts.get) == "Saled"


def test__diensten__obstacle_filter_keeps_only_linked_service_types():
    ds = DS
    links = ds.tables["obstacle_service_links"]
    label = ds.tables["obstacles"].set_index("obstacle_id").loc["mobiliteit", "label_nl"]
    at = open_page("diensten", obstakel=label)
    shown = {cell["label"] for cell in drawn_specs(at)[0]["data"]["values"]}
    labels = ds.tables["service_types"].set_index("service_type_id")["label_nl"]
    assert shown and shown <= set(labels[links.loc[links["obstacle_id"] == "mobiliteit", "service_type_id"]])


def test__diensten__shows_the_published_emphasis_by_default_and_says_so():
    at = open_page("diensten")
    assert not at.exception
    assert at.radio(key="eenheid").value == "emphasis"
    named = [cell["value"] for cell in drawn_specs(at)[0]["data"]["values"] if cell["named"]]
    published = DS.tables["region_emphasis"]
    asked = published[(published["kind"] == "service_type") & published["is_named"]]
    assert sorted(named) == sorted(asked["emphasis"])
    assert abs(sum(named) - 100 * asked["region_id"].nunique()) <= 0.05 * len(asked)  # each share rounded to 0.1
    assert tr("unit.caption.emphasis") in texts(at) and tr("count.how") in [e.label for e in at.expander]
    first = DS.tables["service_types"].set_index("service_type_id").loc[
        asked.groupby("category_id")["emphasis"].sum().idxmax(), "label_nl"]
    assert f"{tr('count.across', items='').split(':')[0]}: 1. {first} (" in texts(at)  # the most stressed across regions
    table = unfold_tables(at).dataframe[0].value
    assert {tr("unit.emphasis"), tr("col.robustness"), tr("unit.presence"), tr("unit.mentions")} <= set(table.columns)
    assert table[tr("unit.mentions")].sum() == len(DS.tables["region_service_types"])


@pytest.mark.parametrize("unit", ["emphasis", "mentions"])
def test__heatmaps__one_colour_scale_per_measure_on_both_pages_and_under_any_region(unit):
    """The same value has the same colour on /diensten and /noden-aanbod, with or without a region chosen: the scale
    runs to the largest value of either kind anywhere in the dataset."""
    emphasis = DS.tables["region_emphasis"]
    largest = {"emphasis": emphasis.loc[emphasis["is_named"], "emphasis"].max(),
               "mentions": max(DS.tables[t].groupby(["region_id", f"{kind}_id"]).size().max()
                               for t, kind in (("region_obstacles", "obstacle"), ("region_service_types", "service_type")))}
    for page in ("diensten", "noden-aanbod"):
        for region in ({}, {"regio": "Westhoek"}):
            spec = drawn_specs(open_page(page, eenheid=tr(f"unit.option.{unit}"), **region))[0]
            colour = next(layer["encoding"]["color"] for layer in spec["layer"] if "color" in layer.get("encoding", {}))
            assert colour["scale"]["domain"] == [0, largest[unit]], (page, region)
            assert tr("heatmap.same_scale") in " ".join(colour["title"])


def test__diensten__choosing_a_cell_shows_its_quotes():
    at = open_page("diensten", regio="Vlaamse-Ardennen")
    picker = next(s for s in at.selectbox if s.label == tr("services.pick"))  # shows the first cell with mentions
    region, service = picker.options[picker.index].split(" · ")
    region_id = DS.tables["regions"].set_index("name").loc[region, "region_id"]
    service_type_id = DS.tables["service_types"].set_index("label_nl").loc[service, "service_type_id"]
    quotes = plain_tables(at)[-1]
    mentions = DS.tables["region_service_types"]
    expected = mentions[(mentions["region_id"] == region_id) & (mentions["service_type_id"] == service_type_id)]
    assert region_id == "vlaamse-ardennen"
    assert sorted(quotes[tr("col.quote")]) == sorted(expected["quote"])
    assert set(quotes[tr("col.section")]) == {SECTIONS.label(s, "nl") for s in expected["section"]}


@pytest.mark.parametrize("page, key", [("kaart", "fusie2025"), ("start", "presentatie")])
def test__page__a_boolean_in_the_link_takes_any_case(page, key):
    at = open_page(page, **{key: "TRUE"})
    assert not at.exception and at.toggle(key=key).value is True and not at.warning


@pytest.mark.parametrize("page, key", [("kaart", "fusie2025"), ("start", "presentatie"), ("personas", "presentatie")])
def test__page__a_boolean_in_the_link_that_is_neither_true_nor_false_is_ignored_with_a_notice(page, key):
    at = open_page(page, **{key: "misschien"})
    assert not at.exception and at.toggle(key=key).value is False
    assert literal("misschien") in " ".join(w.value for w in at.warning)


def test__page__a_link_streamlit_could_not_read_says_so():
    at = open_page("start", **{UNREAD_KEY: "1301"})
    notice = " ".join(w.value for w in at.warning)
    assert "1301" in notice and "geen enkele" in notice
    assert UNREAD_KEY not in at.query_params
