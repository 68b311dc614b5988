"""The addendum reader: text, .docx and .pdf in, a clear refusal for anything else."""

import docx
import pytest
from pypdf import PdfWriter

from dashboard.builder.draft.reading import UnreadableAddendum, read_addendum


def test__read_addendum__txt_keeps_lines(tmp_path):
    path = tmp_path / "regio.txt"
    path.write_text("Regio-uitdagingen\n● Regio-uitdaging 1 gebaseerd op persona Saled\n", encoding="utf-8")
    assert read_addendum(path).splitlines()[1] == "● Regio-uitdaging 1 gebaseerd op persona Saled"


def test__read_addendum__docx_gives_paragraphs_and_table_rows(tmp_path):
    document = docx.Document()
    document.add_paragraph("Regio-uitdaging 1 gebaseerd op persona Roy")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Lancering addendum"
    table.rows[0].cells[1].text = "vrijdag 28 april 2023"
    path = tmp_path / "regio.docx"
    document.save(path)
    lines = read_addendum(path).splitlines()
    assert "Regio-uitdaging 1 gebaseerd op persona Roy" in lines
    assert "Lancering addendum vrijdag 28 april 2023" in lines


def test__read_addendum__pdf_without_text_is_refused(tmp_path):
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    path = tmp_path / "scan.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    with pytest.raises(UnreadableAddendum, match="no text layer"):
        read_addendum(path)


@pytest.mark.parametrize("name, content, reason", [
    ("regio.xlsx", b"PK", "unknown kind .xlsx"),
    ("regio.txt", "café".encode("latin-1"), "not UTF-8"),
    ("regio.docx", b"not a zip", "not a readable .docx"),
])
def test__read_addendum__bad_file_is_refused_with_reason(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableAddendum, match=reason):
        read_addendum(path)


def test__read_addendum__missing_file_is_named(tmp_path):
    with pytest.raises(UnreadableAddendum, match="no such file"):
        read_addendum(tmp_path / "absent.txt")
