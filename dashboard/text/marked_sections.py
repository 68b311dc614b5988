"""Generated parts of a Markdown file that people also write in by hand (benchmarks/RESULTS.md).

Each generated part stands between two HTML comments that name it (``<!-- name:start -->`` and
``<!-- name:end -->``, invisible on GitHub), and the tool that writes it replaces that part alone: a
before/after written by hand beside it, or another tool's part, is never lost.
"""

from pathlib import Path


def markers(name: str) -> tuple[str, str]:
    """The comments that open and close the part ``name``."""
    return f"<!-- {name}:start -->", f"<!-- {name}:end -->"


def replace_section(document: str, name: str, text: str) -> str:
    """``document`` with its part ``name`` replaced by ``text`` (between its markers), in its place; added at the end
    when ``document`` has no such part. A part opened and not closed (or the other way round) is refused: replacing it
    would cut whatever stands after it."""
    start, end = markers(name)
    section = f"{start}\n{text.strip(chr(10))}\n{end}"
    counts = document.count(start), document.count(end)
    if counts == (0, 0):
        return (document.rstrip("\n") + "\n\n" if document.strip() else "") + section + "\n"
    before, _, rest = document.partition(start)
    if counts != (1, 1) or end not in rest:
        raise ValueError(f"the part {name!r} is not marked once, start before end ({counts[0]} × {start}, "
                         f"{counts[1]} × {end}): mend the markers by hand, nothing was written")
    return before + section + rest.partition(end)[2]


def write_section(path: Path, name: str, text: str) -> None:
    """Replace the part ``name`` of the file at ``path`` with ``text`` (replace_section); a missing file is begun."""
    document = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(replace_section(document, name, text), encoding="utf-8")
