"""The municipality indicators, each described once: where it is stored, how it is written, which way is worse,
how it adds up to a region, its label and its source. The map's colour modes, the municipality profile, the source
line, the tooltips and the data dictionary all read this registry; the income years come from the data.

Its texts reach the interface as i18n keys (dashboard.text.i18n): ``map.mode.<id>`` (its name), ``indicator.<id>``
(its label), ``col.<column>`` (a count beside it), ``source.<id>`` (its part of the source line, with ``{year}``), ``year.<id>`` (what its year is) and
``caveat.<id>`` (how to read it).

An indicator lives in a table with a row per municipality and year (``nis_code``, ``name``, ``year``, its column)
and, per area (a region, the five regions together, Flanders) and year, in its area table. A rate adds up weighted
by the persons it counts (``weight``), never as a mean of rates (WEIGHTED). A median cannot add up at all, and the
weighted mean of medians is not the area's median, so an area gets the range of its municipalities' values
(RANGE: ``{column}_low``, ``{column}_high`` and their NIS codes), the figure the source publishes for the area
(PUBLISHED: its step reads it; empty where the source gives none), or no figure, with the reason in ``area_note``
(NO_AREA). The area table is derived from this (dashboard.core.resources, dashboard.builder.indicator_areas).
"""

from dataclasses import dataclass

import pandas as pd

WEIGHTED, RANGE, PUBLISHED, NO_AREA = "weighted", "range", "published", "none"  # how an indicator adds up to an area
FLANDERS = "vlaanderen"  # area id of the Flemish Region in the area tables
RANGE_PARTS = ("low", "low_nis_code", "high", "high_nis_code")  # a RANGE indicator's area columns: {column}_{part}


@dataclass(frozen=True)
class Count:
    """A count of persons shown beside an indicator (a column of its table and of its area table, summed)."""

    column: str
    label: tuple[str, str]  # Dutch, English; reaches the interface as col.<column>


@dataclass(frozen=True)
class Indicator:
    indicator_id: str  # also the map's colour mode
    table: str  # a row per municipality and year
    area_table: str  # a row per area and year
    column: str
    unit: str  # as a reader writes it after the number: "%", "€"
    decimals: int
    higher_is_worse: bool
    aggregate: str  # WEIGHTED (by ``weight``), RANGE, PUBLISHED or NO_AREA
    weight: str | None  # the persons a rate counts, that weight it in an area
    name: tuple[str, str]  # Dutch, English: the map's colour mode
    label: tuple[str, str]  # Dutch, English, with its unit: a column's heading, a legend's title
    source: tuple[str, str]  # the source line's part, with {year}
    year_name: tuple[str, str]  # what its year is, in lower case: "inkomensjaar"
    caveat: tuple[str, str]  # how to read it, under every map and table of it
    counts: tuple[Count, ...] = ()  # persons beside it under the map and in the profile
    description: str = ""  # what the column means, for the data dictionary of a table it does not describe itself
    weight_description: str = ""  # the same for the weight column
    area_note: str = ""  # NO_AREA: why an area has no figure; PUBLISHED: where the source gives the area's figure

    @property
    def number_format(self) -> str:
        """The d3 format a chart writes its value in."""
        return f",.{self.decimals}f"

    @property
    def delta_color(self) -> str:
        """How a change is coloured (Streamlit's metric): a rise in red where higher is worse."""
        return "inverse" if self.higher_is_worse else "normal"


_STATBEL_FISCAL = ("armoede-indicatoren: Statbel, fiscale gegevens (TF_SOC_ADI_MUNTY), inkomensjaar {year}",
                   "poverty indicators: Statbel, fiscal data (TF_SOC_ADI_MUNTY), income year {year}")
_INCOME_YEAR = ("inkomensjaar", "income year")
_ADMINISTRATIVE_RATE = (
    "Het administratieve armoederisico berekent Statbel uit belastinggegevens: het aandeel personen met een "
    "equivalent beschikbaar inkomen onder de armoedegrens. Het is niet het armoederisico uit de EU-SILC-enquête; "
    "vergelijk de twee niet. Een cijfer voor een regio of Vlaanderen is gewogen naar het aantal getelde personen.",
    "Statbel computes the administrative at-risk-of-poverty rate from tax data: the share of persons whose "
    "equivalised disposable income is below the poverty line. It is not the at-risk-of-poverty rate of the EU-SILC "
    "survey; do not compare the two. A figure for a region or Flanders is weighted by the persons counted.")
INDICATORS = {indicator.indicator_id: indicator for indicator in (
    Indicator("poverty", "municipality_poverty", "region_poverty", "admin_arop_pct", "%", 1, higher_is_worse=True,
              aggregate=WEIGHTED, weight="eligible_persons", name=("Risico op armoede", "At-risk-of-poverty rate"),
              label=("Risico op armoede (administratief, %)", "At-risk-of-poverty rate (administrative, %)"),
              source=_STATBEL_FISCAL, year_name=_INCOME_YEAR, caveat=_ADMINISTRATIVE_RATE,
              counts=(Count("persons_at_risk", ("Geschat aantal personen met risico op armoede",
                                                "Estimated persons at risk of poverty")),
                      Count("eligible_persons", ("Getelde personen", "Persons counted")))),
    Indicator("income", "municipality_poverty", "region_poverty", "median_eur", "€", 0, higher_is_worse=False,
              aggregate=RANGE, weight=None, name=("Mediaan inkomen", "Median income"),
              label=("Mediaan beschikbaar inkomen (€ per jaar)", "Median disposable income (€ a year)"),
              source=_STATBEL_FISCAL, year_name=_INCOME_YEAR, caveat=_ADMINISTRATIVE_RATE),
)}


def years(ds, indicator: Indicator) -> tuple[int, ...]:
    """The years the dataset holds for ``indicator``, newest first."""
    table = ds.tables[indicator.table]
    return tuple(sorted(table.loc[table[indicator.column].notna(), "year"].unique().tolist(), reverse=True))


def area_value(ds, indicator: Indicator, area_id: str, year: int) -> float | None:
    """The figure of an area: a weighted rate or the figure its source publishes, or None where there is none (an
    indicator that does not add up, an area the source gives no figure for)."""
    if indicator.aggregate not in (WEIGHTED, PUBLISHED):
        return None
    areas = ds.tables[indicator.area_table]
    row = areas[(areas["area_id"] == area_id) & (areas["year"] == year)]
    return None if row.empty or pd.isna(row[indicator.column].iloc[0]) else float(row[indicator.column].iloc[0])


def area_range(ds, indicator: Indicator, area_id: str, year: int) -> pd.Series:
    """Lowest and highest municipal value in an area (``low``, ``low_nis_code``, ``high``, ``high_nis_code``)."""
    areas = ds.tables[indicator.area_table]
    row = areas[(areas["area_id"] == area_id) & (areas["year"] == year)].iloc[0]
    return pd.Series({part: row[f"{indicator.column}_{part}"] for part in RANGE_PARTS})
