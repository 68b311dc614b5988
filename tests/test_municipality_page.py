"""Unit tests of dashboard.views.municipality_page: what the Gemeente page shows of one municipality, without Streamlit."""

import pytest

from dashboard.core.data import read_dataset
from dashboard.core.paths import ROOT
from dashboard.views.municipality_page import figures_lines, poverty_view


@pytest.fixture(scope="module")
def ds():
    return read_dataset(ROOT)


def _code(ds, name: str) -> str:
    return ds.tables["municipalities"].set_index("name").loc[name, "nis_code"]


def test__figures_lines__a_merged_municipality_names_its_partner_and_the_new_name(ds):
    figures, merger, merged = figures_lines(ds, _code(ds, "Meulebeke"), "nl")
    assert merged and "Tielt" in merger
    population = ds.tables["municipalities"].set_index("name").loc["Meulebeke", "population"]
    assert f"{population:,}".replace(",", ".") in figures
    assert figures_lines(ds, _code(ds, "Ronse"), "nl")[2] is False


def test__poverty_view__the_latest_rate_its_change_and_a_row_per_indicator(ds):
    view = poverty_view(ds, _code(ds, "Ronse"), "en")
    rows = ds.tables["municipality_poverty"].query("name == 'Ronse'").sort_values("year")
    latest, first = rows.iloc[-1], rows.iloc[0]
    assert view.metrics[0].value == f"{latest['admin_arop_pct']:.1f} %" and view.metrics[0].delta_color == "inverse"
    assert f"{latest['admin_arop_pct'] - first['admin_arop_pct']:+.1f}" in view.metrics[0].delta
    assert len(view.table) == len(view.as_shown) >= 4 and str(int(latest["year"])) in view.heading
    assert "Ronse" in view.title and str(int(latest["year"])) in view.source
