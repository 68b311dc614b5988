"""Long tables a page of rows at a time: rows not on screen are not sent to the browser (every fact of
the dataset as one grid weighs more than a whole page may send)."""

import math
from dataclasses import dataclass

import pandas as pd

PAGE_ROWS = 100  # rows per page: a grid shows a dozen at once, the rest a scroll away


@dataclass(frozen=True)
class Page:
    rows: pd.DataFrame
    first: int  # 1-based position of the first row shown; 0 when there are none
    last: int
    total: int  # rows in all pages


def page_count(rows: int, size: int = PAGE_ROWS) -> int:
    """How many pages ``rows`` rows fill; an empty table is one empty page."""
    return max(1, math.ceil(rows / size))


def page_of(frame: pd.DataFrame, number: int, size: int = PAGE_ROWS) -> Page:
    """Page ``number`` (1-based; kept within the pages there are) of ``frame``, in its order."""
    number = min(max(number, 1), page_count(len(frame), size))
    start = (number - 1) * size
    rows = frame.iloc[start:start + size]
    return Page(rows, start + 1 if len(rows) else 0, start + len(rows), len(frame))
