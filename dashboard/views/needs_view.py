"""What the Noden en aanbod page shows: obstacles by region as a heatmap, and for one region its needs and its offer,
each row with the quotes behind it (the obstacle and the service types that answer it, or the other way round)."""

from dataclasses import dataclass

import pandas as pd

from dashboard.core.counting import count_matrix, scale_max, unit_label
from dashboard.core.scope import Scope, linked_service_types
from dashboard.core.vocabularies import LINK_KINDS
from dashboard.domain.needs import answering_service_types, evidence, linked_obstacles, need_status, needs_table, offer_table
from dashboard.figures.chart import Chart
from dashboard.figures.mention_heatmap import mention_heatmap
from dashboard.text.i18n import tr
from dashboard.text.numbers import number

EVIDENCE = {"kind": "needs.col.kind", "label": "needs.col.what", "quote": "col.quote", "region": "col.region",
            "section": "col.section", "challenge_rank": "col.challenge_rank"}  # the quotes behind a row
CELL_EVIDENCE = {"quote": "col.quote", "section": "col.section", "challenge_rank": "col.challenge_rank"}  # behind a cell
COUNTED = {"emphasis": "unit.emphasis", "emphasis_rank": "col.emphasis_rank", "robustness": "col.robustness"}
COLUMNS = {  # what each tab shows
    "obstacle": {"obstacle": "needs.kind.obstacle", **COUNTED, "status": "needs.col.status", "answered_by": "needs.col.answered_by",
                 "borrowed": "needs.col.borrowed", "elsewhere": "needs.col.linked_not_asked", "mentions": "unit.mentions"},
    "service_type": {"service_type": "needs.kind.service_type", **COUNTED, "caveat": "col.caveat", "status": "needs.col.status",
                     "answers": "needs.col.answers", "borrowed": "needs.col.borrowed_named",
                     "elsewhere": "needs.col.linked_not_named", "mentions": "unit.mentions"},
}


@dataclass(frozen=True)
class Tab:
    """One tab of a region's needs or offer: its rows (with a status in words), heading and count sentence."""

    kind: str  # "obstacle" (the needs) or "service_type" (the offer)
    heading: str
    count: str
    rows: pd.DataFrame


def obstacle_heatmap(scope: Scope, unit: str, source: str, lang: str) -> tuple[pd.DataFrame, Chart]:
    """The obstacles by region counted in ``unit`` (the chosen obstacle outlined), coloured on the scale of the whole
    dataset (the same value, the same colour on every page): the matrix and its heatmap."""
    matrix = count_matrix(scope, scope.obstacle_mentions(), "obstacle", lang, unit)
    return matrix, mention_heatmap(matrix, "obstacle", tr("needs.heatmap", lang), unit, unit_label(unit, lang),
                                   tr("col.importance_rank", lang), highlight=scope.obstacle_id, source=source,
                                   columns={"obstacle": "needs.kind.obstacle", "region": "col.region", "emphasis": "unit.emphasis",
                                            "emphasis_rank": "col.emphasis_rank", "importance_rank": "col.importance_rank",
                                            "robustness": "col.robustness", "presence": "unit.presence",
                                            "mentions": "unit.mentions"}, scale_max=scale_max(scope.ds, unit), lang=lang)


def quotes_behind(scope: Scope, region_id: str, kind: str, item_id: str, lang: str) -> pd.DataFrame:
    """The quotes behind a row of ``kind``: an obstacle with the service types that answer it, or a service type with
    the obstacles it answers; a cell of the heatmap (kind "cell") is the obstacle alone."""
    ds = scope.ds
    if kind == "obstacle":
        obstacles, services = [item_id], sorted(linked_service_types(ds, item_id) | answering_service_types(ds, item_id))
    else:
        obstacles, services = ([item_id], []) if kind == "cell" else (linked_obstacles(ds, item_id), [item_id])
    quotes = evidence(ds, scope.obstacle_mentions(), scope.service_mentions(by_obstacle=False), region_id, obstacles, services, lang)
    kinds = {k: tr(f"needs.kind.{k}", lang) for k in ("obstacle", "service_type")} | {
        f"link_{how}": tr("needs.kind.link", lang, how=LINK_KINDS.label(how, lang)) for how in LINK_KINDS}
    return quotes.assign(kind=quotes["kind"].map(kinds))


def obstacle_answer(scope: Scope, region_id: str, region: str, label: str, lang: str) -> str:
    """Whether and how the region answers the obstacle chosen in the filters, as a sentence."""
    needs = needs_table(scope, region_id, lang)
    row = needs[needs["obstacle_id"] == scope.obstacle_id]
    return tr(f"needs.obstacle.{need_status(needs, scope.obstacle_id)}", lang, region=region, label=label,
              share=number(row["emphasis"].sum(), lang, 1), services=", ".join(row["answered_by"]))


def region_tabs(scope: Scope, region_id: str, region: str, lang: str) -> list[Tab]:
    """The region's needs (obstacles: answered by which of its service types, and how) and its offer (service types:
    answering which of its obstacles)."""
    needs, offer = needs_table(scope, region_id, lang), offer_table(scope, region_id, lang)
    matched = {True: tr("needs.status.matched", lang), False: tr("needs.status.unmatched", lang)}
    hint = " " + tr("needs.row_hint", lang)
    return [Tab("obstacle", tr("needs.needs", lang, region=region),
                tr("needs.needs_count", lang, n=int((~needs["is_answered"]).sum()), total=len(needs)) + hint,
                needs.assign(status=needs["answer"].map(lambda answer: tr(f"needs.answer.{answer}", lang)))),
            Tab("service_type", tr("needs.offer", lang, region=region),
                tr("needs.offer_count", lang, n=int((~offer["answers_named"]).sum()), total=len(offer)) + hint,
                offer.assign(status=offer["answers_named"].map(matched)))]
