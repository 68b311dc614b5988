"""The map drawn on the server for the screen: an SVG of the map's own Vega-Lite specification.

Drawn by Vega in the browser, a map waited for Streamlit's Vega code (about 1 MB), then for Vega to
compile the specification and project every municipality: on a page opened from a link that took longer
than all the rest of the page beyond the dashboard's frame. vl-convert draws the same specification here,
as it does the downloads (dashboard.figures.map_export), so the screen and the files cannot differ, and
the browser only places a finished picture (dashboard.ui.map_component).

What the browser needs besides the shapes stays in the picture: each municipality of the regions in view
carries its code (``data-code``, from a link Vega draws around it and that is taken off again), and each
shape its hover text in its aria-label, which Vega writes from the specification's encodings and which is
cut down to the tooltip's fields. Coordinates keep one decimal, a tenth of a pixel at the width drawn:
a map of all Flanders shrinks by a fifth. The drawing carries the specification it was drawn from (in its
``metadata``), so that it can be read back and drawn again.
"""

import copy
import html
import json
import re

import vl_convert

from dashboard.figures.map_export import standalone
from dashboard.figures.municipality_map import Layer

NARROW_PX = 360  # the phone's drawing: a legend of one name a line, in type as large as on a laptop
CODE = "regional-needs-code"  # the link a clickable municipality is drawn in, holding its code at the end

_LINK = re.compile(r'<a xlink:href="[^"]*?(?:%s/)([^"/]*)">' % re.escape(CODE))
_LABEL = re.compile(r'aria-label="([^"]*)"')
_PATH = re.compile(r' d="([^"]*)"')
_DECIMALS = re.compile(r"(\.\d)\d+")


def screen_svg(spec: dict, layers: list[Layer], width_px: int, height_px: int | None = None) -> str:
    """The map of ``spec`` as an SVG ``width_px`` wide (and ``height_px`` high when the specification's height is
    its container's), its municipalities tagged with their codes and hover texts."""
    tagged = copy.deepcopy(spec)
    fills = tagged["layer"][0]  # the municipalities of the regions in view (dashboard.figures.municipality_map)
    fills["transform"] = [*fills["transform"], {"calculate": f"'{CODE}/' + datum.id", "as": CODE}]
    fills["encoding"]["href"] = {"field": CODE}
    drawing = standalone(tagged, layers)
    drawing["width"] = width_px
    if height_px is not None:
        drawing["height"] = height_px
    titles = {field["title"] for layer in spec["layer"] for field in layer.get("encoding", {}).get("tooltip", [])}
    svg = tagged_svg(vl_convert.vegalite_to_svg(drawing), titles)
    return svg.replace(">", f"><metadata>{html.escape(json.dumps(spec, ensure_ascii=False), quote=False)}</metadata>", 1)


def drawn_from(svg: str) -> dict:
    """The specification a drawing of ``screen_svg`` was drawn from."""
    return json.loads(html.unescape(svg.split("<metadata>", 1)[1].split("</metadata>", 1)[0]))


def tagged_svg(svg: str, titles: set[str]) -> str:
    """Vega's SVG with each link around a municipality made a ``data-code``, each aria-label cut down to the parts
    titled ``titles`` (Vega writes every encoded field there), and path coordinates to one decimal."""
    svg = _LINK.sub(r'<a data-code="\1">', svg)
    svg = _LABEL.sub(lambda m: f'aria-label="{hover_text(m.group(1), titles)}"', svg)
    return _PATH.sub(lambda m: ' d="%s"' % _DECIMALS.sub(r"\1", m.group(1)), svg)


def hover_text(label: str, titles: set[str]) -> str:
    """The parts ``title: value`` of an aria-label Vega wrote (``; `` between them) whose title is one of ``titles``;
    a label with none of them (the legend's, the title's) stays whole."""
    parts = [part for part in label.split("; ") if part.split(": ", 1)[0] in titles]
    return "; ".join(parts) if parts else label
