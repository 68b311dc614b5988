"""What the Bronnen page shows: the passage a link opens with the facts taken from it, where the hits (or the facts
the filters keep) stand per region and part of the text, the hits in context and the facts as a table."""

from dataclasses import dataclass

import pandas as pd

from dashboard.core.data import Dataset
from dashboard.core.regions import region_names
from dashboard.domain.attribution import source_line
from dashboard.domain.evidence import SourceTexts, distinct_facts, facts_in
from dashboard.domain.sections import SECTION_IDS, section_label
from dashboard.domain.source_search import Opened, counts_by_part, snippets
from dashboard.domain.text_search import find_all
from dashboard.figures.chart import Chart
from dashboard.figures.section_bars import section_bars
from dashboard.text.i18n import tr
from dashboard.text.markdown_text import marked

SHOWN_PER_REGION = 12  # snippets listed per region before "and n more"
FACT_COLUMNS = {"region": "col.region", "part": "col.section", "detail": "sources.col.fact", "quote": "col.quote",
                "line": "sources.col.line"}


@dataclass(frozen=True)
class PassageView:
    heading: str  # where the passage stands: region, part, line
    text: str  # the passage as Markdown, the fact's quote (or the search's hits) highlighted
    reveal: str  # what the scroll to the highlight is keyed by (it scrolls again when this changes)
    source: str
    facts: pd.DataFrame  # the facts taken from the passage (fact_id, detail), the opened one first
    opened_fact: str | None  # its id


@dataclass(frozen=True)
class HitGroup:
    heading: str  # the region, with its number of hits
    hits: list[tuple[str, str, str]]  # (snippet as Markdown, label of the link to its place, the place source_id:line)
    more: int  # hits of the region beyond those listed


def opened_view(ds: Dataset, sources: SourceTexts, facts: pd.DataFrame, opened: Opened, query: str, lang: str) -> PassageView:
    """The passage ``opened`` (dashboard.domain.source_search.opened_passage), highlighting the fact's quote or else
    the ``query``'s hits in it."""
    passage = opened.passage
    region_id = ds.tables["sources"].set_index("source_id")["region_id"][passage.source_id]
    marks = opened.marks or [h for h in find_all(sources.folded[passage.source_id], query) if passage.start <= h[0] < passage.end]
    fact_id = opened.fact["fact_id"] if opened.fact is not None else None
    return PassageView(tr("sources.passage", lang, region=region_names(ds)[region_id],
                          section=section_label(passage.section_id, lang), line=passage.line),
                       marked(sources.texts[passage.source_id], marks, passage.start, passage.end), f"{passage.source_id} {marks}",
                       source_line(ds, [region_id], lang), distinct_facts(facts_in(facts, passage), fact_id), fact_id)


def parts_chart(ds: Dataset, rows: pd.DataFrame, region_ids: list[str], lang: str) -> Chart:
    """How many of ``rows`` (hits or facts, with source_id and section_id) stand in each part of each region's text."""
    names = region_names(ds)
    counts = counts_by_part(rows, ds.tables["sources"].set_index("source_id")["region_id"].to_dict())
    counts = counts.assign(region=counts["region_id"].map(names), part=counts["section_id"].map(lambda s: section_label(s, lang)))
    return section_bars(counts, [names[r] for r in region_ids], [section_label(s, lang) for s in SECTION_IDS],
                        tr("sources.count", lang), tr("sources.by_part", lang),
                        columns={"region": "col.region", "part": "col.section", "n": "sources.count"}, lang=lang)


def hit_groups(ds: Dataset, sources: SourceTexts, hits: pd.DataFrame, region_ids: list[str], lang: str) -> list[HitGroup]:
    """Per region, its hits in context (the first SHOWN_PER_REGION), each with the link to its place."""
    names, found = region_names(ds), snippets(sources, hits)
    source_of = {region_id: source_id for source_id, region_id in ds.tables["sources"][["source_id", "region_id"]].values}
    groups = []
    for region_id in region_ids:
        mine = [snippet for snippet in found if snippet.source_id == source_of[region_id]]
        heading = tr("sources.hits_in", lang, region=names[region_id], n=int((hits["source_id"] == source_of[region_id]).sum()))
        listed = [("… " + marked(sources.texts[s.source_id], s.hits, s.start, s.end) + " …",
                   tr("sources.open_place", lang, section=section_label(s.section_id, lang), line=s.line), f"{s.source_id}:{s.line}")
                  for s in mine[:SHOWN_PER_REGION]]
        groups.append(HitGroup(heading, listed, max(0, len(mine) - SHOWN_PER_REGION)))
    return groups


def fact_table(ds: Dataset, rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The facts ``rows`` with their region and part named (FACT_COLUMNS and fact_id)."""
    named = rows.assign(region=rows["region_id"].map(region_names(ds)), part=rows["section_id"].map(lambda s: section_label(s, lang)))
    return named[["fact_id", *FACT_COLUMNS]]
