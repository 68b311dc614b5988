"""The call's local timeline: per region the local analysis, launch, deadline, assessment, jury and pitches,
decision and reply, each step with the sentence it comes from."""

import pandas as pd

from dashboard.text.dates import dates_text
from dashboard.core.vocabularies import EVENTS
from dashboard.domain.evidence import fact_id
from dashboard.text.i18n import tr
from dashboard.core.regions import region_names
from dashboard.core.scope import Scope



def timeline_rows(scope: Scope, lang: str) -> pd.DataFrame:
    """One row per step with its region's name, a date text, and the id of the fact it rests on, in date order.

    The date text says when a date is only a limit ("uiterlijk") or worked out from another step.
    """
    steps = scope.timeline().copy()
    steps["region"] = steps["region_id"].map(region_names(scope.ds))
    steps["dates"] = [(tr("timeline.upper_bound", lang, dates=dates_text(s, e, lang)) if bound else dates_text(s, e, lang))
                      + (tr("timeline.derived", lang) if derived else "")
                      for s, e, bound, derived in zip(steps["start_date"], steps["end_date"], steps["is_date_upper_bound"],
                                                      steps["is_date_derived"])]
    steps["fact_id"] = [fact_id("timeline", row) for row in steps.to_dict("records")]
    steps["event_rank"] = steps["event"].map({e: i for i, e in enumerate(EVENTS)})
    return steps.sort_values(["region_id", "start_date", "event_rank"]).reset_index(drop=True)
