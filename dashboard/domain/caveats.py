"""The reservations each region makes itself on how to read its needs and requests (no new projects, access to
existing services, personas that do not cover everyone, ...), gathered from both caveat tables."""

import pandas as pd

from dashboard.text.curated_text import column_in_language
from dashboard.domain.evidence import fact_id
from dashboard.core.scope import Scope
from dashboard.core.taxonomy import labels

COLUMNS = ["region_id", "challenge_rank", "caveat", "service_types", "quote", "fact_id"]


def region_caveats(scope: Scope, lang: str) -> pd.DataFrame:
    """One row per caveat of the regions in scope, in dataset region order: the caveat in ``lang``, the challenge it
    concerns (empty when it concerns the whole addendum), the service types it names, its quote and fact id.

    A caveat the addendum makes about several service types at once is one row naming them all; a chosen
    persona keeps the region-wide caveats and those of the challenges built on it.
    """
    regional = scope.rows("region_caveats")
    rows = [regional.assign(caveat=column_in_language(regional, "caveat", lang), service_types="",
                            fact_id=[fact_id("region_caveats", r) for r in regional.to_dict("records")])]
    typed = scope.regions_alone().rows("service_type_caveats")
    if not typed.empty:
        names = labels(scope.ds, "service_types", lang)
        typed = typed.assign(caveat=column_in_language(typed, "caveat", lang), label=typed["service_type_id"].map(names),
                             fact_id=[fact_id("service_type_caveats", r) for r in typed.to_dict("records")])
        grouped = typed.groupby(["region_id", "caveat", "quote"], sort=False).agg(
            service_types=("label", ", ".join), fact_id=("fact_id", "first")).reset_index()
        rows.append(grouped.assign(challenge_rank=pd.NA))
    frame = pd.concat(rows, ignore_index=True)[COLUMNS]
    order = {r: i for i, r in enumerate(scope.ds.tables["regions"]["region_id"])}
    frame["challenge_rank"] = pd.to_numeric(frame["challenge_rank"]).astype("Int64")
    return frame.sort_values(["region_id", "challenge_rank"], key=lambda c: c.map(order) if c.name == "region_id" else c,
                             na_position="first", kind="stable").reset_index(drop=True)
