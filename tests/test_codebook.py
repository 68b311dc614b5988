"""The codebook: every obstacle and service-type category is defined, bounded and illustrated from the addenda."""

import pandas as pd
import pytest

from dashboard.builder import models
from dashboard.builder.docs import codebook_examples, render_codebook
from dashboard.core.data import read_dataset
from dashboard.core.paths import ROOT
from dashboard.domain.quotes import collapse_whitespace

T = read_dataset(ROOT).tables
SOURCES = {p.stem: collapse_whitespace(p.read_text(encoding="utf-8")) for p in (ROOT / "data" / "sources").glob("*.txt")}
TAXONOMIES = [("obstacles", "obstacle_id", "region_obstacles"), ("service_types", "service_type_id", "region_service_types")]
CATEGORIES = [(table, key, coded, category) for table, key, coded in TAXONOMIES for category in T[table][key]]


@pytest.mark.parametrize("table, key, coded, category", CATEGORIES)
def test__codebook__category_has_definition_includes_excludes_and_two_quoted_examples_where_the_addenda_have_two(table, key, coded, category):
    row = T[table].set_index(key).loc[category]
    for field in ("definition", "includes", "excludes"):
        assert isinstance(row[field], str) and row[field].strip(), f"{table} {category}: no {field}"
    examples = codebook_examples(T[coded], key, category)
    available = T[coded].loc[T[coded][key] == category, "quote"].nunique()
    assert len(examples) >= min(2, available) >= 1, f"{table} {category}: {len(examples)} quoted example(s) of {available}"
    for _, example in examples.iterrows():
        assert collapse_whitespace(example["quote"]) in SOURCES[example["source_id"]]


def test__codebook__committed_file_shows_every_category_with_its_examples():
    text = (ROOT / "data" / "CODEBOOK.md").read_text(encoding="utf-8")
    assert text == render_codebook(T)
    for table, key, coded, category in CATEGORIES:
        assert f"### `{category}`" in text
        first = codebook_examples(T[coded], key, category)["quote"].iloc[0]
        assert f"“{first}”" in text


def test__codebook_examples__prefer_short_quotes_from_different_regions():
    coded = pd.DataFrame({
        "region_id": ["a", "a", "b", "c"], "source_id": ["a", "a", "b", "c"], "obstacle_id": ["taal"] * 3 + ["mobiliteit"],
        "quote": ["kort", "een langere zin", "een veel langere zin uit b", "fiets"],
    })
    examples = codebook_examples(coded, "obstacle_id", "taal")
    assert list(examples["quote"]) == ["kort", "een veel langere zin uit b", "een langere zin"]


@pytest.mark.parametrize("model, row", [
    (models.ObstacleRow, {"obstacle_id": "taal", "label_nl": "Taal", "label_en": "Language", "life_domain": "taal-cultuur",
                          "definition": "Too little Dutch.", "includes": "taalbarrière", "excludes": None}),
    (models.ServiceTypeRow, {"service_type_id": "outreach", "label_nl": "Outreach", "label_en": "Outreach",
                             "definition": " ", "includes": "straathoekwerk", "excludes": "mobiliteit"}),
])
def test__parse__category_without_definition_or_excludes_is_rejected(model, row):
    problems = []
    assert models.parse(model, row, "data/curated/taxonomy/x.csv", "row 2", problems) is None
    assert len(problems) == 1 and problems[0].record.startswith("row 2.")


# the pairs where the second coder had to guess (issue 22), and the words that do not trigger a category alone
RULED_PAIRS = [("obstacles", "stap-naar-hulp", "aanbod-onbereikbaar"), ("obstacles", "stap-naar-hulp", "wantrouwen-hulpverlening"),
               ("obstacles", "stap-naar-hulp", "schaamte-trots"), ("obstacles", "stap-naar-hulp", "cultuurkloof"),
               ("obstacles", "beperking", "psychisch"), ("obstacles", "motivatie", "perspectief"),
               ("obstacles", "motivatie", "psychisch"), ("obstacles", "budgetvaardigheden", "administratie"),
               ("obstacles", "administratie", "aanbod-onbereikbaar"), ("obstacles", "digitaal", "vaardigheden"),
               ("obstacles", "psychisch", "wantrouwen-hulpverlening"),
               ("service_types", "outreach", "vaste-begeleider"), ("service_types", "vaste-begeleider", "casemanagement-team"),
               ("service_types", "schuldhulp", "administratieve-hulp"), ("service_types", "empowerment", "vaste-begeleider"),
               ("service_types", "empowerment", "outreach"), ("service_types", "indicering", "werkervaring")]


@pytest.mark.parametrize("taxonomy, first, second", RULED_PAIRS)
def test__taxonomy_rules__each_pair_where_categories_meet_has_a_rule(taxonomy, first, second):
    rules = T["taxonomy_rules"][T["taxonomy_rules"]["taxonomy"] == taxonomy]
    pairs = {frozenset(pair) for pair in zip(rules["category_id"], rules["other_id"])}
    assert frozenset((first, second)) in pairs


@pytest.mark.parametrize("category, word", [("outreach", "laagdrempelig"), ("motivatie", "perspectief"), ("beperking", "eigen beperkingen")])
def test__taxonomy_rules__a_word_that_does_not_trigger_a_category_is_said_so(category, word):
    text = " ".join(T["taxonomy_rules"].loc[T["taxonomy_rules"]["category_id"].eq(category) | T["taxonomy_rules"]["other_id"].eq(category), "rule"])
    assert word in text.lower() and ("not trigger" in text or "never triggers" in text)


def test__render_codebook__a_rule_shows_under_both_categories_it_tells_apart():
    text = (ROOT / "data" / "CODEBOOK.md").read_text(encoding="utf-8")
    obstacles, service_types = text.split("\n## Obstacles\n")[1].split("\n## Reliability\n")[0].split("\n## Service types\n")
    parts = {"obstacles": obstacles, "service_types": service_types}
    for _, rule in T["taxonomy_rules"].iterrows():
        sections = {part.split("`")[1]: part for part in parts[rule["taxonomy"]].split("\n### ")[1:]}
        assert rule["rule"] in sections[rule["category_id"]]
        if isinstance(rule["other_id"], str):
            assert f"Against `{rule['category_id']}`: {rule['rule']}" in sections[rule["other_id"]]
            assert f"Against `{rule['other_id']}`: {rule['rule']}" in sections[rule["category_id"]]
        else:
            assert f"On its own: {rule['rule']}" in sections[rule["category_id"]]


@pytest.mark.parametrize("obstacle_id", list(T["obstacles"]["obstacle_id"]))
def test__codebook__every_obstacle_has_an_explicit_answer_and_an_empty_one_says_why(obstacle_id):
    answers = T["obstacle_answers"].set_index("obstacle_id")
    assert obstacle_id in answers.index, f"{obstacle_id}: no entry in data/curated/taxonomy/answers.csv"
    ids = [sid for sid in str(answers.loc[obstacle_id, "service_type_ids"] or "").split("; ") if sid]
    assert set(ids) <= set(T["service_types"]["service_type_id"])
    reason = answers.loc[obstacle_id, "answer_reason"]
    assert reason.startswith("None:") if not ids else not reason.startswith("None"), f"{obstacle_id}: {reason}"
    assert f"- **Answered by**: {', '.join(f'`{sid}`' for sid in ids) or 'no service type'}. {reason}" in (
        ROOT / "data" / "CODEBOOK.md").read_text(encoding="utf-8")
