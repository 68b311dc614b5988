"""Unit tests of the call's timeline: the rows, which regions the filters keep, and the Gantt chart."""

import pandas as pd
import pytest

from dashboard.core.data import read_dataset
from dashboard.core.vocabularies import EVENTS
from dashboard.domain.evidence import fact_index, read_source_texts
from dashboard.figures.timeline_chart import EVENT_STYLE, timeline_chart
from dashboard.text.i18n import tr
from dashboard.core.paths import ROOT
from dashboard.core.scope import Scope
from dashboard.domain.timeline import timeline_rows


@pytest.fixture(scope="module")
def ds():
    return read_dataset(ROOT)


def _chart(rows: pd.DataFrame, regions: list[str]):
    return timeline_chart(rows, regions, {e: e.upper() for e in EVENTS}, "inferred", "t", columns={}, lang="en").figure


def test__timeline_rows__one_row_per_step_with_a_fact_that_exists(ds):
    regions = list(ds.tables["regions"]["region_id"])
    rows = timeline_rows(Scope(ds, tuple(regions)), "nl")
    assert len(rows) == len(ds.tables["timeline"])
    facts = fact_index(ds, read_source_texts(ds, ROOT), "nl").set_index("fact_id")
    assert set(rows["fact_id"]) <= set(facts.index)
    assert (facts.loc[rows["fact_id"], "quote"].to_numpy() == rows["quote"].to_numpy()).all()
    for _, steps in rows.groupby("region_id"):
        assert steps["start_date"].is_monotonic_increasing


def test__timeline_rows__writes_periods_with_both_days(ds):
    rows = timeline_rows(Scope(ds, tuple(ds.tables["regions"]["region_id"])), "nl")
    period = rows[rows["end_date"].notna() & ~rows["is_date_upper_bound"]].iloc[0]
    start, end = period["start_date"], period["end_date"]
    assert period["dates"] == f"{start.day}/{start.month}/{start.year} – {end.day}/{end.month}/{end.year}"


def test__timeline__one_row_per_day_and_jury_periods_only_where_the_text_gives_a_week(ds):
    steps = ds.tables["timeline"]
    assert not steps.duplicated(["region_id", "start_date", "end_date"]).any()
    jury_periods = steps[(steps["event"] == "jury") & steps["end_date"].notna()]
    assert jury_periods["quote"].str.contains("week van").all()


def test__timeline__a_communication_of_round_one_is_a_selection_in_every_region(ds):
    steps = ds.tables["timeline"]
    round_one = steps[steps["quote"].str.contains("ronde 1")]
    assert set(round_one["region_id"]) == {"oostende", "midden-west-vlaanderen"}
    assert set(round_one["event"]) == {"selectie"}


def test__timeline_rows__says_when_a_date_is_only_a_limit_or_worked_out(ds):
    rows = timeline_rows(Scope(ds, tuple(ds.tables["regions"]["region_id"])), "en")
    assert set(ds.tables["timeline"]["event"]) <= set(EVENTS)
    assert rows["is_date_upper_bound"].any() and rows["is_date_derived"].any()
    assert (rows["dates"].str.startswith("by ") == rows["is_date_upper_bound"]).all()
    assert (rows["dates"].str.endswith("(worked out from another step)") == rows["is_date_derived"]).all()


def test__timeline_regions__persona_and_obstacle_keep_the_regions_concerned(ds):
    regions = tuple(ds.tables["regions"]["region_id"])
    assert Scope(ds, regions).timeline_regions() == list(regions)
    kept = Scope(ds, regions, "marc", "kinderopvang").timeline_regions()
    links, named = ds.tables["challenge_personas"], ds.tables["region_obstacles"]
    assert set(kept) == (set(links.loc[links["persona_id"] == "marc", "region_id"])
                         & set(named.loc[named["obstacle_id"] == "kinderopvang", "region_id"]))
    assert Scope(ds, ("midden-west-vlaanderen",), "saled").timeline_regions() == []


def test__timeline_chart__draws_every_day_and_period_with_inferred_years_hollow(ds):
    regions = list(ds.tables["regions"]["region_id"])
    rows = timeline_rows(Scope(ds, tuple(regions)), "nl")
    fig = _chart(rows, list(rows["region"].unique()))
    steps = [t for t in fig.data if t.legendgroup]
    drawn = sum(sum(x is not None for x in t.x) for t in steps)
    assert drawn == len(rows) + rows["end_date"].notna().sum()
    for trace in steps:
        hollow = trace.marker.symbol.endswith("-open")
        assert (trace.line.dash == "dot") == hollow
        ids = {c[0] for c in trace.customdata if c[0]}
        assert set(rows.loc[rows["fact_id"].isin(ids), "is_year_inferred"]) == {hollow}
    assert any(t.name == "inferred" and t.marker.symbol == "circle-open" for t in fig.data)


def test__timeline_chart__one_row_per_region_in_the_given_order():
    rows = pd.DataFrame({
        "region": ["B", "A"], "event": ["lancering", "jury"], "start_date": pd.to_datetime(["2023-04-28", "2023-06-01"]).date,
        "end_date": [None, pd.Timestamp("2023-06-05").date()], "is_year_inferred": [False, True],
        "fact_id": ["f1", "f2"], "dates": ["28/04/2023", "01/06/2023 – 05/06/2023"]})
    fig = _chart(rows, ["A", "B"])
    assert list(fig.layout.yaxis.categoryarray) == ["B", "A"]  # first region on top
    jury = next(t for t in fig.data if t.legendgroup == "jury")
    assert list(jury.y) == ["A", "A", None] and jury.marker.symbol == "square-open"


def test__timeline_chart__names_each_step_once_and_tables_the_rows_it_drew():
    rows = pd.DataFrame({
        "region": ["B", "A", "A"], "event": ["jury", "lancering", "jury"],
        "start_date": pd.to_datetime(["2023-06-02", "2023-04-28", "2023-06-01"]).date, "end_date": [None] * 3,
        "is_year_inferred": [False, False, True], "fact_id": ["f1", "f2", "f3"], "dates": ["02/06", "28/04", "01/06"]})
    chart = timeline_chart(rows, ["A", "B"], {e: e.upper() for e in EVENTS}, "inferred", "T",
                           columns={"region": "col.region", "dates": "col.quote"}, lang="en")
    # the launch comes before the jury; the jury, drawn twice (as given and as inferred), is named once
    assert chart.description == tr("a11y.description", "en", text="T — " + tr(
        "a11y.series", "en", n=2, names="LANCERING, JURY"))
    assert chart.legend == "LANCERING, JURY, inferred"
    assert chart.rows.to_dict("list") == {tr("col.region", "en"): ["B", "A", "A"], tr("col.quote", "en"): ["02/06", "28/04", "01/06"]}


def test__event_style__gives_every_step_of_the_call_a_colour_and_symbol():
    assert list(EVENT_STYLE) == list(EVENTS)
    assert len({style for style in EVENT_STYLE.values()}) == len(EVENTS)

