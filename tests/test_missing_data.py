"""A missing or damaged data file gives a page that says what is wrong and how to repair it."""

import shutil

import pytest

from dashboard.data import REPAIR_COMMAND
from dashboard.i18n import tr
from dashboard.paths import ROOT
from tests.apptest import open_page


@pytest.fixture
def data_copy(tmp_path, monkeypatch):
    for folder in ("data", "geo"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("sources", "curated", "reference"))
    monkeypatch.setenv("REGIONAL_NEEDS_ROOT", str(tmp_path))
    return tmp_path


@pytest.mark.parametrize("damage", ["missing", "truncated", "not parquet"])
@pytest.mark.parametrize("relative", ["data/personas.parquet", "geo/municipalities.parquet"])
def test__damaged_file__shows_what_and_how_to_repair(data_copy, relative, damage):
    target = data_copy / relative
    if damage == "missing":
        target.unlink()
    elif damage == "truncated":
        target.write_bytes(target.read_bytes()[:100])
    else:
        target.write_text("hello", encoding="utf-8")
    at = open_page_only(data_copy)
    assert not at.exception
    assert "kunnen niet gelezen worden" in at.error[0].value
    assert any(relative.split("/")[-1] in m.value for m in at.markdown)
    assert at.code[0].value == REPAIR_COMMAND


def open_page_only(root):
    """The entry script alone: with broken data it stops before any page is registered."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
    at.run()
    return at


def test__missing_source_text__bronnen_names_it_and_still_lists_the_facts(data_copy):
    shutil.copytree(ROOT / "data" / "sources", data_copy / "data" / "sources")
    (data_copy / "data" / "sources" / "westhoek.txt").unlink()
    at = open_page("bronnen")
    assert not at.exception
    assert any("westhoek.txt" in w.value for w in at.warning)
    assert at.dataframe, "the facts of the other regions are still listed"
    at = open_page("bronnen", zoek="mobiliteit")
    assert not at.exception
    assert tr("bronnen.hits_in", region="Westhoek", n=0) in [s.value for s in at.subheader]
