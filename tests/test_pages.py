"""AppTest: every page of the real app on the committed dataset, with filters given through the URL."""

import pytest

from dashboard.i18n import tr
from tests.apptest import PAGE_SCRIPTS, figures, open_page, texts

SALED_REGIONS = {"Regio Oostende", "Vlaamse-Ardennen", "Westhoek", "Zuid-West-Vlaanderen"}



@pytest.mark.parametrize("page", list(PAGE_SCRIPTS))
def test__page__renders_without_exception(page):
    at = open_page(page)
    assert not at.exception
    assert at.title, "every page has a title"
    assert any("Bron:" in c.value for c in at.caption), "every page states its source"


@pytest.mark.parametrize("page", ["start", "kaart", "personas", "diensten"])
def test__page__ignores_unknown_url_values_with_a_notice(page):
    at = open_page(page, regio="Atlantis", persona="<b>Nobody</b>", obstakel="x" * 500)
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert "Atlantis" in warnings and "<b>Nobody</b>" in warnings
    assert at.multiselect(key="regio").value == []


def test__start__lists_the_regions_citing_the_chosen_persona():
    at = open_page("start", persona="Saled")
    notice = next(i.value for i in at.info if "Saled" in i.value)
    for region in SALED_REGIONS:
        assert region in notice
    assert "Midden-West-Vlaanderen" not in notice


def municipality_traces(fig: dict) -> list[dict]:
    """The traces drawing municipalities (the region borders are drawn from the regions layer)."""
    return [t for t in fig["data"] if t["type"] == "choroplethmap" and "/municipalities" in t["geojson"]]


def test__kaart__colours_by_region_with_one_trace_per_region():
    at = open_page("kaart")
    fig = figures(at)[0]
    choropleths = municipality_traces(fig)
    assert len(choropleths) == 5
    assert sum(len(t["locations"]) for t in choropleths) == 63
    assert fig["layout"]["map"]["style"] == "white-bg"
    borders = [t for t in fig["data"] if "/regions-" in t["geojson"]]
    assert len(borders) == 1 and len(borders[0]["locations"]) == 5


def test__kaart__geojson_is_served_statically_not_inside_the_figure():
    at = open_page("kaart")
    fig = figures(at)[0]
    assert all(isinstance(t["geojson"], str) and t["geojson"].startswith("app/static/") for t in fig["data"])
    assert len(at.main.get("plotly_chart")[0].proto.spec) < 50_000


def test__kaart__merged_2025_shows_61_municipalities():
    at = open_page("kaart", fusie2025="true")
    fig = figures(at)[0]
    locations = [code for t in municipality_traces(fig) for code in t["locations"]]
    assert len(locations) == 61
    assert "37022" in locations and "37007" not in locations


def test__kaart__persona_mode_marks_the_regions_citing_it():
    at = open_page("kaart", kleur=tr("kaart.mode.persona"), persona="Saled")
    fig = figures(at)[0]
    named = next(t for t in municipality_traces(fig) if t["name"].endswith(tr("kaart.named")))
    hover_regions = {row[1] for row in named["customdata"]}
    assert hover_regions == SALED_REGIONS


def test__kaart__region_filter_keeps_only_its_municipalities():
    at = open_page("kaart", regio="Westhoek")
    fig = figures(at)[0]
    locations = [code for t in municipality_traces(fig) for code in t["locations"]]
    assert len(locations) == 17


def test__personas__saled_detail_shows_the_four_regions():
    at = open_page("personas", persona="Saled")
    citations = next(d.value for d in at.dataframe if tr("col.persona_rank") in d.value.columns)
    assert set(citations[tr("col.region")]) == SALED_REGIONS
    assert "Over Saled" in texts(at)


def test__personas__bars_count_challenges_per_persona():
    at = open_page("personas")
    bars = figures(at)[0]["data"][0]
    counts = dict(zip(bars["y"], bars["x"]))
    assert counts["Saled"] == 5  # Oostende 1, Vlaamse-Ardennen 2, Westhoek 1 and 3, Zuid-West-Vlaanderen 1
    assert max(counts, key=counts.get) == "Saled"


def test__diensten__obstacle_filter_keeps_only_linked_service_types():
    from dashboard.data import read_dataset
    from dashboard.paths import ROOT
    from dashboard.services import linked_service_types

    ds = read_dataset(ROOT)
    label = ds.tables["obstacles"].set_index("obstacle_id").loc["mobiliteit", "label_nl"]
    at = open_page("diensten", obstakel=label)
    fig = figures(at)[0]
    shown = {y for t in fig["data"] for y in t["y"]}
    labels = ds.tables["service_types"].set_index("service_type_id")["label_nl"]
    assert shown and shown <= {labels[s] for s in linked_service_types(ds, "mobiliteit")}


def test__diensten__choosing_a_cell_shows_its_quotes():
    at = open_page("diensten", regio="Vlaamse-Ardennen")
    quotes = at.dataframe[-1].value
    assert len(quotes) >= 1
    assert quotes[tr("col.quote")].str.len().min() > 0
