"""Reading an addendum into plain text: .txt as it is, .pdf through pypdf, .docx through python-docx."""

from pathlib import Path


class UnreadableAddendum(ValueError):
    """The file cannot be read as an addendum; the message says why and what to do."""


def read_addendum(path: Path) -> str:
    """The addendum's text, lines kept; raises UnreadableAddendum with a reason a curator can act on."""
    if not path.is_file():
        raise UnreadableAddendum(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix == ".txt":
        try:
            return path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as error:
            raise UnreadableAddendum(f"{path}: not UTF-8 text (byte {error.start}); save it as UTF-8") from error
    if suffix == ".pdf":
        return _pdf_text(path)
    if suffix == ".docx":
        return _docx_text(path)
    raise UnreadableAddendum(f"{path}: unknown kind {suffix or '(none)'}; give a .txt, .pdf or .docx file")


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        pages = [page.extract_text() or "" for page in PdfReader(path).pages]
    except (PdfReadError, OSError) as error:
        raise UnreadableAddendum(f"{path}: not a readable PDF ({error})") from error
    text = "\n".join(pages)
    if not text.strip():
        raise UnreadableAddendum(f"{path}: the PDF holds no text layer (a scan?); give its text as .txt")
    return text


def _docx_text(path: Path) -> str:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise UnreadableAddendum(f"{path}: not a readable .docx ({error})") from error
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:  # the template's tables (timeline, problem-offer pairs) row by row
        lines += [" ".join(cell.text for cell in row.cells) for row in table.rows]
    return "\n".join(lines)
