"""What the Gemeente page shows of one municipality: its figures and 2025 merger, and its poverty indicators (the
latest income year against the first, its standing among the 63 and in Flanders, the range of incomes around it)."""

from dataclasses import dataclass

import pandas as pd

from dashboard.core.data import Dataset
from dashboard.domain.attribution import source_line
from dashboard.core.indicators import FLANDERS, INDICATORS
from dashboard.text.dates import day_text
from dashboard.text.i18n import tr
from dashboard.text.numbers import number, signed
from dashboard.views.municipality_profile import as_text, counted, income_range, indicators, profile_years, row_label, summary


@dataclass(frozen=True)
class Metric:
    label: str
    value: str
    delta: str  # the change since the first income year
    delta_color: str  # how Streamlit colours the change: "inverse" where a rise is bad news


@dataclass(frozen=True)
class PovertyView:
    heading: str
    metrics: list[Metric]
    standing: str  # its rank among the 63 and in Flanders, and Flanders' own rate
    table: pd.DataFrame  # a row per indicator, the numbers as numbers (for the downloads)
    as_shown: pd.DataFrame  # the same written out (a rate with one decimal, counts whole)
    title: str
    source: str
    incomes: str  # the lowest and highest median income in its region and in Flanders


def figures_lines(ds: Dataset, nis_code: str, lang: str) -> tuple[str, str, bool]:
    """The municipality's figures in a line, and its 2025 merger in a sentence (and whether it merged)."""
    m = summary(ds, nis_code)
    figures = tr("municipality.figures", lang, region=m["region"], population=number(m["population"], lang),
                 date=day_text(m["population_date"], lang), area=number(m["area_km2"], lang, 1),
                 density=number(m["density_per_km2"], lang))
    if m["is_merged_2025"]:
        return figures, tr("municipality.merger", lang, name=m["name"], partners=m["merged_with"], merged=m["name_2025"]), True
    return figures, tr("municipality.no_merger", lang, name=m["name"]), False


def poverty_view(ds: Dataset, nis_code: str, lang: str) -> PovertyView:
    """The municipality's poverty indicators: the latest income year against the first, and where it stands."""
    (first, latest), m = profile_years(ds), summary(ds, nis_code)
    table, n = indicators(ds, nis_code).set_index("indicator"), counted(ds, latest)
    rate, median, at_risk = (table.loc[c] for c in ("poverty", "income", "persons_at_risk"))
    metrics = [
        Metric(f"{tr('map.mode.poverty', lang)} {latest}", f"{number(rate['value_latest'], lang, 1)} %",
               tr("municipality.delta", lang, first=first, change=tr("municipality.points", lang, value=signed(rate["change"], lang, 1))),
               INDICATORS["poverty"].delta_color),
        Metric(f"{tr('map.mode.income', lang)} {latest}", f"€ {number(median['value_latest'], lang)}",
               tr("municipality.delta", lang, first=first, change=signed(100 * median["change"] / median["value_first"], lang, 1) + " %"),
               INDICATORS["income"].delta_color),
        Metric(f"{tr('municipality.at_risk', lang)} {latest}", number(at_risk["value_latest"], lang),
               tr("municipality.delta", lang, first=first, change=signed(at_risk["change"], lang)), "inverse")]
    standing = tr("municipality.standing", lang, n=len(ds.tables["regions"]), latest=latest, name=m["name"], rank_study=int(rate["rank_study"]),
                  n_study=n["study"], rank_flanders=int(rate["rank_flanders"]), n_flanders=n["flanders"],
                  flanders=number(rate["flanders_latest"], lang, 1))
    columns = {
        "indicator": tr("municipality.col.indicator", lang), "value_first": str(first), "value_latest": str(latest),
        "change": tr("municipality.col.change", lang, first=first, latest=latest),
        "rank_study": tr("municipality.col.rank_study", lang, n=n["study"], latest=latest),
        "rank_flanders": tr("municipality.col.rank_flanders", lang, n=n["flanders"], latest=latest),
        "region_latest": tr("municipality.col.region", lang, region=m["region"], latest=latest),
        "flanders_latest": tr("municipality.col.flanders", lang, latest=latest)}
    shown = table.reset_index()
    labelled = shown.assign(indicator=shown["indicator"].map(lambda name: row_label(name, lang))).rename(columns=columns)
    low, low_name, high, high_name = income_range(ds, m["region_id"], latest)
    flow, flow_name, fhigh, fhigh_name = income_range(ds, FLANDERS, latest)
    incomes = tr("municipality.income_range", lang, latest=latest, region=m["region"], low=number(low, lang), low_name=low_name,
                 high=number(high, lang), high_name=high_name, flow=number(flow, lang), flow_name=flow_name,
                 fhigh=number(fhigh, lang), fhigh_name=fhigh_name)
    return PovertyView(tr("municipality.poverty", lang, first=first, latest=latest), metrics, standing, labelled,
                       as_text(shown, lang).assign(indicator=labelled[columns["indicator"]]).rename(columns=columns),
                       tr("municipality.table_title", lang, name=m["name"]),
                       source_line(ds, [m["region_id"]], lang, indicators=tuple((i, latest) for i in INDICATORS)), incomes)
