"""Statements cut from the five addenda: verbatim, under the right heading, never across a page header."""

import pytest

from dashboard.builder.draft.segments import challenge_headings, page_furniture, split_units
from dashboard.builder.draft.codebook import persona_ids
from dashboard.domain.quotes import collapse_whitespace
from tests.drafting import codebook, curated_regions, inputs, source_texts  # noqa: F401 (fixtures)


def test__split_units__every_statement_is_verbatim_in_its_source(source_texts):
    for region_id, text in source_texts.items():
        collapsed = collapse_whitespace(text)
        missing = [u.text for u in split_units(text) if u.text not in collapsed]
        assert not missing, f"{region_id}: {missing[:3]}"


def test__split_units__a_bullet_stays_under_its_challenge(source_texts):
    units = split_units(source_texts["oostende"])
    ranks = {u.challenge_rank for u in units if u.text == "Laaggeschoold"}
    assert ranks == {1, 2, 4, 5, 6}  # the one-word bullet Oostende pastes under five of its six challenges
    lead = next(u.lead for u in units if u.text == "Geen vaste woonplaats")
    assert lead == "De obstakels zijn:"


def test__split_units__no_statement_crosses_a_page_header(source_texts):
    text = source_texts["westhoek"]
    furniture = page_furniture(text.splitlines())
    assert "Capacity Building Lokale Partnerschappen" in furniture  # twice in this text: the template's header
    assert not [u.text for u in split_units(text) if "Capacity Building" in u.text]


def test__split_units__persona_chapter_repeating_the_headings_is_not_coded(source_texts):
    units = split_units(source_texts["midden-west-vlaanderen"])
    headings = [u for u in units if u.text.startswith("Regio-uitdaging")]
    assert headings == []
    assert max(u.challenge_rank or 0 for u in units) == 4


@pytest.mark.parametrize("region_id", ["midden-west-vlaanderen", "oostende", "vlaamse-ardennen", "westhoek",
                                       "zuid-west-vlaanderen"])
def test__challenge_headings__match_the_curated_challenges_and_personas(region_id, source_texts, curated_regions, codebook):
    found = {(h.challenge_rank, tuple(persona_ids(h.persona_names, codebook)))
             for h in challenge_headings(source_texts[region_id])}
    curated = {(c.challenge_rank, tuple(c.persona_ids)) for c in curated_regions[region_id].challenges}
    assert found == curated
