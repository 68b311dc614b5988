"""Unit tests of dashboard.core.paging: a long table a page of rows at a time."""

import pandas as pd
import pytest

from dashboard.core.paging import page_count, page_of


@pytest.mark.parametrize(("rows", "pages"), [(0, 1), (1, 1), (100, 1), (101, 2), (1230, 13)])
def test__page_count__whole_pages_and_one_for_an_empty_table(rows, pages):
    assert page_count(rows) == pages


def test__page_of__pages_together_hold_every_row_once_in_order():
    frame = pd.DataFrame({"n": range(25)})
    pages = [page_of(frame, number, size=10) for number in range(1, page_count(len(frame), 10) + 1)]
    assert pd.concat([p.rows for p in pages])["n"].tolist() == list(range(25))
    assert [(p.first, p.last, p.total) for p in pages] == [(1, 10, 25), (11, 20, 25), (21, 25, 25)]


def test__page_of__a_number_beyond_the_pages_is_kept_within_them():
    frame = pd.DataFrame({"n": range(25)})
    assert page_of(frame, 9, size=10).rows["n"].tolist() == list(range(20, 25))
    assert page_of(frame, 0, size=10).first == 1


def test__page_of__an_empty_table_shows_no_rows():
    shown = page_of(pd.DataFrame({"n": []}), 1)
    assert shown.rows.empty and (shown.first, shown.last, shown.total) == (0, 0, 0)
