"""Render data/datapackage.json: the dataset as a Frictionless Data Package, a Table Schema per table with its keys,
foreign keys and vocabularies from the resources (dashboard.core.resources), its sources and licences from the metadata of
the build's steps that feed it (dashboard.builder.steps)."""

import json

import pandas as pd

from dashboard.builder.steps import Step, steps
from dashboard.core.resources import COLUMNS, RESOURCES, Resource

NAME = "regionale-noden"
TITLE = "Regionale noden - Lokale Partnerschappen 2023"
DESCRIPTION = ("What five Flemish regions wrote in their Lokaal Addendum for the 2023 ESF call Lokale Partnerschappen: their "
               "challenges, personas, obstacles and the service types they ask for, every fact with its source and a "
               "verbatim quote; with population and poverty indicators from Statbel. What each column means: README.md.")
ADDENDA = "addenda"  # the step whose sources are the texts, each its own source
TABLE_TYPES = {"string": "string", "int": "integer", "float": "number", "bool": "boolean", "date": "date"}
# A numeric field's empty cell as frictionless reads it from parquet: pyarrow hands a null in a number column to pandas as
# NaN, and frictionless's pandas reader lets it through as the text "nan" (it tests `value is np.nan`, which a NaN read
# from a frame is not; frictionless-py issue 1637). Named here, a null is read as empty: an integer column's empty cell
# is no type error, and a required number column's empty cell is caught. No number is written "nan", in parquet or CSV.
NUMERIC_MISSING = ["", "nan"]


def render_datapackage(tables: dict[str, pd.DataFrame]) -> str:
    """The datapackage.json text; ``tables`` gives the titles of the addenda the facts quote."""
    addenda = [{"title": title, "path": f"sources/{source_id}.txt"}
               for source_id, title in zip(tables["sources"]["source_id"], tables["sources"]["title"])]
    every = steps()
    package = {
        "name": NAME,
        "title": TITLE,
        "description": DESCRIPTION,
        "homepage": "README.md",
        "licenses": _licences(every),
        "sources": _sources(every, addenda),
        "resources": [_resource(name, resource, [s for s in every if name in s.meta["tables"]], addenda)
                      for name, resource in RESOURCES.items()],
    }
    return json.dumps(package, ensure_ascii=False, indent=1) + "\n"


def _resource(name: str, resource: Resource, feeding: list[Step], addenda: list[dict]) -> dict:
    schema = {"fields": [_field(column) for column in resource.columns]}
    if resource.primary_key:
        schema["primaryKey"] = list(resource.primary_key)
    declared = [key for key in resource.foreign_keys if not any(COLUMNS[c].nullable for c in key.columns)]
    if declared:  # a Table Schema key is broken by an empty part, so a region-wide row's challenge is the build's check
        schema["foreignKeys"] = [{"fields": list(key.columns), "reference": {"resource": key.table, "fields": list(key.columns)}}
                                 for key in declared]
    return {"name": name, "path": f"{name}.parquet", "format": "parquet", "profile": "tabular-data-resource",
            "description": resource.description, "sources": _sources(feeding, addenda), "licenses": _licences(feeding),
            "schema": schema}


def _field(name: str) -> dict:
    column = COLUMNS[name]
    unit = f" Unit: {column.unit}." if column.unit else ""
    field = {"name": name, "type": TABLE_TYPES[column.dtype], "description": column.description + unit}
    if field["type"] in ("integer", "number"):
        field["missingValues"] = NUMERIC_MISSING
    constraints = {"required": not column.nullable}
    if column.vocabulary:
        constraints["enum"] = list(column.vocabulary.values)
    return field | {"constraints": constraints}


def _sources(feeding: list[Step], addenda: list[dict]) -> list[dict]:
    """The sources of the steps ``feeding`` a table: the addenda one by one (the texts the addenda step reads), any
    other by its title and where a reader finds it."""
    sources = []
    for step in feeding:
        sources += addenda if step.name == ADDENDA else [{"title": f"{step.meta['title']}: {step.meta['producer']}",
                                                          "path": step.meta["path"]}]
    return sources


def _licences(feeding: list[Step]) -> list[dict]:
    """Each licence of the steps ``feeding`` a table once, in order."""
    licences = dict.fromkeys((step.meta["licence"], step.meta["licence_path"]) for step in feeding)
    return [{"title": title, "path": path} for title, path in licences]
