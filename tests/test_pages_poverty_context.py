"""AppTest: each region's poverty risk beside what it names (Vergelijken, region report, start page)."""

from dashboard.core.data import read_dataset
from dashboard.text.i18n import tr
from dashboard.text.numbers import number
from dashboard.core.paths import ROOT
from tests.apptest import open_page, plain_tables, texts

DS = read_dataset(ROOT)
AREAS = DS.tables["region_poverty"].query("year == 2022").set_index("area_id")
NAMES = DS.tables["regions"].set_index("region_id")["name"]


def test__vergelijken__shows_each_regions_persons_at_risk_and_weighted_rate_with_what_to_conclude():
    at = open_page("vergelijken")
    shown = texts(at)
    for region_id, name in NAMES.items():
        assert any(m.value == number(AREAS.loc[region_id, "persons_at_risk"], "nl") for m in at.metric if m.label == name)
        assert f"{number(AREAS.loc[region_id, 'admin_arop_pct'], 'nl', 1)} % van de " \
               f"{number(AREAS.loc[region_id, 'eligible_persons'], 'nl')} getelde personen" in shown
    assert tr("poverty.conclude", "nl", year=2022) in shown and "EU-SILC" in shown


def test__start__region_table_gains_the_weighted_rate():
    at = open_page("start", taal="en")
    table = plain_tables(at)[0].set_index(tr("col.region", "en"))  # drawn whole, as text
    for region_id, name in NAMES.items():
        assert table.loc[name, tr("indicator.poverty", "en")] == number(AREAS.loc[region_id, "admin_arop_pct"], "en", 1)
        assert table.loc[name, tr("col.persons_at_risk", "en")] == number(AREAS.loc[region_id, "persons_at_risk"], "en")


def test__rapport__states_the_regions_rate_and_persons_at_risk():
    at = open_page("rapport", rapportregio="Westhoek")
    rate = AREAS.loc["westhoek"]
    assert tr("poverty.region_line", "nl", year=2022, rate=number(rate["admin_arop_pct"], "nl", 1),
              persons=number(rate["persons_at_risk"], "nl"),
              flanders=number(AREAS.loc["vlaanderen", "admin_arop_pct"], "nl", 1)) in texts(at)
