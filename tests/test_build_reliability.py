"""The build's reliability step on tiny inputs: a sample that no longer matches its source, and a second coding
that names an unknown category, leaves a sentence out or half-codes one, are each refused with their place."""

import pandas as pd

from dashboard.builder import models
from dashboard.builder.inputs import Inputs
from dashboard.builder.records import Located
from dashboard.builder.reliability import reliability_tables
from dashboard.builder.steps.reliability_rounds import CodingRound

SAMPLE = "data/curated/reliability/sample.csv"
CODING = "data/curated/reliability/second_coder.csv"
TEXT = "- Laaggeschoold\n\nEen zin zonder code.\n"
CODEBOOK = '- **Examples**:\n  - Brugs Ommeland: “Een zin zonder code.”\n'  # the coder's codebook quotes s002
TABLES = {
    "obstacles": pd.DataFrame({"obstacle_id": ["laaggeschoold", "taal"]}),
    "service_types": pd.DataFrame({"service_type_id": ["opleiding"]}),
    "region_obstacles": pd.DataFrame({"source_id": ["a"], "obstacle_id": ["laaggeschoold"], "quote": ["Laaggeschoold"]}),
    "region_service_types": pd.DataFrame({"source_id": pd.Series([], dtype=str), "service_type_id": pd.Series([], dtype=str),
                                          "quote": pd.Series([], dtype=str)}),
}


def _inputs(second: list[tuple[str, str | None, str | None]] | None, text: str = TEXT,
            frozen: list[tuple[str, str | None, str | None]] | None = None) -> Inputs:
    """One round over the two sentences of TEXT; ``frozen``: it is a closed round with that dataset coding."""
    sample = [("s001", 2, 15, "Laaggeschoold"), ("s002", 17, 37, "Een zin zonder code.")]
    inputs = Inputs(source_texts={"a": text})
    rows = [Located(SAMPLE, f"row {i + 2}", models.SampleRow(sample_id=sid, region_id="ra", source_id="a", start=start, end=end,
                                                             sentence=sentence, paragraph=sentence))
            for i, (sid, start, end, sentence) in enumerate(sample)]
    inputs.reliability_rounds = [CodingRound(1, rows, _codes(second), _codes(frozen), CODEBOOK)]
    return inputs


def _codes(codes):
    if codes is None:
        return None
    return [Located(CODING, f"row {i + 2}", models.SecondCodingRow(sample_id=sid, kind=kind, category_id=category))
            for i, (sid, kind, category) in enumerate(codes)]


def test__reliability_tables__agreeing_coders_give_alpha_1_and_an_uncoded_sentence_no_row():
    problems = []
    result = reliability_tables(_inputs([("s001", "obstacle", "laaggeschoold"), ("s002", "none", "none")]), TABLES, problems)
    assert problems == []
    codings = result["reliability_codings"]
    assert set(zip(codings["coder"], codings["sample_id"], codings["category_id"])) == {("dataset", "s001", "laaggeschoold"),
                                                                                        ("second", "s001", "laaggeschoold")}
    alpha = result["reliability_alpha"].query("sample_scope == 'all'").set_index("category_id")
    assert alpha.loc["laaggeschoold", "alpha"] == 1.0 and pd.isna(alpha.loc["taal", "alpha"])
    assert list(result["reliability_sample"]["sentence"]) == ["Laaggeschoold", "Een zin zonder code."]


def test__reliability_tables__without_a_second_coding_there_is_no_alpha_yet():
    problems = []
    result = reliability_tables(_inputs(None), TABLES, problems)
    assert problems == [] and result["reliability_alpha"].empty and set(result["reliability_codings"]["coder"]) == {"dataset"}


def test__reliability_tables__a_sentence_moved_in_its_source_is_refused():
    problems = []
    reliability_tables(_inputs(None, text="Nieuwe eerste regel.\n" + TEXT), TABLES, problems)
    assert [(p.file, p.record) for p in problems] == [(SAMPLE, "row 2"), (SAMPLE, "row 3")]
    assert "source changed" in problems[0].message


def test__reliability_tables__unknown_category_missing_sentence_and_half_code_are_refused():
    problems = []
    reliability_tables(_inputs([("s001", "obstacle", "analfabetisme"), ("s001", "service_type", None)]), TABLES, problems)
    messages = [p.message for p in problems]
    assert any("unknown category_id 'analfabetisme': not in obstacles" in m for m in messages)
    assert any("needs both its kind and its category_id" in m for m in messages)
    assert any("1 sampled sentence(s) without a row" in m and "s002" in m for m in messages)


def test__reliability_tables__a_sample_id_drawn_twice_is_refused():
    inputs = _inputs(None)
    inputs.reliability_rounds[0].sample.append(Located(SAMPLE, "row 4", inputs.reliability_rounds[0].sample[0].value))
    problems = []
    reliability_tables(inputs, TABLES, problems)
    assert [(p.record, p.message) for p in problems] == [("row 4", "sample_id s001 is drawn twice")]


def test__reliability_tables__a_closed_round_keeps_the_dataset_coding_of_its_day():
    problems = []
    # today's dataset codes s001 laaggeschoold; the round's frozen dataset coding had taal there
    result = reliability_tables(_inputs([("s001", "obstacle", "taal"), ("s002", "none", "none")], frozen=[("s001", "obstacle", "taal")]),
                                TABLES, problems)
    assert problems == []
    dataset = result["reliability_codings"].query("coder == 'dataset'")
    assert list(zip(dataset["sample_id"], dataset["category_id"], dataset["round_rank"])) == [("s001", "taal", 1)]
    assert result["reliability_alpha"].query("sample_scope == 'all'").set_index("category_id").loc["taal", "alpha"] == 1.0


def test__reliability_tables__alpha_again_without_the_sentences_the_codebook_quoted():
    problems = []
    result = reliability_tables(_inputs([("s001", "obstacle", "laaggeschoold"), ("s002", "obstacle", "taal")]), TABLES, problems)
    assert problems == []
    assert list(result["reliability_sample"]["is_in_codebook"]) == [False, True]
    alpha = result["reliability_alpha"].set_index(["sample_scope", "category_id"])
    assert alpha.loc[("all", "taal"), "coded_second"] == 1 and alpha.loc[("unseen", "taal"), "coded_second"] == 0
    assert alpha.loc[("unseen", "laaggeschoold"), "units"] == 1


def test__reliability_tables__a_closed_round_is_scored_on_the_categories_of_its_own_codebook():
    problems = []
    inputs = _inputs([("s001", "obstacle", "draagkracht"), ("s002", "none", "none")], frozen=[("s001", "obstacle", "draagkracht")])
    inputs.reliability_rounds[0].codebook = CODEBOOK + "## Obstacles\n\n### `laaggeschoold`: x\n\n### `draagkracht`: merged since\n"
    result = reliability_tables(inputs, TABLES, problems)  # today's taxonomy has no draagkracht
    assert problems == []
    alpha = result["reliability_alpha"].query("sample_scope == 'all' and kind == 'obstacle'")
    assert list(alpha.loc[~alpha["is_pooled"], "category_id"]) == ["laaggeschoold", "draagkracht"]
    assert alpha.set_index("category_id").loc["draagkracht", "alpha"] == 1.0
