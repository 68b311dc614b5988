"""AppTest: download controls on the real pages, and the region report, on the committed dataset."""

import re
from datetime import date

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import app_test

from dashboard.core.data import read_dataset
from dashboard.text.i18n import tr
from dashboard.text.markdown_text import escape, literal
from dashboard.core.paths import ROOT
from dashboard.domain.quotes import collapse_whitespace
from dashboard.core.regions import region_summary
from tests.apptest import PAGE_SCRIPTS, drawn_specs, map_drawings, map_rows, maps, open_page, texts, unfold_tables


@pytest.fixture(scope="module")
def ds():
    return read_dataset(ROOT)


@pytest.fixture
def deferred(monkeypatch):
    """What the runs of a test leave to be made when a download button is clicked, by file id: the file's name and
    the callable that makes it (Streamlit's own record, kept by the media file manager AppTest makes for each run)."""
    managers = []

    class Recording(MediaFileManager):
        def __init__(self, storage):
            super().__init__(storage)
            managers.append(self)

    monkeypatch.setattr(app_test, "MediaFileManager", Recording)
    return lambda: {file_id: entry for manager in managers for file_id, entry in manager._deferred_callables.items()}


def test__chart_drawn_on_the_server__saves_png_and_svg_named_after_view_filters_and_day_drawn_from_its_specification(deferred):
    at = unfold_tables(open_page("tijdlijn", regio="Westhoek", persona="Saled"))
    buttons = {b.proto.id.rsplit("-", 1)[-1]: b.proto for b in at.get("download_button") if "-tijdlijn_chart-" in b.proto.id}
    files = {f: deferred()[buttons[f].deferred_file_id] for f in ("png", "svg")}
    for image_format, made in files.items():
        assert buttons[image_format].label == tr(f"export.{image_format}") and buttons[image_format].ignore_rerun
        assert made["filename"] == f"tijdlijn-chart_regio-westhoek_persona-saled_{date.today().isoformat()}.{image_format}"
    assert files["png"]["callable"]().startswith(b"\x89PNG")
    svg, [spec] = files["svg"]["callable"](), drawn_specs(at)
    assert spec["title"]["text"] in svg and all(f">{row['region']}</text>" in svg for row in spec["data"]["values"])


def test__chart_drawn_on_the_server__its_image_buttons_speak_the_reader_s_language():
    at = unfold_tables(open_page("personas", regio="Westhoek", taal="en"))
    buttons = {b.proto.label: b.proto for b in at.get("download_button")}
    assert {tr(f"export.{f}", "en") for f in ("png", "svg")} <= buttons.keys()
    assert buttons[tr("export.png", "en")].deferred_file_id and buttons[tr("export.png", "en")].ignore_rerun


@pytest.mark.parametrize("page", PAGE_SCRIPTS)
def test__page__every_chart_offers_csv_and_excel_without_a_rerun(page):
    at = unfold_tables(open_page(page))
    charts = len(map_drawings(at))
    buttons = {b.proto.label: b for b in at.get("download_button")}
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels.count(tr("export.csv")) >= charts and labels.count(tr("export.xlsx")) >= charts
    for button in buttons.values():
        assert button.proto.ignore_rerun, button.proto.label
        assert button.proto.deferred_file_id, "bytes are built only when clicked"


def test__start__offers_the_dataset_zip():
    at = open_page("start")
    labels = [b.proto.label for b in at.get("download_button")]
    assert tr("export.dataset") in labels


@pytest.mark.parametrize("region_id", ["midden-west-vlaanderen", "westhoek", "zuid-west-vlaanderen", "oostende", "vlaamse-ardennen"])
def test__rapport__shows_the_chosen_region(ds, region_id):
    name = ds.tables["regions"].set_index("region_id").loc[region_id, "name"]
    at = open_page("rapport", rapportregio=name)
    assert not at.exception
    assert at.title[0].value == tr("report.title", region=name)
    locations = [row["nis_code"] for row in map_rows(maps(at)[0])]
    municipalities = ds.tables["municipalities"]
    assert sorted(locations) == sorted(municipalities.loc[municipalities["region_id"] == region_id, "nis_code"])
    shown = texts(at).replace("\\", "")  # markdown escapes
    population = int(region_summary(ds, [region_id]).iloc[0]["population"])
    assert f"{population:,}".replace(",", ".") in shown
    _assert_obstacles_ranked_by_emphasis(ds, shown, ds.tables["region_obstacles"].query("region_id == @region_id"))
    title = ds.tables["challenges"].query("region_id == @region_id and challenge_rank == 1")["title"].iloc[0]
    assert title in shown


def _assert_obstacles_ranked_by_emphasis(ds, shown: str, named) -> None:
    """The report's "n. Label (x %)" of each obstacle it lists: x is its share of the distinct statements in ``named``
    (a statement naming k obstacles counting 1/k), and the ranks n rise as the shares fall."""
    line = next(line for line in shown.splitlines() if line.startswith(f"**{tr('report.obstacles')}**"))
    labels = ds.tables["obstacles"].set_index("label_nl")["obstacle_id"]
    listed = re.findall(r"(\d+)\. ([^·\[]+?) \((\d+,\d) %\)", line)
    assert len(listed) >= 3
    distinct = named.assign(quote=named["quote"].map(collapse_whitespace)).drop_duplicates(["quote", "obstacle_id"])
    weight = 1 / distinct.groupby("quote")["obstacle_id"].transform("size")
    shares = weight.groupby(distinct["obstacle_id"]).sum() / distinct["quote"].nunique() * 100
    for rank, label, share in listed:
        assert share == f"{shares[labels[label.strip().strip('*')]]:.1f}".replace(".", ","), label
    ranks, values = [int(r) for r, _, _ in listed], [float(v.replace(",", ".")) for _, _, v in listed]
    assert ranks == sorted(ranks) and values == sorted(values, reverse=True)


def test__rapport__takes_its_region_from_the_global_filter():
    at = open_page("rapport", regio="Vlaamse-Ardennen")
    assert at.selectbox(key="rapportregio").value == "Vlaamse-Ardennen"
    assert "Vlaamse-Ardennen" in at.title[0].value


def test__rapport__persona_filter_narrows_the_obstacles(ds):
    every = open_page("rapport", rapportregio="Westhoek")
    saled = open_page("rapport", rapportregio="Westhoek", persona="Saled")
    assert escape(tr("scope.persona.challenges", name="Saled")) in texts(saled)
    built_on = ds.tables["challenge_personas"].query("region_id == 'westhoek' and persona_id == 'saled'")
    named = ds.tables["region_obstacles"].merge(built_on, on=["region_id", "challenge_rank"])
    _assert_obstacles_ranked_by_emphasis(ds, texts(saled).replace("\\", ""), named)
    assert texts(every) != texts(saled)


def test__rapport__has_no_widget_in_the_main_area_but_the_chart_table():
    at = open_page("rapport")
    main_widgets = [w for kind in ("selectbox", "multiselect", "radio", "toggle", "button") for w in getattr(at.main, kind, [])
                    if not w.key or not w.key.startswith("rapport_map")]
    assert main_widgets == []
    assert at.sidebar.selectbox(key="rapportregio")


def test__rapport__unknown_region_in_the_link_gets_a_notice_not_an_error():
    typed = "Atlantis![x](http://example.org/x.png)"
    at = open_page("rapport", rapportregio=typed)
    assert not at.exception
    warning = " ".join(w.value for w in at.warning)
    assert literal(typed) in warning  # in a code span: shown as typed, no outside image
    assert at.title[0].value == tr("report.title", region="Midden-West-Vlaanderen")
