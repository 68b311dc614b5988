"""Numbers as the reader's language writes them, in one place: sentences, tables, charts, maps and files.

Dutch: 56,978 km², 244.653 inwoners, 0,72; English: 56.978 km², 244,653, 0.72. A whole number never
shows decimals ("1", not "1.0") and a missing value is an empty cell, never "None" or "nan". Vega
writes the numbers of a chart's axes and legends itself: ``vega_locale`` tells it how.
"""

import datetime
import math

import pandas as pd
from pandas.io.formats.style import Styler

from dashboard.text.dates import day_text

SEPARATORS = {"nl": {"decimal": ",", "thousands": "."}, "en": {"decimal": ".", "thousands": ","}}
MAX_DECIMALS = 3  # what the data holds at most (an area of 56.978 km²)


def number(value, lang: str, decimals: int = 0) -> str:
    """``value`` rounded to ``decimals`` with the separators of ``lang``; "" when it is missing."""
    if is_missing(value):
        return ""
    text = f"{float(value):,.{decimals}f}" if decimals else f"{round(float(value)):,d}"
    marks = SEPARATORS[lang]
    return text.translate(str.maketrans({",": marks["thousands"], ".": marks["decimal"]}))


def signed(value: float, lang: str, decimals: int = 0) -> str:
    """A change with its sign, +1,5 or -0,3 (an ASCII minus, which Streamlit's metric reads as a fall)."""
    return ("+" if value >= 0 else "-") + number(abs(value), lang, decimals)


def is_missing(value) -> bool:
    """None, NaN, pandas' NA and NaT: what a reader should see as an empty cell."""
    return value is None or (not isinstance(value, (str, list, tuple, dict)) and bool(pd.isna(value)))


def decimals_needed(values) -> int:
    """The fewest decimals (at most MAX_DECIMALS) that show every value of ``values`` as stored:
    0 for whole numbers, 1 for 579.6, 3 for 56.978."""
    needed = 0
    for value in values:
        if is_missing(value):
            continue
        rounded = round(float(value), MAX_DECIMALS)
        while needed < MAX_DECIMALS and not math.isclose(rounded, round(rounded, needed), abs_tol=1e-9):
            needed += 1
    return needed


def cell(value, lang: str) -> str:
    """Any table cell as text: a number as ``number`` writes it (with the decimals it needs), a date as
    dashboard.text.dates writes it, a missing value empty, anything else as it is."""
    if is_missing(value):
        return ""
    if pd.api.types.is_number(value) and not pd.api.types.is_bool(value):
        return number(value, lang, decimals_needed([value]))
    if isinstance(value, datetime.date):  # a pandas Timestamp too
        return day_text(value, lang)
    return str(value)


def styled(frame: pd.DataFrame, lang: str) -> Styler:
    """``frame`` for st.dataframe: the values stay numbers (so columns sort as numbers), but
    each number shows as ``lang`` writes it, with the decimals its column needs, and missing values
    show as empty cells."""
    styler = frame.style
    for column in frame.columns:
        if is_numbers(frame[column]):
            places = decimals_needed(frame[column])
            styler = styler.format(lambda v, places=places: number(v, lang, places), subset=[column])
        else:
            styler = styler.format(lambda v: cell(v, lang), subset=[column])
    return styler


def for_grid(frame: pd.DataFrame, lang: str) -> pd.DataFrame | Styler:
    """``frame`` as st.dataframe should get it: ``styled`` only when the grid would write a cell otherwise.

    A Styler sends every cell a second time, as the text it shows; text and small whole numbers (under
    1000, written alike in every language) show as they are, a missing value as the grid's empty placeholder.
    """
    return frame if all(_written_alike(frame[column]) for column in frame.columns) else styled(frame, lang)


def _written_alike(values: pd.Series) -> bool:
    if pd.api.types.is_integer_dtype(values) and not pd.api.types.is_bool_dtype(values):
        return bool((values.dropna().abs() < 1000).all())
    if values.dtype == object:
        return all(isinstance(v, str) or is_missing(v) for v in values)
    return pd.api.types.is_string_dtype(values.dtype)


def as_text(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``frame`` with every cell as the text ``styled`` shows (for a table drawn as text, markdown_table)."""
    return pd.DataFrame({column: _column_text(frame[column], lang) for column in frame.columns}, index=frame.index)


def _column_text(values: pd.Series, lang: str) -> list[str]:
    if is_numbers(values):
        places = decimals_needed(values)
        return [number(v, lang, places) for v in values]
    return [cell(v, lang) for v in values]


def is_numbers(values: pd.Series) -> bool:
    """True for a column of numbers (not of yes/no values): written with its language's separators, set right."""
    return pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values)


def whole_numbers(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with float columns that hold only whole numbers as integers (nullable): a count
    written to a file reads "3", never "3.0"."""
    converted = {column: frame[column].astype("Int64") for column in frame.columns
                 if pd.api.types.is_float_dtype(frame[column]) and decimals_needed(frame[column]) == 0}
    return frame.assign(**converted) if converted else frame


def vega_locale(lang: str) -> dict:
    """Vega's number locale (``config.locale.number``) for ``lang``."""
    marks = SEPARATORS[lang]
    return {**marks, "grouping": [3], "currency": ["€ ", ""] if lang == "nl" else ["€", ""]}
