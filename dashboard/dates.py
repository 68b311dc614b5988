"""Dates as Flemish readers write them, day/month/year, in one place: sentences, tables, charts and maps."""

import pandas as pd

DATE_FORMAT = "%d/%m/%Y"  # strftime's and d3's (plotly's axis ticks) way of writing 23/11/2026


def day_text(day) -> str:
    """One day as 23/11/2026."""
    return f"{day:{DATE_FORMAT}}"


def dates_text(start, end) -> str:
    """A day, or a period when ``end`` is given."""
    return day_text(start) + (f" – {day_text(end)}" if pd.notna(end) else "")


def day_column(days: pd.Series) -> pd.Series:
    """A column of dates as text, day/month/year."""
    return pd.to_datetime(days).dt.strftime(DATE_FORMAT)
