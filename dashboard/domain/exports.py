"""Files people take away: tables as CSV and Excel, the whole dataset as a zip.

Pure functions (no Streamlit): every export says what it shows, under which filters, from
which source and on which day, in its file name and inside the file itself.
"""

import csv
import io
import json
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from dashboard.text import numbers
from dashboard.core.filters import DIMENSIONS, Filters, Options, chosen
from dashboard.core.switch import complete_side
from dashboard.text.formula_text import defused, defused_frame
from dashboard.text.i18n import tr

CSV_ENCODING = "utf-8-sig"  # the byte-order mark makes Excel read é and ² right
CSV_DIALECTS = {"nl": (";", ","), "en": (",", ".")}  # (field separator, decimal mark) a spreadsheet in each language expects
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ZIP_FOLDER = "regionale-noden-dataset"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # zip entries dated alike: the same files give the same bytes


@dataclass(frozen=True)
class Export:
    """What is exported: the view (a chart or table key), its title and source, the filters, the day."""

    view: str
    title: str
    source: str
    filters: Filters
    options: Options
    lang: str
    day: date


def slug(text: str) -> str:
    """``text`` as a lowercase ASCII slug: letters, digits and single hyphens only."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def file_name(export: Export) -> str:
    """A file name (without extension) holding the view, each filter and the day.

    e.g. ``kaart-map_regio-westhoek_persona-saled_2026-11-23``; every part is a slug and parts
    are joined by ``_``, so a name is safe on every file system and reads back unambiguously.
    """
    f, lang = export.filters, export.lang
    parts = [slug(export.view) or "export"]
    parts += [f"{slug(tr(d.name, lang))}-{slug(i)}" for d in DIMENSIONS for i in chosen(f, d)]
    return "_".join(parts + [export.day.isoformat()])


def about(export: Export) -> list[tuple[str, str]]:
    """What a table file says about itself, as (label, value) rows in the export's language."""
    f, o, lang = export.filters, export.options, export.lang
    return [
        (tr("export.about.title", lang), export.title),
        (tr("export.about.dashboard", lang), tr("app.title", lang)),
        *((tr(d.name, lang), ", ".join(getattr(o, d.options)[i] for i in chosen(f, d)) or tr(d.nothing, lang)) for d in DIMENSIONS),
        (tr("export.about.source", lang), export.source),
        (tr("export.about.date", lang), export.day.isoformat()),
    ]


def table_csv(frame: pd.DataFrame, about_rows: list[tuple[str, str]], lang: str) -> bytes:
    """The table as CSV that a spreadsheet in ``lang`` opens right, then a few lines starting with
    ``#`` that say what it is.

    Dutch Excel splits on semicolons and reads 0,72 as a number, so the Dutch file has those (the
    English one commas and 0.72); the byte-order mark makes Excel read é and ² right. The table
    comes first, so a spreadsheet takes its first line for the header; pandas skips the closing
    lines with ``read_csv(..., comment="#")``. Text cells are quoted, so a ``#`` inside data is
    never taken for a comment. Whole numbers are written without decimals. A text that starts like a
    formula gets a leading apostrophe (``formula_text``), in the table and in the lines below it.
    """
    separator, decimal = CSV_DIALECTS[lang]
    rows = [[_csv_field(name, decimal) for name in frame.columns]]
    rows += [[_csv_field(value, decimal) for value in row] for row in numbers.whole_numbers(frame).itertuples(index=False)]
    out = io.StringIO()
    out.writelines(separator.join(row) + "\n" for row in rows)
    out.write("\n")
    writer = csv.writer(out, delimiter=separator, lineterminator="\n")
    for label, value in about_rows:
        writer.writerow([f"# {label}", defused(value)])
    return out.getvalue().encode(CSV_ENCODING)


def _csv_field(value, decimal: str) -> str:
    """A CSV field: a number bare with ``decimal`` as its mark, anything else quoted and defused, a missing value empty."""
    if numbers.is_missing(value):
        return ""
    if pd.api.types.is_number(value) and not pd.api.types.is_bool(value):
        return repr(value.item() if hasattr(value, "item") else value).replace(".", decimal)
    return '"' + defused(str(value)).replace('"', '""') + '"'


def table_xlsx(frame: pd.DataFrame, about_rows: list[tuple[str, str]], lang: str) -> bytes:
    """The table on a first sheet (header frozen), what it is and where it comes from on a second."""
    book = Workbook()
    table = book.active
    table.title = tr("export.sheet.table", lang)
    rows = numbers.whole_numbers(frame).itertuples(index=False)
    _fill(table, [list(frame.columns)] + [[_cell(v) for v in row] for row in rows])
    table.freeze_panes = "A2"
    info = book.create_sheet(tr("export.sheet.about", lang))
    _fill(info, [list(row) for row in about_rows])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cell(value):
    """A value openpyxl writes as is: missing values empty, numpy scalars as Python numbers."""
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def _fill(sheet, rows: list[list]) -> None:
    """Write ``rows``; text stays text (a leading '=' is no formula) and columns fit their content."""
    widths: dict[int, int] = {}
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"
            widths[c] = max(widths.get(c, 0), len(str(value)) if value is not None else 0)
    for c, width in widths.items():
        sheet.column_dimensions[get_column_letter(c)].width = min(max(width + 2, 8), 80)


def dataset_zip(root: Path) -> bytes:
    """Every table of ``root``/data as parquet and as CSV, the geo layers, the data dictionary, the Data Package
    (datapackage.json) of each (the parquet files' as built, the CSV copies' derived from it) and how to cite it.

    The zip keeps the repository's layout (data/, geo/), so the paths data/README.md names are right.
    In the CSV files text is quoted, an integer column with empty cells stays integer, and a text that starts like a
    formula gets a leading apostrophe (the parquet files keep it as is).
    """
    side = complete_side(root)  # a build's half-finished switch is read from its complete side
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        def add(name: str, content: bytes) -> None:
            archive.writestr(zipfile.ZipInfo(f"{ZIP_FOLDER}/{name}", _FIXED_TIME), content, zipfile.ZIP_DEFLATED)

        for text in ("README.md", "reference/PROVENANCE.md", "datapackage.json"):  # the dictionary, the figures' sources
            add(f"data/{text}", side.path(f"data/{text}").read_bytes())
        add("data/csv/datapackage.json", csv_datapackage(side.path("data/datapackage.json").read_bytes()))
        add("CITATION.cff", (root / "CITATION.cff").read_bytes())
        for path in side.glob("data", "*.parquet"):
            add(f"data/{path.name}", path.read_bytes())
            table = defused_frame(pd.read_parquet(path, dtype_backend="numpy_nullable"))
            add(f"data/csv/{path.stem}.csv", table.to_csv(index=False, quoting=csv.QUOTE_NONNUMERIC).encode(CSV_ENCODING))
        for path in side.glob("geo", "*.parquet"):
            add(f"geo/{path.name}", path.read_bytes())
    return out.getvalue()


def csv_datapackage(package: bytes) -> bytes:
    """data/datapackage.json for the CSV copies in data/csv/: each table's path and format, and the paths of its
    sources and licences, which stand one folder up."""
    described = json.loads(package)
    for entry in [described, *described["resources"]]:
        for item in entry.get("sources", []) + entry.get("licenses", []):
            item["path"] = f"../{item['path']}"
    for resource in described["resources"]:
        resource.update(path=f"{resource['name']}.csv", format="csv", encoding=CSV_ENCODING)
    return (json.dumps(described, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def dataset_zip_name(day: date) -> str:
    return f"{ZIP_FOLDER}_{day.isoformat()}.zip"
