"""Text that a spreadsheet would take for a formula (CSV injection), and how a CSV export defuses it.

A cell beginning with one of FORMULA_START is evaluated by Excel, LibreOffice and Google Sheets when a
CSV is opened, even quoted: `=HYPERLINK(...)` becomes a live link, `@SUM(...)|cmd` a command. OWASP's
advice is followed: such a cell gets a leading apostrophe, so it opens as the text it is.
"""

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_START)


def defused(text: str) -> str:
    """``text`` that a spreadsheet shows as text: with a leading ' when it starts like a formula."""
    return "'" + text if is_formula_like(text) else text


def defused_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every text cell defused; numbers, dates and missing values as they were."""
    return frame.apply(lambda column: column.map(lambda v: defused(v) if isinstance(v, str) else v)
                       if not pd.api.types.is_numeric_dtype(column) else column)
