"""dashboard.builder.indicator_areas: an area's figure by how its registry entry adds up, on a tiny inline frame; a
median is never averaged into an area figure."""

from dataclasses import replace

import pandas as pd
import pytest

from dashboard.builder.indicator_areas import FIVE_REGIONS, area_table
from dashboard.core.indicators import FLANDERS, INDICATORS, NO_AREA, PUBLISHED, RANGE, WEIGHTED

# three municipalities of region r, one outside the regions; rent in euros, a rate in per cent
ROWS = pd.DataFrame({"_file": "f", "nis_code": ["11001", "11002", "11003", "21001"], "region_id": ["r", "r", "r", None],
                     "year": 2022, "rent": [600, 900, 700, 1200], "rate": [10.0, 20.0, 5.0, 8.0],
                     "persons": [100, 300, 600, 1000]})


def _indicator(aggregate: str, column: str = "rent", weight: str | None = None, area_note: str = ""):
    return replace(INDICATORS["income"], indicator_id=column, column=column, aggregate=aggregate, weight=weight,
                   area_note=area_note, counts=())


def _areas(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.set_index("area_id")


def test__area_table__a_rate_is_weighted_by_the_persons_it_counts():
    table = _areas(area_table(ROWS, [_indicator(WEIGHTED, "rate", "persons")]))
    assert table.loc["r", "rate"] == pytest.approx(10.0)  # (1000 + 6000 + 3000) / 1000, not the mean 11.67
    assert table.loc["r", "persons"] == 1000 and table.loc[FLANDERS, "persons"] == 2000
    assert table.loc[FLANDERS, "rate"] == pytest.approx(9.0)


def test__area_table__a_median_gives_its_municipalities_range_with_their_codes():
    table = _areas(area_table(ROWS, [_indicator(RANGE)]))
    assert table.loc["r", ["rent_low", "rent_low_nis_code", "rent_high", "rent_high_nis_code"]].tolist() == [600, "11001", 900, "11002"]
    assert table.loc[FLANDERS, "rent_high"] == 1200
    assert "rent" not in table.columns


def test__area_table__a_published_figure_is_the_sources_and_empty_where_it_gives_none():
    published = pd.DataFrame({"area_id": ["r"], "year": [2022], "rent": [720]})
    table = _areas(area_table(ROWS, [_indicator(PUBLISHED, area_note="the source's table per region")], published))
    assert table.loc["r", "rent"] == 720
    assert table[["rent"]].loc[[FIVE_REGIONS, FLANDERS]].isna().all().all()  # no figure of ours in its place


def test__area_table__an_indicator_without_area_figures_adds_no_column():
    table = area_table(ROWS, [_indicator(NO_AREA, area_note="the source gives medians per municipality only")])
    assert list(table.columns) == ["_file", "_record", "area_id", "year", "municipalities"]
    assert list(table["municipalities"]) == [3, 3, 4]
