"""The one reader of the build's input files: every way a file can be unreadable or unsafe is a Problem.

Text, YAML and CSV all pass through `read_text`, which refuses files outside the input folder
(a symbolic link leaving it), files over a size cap, text that is not UTF-8 or holds NUL bytes,
and empty files; a UTF-8 byte-order mark (what Excel writes) is dropped. The YAML loader is
PyYAML's safe loader that also refuses aliases (so an "alias bomb" cannot expand), refuses deep
nesting, reports duplicate keys instead of letting the later value win, and leaves dates as text
so the record models report an impossible date by record rather than the parser by traceback.
"""

import csv
import io
import os
from pathlib import Path

import yaml

from dashboard.builder.problems import Problem
from dashboard.core.paths import ROOT

MAX_BYTES = 2_000_000  # the largest input (a region file) is under 100 KB
MAX_DEPTH = 20  # a region file nests 4 levels (file, list, record, list of ids)
BOM = "\ufeff"
TIMESTAMP = "tag:yaml.org,2002:timestamp"


def display_path(path: Path) -> str:
    """The path as an editor would type it: relative to the repository when inside it.

    Symbolic links are not followed, so a problem names the link the editor sees.
    """
    absolute = Path(os.path.abspath(path))
    return str(absolute.relative_to(ROOT)) if absolute.is_relative_to(ROOT) else str(path)


def outside(path: Path, within: Path | None, problems: list[Problem]) -> bool:
    """True, with a problem, when ``path`` is a symbolic link (or lies under one) that leaves ``within``."""
    if within is None or path.resolve().is_relative_to(within.resolve()):
        return False
    problems.append(Problem(display_path(path), "", f"is a symbolic link to {path.resolve()}, outside {display_path(within)}; "
                                                     "the build reads only files inside it (copy the file in instead)"))
    return True


def read_text(path: Path, problems: list[Problem], within: Path | None = None) -> str | None:
    """The file's UTF-8 text without a byte-order mark, or None with a problem naming the file."""
    name = display_path(path)
    if outside(path, within, problems):
        return None
    if not path.is_file():
        problems.append(Problem(name, "", "file is missing"))
        return None
    size = path.stat().st_size
    if size > MAX_BYTES:
        problems.append(Problem(name, "", f"file is {size:,} bytes, over the limit of {MAX_BYTES:,} for an input file"))
        return None
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        problems.append(Problem(name, _line(raw, err.start), "file is not UTF-8 text; save it as UTF-8"))
        return None
    if "\x00" in text:
        problems.append(Problem(name, _line(raw, raw.index(b"\x00")), "file holds a NUL byte; save it as plain UTF-8 text"))
        return None
    text = text.removeprefix(BOM)
    if not text.strip():
        problems.append(Problem(name, "", "file is empty"))
        return None
    return text


def _line(raw: bytes, offset: int) -> str:
    newlines = raw[:offset].count(b"\n")
    return f"line {newlines + 1}"


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader without aliases, deep nesting, duplicate keys or implicit dates."""

    yaml_implicit_resolvers = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag != TIMESTAMP]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def __init__(self, stream):
        super().__init__(stream)
        self.depth = 0
        self.duplicates: list[tuple[str, int, int]] = []  # (key, line, line of its first use)

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, f"aliases (*{event.anchor}) are not allowed; write the value out",
                                              event.start_mark)
        if self.depth >= MAX_DEPTH:
            raise yaml.composer.ComposerError(None, None, f"nested more than {MAX_DEPTH} levels deep", event.start_mark)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_mapping(self, node, deep=False):
        first_use: dict = {}
        for key_node, _ in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            line = key_node.start_mark.line + 1
            if key in first_use:
                self.duplicates.append((key, line, first_use[key]))
            elif key is not None:
                first_use[key] = line
        return super().construct_mapping(node, deep)


def read_yaml(path: Path, problems: list[Problem], within: Path | None = None):
    """The parsed YAML document, or None with problems naming the line of each fault."""
    text = read_text(path, problems, within)
    if text is None:
        return None
    name = display_path(path)
    try:
        loader = _Loader(text)  # the reader refuses control characters here, before any parsing
    except yaml.reader.ReaderError as err:
        problems.append(_unreadable_character(name, path.read_bytes(), text, err))
        return None
    try:
        data = loader.get_single_data()
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else ""
        problems.append(Problem(name, where, f"YAML syntax error: {getattr(err, 'problem', err)}"))
        return None
    finally:
        loader.dispose()
    for key, line, first in loader.duplicates:
        problems.append(Problem(name, f"line {line}", f"duplicate key {key!r} (first at line {first}); "
                                                      "the later value would silently replace the earlier"))
    if loader.duplicates:
        return None
    if data is None:
        problems.append(Problem(name, "", "file holds no YAML data, only comments or blank lines"))
    return data


def _unreadable_character(name: str, raw: bytes, text: str, err: yaml.reader.ReaderError) -> Problem:
    """A character YAML may not hold (a control character), named with its line and byte offset in the file."""
    offset = len(raw) - len(text.encode("utf-8")) + len(text[:err.position].encode("utf-8"))  # after a byte-order mark
    code = f"U+{err.character:04X}" if isinstance(err.character, int) else repr(err.character)
    return Problem(name, f"{_line(raw, offset)}, byte {offset}",
                   f"holds the control character {code}, which YAML does not allow; remove it (an editor that shows "
                   "invisible characters finds it)")


def read_csv(path: Path, required: list[str], problems: list[Problem],
             within: Path | None = None) -> list[tuple[str, dict]] | None:
    """Rows as (record label, dict) with labels "row N" counting the header as row 1.

    Returns None with a problem when a required column is missing, a row has the wrong number
    of fields or a field is longer than the csv module allows.
    """
    text = read_text(path, problems, within)
    if text is None:
        return None
    name = display_path(path)
    reader = csv.DictReader(io.StringIO(text))
    rows, ok, number = [], True, 0
    try:
        missing = [c for c in required if c not in (reader.fieldnames or [])]
        if missing:
            problems.append(Problem(name, "row 1", f"missing column(s): {', '.join(missing)}"))
            return None
        for number, row in enumerate(reader, start=2):
            if None in row or None in row.values():
                problems.append(Problem(name, f"row {number}", f"expected {len(reader.fieldnames)} fields, found a different number"))
                ok = False
                continue
            rows.append((f"row {number}", row))
    except csv.Error as err:
        limit = csv.field_size_limit()
        message = f"a field is longer than {limit:,} characters, the CSV reader's limit" if "field limit" in str(err) else f"CSV error: {err}"
        problems.append(Problem(name, f"row {number + 1}", message))
        return None
    return rows if ok else None
