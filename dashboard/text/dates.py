"""Dates as the reader's language writes them, one way per language, in one place: sentences, tables, charts
and maps. Dutch writes 5/5/2023 (day/month/year, as Flemish readers do); English writes 5 May 2023, which
no reader can take for month/day."""

import pandas as pd

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
D3_FORMATS = {"nl": "%-d/%-m/%Y", "en": "%-d %b %Y"}  # the same, for the dates Vega writes on an axis
# The names Vega writes for months and days (vega_time_locale), in the reader's language
MONTHS = {"nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                 "november", "december"),
          "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December")}
SHORT_MONTHS = {"nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"), "en": MONTHS_EN}
DAYS = {"nl": ("zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"),
        "en": ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")}
SHORT_DAY = {"nl": 2, "en": 3}  # letters of a day's short name: "ma", "Mon"


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


def vega_time_locale(lang: str) -> dict:
    """Vega's time locale (``config.locale.time``) for ``lang``: a date Vega writes itself (an axis' ticks) names its
    month and day in the reader's language, and is written as ``day_text`` writes it."""
    return {"dateTime": f"%A {D3_FORMATS[lang]} %H:%M", "date": D3_FORMATS[lang], "time": "%H:%M", "periods": ["AM", "PM"],
            "days": list(DAYS[lang]), "shortDays": [day[:SHORT_DAY[lang]] for day in DAYS[lang]],
            "months": list(MONTHS[lang]), "shortMonths": list(SHORT_MONTHS[lang])}
