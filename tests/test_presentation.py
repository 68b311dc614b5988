"""Presentation mode: the walk's logic (dashboard.views.presentation), the figures of each step, and the real app's switches."""

import pandas as pd
import pytest

from dashboard.core.counting import UNITS, unit_label
from dashboard.core.data import read_dataset
from dashboard.figures.municipality_map import Layer
from dashboard.figures.vega_chart import HEADROOM
from dashboard.figures.style import FONT_SIZE, PROJECTOR_FONT_SIZE
from dashboard.core.filters import Filters
from dashboard.text.i18n import tr
from dashboard.text.markdown_text import literal
from dashboard.core.paths import ROOT
from dashboard.core.scope import scope_of
from dashboard.views.presentation import (OVERVIEW, POVERTY, REGION_VIEWS, ROWS_PER_SLIDE, Step, next_step, previous_step,
                                    step_from_url, step_view, walk)
from dashboard.ui.static_geo import publish_layers
from tests.apptest import drawn_specs, map_rows, open_page, texts

DS = read_dataset(ROOT)
REGIONS = list(DS.tables["regions"]["region_id"])
NAMES = DS.tables["regions"].set_index("region_id")["name"]
STEPS = len(walk(scope_of(DS, Filters())))


@pytest.fixture(scope="module")
def layers() -> dict[str, Layer]:
    return publish_layers(DS)


def all_parts(layers, view: str, region: str, filters: Filters, lang: str) -> tuple[set, pd.DataFrame]:
    """The rows shown over every slide of one region's ``view`` (a long list takes several) and their tables."""
    scope = scope_of(DS, filters).with_regions([region])
    steps = [s for s in walk(scope) if s.view == view and s.region_id == region]
    views = [step_view(scope, layers, s, lang) for s in steps]
    shown = {row["label"] for v in views if v.chart is not None for row in v.chart.figure["data"]["values"]}
    return shown, pd.concat([v.table for v in views])


def _measure(view) -> list[str]:
    """What a slide's bars count, in the lines written above them (dashboard.figures.slide_bars)."""
    return view.chart.figure["layer"][-1]["data"]["values"][0]["lines"]


def test__walk__opens_on_all_regions_then_takes_each_region_in_turn():
    steps = walk(scope_of(DS, Filters()))
    assert steps[0] == Step(OVERVIEW)
    assert [s.region_id for s in steps[1:-1]] == sorted([s.region_id for s in steps[1:-1]], key=REGIONS.index)
    for region in REGIONS:
        views = [s.view for s in steps if s.region_id == region]
        assert list(dict.fromkeys(views)) == list(REGION_VIEWS)
    assert steps[-1] == Step(POVERTY)


def test__walk__splits_a_long_list_over_slides_of_at_most_rows_per_slide(layers):
    region, scope = "westhoek", scope_of(DS, Filters())
    named = DS.tables["region_obstacles"].query("region_id == @region")["obstacle_id"].nunique()
    parts = [s for s in walk(scope) if s.region_id == region and s.view == "obstacles"]
    assert len(parts) == -(-named // ROWS_PER_SLIDE) > 1
    views = [step_view(scope, layers, s, "nl") for s in parts]
    assert all(len(v.table) <= ROWS_PER_SLIDE for v in views)
    assert sum(len(v.table) for v in views) == named  # every obstacle once, none twice
    assert all(f"({s.part + 1}/{len(parts)})" in v.title for s, v in zip(parts, views))


@pytest.mark.parametrize("region_ids", [REGIONS[:1], REGIONS[:2]], ids=["one region", "two regions"])
def test__walk__no_two_steps_show_the_same(layers, region_ids):
    scope = scope_of(DS, Filters()).with_regions(region_ids)
    views = [step_view(scope, layers, s, "nl") for s in walk(scope)]
    maps = [v for v in views if v.chart and v.chart.is_map]
    coloured_by = [(v.chart.figure["layer"][0]["encoding"]["color"]["field"], tuple(sorted(v.table["nis_code"]))) for v in maps]
    assert len(set(coloured_by)) == len(maps)
    assert len({v.title for v in views}) == len(views)


def test__step_view__poverty_maps_the_rate_of_every_municipality_and_names_the_highest_and_flanders(layers):
    view = step_view(scope_of(DS, Filters()), layers, Step(POVERTY), "nl")
    rows = map_rows(view.chart.figure)
    rates = DS.tables["municipality_poverty"].query("year == 2022").set_index("nis_code")["admin_arop_pct"]
    assert len(rows) == len(DS.tables["municipalities"]) and all(r["admin_arop_pct_2022"] == rates[r["nis_code"]] for r in rows)
    names = DS.tables["municipalities"].set_index("nis_code")["name"]
    flanders = DS.tables["region_poverty"].query("area_id == 'vlaanderen' and year == 2022")["admin_arop_pct"].iloc[0]
    highest = rates[names.index].idxmax()
    assert f"{names[highest]}: {rates[highest]:.1f} %".replace(".", ",") in view.title
    assert layers["flanders"].geojson not in str(view.chart.figure)  # the regions fill the slide
    label, flanders_line = view.chart.figure["layer"][0]["encoding"]["color"]["title"]  # Flanders' rate under the legend's title
    assert "2022" in label and f"{flanders:.1f}".replace(".", ",") in flanders_line
    assert "TF_SOC_ADI_MUNTY" in view.source and "EU-SILC" in view.source


@pytest.mark.parametrize("value, expected", [("1", 0), ("21", 20), (" 7 ", 6), ("0", None), ("22", None), ("-1", None),
                                             ("abc", None), ("", None), (None, None), ("٣", None), ("1e1", None)])
def test__step_from_url__reads_a_1_based_number_within_the_walk(value, expected):
    assert step_from_url(value, 21) == expected


def test__next_and_previous_step__stop_at_the_ends():
    assert next_step(0, 3) == 1 and next_step(2, 3) == 2
    assert previous_step(2, 3) == 1 and previous_step(0, 3) == 0


def test__step_view__overview_maps_every_municipality_in_large_type_with_each_region_named(layers):
    view = step_view(scope_of(DS, Filters()), layers, Step(OVERVIEW), "nl")
    assert len(map_rows(view.chart.figure)) == len(DS.tables["municipalities"])
    assert view.chart.figure["config"]["legend"]["labelFontSize"] == PROJECTOR_FONT_SIZE > FONT_SIZE
    assert view.chart.figure["layer"][0]["encoding"]["color"]["legend"]["symbolSize"] >= PROJECTOR_FONT_SIZE ** 2  # 24 px keys
    layer = view.chart.figure["layer"][-1]
    assert layer["mark"]["lineBreak"] == "\n"  # a long name on two lines, as Vega breaks it
    written = {place["name"].replace("\n", " ").replace("- ", "-") for place in layer["data"]["values"]}
    assert written == set(NAMES)


def test__step_view__region_map_shows_only_that_region(layers):
    region = REGIONS[3]
    view = step_view(scope_of(DS, Filters()), layers, Step("map", region), "en")
    municipalities = DS.tables["municipalities"]
    expected = set(municipalities.loc[municipalities["region_id"] == region, "nis_code"])
    shown = {row["nis_code"] for row in map_rows(view.chart.figure)}
    assert shown == expected and NAMES[region] in view.title


def test__step_view__personas_are_those_the_region_cites(layers):
    region = "midden-west-vlaanderen"  # more personas than a slide holds
    shown, table = all_parts(layers, "personas", region, Filters(), "nl")
    links = DS.tables["challenge_personas"]
    cited = set(links.loc[links["region_id"] == region, "persona_id"])
    names = set(DS.tables["personas"].set_index("persona_id").loc[list(cited), "name"])
    assert shown == names == set(table["name"]) and len(table) == len(names) > ROWS_PER_SLIDE


def test__step_view__obstacles_in_english_carry_the_english_labels(layers):
    region = REGIONS[2]
    shown, _ = all_parts(layers, "obstacles", region, Filters(), "en")
    obstacles = DS.tables["obstacles"].set_index("obstacle_id")
    named = DS.tables["region_obstacles"].query("region_id == @region")["obstacle_id"].unique()
    assert shown == set(obstacles.loc[named, "label_en"])
    assert not shown & set(obstacles["label_nl"]) - set(obstacles["label_en"])


def test__step_view__persona_filter_keeps_obstacles_of_its_challenges(layers):
    region, persona = "westhoek", "saled"
    _, table = all_parts(layers, "obstacles", region, Filters(persona_id=persona), "nl")
    links = DS.tables["challenge_personas"].query("persona_id == @persona")
    expected = DS.tables["region_obstacles"].query("region_id == @region").merge(links, on=["region_id", "challenge_rank"])
    assert table["mentions"].sum() == len(expected) > 0


def test__step_view__services_of_a_region_count_its_mentions(layers):
    region = REGIONS[4]
    _, table = all_parts(layers, "services", region, Filters(), "nl")
    mentions = DS.tables["region_service_types"].query("region_id == @region")
    assert table["mentions"].sum() == len(mentions)
    view = step_view(scope_of(DS, Filters()), layers, Step("services", region), "nl")
    assert "title" not in view.chart.figure  # the page shows the title, larger
    assert view.chart.figure["autosize"]["type"] == "fit"  # as large as the slide's box
    assert _measure(view)[0].startswith(unit_label(UNITS[0], "nl"))  # what the bars count


def test__step_view__nothing_left_by_the_filters_gives_no_figure(layers):
    links = DS.tables["challenge_personas"]
    region = "westhoek"
    cited = set(links.loc[links["region_id"] == region, "persona_id"])
    absent = next(p for p in DS.tables["personas"]["persona_id"] if p not in cited)
    view = step_view(scope_of(DS, Filters(persona_id=absent)), layers, Step("obstacles", region), "nl")
    assert view.chart is None and view.table.empty


# AppTest: the real app


def test__presentation_switch__replaces_the_page_by_the_walk_and_keeps_the_url():
    at = open_page("kaart", presentatie="true", stap="3")
    assert not at.exception
    region = NAMES[REGIONS[0]]
    assert at.title[0].value.startswith(region) and "persona" in at.title[0].value.lower()
    assert f"**3** van {STEPS}" in texts(at)
    assert at.toggle(key="presentatie").value is True
    at.button[1].click().run()  # next
    assert at.query_params["stap"] == "4" and "persona" in at.title[0].value and "(2/" in at.title[0].value
    at.button[0].click().run().button[0].click().run()  # previous twice
    assert at.query_params["stap"] == "2"


def test__presentation_buttons__have_arrow_keys_and_stop_at_the_ends():
    at = open_page("start", presentatie="true")
    previous, forward, _, _, leave = at.button[:5]  # between them: the PDF and the other language
    assert previous.disabled and not forward.disabled
    assert (previous.proto.shortcut, forward.proto.shortcut, leave.proto.shortcut) == ("left", "right", "escape")
    last = open_page("start", presentatie="true", stap=str(STEPS))
    assert last.button[1].disabled and last.title[0].value.startswith(tr("presentation.highest", "nl", name="", rate="")[:12])


def test__presentation__leaving_and_switching_language():
    at = open_page("personas", presentatie="true", stap="2")
    at.button[3].click().run()  # "English"
    assert at.radio(key="taal").value == "en" and at.title[0].value == f"{NAMES[REGIONS[0]]}: the municipalities"
    at.button[4].click().run()  # stop
    assert at.toggle(key="presentatie").value is False
    assert at.title[0].value == "How often is each persona cited?"


def test__presentation__respects_the_region_filter():
    at = open_page("start", presentatie="true", regio="Westhoek", stap="2")
    total = len(walk(scope_of(DS, Filters()).with_regions(["westhoek"])))
    assert f"**2** van {total}" in texts(at) and at.title[0].value.startswith("Westhoek")


def test__presentation__clicker_keys_move_like_the_arrows():
    at = open_page("start", presentatie="true", stap="2")
    {b.proto.shortcut: b for b in at.button}["pagedown"].click().run()
    assert at.query_params["stap"] == "3"
    {b.proto.shortcut: b for b in at.button}["space"].click().run()
    {b.proto.shortcut: b for b in at.button}["pageup"].click().run()
    assert at.query_params["stap"] == "3"


def test__presentation__unknown_step_is_ignored_with_a_notice():
    at = open_page("start", presentatie="true", stap="<b>99</b>")
    assert not at.exception
    assert literal("<b>99</b>") in " ".join(w.value for w in at.warning)  # shown as text, never as markup
    assert f"**1** van {STEPS}" in texts(at)


def test__presentation__figure_is_in_large_type():
    at = open_page("start", presentatie="true", stap="5")
    [slide] = drawn_specs(at)
    assert slide["config"]["axis"]["labelFontSize"] == slide["config"]["text"]["fontSize"] == PROJECTOR_FONT_SIZE


def test__step_view__every_obstacle_and_service_slide_shares_one_scale_the_largest_emphasis_of_any_region(layers):
    scope = scope_of(DS, Filters())
    ranges = {tuple(step_view(scope, layers, s, "nl").chart.figure["layer"][0]["encoding"]["x"]["scale"]["domain"])
              for s in walk(scope) if s.view in ("obstacles", "services")}
    largest = DS.tables["region_emphasis"]["emphasis"].max()
    assert len(ranges) == 1 and ranges.pop()[1] == pytest.approx(largest * HEADROOM)


def test__step_view__rank_note_only_where_the_region_ranks_its_services(layers):
    scope = scope_of(DS, Filters())
    ranked = set(DS.tables["region_service_types"].dropna(subset=["importance_rank"])["region_id"])
    notes = {s.region_id: " ".join(_measure(step_view(scope, layers, s, "nl")))
             for s in walk(scope) if s.view == "services" and s.part == 0}
    assert {region for region, note in notes.items() if "#n" in note} == ranked != set(notes)


def test__step_view__a_regions_caveat_about_a_service_type_stands_beside_its_bar(layers):
    scope = scope_of(DS, Filters())
    caveats = DS.tables["service_type_caveats"]
    labels = DS.tables["service_types"].set_index("service_type_id")["label_nl"]
    seen = 0
    for step in (s for s in walk(scope) if s.view == "services"):
        view = step_view(scope, layers, step, "nl")
        bars = view.chart.figure["data"]["values"]
        flagged = {bar["label"] for bar in bars if "‡" in bar["written"]}
        expected = set(labels[caveats.loc[caveats["region_id"] == step.region_id, "service_type_id"]]) & {bar["label"] for bar in bars}
        assert flagged == expected, step
        seen += len(flagged)
        assert (tr("presentation.caveat", "nl") in " ".join(_measure(view))) == bool(expected)
    assert seen >= 4  # Midden-West-Vlaanderen and Zuid-West-Vlaanderen make caveats about service types they ask for


def test__step_view__persona_slide_says_what_its_weight_means(layers):
    view = step_view(scope_of(DS, Filters()), layers, Step("personas", "oostende"), "nl")
    assert "1/n" in " ".join(_measure(view))
