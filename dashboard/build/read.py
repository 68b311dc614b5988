"""Read curated and reference files, turning every way a file can be unreadable into a Problem."""

import csv
import io
from pathlib import Path

import yaml

from dashboard.build.problems import Problem
from dashboard.paths import ROOT


def display_path(path: Path) -> str:
    """The path as an editor would type it: relative to the repository when inside it."""
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def read_text(path: Path, problems: list[Problem]) -> str | None:
    """The file's UTF-8 text, or None with a problem when it is missing, not UTF-8 or empty."""
    name = display_path(path)
    if not path.is_file():
        problems.append(Problem(name, "", "file is missing"))
        return None
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        problems.append(Problem(name, f"line {line}", "file is not UTF-8 text; save it as UTF-8"))
        return None
    if not text.strip():
        problems.append(Problem(name, "", "file is empty"))
        return None
    return text


def read_yaml(path: Path, problems: list[Problem]):
    """The parsed YAML document, or None with a problem naming the line of a syntax error."""
    text = read_text(path, problems)
    if text is None:
        return None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else ""
        problems.append(Problem(display_path(path), where, f"YAML syntax error: {getattr(err, 'problem', err)}"))
        return None


def read_csv(path: Path, required: list[str], problems: list[Problem]) -> list[tuple[str, dict]] | None:
    """Rows as (record label, dict) with labels "row N" counting the header as row 1.

    Returns None with a problem when a required column is missing or a row has the wrong
    number of fields.
    """
    text = read_text(path, problems)
    if text is None:
        return None
    name = display_path(path)
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in required if c not in (reader.fieldnames or [])]
    if missing:
        problems.append(Problem(name, "row 1", f"missing column(s): {', '.join(missing)}"))
        return None
    rows, ok = [], True
    for number, row in enumerate(reader, start=2):
        if None in row or None in row.values():
            problems.append(Problem(name, f"row {number}", f"expected {len(reader.fieldnames)} fields, found a different number"))
            ok = False
            continue
        rows.append((f"row {number}", row))
    return rows if ok else None
