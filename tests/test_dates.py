"""Unit tests of dashboard.dates: one way to write a date."""

import pandas as pd

from dashboard.dates import dates_text, day_column, day_text


def test__day_text_dates_text_day_column__write_day_month_year():
    day = pd.Timestamp("2023-05-05")
    assert day_text(day) == "05/05/2023"
    assert dates_text(day, pd.Timestamp("2023-05-12")) == "05/05/2023 – 12/05/2023" and dates_text(day, pd.NaT) == "05/05/2023"
    assert list(day_column(pd.Series(["2021-01-01"]))) == ["01/01/2021"]
