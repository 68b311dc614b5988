"""Reliability step: the sample of sentences checked against its sources, the dataset's and the second coder's
codings of it, and Krippendorff's alpha per category and pooled (dashboard/reliability.py)."""

import pandas as pd

from dashboard.builder.inputs import Inputs
from dashboard.builder.problems import Problem
from dashboard.quotes import collapse_whitespace
from dashboard.reliability import CODED, alphas, dataset_codings

NO_CODE = {None, "none"}


def reliability_tables(inputs: Inputs, tables: dict[str, pd.DataFrame], problems: list[Problem]) -> dict[str, pd.DataFrame]:
    sample = _sample(inputs, problems)
    codings = dataset_codings(sample, tables, inputs.source_texts).assign(coder="dataset")
    alpha = pd.DataFrame()
    if inputs.second_coding is not None:
        second = _second_coding(inputs.second_coding, set(sample["sample_id"]), tables, problems)
        codings = pd.concat([codings, second], ignore_index=True)
        categories = {kind: list(tables[taxonomy][key]) for kind, (_, key, taxonomy) in CODED.items()}
        alpha = alphas(list(sample["sample_id"]), codings, categories)
    where = {"_file": "data/curated/reliability", "_record": ""}
    return {"reliability_sample": sample,
            "reliability_codings": codings.assign(**where), "reliability_alpha": alpha.assign(**where)}


def _sample(inputs: Inputs, problems: list[Problem]) -> pd.DataFrame:
    """The sample as drawn, each sentence still where it was in its source."""
    rows, seen = [], set()
    for located in inputs.reliability_sample:
        row = located.value
        if row.sample_id in seen:
            problems.append(Problem(located.file, located.record, f"sample_id {row.sample_id} is drawn twice"))
            continue
        seen.add(row.sample_id)
        text = inputs.source_texts.get(row.source_id)
        if text is None or collapse_whitespace(text[row.start:row.end]) != row.sentence:
            problems.append(Problem(located.file, located.record, f"sentence {row.sample_id} is no longer at {row.start}-{row.end} of "
                                                                  f"source {row.source_id}; the source changed after the sample was drawn"))
            continue
        rows.append({"_file": located.file, "_record": located.record, **row.model_dump()})
    return pd.DataFrame(rows, columns=["_file", "_record", "sample_id", "region_id", "source_id", "start", "end", "sentence", "paragraph"])


def _second_coding(located: list, sample_ids: set[str], tables: dict[str, pd.DataFrame], problems: list[Problem]) -> pd.DataFrame:
    """The second coder's codes as (sample_id, kind, category_id, coder); a sentence left uncoded has no row."""
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
            _, key, taxonomy = CODED[code.kind]
            if code.category_id not in set(tables[taxonomy][key]):
                problems.append(Problem(item.file, item.record, f"unknown category_id {code.category_id!r}: not in {taxonomy}"))
            rows.append({"sample_id": code.sample_id, "kind": code.kind, "category_id": code.category_id, "coder": "second"})
    if missing := sorted(sample_ids - seen):
        problems.append(Problem(located[0].file if located else "second coding", "", f"{len(missing)} sampled sentence(s) without a row "
                                                                                     f"(a sentence with no code has one row with kind none): {', '.join(missing[:5])}"))
    return pd.DataFrame(rows, columns=["sample_id", "kind", "category_id", "coder"]).drop_duplicates()
