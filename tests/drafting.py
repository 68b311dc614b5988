"""Fixtures shared by the draft and curate tests: the curated inputs loaded once per module."""

import pytest

from dashboard.builder.draft.codebook import codebook_of, coded_regions
from dashboard.builder.inputs import Paths, load_inputs


@pytest.fixture(scope="module")
def inputs():
    problems = []
    loaded = load_inputs(Paths(), problems)
    assert not problems
    return loaded


@pytest.fixture(scope="module")
def source_texts(inputs):
    """region_id -> the text of its addendum."""
    return {r.value.region_id: inputs.source_texts[r.value.source_id] for r in inputs.regions}


@pytest.fixture(scope="module")
def curated_regions(inputs):
    return {r.value.region_id: r.value for r in inputs.regions}


@pytest.fixture(scope="module")
def codebook(inputs):
    return codebook_of(inputs)


@pytest.fixture(scope="module")
def coded(inputs):
    return {r.region_id: r for r in coded_regions(inputs)}
