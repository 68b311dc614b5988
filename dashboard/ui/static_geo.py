"""Serve the map polygons as static GeoJSON files, and any other file the app serves itself (publish_file: the
maps and charts as drawn). A map's specification names its polygons by their address, so it stays a few
kilobytes and can be drawn again wherever the app runs; the app draws it on the server
(dashboard.figures.map_screen), writing the polygons in.

Streamlit serves a static folder at `app/static/` (with `server.enableStaticServing`); dashboard.serve
points it at a cache folder outside the project (dashboard.core.paths.static_cache), so the app never writes
into its own files and runs from a read-only install. Files are named by a hash of their content: a new
dataset gets new URLs, and an unchanged one is never sent twice.
"""

import hashlib
import json
import os
from pathlib import Path

from dashboard.core.data import Dataset
from dashboard.figures.municipality_map import Layer, feature_collection
from dashboard.views.map_view import MAP_ATTRIBUTES, flanders, indicator_attributes, municipalities
from dashboard.core.paths import static_cache

STATIC_URL = "app/static"


def publish_layers(ds: Dataset) -> dict[str, Layer]:
    """Write each geo layer as a static GeoJSON file (once) and return layers that point to it; a
    municipality carries what the map shows of it, and where its name goes."""
    indicators = indicator_attributes(ds)
    layers = {"regions": (ds.shapes["regions"], "region_id"),
              "flanders": (ds.shapes["flanders"][["nis_code", "geometry"]].merge(
                  flanders(ds)[["nis_code", "name", "region_id", *indicators]], on="nis_code", validate="1:1"),
                  "nis_code")}
    for name, merged in (("municipalities", False), ("municipalities_2025", True)):
        attributes, key = municipalities(ds, merged)
        carried = [c for c in (*MAP_ATTRIBUTES, *indicators) if c in attributes]
        shapes = ds.shapes[name].merge(attributes[[key, *carried]], on=key, validate="1:1")
        point = shapes.geometry.representative_point()  # inside the polygon, unlike a centroid
        layers[name] = (shapes.assign(label_lon=point.x.round(5), label_lat=point.y.round(5)), key)
    return {name: Layer(_publish(name, shapes, key), shapes, key) for name, (shapes, key) in layers.items()}


def is_published(layer: Layer) -> bool:
    """True while the GeoJSON file ``layer`` points to is there to be served."""
    return served_file(layer.geojson).is_file()


def served_file(address: str) -> Path:
    """The file of the static folder served at ``address`` (below the app's root)."""
    return static_cache() / address.rsplit("/", 1)[-1]


def prune(stem: str, suffix: str, keep: int, beside_suffixes: tuple[str, ...] = ()) -> None:
    """Delete all but the ``keep`` files ``stem-*suffix`` of the static folder used last (by their time of change,
    which a use may renew), each with what was written beside it under ``beside_suffixes`` (publish_beside): files
    made per view, such as the maps drawn, do not fill the disk."""
    files = sorted(static_cache().glob(f"{stem}-*{suffix}"), key=_changed, reverse=True)
    for file in files[keep:]:
        for kept_with in (file, *(file.with_name(f"{file.name}{beside}") for beside in beside_suffixes)):
            kept_with.unlink(missing_ok=True)


def _changed(file: Path) -> float:
    try:
        return file.stat().st_mtime
    except FileNotFoundError:  # deleted meanwhile by another server on the same folder
        return 0.0


def _publish(name: str, shapes, key: str) -> str:
    return publish_file(name, ".geojson", json.dumps(feature_collection(shapes, key), separators=(",", ":")).encode("utf-8"))


def publish_file(stem: str, suffix: str, content: bytes, named_by: bytes | None = None) -> str:
    """Write ``content`` into the static folder (once) under ``static_name`` of itself, or of ``named_by`` when what it
    was made from names it better; returns its address."""
    file = static_cache() / static_name(stem, suffix, content if named_by is None else named_by)
    _write_once(file, content)
    return f"{STATIC_URL}/{file.name}"


def publish_beside(address: str, suffix: str, content: bytes) -> None:
    """Write ``content`` (once) beside the file served at ``address``, under its name and ``suffix``; that file's name
    must stand for ``content`` too."""
    _write_once(beside(address, suffix), content)


def beside(address: str, suffix: str) -> Path:
    """The file written beside the one served at ``address`` (publish_beside)."""
    file = served_file(address)
    return file.with_name(f"{file.name}{suffix}")


def _write_once(file: Path, content: bytes) -> None:
    if file.exists():
        return
    file.parent.mkdir(parents=True, exist_ok=True)
    temporary = file.with_name(f"{file.name}.{os.getpid()}.tmp")  # one per process: two servers may publish at once
    temporary.write_bytes(content)
    temporary.replace(file)  # atomic: a browser never reads half a file


def static_name(stem: str, suffix: str, content: bytes) -> str:
    """The file name ``content`` is served under: ``stem-<hash>suffix``, new whenever the content is."""
    return f"{stem}-{hashlib.sha256(content).hexdigest()[:12]}{suffix}"
