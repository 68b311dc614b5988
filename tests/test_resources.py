"""dashboard.core.resources: one description per table; the committed data keeps to its keys and vocabularies."""

import json
from dataclasses import replace

import pandas as pd
import pytest

from dashboard.builder.checks import reference_problems, row_problems
from dashboard.builder.datapackage import render_datapackage
from dashboard.builder.docs import render_readme
from dashboard.core.data import Dataset, read_dataset, table_problem
from dashboard.core.paths import ROOT
from dashboard.core import resources
from dashboard.core.indicators import INDICATORS, NO_AREA, PUBLISHED, RANGE, WEIGHTED
from dashboard.core.resources import (COLUMNS, REGION, RESOURCES, SOURCE, Column, ForeignKey, Resource, arrow_schema,
                                      fact_tables, with_indicator_tables)
from dashboard.core.scope import Scope
from dashboard.core.vocabularies import EVENTS, LANGUAGES, SECTIONS
from dashboard.domain.evidence import fact_id


@pytest.fixture(scope="module")
def ds():
    return read_dataset(ROOT)


def test__resource__naming_a_column_it_does_not_have_is_refused():
    with pytest.raises(ValueError, match="region"):
        Resource("x", ["a"], foreign_keys=[ForeignKey(("region",), "regions")])
    with pytest.raises(ValueError):
        Resource("x", ["a"], scope="galaxy")


@pytest.mark.parametrize("column", [c for c, definition in COLUMNS.items() if definition.vocabulary])
def test__vocabulary__holds_every_value_the_data_uses_and_the_data_dictionary_names_each_one(ds, column):
    used = {value for frame in ds.tables.values() if column in frame for value in frame[column].dropna()}
    assert used and used <= set(COLUMNS[column].vocabulary)
    described = [line for line in (ROOT / "data" / "README.md").read_text(encoding="utf-8").splitlines()
                 if line.startswith(f"| `{column}` |")]
    assert described and all(value in line for line in described for value in used)  # what a reader of the file looks up


def test__vocabulary__every_term_has_a_dutch_and_an_english_label():
    vocabularies = {id(c.vocabulary): c.vocabulary for c in COLUMNS.values() if c.vocabulary} | {id(SECTIONS): SECTIONS}
    for vocabulary in vocabularies.values():
        for value in vocabulary:
            assert all(vocabulary.label(value, lang).strip() for lang in LANGUAGES), value


def test__vocabulary_only__keeps_the_order_and_refuses_an_unknown_value():
    assert SECTIONS.only("timing", "uitdaging").values == ("uitdaging", "timing")
    with pytest.raises(ValueError, match="kantine"):
        SECTIONS.only("kantine")


@pytest.mark.parametrize("table", [t for t, r in RESOURCES.items() if r.primary_key])
def test__primary_key__no_two_committed_rows_share_it(ds, table):
    assert not ds.tables[table].duplicated(list(RESOURCES[table].primary_key)).any()


@pytest.mark.parametrize(("table", "key"), [(t, k) for t, r in RESOURCES.items() for k in r.foreign_keys])
def test__foreign_key__every_committed_row_names_a_row_of_its_table(ds, table, key):
    columns = list(key.columns)
    named = ds.tables[table][columns].dropna()
    known = pd.MultiIndex.from_frame(ds.tables[key.table][columns])
    assert pd.MultiIndex.from_frame(named).isin(known).all()


def test__fact_identity__gives_every_committed_fact_its_own_id(ds):
    for table, resource in RESOURCES.items():
        if resource.is_fact:
            assert not ds.tables[table].duplicated([*resource.fact_identity, resource.quote]).any(), table


def test__resources__a_table_described_once_reaches_checks_schema_scope_facts_docs_and_datapackage(ds, monkeypatch):
    """What adding a table takes: its entry in RESOURCES (and any new column in COLUMNS). Everything else follows."""
    monkeypatch.setitem(COLUMNS, "meeting_note", Column("string", "What the meeting was about (ours)."))
    monkeypatch.setitem(RESOURCES, "region_meetings", Resource(
        "Meetings an addendum names.", ["region_id", "event", "meeting_note", "source_id", "quote"],
        foreign_keys=[REGION, SOURCE], quote="quote", fact_identity=["region_id", "event"], scope="region"))
    quote = ds.tables["timeline"]["quote"].iloc[0]
    meetings = pd.DataFrame({"region_id": ["westhoek", "westhoek", "gent"], "event": ["jury", "jury", "koffie"],
                             "meeting_note": ["x", "x", "y"], "source_id": ["westhoek"] * 3, "quote": [quote] * 3,
                             "_file": "f", "_record": ["meetings[0]", "meetings[1]", "meetings[2]"]})
    tables = {name: frame.assign(_file="f", _record="r") for name, frame in ds.tables.items()} | {"region_meetings": meetings}

    assert arrow_schema("region_meetings").names == ["region_id", "event", "meeting_note", "source_id", "quote"]
    problems = [(p.record, p.message) for p in row_problems(tables, {}) + reference_problems(tables)]
    assert ("meetings[1]", "repeats an earlier row of region_meetings: same region_id, event, quote") in problems
    assert any(record == "meetings[2]" and "koffie" in message for record, message in problems)  # not a step of the call
    assert ("meetings[2]", "unknown region_id 'gent': not in regions") in problems
    assert table_problem("region_meetings", meetings, arrow_schema("region_meetings")).startswith("column event holds")
    assert list(Scope(Dataset(tables, {}), ("oostende",)).rows("region_meetings")["region_id"]) == []
    assert "region_meetings" in fact_tables() and fact_id("region_meetings", meetings.iloc[0]).startswith("region_meetings:westhoek:")
    assert "### `data/region_meetings.parquet`" in render_readme(tables)
    described = next(r for r in json.loads(render_datapackage(tables))["resources"] if r["name"] == "region_meetings")
    assert described["schema"]["fields"][1]["constraints"]["enum"] == list(EVENTS)


def _rent(aggregate: str, weight: str | None = None, area_note: str = ""):
    """A made-up indicator of its own tables: a median rent, or a rate when weighted."""
    return replace(INDICATORS["income"], indicator_id="rent", table="municipality_rent", area_table="region_rent",
                   column="median_rent_eur", aggregate=aggregate, weight=weight, name=("Mediaan huur", "Median rent"),
                   label=("Mediaan huur (€)", "Median rent (€)"), counts=(), area_note=area_note)


def test__with_indicator_tables__a_median_gets_the_range_of_its_municipalities_never_an_area_value(monkeypatch):
    monkeypatch.setattr(resources, "COLUMNS", dict(COLUMNS))
    tables = with_indicator_tables({"regions": RESOURCES["regions"]}, [_rent(RANGE)])
    assert list(tables) == ["regions", "municipality_rent", "region_rent"]
    assert tables["municipality_rent"].columns == ["nis_code", "name", "year", "median_rent_eur"]
    assert tables["region_rent"].columns == ["area_id", "year", "municipalities", "median_rent_eur_low",
                                             "median_rent_eur_low_nis_code", "median_rent_eur_high",
                                             "median_rent_eur_high_nis_code"]
    assert resources.COLUMNS["median_rent_eur_high"].description == "Highest municipal median rent in the area."
    assert "does not add up" in tables["region_rent"].description


def test__with_indicator_tables__a_rate_is_weighted_by_the_persons_it_counts(monkeypatch):
    monkeypatch.setattr(resources, "COLUMNS", dict(COLUMNS))
    tables = with_indicator_tables({}, [_rent(WEIGHTED, weight="tenants")])
    assert tables["region_rent"].columns == ["area_id", "year", "municipalities", "tenants", "median_rent_eur"]
    assert "weighted by the persons counted" in tables["region_rent"].description
    with pytest.raises(ValueError, match="weight"):
        with_indicator_tables({}, [_rent(WEIGHTED)])


def test__with_indicator_tables__a_published_median_is_one_column_that_may_be_empty(monkeypatch):
    monkeypatch.setattr(resources, "COLUMNS", dict(COLUMNS))
    tables = with_indicator_tables({}, [_rent(PUBLISHED, area_note="the source's table per region")])
    assert tables["region_rent"].columns == ["area_id", "year", "municipalities", "median_rent_eur"]
    assert resources.COLUMNS["median_rent_eur"].nullable
    assert "the source's table per region" in tables["region_rent"].description


def test__with_indicator_tables__an_area_without_a_figure_says_why_and_needs_a_reason(monkeypatch):
    monkeypatch.setattr(resources, "COLUMNS", dict(COLUMNS))
    tables = with_indicator_tables({}, [_rent(NO_AREA, area_note="the source gives medians per municipality only")])
    assert tables["region_rent"].columns == ["area_id", "year", "municipalities"]
    assert "no figure for an area: the source gives medians per municipality only" in tables["region_rent"].description
    with pytest.raises(ValueError, match="area_note"):
        with_indicator_tables({}, [_rent(NO_AREA)])


def test__resources__the_poverty_area_table_is_derived_from_both_registry_entries_in_the_committed_order(ds):
    """region_poverty is no longer described by hand: its columns follow poverty (weighted, with the persons at risk
    beside it) and income (a range), and equal the committed table's."""
    assert RESOURCES["region_poverty"].columns == list(ds.tables["region_poverty"].columns)
    assert list(RESOURCES).index("region_poverty") == list(RESOURCES).index("municipality_poverty") + 1
    assert "median_eur" not in RESOURCES["region_poverty"].columns  # no mean of medians
