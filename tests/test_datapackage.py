"""dashboard.builder.datapackage: the dataset as a Frictionless Data Package, checked by frictionless itself on the zip
people download, on its parquet files and on its CSV copies (data/csv/datapackage.json). frictionless 5.21 reads a
parquet null in a number column as NaN, which a whole-number field rejects unless it names "nan" as missing: the
minimal case below shows it, and the package's numeric fields name it."""

import io
import json
import subprocess
import sys
import zipfile

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import yaml

from dashboard.builder.datapackage import NUMERIC_MISSING

from dashboard.core.paths import ROOT
from dashboard.core.resources import COLUMNS, RESOURCES
from dashboard.domain import exports

PACKAGE = json.loads((ROOT / "data" / "datapackage.json").read_text(encoding="utf-8"))


def _validate(folder) -> dict:
    """``frictionless validate`` on the Data Package in ``folder``, as its JSON report."""
    run = subprocess.run([sys.executable, "-m", "frictionless", "validate", "datapackage.json", "--json"], cwd=folder,
                         capture_output=True, text=True, timeout=600)
    return json.loads(run.stdout)


def _errors(report: dict) -> list[tuple[str, str]]:
    return [(task["name"], error["type"]) for task in report["tasks"] for error in task["errors"]]


@pytest.fixture(scope="module")
def unzipped(tmp_path_factory):
    folder = tmp_path_factory.mktemp("zip")
    zipfile.ZipFile(io.BytesIO(exports.dataset_zip(ROOT))).extractall(folder)
    return folder / exports.ZIP_FOLDER / "data"


@pytest.mark.parametrize("copy", ["parquet", "csv"])
def test__dataset_zip__frictionless_validate_passes_on_its_data_package(unzipped, copy):
    report = _validate(unzipped / "csv" if copy == "csv" else unzipped)
    assert report["valid"], _errors(report)[:20]
    assert {task["name"] for task in report["tasks"]} == set(RESOURCES)


def _validate_table(folder, columns: dict[str, pa.Array], field: dict) -> dict:
    """``frictionless validate`` on a package of one parquet table of ``columns``, each described by ``field``."""
    pq.write_table(pa.table(columns), folder / "t.parquet")
    fields = [{"name": name} | field for name in columns]
    package = {"name": "p", "resources": [{"name": "t", "path": "t.parquet", "format": "parquet", "profile": "tabular-data-resource",
                                           "schema": {"fields": fields}}]}
    (folder / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    return _validate(folder)


# Two whole-number columns that may be empty, as region_obstacles' challenge_rank and importance_rank: pyarrow hands
# pandas both as one block of floats, and the null of the second row reaches frictionless as a NaN that is not np.nan
RANKS = {"challenge_rank": pa.array([1, None], pa.int64()), "importance_rank": pa.array([None, 2], pa.int64())}


def test__frictionless__reads_a_parquet_null_in_a_whole_number_column_as_the_text_nan_the_minimal_case(tmp_path):
    """frictionless-py's bug (issue 1637): its pandas reader tests a missing cell with `value is np.nan`. Should a
    newer frictionless read the null as empty, this fails: then NUMERIC_MISSING can go."""
    errors = [(e["type"], e["cell"]) for e in _validate_table(tmp_path, RANKS, {"type": "integer"})["tasks"][0]["errors"]]
    assert errors and set(errors) == {("type-error", "nan")}


def test__frictionless__a_whole_number_column_naming_nan_as_missing_validates_from_parquet(tmp_path):
    assert _validate_table(tmp_path, RANKS, {"type": "integer", "missingValues": NUMERIC_MISSING})["valid"]


def test__frictionless__an_empty_cell_of_a_required_number_column_is_caught_from_parquet(tmp_path):
    values = {"value": pa.array([1.5, None], pa.float64()), "other": pa.array([None, 2.5], pa.float64())}
    report = _validate_table(tmp_path, values, {"type": "number", "missingValues": NUMERIC_MISSING, "constraints": {"required": True}})
    assert sorted((e["type"], e["fieldName"]) for e in report["tasks"][0]["errors"]) == [
        ("constraint-error", "other"), ("constraint-error", "value")]


def test__datapackage__numeric_fields_and_only_they_name_nan_as_missing():
    for resource in PACKAGE["resources"]:
        for field in resource["schema"]["fields"]:
            assert (field.get("missingValues") == NUMERIC_MISSING) is (field["type"] in ("integer", "number")), field["name"]


def test__dataset_zip__frictionless_validate_finds_a_value_outside_a_vocabulary(unzipped, tmp_path):
    """The same package with one link_kind changed: the check can fail, and names the table."""
    folder = tmp_path / "csv"
    folder.mkdir()
    for path in unzipped.joinpath("csv").iterdir():
        folder.joinpath(path.name).write_bytes(path.read_bytes())
    links = folder / "obstacle_service_links.csv"
    links.write_text(links.read_text(encoding="utf-8-sig").replace('"stated"', '"guessed"', 1), encoding="utf-8-sig")
    report = _validate(folder)
    assert not report["valid"]
    assert ("obstacle_service_links", "constraint-error") in _errors(report)


def test__datapackage__describes_every_table_with_its_columns_keys_and_vocabularies():
    described = {r["name"]: r for r in PACKAGE["resources"]}
    assert list(described) == list(RESOURCES)
    for name, resource in RESOURCES.items():
        schema = described[name]["schema"]
        assert [f["name"] for f in schema["fields"]] == list(pd.read_parquet(ROOT / "data" / f"{name}.parquet").columns)
        assert schema.get("primaryKey", []) == list(resource.primary_key)
        for field in schema["fields"]:
            vocabulary = COLUMNS[field["name"]].vocabulary
            assert field["constraints"].get("enum") == (list(vocabulary) if vocabulary else None)
            assert field["constraints"]["required"] is not COLUMNS[field["name"]].nullable


def test__datapackage__every_table_names_its_sources_and_licences_and_the_addenda_by_file():
    for resource in PACKAGE["resources"]:
        assert resource["sources"] and resource["licenses"], resource["name"]
        assert all(item["title"] and item["path"] for item in resource["sources"] + resource["licenses"])
    facts = next(r for r in PACKAGE["resources"] if r["name"] == "region_obstacles")
    assert {s["path"] for s in facts["sources"]} == {f"sources/{p.name}" for p in (ROOT / "data" / "sources").glob("*.txt")}
    assert all((ROOT / "data" / s["path"]).exists() for r in PACKAGE["resources"] for s in r["sources"])


def test__datapackage__a_foreign_key_with_an_empty_part_is_left_to_the_build():
    """A region-wide row has no challenge_rank; Table Schema would count its key as broken."""
    facts = next(r for r in PACKAGE["resources"] if r["name"] == "region_obstacles")
    referred = {key["reference"]["resource"] for key in facts["schema"]["foreignKeys"]}
    assert referred == {"regions", "obstacles", "sources"}


def test__citation__names_what_citation_file_format_requires_and_travels_in_the_zip():
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert citation["cff-version"] == "1.2.0" and citation["type"] == "dataset"
    assert citation["message"] and citation["title"] and all(author["name"] for author in citation["authors"])
    archive = zipfile.ZipFile(io.BytesIO(exports.dataset_zip(ROOT)))
    assert archive.read(f"{exports.ZIP_FOLDER}/CITATION.cff") == (ROOT / "CITATION.cff").read_bytes()
