"""The one-page region report: what one addendum says, in short lists that fit a printed page.

Pure functions over a scope of one region; the counts respect the persona and obstacle filters the
same way the Vergelijken and Diensten pages do.
"""

import pandas as pd

from dashboard.core.counting import counts
from dashboard.core.data import Dataset
from dashboard.text.markdown_text import escape
from dashboard.text.numbers import number
from dashboard.core.scope import Scope


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
