"""Who a region names beside its challenges: further target groups, the ages it covers, the languages contact may be in."""

import pandas as pd

from dashboard.text.curated_text import column_in_language
from dashboard.domain.evidence import fact_id
from dashboard.core.scope import Scope



def region_target_groups(scope: Scope, lang: str) -> pd.DataFrame:
    """One row per target group, age scope or contact language in scope (a chosen persona keeps the region-wide ones
    and those of its challenges), in ``lang``: ages first, then contact languages, then groups; each with its
    challenge (empty when region-wide), quote and fact id."""
    rows = scope.rows("region_target_groups")
    rows = rows.assign(target_group=column_in_language(rows, "target_group", lang),
                       fact_id=[fact_id("region_target_groups", r) for r in rows.to_dict("records")],
                       aspect_rank=rows["scope_aspect"].map({a: i for i, a in enumerate(["leeftijd", "contacttaal", "doelgroep"])}))
    return rows.sort_values(["region_id", "aspect_rank"], kind="stable")[
        ["region_id", "challenge_rank", "scope_aspect", "target_group", "quote", "fact_id"]].reset_index(drop=True)
