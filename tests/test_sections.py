"""Unit tests of dashboard.domain.sections: the parts of an addendum found from its headings."""

import pytest

from dashboard.core.data import read_dataset
from dashboard.domain.evidence import read_source_texts
from dashboard.core.paths import ROOT
from dashboard.domain.sections import find_sections, section_at, section_label

TEMPLATE = """Lokaal Addendum
Lokaal werkingsgebied: Brugge
Regio-uitdagingen
● Regio-uitdaging 1 gebaseerd op persona Saled
Lokale Analyse
● Resultaten verrijking-sessies
Er is nood aan mobiliteit.
 ● Arena-analyse
● Persona’s
● Andere lokale input
Lokale timing
"""


@pytest.fixture(scope="module")
def sources():
    return read_source_texts(read_dataset(ROOT), ROOT)


def test__find_sections__follows_the_template_headings_in_order():
    parts = find_sections(TEMPLATE)
    assert [p.section_id for p in parts] == ["werkingsgebied", "uitdaging", "verrijking", "arena-analyse", "persona",
                                             "andere-lokale-input", "timing"]
    assert parts[0].start == 0 and parts[-1].end == len(TEMPLATE)
    assert all(a.end == b.start for a, b in zip(parts, parts[1:]))
    # a challenge heading inside a part, or a word in running text, opens no new part
    assert section_at(parts, TEMPLATE.index("Regio-uitdaging 1")).section_id == "uitdaging"
    assert section_at(parts, TEMPLATE.index("mobiliteit")).section_id == "verrijking"


def test__find_sections__every_addendum_has_the_four_parts_of_the_call(sources):
    for source_id, text in sources.texts.items():
        found = {p.section_id for p in find_sections(text)}
        assert {"uitdaging", "verrijking", "arena-analyse", "andere-lokale-input"} <= found, source_id


def test__section_label__names_the_part_in_the_language_or_a_dash_when_unplaced():
    assert section_label("arena-analyse", "en") == "Arena analysis" and section_label("uitdaging", "nl") != section_label("uitdaging", "en")
    assert section_label(None, "nl") == "—"
