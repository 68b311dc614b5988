"""Data tests on what the texts say in our words: persona facts at their level, flags, caveats, target groups,
persona descriptions, and an English version beside every curated sentence."""

import pandas as pd
import pytest

from dashboard.core.data import read_dataset
from dashboard.core.paths import ROOT

T = read_dataset(ROOT).tables

# table -> (Dutch column, English column) of every sentence we write ourselves
CURATED_SENTENCES = {
    "regions": ("method_summary_nl", "method_summary_en"),
    "challenges": ("title", "title_en"),
    "persona_facts": ("statement_nl", "statement_en"),
    "service_type_caveats": ("caveat_nl", "caveat_en"),
    "region_caveats": ("caveat_nl", "caveat_en"),
    "region_target_groups": ("target_group_nl", "target_group_en"),
    "region_plans": ("plan_nl", "plan_en"),
    "persona_descriptions": ("profile_nl", "profile_en"),
}


@pytest.mark.parametrize("table", list(CURATED_SENTENCES))
def test__curated_sentences__each_has_an_english_version(table):
    dutch, english = CURATED_SENTENCES[table]
    frame = T[table]
    missing = frame[frame[english].isna() | (frame[english].str.strip() == "")]
    assert missing.empty, f"{table}: no {english} for {missing[dutch].tolist()}"
    assert (frame[english] != frame[dutch]).all() or table == "challenges"  # a title may read the same in both


def test__flag_notes__each_flag_has_a_note_in_both_languages_and_only_flags_have_one():
    facts = T["persona_facts"]
    flagged = facts[facts["is_flagged"]]
    assert flagged["flag_note"].notna().all() and flagged["flag_note_en"].notna().all()
    assert facts.loc[~facts["is_flagged"], ["flag_note", "flag_note_en"]].isna().all().all()


def test__persona_facts__a_flag_is_about_one_persona_never_copied_onto_a_group():
    assert set(T["persona_facts"].loc[T["persona_facts"]["is_flagged"], "fact_level"]) == {"persona"}


def test__persona_facts__a_persona_fact_names_its_persona():
    facts = T["persona_facts"].merge(T["personas"], on="persona_id")
    own = facts[facts["fact_level"] == "persona"]
    assert all(name in nl and name in en for name, nl, en in zip(own["name"], own["statement_nl"], own["statement_en"])
               if not nl.startswith("De beschreven persoon")), "a persona fact says whom it is about"


def test__persona_facts__a_group_fact_stands_for_every_persona_of_its_challenge():
    facts = T["persona_facts"]
    groups = T["challenge_personas"].groupby(["region_id", "challenge_rank"])["persona_id"].apply(set)
    for (region_id, rank, statement), rows in facts[facts["fact_level"] == "group"].groupby(
            ["region_id", "challenge_rank", "statement_nl"]):
        assert set(rows["persona_id"]) == groups[(region_id, rank)], statement


def test__persona_facts__no_question_approach_or_offer_is_a_fact():
    quotes = T["persona_facts"]["quote"]
    assert not quotes.str.contains(r"\?").any()
    assert not quotes.str.match(r"(Hoe |Empowerment|Verruimen|Ondersteunen|Inzicht krijgen|De uitdaging om)").any()


# the challenges a region writes for its young people, setting them apart from its other groups
YOUTH = {("midden-west-vlaanderen", 2), ("westhoek", 1), ("vlaamse-ardennen", 2)}


def test__persona_facts__placements_that_contradict_another_region_are_flagged_alike():
    """A persona a region places outside its own youth group, while another region counts it among its young people,
    carries a flag in that region (John and Marc in Midden-West-Vlaanderen, John in Westhoek)."""
    links = T["challenge_personas"]
    young = links[[key in YOUTH for key in zip(links["region_id"], links["challenge_rank"])]]
    flagged = T["persona_facts"][T["persona_facts"]["is_flagged"]]
    expected = set()
    for region_id in {r for r, _ in YOUTH}:
        own_young = set(young.loc[young["region_id"] == region_id, "persona_id"])
        elsewhere_young = set(young.loc[young["region_id"] != region_id, "persona_id"])
        others = set(links.loc[links["region_id"] == region_id, "persona_id"]) - own_young
        expected |= {(region_id, p) for p in others & elsewhere_young}
    assert expected >= {("midden-west-vlaanderen", "marc"), ("westhoek", "john")}
    assert expected <= set(zip(flagged["region_id"], flagged["persona_id"]))


def test__persona_descriptions__one_per_persona():
    descriptions = T["persona_descriptions"]
    assert sorted(descriptions["persona_id"]) == sorted(T["personas"]["persona_id"])


def test__persona_descriptions__an_age_is_given_only_where_the_quote_gives_one():
    for profile, quote in zip(T["persona_descriptions"]["profile_nl"], T["persona_descriptions"]["quote"]):
        stated = any(word in quote for word in ("jarige", "jaar", "(16-30)", "(18 – 30)", "middelbare leeftijd", "jonge"))
        assert stated or "leeftijd niet vermeld" in profile, profile


@pytest.mark.parametrize("region_id", ["midden-west-vlaanderen", "westhoek", "zuid-west-vlaanderen", "oostende", "vlaamse-ardennen"])
def test__region_caveats__every_region_states_at_least_one(region_id):
    assert (T["region_caveats"]["region_id"] == region_id).any()


def test__omissions__the_named_ones_are_recorded():
    groups = T["region_target_groups"]
    assert groups.query("region_id == 'zuid-west-vlaanderen' and scope_aspect == 'leeftijd'")["quote"].str.contains("+30-jarigen",
                                                                                                                   regex=False).any()
    assert groups.query("region_id == 'vlaamse-ardennen' and scope_aspect == 'contacttaal'")["quote"].str.contains("(F, E of andere)",
                                                                                                                    regex=False).any()
    assert (groups.query("region_id == 'oostende' and challenge_rank == 6")["section"] == "verrijking").sum() == 6
    caveats = pd.concat([T[t].query("region_id == 'midden-west-vlaanderen'")["quote"] for t in ("region_caveats", "service_type_caveats")])
    assert caveats.str.contains("een mobiliteitsproject, een taaltraject, een opleiding basisattitudes").any()
    assert caveats.str.contains("(toegang tot)", regex=False).any()


@pytest.mark.parametrize("region, aspect, fragment", [
    ("midden-west-vlaanderen", "partners", "DVV Midwest en regionale partners (VDAB, POM"),
    ("midden-west-vlaanderen", "uitkomst", "een menswaardig bestaan voor de deelnemer"),
    ("zuid-west-vlaanderen", "werkvorm", "Groepswerk kan een belangrijke methodiek zijn"),
    ("oostende", "werkvorm", "Via individuele en groepstrajecten"),
])
def test__region_plans__the_named_partners_outcomes_and_working_methods_are_recorded(region, aspect, fragment):
    plans = T["region_plans"].query("region_id == @region and plan_aspect == @aspect")
    assert plans["quote"].str.contains(fragment, regex=False).any()


@pytest.mark.parametrize("region, event, day", [("midden-west-vlaanderen", "partnerschapsmeeting", "2023-07-13"),
                                                ("zuid-west-vlaanderen", "partnerschapsmeeting", "2023-07-14"),
                                                ("vlaamse-ardennen", "bekrachtiging", "2023-10-22")])
def test__timeline__the_omitted_steps_are_recorded(region, event, day):
    steps = T["timeline"].query("region_id == @region and event == @event")
    assert [str(d) for d in steps["start_date"]] == [day]


def test__timeline__the_ratification_names_its_body_and_is_a_derived_limit():
    step = T["timeline"].query("region_id == 'vlaamse-ardennen' and event == 'bekrachtiging'").iloc[0]
    assert "beheerscomité SEVA" in step["quote"] and step["is_date_upper_bound"] and step["is_date_derived"]


def test__target_groups__aspect_is_one_of_three():
    assert set(T["region_target_groups"]["scope_aspect"]) == {"doelgroep", "leeftijd", "contacttaal"}
    assert pd.api.types.is_string_dtype(T["region_target_groups"]["target_group_nl"])
