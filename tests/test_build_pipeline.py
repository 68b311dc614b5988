"""The whole build on a small self-made inputs tree: outputs, schemas, determinism, CLI."""

import io
import shutil
from pathlib import Path

import geopandas as gpd
import pyarrow.parquet as pq
import pytest

from dashboard.builder import __main__ as cli
from dashboard.builder.inputs import Paths
from dashboard.builder.pipeline import build
from dashboard.builder.problems import BuildFailed
from dashboard.core.resources import RESOURCES, arrow_schema
from dashboard.core.paths import ROOT
from dashboard.domain.reliability import draw_sample
from tests.conftest import SIXTH_EXAMPLES, SIXTH_MANIFEST, SIXTH_REGION, SIXTH_SOURCE, add_poverty_rows, add_sixth_region

DATA = ROOT / "data"
REGION_FILE = "regions/brugs-ommeland.yaml"
BOUNDARY_FILE = "boundaries/gemeente2024.shp"  # in data/reference, as the boundaries step's metadata names it
GEO_FILES = ["geo/municipalities.parquet", "geo/municipalities_2025.parquet", "geo/regions.parquet", "geo/flanders.parquet"]
OTHER_FILES = {"data/README.md", "data/CODEBOOK.md", "data/datapackage.json"}  # what the build writes beside the tables
HAS_FIVE_REGIONS = len(list((DATA / "curated" / "regions").glob("*.yaml"))) >= 5


def make_small_tree(root: Path) -> Paths:
    """data/curated, data/sources and data/reference under ``root`` holding only the synthetic region."""
    paths = Paths.of_repository(root)
    (paths.curated / "regions").mkdir(parents=True)
    shutil.copytree(DATA / "curated" / "taxonomy", paths.curated / "taxonomy")
    shutil.copy(DATA / "curated" / "population_2025_merged.csv", paths.curated)
    shutil.copytree(DATA / "reference", paths.reference)
    for path in paths.reference.rglob("*"):  # the committed boundary files are read-only
        path.chmod(0o755 if path.is_dir() else 0o644)
    paths.sources.mkdir(parents=True)
    (paths.sources / "brugs-ommeland.txt").write_text(SIXTH_SOURCE, encoding="utf-8")
    (paths.curated / REGION_FILE).write_text(SIXTH_REGION, encoding="utf-8")
    (paths.curated / "sources.yaml").write_text(SIXTH_MANIFEST.replace("{sha}", "0" * 64), encoding="utf-8")
    (paths.curated / "emphasis_examples.csv").write_text(SIXTH_EXAMPLES, encoding="utf-8")
    with open(paths.reference / "population_2023.csv", "a", encoding="utf-8") as population:
        population.write('31005,Brugge,Brugs Ommeland,119000,2023-01-01,synthetic,"test only"\n')
    add_poverty_rows(paths.reference, "31005", keep_others=False)
    reliability = paths.curated / "reliability"  # a sample of the synthetic text, and a second coder who codes nothing
    reliability.mkdir()
    sample = draw_sample({"brugs-ommeland": SIXTH_SOURCE}, {"brugs-ommeland": "brugs-ommeland"}, size=2)
    sample.to_csv(reliability / "sample.csv", index=False)
    sample.assign(kind="none", category_id="none")[["sample_id", "kind", "category_id"]].to_csv(reliability / "second_coder.csv", index=False)
    (reliability / "blind_codebook.md").write_text("# Codebook\n", encoding="utf-8")  # what that coder was given
    return paths


@pytest.fixture
def small(tmp_path: Path) -> Paths:
    return make_small_tree(tmp_path / "repo")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, bytes]:
    return build(make_small_tree(tmp_path_factory.mktemp("built") / "repo"))


def _failure(paths: Paths) -> list:
    with pytest.raises(BuildFailed) as failure:
        build(paths)
    return failure.value.problems


# the build

def test__build__writes_every_table_of_the_dictionary_and_the_geo_files(outputs):
    expected = {f"data/{name}.parquet" for name in RESOURCES} | set(GEO_FILES) | OTHER_FILES
    assert set(outputs) == expected


@pytest.mark.parametrize("name", list(RESOURCES))
def test__build__parquet_schema_equals_the_dictionary(outputs, name):
    schema = pq.read_schema(io.BytesIO(outputs[f"data/{name}.parquet"]))
    assert schema.equals(arrow_schema(name), check_metadata=False), (schema, arrow_schema(name))


def test__build__tables_hold_the_synthetic_region(outputs):
    regions = pq.read_table(io.BytesIO(outputs["data/regions.parquet"])).to_pandas()
    municipalities = pq.read_table(io.BytesIO(outputs["data/municipalities.parquet"])).to_pandas()
    personas = pq.read_table(io.BytesIO(outputs["data/challenge_personas.parquet"])).to_pandas()
    assert list(regions["region_id"]) == ["brugs-ommeland"]
    assert municipalities[["nis_code", "population", "region_id"]].values.tolist() == [["31005", 119000, "brugs-ommeland"]]
    assert municipalities["area_km2"].iloc[0] > 100  # Brugge is about 138 km²
    assert personas.sort_values("persona_rank")["persona_id"].tolist() == ["saled", "nora"]


def test__build__a_group_fact_is_written_once_and_repeated_for_each_persona_of_its_challenge(outputs):
    facts = pq.read_table(io.BytesIO(outputs["data/persona_facts.parquet"])).to_pandas()
    assert facts.groupby("fact_level")["persona_id"].apply(list).to_dict() == {"persona": ["saled"], "group": ["saled", "nora"]}


def test__build__empty_fact_list_is_an_empty_table_with_its_schema(outputs):
    table = pq.read_table(io.BytesIO(outputs["data/region_figures.parquet"]))
    assert table.num_rows == 0
    assert table.schema.equals(arrow_schema("region_figures"), check_metadata=False)


def test__build__geo_municipalities_is_epsg4326_with_nis_code(outputs):
    frame = gpd.read_parquet(io.BytesIO(outputs["geo/municipalities.parquet"]))
    assert frame.crs.to_epsg() == 4326
    assert list(frame["nis_code"]) == ["31005"]
    minx, miny, maxx, maxy = frame.total_bounds
    assert 2.5 < minx < maxx < 6.5 and 49.5 < miny < maxy < 51.6  # degrees, in Belgium


def test__build__geo_layers_are_keyed_by_their_ids(outputs):
    municipalities_2025 = gpd.read_parquet(io.BytesIO(outputs["geo/municipalities_2025.parquet"]))
    regions = gpd.read_parquet(io.BytesIO(outputs["geo/regions.parquet"]))
    assert list(municipalities_2025["nis_code_2025"]) == ["31005"]
    assert list(regions["region_id"]) == ["brugs-ommeland"]
    assert regions.crs.to_epsg() == 4326


def test__build__readme_lists_the_source(outputs):
    readme = outputs["data/README.md"].decode("utf-8")
    assert "| brugs-ommeland | Lokaal Addendum Brugs Ommeland (synthetisch) | 2023-05-05 |" in readme


def test__build__is_deterministic(small: Paths, outputs):
    again = build(small)
    assert set(again) == set(outputs)
    assert [name for name in outputs if again[name] != outputs[name]] == []


def test__build__missing_source_text_is_reported(small: Paths):
    (small.sources / "brugs-ommeland.txt").unlink()
    problem = _failure(small)[0]
    assert problem.file.endswith("sources/brugs-ommeland.txt")
    assert "missing" in problem.message


def test__build__missing_boundary_file_is_reported(small: Paths):
    (small.reference / BOUNDARY_FILE).unlink()
    problems = _failure(small)
    assert [(Path(p.file).name, p.message) for p in problems] == [("gemeente2024.shp", "boundary file is missing")]


@pytest.mark.parametrize("suffix", [".dbf", ".shx", ".prj"])
def test__build__missing_boundary_sidecar_is_reported(small: Paths, suffix):
    (small.reference / BOUNDARY_FILE).with_suffix(suffix).unlink()
    problems = _failure(small)
    assert any(p.file.endswith(f"gemeente2024{suffix}") for p in problems), problems


def test__build__municipality_without_geometry_is_reported(small: Paths):
    region = small.curated / REGION_FILE
    region.write_text(region.read_text(encoding="utf-8").replace(
        '  - {nis_code: "31005", name: Brugge, quote: "Lokaal werkingsgebied: Brugge"}',
        '  - {nis_code: "31005", name: Brugge, quote: "Lokaal werkingsgebied: Brugge"}\n'
        '  - {nis_code: "99999", name: Nergens, quote: "Lokaal werkingsgebied: Brugge"}'), encoding="utf-8")
    with open(small.reference / "population_2023.csv", "a", encoding="utf-8") as population:
        population.write('99999,Nergens,Brugs Ommeland,1,2023-01-01,synthetic,"test only"\n')
    problem = _failure(small)[0]
    assert problem.file.endswith(REGION_FILE) and problem.record == "municipalities[1]"
    assert "99999" in problem.message and "no geometry" in problem.message


def test__build__no_region_files_is_reported(small: Paths):
    (small.curated / REGION_FILE).unlink()
    assert any(p.file.endswith("curated/regions") and "no region files" in p.message for p in _failure(small))


@pytest.mark.skipif(not HAS_FIVE_REGIONS, reason="data/curated/regions does not hold the five region files yet")
def test__build__sixth_region_builds_with_no_code_change(inputs_copy: Paths):
    before = build(inputs_copy)
    add_sixth_region(inputs_copy)
    after = build(inputs_copy)
    regions = pq.read_table(io.BytesIO(after["data/regions.parquet"])).to_pandas()
    assert len(regions) == len(pq.read_table(io.BytesIO(before["data/regions.parquet"]))) + 1 == 6
    assert "brugs-ommeland" in set(regions["region_id"])
    geo_regions = gpd.read_parquet(io.BytesIO(after["geo/regions.parquet"]))
    assert "brugs-ommeland" in set(geo_regions["region_id"])
    municipalities = pq.read_table(io.BytesIO(after["data/municipalities.parquet"])).to_pandas()
    assert "31005" in set(municipalities["nis_code"])


# the command line

@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A fake repository with the small tree; ../shared is absent for it."""
    make_small_tree(tmp_path / "repo")
    return tmp_path / "repo"


def _written(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for folder in ("data", "geo") for p in (root / folder).glob("*.*")
            if p.is_file()}


def test__main__writes_the_dataset_and_check_passes(repo: Path, capsys):
    assert cli.main(["--root", str(repo)]) == 0
    written = _written(repo)
    assert {f"data/{name}.parquet" for name in RESOURCES} | set(GEO_FILES) | OTHER_FILES <= set(written)
    assert [p.name for p in repo.rglob(".build-new")] == []
    assert cli.main(["--root", str(repo), "--check"]) == 0
    assert "current" in capsys.readouterr().out
    assert _written(repo) == written  # --check writes nothing


def test__main__check_reports_a_stale_file(repo: Path, capsys):
    assert cli.main(["--root", str(repo)]) == 0
    (repo / "geo" / "regions.parquet").write_bytes(b"old")
    capsys.readouterr()
    assert cli.main(["--root", str(repo), "--check"]) == 1
    assert "geo/regions.parquet" in capsys.readouterr().err
    assert (repo / "geo" / "regions.parquet").read_bytes() == b"old"


def test__main__check_reports_a_missing_file(repo: Path, capsys):
    assert cli.main(["--root", str(repo), "--check"]) == 1
    assert "data/regions.parquet" in capsys.readouterr().err
    assert not (repo / "data" / "regions.parquet").exists()


CORRUPTIONS = {
    "quote changed": ('quote: "Beperkte kennis van Nederlandse taal"', 'quote: "Beperkte kennis van de Nederlandse taal"',
                      "obstacles[0]", "quote not found"),
    "municipality duplicated": (
        '  - {nis_code: "31005", name: Brugge, quote: "Lokaal werkingsgebied: Brugge"}',
        '  - {nis_code: "31005", name: Brugge, quote: "Lokaal werkingsgebied: Brugge"}\n'
        '  - {nis_code: "31005", name: Brugge, quote: "Lokaal werkingsgebied: Brugge"}',
        "municipalities[1]", "duplicate nis_code=31005"),
    "unknown persona id": ("persona_ids: [saled, nora]", "persona_ids: [saled, noor]",
                           "challenges[0].persona_ids", "unknown persona_id 'noor'"),
}


@pytest.mark.parametrize("corruption", list(CORRUPTIONS))
def test__main__bad_curated_file_fails_and_writes_nothing(repo: Path, capsys, corruption):
    old, new, record, message = CORRUPTIONS[corruption]
    assert cli.main(["--root", str(repo)]) == 0
    before = _written(repo)
    region = repo / "data" / "curated" / REGION_FILE
    text = region.read_text(encoding="utf-8")
    assert old in text
    region.write_text(text.replace(old, new), encoding="utf-8")
    capsys.readouterr()

    assert cli.main(["--root", str(repo)]) == 1
    err = capsys.readouterr().err
    assert f"{region}, {record}: {message}" in err
    assert "wrote nothing" in err
    assert _written(repo) == before
    assert [p.name for p in repo.rglob(".build-new")] == []
    assert cli.main(["--root", str(repo), "--check"]) == 1


def test__main__reports_every_problem_of_a_run(repo: Path, capsys):
    region = repo / "data" / "curated" / REGION_FILE
    text = region.read_text(encoding="utf-8")
    for old, new, _, _ in CORRUPTIONS.values():
        text = text.replace(old, new)
    region.write_text(text, encoding="utf-8")
    assert cli.main(["--root", str(repo)]) == 1
    err = capsys.readouterr().err
    assert "4 problem(s)" in err  # the unknown persona also reaches the group fact written for each persona of the challenge
    for _, _, record, message in CORRUPTIONS.values():
        assert f"{region}, {record}: {message}" in err
    assert not (repo / "data" / "regions.parquet").exists()


def test__main__yaml_syntax_error_names_file_and_line(repo: Path, capsys):
    region = repo / "data" / "curated" / REGION_FILE
    region.write_text(region.read_text(encoding="utf-8").replace("name: Brugs Ommeland", "name: Brugs Ommeland\n  x: [1"),
                      encoding="utf-8")
    assert cli.main(["--root", str(repo)]) == 1
    assert f"{region}, line " in capsys.readouterr().err
