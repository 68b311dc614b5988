"""A table as Markdown: Streamlit's core draws it, so a page with one loads no table code of its own.

st.table loads about 0.85 MB of scripts (Arrow's value formatting, moment, numbro) before it draws
anything, more than a page's own content; the tables shown whole (a row per region, a chart's quotes)
need none of it. Every cell is text escaped as source text is (dashboard.text.markdown_text), so
nothing in it becomes markup or breaks the table; numbers are written as the language writes them
(dashboard.text.numbers) and set right.
"""

import pandas as pd

from dashboard.text import numbers
from dashboard.text.markdown_text import escape

EMPTY_CELL = " "  # a cell with no value: an empty cell, not the word "None"


def markdown_table(frame: pd.DataFrame, lang: str) -> str:
    """``frame`` as a Markdown table: a heading row of its columns, then a line per row, without its index."""
    text = numbers.as_text(frame, lang)
    rule = [("---:" if numbers.is_numbers(frame[column]) else ":---") for column in frame.columns]
    lines = [_line(str(column) for column in frame.columns), f"|{'|'.join(rule)}|"]
    lines += [_line(row) for row in text.itertuples(index=False)]
    return "\n".join(lines)


def _line(cells) -> str:
    return "| " + " | ".join(escape(cell) or EMPTY_CELL for cell in cells) + " |"
