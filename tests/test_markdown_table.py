"""A table shown whole is Markdown that Streamlit's core draws: every cell stays in its place and stays text."""

import pandas as pd

from dashboard.text.markdown_table import markdown_table
from tests.apptest import _read_markdown_table

FRAME = pd.DataFrame({"Regio": ["West|hoek", "**Oostende**", "[link](http://x)"], "Inwoners": [1234567, None, 8],
                      "Aandeel": [6.75, 8.5, None]})


def test__markdown_table__keeps_each_cell_in_its_column_and_as_text():
    lines = markdown_table(FRAME, "nl").split("\n")
    assert len(lines) == 2 + len(FRAME)  # heading, rule, a line per row
    shown = _read_markdown_table("\n".join(lines))
    assert list(shown.columns) == list(FRAME.columns)
    assert shown["Regio"].tolist() == FRAME["Regio"].tolist()  # a bar, stars or brackets are shown, not read as markup
    assert "\\*\\*Oostende\\*\\*" in lines[3] and "\\[link\\]" in lines[4]


def test__markdown_table__writes_numbers_as_the_language_does_set_right_and_leaves_missing_cells_empty():
    nl, en = _read_markdown_table(markdown_table(FRAME, "nl")), _read_markdown_table(markdown_table(FRAME, "en"))
    assert nl["Inwoners"].tolist() == ["1.234.567", "", "8"] and en["Inwoners"].tolist() == ["1,234,567", "", "8"]
    assert nl["Aandeel"].tolist() == ["6,75", "8,50", ""]
    assert markdown_table(FRAME, "nl").split("\n")[1] == "|:---|---:|---:|"
