"""What the Persona's page shows: how often each persona is cited (three measures, or per region), every persona's
profile in a line, and for the persona chosen what the texts say of it and of its groups, with the obstacles
named with it. Every quote comes with the fact it stands for, so the page can link it to its source."""

from dataclasses import dataclass

import pandas as pd

from dashboard.core.params import PARAMS
from dashboard.core.regions import region_names
from dashboard.core.scope import Scope
from dashboard.core.vocabularies import ROBUSTNESS
from dashboard.domain.personas import (persona_citations, persona_description, persona_frequency, persona_lines,
                                       persona_obstacle_counts, persona_obstacles, persona_profiles, persona_region_matrix,
                                       persona_statements)
from dashboard.figures.chart import Chart
from dashboard.figures.persona_charts import persona_bars, persona_region_bars, persona_region_dots
from dashboard.figures.style import region_colours, told_by_hue
from dashboard.text.curated_text import column_in_language
from dashboard.text.i18n import localise_columns, tr
from dashboard.text.markdown_text import escape
from dashboard.text.numbers import number

MEASURES = {measure: f"col.{measure}" for measure in PARAMS["measure"].values}  # how a persona is counted -> its label


@dataclass(frozen=True)
class Quoted:
    """A line of text, the quote it rests on, and the fact it stands for (Markdown, escaped)."""

    text: str
    quote: str
    fact_id: str


@dataclass(frozen=True)
class PersonaDetail:
    description: Quoted | None  # who the texts say the persona is
    flagged: list[Quoted]  # statements that contradict another text
    citations: pd.DataFrame  # the challenges citing it, localised
    statements: list[tuple[str, list[tuple[str, str, list[Quoted]]]]]  # per region: (heading, help, lines) per block


def frequency_chart(scope: Scope, measure: str, lang: str) -> Chart:
    """The personas cited, most cited on top, counted by ``measure`` (a key of MEASURES); the chosen one stands out."""
    return persona_bars(persona_frequency(scope), measure, tr(MEASURES[measure], lang), tr("personas.title", lang),
                        highlight=scope.persona_id, lines=persona_lines(scope.ds, lang), columns={"name": "col.persona", **MEASURES},
                        lang=lang)


def region_chart(scope: Scope, lang: str) -> Chart:
    """Per persona, a segment for each region citing it (at the rank of its challenge); past five regions, a dot under
    each region's name instead, since no reader tells that many hues apart."""
    ds, matrix = scope.ds, persona_region_matrix(scope)
    names, lines = region_names(ds).to_dict(), persona_lines(ds, lang)
    if not told_by_hue(len(matrix.columns)):
        return persona_region_dots(matrix, names, tr("personas.by_region_dots", lang), tr("col.challenge_rank", lang), lines, lang=lang)
    return persona_region_bars(matrix, names, region_colours(list(ds.tables["regions"]["region_id"])), tr("personas.by_region", lang),
                               tr("col.challenge_rank", lang), tr("personas.regions_citing", lang), lines, lang=lang)


def profile_table(scope: Scope, lang: str) -> pd.DataFrame:
    """Every persona's profile in one line, under headings in ``lang``."""
    return localise_columns(persona_profiles(scope, lang), {
        "name": "col.persona", "description": "personas.col.description", "where": "personas.col.where",
        "statements": "personas.col.statements", "group_statements": "personas.col.group_statements",
        "flagged": "personas.col.flagged"}, lang)


def persona_detail(scope: Scope, name: str, lang: str) -> PersonaDetail:
    """What the texts say of the persona chosen (``name``): its description, contradictions, the challenges citing
    it, and per region what is said of the persona itself apart from what is said of its groups (by challenge)."""
    described = persona_description(scope, lang)
    description = None if not described else Quoted(
        tr("personas.description", lang, line=escape(described["line"]), region=escape(described["region"])),
        f"“{escape(described['quote'])}”", described["fact_id"])
    statements = persona_statements(scope, lang)
    flagged = [Quoted(tr("personas.flagged", lang, region=escape(row.region), note=escape(row.note)), "", row.fact_id)
               for row in statements[statements["is_flagged"]].itertuples()]
    citations = persona_citations(scope)
    citations = citations.assign(title=column_in_language(citations, "title", lang)).drop(columns="title_en")
    titles = citations.set_index(["region", "challenge_rank"])["title"]
    blocks = []
    for region, said in statements.groupby("region", sort=False):
        own = said[said["fact_level"] == "persona"]
        parts = [(tr("personas.own", lang, name=name), "", _lines(own))] if not own.empty else []
        parts += [(tr("personas.group", lang, rank=rank, title=escape(titles.get((region, rank), ""))),
                   tr("personas.group_help", lang, name=name), _lines(group))
                  for rank, group in said[said["fact_level"] == "group"].groupby("challenge_rank")]
        blocks.append((escape(region), parts))
    return PersonaDetail(description, flagged, localise_columns(citations, {
        "region": "col.region", "challenge_rank": "col.challenge_rank", "title": "col.title", "persona_rank": "col.persona_rank",
        "quote": "col.quote"}, lang), blocks)


def obstacle_lines(scope: Scope, lang: str) -> list[tuple[str, str, list[Quoted]]]:
    """The obstacles of the chosen persona's challenges ranked by emphasis: (line, obstacle_id, its quotes), with †
    and how the rank moves where it depends on the measure."""
    obstacles = persona_obstacles(scope, lang)
    lines = []
    for row in persona_obstacle_counts(scope, obstacles).itertuples():
        depends = "" if row.rank_robustness == "holds" else f" † {ROBUSTNESS.label('depends', lang)}: " + tr(
            "robust.across", lang, e=row.emphasis_rank, r=row.regions_rank, m=row.mentions_rank)
        quotes = [Quoted(tr("personas.obstacle_quote", lang, region=escape(q.region), rank=q.challenge_rank, quote=escape(q.quote)),
                         "", q.fact_id) for q in obstacles[obstacles["obstacle_id"] == row.obstacle_id].itertuples()]
        lines.append((tr("personas.obstacle_line", lang, rank=row.emphasis_rank, obstacle=row.obstacle,
                         share=number(row.emphasis, lang, 1), regions=row.regions, mentions=row.mentions) + depends,
                      row.obstacle_id, quotes))
    return lines


def _lines(rows: pd.DataFrame) -> list[Quoted]:
    """Each statement with a flag mark where another text contradicts it, and its quote."""
    return [Quoted(f"- {escape(row.statement)}" + (" ⚠️" if row.is_flagged else ""), f"“{escape(row.quote)}”", row.fact_id)
            for row in rows.itertuples()]
