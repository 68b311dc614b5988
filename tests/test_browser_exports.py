"""Real browser: download every kind of export and open it; print the region report to PDF.

Debian's Chromium through Playwright against a real Streamlit server (fixtures in conftest.py);
every request that would leave the machine is blocked and fails the test.
"""

import io
import re
import struct
import xml.etree.ElementTree as ElementTree
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from PIL import Image

from dashboard.domain.exports import ZIP_FOLDER
from dashboard.core.paths import ROOT
from dashboard.figures.map_export import PNG_SCALE
from tests.browser import CHART, CHROMIUM, MAP, wait_for_maps

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
PlaywrightTimeout = pytest.importorskip("playwright.sync_api").TimeoutError

WAIT_MS = 90_000


def open_view(page, url: str, selector: str = CHART) -> None:
    page.goto(url)
    page.wait_for_selector(selector, timeout=WAIT_MS)


def download(page, click, folder: Path, attempts: int = 3) -> Path:
    """Run ``click`` and return the file the browser saved, under its suggested name.

    A click that lands while Streamlit redraws the element is lost (seen once in CI on a loaded machine: no download
    in 90 s), so a click without a download is repeated, at most ``attempts`` times; no file at all still fails."""
    for attempt in range(attempts):
        try:
            with page.expect_download(timeout=WAIT_MS // attempts) as event:
                click()
            break
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise
    path = folder / event.value.suggested_filename
    event.value.save_as(path)
    return path


def download_button(page, key: str):
    """The download button of Streamlit key ``key``: a table's ``<chart key>-csv`` or ``-xlsx``, beside them its chart's
    image ``<chart key>-png`` or ``-svg`` (dashboard/ui/downloads.py), the dataset's ``dataset-zip``."""
    return page.locator(f".st-key-{key} button").first


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def svg_texts(page, svg: Path) -> tuple[float, list[tuple[str, float, float]]]:
    """``svg`` opened in ``page`` as a viewer draws it: its width, and each text with its left and right edge in it."""
    page.set_content(svg.read_text(encoding="utf-8"))
    return page.evaluate("""() => {
        const svg = document.querySelector("svg"), origin = svg.getBoundingClientRect().left;
        return [svg.width.baseVal.value, [...svg.querySelectorAll("text")].filter(t => t.textContent.trim())
            .map(t => { const box = t.getBoundingClientRect(); return [t.textContent, box.left - origin, box.right - origin]; })];
    }""")


def open_table(page, nth: int = 0) -> None:
    """Unfold the table under the ``nth`` chart, where its downloads and the chart's image are."""
    page.get_by_text("Tabel en afbeelding bij de grafiek").nth(nth).click()


def test__chart_image__png_and_svg_beside_the_table_downloads_in_the_reader_s_language(server, page, tmp_path):
    open_view(page, f"{server}/personas?regio=Westhoek")
    wait_for_maps(page, WAIT_MS)
    drawing = page.locator(".regional-needs-map svg").first  # the page's wide drawing, at 1400 wide
    size = tuple(int(drawing.get_attribute(side)) for side in ("width", "height"))
    title = drawing.locator(".role-title").text_content()
    open_table(page)
    png = download(page, download_button(page, "persona_bars-png").click, tmp_path)
    assert download_button(page, "persona_bars-png").inner_text().strip().endswith("Afbeelding (PNG)")
    assert re.fullmatch(r"persona-bars_regio-westhoek_\d{4}-\d{2}-\d{2}\.png", png.name)

    svg = download(page, download_button(page, "persona_bars-svg").click, tmp_path)
    assert svg.suffix == ".svg" and svg.stem == png.stem
    saved = ElementTree.parse(svg).getroot()
    assert saved.tag == "{http://www.w3.org/2000/svg}svg"
    assert title and title in "".join(saved.itertext())
    assert png_size(png.read_bytes()) == tuple(side * PNG_SCALE for side in size)  # the screen's drawing, sharper

    page.goto(f"{server}/personas?regio=Westhoek&taal=en")
    page.wait_for_selector(CHART, timeout=WAIT_MS)
    page.get_by_text("Table and image of the chart").first.click()
    assert download_button(page, "persona_bars-svg").inner_text().strip().endswith("Image (SVG)")
    assert page.outside_requests == []


def test__chart_image__the_heatmap_s_longest_label_stays_inside_the_png_and_the_svg(server, page, tmp_path):
    open_view(page, f"{server}/diensten")
    open_table(page)
    svg = download(page, download_button(page, "diensten_heatmap-svg").click, tmp_path)
    png = download(page, download_button(page, "diensten_heatmap-png").click, tmp_path)
    # the SVG as a viewer draws it, without the page's web font: every text within the drawing's width
    width, texts = svg_texts(page, svg)
    assert any(text.startswith("Taalondersteuning en oefenkansen Nederlands") for text, _, _ in texts)  # once cut
    cut = [text for text, left, right in texts if left < 0 or right > width]
    assert cut == [], f"labels reaching past the image's edge: {cut}"
    # the PNG, drawn by vl-convert from the same specification: nothing dark touches its left edge
    image = Image.open(png).convert("L")
    edge = [image.getpixel((x, y)) for x in range(3) for y in range(image.height)]
    assert min(edge) > 200, "a label cut at the image's left edge"
    assert page.outside_requests == []


def test__map__saves_png_and_svg_beside_the_table_downloads(server, page, tmp_path):
    open_view(page, f"{server}/kaart?regio=Westhoek", MAP)
    open_table(page)
    png = download(page, download_button(page, "kaart_map-png").click, tmp_path)
    assert png.suffix == ".png" and png_size(png.read_bytes())[0] > 1000
    svg = download(page, download_button(page, "kaart_map-svg").click, tmp_path)
    assert re.fullmatch(r"kaart-map_regio-westhoek_\d{4}-\d{2}-\d{2}\.svg", svg.name)
    fills = [path.get("fill") for path in ElementTree.parse(svg).getroot().iter("{http://www.w3.org/2000/svg}path")]
    westhoek = (pd.read_parquet(ROOT / "data" / "municipalities.parquet")["region_id"] == "westhoek").sum()
    colour = next(f for f in fills if f and f.startswith("#"))  # the region's colour, as on the screen
    assert fills.count(colour) == westhoek + 1  # its municipalities and its legend symbol
    assert page.outside_requests == []


def test__chart_table__csv_and_xlsx_hold_the_rows_shown_with_filters_and_source(server, page, tmp_path):
    open_view(page, f"{server}/kaart?regio=Westhoek")
    open_table(page)
    municipalities = pd.read_parquet(ROOT / "data" / "municipalities.parquet")
    westhoek = set(municipalities.loc[municipalities["region_id"] == "westhoek", "nis_code"])

    csv = download(page, download_button(page, "kaart_map-csv").click, tmp_path)
    assert re.fullmatch(r"kaart-map_regio-westhoek_\d{4}-\d{2}-\d{2}\.csv", csv.name)
    text = csv.read_text(encoding="utf-8-sig")
    assert "# Regio;Westhoek" in text and "# Bron;" in text  # Dutch: semicolons, for a Dutch Excel
    table = pd.read_csv(io.StringIO(text), sep=";", comment="#", dtype={"NIS-code": str})
    assert set(table["NIS-code"]) == westhoek

    xlsx = download(page, download_button(page, "kaart_map-xlsx").click, tmp_path)
    book = openpyxl.load_workbook(xlsx)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert {row[rows[0].index("NIS-code")] for row in rows[1:]} == westhoek
    about = dict(book.worksheets[1].iter_rows(values_only=True))
    assert about["Regio"] == "Westhoek" and about["Bron"].startswith("Bron: Lokaal Addendum Westhoek")
    assert page.outside_requests == []


def test__start__dataset_zip_holds_every_table_and_the_dictionary(server, page, tmp_path):
    open_view(page, f"{server}/")
    archive = download(page, download_button(page, "dataset-zip").click, tmp_path)
    names = set(zipfile.ZipFile(archive).namelist())
    for path in (ROOT / "data").glob("*.parquet"):
        assert {f"{ZIP_FOLDER}/data/{path.name}", f"{ZIP_FOLDER}/data/csv/{path.stem}.csv"} <= names
    for path in (ROOT / "geo").glob("*.parquet"):
        assert f"{ZIP_FOLDER}/geo/{path.name}" in names
    assert f"{ZIP_FOLDER}/data/README.md" in names
    assert page.outside_requests == []


def pdf_pages(pdf: bytes) -> int:
    return int(re.search(rb"/Type\s*/Pages\b.*?/Count (\d+)", pdf, re.S).group(1))


@pytest.mark.parametrize("region", ["Midden-West-Vlaanderen", "Westhoek", "Zuid-West-Vlaanderen", "Regio Oostende",
                                    "Vlaamse-Ardennen"])
def test__rapport__prints_on_one_a4_page_with_the_map(server, page, region):
    open_view(page, f"{server}/rapport?rapportregio={region}", MAP)
    page.get_by_role("heading", name=f"Regiorapport: {region}").wait_for(timeout=WAIT_MS)
    # as Chrome prints by default (A4, margins of about 1 cm, full scale, header and footer), sidebar left open
    printed = page.pdf(format="A4", margin={side: "1cm" for side in ("top", "right", "bottom", "left")},
                       display_header_footer=True)
    assert pdf_pages(printed) == 1
    page.emulate_media(media="print")
    assert not page.locator("[data-testid='stSidebar']").is_visible(), "print leaves the sidebar out"
    page.set_viewport_size({"width": 718, "height": 1000})  # A4's printable width: text wraps as on the sheet
    text_blocks = "[data-testid='stMain'] [data-testid='stMarkdown'] [data-testid='stMarkdownContainer']"
    overflowing = page.evaluate("""blocks => [...document.querySelectorAll(blocks)]
        .filter(text => text.getBoundingClientRect().height > text.closest("[data-testid='stElementContainer']")
                                                                   .getBoundingClientRect().height + 1)
        .map(text => text.innerText.slice(0, 40))""", text_blocks)
    assert overflowing == [], "a text block reaching into the next one prints as overlapping lines"
    wait_for_maps(page, WAIT_MS)
    box = page.locator(".regional-needs-map svg").first.bounding_box()
    assert box["width"] > 300 and box["height"] > 200, "the map stays in the printed page"
    assert page.outside_requests == []
