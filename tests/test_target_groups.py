"""Target groups, ages and contact languages beside the challenges, on the committed dataset."""

from dashboard.core.data import read_dataset
from dashboard.core.paths import ROOT
from dashboard.core.scope import Scope
from dashboard.domain.target_groups import region_target_groups

DS = read_dataset(ROOT)


def test__region_target_groups__in_scope_in_the_readers_language_ages_first():
    rows = region_target_groups(Scope(DS, ("zuid-west-vlaanderen", "vlaamse-ardennen")), "en")
    assert set(rows["region_id"]) == {"zuid-west-vlaanderen", "vlaamse-ardennen"}
    assert set(rows["target_group"]) <= set(DS.tables["region_target_groups"]["target_group_en"])
    aspects = rows.groupby("region_id")["scope_aspect"].agg(list).to_dict()
    assert aspects == {"vlaamse-ardennen": ["leeftijd", "contacttaal"] + ["doelgroep"] * 8,  # the curated file lists
                       "zuid-west-vlaanderen": ["leeftijd", "doelgroep"]}                   # contact language first
    first = rows.drop_duplicates("region_id").set_index("region_id")["target_group"]
    assert first["vlaamse-ardennen"] == "Vulnerable jobseekers and inactive people of very different ages"
    assert rows["fact_id"].str.startswith("region_target_groups:").all()


def test__region_target_groups__a_persona_keeps_its_challenges_and_the_region_wide_ones():
    """Oostende names six target groups for challenge 6 (Mariam) and six for the whole region."""
    plain = region_target_groups(Scope(DS, ("oostende",)), "nl")
    saled = region_target_groups(Scope(DS, ("oostende",), persona_id="saled"), "nl")
    mariam = region_target_groups(Scope(DS, ("oostende",), persona_id="mariam"), "nl")
    assert saled["challenge_rank"].isna().all() and len(saled) == plain["challenge_rank"].isna().sum() > 0
    assert len(mariam) == len(plain) and (mariam["challenge_rank"] == 6).any()
