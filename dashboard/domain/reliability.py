"""How well a blind second coder agrees with the dataset's coding: the sample of sentences, the dataset's own
coding of each, and Krippendorff's alpha per category and pooled, for obstacles and for service types.

The sample is drawn with a fixed seed from every sentence of the five addenda (dashboard/domain/sentences.py), coded
or not, so a coding the dataset missed counts as a disagreement too. The dataset codes a sampled sentence with
every category of a region_obstacles or region_service_types row whose quote overlaps it.
"""

import random
import re

import pandas as pd

from dashboard.domain.agreement import nominal_alpha
from dashboard.domain.sentences import sentences
from dashboard.domain.text_search import quote_spans

SAMPLE_SIZE = 300  # so that most categories occur several times
SEED = 24  # round 3; round 1 drew with 22 (the number), round 2 with 23. Fixed: the same texts give the same sample
# kind of category -> (the table coding it, its id column, its taxonomy table)
CODED = {"obstacle": ("region_obstacles", "obstacle_id", "obstacles"),
         "service_type": ("region_service_types", "service_type_id", "service_types")}
CODERS = ("dataset", "second")
SHOWN_MIN_CHARS = 20  # a shorter quote ("Mobiliteit") or sentence shows no sentence's coding by sharing its words
SAMPLE_COLUMNS = ["sample_id", "region_id", "source_id", "start", "end", "sentence", "paragraph"]


def draw_sample(texts: dict[str, str], regions: dict[str, str], size: int = SAMPLE_SIZE, seed: int = SEED,
                drawn_before: pd.DataFrame | None = None) -> pd.DataFrame:
    """``size`` sentences drawn at random from all sentences of ``texts`` (source_id -> text), in the order drawn,
    leaving out any that overlaps a sentence of an earlier round (``drawn_before``: source_id, start, end), so that
    a round never reports on sentences whose coding an earlier round led us to review."""
    earlier = drawn_before if drawn_before is not None else pd.DataFrame(columns=["source_id", "start", "end"])
    used = {source_id: list(zip(group["start"], group["end"])) for source_id, group in earlier.groupby("source_id")}
    frame = pd.DataFrame([
        {"region_id": regions[source_id], "source_id": source_id, "start": s.start, "end": s.end, "sentence": s.text,
         "paragraph": s.paragraph}
        for source_id in sorted(texts) for s in sentences(texts[source_id])
        if not any(start < s.end and end > s.start for start, end in used.get(source_id, []))
    ])
    drawn = random.Random(seed).sample(range(len(frame)), min(size, len(frame)))  # fewer left: all of them, in a drawn order
    sample = frame.iloc[drawn].reset_index(drop=True)
    return sample.assign(sample_id=[f"s{i + 1:03d}" for i in range(len(sample))])[SAMPLE_COLUMNS]


def dataset_codings(sample: pd.DataFrame, tables: dict[str, pd.DataFrame], texts: dict[str, str]) -> pd.DataFrame:
    """(sample_id, kind, category_id): the categories of the coded rows whose quote overlaps a sampled sentence."""
    rows = []
    for kind, (table, key, _) in CODED.items():
        for category, hits in zip(tables[table][key], sentences_hit(tables[table], sample, texts)):
            rows += [{"sample_id": sample_id, "kind": kind, "category_id": category} for sample_id in hits]
    return pd.DataFrame(rows, columns=["sample_id", "kind", "category_id"]).drop_duplicates().reset_index(drop=True)


def sentences_hit(coded: pd.DataFrame, sample: pd.DataFrame, texts: dict[str, str]) -> list[list[str]]:
    """For each row of ``coded``, the sample_ids of the sampled sentences its quote overlaps (wherever it occurs)."""
    units = {source_id: list(zip(group["sample_id"], group["start"], group["end"])) for source_id, group in sample.groupby("source_id")}
    return [[sample_id for start, end in quote_spans(quote, texts[source_id])
             for sample_id, first, last in units.get(source_id, []) if start < last and end > first]
            for source_id, quote in zip(coded["source_id"], coded["quote"])]


def alphas(sample_ids: list[str], codings: pd.DataFrame, categories: dict[str, list[str]]) -> pd.DataFrame:
    """Alpha per category (present or not in each sentence, two coders) and pooled over the categories of a kind
    (every sentence x category decision one unit), from ``codings`` (sample_id, kind, category_id, coder);
    ``categories`` is kind -> its category ids."""
    coded = {coder: set(zip(group["sample_id"], group["kind"], group["category_id"])) for coder, group in codings.groupby("coder")}
    rows = []
    for kind, ids in categories.items():
        pooled = []
        for category in ids:
            units = [tuple(int((sid, kind, category) in coded.get(coder, set())) for coder in CODERS) for sid in sample_ids]
            pooled += units
            rows.append(_row(kind, category, units))
        rows.append(_row(kind, None, pooled))
    return pd.DataFrame(rows)


def _row(kind: str, category: str | None, units: list[tuple[int, int]]) -> dict:
    return {"kind": kind, "category_id": category, "is_pooled": category is None, "alpha": nominal_alpha(units),
            "units": len(units), "coded_dataset": sum(u[0] for u in units), "coded_second": sum(u[1] for u in units),
            "coded_both": sum(u[0] and u[1] for u in units)}


def shown_in_codebook(sample: pd.DataFrame, codebook: str) -> pd.Series:
    """Per sampled sentence: whether the codebook the coder saw quotes it (an example or a phrase of a rule that is
    the sentence, holds it, or stands in it), so that its coding there could tell the coder the dataset's."""
    quotes = {" ".join(q.split()) for q in re.findall(r'“([^”]+)”|"([^"]+)"', codebook) for q in q if q}
    quotes = {q for q in quotes if len(q) >= SHOWN_MIN_CHARS}
    return sample["sentence"].map(lambda sentence: any(q in sentence or (len(sentence) >= SHOWN_MIN_CHARS and sentence in q)
                                                       for q in quotes))


def codebook_categories(codebook: str) -> dict[str, list[str]]:
    """Per kind, the category ids a rendered codebook lists (its "### `id`" headings under "## Obstacles" and
    "## Service types"), in its order: the categories a coder given that codebook could use."""
    found = {kind: [] for kind in CODED}
    kind = None
    for line in codebook.splitlines():
        if line.startswith("## "):
            kind = {"## Obstacles": "obstacle", "## Service types": "service_type"}.get(line.strip())
        elif kind and (heading := re.match(r"### `([a-z0-9-]+)`", line)):
            found[kind].append(heading.group(1))
    return found
