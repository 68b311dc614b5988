"""The parts of an addendum (uitdaging, verrijking, arena-analyse, ...), found from the texts' own headings.

Every addendum follows the call's template: a heading line such as "● Arena-analyse" opens a part
that runs until the next heading. Knowing where each part starts lets the Bronnen page filter a
search by part and say in which part a quote stands.
"""

import re
from dataclasses import dataclass

from dashboard.core.vocabularies import SECTIONS

# a heading is a line of its own, with or without a bullet; "Lokale Analyse" only groups the next parts
_HEADING_PATTERNS = {
    "werkingsgebied": r"Lokaal werkingsgebied\b.*",
    "uitdaging": r"Regio-uitdagingen",
    "verrijking": r"Resultaten verrijking(-sessies|sdag)",
    "arena-analyse": r"Arena-analyse",
    "persona": r"Persona(’s|'s)?",
    "andere-lokale-input": r"Andere lokale input",
    "timing": r"Lokale timing",
}
# the parts found by their heading, in the order of the template (SECTIONS); "focus" has no heading of its own
SECTION_IDS = tuple(s for s in SECTIONS if s in _HEADING_PATTERNS)
_HEADING = re.compile(
    r"^[ \t]*(?:●[ \t]*)?(?:" + "|".join(f"(?P<{s.replace('-', '_')}>{p})" for s, p in _HEADING_PATTERNS.items())
    + r")[ \t]*$", re.MULTILINE | re.IGNORECASE)


def section_label(section_id: str | None, lang: str) -> str:
    """The part's name in ``lang``; a dash for a quote not placed in its text (the text is missing)."""
    return SECTIONS.label(section_id, lang) if isinstance(section_id, str) else "—"


@dataclass(frozen=True)
class Section:
    section_id: str
    start: int  # character offset of the heading line
    end: int  # offset where the next part starts (or the end of the text)


def find_sections(text: str) -> list[Section]:
    """The parts of ``text`` in reading order; the title lines before the first heading count as werkingsgebied."""
    starts = [(0, "werkingsgebied")]
    for match in _HEADING.finditer(text):
        section_id = next(name for name, value in match.groupdict().items() if value is not None).replace("_", "-")
        if section_id != starts[-1][1]:
            starts.append((match.start(), section_id))
    ends = [start for start, _ in starts[1:]] + [len(text)]
    return [Section(section_id, start, end) for (start, section_id), end in zip(starts, ends)]


def section_at(sections: list[Section], offset: int) -> Section:
    """The part holding the character at ``offset``."""
    return next(s for s in sections if s.start <= offset < s.end) if offset < sections[-1].end else sections[-1]
