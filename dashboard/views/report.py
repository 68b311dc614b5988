"""The one-page region report: what one addendum says, in short lists that fit a printed page.

Pure functions over a scope of one region; the counts respect the persona and obstacle filters the
same way the Vergelijken and Diensten pages do.
"""

from dataclasses import dataclass
from datetime import date

import pandas as pd

from dashboard.core.counting import counts
from dashboard.core.data import Dataset
from dashboard.text.curated_text import column_in_language
from dashboard.text.i18n import tr
from dashboard.text.markdown_text import escape
from dashboard.text.numbers import number
from dashboard.core.regions import region_summary
from dashboard.core.scope import Scope
from dashboard.core.indicators import FLANDERS
from dashboard.domain.poverty import latest_year, region_rates
from dashboard.text.dates import day_text


SHOWN = ["emphasis", "emphasis_rank", "is_measure_dependent", "robustness", "caveat", "presence", "mentions"]


def obstacle_counts(scope: Scope, lang: str) -> pd.DataFrame:
    """Obstacles the region of ``scope`` names, most stressed first (data/region_emphasis, as on every page)."""
    counted = counts(scope, scope.obstacle_mentions(), "obstacle", lang)
    return counted.rename(columns={"label": "obstacle"})[["obstacle_id", "obstacle", *SHOWN]]


def service_counts(scope: Scope, lang: str) -> pd.DataFrame:
    """Service types the region of ``scope`` asks for (as on the Diensten page), most stressed first."""
    counted = counts(scope, scope.service_mentions(), "service_type", lang)
    return counted.rename(columns={"label": "service_type"})[["service_type_id", "service_type", *SHOWN]]


def ranked_text(frame: pd.DataFrame, label: str, id_column: str, lang: str, highlight: str | None = None, limit: int = 8,
                more: str = "+{n}") -> str:
    """The rows of ``frame`` (obstacle_counts, service_counts) ranked ``limit`` or better (ties all shown) as one
    markdown line, "1. Label (21,7 %) · 2. Label (13,8 %) † · +k": rank, label and emphasis, † where the ranking
    depends on the measure, ‡ where the region makes a caveat about the category.

    The ``highlight`` id is always shown, in bold; ``more`` (with ``{n}``) counts the rows left out
    so that the report stays one page. Labels are escaped, so a label can never become markup.
    """
    frame = frame.reset_index(drop=True)
    shown = frame[(frame["emphasis_rank"] <= limit) | (frame[id_column] == highlight)]
    parts = []
    for row in shown.itertuples(index=False):
        marks = (" †" if row.is_measure_dependent else "") + (" ‡" if row.caveat else "")
        item = f"{row.emphasis_rank}. {escape(getattr(row, label))} ({number(row.emphasis, lang, 1)} %){marks}"
        parts.append(f"**{item}**" if getattr(row, id_column) == highlight else item)
    if len(frame) > len(shown):
        parts.append(more.format(n=len(frame) - len(shown)))
    return " · ".join(parts)


def measure_notes(frame: pd.DataFrame, label: str, limit: int = 8) -> list[str]:
    """For each row ranked ``limit`` or better whose ranking depends on the measure (the † of ranked_text), the one
    line that says how: "† Label: depends on the measure: #5 by emphasis, #8 by mentions" (labels escaped)."""
    shown = frame[(frame["emphasis_rank"] <= limit) & frame["is_measure_dependent"]]
    return [f"† {escape(getattr(row, label))}: {row.robustness}" for row in shown.itertuples(index=False)]


def region_sources(ds: Dataset, region_id: str) -> pd.DataFrame:
    """The addenda the report rests on: title and launch date (and whether its year is inferred)."""
    sources = ds.tables["sources"]
    return sources[sources["region_id"] == region_id][["title", "launch_date", "is_launch_year_inferred"]]


@dataclass(frozen=True)
class ChallengeLists:
    """What a region wrote, in Markdown: its challenges with their personas, beside the obstacles and the service
    types it stresses most, and a line on what the ranks mean (the report and a municipality's profile show it)."""

    challenges: str
    obstacles: str
    services: str
    counted: str


def challenge_lists(challenges: pd.DataFrame, scope: Scope, lang: str, limit: int, small: bool = False) -> ChallengeLists:
    """``challenges`` (``Scope.challenges``, with or without the persona filter) as a numbered list, and the obstacles
    and service types of ``scope`` ranked ``limit`` or better (the chosen obstacle always, in bold); ``small`` sets
    the lists in small type (a printed page)."""
    def fit(text: str) -> str:
        return f":small[{text}]" if small else text

    obstacles, services = obstacle_counts(scope, lang), service_counts(scope, lang)
    more, none = tr("report.more", lang), tr("home.none", lang)
    lines = [f"{row.challenge_rank}. " + fit(f"{escape(title)} — *{escape(row.personas)}*")
             for row, title in zip(challenges.itertuples(), column_in_language(challenges, "title", lang))]
    ranked = {"obstacle": ranked_text(obstacles, "obstacle", "obstacle_id", lang, scope.obstacle_id, limit, more),
              "service_type": ranked_text(services, "service_type", "service_type_id", lang, None, limit, more)}
    notes = measure_notes(obstacles, "obstacle", limit) + measure_notes(services, "service_type", limit)
    return ChallengeLists(f"**{tr('report.challenges', lang)}**\n\n" + "\n".join(lines),
                          f"**{tr('report.obstacles', lang)}**: " + fit(ranked["obstacle"] or none),
                          f"**{tr('report.services', lang)}**: " + fit(ranked["service_type"] or none),
                          " · ".join([tr("report.counted", lang), *notes]))


def report_lines(ds: Dataset, region_id: str, lang: str, today: date) -> tuple[str, str]:
    """The report's subtitle parts joined (the region in figures, the addenda it rests on with their launch day, the
    day it was made) and its line on measured poverty, the region's rate beside Flanders'."""
    summary = region_summary(ds, [region_id]).iloc[0]
    figures = tr("report.figures", lang, municipalities=int(summary["municipalities"]), area=number(summary["area_km2"], lang),
                 population=number(summary["population"], lang), density=number(summary["density_per_km2"], lang))
    sources = [tr("report.source", lang, title=escape(s.title), day=day_text(s.launch_date, lang),
                  inferred=tr("report.inferred", lang) if s.is_launch_year_inferred else "")
               for s in region_sources(ds, region_id).itertuples()]
    rate, flanders = (region_rates(ds, [area]).iloc[0] for area in (region_id, FLANDERS))
    poverty = tr("poverty.region_line", lang, year=latest_year(ds), rate=number(rate["admin_arop_pct"], lang, 1),
                 persons=number(rate["persons_at_risk"], lang), flanders=number(flanders["admin_arop_pct"], lang, 1))
    return " · ".join([figures, *sources, tr("report.subtitle", lang, day=day_text(today, lang))]), poverty
