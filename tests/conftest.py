"""Shared fixtures: a writable copy of the build inputs, a synthetic sixth region, and the committed texts."""

import csv
import shutil
from pathlib import Path

import pytest

from dashboard.builder.inputs import Paths
from dashboard.core.data import read_dataset
from dashboard.core.paths import ROOT
from dashboard.domain.evidence import fact_index, read_source_texts
from tests.browser import CHROMIUM, CHROMIUM_ARGS, is_local, streamlit_server

SIXTH_SOURCE = """Lokaal Addendum
Lokaal werkingsgebied: Brugge
Regio-uitdagingen
Regio-uitdaging 1 gebaseerd op persona Saled en Nora
Een alleenstaande vluchteling die weinig Nederlands spreekt.
De obstakels zijn:
- Beperkte kennis van Nederlandse taal
We bieden:
- Oefenkansen Nederlands in de buurt
Lancering van het addendum: vrijdag 5 mei 2023
"""

SIXTH_REGION = """
region_id: brugs-ommeland
name: Brugs Ommeland
provinces: [West-Vlaanderen]
source_id: brugs-ommeland
method:
  summary_nl: Een proefregio.
  quote: "Lokaal werkingsgebied: Brugge"
municipalities:
  - {nis_code: "31005", name: Brugge, quote: "Lokaal werkingsgebied: Brugge"}
challenges:
  - challenge_rank: 1
    title: Vluchtelingen
    is_title_derived: true
    quote: "Regio-uitdaging 1 gebaseerd op persona Saled en Nora"
    persona_ids: [saled, nora]
persona_facts:
  - {persona_id: saled, challenge_rank: 1, statement_nl: Vluchteling., quote: "Een alleenstaande vluchteling"}
  - {fact_level: group, challenge_rank: 1, statement_nl: Ze spreken weinig Nederlands., quote: "weinig Nederlands spreekt"}
obstacles:
  - {obstacle_id: taal, challenge_rank: 1, section: uitdaging, quote: "Beperkte kennis van Nederlandse taal"}
service_types:
  - {service_type_id: taal-oefenkansen, challenge_rank: 1, section: uitdaging, quote: "Oefenkansen Nederlands in de buurt"}
obstacle_service_links:
  - {obstacle_id: taal, service_type_id: taal-oefenkansen, challenge_rank: 1, link_kind: listed, quote: "Oefenkansen Nederlands in de buurt"}
timeline:
  - {event: lancering, date_start: 2023-05-05, is_year_inferred: false, quote: "vrijdag 5 mei 2023"}
"""

SIXTH_MANIFEST = """
- source_id: brugs-ommeland
  region_id: brugs-ommeland
  title: Lokaal Addendum Brugs Ommeland (synthetisch)
  call: Lokale Partnerschappen
  launch_date: 2023-05-05
  is_launch_year_inferred: false
  original_file: synthetic.txt
  original_sha256: "{sha}"
"""


# the worked example of the synthetic region (data/curated/emphasis_examples.csv of a tree holding only it)
SIXTH_EXAMPLES = """region_id,kind,category_ids,source_id,quote,example_note
brugs-ommeland,obstacle,taal,brugs-ommeland,Beperkte kennis van Nederlandse taal,The only obstacle it names.
"""


@pytest.fixture
def inputs_copy(tmp_path: Path) -> Paths:
    """A writable copy of data/curated, data/sources and data/reference."""
    paths = Paths(curated=tmp_path / "curated", sources=tmp_path / "sources", reference=tmp_path / "reference")
    committed = Paths()
    shutil.copytree(committed.curated, paths.curated)
    shutil.copytree(committed.sources, paths.sources)
    shutil.copytree(committed.reference, paths.reference)
    return paths


def add_sixth_region(paths: Paths) -> None:
    """Add a synthetic region with its source text, manifest entry and population row."""
    (paths.sources / "brugs-ommeland.txt").write_text(SIXTH_SOURCE, encoding="utf-8")
    (paths.curated / "regions" / "brugs-ommeland.yaml").write_text(SIXTH_REGION, encoding="utf-8")
    with open(paths.curated / "sources.yaml", "a", encoding="utf-8") as manifest:
        manifest.write(SIXTH_MANIFEST.replace("{sha}", "0" * 64))
    with open(paths.reference / "population_2023.csv", "a", encoding="utf-8") as population:
        population.write('31005,Brugge,Brugs Ommeland,119000,2023-01-01,synthetic,"test only"\n')
    add_poverty_rows(paths.reference, "31005")


def add_poverty_rows(reference: Path, nis_code: str, keep_others: bool = True) -> None:
    """Copy a municipality's rows of the Flemish poverty file into the study-area file (only them unless
    ``keep_others``), as the study area's file holds every municipality of the dataset."""
    study = reference / "poverty_indicators_statbel.csv"
    with open(study, encoding="utf-8") as file:
        header = next(csv.reader(file))
    with open(reference / "poverty_indicators_statbel_flanders.csv", encoding="utf-8") as file:
        rows = [row for row in csv.DictReader(file) if row["nis_code"] == nis_code]
    with open(study, "a" if keep_others else "w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, header, extrasaction="ignore", lineterminator="\n")
        if not keep_others:
            writer.writeheader()
        writer.writerows(rows)


# Real-browser fixtures (tests/test_browser.py, tests/test_accessibility.py): one server and one
# Chromium per test module; each test gets a fresh context that blocks every outside request.


@pytest.fixture(scope="module")
def server():
    with streamlit_server() as url:
        yield url


@pytest.fixture(scope="module")
def chromium_browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(chromium_browser):
    """A fresh context whose every outside request is aborted and remembered."""
    context = chromium_browser.new_context(viewport={"width": 1400, "height": 1000})
    outside: list[str] = []

    def guard(route):
        if is_local(route.request.url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    page = context.new_page()
    page.outside_requests = outside
    yield page
    context.close()


@pytest.fixture(scope="session")
def committed_texts():
    """The committed dataset, its five addenda and the index of its facts (in Dutch)."""
    ds = read_dataset(ROOT)
    sources = read_source_texts(ds, ROOT)
    return ds, sources, fact_index(ds, sources, "nl")
