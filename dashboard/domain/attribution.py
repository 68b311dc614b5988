"""The source line under each chart: which addenda and which reference data it rests on."""

from dashboard.core.data import Dataset
from dashboard.text.i18n import tr
from dashboard.core.regions import region_names


def source_line(ds: Dataset, region_ids: list[str], lang: str, population: bool = False, boundaries: bool = False,
                indicators: tuple[tuple[str, int], ...] = (), short: bool = False) -> str:
    """``indicators`` ((an indicator's id, a year), ...) add their sources, each once; ``short`` (a slide, read from
    afar) counts the addenda of several regions instead of naming them."""
    regions = region_names(ds)[list(region_ids)]
    if short and len(regions) > 1:
        parts = [tr("source.addenda_count", lang, n=len(regions))]
    else:
        parts = [tr("source.addenda", lang, names=", ".join(regions))]
    if population:
        parts.append(tr("source.population", lang))
        municipalities = ds.tables["municipalities"]
        older = municipalities[municipalities["region_id"].isin(region_ids)
                               & (municipalities["population_date"].astype(str) != "2023-01-01")]
        if len(older):
            parts.append(tr("source.population_2021", lang, n=len(older)))
    parts += dict.fromkeys(tr(f"source.{indicator}", lang, year=year) for indicator, year in indicators)
    if boundaries:
        parts.append(tr("source.boundaries", lang))
    return "; ".join(parts)
