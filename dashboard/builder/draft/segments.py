"""Cutting an addendum into statements, placed under the call's template headings.

The five addenda share the call's template: "Regio-uitdaging N ... gebaseerd op persona ...", "Resultaten
verrijking-sessies", "Arena-analyse", "Persona", "Andere lokale input" and the local timeline. A statement is a
bullet or a sentence; its text is verbatim (whitespace collapsed, the bullet sign left out), so it can be a quote.
"""

import re
from collections import Counter
from dataclasses import dataclass

from dashboard.domain.quotes import collapse_whitespace

# template heading -> section of the data contract (None: text that is not coded)
HEADINGS = [
    (re.compile(r"^Regio-uitdagingen\b", re.I), None),
    (re.compile(r"^Regio-uitdaging\s+(\d+)", re.I), "uitdaging"),
    (re.compile(r"^Algemene uitdagingen", re.I), "uitdaging"),  # region-wide challenges before the numbered ones
    (re.compile(r"^Resultaten verrijking", re.I), "verrijking"),
    (re.compile(r"^Arena-analyse", re.I), "arena-analyse"),
    (re.compile(r"^Persona(’s|'s)?\s*$", re.I), None),
    (re.compile(r"^Andere lokale input", re.I), "andere-lokale-input"),
    (re.compile(r"^Focus lokaal partnerschap", re.I), "focus"),
    (re.compile(r"^Lokale deadline kandidatuur", re.I), None),
]
RUNNING_HEADERS = {"Capacity Building Lokale Partnerschappen", "Lokaal Addendum"}  # the call template's page header
BULLET = re.compile(r"^\s*(?:[●•▪◦\-–*]|o(?=\s))\s*")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“‘(])")
PERSONA_LIST = re.compile(r"persona(?:’s|'s)?:?\s*(.+)$", re.I)
QUOTED_TITLE = re.compile(r"[“\"](.+?)[”\"]")


@dataclass(frozen=True)
class Unit:
    """One statement: a bullet or a sentence, with where it stands."""

    unit_id: int
    text: str  # verbatim, whitespace collapsed: usable as a quote
    section: str
    challenge_rank: int | None
    line: int  # first line in the file, counted from 1
    lead: str  # the line introducing its list ("De obstakels zijn:"), empty when none


@dataclass(frozen=True)
class ChallengeHeading:
    challenge_rank: int
    quote: str
    title: str | None  # the title the text gives, None when it gives none
    persona_names: list[str]
    line: int


def page_furniture(lines: list[str]) -> set[str]:
    """Lines that repeat on many pages (a running header) or are only a page number: a quote may not cross them."""
    stripped = [line.strip() for line in lines]
    counts = Counter(s for s in stripped if s and not BULLET.match(s))
    repeated = {s for s, n in counts.items() if n >= 3 and len(s) <= 60 and not s.endswith(":") and not _heading(s)[0]}
    return repeated | RUNNING_HEADERS | {s for s in stripped if s.isdigit()}


def _heading(text: str) -> tuple[bool, str | None, re.Match | None]:
    bare = BULLET.sub("", text).strip()
    for pattern, section in HEADINGS:
        match = pattern.match(bare)
        if match:
            return True, section, match
    return False, None, None


def challenge_headings(text: str) -> list[ChallengeHeading]:
    """The region's challenges as the template heads them, first occurrence of each rank (the persona
    chapter repeats them), with the persona names the heading gives (a heading may run onto the next line)."""
    lines = text.splitlines()
    found: dict[int, ChallengeHeading] = {}
    for number, line in enumerate(lines):
        is_heading, section, match = _heading(line.strip())
        if not is_heading or section != "uitdaging" or not match.groups():
            continue
        rank = int(match.group(1))
        if rank in found:
            continue
        heading = collapse_whitespace(BULLET.sub("", line))
        following = next((later.strip() for later in lines[number + 1:] if later.strip()), "")
        if heading.rstrip().endswith(("persona", ",", "en", "persona’s")) and following and not _heading(following)[0]:
            heading = collapse_whitespace(f"{heading} {following}")  # "..., Roy," then the rest of the names
        title = QUOTED_TITLE.search(heading)
        caps = re.search(r"Regio-uitdaging\s+\d+\s+([A-Z][A-Z\s\-]{3,}?)\s+gebaseerd", heading)
        names = PERSONA_LIST.search(heading)
        found[rank] = ChallengeHeading(
            rank, heading, title.group(1) if title else (caps.group(1).strip() if caps else None),
            re.findall(r"[A-Z][A-Za-z]+", names.group(1)) if names else [], number + 1)
    return [found[rank] for rank in sorted(found)]


def split_units(text: str) -> list[Unit]:
    """Every statement of the addendum in reading order, in the section and challenge it stands under."""
    lines = text.splitlines()
    furniture = page_furniture(lines)
    units: list[Unit] = []
    section, rank, lead, seen_ranks = None, None, "", set()
    buffer: list[str] = []
    start, in_bullet = 0, False

    def flush() -> None:
        nonlocal buffer, lead
        joined = collapse_whitespace(" ".join(buffer))
        buffer = []
        if not joined or section is None:
            return
        for sentence in SENTENCE_END.split(joined):
            sentence = sentence.strip()
            if len(sentence) >= 3:
                units.append(Unit(len(units), sentence, section, rank, start, lead))
        if joined.endswith(":"):
            lead = units[-1].text if units and units[-1].text.endswith(":") else joined

    for number, raw in enumerate(lines, start=1):
        stripped = raw.strip()
        is_heading, heading_section, match = _heading(stripped) if stripped else (False, None, None)
        if is_heading:
            flush()
            lead = ""
            if heading_section == "uitdaging" and match.groups():
                new_rank = int(match.group(1))
                section, rank = ("uitdaging", new_rank) if new_rank not in seen_ranks and section in (None, "uitdaging", "focus") else (None, None)
                seen_ranks.add(new_rank)
            else:
                section, rank = heading_section, None
            continue
        if stripped in furniture:
            flush()
            continue
        if not stripped:
            if buffer and buffer[-1].rstrip().endswith((".", ":", "!", "?", ";")):
                flush()
            continue
        if BULLET.match(raw) and not stripped.startswith("-" * 2):
            flush()
            start, in_bullet = number, True
            buffer = [BULLET.sub("", raw)]
            continue
        # a capital after a bullet is the text going on below the list, not the bullet's next line
        if buffer and (buffer[-1].rstrip().endswith(":") or (in_bullet and stripped[0].isupper()
                                                             and not buffer[-1].rstrip().endswith((",", "(")))):
            flush()
        if not buffer:
            start, in_bullet = number, False
        buffer.append(raw)
    flush()
    return units
