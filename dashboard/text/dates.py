"""Dates as the reader's language writes them, one way per language, in one place: sentences, tables, charts
and maps. Dutch writes 5/5/2023 (day/month/year, as Flemish readers do); English writes 5 May 2023, which
no reader can take for month/day."""

import pandas as pd

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
D3_FORMATS = {"nl": "%-d/%-m/%Y", "en": "%-d %b %Y"}  # the same, for plotly's axis ticks (d3's own English months)


def day_text(day, lang: str) -> str:
    """One day as ``lang`` writes it: 5/5/2023, or 5 May 2023."""
    day = pd.Timestamp(day)
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}" if lang == "en" else f"{day.day}/{day.month}/{day.year}"


def dates_text(start, end, lang: str) -> str:
    """A day, or a period when ``end`` is given."""
    return day_text(start, lang) + (f" – {day_text(end, lang)}" if pd.notna(end) else "")


def day_column(days: pd.Series, lang: str) -> pd.Series:
    """A column of dates as text, as ``lang`` writes them (empty where missing)."""
    return pd.to_datetime(days).map(lambda day: "" if pd.isna(day) else day_text(day, lang))
