"""numbers: one way to write a number per language, for sentences, tables, charts and files."""

import datetime

import pandas as pd
import pytest

from dashboard.text import numbers


@pytest.mark.parametrize(("value", "lang", "decimals", "text"), [
    (244653, "nl", 0, "244.653"), (244653, "en", 0, "244,653"),
    (56.978, "nl", 3, "56,978"), (56.978, "en", 3, "56.978"),
    (0.72, "nl", 2, "0,72"), (0.72, "en", 2, "0.72"),
    (1163.2, "nl", 1, "1.163,2"), (1163.2, "en", 1, "1,163.2"),
    (1.0, "en", 0, "1"), (-1234567, "nl", 0, "-1.234.567"),
])
def test__number__writes_the_languages_way(value, lang, decimals, text):
    assert numbers.number(value, lang, decimals) == text


@pytest.mark.parametrize("missing", [None, float("nan"), pd.NA, pd.NaT])
def test__number__missing_value_is_empty(missing):
    assert numbers.number(missing, "nl") == "" and numbers.cell(missing, "en") == ""


def test__decimals_needed__as_many_as_the_values_hold():
    assert numbers.decimals_needed([1.0, 2.0, None]) == 0
    assert numbers.decimals_needed([579.6, 450.0]) == 1
    assert numbers.decimals_needed([56.978, 1.5]) == 3
    assert numbers.decimals_needed([1 / 3]) == numbers.MAX_DECIMALS


def test__cell__numbers_written_text_kept():
    assert numbers.cell(3.0, "nl") == "3"
    assert numbers.cell(579.6, "nl") == "579,6"
    assert numbers.cell("Westhoek", "en") == "Westhoek"
    assert numbers.cell(True, "en") == "True"


def test__as_text__a_column_shares_its_decimals_and_shows_no_none():
    frame = pd.DataFrame({"area": [579.6, 1163.25], "n": [1.0, None], "name": ["a", None]})
    shown = numbers.as_text(frame, "nl")
    assert shown["area"].tolist() == ["579,60", "1.163,25"]
    assert shown["n"].tolist() == ["1", ""]
    assert shown["name"].tolist() == ["a", ""]


def test__styled__keeps_numbers_and_shows_them_the_languages_way():
    frame = pd.DataFrame({"population": [244653, 5054], "area": [579.6, None]})
    styler = numbers.styled(frame, "nl")
    assert styler.data["population"].dtype.kind == "i"  # still numbers: the column sorts as numbers
    html = styler.to_html()
    assert "244.653" in html and "5.054" in html and "579,6" in html
    assert "nan" not in html.lower() and "None" not in html


def test__whole_numbers__float_counts_become_integers_fractions_stay():
    frame = numbers.whole_numbers(pd.DataFrame({"count": [1.0, None], "share": [0.5, 1.0], "name": ["a", "b"]}))
    assert str(frame["count"].dtype) == "Int64" and frame["share"].dtype == float


def test__vega_locale__writes_each_language_s_separators():
    assert numbers.vega_locale("nl")["decimal"] == "," and numbers.vega_locale("en")["thousands"] == ","


def test__for_grid__text_and_small_whole_numbers_go_as_they_are():
    frame = pd.DataFrame({"name": ["a", None], "line": [114, 581], "rank": pd.array([1, None], dtype="Int64")})
    assert numbers.for_grid(frame, "nl") is frame  # no Styler: it would send every cell a second time


@pytest.mark.parametrize("column", [[1234, 5], [0.5, 1.0], [True, False], ["a", 3]])
def test__for_grid__numbers_written_by_language_or_mixed_cells_are_styled(column):
    frame = pd.DataFrame({"name": ["a", "b"], "value": column})
    assert numbers.for_grid(frame, "nl").data is frame  # a Styler over the frame itself


def test__cell__writes_a_date_as_the_language_does():
    assert numbers.cell(pd.Timestamp("2023-01-01"), "nl") == "1/1/2023"
    assert numbers.cell(datetime.date(2021, 1, 1), "en") == "1 Jan 2021"
