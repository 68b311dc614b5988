"""The regions' own caveats gathered from both caveat tables, on the committed dataset."""

import pytest

from dashboard.domain.caveats import region_caveats
from dashboard.core.data import read_dataset
from dashboard.core.paths import ROOT
from dashboard.core.scope import Scope

DS = read_dataset(ROOT)
ALL = tuple(DS.tables["regions"]["region_id"])


def test__region_caveats__every_caveat_of_both_tables_once_a_shared_one_naming_its_types():
    caveats = region_caveats(Scope(DS, ALL), "nl")
    typed = DS.tables["service_type_caveats"]
    assert len(caveats) == len(DS.tables["region_caveats"]) + typed.groupby(["region_id", "quote"]).ngroups
    zwv = caveats[(caveats["region_id"] == "zuid-west-vlaanderen") & (caveats["service_types"] != "")]
    assert len(zwv) == 1 and zwv["service_types"].iloc[0].count(", ") == 3  # taal, mobiliteit, psychische hulp, verslaving


def test__region_caveats__in_the_readers_language_in_region_order():
    english = region_caveats(Scope(DS, ALL), "en")
    assert set(english["caveat"]) <= set(DS.tables["region_caveats"]["caveat_en"]) | set(DS.tables["service_type_caveats"]["caveat_en"])
    order = list(dict.fromkeys(english["region_id"]))
    assert order == [r for r in ALL if r in order]


@pytest.mark.parametrize("persona_id, kept", [("mariam", True), ("saled", False)])
def test__region_caveats__a_persona_keeps_region_wide_caveats_and_those_of_its_challenges(persona_id, kept):
    caveats = region_caveats(Scope(DS, ("oostende",), persona_id=persona_id), "nl")
    assert caveats["challenge_rank"].isna().sum() == DS.tables["region_caveats"].query(
        "region_id == 'oostende' and challenge_rank.isna()", engine="python").shape[0]
    assert (caveats["challenge_rank"] == 6).any() == kept  # Oostende's sixth challenge is built on Mariam
