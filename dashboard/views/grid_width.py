"""Column widths that let a table fit a laptop's screen, its key column first and always in view.

Streamlit's grid sizes each column to its longest text, so a table of long quotes or headings grew
past the page at 1440 px wide and scrolled its last columns out of sight, the region names with them.
Here a table whose columns would not fit gets widths that do: numbers as wide as their numbers, the key
column (the first) as wide as it needs up to KEY_PX, and the other text columns share what is left. A
cut cell or heading shows whole on hover (the heading's help).
"""

import pandas as pd

FIT_PX = 820  # the grid's width at 1440 px wide with the sidebar open (921 px; 883 px in a table under a chart)
CHAR_PX = 7.5  # an average character of the grid's 14 px type
PADDING_PX = 24  # a cell's padding and its sort arrow
KEY_PX = 220  # the key column at most, when the table must shrink
MIN_TEXT_PX = 90  # a text column at least
NARROW_PX = 120  # a column whose values are no wider (numbers, codes) keeps their width, its heading cut
MIN_NARROW_PX = 70  # such a column at least: its heading's first letters
MAX_PX = 400  # what the grid itself gives a column at most
PHONE_PX = 358  # the grid's width on a phone 390 px wide (the page's padding off)


def natural_width(values: pd.Series, heading: str) -> int:
    """About the width the grid gives a column: its longest text (or heading), within MAX_PX."""
    longest = max([len(heading), *(len(str(v)) for v in values.dropna())], default=0)
    return min(MAX_PX, round(longest * CHAR_PX + PADDING_PX))


def fitted_widths(frame: pd.DataFrame, fit_px: int = FIT_PX) -> dict[str, int]:
    """Column -> width in px for the columns of ``frame`` that must shrink for it to fit ``fit_px``; empty when
    it fits as it is."""
    natural = {column: natural_width(frame[column], str(column)) for column in frame.columns}
    if sum(natural.values()) <= fit_px:
        return {}
    key, *rest = frame.columns
    widths = {key: min(natural[key], KEY_PX)}
    for column in rest:  # numbers (or short codes, or numbers written as text) keep their values' width
        values_px = natural_width(frame[column], "")
        if values_px <= NARROW_PX:
            widths[column] = min(natural[column], max(MIN_NARROW_PX, values_px))
    texts = [column for column in rest if column not in widths]
    left = fit_px - sum(widths.values())
    wanted = sum(natural[column] for column in texts)
    for column in texts:
        widths[column] = max(MIN_TEXT_PX, min(natural[column], int(left * natural[column] / wanted)))
    return widths


def scrolls_on_phone(frame: pd.DataFrame) -> bool:
    """True when ``frame``'s columns, even as narrow as ``fitted_widths`` makes them, are wider than a phone's grid."""
    widths = fitted_widths(frame) or {column: natural_width(frame[column], str(column)) for column in frame.columns}
    return sum(widths.values()) > PHONE_PX
