"""A municipality's profile: finding it by name, its figures, and their change and standing.

Pure functions over the dataset. Standing is a rank, 1 being the highest value, among the 63
municipalities of the five regions and among the municipalities of the Flemish Region.
"""

import pandas as pd

from dashboard.core.data import Dataset
from dashboard.text.i18n import tr
from dashboard.text.numbers import is_missing, number, signed
from dashboard.core.indicators import FLANDERS, INDICATORS, area_range, area_value, years
from dashboard.core.regions import region_names
from dashboard.domain.text_search import fold_query



def fold(text: str) -> str:
    """``text`` as a name search compares it: folded as every search is (dashboard.domain.text_search), hyphens as spaces."""
    return fold_query(text.replace("-", " "))


def find(ds: Dataset, text: str) -> list[str]:
    """NIS codes of the municipalities whose name matches ``text``: the exact name alone when it is
    one, otherwise every name starting with it, then every name containing it (alphabetically)."""
    wanted = fold(text)
    if not wanted:
        return []
    frame = ds.tables["municipalities"].sort_values("name")
    folded = frame["name"].map(fold)
    exact = frame.loc[folded == wanted, "nis_code"].tolist()
    if exact:
        return exact
    starts, contains = folded.str.startswith(wanted), folded.str.contains(wanted, regex=False)
    return frame.loc[starts, "nis_code"].tolist() + frame.loc[contains & ~starts, "nis_code"].tolist()


def summary(ds: Dataset, nis_code: str) -> pd.Series:
    """The municipality's row with its region's name, density and the other municipalities it merged with in 2025."""
    t = ds.tables
    municipalities = t["municipalities"]
    row = municipalities.set_index("nis_code").loc[nis_code]
    partners = municipalities[(municipalities["nis_code_2025"] == row["nis_code_2025"]) & (municipalities["nis_code"] != nis_code)]
    return pd.concat([row, pd.Series({
        "nis_code": nis_code,
        "region": region_names(ds)[row["region_id"]],
        "density_per_km2": round(row["population"] / row["area_km2"]),
        "merged_with": ", ".join(partners["name"]),
    })])


def profile_years(ds: Dataset) -> tuple[int, int]:
    """The first and the latest year the profile compares: those the indicators share."""
    shared = set.intersection(*(set(years(ds, indicator)) for indicator in INDICATORS.values()))
    return min(shared), max(shared)


def indicators(ds: Dataset, nis_code: str) -> pd.DataFrame:
    """A row per indicator of the registry, then per count of persons beside one (``indicator``: its id, or the
    count's column): its value in the first and the latest year, the change, the rank (latest year) among the
    63 and in Flanders (indicators only: a count would rank the municipalities by size), and the figure of its
    region and of Flanders (a rate weighted by persons counted, a count summed; none for a figure, such as a
    median income, that does not add up to an area)."""
    t = ds.tables
    first, latest = profile_years(ds)
    region_id = t["municipalities"].set_index("nis_code").loc[nis_code, "region_id"]
    rows, counts = [], []
    for indicator in INDICATORS.values():
        every = t[indicator.table]
        own = every[every["nis_code"] == nis_code].set_index("year")
        study = every[every["nis_code"].isin(t["municipalities"]["nis_code"])]
        rows.append(_row(indicator.indicator_id, own, indicator.column, first, latest) | {
            "rank_study": _rank(study, nis_code, indicator.column, latest),
            "rank_flanders": _rank(every, nis_code, indicator.column, latest),
            "region_latest": area_value(ds, indicator, region_id, latest),
            "flanders_latest": area_value(ds, indicator, FLANDERS, latest)})
        areas = t[indicator.area_table].set_index(["area_id", "year"])
        counts += [_row(count.column, own, count.column, first, latest) | {
            "region_latest": areas.loc[(region_id, latest), count.column], "flanders_latest": areas.loc[(FLANDERS, latest), count.column]}
            for count in indicator.counts]
    frame = pd.DataFrame(rows + counts)
    return frame.astype({c: "Int64" for c in ("rank_study", "rank_flanders")})


def _row(name: str, own: pd.DataFrame, column: str, first: int, latest: int) -> dict:
    return {"indicator": name, "value_first": own.loc[first, column], "value_latest": own.loc[latest, column],
            "change": round(own.loc[latest, column] - own.loc[first, column], 2)}  # rates have one decimal: no float dust


def row_label(name: str, lang: str) -> str:
    """The heading of a row of ``indicators``: an indicator's label, or a count's."""
    return tr(f"indicator.{name}" if name in INDICATORS else f"col.{name}", lang)


def as_text(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``indicators`` written out row by row: a rate with one decimal, everything else whole (a column
    mixes rates and counts, so no column-wide number format fits)."""
    text = table.astype(object)
    for row, name in enumerate(table["indicator"]):
        decimals = INDICATORS[name].decimals if name in INDICATORS else 0
        for name in table.columns.drop("indicator"):
            value = table.iloc[row][name]
            places = 0 if name.startswith("rank") else decimals
            text.iloc[row, table.columns.get_loc(name)] = "" if is_missing(value) else (
                signed(value, lang, places) if name == "change" else number(value, lang, places))
    return text


def _rank(frame: pd.DataFrame, nis_code: str, column: str, year: int) -> int:
    """The municipality's place when the municipalities of ``frame`` in ``year`` are ordered by ``column``, highest first."""
    ranks = frame[frame["year"] == year].set_index("nis_code")[column].rank(ascending=False, method="min")
    return int(ranks[nis_code])


def counted(ds: Dataset, year: int) -> dict[str, int]:
    """How many municipalities each ranking counts in ``year``: the study area's and Flanders'."""
    poverty = ds.tables["municipality_poverty"]
    in_year = poverty[poverty["year"] == year]
    return {"study": int(in_year["nis_code"].isin(ds.tables["municipalities"]["nis_code"]).sum()), "flanders": len(in_year)}


def income_range(ds: Dataset, area_id: str, year: int) -> tuple[int, str, int, str]:
    """Lowest and highest municipal median income in an area: (low, its name, high, its name)."""
    income = INDICATORS["income"]
    area = area_range(ds, income, area_id, year)
    names = ds.tables[income.table].drop_duplicates("nis_code").set_index("nis_code")["name"]
    return int(area["low"]), names[area["low_nis_code"]], int(area["high"]), names[area["high_nis_code"]]
