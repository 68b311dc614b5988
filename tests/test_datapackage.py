"""dashboard.builder.datapackage: the dataset as a Frictionless Data Package, checked by frictionless itself on the zip
people download. It validates the zip's CSV copies (data/csv/datapackage.json): frictionless 5.21 reads a parquet
integer column with empty cells as floats (NaN) and reports each empty cell as a type error."""

import io
import json
import subprocess
import sys
import zipfile

import pandas as pd
import pytest
import yaml

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


def test__dataset_zip__frictionless_validate_passes_on_its_data_package(unzipped):
    report = _validate(unzipped / "csv")
    assert report["valid"], _errors(report)[:20]
    assert {task["name"] for task in report["tasks"]} == set(RESOURCES)


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
