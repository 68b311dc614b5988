"""The parts of a region file beyond its categories, as a draft suggests them: empty records in the model's shape,
municipalities the text names, their provinces, and labelled statements turned into records."""

from dashboard.builder.draft.codebook import Codebook
from dashboard.builder.draft.segments import Unit
from dashboard.builder.draft.statements import blank, municipalities, provinces, statement_records
from dashboard.builder.draft.suggest import Suggestion

CODEBOOK = Codebook({}, {}, {}, {"saled": "saled", "roy": "roy"},
                    {"Tielt": "37015", "Tielt-Winge": "24135", "Ronse": "45041", "Pittem": "37011"})


def test__blank__has_every_field_of_the_part_with_its_defaults():
    record = blank("persona_facts", statement_nl="Ze wonen alleen.")
    assert list(record)[:2] == ["quote", "fact_level"] and "is_quote_short" not in record
    assert (record["statement_nl"], record["statement_en"], record["is_flagged"]) == ("Ze wonen alleen.", None, False)


def test__municipalities__names_as_whole_words_in_the_order_the_text_names_them():
    text = "Gemeenten:\n● Pittem, Tielt\nNiet in Tielt-Winge.\nRonse en Pittem"
    found = municipalities(text, CODEBOOK)
    assert [(m["nis_code"], m["quote"]) for m in found] == [
        ("37011", "Pittem, Tielt"), ("37015", "Pittem, Tielt"), ("24135", "Niet in Tielt-Winge."),
        ("45041", "Ronse en Pittem")]


def test__provinces__from_the_first_digit_of_the_nis_codes():
    assert provinces([{"nis_code": "37015"}, {"nis_code": "45041"}, {"nis_code": "37011"}]) == [
        "West-Vlaanderen", "Oost-Vlaanderen"]


def test__statement_records__fill_what_the_text_gives_and_leave_our_words_empty():
    units = [Unit(0, "Saled woont sinds 2 jaar alleen.", "uitdaging", 1, 3, ""),
             Unit(1, "Ze hebben weinig structuur.", "verrijking", None, 5, ""),
             Unit(2, "Het gebied telt 1198 km².", "verrijking", None, 7, "")]
    suggestions = [Suggestion(0, "persona_facts-persona", 0.7, "voorbeeld", None),
                   Suggestion(1, "persona_facts-group", 0.6, "voorbeeld", None),  # no challenge: no group to be about
                   Suggestion(2, "stated_figures", 0.5, "voorbeeld", None),
                   Suggestion(0, "target_groups-leeftijd", 0.4, "voorbeeld", None)]
    records = statement_records(suggestions, units, CODEBOOK, {}, {1: ["roy", "saled"]})
    assert set(records) == {"persona_facts", "stated_figures", "target_groups"}
    fact = records["persona_facts"][0]
    assert (fact["persona_id"], fact["challenge_rank"], fact["statement_nl"], fact["unit_id"]) == ("saled", 1, None, 0)
    assert records["stated_figures"][0]["value"] == 1198
    assert (records["target_groups"][0]["scope_aspect"], records["target_groups"][0]["section"]) == ("leeftijd", "uitdaging")
