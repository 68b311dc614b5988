"""The naive baseline: plotly express, one trace per region, boundaries as they come from the source."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import geopandas as gpd  # noqa: E402
import plotly.express as px  # noqa: E402
import streamlit as st  # noqa: E402

from dashboard.core.data import data_root, read_dataset  # noqa: E402
from dashboard.core.paths import ROOT  # noqa: E402

st.title("Naïeve kaart")
ds = read_dataset(data_root())
raw = gpd.read_file(ROOT / "data" / "reference" / "boundaries" / "gemeente2024.shp").to_crs(4326)
raw["nis_code"] = raw["gemeente"].astype(str).str.zfill(5)
frame = ds.tables["municipalities"].merge(ds.tables["regions"][["region_id", "name"]].rename(columns={"name": "region"}),
                                          on="region_id")
raw = raw[raw["nis_code"].isin(frame["nis_code"])]
fig = px.choropleth_map(frame, geojson=raw.set_index("nis_code").__geo_interface__, locations="nis_code", color="region",
                        map_style="white-bg", center={"lat": 51.0, "lon": 3.1}, zoom=8)
st.plotly_chart(fig)
