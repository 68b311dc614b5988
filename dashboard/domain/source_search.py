"""What the Bronnen page lists: search hits in the texts, grouped into readable snippets (the facts the
filters keep are dashboard.core.scope's); and reading a place in a source ("westhoek:114") from the URL."""

from dataclasses import dataclass

import pandas as pd

from dashboard.domain.evidence import Passage, SourceTexts, passage_around, passage_at_line
from dashboard.domain.sections import section_at
from dashboard.domain.text_search import find_all, line_number

SNIPPET_CHARS = 160  # text shown on each side of a hit


@dataclass(frozen=True)
class Opened:
    """The passage a link opens, the fact it opens (if any) with its quote to highlight, and the names of its
    unknown URL parameters ("fact", "place": dashboard.core.params)."""

    passage: Passage | None
    fact: pd.Series | None
    marks: list[tuple[int, int]]
    unknown: list[str]


@dataclass(frozen=True)
class Snippet:
    source_id: str
    start: int
    end: int
    hits: list[tuple[int, int]]
    section_id: str
    line: int  # line of the first hit


def search_hits(sources: SourceTexts, query: str, source_ids: list[str], section_ids: list[str]) -> pd.DataFrame:
    """Every occurrence of ``query`` (case, accents and line breaks ignored) in the sources and parts asked for."""
    rows = []
    for source_id in source_ids:
        if source_id not in sources.texts:
            continue
        for start, end in find_all(sources.folded[source_id], query):
            section_id = section_at(sources.sections[source_id], start).section_id
            if not section_ids or section_id in section_ids:
                rows.append({"source_id": source_id, "start": start, "end": end, "section_id": section_id,
                             "line": line_number(sources.texts[source_id], start)})
    return pd.DataFrame(rows, columns=["source_id", "start", "end", "section_id", "line"])


def snippets(sources: SourceTexts, hits: pd.DataFrame) -> list[Snippet]:
    """The hits of one source cut into snippets of whole words around them; hits close together share one."""
    found: list[Snippet] = []
    for hit in hits.itertuples():
        text = sources.texts[hit.source_id]
        last = found[-1] if found else None
        if last and last.source_id == hit.source_id and hit.end <= last.end:
            last.hits.append((hit.start, hit.end))
            continue
        start = text.rfind(" ", 0, max(0, hit.start - SNIPPET_CHARS)) + 1
        end = text.find(" ", min(len(text), hit.end + SNIPPET_CHARS))
        found.append(Snippet(hit.source_id, start, len(text) if end < 0 else end, [(hit.start, hit.end)],
                             hit.section_id, hit.line))
    return found


def opened_passage(sources: SourceTexts, facts: pd.DataFrame, fact_value: str, place_value: str) -> Opened:
    """What a link asks to open: a fact (its id) wins over a place (``source_id:line``); unknown values listed."""
    fact = facts[facts["fact_id"] == fact_value]
    fact = None if fact.empty else fact.iloc[0]
    if fact is not None and pd.notna(fact["start"]):
        passage = passage_around(sources, fact["source_id"], int(fact["start"]), int(fact["end"]))
        return Opened(passage, fact, [(int(fact["start"]), int(fact["end"]))], [])
    source_id, _, line = place_value.rpartition(":")
    passage = passage_at_line(sources, source_id, int(line)) if line.isdigit() and len(line) < 7 else None
    unknown = [key for key, value, found in (("fact", fact_value, fact is not None), ("place", place_value, passage))
               if value and not found]
    return Opened(passage, fact, [], unknown)


def counts_by_part(rows: pd.DataFrame, region_of_source: dict[str, str]) -> pd.DataFrame:
    """(region_id, section_id, n): how many hits or facts stand in each part of each region's text."""
    regions = rows["source_id"].map(region_of_source)
    return rows.assign(region_id=regions).groupby(["region_id", "section_id"]).size().rename("n").reset_index()
