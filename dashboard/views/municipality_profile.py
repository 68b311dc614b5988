"""A municipality's profile: finding it by name, its figures, and their change and standing.

Pure functions over the dataset. Standing is a rank, 1 being the highest value, among the 63
municipalities of the five regions and among the municipalities of the Flemish Region.
"""

import pandas as pd

from dashboard.core.data import Dataset
from dashboard.text.numbers import is_missing, number, signed
from dashboard.domain.poverty import FLANDERS, YEARS
from dashboard.core.regions import region_names
from dashboard.domain.text_search import fold_query

RANKED = ("admin_arop_pct", "median_eur")  # counts of persons would only rank the municipalities by size
INDICATOR_ROWS = ("admin_arop_pct", "median_eur", "persons_at_risk", "eligible_persons")


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


def indicators(ds: Dataset, nis_code: str) -> pd.DataFrame:
    """A row per indicator: its value in each income year, the change, the rank (latest year) among the
    63 and in Flanders, and the figure of its region and of Flanders (rates weighted by persons counted;
    no median income for an area, which these data cannot give)."""
    t = ds.tables
    first, latest = min(YEARS), max(YEARS)
    poverty = t["municipality_poverty"]
    study = poverty[poverty["nis_code"].isin(t["municipalities"]["nis_code"])]
    region_id = t["municipalities"].set_index("nis_code").loc[nis_code, "region_id"]
    areas = t["region_poverty"].set_index(["area_id", "year"])
    own = poverty[poverty["nis_code"] == nis_code].set_index("year")
    rows = []
    for column in INDICATOR_ROWS:
        rows.append({
            "indicator": column,
            "value_first": own.loc[first, column], "value_latest": own.loc[latest, column],
            "change": round(own.loc[latest, column] - own.loc[first, column], 2),  # rates have one decimal: no float dust
            "rank_study": _rank(study, nis_code, column, latest) if column in RANKED else None,
            "rank_flanders": _rank(poverty, nis_code, column, latest) if column in RANKED else None,
            "region_latest": None if column == "median_eur" else areas.loc[(region_id, latest), column],
            "flanders_latest": None if column == "median_eur" else areas.loc[(FLANDERS, latest), column],
        })
    frame = pd.DataFrame(rows)
    return frame.astype({c: "Int64" for c in ("rank_study", "rank_flanders")})


def as_text(table: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``indicators`` written out row by row: a rate with one decimal, everything else whole (a column
    mixes rates and counts, so no column-wide number format fits)."""
    text = table.astype(object)
    for row, column in enumerate(table["indicator"]):
        decimals = 1 if column == "admin_arop_pct" else 0
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
    area = ds.tables["region_poverty"].set_index(["area_id", "year"]).loc[(area_id, year)]
    names = ds.tables["municipality_poverty"].drop_duplicates("nis_code").set_index("nis_code")["name"]
    return (int(area["median_eur_low"]), names[area["median_eur_low_nis_code"]],
            int(area["median_eur_high"]), names[area["median_eur_high_nis_code"]])
