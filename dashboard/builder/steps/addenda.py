"""Addenda step: the Lokaal Addendum texts, their manifest, each region's coding of its addendum, the persona names
and the worked examples of emphasis, each record validated and named by file and record (its source:
addenda.meta.yml beside this file). Whether every quote stands in its text is checked once the tables are made
(dashboard.builder.checks)."""

from dashboard.builder import models
from dashboard.builder.problems import Problem
from dashboard.builder.read import display_path, read_text, read_yaml
from dashboard.builder.records import Located, csv_records, yaml_records
from dashboard.builder.steps import Context


def run(context: Context) -> dict:
    """``sources`` (the manifest), ``source_texts`` (by source id), ``regions``, ``personas`` and ``emphasis_examples``."""
    manifest, texts, regions, personas, examples = context.files  # as the metadata lists them
    problems, within = context.problems, context.within
    sources = yaml_records(manifest, models.SourceEntry, problems, within)
    source_texts = {}
    for entry in sources:
        text = read_text(texts.parent / f"{entry.value.source_id}.txt", problems, within)
        if text is not None:
            source_texts[entry.value.source_id] = text
    return {"sources": sources, "source_texts": source_texts, "regions": _regions(regions, problems, within),
            "personas": csv_records(personas, models.PersonaRow, problems, within),
            "emphasis_examples": csv_records(examples, models.EmphasisExampleRow, problems, within)}


def _regions(pattern, problems: list[Problem], within) -> list[Located]:
    """One record per region file; none found is a problem naming the folder."""
    files = sorted(pattern.parent.glob(pattern.name))
    if not files:
        problems.append(Problem(display_path(pattern.parent), "", f"no region files ({pattern.name}) found"))
    regions = []
    for path in files:
        data = read_yaml(path, problems, within)
        region = None if data is None else models.parse(models.RegionFile, data, display_path(path), "", problems)
        if region is not None:
            regions.append(Located(display_path(path), "", region))
    return regions
