"""Data tests on the committed dataset: counts, order, population, quotes, dictionary."""

import geopandas as gpd
import pandas as pd
import pyarrow.parquet as pq
import pytest

from dashboard.core.data import read_dataset
from dashboard.core.resources import RESOURCES, arrow_schema
from dashboard.core.paths import ROOT
from dashboard.domain.quotes import collapse_whitespace

DS = read_dataset(ROOT)
T = DS.tables
SOURCES = {p.stem: collapse_whitespace(p.read_text(encoding="utf-8")) for p in (ROOT / "data" / "sources").glob("*.txt")}


def test__counts__match_the_five_addenda():
    assert len(T["regions"]) == 5
    assert len(T["municipalities"]) == 63
    assert len(T["challenges"]) == 20
    assert T["challenge_personas"]["persona_id"].nunique() == 24
    assert len(T["personas"]) == 24


@pytest.mark.parametrize("region_id, municipalities, challenges", [
    ("midden-west-vlaanderen", 16, 4), ("westhoek", 17, 3), ("zuid-west-vlaanderen", 13, 5),
    ("oostende", 7, 6), ("vlaamse-ardennen", 10, 2),
])
def test__counts__per_region(region_id, municipalities, challenges):
    assert (T["municipalities"]["region_id"] == region_id).sum() == municipalities
    assert (T["challenges"]["region_id"] == region_id).sum() == challenges
    assert (T["region_obstacles"]["region_id"] == region_id).sum() > 0
    assert (T["region_service_types"]["region_id"] == region_id).sum() > 0


def test__challenge_personas__follow_the_order_of_the_heading():
    names = T["personas"].set_index("persona_id")["name"]
    for (region_id, rank), links in T["challenge_personas"].groupby(["region_id", "challenge_rank"]):
        heading = T["challenges"].query("region_id == @region_id and challenge_rank == @rank")["quote"].iloc[0]
        ordered = links.sort_values("persona_rank")
        positions = [heading.lower().find(names[p].lower()) for p in ordered["persona_id"]]
        assert -1 not in positions or region_id == "westhoek", (region_id, rank, heading)
        found = [p for p in positions if p >= 0]
        assert found == sorted(found), (region_id, rank, heading)
        assert list(ordered["persona_rank"]) == list(range(1, len(ordered) + 1))


def test__population__equals_the_reference_file():
    reference = pd.read_csv(ROOT / "data" / "reference" / "population_2023.csv", dtype={"nis_code": str})
    merged = T["municipalities"].merge(reference, on="nis_code")
    assert len(merged) == 63
    assert (merged["population_x"] == merged["population_y"]).all()
    assert (merged["population_date"].astype(str) == merged["reference_date"]).all()
    assert set(merged.loc[merged["population_date"].astype(str) == "2021-01-01", "name"]) == {
        "Meulebeke", "Tielt", "Ruiselede", "Wingene"}


def test__region_totals__on_the_2023_basis_match_provenance():
    totals = T["municipalities_2025"].groupby("region_id")["population"].sum()
    assert totals.to_dict() == {"midden-west-vlaanderen": 244_653, "westhoek": 202_855, "zuid-west-vlaanderen": 318_925,
                                "oostende": 159_324, "vlaamse-ardennen": 160_768}
    assert (T["municipalities_2025"]["population_date"].astype(str) == "2023-01-01").all()


def test__westhoek__keeps_the_figures_the_addendum_states():
    westhoek = T["municipalities"][T["municipalities"]["region_id"] == "westhoek"]
    assert westhoek["population_stated"].notna().all()
    assert westhoek["population_stated"].sum() == 202_756
    assert T["municipalities"].loc[T["municipalities"]["region_id"] != "westhoek", "population_stated"].isna().all()


def test__mergers__recorded_for_the_four_municipalities():
    merged = T["municipalities"][T["municipalities"]["is_merged_2025"]]
    assert dict(zip(merged["name"], merged["name_2025"])) == {
        "Meulebeke": "Tielt", "Tielt": "Tielt", "Ruiselede": "Wingene", "Wingene": "Wingene"}


@pytest.mark.parametrize("table", [t for t, resource in RESOURCES.items() if resource.quote])
def test__quotes__are_verbatim_in_their_source(table):
    frame = T[table]
    column = "method_quote" if table == "regions" else "quote"
    missing = [q for q, s in zip(frame[column], frame["source_id"]) if collapse_whitespace(q) not in SOURCES[s]]
    assert missing == []


@pytest.mark.parametrize("table", list(RESOURCES))
def test__parquet_schema__matches_the_dictionary(table):
    schema = pq.read_schema(ROOT / "data" / f"{table}.parquet")
    assert schema.remove_metadata() == arrow_schema(table)


def test__geo__every_municipality_has_one_valid_geometry_in_wgs84():
    shapes = gpd.read_parquet(ROOT / "geo" / "municipalities.parquet")
    assert shapes.crs.to_epsg() == 4326
    assert sorted(shapes["nis_code"]) == sorted(T["municipalities"]["nis_code"])
    assert shapes.geometry.is_valid.all()
    assert (ROOT / "geo" / "municipalities.parquet").stat().st_size < 150_000


def test__geo__simplified_polygons_still_tile_without_overlap():
    shapes = gpd.read_parquet(ROOT / "geo" / "municipalities.parquet").to_crs(31370)
    total = shapes.geometry.area.sum()
    union = shapes.union_all().area
    assert abs(total - union) / union < 1e-4


def test__sources__sha256_matches_the_vendored_text():
    import hashlib

    for _, row in T["sources"].iterrows():
        text = (ROOT / "data" / "sources" / f"{row['source_id']}.txt").read_text(encoding="utf-8")
        assert hashlib.sha256(text.encode("utf-8")).hexdigest() == row["sha256"]



def test__timeline__a_date_the_text_gives_only_as_a_limit_is_marked_as_upper_bound():
    steps = T["timeline"]
    limit = steps["quote"].str.contains(r"uiterlijk|\bVoor \d|deadline communicatie|einddatum", case=False, regex=True)
    assert limit.any()
    assert (steps["is_date_upper_bound"] == limit).all(), steps.loc[steps["is_date_upper_bound"] != limit, "quote"].tolist()
    # derived: the text dates the step from another one ("einddatum + 14 dagen", the decision told "dag na bekrachtiging")
    relative = {q for q in steps["quote"] if "einddatum +" in q or "dag na bekrachtiging" in q}
    assert set(steps.loc[steps["is_date_derived"], "quote"]) == relative


def test__section_focus__only_quotes_from_the_zwv_focus_part():
    text = SOURCES["zuid-west-vlaanderen"]
    part = text[text.index("Focus lokaal partnerschap"):text.index("Lokale timing")]
    for table in ("region_obstacles", "region_service_types"):
        focus = T[table][T[table]["section"] == "focus"]
        assert set(focus["region_id"]) == {"zuid-west-vlaanderen"}
        assert all(collapse_whitespace(q) in part for q in focus["quote"])
    assert (T["region_obstacles"]["section"] == "focus").any() and (T["region_service_types"]["section"] == "focus").any()


def test__service_type_caveats__each_names_a_type_its_quote_names():
    words = {"taal-oefenkansen": "taal", "mobiliteit": "mobiliteit", "psychische-hulp": "psychische hulp", "verslavingszorg": "verslaving",
             "opleiding": "opleiding"}
    caveats = T["service_type_caveats"]
    assert set(caveats["region_id"]) == {"zuid-west-vlaanderen", "midden-west-vlaanderen"}
    assert all(words[s] in q for s, q in zip(caveats["service_type_id"], caveats["quote"]))
