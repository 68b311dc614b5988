"""AppTest: the municipality profile (/gemeente), the map's indicator colourings and the click that opens a profile."""

import json
from xml.etree import ElementTree

import pytest

from dashboard.core.data import read_dataset
from dashboard.figures.map_export import map_svg
from dashboard.figures.municipality_map import CONTEXT_FILL
from dashboard.text.i18n import tr
from dashboard.text.markdown_text import escape, literal
from dashboard.text.numbers import number
from dashboard.core.paths import ROOT, static_cache
from dashboard.ui.static_geo import STATIC_URL, publish_layers
from tests.apptest import map_rows, maps, open_page, texts, unfold_tables

DS = read_dataset(ROOT)
POVERTY = DS.tables["municipality_poverty"].set_index(["nis_code", "year"])
MUNICIPALITIES = DS.tables["municipalities"].set_index("name")
AREAS = DS.tables["region_poverty"].set_index(["area_id", "year"])


def _profile(at) -> str | None:
    """The municipality whose profile the page shows (its name is the page's one header that names a municipality)."""
    return next((h.value for h in at.header if h.value in MUNICIPALITIES.index), None)


def _figures(name: str, year: int):
    return POVERTY.loc[(MUNICIPALITIES.loc[name, "nis_code"], year)]


@pytest.mark.parametrize("asked", ["Ronse", "ronse", "RONSÉ", " ronse "])
def test__gemeente__url_names_the_municipality_whatever_its_case_and_accents(asked):
    at = open_page("gemeente", gemeente=asked)
    assert not at.exception and not at.warning
    assert _profile(at) == "Ronse"


def test__gemeente__shows_the_dataset_figures_with_their_change_and_standing():
    at = open_page("gemeente", gemeente="Ronse")
    latest, first = _figures("Ronse", 2022), _figures("Ronse", 2019)
    metrics = {m.label: m for m in at.metric}
    rate = metrics[f"{tr('map.mode.poverty', 'nl')} 2022"]
    assert rate.value == f"{number(latest['admin_arop_pct'], 'nl', 1)} %"
    assert rate.delta.startswith(f"-{number(abs(latest['admin_arop_pct'] - first['admin_arop_pct']), 'nl', 1)} ")
    assert metrics[f"{tr('map.mode.income', 'nl')} 2022"].value == f"€ {number(latest['median_eur'], 'nl')}"
    assert metrics[f"{tr('municipality.at_risk', 'nl')} 2022"].value == number(latest["persons_at_risk"], "nl")
    table = at.dataframe[0].value.set_index(tr("municipality.col.indicator", "nl"))
    row = table.loc[tr("indicator.poverty", "nl")]  # as shown: a rate with one decimal, ranks whole
    assert (row["2019"], row["2022"]) == (number(first["admin_arop_pct"], "nl", 1), number(latest["admin_arop_pct"], "nl", 1))
    in_2022 = POVERTY.xs(2022, level="year")
    study = in_2022[in_2022.index.isin(MUNICIPALITIES["nis_code"])]
    expected_rank = int((study["admin_arop_pct"] > latest["admin_arop_pct"]).sum()) + 1
    assert row[tr("municipality.col.rank_study", "nl", n=len(study), latest=2022)] == str(expected_rank)
    flanders_rank = int((in_2022["admin_arop_pct"] > latest["admin_arop_pct"]).sum()) + 1
    assert row[tr("municipality.col.rank_flanders", "nl", n=len(in_2022), latest=2022)] == str(flanders_rank)
    assert row[tr("municipality.col.flanders", "nl", latest=2022)] == number(AREAS.loc[("vlaanderen", 2022), "admin_arop_pct"], "nl", 1)
    assert row[tr("municipality.col.region", "nl", region="Vlaamse-Ardennen", latest=2022)] == number(
        AREAS.loc[("vlaamse-ardennen", 2022), "admin_arop_pct"], "nl", 1)
    income = table.loc[tr("indicator.income", "nl")]
    assert income["2022"] == number(latest["median_eur"], "nl") and income[tr("municipality.col.flanders", "nl", latest=2022)] == ""


def test__gemeente__the_profile_also_as_label_value_rows_for_a_phone():
    """Each indicator in bold over a line per figure it has (the page's styles show these on a phone, the grid elsewhere)."""
    at = open_page("gemeente", gemeente="Ronse")
    latest = _figures("Ronse", 2022)
    flanders = escape(number(AREAS.loc[("vlaanderen", 2022), "admin_arop_pct"], "nl", 1))
    rows = {m.value.split("\n\n")[0]: m.value.split("\n\n")[1].split("\n") for m in at.markdown
            if m.value.startswith("**") and "\n\n- " in m.value}
    rate = rows[f"**{escape(tr('indicator.poverty', 'nl'))}**"]
    assert f"- 2022: {escape(number(latest['admin_arop_pct'], 'nl', 1))}" in rate
    assert f"- {escape(tr('municipality.col.flanders', 'nl', latest=2022))}: {flanders}" in rate
    income = rows[f"**{escape(tr('indicator.income', 'nl'))}**"]
    assert f"- 2022: {escape(number(latest['median_eur'], 'nl'))}" in income
    assert not any(line.startswith(f"- {escape(tr('municipality.col.flanders', 'nl', latest=2022))}") for line in income)  # no figure


def test__gemeente__says_its_region_wrote_the_statements_and_names_the_caveats():
    at = open_page("gemeente", gemeente="Ronse", taal="en")
    shown = texts(at)
    assert tr("municipality.regional_note", "en", region="Vlaamse-Ardennen", name="Ronse") in shown
    assert "EU-SILC" in shown and "TF_SOC_ADI_MUNTY" in shown
    for title in DS.tables["challenges"].query("region_id == 'vlaamse-ardennen'")["title_en"]:  # English mode shows the English titles
        assert title.replace("-", "\\-").replace(",", "\\,") in shown or title in shown


def test__gemeente__names_its_2025_merger():
    at = open_page("gemeente", gemeente="Meulebeke")
    assert tr("municipality.merger", "nl", name="Meulebeke", partners="Tielt", merged="Tielt") in texts(at)


def test__gemeente__search_box_finds_a_municipality_ignoring_case_and_accents():
    at = open_page("gemeente")
    at.text_input(key="zoek").input("RONSÉ").run()
    assert _profile(at) == "Ronse" and at.query_params["gemeente"] == "Ronse"


def test__gemeente__search_box_offers_every_match_and_a_button_opens_one():
    at = open_page("gemeente")
    at.text_input(key="zoek").input("oost").run()
    offered = {b.label for b in at.button if b.key and b.key.startswith("kies-")}
    assert offered == {name for name in MUNICIPALITIES.index if "oost" in name.lower()}
    next(b for b in at.button if b.label == "Oostende").click().run()
    assert _profile(at) == "Oostende"


def test__gemeente__unknown_name_is_ignored_with_a_notice():
    at = open_page("gemeente", gemeente="Atlantis")
    assert not at.exception and "Atlantis" in " ".join(w.value for w in at.warning)
    assert not {h.value for h in at.header} & set(MUNICIPALITIES.index) and len(at.dataframe[0].value) == 63


@pytest.mark.parametrize("mode, label, column", [("poverty", "Risico op armoede", "admin_arop_pct"),
                                                 ("income", "Mediaan inkomen", "median_eur")])
def test__kaart__indicator_colouring_shows_the_year_source_and_every_flemish_municipality(mode, label, column):
    at = open_page("kaart", kleur=label, jaar="2019")
    spec = maps(at)[0]
    colour = spec["layer"][0]["encoding"]["color"]
    assert colour["title"].endswith("2019") and colour["field"] == f"properties.{column}_2019"
    rows = map_rows(spec)
    assert len(rows) == 63
    assert all(r[f"{column}_2019"] == POVERTY.loc[(r["nis_code"], 2019), column] for r in rows)
    context = spec["layer"][1]
    assert context["transform"][0]["filter"]["not"]["oneOf"] == sorted(DS.tables["regions"]["region_id"])
    served = static_cache() / context["data"]["url"].removeprefix(f"{STATIC_URL}/")  # the file Streamlit serves there
    geojson = json.loads(served.read_text(encoding="utf-8"))
    assert len(geojson["features"]) == 300  # every municipality of the Flemish Region
    assert any("TF_SOC_ADI_MUNTY" in c.value and "2019" in c.value for c in at.caption)
    assert any("EU-SILC" in c.value for c in at.caption)


def test__kaart__table_follows_the_colouring():
    at = unfold_tables(open_page("kaart", kleur="Gekozen persona", persona="Saled"))
    table = at.dataframe[0].value
    column = tr("map.names_it", "nl")
    assert set(table[column]) == {f"Saled: {tr('map.named', 'nl')}", f"Saled: {tr('map.not_named', 'nl')}"}
    at = unfold_tables(open_page("kaart", kleur="Risico op armoede"))
    table = at.dataframe[0].value.set_index(tr("col.municipality", "nl"))
    assert table.loc["Ronse", tr("indicator.poverty", "nl")] == _figures("Ronse", 2022)["admin_arop_pct"]


def test__kaart__click_on_a_municipality_opens_its_profile():
    at = open_page("kaart")
    at.session_state["kaart_map"] = {"selection": {"gemeente": [{"id": MUNICIPALITIES.loc["Ronse", "nis_code"]}]}}
    at.run()
    assert not at.exception
    assert _profile(at) == "Ronse"


def test__kaart__unknown_year_is_ignored_with_a_notice():
    at = open_page("kaart", kleur="Risico op armoede", jaar="1999")
    assert not at.exception and "1999" in " ".join(w.value for w in at.warning)
    assert maps(at)[0]["layer"][0]["encoding"]["color"]["title"].endswith("2022")


def test__kaart__svg_export_of_an_indicator_map_draws_flanders_in_grey():
    spec = maps(open_page("kaart", kleur="Mediaan inkomen"))[0]
    svg = ElementTree.fromstring(map_svg(spec, list(publish_layers(DS).values())))
    fills = [path.get("fill") for path in svg.iter("{http://www.w3.org/2000/svg}path")]
    assert fills.count(CONTEXT_FILL) == 300 - 63  # every Flemish municipality outside the five regions
    assert len([f for f in fills if f and f.startswith("rgb(")]) == 63  # the regions' municipalities, shaded by value


@pytest.mark.parametrize("typed", ["http://evil.example/x", "mailto:a@evil.example", "[klik](http://evil.example)"])
def test__gemeente__search_box_text_is_shown_literally_in_its_notice(typed):
    at = open_page("gemeente")
    at.text_input(key="zoek").input(typed).run()
    notice = " ".join(w.value for w in at.warning)
    assert literal(typed) in notice


def test__gemeente__search_box_names_a_letter_from_another_script():
    at = open_page("gemeente")
    at.text_input(key="zoek").input("\u041eostende").run()
    assert "CYRILLIC CAPITAL LETTER O" in " ".join(w.value for w in at.warning)
