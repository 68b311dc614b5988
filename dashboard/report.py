"""The one-page region report: what one addendum says, in short lists that fit a printed page.

Pure functions over the dataset; the counts respect the persona and obstacle filters the same way
the Persona's and Diensten pages do.
"""

import pandas as pd

from dashboard.compare import mention_counts
from dashboard.curated_text import column_in_language
from dashboard.data import Dataset
from dashboard.markdown_text import escape
from dashboard.needs import obstacle_mentions
from dashboard.services import service_matrix, service_mentions


def challenge_personas(ds: Dataset, region_id: str, lang: str = "nl") -> pd.DataFrame:
    """Each challenge of the region, titled in ``lang``, with its personas in the order the heading names them."""
    t = ds.tables
    names = t["personas"].set_index("persona_id")["name"]
    links = t["challenge_personas"][t["challenge_personas"]["region_id"] == region_id].sort_values(["challenge_rank", "persona_rank"])
    personas = links.groupby("challenge_rank")["persona_id"].agg(lambda ids: ", ".join(names[i] for i in ids))
    challenges = t["challenges"][t["challenges"]["region_id"] == region_id].sort_values("challenge_rank")
    return challenges.assign(title=column_in_language(challenges, "title", lang),
                             personas=challenges["challenge_rank"].map(personas).fillna(""))[
        ["challenge_rank", "title", "personas"]].reset_index(drop=True)


def obstacle_counts(ds: Dataset, region_id: str, persona_id: str | None, lang: str) -> pd.DataFrame:
    """Obstacles the region names, most often first (as on the Vergelijken page); a persona keeps those of its challenges."""
    counts = mention_counts(obstacle_mentions(ds, [region_id], persona_id), ds, "obstacle", lang)
    return counts.rename(columns={"label": "obstacle"})[["obstacle_id", "mentions", "obstacle"]]


def service_counts(ds: Dataset, region_id: str, persona_id: str | None, obstacle_id: str | None,
                   lang: str) -> pd.DataFrame:
    """Service types the region asks for (as on the Diensten page), most often first, with its order of importance."""
    mentions = service_mentions(ds, [region_id], persona_id, obstacle_id)
    matrix = service_matrix(ds, mentions, [region_id], lang)
    return matrix[["service_type_id", "service_type", "mentions", "importance_rank"]].reset_index(drop=True)


def ranked_text(frame: pd.DataFrame, label: str, id_column: str, highlight: str | None = None, limit: int = 8,
                more: str = "+{n}") -> str:
    """The first ``limit`` rows of ``frame`` as one markdown line, "Label (n) · Label (n) · +k".

    The ``highlight`` id is always shown, in bold; ``more`` (with ``{n}``) counts the rows left out
    so that the report stays one page. Labels are escaped, so a label can never become markup.
    """
    frame = frame.reset_index(drop=True)
    shown = frame[(frame.index < limit) | (frame[id_column] == highlight)]
    parts = []
    for row in shown.itertuples(index=False):
        item = f"{escape(getattr(row, label))} ({row.mentions})"
        parts.append(f"**{item}**" if getattr(row, id_column) == highlight else item)
    if len(frame) > len(shown):
        parts.append(more.format(n=len(frame) - len(shown)))
    return " · ".join(parts)


def region_sources(ds: Dataset, region_id: str) -> pd.DataFrame:
    """The addenda the report rests on: title and launch date (and whether its year is inferred)."""
    sources = ds.tables["sources"]
    return sources[sources["region_id"] == region_id][["title", "launch_date", "is_launch_year_inferred"]]
