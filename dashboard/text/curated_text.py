"""Our own sentences in the curated data (titles, statements, flag notes, caveats, summaries, persona lines) in the
reader's language. Each is written in Dutch with an English version beside it (`title` / `title_en`,
`statement_nl` / `statement_en`, ...); quotes from the addenda stay Dutch."""

import pandas as pd

# the Dutch column of each curated sentence whose name does not end in _nl
_DUTCH = {"title": "title", "flag_note": "flag_note"}


def text_column(base: str, lang: str) -> str:
    """The column holding sentence ``base`` (statement, caveat, title, ...) in ``lang``."""
    return f"{base}_en" if lang == "en" else _DUTCH.get(base, f"{base}_nl")


def in_language(row, base: str, lang: str):
    """The sentence ``base`` of one row (a dict or a named tuple's ``_asdict()``) in ``lang``; Dutch when no English exists."""
    value = row.get(text_column(base, lang))
    return value if isinstance(value, str) and value else row.get(text_column(base, "nl"))


def column_in_language(frame: pd.DataFrame, base: str, lang: str) -> pd.Series:
    """The sentence ``base`` of every row of ``frame`` in ``lang``; Dutch where a row has no English."""
    dutch = frame[text_column(base, "nl")]
    return dutch if lang != "en" else frame[text_column(base, "en")].where(frame[text_column(base, "en")].notna(), dutch)
