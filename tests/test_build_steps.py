"""dashboard.builder.steps: one step per source, with its metadata beside it, checked like owid's etl does; the data
dictionary and the Data Package take their sources and licences from that metadata."""

import json

import pytest

from dashboard.builder import steps as steps_module
from dashboard.builder.pipeline import build
from dashboard.builder.steps import INDICATORS, INPUTS, META_FIELDS, reference_files, steps
from dashboard.builder.vendor import PROVENANCE
from dashboard.core.indicators import INDICATORS as REGISTRY
from dashboard.core.paths import ROOT
from dashboard.core.resources import RESOURCES

DATA = ROOT / "data"
STEPS = steps()
STATBEL_LICENCE = "Statbel open-data licence: reuse with attribution 'Statbel (Directorate-General Statistics - Statistics Belgium)'"


def _matches(path, name: str) -> bool:
    """A file of data/ is the file ``name`` names, matches its pattern, or lies in its folder."""
    pattern = DATA / name
    return path == pattern or path.match(str(pattern)) or pattern.is_dir() and path.is_relative_to(pattern)


def test__steps__every_source_is_a_step_and_the_inputs_come_first():
    names = [step.name for step in STEPS]
    assert {"addenda", "boundaries", "codebook", "mergers_2025", "reliability_rounds", "statbel_population",
            "statbel_poverty"} <= set(names)
    stages = [step.meta["stage"] for step in STEPS]
    assert stages == sorted(stages, key=[INPUTS, INDICATORS].index) and stages[-1] == INDICATORS


@pytest.mark.parametrize("step", STEPS, ids=[step.name for step in STEPS])
def test__meta__names_real_files_described_tables_and_registered_indicators(step):
    assert all(isinstance(step.meta[field], (str, list)) and step.meta[field] for field in META_FIELDS)
    assert all(isinstance(check, str) and check for check in step.meta["checks"])
    for name in step.meta["files"]:
        assert [path for path in DATA.rglob("*") if _matches(path, name)], f"{step.name}: {name} names no file"
    assert set(step.meta["tables"]) <= set(RESOURCES)
    for indicator_id in step.meta["indicators"]:
        assert {REGISTRY[indicator_id].table, REGISTRY[indicator_id].area_table} <= set(step.meta["tables"])
    assert (DATA / step.meta["licence_path"]).is_file() and (DATA / step.meta["path"]).exists()


def test__every_table_is_fed_by_a_step():
    assert set(RESOURCES) == {table for step in STEPS for table in step.meta["tables"]}


def test__every_input_file_is_named_by_a_step():
    """What data/curated and data/reference hold (documentation and the shapefile's sidecars aside) is some step's."""
    inputs = [path for folder in ("curated", "reference") for path in (DATA / folder).rglob("*")
              if path.is_file() and path.suffix not in (".md", ".shx", ".dbf", ".prj", ".cpg")]
    assert inputs
    unread = [str(path.relative_to(DATA)) for path in inputs
              if not any(_matches(path, name) for step in STEPS for name in step.meta["files"])]
    assert unread == []


def test__every_registered_indicator_has_the_step_of_its_source():
    produced = {indicator for step in STEPS for indicator in step.meta["indicators"]}
    assert produced == set(REGISTRY)


def test__reference_files__are_what_data_reference_holds_beside_its_provenance():
    held = {path.name for path in (DATA / "reference").iterdir() if path.is_file()}
    assert set(reference_files()) == held - {PROVENANCE}


def test__steps__metadata_without_a_licence_is_refused(tmp_path, monkeypatch):
    meta = (steps_module.FOLDER / "mergers_2025.meta.yml").read_text(encoding="utf-8")
    (tmp_path / "mergers_2025.meta.yml").write_text(meta.replace("\nlicence:", "\nlicense:"), encoding="utf-8")
    (tmp_path / "mergers_2025.py").write_text("", encoding="utf-8")
    monkeypatch.setattr(steps_module, "FOLDER", tmp_path)
    with pytest.raises(ValueError, match="mergers_2025.meta.yml: licence is missing or empty"):
        steps_module.steps()


def test__build__writes_every_table_of_every_step():
    outputs = build()
    assert {f"data/{table}.parquet" for step in STEPS for table in step.meta["tables"]} <= set(outputs)


def test__datapackage__names_the_sources_and_licences_the_metadata_gives():
    """The Data Package written from the steps' metadata: the 2025 mergers are a source of the 2025 municipalities
    (they were missing before the mergers became a step), and Statbel's licence comes with its tables."""
    package = {r["name"]: r for r in json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))["resources"]}
    merged = {source["path"] for source in package["municipalities_2025"]["sources"]}
    assert merged == {"reference/population_2023.csv", "reference/mergers_2025.csv", "reference/boundaries/gemeente2024.shp"}
    assert [licence["title"] for licence in package["municipality_poverty"]["licenses"]] == [STATBEL_LICENCE]
    assert {source["path"] for source in package["service_types"]["sources"]} == {"curated/taxonomy"}


def test__readme__lists_every_source_with_its_producer_licence_and_checks():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    sources = readme[readme.index("## Sources and attribution"):readme.index("## The addenda")]
    for step in STEPS:
        entry = sources[sources.index(f"- **{step.meta['title']}**"):].split("\n- ")[0]
        assert step.meta["producer"] in entry and step.meta["licence"] in entry
        assert all(f"\n  - {check}\n" in entry + "\n" for check in step.meta["checks"])
