"""The map drawn on the server (dashboard.figures.map_screen): the same municipalities the specification draws,
each with its code and hover text, nothing that points outside, coordinates to a tenth of a pixel, the specification
kept beside the drawing rather than in it."""

import os
import re

from dashboard.core.data import read_dataset
from dashboard.core.paths import ROOT
from dashboard.figures.map_screen import NARROW_PX, hover_text
from dashboard.text.i18n import tr
from dashboard.text.numbers import number
from dashboard.ui.static_geo import prune, served_file
from tests.apptest import drawing, map_drawings, map_rows, maps, open_page

DS = read_dataset(ROOT)
LINKED = re.compile(r'<a data-code="([^"]*)"><path aria-label="([^"]*)"')


def _drawings(**params) -> tuple[dict, str, str]:
    at = open_page("kaart", **params)
    sent = map_drawings(at)[0]
    return maps(at)[0], drawing(sent["wide"]["file"]), drawing(sent["narrow"]["file"])


def test__drawing__tags_the_municipalities_the_specification_draws_with_their_codes_and_hover_texts():
    spec, wide, narrow = _drawings()
    rows = {r["nis_code"]: r for r in map_rows(spec)}  # worked out from the specification, as Vega does
    for svg in (wide, narrow):
        tagged = dict(LINKED.findall(svg))
        assert tagged.keys() == rows.keys()
    for code, label in tagged.items():
        row = rows[code]
        assert label == (f"{tr('col.municipality')}: {row['name']}; {tr('col.region')}: {row['region']}; "
                         f"{tr('col.population')}: {number(row['population'], 'nl')}; "
                         f"{tr('col.population_date')}: {row['population_date_text_nl']}")


def test__drawing__an_indicator_map_tags_the_rest_of_flanders_with_hover_texts_but_no_codes():
    spec, wide, _ = _drawings(kleur=tr("map.mode.poverty"))
    assert len(LINKED.findall(wide)) == len(map_rows(spec)) < len(DS.tables["municipalities"]) + 1
    hovered = re.findall(r'<path aria-label="([^"]*)" role="graphics-symbol" aria-roledescription="geoshape"', wide)
    assert len(hovered) > 250  # every Flemish municipality: those in view and the grey rest
    titles = {field["title"] for layer in spec["layer"] for field in layer.get("encoding", {}).get("tooltip", [])}
    assert all(part.split(": ", 1)[0] in titles for label in hovered for part in label.split("; "))


def test__drawing__names_no_address_and_keeps_one_decimal():
    _, wide, narrow = _drawings(kleur=tr("map.mode.population"))
    for svg in (wide, narrow):
        assert "xlink:href" not in svg and "<metadata>" not in svg and '"$schema"' not in svg
        assert set(re.findall(r"https?://[^\"' ]+", svg)) <= {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}
        paths = re.findall(r' d="([^"]*)"', svg)
        assert paths and not any(re.search(r"\.\d\d", d) for d in paths)
    width = [int(re.search(r'width="(\d+)"', svg).group(1)) for svg in (narrow, wide)]
    assert NARROW_PX <= width[0] < width[1]  # the phone's: its plot NARROW_PX wide, beside it the legend


def test__hover_text__keeps_the_tooltips_parts_or_a_label_without_any_whole():
    titles = {"Gemeente", "Bevolking"}
    assert hover_text("region: Westhoek; Gemeente: Ieper; Bevolking: 35.000", titles) == "Gemeente: Ieper; Bevolking: 35.000"
    assert hover_text("Gemeenten van de 5 regio's", titles) == "Gemeenten van de 5 regio's"


def test__prune__keeps_the_drawings_used_last_and_no_other_files(tmp_path, monkeypatch):
    monkeypatch.setenv("REGIONAL_NEEDS_CACHE", str(tmp_path))
    folder = tmp_path / "static"
    folder.mkdir()
    for age, name in enumerate(["map-a.svg", "map-b.svg", "map-c.svg", "map-d.svg", "regions-e.geojson"]):
        (folder / name).write_text(name)
        (folder / f"{name}.json").write_text(name)  # what was kept beside it (its specification)
        os.utime(folder / name, (1_000_000 - age, 1_000_000 - age))  # map-a used last
    os.utime(folder / "map-d.svg")  # shown just now
    prune("map", ".svg", keep=2, beside_suffixes=(".json",))
    assert sorted(path.name for path in folder.iterdir()) == ["map-a.svg", "map-a.svg.json", "map-d.svg", "map-d.svg.json",
                                                               "regions-e.geojson", "regions-e.geojson.json"]


def test__a_drawing_pruned_by_another_server_is_drawn_again():
    sent = map_drawings(open_page("kaart", regio="Westhoek"))[0]
    served_file(sent["wide"]["file"]).unlink()
    again = map_drawings(open_page("kaart", regio="Westhoek"))[0]
    assert again == sent and served_file(again["wide"]["file"]).is_file()
