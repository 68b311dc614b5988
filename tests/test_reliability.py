"""The reliability sample, the dataset's own coding of it and alpha per category and pooled, on tiny inline data
and on the committed sample."""

import re

import pandas as pd
import pytest

from dashboard.core.paths import ROOT
from dashboard.domain.reliability import SAMPLE_SIZE, alphas, codebook_categories, dataset_codings, draw_sample, shown_in_codebook

TEXTS = {"a": "- Laaggeschoold\n\n- Beperkte mobiliteit\n\nWoonbegeleiding en een fietsles.\n\n" + "Een lange zin x" * 7 + ".\n",
         "b": "- Werkloos\n\nEen zin over niets. En een over taal.\n\n" + "Een lange zin y" * 7 + ".\n"}


def test__draw_sample__same_seed_same_sentences_in_the_same_order_and_ids_in_that_order():
    first = draw_sample(TEXTS, {"a": "ra", "b": "rb"}, size=4, seed=1)
    assert first.equals(draw_sample(TEXTS, {"a": "ra", "b": "rb"}, size=4, seed=1))
    assert list(first["sample_id"]) == ["s001", "s002", "s003", "s004"]
    assert not first.equals(draw_sample(TEXTS, {"a": "ra", "b": "rb"}, size=4, seed=2))
    for row in first.itertuples():
        assert " ".join(TEXTS[row.source_id][row.start:row.end].split()) == row.sentence
        assert row.region_id == {"a": "ra", "b": "rb"}[row.source_id]


def test__dataset_codings__a_sentence_gets_every_category_whose_quote_overlaps_it_and_no_other():
    sample = draw_sample(TEXTS, {"a": "ra", "b": "rb"}, size=8, seed=1)  # every sentence
    tables = {
        "region_obstacles": pd.DataFrame({"source_id": ["a", "a", "b"], "obstacle_id": ["laaggeschoold", "mobiliteit", "taal"],
                                          "quote": ["Laaggeschoold", "Beperkte mobiliteit", "En een over taal."]}),
        "region_service_types": pd.DataFrame({"source_id": ["a", "a"], "service_type_id": ["woonbegeleiding", "mobiliteit"],
                                              "quote": ["Woonbegeleiding", "een fietsles"]}),
    }
    codes = dataset_codings(sample, tables, TEXTS).merge(sample[["sample_id", "sentence"]])
    got = {(row.sentence, row.kind, row.category_id) for row in codes.itertuples()}
    assert got == {("Laaggeschoold", "obstacle", "laaggeschoold"), ("Beperkte mobiliteit", "obstacle", "mobiliteit"),
                   ("En een over taal.", "obstacle", "taal"),
                   ("Woonbegeleiding en een fietsles.", "service_type", "woonbegeleiding"),
                   ("Woonbegeleiding en een fietsles.", "service_type", "mobiliteit")}


def test__alphas__per_category_and_pooled_with_counts():
    codings = pd.DataFrame({"sample_id": ["s1", "s2", "s1", "s3"], "kind": ["obstacle"] * 4,
                            "category_id": ["taal", "taal", "taal", "armoede"], "coder": ["dataset", "dataset", "second", "second"]})
    result = alphas(["s1", "s2", "s3", "s4"], codings, {"obstacle": ["taal", "armoede"]}).set_index("category_id", drop=False)
    taal = result.loc["taal"]
    # taal: units (1,1) (1,0) (0,0) (0,0): n = 8, 3 ones, 5 zeros, one disagreeing unit: 1 - 7 x 1 / (3 x 5)
    assert (taal["coded_dataset"], taal["coded_second"], taal["coded_both"]) == (2, 1, 1)
    assert taal["alpha"] == pytest.approx(1 - 7 / 15)
    # armoede: only the second coder, once: 1 - 7 x 1 / (1 x 7) = 0
    assert result.loc["armoede", "alpha"] == pytest.approx(0.0)
    pooled = result[result["is_pooled"]].iloc[0]
    # pooled: 8 units, 16 values, 4 ones, 2 disagreeing units: 1 - 15 x 2 / (4 x 12)
    assert pooled["units"] == 8 and pooled["alpha"] == pytest.approx(1 - 30 / 48)


def test__alphas__a_category_neither_coder_gave_is_undefined():
    codings = pd.DataFrame({"sample_id": ["s1"], "kind": ["obstacle"], "category_id": ["taal"], "coder": ["dataset"]})
    result = alphas(["s1", "s2"], codings, {"obstacle": ["taal", "armoede"]}).set_index("category_id")
    assert pd.isna(result.loc["armoede", "alpha"])


def test__committed_round_3_sample__drawn_with_the_fixed_seed_from_all_sentences_apart_from_earlier_rounds():
    folder = ROOT / "data" / "curated" / "reliability"
    committed = pd.read_csv(folder / "round-3" / "sample.csv")
    earlier = pd.concat([pd.read_csv(folder / f"round-{rank}" / "sample.csv") for rank in (1, 2)], ignore_index=True)
    sources = pd.read_parquet(ROOT / "data" / "sources.parquet")
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "data" / "sources").glob("*.txt")}
    redrawn = draw_sample(texts, dict(zip(sources["source_id"], sources["region_id"])), drawn_before=earlier)
    assert min(SAMPLE_SIZE, len(redrawn)) == len(committed) >= 150
    columns = ["sample_id", "source_id", "start", "end", "sentence"]
    assert committed[columns].equals(redrawn[columns])
    for row in committed.itertuples():  # none overlaps a sentence of an earlier round
        same = earlier[earlier["source_id"] == row.source_id]
        assert not ((same["start"] < row.end) & (same["end"] > row.start)).any()


def test__committed_round_4_sample__is_round_3s_sentences_under_the_same_ids():
    folder = ROOT / "data" / "curated" / "reliability"
    assert pd.read_csv(folder / "sample.csv").equals(pd.read_csv(folder / "round-3" / "sample.csv"))


def test__draw_sample__leaves_out_sentences_of_earlier_rounds():
    regions = {"a": "ra", "b": "rb"}
    everything = draw_sample(TEXTS, regions, size=8, seed=1)
    earlier = everything.head(3)
    later = draw_sample(TEXTS, regions, size=5, seed=1, drawn_before=earlier)
    assert set(later["sentence"]) == set(everything["sentence"]) - set(earlier["sentence"])


def _binary_alpha(pairs: list[tuple[int, int]]) -> float:
    """Alpha of two coders' 0/1 values with none missing, in closed form: 1 - (n - 1) D / (n0 n1), n the values,
    n0 and n1 the zeros and ones among them, D the units they disagree on (Krippendorff 2011, section C)."""
    n = 2 * len(pairs)
    ones = sum(a + b for a, b in pairs)
    disagreeing = sum(a != b for a, b in pairs)
    return 1 - (n - 1) * disagreeing / ((n - ones) * ones)


def test__committed_alpha__recomputed_from_the_stored_codings_of_every_round():
    from dashboard.core.data import read_dataset
    tables = read_dataset(ROOT).tables
    stored = tables["reliability_alpha"]
    second = tables["reliability_codings"].query("coder == 'second'")
    assert set(stored["round_rank"]) == set(second["round_rank"]) >= {1, 2, 3}  # every round a second coder coded has its alpha
    for (rank, scope), alpha in stored.groupby(["round_rank", "sample_scope"]):
        sample = tables["reliability_sample"].query("round_rank == @rank")
        sample_ids = list(sample["sample_id"] if scope == "all" else sample.loc[~sample["is_in_codebook"], "sample_id"])
        codings = tables["reliability_codings"].query("round_rank == @rank")
        coded = {coder: set(zip(group["sample_id"], group["kind"], group["category_id"])) for coder, group in codings.groupby("coder")}
        assert set(alpha["kind"]) == {"obstacle", "service_type"}
        folder = ROOT / "data" / "curated" / "reliability"
        codebook = ((folder / f"round-{rank}") if (folder / f"round-{rank}").exists() else folder) / "blind_codebook.md"
        for kind, taxonomy in (("obstacle", "obstacles"), ("service_type", "service_types")):
            # the categories of the codebook the coder was given: its "### `id`" headings under the kind's title
            part = codebook.read_text(encoding="utf-8").split(f"## {taxonomy.replace('_', ' ').capitalize()}\n")[1].split("\n## ")[0]
            categories = re.findall(r"^### `([a-z0-9-]+)`", part, flags=re.M)
            rows = alpha[alpha["kind"] == kind].set_index("category_id", drop=False)
            assert set(rows.loc[~rows["is_pooled"], "category_id"]) == set(categories)
            pooled = []
            for category in categories:
                pairs = [tuple(int((sid, kind, category) in coded[coder]) for coder in ("dataset", "second")) for sid in sample_ids]
                pooled += pairs
                if any(a or b for a, b in pairs):
                    assert rows.loc[category, "alpha"] == pytest.approx(_binary_alpha(pairs)), (rank, category)
                else:
                    assert pd.isna(rows.loc[category, "alpha"]), (rank, category)
            assert rows[rows["is_pooled"]]["alpha"].iloc[0] == pytest.approx(_binary_alpha(pooled))


def test__shown_in_codebook__a_sentence_an_example_or_rule_quotes_but_not_one_sharing_a_word():
    sample = pd.DataFrame({"sentence": ["Mobiliteitsuitdagingen concreet aanpakken", "Geen sociaal netwerk meer over",
                                        "Verruimen van het formeel en informeel netwerk", "Een zin die nergens staat."]})
    codebook = ('- **Examples**:\n  - Oostende: “Mobiliteit”\n  - Westhoek: “Verruimen van het formeel en informeel netwerk (buddies)”\n'
                '- Against `x`: a line such as "Geen sociaal netwerk meer" is coded both.')
    assert list(shown_in_codebook(sample, codebook)) == [False, True, True, False]


def test__codebook_categories__the_ids_of_each_kind_in_the_codebook_s_order():
    codebook = ("# Codebook\n\n## How to code\n\n- `taal` in a rule is no heading\n\n## Obstacles\n\n### `taal`: Taal\n\n"
                "- **Examples**:\n\n### `draagkracht`: Draagkracht\n\n## Service types\n\n### `opleiding`: Opleiding\n\n"
                "## Reliability\n\n### Round 1\n")
    assert codebook_categories(codebook) == {"obstacle": ["taal", "draagkracht"], "service_type": ["opleiding"]}
