"""Reliability step: each round's sample checked against its sources, the dataset's and the blind second coder's
codings of it, and Krippendorff's alpha per category and pooled (dashboard/domain/reliability.py).

A closed round keeps the dataset's coding as it stood when the round was coded (the data found wrong through that
round was corrected afterwards, so today's dataset would flatter it); the current round is coded from the dataset as
it is.
"""

import pandas as pd

from dashboard.builder.inputs import Inputs
from dashboard.builder.problems import Problem
from dashboard.builder.steps.reliability_rounds import CodingRound
from dashboard.domain.quotes import collapse_whitespace
from dashboard.domain.reliability import CODED, alphas, codebook_categories, dataset_codings, shown_in_codebook

NO_CODE = {None, "none"}
WHERE = {"_file": "data/curated/reliability", "_record": ""}


def reliability_tables(inputs: Inputs, tables: dict[str, pd.DataFrame], problems: list[Problem]) -> dict[str, pd.DataFrame]:
    current = {kind: list(tables[taxonomy][key]) for kind, (_, key, taxonomy) in CODED.items()}
    samples, codings, alpha = [], [], []
    for coding_round in inputs.reliability_rounds:
        sample = _sample(coding_round, inputs.source_texts, problems)
        ids = set(sample["sample_id"])
        # a round is coded and scored with the categories of the codebook its coder was given (a closed round's may
        # hold categories merged since); a round not yet coded, or a codebook that lists none of a kind, with today's
        listed = codebook_categories(coding_round.codebook or "")
        ordered = {kind: listed[kind] or current[kind] for kind in CODED}
        categories = {kind: set(ordered[kind]) for kind in CODED}
        if coding_round.dataset is None:
            dataset = dataset_codings(sample, tables, inputs.source_texts)
        else:
            dataset = _coding(coding_round.dataset, ids, categories, problems, complete=False)
        both = [dataset.assign(coder="dataset")]
        if coding_round.second is not None:
            both.append(_coding(coding_round.second, ids, categories, problems, complete=True).assign(coder="second"))
            sample = sample.assign(is_in_codebook=shown_in_codebook(sample, coding_round.codebook or ""))
            for scope, units in (("all", sample), ("unseen", sample[~sample["is_in_codebook"]])):
                alpha.append(alphas(list(units["sample_id"]), pd.concat(both, ignore_index=True), ordered)
                             .assign(round_rank=coding_round.rank, sample_scope=scope))
        else:
            sample = sample.assign(is_in_codebook=False)  # no coder has seen a codebook for it yet
        samples.append(sample)
        codings.append(pd.concat(both, ignore_index=True).assign(round_rank=coding_round.rank))
    return {"reliability_sample": pd.concat(samples, ignore_index=True),
            "reliability_codings": pd.concat(codings, ignore_index=True).assign(**WHERE),
            "reliability_alpha": (pd.concat(alpha, ignore_index=True) if alpha else pd.DataFrame()).assign(**WHERE)}


def _sample(coding_round: CodingRound, texts: dict[str, str], problems: list[Problem]) -> pd.DataFrame:
    """The round's sample as drawn, each sentence still where it was in its source."""
    rows, seen = [], set()
    for located in coding_round.sample:
        row = located.value
        if row.sample_id in seen:
            problems.append(Problem(located.file, located.record, f"sample_id {row.sample_id} is drawn twice"))
            continue
        seen.add(row.sample_id)
        text = texts.get(row.source_id)
        if text is None or collapse_whitespace(text[row.start:row.end]) != row.sentence:
            problems.append(Problem(located.file, located.record, f"sentence {row.sample_id} is no longer at {row.start}-{row.end} of "
                                                                  f"source {row.source_id}; the source changed after the sample was drawn"))
            continue
        rows.append({"_file": located.file, "_record": located.record, "round_rank": coding_round.rank, **row.model_dump()})
    return pd.DataFrame(rows, columns=["_file", "_record", "round_rank", "sample_id", "region_id", "source_id", "start", "end",
                                       "sentence", "paragraph"])


def _coding(located: list, sample_ids: set[str], categories: dict[str, set[str]], problems: list[Problem],
            complete: bool) -> pd.DataFrame:
    """A coder's codes as (sample_id, kind, category_id); a sentence left uncoded has no row. ``complete``: every
    sampled sentence must have a row (the blind coder's file: a sentence with no code has one row with kind none)."""
    rows, seen = [], set()
    for item in located:
        code = item.value
        seen.add(code.sample_id)
        if code.sample_id not in sample_ids:
            problems.append(Problem(item.file, item.record, f"sample_id {code.sample_id} is not in the sample"))
        elif code.kind in NO_CODE or code.category_id in NO_CODE:
            if not (code.kind in NO_CODE and code.category_id in NO_CODE):
                problems.append(Problem(item.file, item.record, "a code needs both its kind and its category_id"))
        else:
            if code.category_id not in categories[code.kind]:
                problems.append(Problem(item.file, item.record, f"unknown category_id {code.category_id!r}: not in {CODED[code.kind][2]}"))
            rows.append({"sample_id": code.sample_id, "kind": code.kind, "category_id": code.category_id})
    if complete and (missing := sorted(sample_ids - seen)):
        problems.append(Problem(located[0].file if located else "second coding", "", f"{len(missing)} sampled sentence(s) without a row "
                                                                                     f"(a sentence with no code has one row with kind none): {', '.join(missing[:5])}"))
    return pd.DataFrame(rows, columns=["sample_id", "kind", "category_id"]).drop_duplicates()
