"""Unit tests of dashboard.core.scope: what a choice of region, persona and obstacle keeps, on tiny inline frames,
and the facts it keeps on the committed dataset."""

import pandas as pd
import pytest

from dashboard.core.data import Dataset, read_dataset
from dashboard.domain.evidence import fact_index, read_source_texts
from dashboard.core.filters import Filters
from dashboard.text.i18n import tr
from dashboard.core.paths import ROOT
from dashboard.core.resources import CHALLENGE, OBSTACLE, REGION, RESOURCES, Resource
from dashboard.core.scope import CHOSEN_FROM, Scope, effect, linked_service_types, scope_of


def tiny() -> Dataset:
    """Region a: challenges 1 (Saled, Nora) and 2 (Saled); region b: challenge 1 (Roy). Mentions in and outside challenges."""
    tables = {
        "regions": pd.DataFrame({"region_id": ["a", "b"], "name": ["Alfa", "Beta"]}),
        "personas": pd.DataFrame({"persona_id": ["saled", "nora", "roy"], "name": ["Saled", "Nora", "Roy"]}),
        "obstacles": pd.DataFrame({"obstacle_id": ["taal", "mobiliteit"], "label_nl": ["Taal", "Mobiliteit"],
                                   "label_en": ["Language", "Mobility"]}),
        "challenges": pd.DataFrame({"region_id": ["a", "a", "b"], "challenge_rank": [1, 2, 1], "title": ["A1", "A2", "B1"],
                                    "title_en": ["A1e", "A2e", "B1e"]}),
        "challenge_personas": pd.DataFrame({
            "region_id": ["a", "a", "a", "b"], "challenge_rank": [1, 1, 2, 1],
            "persona_id": ["nora", "saled", "saled", "roy"], "persona_rank": [2, 1, 1, 1]}),
        "region_obstacles": pd.DataFrame({
            "region_id": ["a", "a", "a", "b"], "challenge_rank": [1, 2, None, 1], "obstacle_id": ["taal", "taal", "mobiliteit", "mobiliteit"],
            "quote": ["o1", "o2", "o3", "o4"]}),
        "region_service_types": pd.DataFrame({
            "region_id": ["a", "a", "b"], "challenge_rank": [1, 2, None], "service_type_id": ["taalhulp", "vervoer", "vervoer"],
            "quote": ["s1", "s2", "s3"]}),
        "obstacle_service_links": pd.DataFrame({"region_id": ["b"], "challenge_rank": [None], "obstacle_id": ["taal"],
                                                "service_type_id": ["taalhulp"]}),
        "timeline": pd.DataFrame({"region_id": ["a", "b"], "event": ["lancering", "lancering"]}),
    }
    return Dataset(tables, {})


def test__scope_of__keeps_the_chosen_regions_in_dataset_order_or_all():
    assert scope_of(tiny(), Filters(region_ids=("b", "a"))).region_ids == ("a", "b")
    assert scope_of(tiny(), Filters(region_ids=("b",))).regions == ["b"]
    assert scope_of(tiny(), Filters()).regions == ["a", "b"]


def test__challenges__lists_personas_in_the_order_of_the_heading():
    kept = Scope(tiny(), ("a", "b")).challenges()
    assert list(kept["personas"]) == ["Saled, Nora", "Saled", "Roy"]


def test__challenges__a_persona_keeps_the_challenges_built_on_it():
    kept = Scope(tiny(), ("a", "b"), persona_id="nora").challenges()
    assert list(zip(kept["region_id"], kept["challenge_rank"])) == [("a", 1)]
    assert list(kept["personas"]) == ["Saled, Nora"]  # the challenge keeps all its personas


def test__obstacle_mentions__a_persona_keeps_its_challenges_and_drops_region_wide_ones():
    assert list(Scope(tiny(), ("a", "b")).obstacle_mentions()["quote"]) == ["o1", "o2", "o3", "o4"]
    assert list(Scope(tiny(), ("a", "b"), persona_id="saled").obstacle_mentions()["quote"]) == ["o1", "o2"]


def test__obstacle_mentions__an_obstacle_keeps_every_mention():
    assert len(Scope(tiny(), ("a",), obstacle_id="taal").obstacle_mentions()) == 3


def test__obstacle_mentions__only_chosen_keeps_the_chosen_obstacle_alone():
    assert list(Scope(tiny(), ("a", "b"), obstacle_id="taal").obstacle_mentions(only_chosen=True)["quote"]) == ["o1", "o2"]
    assert len(Scope(tiny(), ("a", "b")).obstacle_mentions(only_chosen=True)) == 4  # nothing chosen: every mention


def test__choices__tell_scopes_apart_by_every_filter_and_is_narrowed_by_any_beyond_regions():
    plain, persona, obstacle = (Scope(tiny(), ("a",)), Scope(tiny(), ("a",), persona_id="saled"),
                                Scope(tiny(), ("a",), obstacle_id="taal"))
    assert len({plain.choices(), persona.choices(), obstacle.choices(), Scope(tiny(), ("b",)).choices()}) == 4
    assert plain.choices() == Scope(tiny(), ("a",)).choices()
    assert not plain.is_narrowed and persona.is_narrowed and obstacle.is_narrowed
    assert not Scope(tiny(), ("a", "b")).is_narrowed  # regions alone do not count


def test__service_mentions__an_obstacle_keeps_the_linked_service_types_of_any_region():
    scope = Scope(tiny(), ("a",), obstacle_id="taal")
    assert list(scope.service_mentions()["quote"]) == ["s1"]  # the link is region b's
    assert list(scope.service_mentions(by_obstacle=False)["quote"]) == ["s1", "s2"]


def test__service_mentions__a_persona_keeps_its_challenges():
    assert list(Scope(tiny(), ("a", "b"), persona_id="nora").service_mentions()["quote"]) == ["s1"]


def test__rows__a_table_is_kept_to_the_regions_in_view_and_a_table_of_no_level_whole():
    assert Scope(tiny(), ("a",)).rows("obstacle_service_links").empty
    assert len(Scope(tiny(), ("b",)).rows("obstacle_service_links")) == 1
    assert len(Scope(tiny(), ("b",)).rows("obstacles")) == 2  # the codebook is not about a region
    assert linked_service_types(tiny(), "taal") == {"taalhulp"}


def test__rows__a_persona_keeps_its_challenges_and_the_region_wide_rows_unless_asked_not_to():
    scope = Scope(tiny(), ("a", "b"), persona_id="nora")
    assert sorted(scope.rows("region_obstacles")["quote"]) == ["o1", "o3"]  # o3 is about all of region a
    assert list(scope.rows("region_obstacles", region_wide=False)["quote"]) == ["o1"]
    assert list(Scope(tiny(), ("b",), persona_id="roy").rows("region_service_types")["quote"]) == ["s3"]


def test__rows__a_persona_keeps_the_facts_about_it_and_every_persona_keeps_them_all():
    facts = pd.DataFrame({"region_id": ["a", "a", "b"], "persona_id": ["saled", "nora", "saled"], "quote": ["f1", "f2", "f3"]})
    ds = Dataset(tiny().tables | {"persona_facts": facts}, {})
    scope = Scope(ds, ("a",), persona_id="saled")
    assert list(scope.rows("persona_facts")["quote"]) == ["f1"]
    assert list(scope.every_persona().rows("persona_facts")["quote"]) == ["f1", "f2"]


def test__regions_citing_persona_and_naming_obstacle__all_without_a_choice():
    scope = Scope(tiny(), ("a", "b"))
    assert scope.regions_citing_persona() == scope.regions_naming_obstacle() == ["a", "b"]
    assert Scope(tiny(), ("a", "b"), persona_id="roy").regions_citing_persona() == ["b"]
    assert Scope(tiny(), ("a",), obstacle_id="mobiliteit").regions_naming_obstacle() == ["a"]


def test__timeline__keeps_regions_citing_the_persona_and_naming_the_obstacle():
    assert list(Scope(tiny(), ("a", "b"), persona_id="saled").timeline()["region_id"]) == ["a"]
    assert Scope(tiny(), ("a", "b"), persona_id="saled", obstacle_id="taal").timeline_regions() == ["a"]
    assert Scope(tiny(), ("a", "b"), persona_id="roy", obstacle_id="taal").timeline().empty


def test__with_regions__keeps_the_persona_and_obstacle():
    scope = Scope(tiny(), ("a", "b"), persona_id="saled", obstacle_id="taal").with_regions(["b"])
    assert (scope.region_ids, scope.persona_id, scope.obstacle_id) == (("b",), "saled", "taal")


def test__notice__is_empty_without_a_choice_or_when_the_filter_does_not_act_on_what_is_shown():
    assert Scope(tiny(), ("a", "b")).notice(("region_service_types", "obstacles"), "nl") == ""
    assert Scope(tiny(), ("a", "b"), obstacle_id="taal").notice(("challenges", "region_caveats"), "nl") == ""
    assert Scope(tiny(), ("a", "b"), persona_id="saled").notice(("obstacles", "reliability_alpha"), "nl") == ""


def test__notice__one_sentence_per_effect_in_the_language_shown():
    scope = Scope(tiny(), ("a", "b"), persona_id="saled", obstacle_id="mobiliteit")
    text = scope.notice(("obstacles", "region_service_types", "obstacle_service_links"), "en")
    assert text == " ".join([tr("scope.persona.challenges", "en", name="Saled"),
                             tr("scope.obstacle.marked", "en", label="Mobility", regions="Alfa, Beta"),
                             tr("scope.obstacle.linked", "en", label="Mobility")])


def test__notice__names_the_regions_a_filter_keeps_or_none():
    assert Scope(tiny(), ("a", "b"), persona_id="roy").notice(("timeline",), "nl") == tr(
        "scope.persona.regions", "nl", name="Roy", regions="Beta")
    assert Scope(tiny(), ("a",), persona_id="roy").notice(("regions",), "nl") == tr(
        "scope.persona.citing", "nl", name="Roy", regions=tr("home.none", "nl"))


def test__facts_notice__one_sentence_per_chosen_filter():
    assert Scope(tiny(), ("a", "b")).facts_notice("nl") == ""
    assert Scope(tiny(), ("a", "b"), obstacle_id="taal").facts_notice("en") == tr("scope.obstacle.facts", "en", label="Language")


def test__effect__every_effect_of_every_table_has_its_sentence_in_both_languages():
    said = {(dimension, effect(dimension, table)) for dimension in CHOSEN_FROM for table in RESOURCES}
    said |= {(dimension, "facts") for dimension in CHOSEN_FROM}
    for dimension, name in said - {(dimension, None) for dimension in CHOSEN_FROM}:
        assert tr(f"scope.{dimension}.{name}", "nl") != tr(f"scope.{dimension}.{name}", "en")


def test__effect__a_filter_marks_the_table_it_chooses_from_and_names_the_regions_it_concerns():
    assert effect("persona", "personas") == effect("obstacle", "obstacles") == "marked"
    assert (effect("persona", "regions"), effect("obstacle", "regions")) == ("citing", "naming")
    assert effect("persona", "obstacles") is None and effect("obstacle", "personas") is None


NEW = {  # tables no page knows, described once here: what each filter should do to them, by their description alone
    "region_partners": (Resource("Partners a region names per challenge.", ["region_id", "challenge_rank", "partner", "quote"],
                                 foreign_keys=[REGION, CHALLENGE], scope="challenge"),
                        {"region_id": ["a", "a", "b"], "challenge_rank": [1, 2, 1], "quote": ["p1", "p2", "p3"]}),
    "region_budgets": (Resource("What a region budgets.", ["region_id", "quote"], foreign_keys=[REGION], scope="region"),
                       {"region_id": ["a", "b"], "quote": ["b1", "b2"]}),
    "challenge_obstacle_notes": (Resource("Notes on an obstacle in a challenge.", ["region_id", "challenge_rank", "obstacle_id", "quote"],
                                          foreign_keys=[REGION, CHALLENGE, OBSTACLE], scope="challenge"),
                                 {"region_id": ["a", "a", "b"], "challenge_rank": [1, 2, 1],
                                  "obstacle_id": ["taal", "mobiliteit", "taal"], "quote": ["n1", "n2", "n3"]}),
}


@pytest.fixture
def described(monkeypatch):
    """tiny() with the NEW tables, each described by one resource entry."""
    for name, (resource, _) in NEW.items():
        monkeypatch.setitem(RESOURCES, name, resource)
    return Dataset(tiny().tables | {name: pd.DataFrame(rows) for name, (_, rows) in NEW.items()}, {})


def test__rows_and_notice__a_new_challenge_table_is_kept_to_the_personas_challenges_and_says_so(described):
    scope = Scope(described, ("a", "b"), persona_id="nora", obstacle_id="taal")
    assert list(scope.rows("region_partners")["quote"]) == ["p1"]  # a's challenge 1 is the only one citing Nora
    assert scope.notice(("region_partners",), "nl") == tr("scope.persona.challenges", "nl", name="Nora")  # no obstacle in it


def test__rows_and_notice__a_new_region_table_keeps_the_regions_the_choice_concerns_and_names_them(described):
    scope = Scope(described, ("a", "b"), persona_id="roy")
    assert list(scope.rows("region_budgets")["quote"]) == ["b2"]
    assert scope.notice(("region_budgets",), "en") == tr("scope.persona.regions", "en", name="Roy", regions="Beta")


def test__rows_and_notice__a_new_table_naming_obstacles_keeps_the_chosen_ones_rows(described):
    scope = Scope(described, ("a", "b"), persona_id="saled", obstacle_id="taal")
    assert list(scope.rows("challenge_obstacle_notes")["quote"]) == ["n1"]  # Saled's challenges are a's; taal in a1 only
    assert scope.notice(("challenge_obstacle_notes",), "en") == " ".join([
        tr("scope.persona.challenges", "en", name="Saled"), tr("scope.obstacle.only", "en", label="Language")])


def test__rows__an_obstacle_keeps_its_links_and_the_regions_alone_keep_every_row():
    scope = Scope(tiny(), ("a", "b"), obstacle_id="mobiliteit")
    assert scope.rows("obstacle_service_links").empty  # the only link is taal's
    assert len(Scope(tiny(), ("a", "b"), obstacle_id="taal").rows("obstacle_service_links")) == 1
    assert len(scope.regions_alone().rows("obstacle_service_links")) == 1
    assert list(scope.regions_alone().rows("timeline")["region_id"]) == ["a", "b"]


@pytest.fixture(scope="module")
def real():
    ds = read_dataset(ROOT)
    return ds, fact_index(ds, read_source_texts(ds, ROOT), "nl")


def test__facts__a_persona_keeps_its_statements_and_its_challenges(real):
    ds, facts = real
    scope = scope_of(ds, Filters(persona_id="saled"))
    kept = scope.facts(facts, [])
    challenges = set(map(tuple, scope.challenge_keys().to_numpy()))
    assert len(kept) > 0
    for fact in kept.itertuples():
        assert fact.persona_id == "saled" or (fact.region_id, fact.challenge_rank) in challenges
    assert set(kept.loc[kept["table"] == "persona_facts", "persona_id"]) == {"saled"}


def test__facts__obstacle_and_region_and_part(real):
    ds, facts = real
    kept = scope_of(ds, Filters(region_ids=("westhoek",), obstacle_id="mobiliteit")).facts(facts, ["uitdaging"])
    assert set(kept["region_id"]) == {"westhoek"} and set(kept["section_id"]) == {"uitdaging"}
    named = kept[kept["table"] == "region_obstacles"]
    assert len(named) and set(named["obstacle_id"]) == {"mobiliteit"}


def test__challenges__of_one_region_lists_each_challenge_with_its_personas_in_order(real):
    ds, _ = real
    t = ds.tables
    table = Scope(ds, ("westhoek",)).challenges()
    assert table["challenge_rank"].tolist() == sorted(t["challenges"].query("region_id == 'westhoek'")["challenge_rank"])
    first = t["challenge_personas"].query("region_id == 'westhoek' and challenge_rank == 1").sort_values("persona_rank")
    names = t["personas"].set_index("persona_id")["name"]
    assert table.loc[0, "personas"] == ", ".join(names[first["persona_id"]])
