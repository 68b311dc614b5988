"""check_tables on tiny frames: duplicates, dangling ids, unknown challenges and quotes, all reported."""

import pandas as pd
import pytest

from dashboard.builder.checks import check_tables

REGION = "data/curated/regions/brugs-ommeland.yaml"
PERSONAS = "data/curated/taxonomy/personas.csv"
SUCCESSORS = "data/curated/taxonomy/successors.csv"
RULES = "data/curated/taxonomy/decision_rules.csv"
ANSWERS = "data/curated/taxonomy/answers.csv"
SOURCE = "brugs-ommeland"
SOURCE_TEXTS = {SOURCE: "Lokaal werkingsgebied: Brugge\nRegio-uitdaging 1 gebaseerd op persona Saled\n"
                        "Beperkte kennis van\nNederlandse   taal\nOefenkansen Nederlands in de buurt\n"}


def _frame(file: str, rows: list[dict]) -> pd.DataFrame:
    return pd.DataFrame([{"_file": file, "_record": record, **values} for record, values in rows])


def _tables(**changes) -> dict[str, pd.DataFrame]:
    """A consistent set of tables for one region; ``changes`` replaces whole tables."""
    fact = {"region_id": SOURCE, "source_id": SOURCE}
    tables = {
        "sources": _frame("data/curated/sources.yaml", [("record 1", {"source_id": SOURCE, "region_id": SOURCE})]),
        "regions": _frame(REGION, [("", {"region_id": SOURCE, "source_id": SOURCE, "method_quote": "Lokaal werkingsgebied: Brugge"})]),
        "personas": _frame(PERSONAS, [("row 2", {"persona_id": "saled", "name": "Saled"}),
                                      ("row 3", {"persona_id": "nora", "name": "Nora"})]),
        "obstacles": _frame("data/curated/taxonomy/obstacles.csv", [("row 2", {"obstacle_id": "taal"})]),
        "service_types": _frame("data/curated/taxonomy/service_types.csv", [("row 2", {"service_type_id": "taal-oefenkansen"})]),
        "taxonomy_successors": _frame(SUCCESSORS, [("row 2", {"taxonomy": "obstacles", "old_id": "taalkennis", "new_id": "taal"})]),
        "obstacle_answers": _frame(ANSWERS, [("row 2", {"obstacle_id": "taal", "service_type_ids": "taal-oefenkansen"})]),
        "taxonomy_rules": _frame(RULES, [("row 2", {"taxonomy": "obstacles", "category_id": "taal", "other_id": None,
                                                    "rule": "Een taal die geen Nederlands is, telt niet."})]),
        "emphasis_examples": _frame("data/curated/emphasis_examples.csv", [("row 2", {
            **fact, "kind": "obstacle", "category_ids": "taal", "quote": "Beperkte kennis van Nederlandse taal"})]),
        "municipalities": _frame(REGION, [
            ("municipalities[0]", {"nis_code": "31005", "region_id": SOURCE, "source_id": SOURCE, "quote": "Brugge"}),
            ("municipalities[1]", {"nis_code": "31022", "region_id": SOURCE, "source_id": SOURCE, "quote": "Brugge"}),
        ]),
        "challenges": _frame(REGION, [("challenges[0]", {**fact, "challenge_rank": 1,
                                                          "quote": "Regio-uitdaging 1 gebaseerd op persona Saled"})]),
        "challenge_personas": _frame(REGION, [
            ("challenges[0].persona_ids", {"region_id": SOURCE, "challenge_rank": 1, "persona_id": "saled", "persona_rank": 1}),
        ]),
        "persona_facts": _frame(REGION, [("persona_facts[0]", {**fact, "persona_id": "saled", "challenge_rank": None,
                                                                "quote": "persona Saled"})]),
        "region_obstacles": _frame(REGION, [("obstacles[0]", {**fact, "obstacle_id": "taal", "challenge_rank": 1,
                                                               "quote": "Beperkte kennis van Nederlandse taal"})]),
        "region_service_types": _frame(REGION, [("service_types[0]", {**fact, "service_type_id": "taal-oefenkansen",
                                                                       "challenge_rank": 1, "quote": "Oefenkansen Nederlands"})]),
        "obstacle_service_links": _frame(REGION, [("obstacle_service_links[0]", {
            **fact, "obstacle_id": "taal", "service_type_id": "taal-oefenkansen", "challenge_rank": None,
            "quote": "Oefenkansen Nederlands in de buurt"})]),
        "service_type_caveats": _frame(REGION, [("service_type_caveats[0]", {
            **fact, "service_type_id": "taal-oefenkansen", "quote": "Oefenkansen Nederlands in de buurt"})]),
        "region_caveats": _frame(REGION, [("caveats[0]", {**fact, "challenge_rank": 1, "quote": "Oefenkansen Nederlands"})]),
        "region_target_groups": _frame(REGION, [("target_groups[0]", {**fact, "challenge_rank": None, "quote": "Brugge"})]),
        "region_plans": _frame(REGION, [("plans[0]", {**fact, "challenge_rank": None, "quote": "Brugge"})]),
        "persona_descriptions": _frame(REGION, [("persona_descriptions[0]", {**fact, "persona_id": "saled", "quote": "persona Saled"})]),
    }
    tables.update(changes)
    return tables


def _add(tables: dict, table: str, file: str, record: str, **values) -> dict:
    tables[table] = pd.concat([tables[table], _frame(file, [(record, values)])], ignore_index=True)
    return tables


def _add_obstacle(tables: dict, obstacle_id: str) -> dict:
    """A new obstacle category, with its entry in the codebook's answers (which every category needs)."""
    tables = _add(tables, "obstacles", "data/curated/taxonomy/obstacles.csv", "row 3", obstacle_id=obstacle_id)
    return _add(tables, "obstacle_answers", ANSWERS, "row 3", obstacle_id=obstacle_id, service_type_ids="")


def _only(problems):
    assert len(problems) == 1, problems
    return problems[0]


def test__check_tables__consistent_tables_pass():
    assert check_tables(_tables(), SOURCE_TEXTS) == []


def test__check_tables__empty_fact_tables_pass():
    empty = pd.DataFrame(columns=["_file", "_record"])
    tables = _tables(persona_facts=empty, region_obstacles=empty, region_service_types=empty, obstacle_service_links=empty)
    assert check_tables(tables, SOURCE_TEXTS) == []


def test__check_tables__duplicate_taxonomy_id_is_a_problem():
    tables = _add(_tables(), "personas", PERSONAS, "row 4", persona_id="saled", name="Saled bis")
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert (problem.file, problem.record) == (PERSONAS, "row 4")
    assert "duplicate persona_id=saled" in problem.message
    assert "row 2" in problem.message  # where the first one is


def test__check_tables__municipality_in_two_regions_is_a_problem():
    other = "data/curated/regions/westhoek.yaml"
    tables = _add(_tables(), "regions", other, "", region_id="westhoek", source_id="westhoek", method_quote="x")
    tables = _add(tables, "sources", "data/curated/sources.yaml", "record 2", source_id="westhoek", region_id="westhoek")
    tables = _add(tables, "municipalities", other, "municipalities[3]",
                  nis_code="31005", region_id="westhoek", source_id="westhoek", quote="Brugge")
    problem = _only(check_tables(tables, {**SOURCE_TEXTS, "westhoek": "x Brugge"}))
    assert (problem.file, problem.record) == (other, "municipalities[3]")
    assert "duplicate nis_code=31005 in municipalities" in problem.message
    assert REGION in problem.message and "municipalities[0]" in problem.message


def test__check_tables__same_challenge_rank_twice_is_a_problem():
    tables = _add(_tables(), "challenges", REGION, "challenges[1]", region_id=SOURCE, source_id=SOURCE,
                  challenge_rank=1, quote="persona Saled")
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert (problem.file, problem.record) == (REGION, "challenges[1]")
    assert "duplicate region_id=brugs-ommeland, challenge_rank=1" in problem.message


def test__check_tables__unknown_persona_id_is_a_problem():
    tables = _add(_tables(), "challenge_personas", REGION, "challenges[0].persona_ids",
                  region_id=SOURCE, challenge_rank=1, persona_id="saleed", persona_rank=2)
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert (problem.file, problem.record) == (REGION, "challenges[0].persona_ids")
    assert "unknown persona_id 'saleed'" in problem.message and "personas" in problem.message


def test__check_tables__unknown_persona_in_a_persona_fact_is_a_problem():
    tables = _tables()
    tables["persona_facts"].loc[0, "persona_id"] = "nobody"
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert (problem.file, problem.record) == (REGION, "persona_facts[0]")
    assert "unknown persona_id 'nobody'" in problem.message


def test__check_tables__unknown_obstacle_id_is_a_problem():
    tables = _tables()
    tables["region_obstacles"].loc[0, "obstacle_id"] = "tall"
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert (problem.file, problem.record) == (REGION, "obstacles[0]")
    assert "unknown obstacle_id 'tall'" in problem.message


def test__check_tables__unknown_service_type_id_is_a_problem():
    tables = _tables()
    tables["region_service_types"].loc[0, "service_type_id"] = "taalles"
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert (problem.file, problem.record) == (REGION, "service_types[0]")
    assert "unknown service_type_id 'taalles'" in problem.message


def test__check_tables__unknown_ids_in_a_link_are_two_problems():
    tables = _tables()
    tables["obstacle_service_links"].loc[0, ["obstacle_id", "service_type_id"]] = ["tall", "taalles"]
    problems = check_tables(tables, SOURCE_TEXTS)
    assert {p.record for p in problems} == {"obstacle_service_links[0]"}
    assert sorted(p.message.split(":")[0] for p in problems) == [
        "unknown obstacle_id 'tall'", "unknown service_type_id 'taalles'"]


def test__check_tables__caveat_of_an_unknown_challenge_is_a_problem():
    tables = _tables()
    tables["region_caveats"].loc[0, "challenge_rank"] = 7
    assert _only(check_tables(tables, SOURCE_TEXTS)).record == "caveats[0]"


def test__check_tables__second_description_of_a_persona_or_unknown_persona_is_a_problem():
    tables = _add(_tables(), "persona_descriptions", REGION, "persona_descriptions[1]", region_id=SOURCE, source_id=SOURCE,
                  persona_id="saled", quote="persona Saled")
    assert _only(check_tables(tables, SOURCE_TEXTS)).record == "persona_descriptions[1]"
    tables = _tables()
    tables["persona_descriptions"].loc[0, "persona_id"] = "nobody"
    assert "unknown persona_id" in _only(check_tables(tables, SOURCE_TEXTS)).message


def test__check_tables__unknown_service_type_of_a_caveat_is_a_problem():
    tables = _tables()
    tables["service_type_caveats"].loc[0, "service_type_id"] = "taalles"
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert problem.record == "service_type_caveats[0]"
    assert problem.message.startswith("unknown service_type_id 'taalles'")


def test__check_tables__unknown_region_id_of_a_municipality_is_a_problem():
    tables = _tables()
    tables["municipalities"].loc[1, "region_id"] = "brugge"
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert (problem.file, problem.record) == (REGION, "municipalities[1]")
    assert "unknown region_id 'brugge'" in problem.message


def test__check_tables__source_without_region_file_is_a_problem():
    tables = _add(_tables(), "sources", "data/curated/sources.yaml", "record 2", source_id="gent", region_id="gent")
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert (problem.file, problem.record) == ("data/curated/sources.yaml", "record 2")
    assert "unknown region_id 'gent'" in problem.message


def test__check_tables__region_quoting_another_regions_source_is_a_problem():
    tables = _add(_tables(), "sources", "data/curated/sources.yaml", "record 2", source_id="westhoek", region_id="westhoek")
    tables = _add(tables, "regions", "data/curated/regions/westhoek.yaml", "", region_id="westhoek",
                  source_id=SOURCE, method_quote="Lokaal werkingsgebied: Brugge")
    problems = check_tables(tables, SOURCE_TEXTS)
    assert any(p.file == "data/curated/regions/westhoek.yaml" and p.record == "source_id"
               and "belongs to region 'brugs-ommeland', not 'westhoek'" in p.message for p in problems), problems


def test__check_tables__challenge_rank_that_does_not_exist_is_a_problem():
    tables = _tables()
    tables["region_obstacles"].loc[0, "challenge_rank"] = 3
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert (problem.file, problem.record) == (REGION, "obstacles[0]")
    assert "challenge_rank 3 does not exist in region brugs-ommeland" in problem.message


def test__check_tables__challenge_rank_of_another_region_is_a_problem():
    """Rank 1 exists in brugs-ommeland; a westhoek fact tied to rank 1 still needs a westhoek challenge 1."""
    tables = _tables()
    tables = _add(tables, "sources", "data/curated/sources.yaml", "record 2", source_id="westhoek", region_id="westhoek")
    tables = _add(tables, "regions", "data/curated/regions/westhoek.yaml", "", region_id="westhoek",
                  source_id="westhoek", method_quote="Westhoek")
    tables = _add(tables, "region_service_types", "data/curated/regions/westhoek.yaml", "service_types[0]",
                  region_id="westhoek", source_id="westhoek", service_type_id="taal-oefenkansen", challenge_rank=1,
                  quote="Westhoek")
    problem = _only(check_tables(tables, {**SOURCE_TEXTS, "westhoek": "Westhoek"}))
    assert (problem.file, problem.record) == ("data/curated/regions/westhoek.yaml", "service_types[0]")
    assert "challenge_rank 1 does not exist in region westhoek" in problem.message


def test__check_tables__quote_not_in_its_source_is_a_problem():
    tables = _tables()
    tables["region_obstacles"].loc[0, "quote"] = "Beperkte kennis van de Nederlandse taal"
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert (problem.file, problem.record) == (REGION, "obstacles[0]")
    assert "quote not found in source brugs-ommeland" in problem.message
    assert "Beperkte kennis van de Nederlandse taal" in problem.message


def test__check_tables__method_quote_not_in_its_source_is_a_problem():
    tables = _tables()
    tables["regions"].loc[0, "method_quote"] = "Lokaal werkingsgebied: Gent"
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert (problem.file, problem.record) == (REGION, "method.quote")
    assert "quote not found" in problem.message


def test__check_tables__quote_with_a_different_apostrophe_is_a_problem():
    texts = {SOURCE: SOURCE_TEXTS[SOURCE] + "Persona’s\n"}
    tables = _tables()
    tables["persona_facts"].loc[0, "quote"] = "Persona's"
    assert _only(check_tables(tables, texts)).record == "persona_facts[0]"
    tables["persona_facts"].loc[0, "quote"] = "Persona’s"
    assert check_tables(tables, texts) == []


def test__check_tables__quote_matching_only_after_collapsing_whitespace_is_accepted():
    tables = _tables()
    # the source has "van\nNederlandse   taal"; the quote breaks the line elsewhere
    tables["region_obstacles"].loc[0, "quote"] = "Beperkte\nkennis  van Nederlandse taal "
    assert check_tables(tables, SOURCE_TEXTS) == []


def test__check_tables__quote_across_a_line_break_of_the_source_is_accepted():
    tables = _tables()
    tables["region_obstacles"].loc[0, "quote"] = "taal Oefenkansen"
    assert check_tables(tables, SOURCE_TEXTS) == []


def test__check_tables__quote_of_a_missing_source_text_is_left_to_the_reader():
    assert check_tables(_tables(), {}) == []


def test__check_tables__all_problems_of_a_run_are_reported_together():
    tables = _add(_tables(), "personas", PERSONAS, "row 4", persona_id="nora", name="Nora bis")
    tables["region_obstacles"].loc[0, "quote"] = "niet in de bron"
    tables["region_service_types"].loc[0, "challenge_rank"] = 9
    problems = check_tables(tables, SOURCE_TEXTS)
    assert len(problems) == 3, problems
    assert {(p.file, p.record) for p in problems} == {
        (PERSONAS, "row 4"), (REGION, "obstacles[0]"), (REGION, "service_types[0]")}
    assert [p for p in problems if "duplicate" in p.message][0].record == "row 4"
    assert [p for p in problems if "quote not found" in p.message][0].record == "obstacles[0]"
    assert [p for p in problems if "challenge_rank 9" in p.message][0].record == "service_types[0]"


def test__check_tables__two_problems_in_different_files_are_both_reported():
    tables = _add(_tables(), "personas", PERSONAS, "row 4", persona_id="nora", name="Nora bis")
    tables["region_obstacles"].loc[0, "obstacle_id"] = "tall"
    problems = check_tables(tables, SOURCE_TEXTS)
    assert sorted((p.file, p.record) for p in problems) == [(REGION, "obstacles[0]"), (PERSONAS, "row 4")]


def test__check_tables__successor_must_be_a_current_category():
    tables = _add(_tables(), "taxonomy_successors", SUCCESSORS, "row 3", taxonomy="service_types", old_id="coaching", new_id="begeleiding")
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert (problem.file, problem.record) == (SUCCESSORS, "row 3")
    assert "'begeleiding'" in problem.message and "service_types" in problem.message


@pytest.mark.parametrize("values, expected", [
    ({"taxonomy": "obstacles", "category_id": "taal", "other_id": "taalkennis"}, "unknown other_id 'taalkennis'"),
    ({"taxonomy": "service_types", "category_id": "taal", "other_id": None}, "unknown category_id 'taal': not in service_types"),
    ({"taxonomy": "obstacles", "category_id": "taal", "other_id": "taal"}, "apart from itself"),
])
def test__check_tables__decision_rule_must_name_two_categories_of_its_taxonomy(values, expected):
    tables = _add(_tables(), "taxonomy_rules", RULES, "row 3", **values, rule="Wie wint.")
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert problem.record == "row 3" and expected in problem.message


def test__check_tables__an_obstacle_without_an_answer_entry_is_reported():
    tables = _add(_tables(), "obstacles", "data/curated/taxonomy/obstacles.csv", "row 3", obstacle_id="mobiliteit")
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert problem.file == ANSWERS and "obstacle 'mobiliteit' has no entry" in problem.message


def test__check_tables__category_still_in_use_cannot_pass_its_links_on():
    tables = _add_obstacle(_tables(), "mobiliteit")
    tables = _add(tables, "taxonomy_successors", SUCCESSORS, "row 3", taxonomy="obstacles", old_id="taal", new_id="mobiliteit")
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert problem.record == "row 3" and "still a category" in problem.message


def test__check_tables__relabelled_category_keeps_its_id():
    tables = _add(_tables(), "taxonomy_successors", SUCCESSORS, "row 3", taxonomy="obstacles", old_id="taal", new_id="taal")
    assert check_tables(tables, SOURCE_TEXTS) == []


def test__check_tables__link_to_an_obstacle_not_named_in_its_challenge_is_reported():
    tables = _add(_tables(), "obstacle_service_links", REGION, "obstacle_service_links[1]", region_id=SOURCE, source_id=SOURCE,
                  obstacle_id="mobiliteit", service_type_id="taal-oefenkansen", challenge_rank=1, quote="Oefenkansen Nederlands")
    tables = _add_obstacle(tables, "mobiliteit")
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert problem.record == "obstacle_service_links[1]" and "does not name in challenge 1" in problem.message


def test__check_tables__circular_link_is_reported():
    offer = "Oefenkansen Nederlands in de buurt"
    tables = _tables()
    tables["region_obstacles"] = tables["region_obstacles"].assign(quote=offer)  # the obstacle read from the offer itself
    tables["obstacle_service_links"] = tables["obstacle_service_links"].assign(challenge_rank=1)
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert problem.record == "obstacle_service_links[0]" and "circular link" in problem.message


def test__check_tables__stated_link_may_rest_on_the_one_sentence_that_names_both():
    offer = "Oefenkansen Nederlands in de buurt"
    tables = _tables()
    tables["region_obstacles"] = tables["region_obstacles"].assign(quote=offer)
    tables["obstacle_service_links"] = tables["obstacle_service_links"].assign(challenge_rank=1, link_kind="stated")
    assert check_tables(tables, SOURCE_TEXTS) == []


def test__check_tables__the_same_coding_of_the_same_sentence_twice_is_reported():
    row = _tables()["region_obstacles"].iloc[0].to_dict()
    tables = _add(_tables(), "region_obstacles", REGION, "obstacles[1]", **{k: v for k, v in row.items() if not k.startswith("_")})
    problem = _only(check_tables(tables, SOURCE_TEXTS))
    assert problem.record == "obstacles[1]" and "repeats an earlier row of region_obstacles" in problem.message
