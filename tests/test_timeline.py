"""Unit tests of the call's timeline: the rows, which regions the filters keep, and the Gantt chart."""

import re

import pandas as pd
import pytest

from dashboard.core.data import read_dataset
from dashboard.core.vocabularies import EVENTS
from dashboard.domain.evidence import fact_index, read_source_texts
from dashboard.figures.map_screen import NARROW_PX, clickable, screen_svg
from dashboard.figures.timeline_chart import EVENT_STYLE, SELECTION, clicked_fact, timeline_chart
from dashboard.text.dates import day_text
from tests.apptest import clickable_marks
from dashboard.text.i18n import tr
from dashboard.core.paths import ROOT
from dashboard.core.scope import Scope
from dashboard.domain.timeline import timeline_rows


@pytest.fixture(scope="module")
def ds():
    return read_dataset(ROOT)


def _chart(rows: pd.DataFrame, regions: list[str]):
    return timeline_chart(rows, regions, {e: e.upper() for e in EVENTS}, "inferred", "t", columns={}, lang="en")


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


def test__timeline_chart__draws_every_day_and_period_with_inferred_years_hollow_and_dotted(ds):
    rows = timeline_rows(Scope(ds, tuple(ds.tables["regions"]["region_id"])), "en")
    svg = _drawing(_chart(rows, list(rows["region"].unique())))
    steps = rows.set_index("fact_id")
    days = clickable_marks(svg)
    assert len(days) == len(rows) + rows["end_date"].notna().sum()
    for fact, label, attributes in days:  # each day clickable by its fact, with its hover text, hollow when inferred
        step = steps.loc[fact]
        assert label == f"{step['region']} · {step['event'].upper()}: {step['dates']}"
        assert ('fill-opacity="0"' in attributes) == step["is_year_inferred"]
    periods = rows[rows["end_date"].notna()]
    assert sorted(LINE.findall(svg)) == sorted("2,6" if inferred else "1,0" for inferred in periods["is_year_inferred"])
    assert ">inferred</text>" in svg  # the legend says what hollow means


def test__timeline_chart__one_row_per_region_in_the_given_order_dates_on_top_in_the_reader_s_language():
    for lang in ("nl", "en"):
        chart = timeline_chart(TWO_STEPS, ["A", "C", "B"], {e: e.upper() for e in EVENTS}, "inferred", "t", columns={},
                               lang=lang)
        svg = _drawing(chart)
        rows = {fact: float(y) for fact, y in re.findall(r'<a data-code="([^"]*)"><path [^>]*translate\([\d.]+,([\d.]+)\)', svg)}
        assert rows["f2"] < rows["f1"]  # A above B
        names = re.findall(r'>([ABC])</text>', svg)
        assert names == ["A", "C", "B"]  # C, without steps, keeps its row
        ticks = re.findall(r'>([^<]*2023)</text>', svg)
        assert ticks and set(ticks) <= {day_text(day, lang) for day in pd.date_range("2023-01-01", "2023-12-31")}
        assert chart.figure["layer"][0]["encoding"]["x"]["axis"]["orient"] == "top"


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
    assert _legend(_drawing(chart)) == ["LANCERING", "JURY", "inferred"]
    assert chart.rows.to_dict("list") == {tr("col.region", "en"): ["B", "A", "A"], tr("col.quote", "en"): ["02/06", "28/04", "01/06"]}
    given = _chart(rows.assign(is_year_inferred=False), ["A", "B"])
    assert given.legend == "LANCERING, JURY" and _legend(_drawing(given)) == ["LANCERING", "JURY"]  # nothing hollow to explain


def test__timeline_chart__a_click_on_a_day_selects_its_step_s_fact():
    spec = _chart(TWO_STEPS, ["A", "B"]).figure
    points = clickable(spec)
    assert (points.name, points.field) == (SELECTION, "fact_id") and spec["layer"][points.layer]["mark"]["type"] == "point"
    assert clicked_fact({"selection": {SELECTION: [{"fact_id": "f2"}]}}) == "f2"
    assert clicked_fact({"selection": {}}) is None and clicked_fact(None) is None


def test__event_style__gives_every_step_of_the_call_a_colour_and_symbol():
    assert list(EVENT_STYLE) == list(EVENTS)
    assert len({colour for colour, _ in EVENT_STYLE.values()}) == len({shape for _, shape in EVENT_STYLE.values()}) == len(EVENTS)
    legend = _legend_symbols(_drawing(_chart(ALL_STEPS, ["A"])))
    assert len(legend) == len(set(legend)) == len(EVENTS) + 1  # each step's shape and colour as drawn, and the hollow ring


TWO_STEPS = pd.DataFrame({
    "region": ["B", "A"], "event": ["lancering", "jury"], "start_date": pd.to_datetime(["2023-04-28", "2023-06-01"]).date,
    "end_date": [None, pd.Timestamp("2023-06-05").date()], "is_year_inferred": [False, True],
    "fact_id": ["f1", "f2"], "dates": ["28/04/2023", "01/06/2023 – 05/06/2023"]})
ALL_STEPS = pd.DataFrame({
    "region": "A", "event": list(EVENTS), "start_date": pd.date_range("2023-04-01", periods=len(EVENTS)).date,
    "end_date": None, "is_year_inferred": [False] * (len(EVENTS) - 1) + [True], "fact_id": list(EVENTS), "dates": "d"})
LINE = re.compile(r'<line [^>]*stroke-width="9" stroke-dasharray="([^"]*)"')


def _drawing(chart) -> str:
    return screen_svg(chart.figure, [], NARROW_PX)


def _legend(svg: str) -> list[str]:
    return re.findall(r'role-legend-label[^>]*><text [^>]*>([^<]*)</text>', svg)


def _legend_symbols(svg: str) -> list[tuple[str, str]]:
    """Each legend entry's symbol as drawn: its outline and its colour."""
    return re.findall(r'role-legend-symbol[^>]*><path transform="[^"]*" d="([^"]*)" fill="([^"]*)"', svg)
