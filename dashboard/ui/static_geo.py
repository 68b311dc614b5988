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

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
STATIC_URL = "app/static"
LAYER_KEYS = {"municipalities": "nis_code", "municipalities_2025": "nis_code_2025", "regions": "region_id"}


def publish_layers(ds: Dataset) -> dict[str, Layer]:
    """Write each geo layer as a static GeoJSON file (once) and return layers that point to it."""
    return {name: Layer(_publish(name, ds.shapes[name], key), ds.shapes[name], key) for name, key in LAYER_KEYS.items()}


def _publish(name: str, shapes, key: str) -> str:
    text = json.dumps(feature_collection(shapes, key), separators=(",", ":"))
    file = STATIC_DIR / f"{name}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:12]}.geojson"
    if not file.exists():
        STATIC_DIR.mkdir(exist_ok=True)
        temporary = file.with_suffix(".tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(file)  # atomic: a browser never reads half a file
    return f"{STATIC_URL}/{file.name}"
