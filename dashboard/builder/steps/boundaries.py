"""Boundaries step: the municipal boundaries of the Flemish and Brussels regions (its source: boundaries.meta.yml beside
this file), read with their parts and CRS checked (dashboard.builder.geo)."""

from dashboard.builder import geo
from dashboard.builder.steps import Context


def run(context: Context) -> dict:
    """``boundaries``: every municipality of the file with its ``nis_code``, or None when the file cannot be read."""
    return {"boundaries": geo.read_boundaries(context.files[0], context.problems, context.within)}
