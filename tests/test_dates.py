"""Unit tests of dashboard.text.dates: one way per language to write a date."""

import pandas as pd

from dashboard.text.dates import D3_FORMATS, dates_text, day_column, day_text


def test__day_text__dutch_day_month_year_english_with_the_month_named():
    day = pd.Timestamp("2023-05-05")
    assert day_text(day, "nl") == "5/5/2023" and day_text(day, "en") == "5 May 2023"
    assert day_text(pd.Timestamp("2021-12-31").date(), "en") == "31 Dec 2021"


def test__dates_text__a_period_or_one_day():
    day = pd.Timestamp("2023-05-05")
    assert dates_text(day, pd.Timestamp("2023-05-12"), "nl") == "5/5/2023 – 12/5/2023"
    assert dates_text(day, pd.NaT, "en") == "5 May 2023"


def test__day_column__writes_each_date_and_leaves_a_missing_one_empty():
    assert list(day_column(pd.Series(["2021-01-01", None]), "nl")) == ["1/1/2021", ""]


def test__d3_formats__one_per_language():
    assert set(D3_FORMATS) == {"nl", "en"}
