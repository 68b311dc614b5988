"""Helpers for AppTest page tests: open a page of the real app with URL parameters."""

import json
import re
from functools import cache

import geopandas as gpd
import pandas as pd
from streamlit.testing.v1 import AppTest

from dashboard.core.data import read_dataset
from dashboard.figures.municipality_map import Layer, attribute
from dashboard.core.navigation import page_scripts
from dashboard.core.paths import ROOT
from dashboard.ui.components import table_key
from dashboard.ui.drawing_component import NAME as MAP, drawn_from
from dashboard.ui.static_geo import publish_layers, served_file

APP = str(ROOT / "dashboard" / "app.py")
PAGE_SCRIPTS = page_scripts()


def open_page(page: str, browser: dict | None = None, **params) -> AppTest:
    """Open ``page`` as a browser opens its URL, with ``params`` as query parameters: one run.

    ``browser`` is what the browser tells st.context (e.g. {"url": ..., "is_embedded": True}).
    """
    at = AppTest.from_file(APP, default_timeout=60)
    at.context = browser or {}
    for key, value in params.items():
        at.query_params[key] = value
    at.switch_page(f"../pages/{PAGE_SCRIPTS[page]}")
    return at.run()


def unfold_tables(at: AppTest) -> AppTest:
    """Unfold the table under every chart (built only once unfolded) and run again."""
    for expander in at.expander:
        key = expander.proto.id.split("-", 2)[-1]  # "$$ID-<hash>-<key>"
        if key.endswith(table_key("")):
            at.session_state[key] = True
    return at.run()


def open_tab(at: AppTest, key: str, label: str) -> AppTest:
    """Open the tab ``label`` of the lazy tabs ``key`` (drawn only once opened) and run again."""
    at.session_state[key] = label
    return at.run()


def map_drawings(at: AppTest) -> list[dict]:
    """What the page sent each map or chart drawn on the server (dashboard.ui.drawing_component): the addresses of its
    drawings and their widths."""
    return [json.loads(e.proto.json) for e in at.main if getattr(e, "type", None) == "bidi_component" and e.proto.component_name == MAP]


def drawing(address: str) -> str:
    """The SVG served at ``address`` (below the app's root) from the static folder."""
    return served_file(address).read_text(encoding="utf-8")


def drawn_specs(at: AppTest) -> list[dict]:
    """The Vega-Lite specifications the page's maps and charts were drawn from, as kept beside their drawings."""
    return [drawn_from(sent["wide"]["file"]) for sent in map_drawings(at)]


def clickable_marks(svg: str) -> list[tuple[str, str, str]]:
    """The marks of a drawing that take clicks (dashboard.figures.map_screen), each as its key, its hover text and its
    other attributes."""
    return re.findall(r'<a data-code="([^"]*)"><path aria-label="([^"]*)"([^>]*)>', svg)


def maps(at: AppTest) -> list[dict]:
    """The specifications of the page's maps (dashboard.figures.municipality_map), of those drawn on the server."""
    return [spec for spec in drawn_specs(at) if "projection" in spec]


def map_rows(spec: dict) -> list[dict]:
    """The municipalities a map specification draws (of the committed dataset), as the browser works them out."""
    return drawn(spec, _served_layers()).to_dict("records")


def drawn(spec: dict, layers: list[Layer]) -> gpd.GeoDataFrame:
    """What a map specification draws, worked out from the specification alone as the browser does (an
    oracle apart from the builder's own rows): a row per municipality shown, in the layer's order, with
    its shape, id (in the layer's key column), attributes and the columns looked up for its region."""
    fills = spec["layer"][0]
    shapes = next(layer for layer in layers if layer.geojson == fills["data"]["url"]).shapes
    in_view, lookup = fills["transform"]
    shapes = shapes[shapes[_column_of(in_view["filter"]["field"])].isin(in_view["filter"]["oneOf"])]
    key = _column_of(lookup["lookup"])
    looked_up = pd.DataFrame(lookup["from"]["data"]["values"]).rename(columns={lookup["from"]["key"]: key})
    return shapes.merge(looked_up, on=key, how="left")


def _column_of(field: str) -> str:
    """The column of ``drawn`` that a specification's ``field`` reads."""
    return field.removeprefix(attribute(""))


@cache
def _served_layers() -> list[Layer]:
    return list(publish_layers(read_dataset(ROOT)).values())


def texts(at: AppTest) -> str:
    """All markdown, captions, notices and titles of the page, as one string to search (tables: plain_tables)."""
    parts = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error"):
        parts += [str(e.value) for e in getattr(at, kind) if not (kind == "markdown" and _is_table(e.value))]
    return "\n".join(parts)


def plain_tables(at: AppTest) -> list[pd.DataFrame]:
    """The tables a page shows whole (ui.components.plain_table, drawn as Markdown), in page order, as the
    text each cell shows; an empty cell reads ""."""
    return [_read_markdown_table(element.value) for element in at.markdown if _is_table(element.value)]


def _is_table(markdown: str) -> bool:
    return markdown.startswith("| ")


def _read_markdown_table(markdown: str) -> pd.DataFrame:
    heading, _rule, *rows = [_cells(line) for line in markdown.split("\n")]
    return pd.DataFrame(rows, columns=heading)


def _cells(line: str) -> list[str]:
    cells, cell, escaped = [], "", False
    for char in line.strip()[1:-1]:  # between the outer bars; an escaped bar stays in its cell
        if escaped:
            cell, escaped = cell + char, False
        elif char == "\\":
            escaped = True
        elif char == "|":
            cells, cell = cells + [cell.strip()], ""
        else:
            cell += char
    return cells + [cell.strip()]
