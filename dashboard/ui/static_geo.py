"""Serve the map polygons as static GeoJSON files, so the browser downloads them once and caches them.

Streamlit serves the folder `static/` next to the entry script at `app/static/` (with
`server.enableStaticServing`). Files are named by a hash of their content: a new dataset gets new
URLs, and an unchanged one is never sent twice.
"""

import hashlib
import json
from pathlib import Path

from dashboard.data import Dataset
from dashboard.figures.municipality_map import Layer, feature_collection
from dashboard.map_view import INDICATOR_ATTRIBUTES, MAP_ATTRIBUTES, flanders, municipalities

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
STATIC_URL = "app/static"


def publish_layers(ds: Dataset) -> dict[str, Layer]:
    """Write each geo layer as a static GeoJSON file (once) and return layers that point to it; a
    municipality carries what the map shows of it, and where its name goes."""
    layers = {"regions": (ds.shapes["regions"], "region_id"),
              "flanders": (ds.shapes["flanders"][["nis_code", "geometry"]].merge(
                  flanders(ds)[["nis_code", "name", "region_id", *INDICATOR_ATTRIBUTES]], on="nis_code", validate="1:1"),
                  "nis_code")}
    for name, merged in (("municipalities", False), ("municipalities_2025", True)):
        attributes, key = municipalities(ds, merged)
        carried = [c for c in (*MAP_ATTRIBUTES, *INDICATOR_ATTRIBUTES) if c in attributes]
        shapes = ds.shapes[name].merge(attributes[[key, *carried]], on=key, validate="1:1")
        point = shapes.geometry.representative_point()  # inside the polygon, unlike a centroid
        layers[name] = (shapes.assign(label_lon=point.x.round(5), label_lat=point.y.round(5)), key)
    return {name: Layer(_publish(name, shapes, key), shapes, key) for name, (shapes, key) in layers.items()}


def is_published(layer: Layer) -> bool:
    """True while the GeoJSON file ``layer`` points to is there to be served."""
    return (STATIC_DIR / Path(layer.geojson).name).is_file()


def _publish(name: str, shapes, key: str) -> str:
    text = json.dumps(feature_collection(shapes, key), separators=(",", ":"))
    file = STATIC_DIR / f"{name}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:12]}.geojson"
    if not file.exists():
        STATIC_DIR.mkdir(exist_ok=True)
        temporary = file.with_suffix(".tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(file)  # atomic: a browser never reads half a file
    return f"{STATIC_URL}/{file.name}"
