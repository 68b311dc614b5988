"""Unit tests of dashboard.text.formula_text: text a spreadsheet would run as a formula, defused."""

from datetime import date

import pandas as pd
import pytest

from dashboard.text.formula_text import defused, defused_frame, is_formula_like


@pytest.mark.parametrize("text", ["=1+1", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test__defused__text_starting_like_a_formula_gets_a_leading_apostrophe(text):
    assert is_formula_like(text) and defused(text) == "'" + text


@pytest.mark.parametrize("text", ["Westhoek", "1+1", " =1", "a=b", "", "'=1"])
def test__defused__other_text_is_left_as_it_is(text):
    assert not is_formula_like(text) and defused(text) == text


def test__defused_frame__changes_text_cells_only():
    frame = pd.DataFrame({"label": ["=x", "y", None], "n": [-1, 2, 3], "share": [-0.5, 1.0, None],
                          "day": [date(2023, 1, 1)] * 3, "text_number": ["-2", "3", "4"]})
    out = defused_frame(frame)
    assert out["label"].tolist()[:2] == ["'=x", "y"] and pd.isna(out["label"].iloc[2])
    assert out["n"].tolist() == [-1, 2, 3] and out["n"].dtype == frame["n"].dtype
    assert out["share"].iloc[0] == -0.5 and out["day"].tolist() == frame["day"].tolist()
    assert out["text_number"].tolist() == ["'-2", "3", "4"]  # a number written as text is text to a spreadsheet too
    assert frame["label"].iloc[0] == "=x"  # the frame given is left alone
