"""Every fact of the dataset placed in its source text: where its quote stands, in which part, and what
surrounds it, so a reader can go from a figure to the sentence behind it and from a passage to its facts.

A fact is one row of a table whose resource names its fact identity (dashboard.core.resources). Its id,
``table:region:hash``, hashes those columns (what the row states) and the quote, so links stay valid when the
dataset is rebuilt unchanged.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from dashboard.text.curated_text import in_language
from dashboard.core.data import Dataset
from dashboard.core.resources import RESOURCES, fact_tables
from dashboard.core.vocabularies import EVENTS, LINK_KINDS
from dashboard.core.switch import complete_side
from dashboard.text.dates import dates_text
from dashboard.text.i18n import tr
from dashboard.text.numbers import cell
from dashboard.domain.sections import Section, find_sections, section_at
from dashboard.core.taxonomy import labels, persona_names
from dashboard.domain.text_search import Folded, fold, line_number, line_offset, quote_spans

FACT_COLUMNS = ["fact_id", "table", "region_id", "source_id", "challenge_rank", "persona_id", "obstacle_id",
                "service_type_id", "detail", "quote", "start", "end", "section_id", "line"]
CONTEXT_CHARS = 500  # text shown on each side of a quote, cut at whole lines and at the part's edges


@dataclass(frozen=True)
class SourceTexts:
    texts: dict[str, str]  # source_id -> text
    sections: dict[str, list[Section]]
    folded: dict[str, Folded]  # the texts folded for searching
    missing: dict[str, Path]  # source_id -> the file that could not be read


@dataclass(frozen=True)
class Passage:
    source_id: str
    start: int
    end: int
    section_id: str
    line: int


def read_source_texts(ds: Dataset, root: Path) -> SourceTexts:
    """The addenda under ``root``/data/sources (of the dataset's complete side while a build's switch is
    half-finished), one per row of the sources table; unreadable ones listed."""
    texts, missing, side = {}, {}, complete_side(root)
    for source_id in ds.tables["sources"]["source_id"]:
        path = side.path(f"data/sources/{source_id}.txt")
        try:
            texts[source_id] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            missing[source_id] = path
    return SourceTexts(texts, {s: find_sections(t) for s, t in texts.items()}, {s: fold(t) for s, t in texts.items()}, missing)


def fact_id(table: str, row: dict) -> str:
    resource = RESOURCES[table]
    identity = "|".join(str(row[k]) for k in [*resource.fact_identity, resource.quote])
    return f"{table}:{row['region_id']}:{hashlib.sha1(identity.encode()).hexdigest()[:8]}"


def fact_index(ds: Dataset, sources: SourceTexts, lang: str) -> pd.DataFrame:
    """One row per fact: its id, what it states (``detail``, in ``lang``), and where its quote stands.

    A quote found more than once is placed in the part its row names, else at its first occurrence;
    a fact whose source text is missing keeps empty offsets.
    """
    rows = []
    for table, resource in fact_tables().items():
        quote_column = resource.quote
        for row in ds.tables[table].to_dict("records"):
            fact = {"fact_id": fact_id(table, row), "table": table, "region_id": row["region_id"],
                    "source_id": row["source_id"], "quote": row[quote_column], "detail": _detail(ds, table, row, lang)}
            fact.update({k: row.get(k) for k in ("challenge_rank", "persona_id", "obstacle_id", "service_type_id")})
            fact.update(_place(sources, row["source_id"], row[quote_column], row.get("section")))
            rows.append(fact)
    frame = pd.DataFrame(rows).reindex(columns=FACT_COLUMNS)
    frame["challenge_rank"] = pd.to_numeric(frame["challenge_rank"]).astype("Int64")
    return frame.drop_duplicates("fact_id").reset_index(drop=True)


def _place(sources: SourceTexts, source_id: str, quote: str, section: str | None) -> dict:
    text = sources.texts.get(source_id)
    spans = quote_spans(quote, text) if text is not None else []
    if not spans:
        return {}
    parts = sources.sections[source_id]
    start, end = next((s for s in spans if section_at(parts, s[0]).section_id == section), spans[0])
    return {"start": start, "end": end, "section_id": section_at(parts, start).section_id,
            "line": line_number(text, start)}


def _detail(ds: Dataset, table: str, row: dict, lang: str) -> str:
    """What the row states, in a few words: the label of what the quote is evidence for."""
    match table:
        case "challenges":
            return tr("sources.fact.challenge", lang, rank=row["challenge_rank"], title=in_language(row, "title", lang))
        case "persona_facts":
            name = persona_names(ds)[row["persona_id"]]
            return tr(f"sources.fact.{row['fact_level']}_fact", lang, name=name, statement=in_language(row, "statement", lang))
        case "persona_descriptions":
            name = persona_names(ds)[row["persona_id"]]
            return tr("sources.fact.persona_fact", lang, name=name, statement=in_language(row, "profile", lang))
        case "region_caveats":
            return tr("sources.fact.region_caveat", lang, caveat=in_language(row, "caveat", lang))
        case "region_target_groups":
            return tr(f"sources.fact.scope.{row['scope_aspect']}", lang, label=in_language(row, "target_group", lang))
        case "region_plans":
            return tr(f"sources.fact.plan.{row['plan_aspect']}", lang, label=in_language(row, "plan", lang))
        case "region_obstacles":
            return tr("sources.fact.obstacle", lang, label=labels(ds, "obstacles", lang)[row["obstacle_id"]])
        case "region_service_types":
            return tr("sources.fact.service_type", lang, label=labels(ds, "service_types", lang)[row["service_type_id"]])
        case "obstacle_service_links":
            return tr("sources.fact.link", lang, obstacle=labels(ds, "obstacles", lang)[row["obstacle_id"]],
                      service=labels(ds, "service_types", lang)[row["service_type_id"]], how=LINK_KINDS.label(row["link_kind"], lang))
        case "service_type_caveats":
            return tr("sources.fact.caveat", lang, label=labels(ds, "service_types", lang)[row["service_type_id"]],
                      caveat=in_language(row, "caveat", lang))
        case "emphasis_examples":
            named = labels(ds, f"{row['kind']}s", lang)
            return tr("sources.fact.stresses", lang, labels=", ".join(named[c] for c in row["category_ids"].split("; ")))
        case "timeline":
            return tr("sources.fact.timeline", lang, event=EVENTS.label(row["event"], lang),
                      date=dates_text(row["start_date"], row["end_date"], lang))
        case "municipalities":
            return tr("sources.fact.municipality", lang, name=row["name"])
        case "region_figures":
            unit = row["unit"] if pd.notna(row["unit"]) else ""
            return tr("sources.fact.figure", lang, value=cell(row["value"], lang), unit=unit)
        case _:
            return tr("sources.fact.method", lang, summary=in_language(row, "method_summary", lang))


def passage_around(sources: SourceTexts, source_id: str, start: int, end: int) -> Passage:
    """The stretch of text around ``start:end``: whole lines, up to CONTEXT_CHARS each side, within one part."""
    text = sources.texts[source_id]
    part = section_at(sources.sections[source_id], start)
    before = max(part.start, text.rfind("\n", part.start, max(part.start, start - CONTEXT_CHARS)) + 1)
    after = text.find("\n", min(part.end, end + CONTEXT_CHARS), part.end)
    after = max(end, part.end if after < 0 else after)
    return Passage(source_id, before, after, part.section_id, line_number(text, start))


def passage_at_line(sources: SourceTexts, source_id: str, line: int) -> Passage | None:
    """The passage around 1-based ``line`` of a source, None when there is no such source or line."""
    text = sources.texts.get(source_id)
    offset = line_offset(text, line) if text is not None else None
    if offset is None or offset >= len(text):
        return None
    line_end = text.find("\n", offset)
    return passage_around(sources, source_id, offset, len(text) if line_end < 0 else line_end)


def facts_in(facts: pd.DataFrame, passage: Passage) -> pd.DataFrame:
    """The facts whose quote lies wholly within ``passage``, in reading order."""
    inside = facts[(facts["source_id"] == passage.source_id) & (facts["start"] >= passage.start)
                   & (facts["end"] <= passage.end)]
    return inside.sort_values(["start", "table"])


def distinct_facts(facts: pd.DataFrame, keep_id: str | None = None) -> pd.DataFrame:
    """``facts`` with each fact said once: the same link or service type quoted under several challenges
    reads the same, so only its first row stays (the row ``keep_id`` wins over its twins); order kept."""
    first = facts.assign(_mine=facts["fact_id"] == keep_id).sort_values("_mine", ascending=False, kind="stable")
    return facts.loc[sorted(first.drop_duplicates("detail").index, key=list(facts.index).index)]
