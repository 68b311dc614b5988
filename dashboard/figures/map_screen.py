"""A map or chart drawn on the server for the screen: an SVG of its own Vega-Lite specification.

Drawn by Vega in the browser, a map waited for Streamlit's Vega code (about 1 MB), then for Vega to
compile the specification and project every municipality: on a page opened from a link that took longer
than all the rest of the page beyond the dashboard's frame. vl-convert draws the same specification here,
as it does the downloads (dashboard.figures.map_export), so the screen and the files cannot differ, and
the browser only places a finished picture (dashboard.ui.drawing_component).

The charts are drawn the same way (dashboard.figures.vega_chart): a chart page loads no plotly.js either.

What the browser needs besides the shapes stays in the picture: each mark of the layer that takes clicks (the
one with a point selection: a municipality of the regions in view, a heatmap's cell) carries its key
(``data-code``, from a link Vega draws around it and that is taken off again), and each shape its hover text
in its aria-label, which Vega writes from the specification's encodings (a chart's from its ``description``)
and which is cut down to the tooltip's fields. Coordinates keep one decimal, a tenth of a pixel at the width drawn:
a map of all Flanders shrinks by a fifth. The drawing carries nothing else: the specification it was drawn from
(with every value and hover text again, up to 45 % of a heatmap's file) is kept beside it on the server
(dashboard.ui.drawing_component), not sent to the browser.
"""

import copy
import re
import textwrap
from dataclasses import dataclass

import vl_convert

from dashboard.figures.map_export import standalone
from dashboard.figures.municipality_map import Layer
from dashboard.figures.vega_chart import drawn_width

NARROW_PX = 360  # the phone's drawing: a legend of one name a line, in type as large as on a laptop
CODE = "regional-needs-code"  # the link a clickable municipality is drawn in, holding its code at the end

_LINK = re.compile(r'<a xlink:href="[^"]*?(?:%s/)([^"/]*)">' % re.escape(CODE))
_LABEL = re.compile(r'aria-label="([^"]*)"')
_PATH = re.compile(r' d="([^"]*)"')
_DECIMALS = re.compile(r"(\.\d)\d+")


def screen_svg(spec: dict, layers: list[Layer], width_px: int, height_px: int | None = None) -> str:
    """The map or chart of ``spec`` as an SVG ``width_px`` wide (and ``height_px`` high when the specification's
    height is its container's), the marks that take clicks tagged with their keys, every mark with its hover text."""
    tagged = copy.deepcopy(spec)
    selection = clickable(spec)
    if selection is not None:
        marks = tagged["layer"][selection.layer]
        marks["transform"] = [*marks.get("transform", []), {"calculate": f"'{CODE}/' + datum['{selection.field}']", "as": CODE}]
        marks["encoding"]["href"] = {"field": CODE}
    drawing = standalone(tagged, layers)
    drawing["width"] = drawn_width(spec, width_px)
    if isinstance(drawing.get("title"), dict):  # a long title on a phone's drawing: on lines of its width
        title = drawing["title"]
        title["text"] = textwrap.wrap(" ".join(always_list(title["text"])), max(20, int(width_px / (0.55 * title.get("fontSize", 13)))))
    if height_px is not None:
        drawing["height"] = height_px
    titles = {field["title"] for layer in spec["layer"] for field in layer.get("encoding", {}).get("tooltip", [])}
    return tagged_svg(vl_convert.vegalite_to_svg(drawing), titles)


@dataclass(frozen=True)
class Selection:
    """The point selection a click makes: its name, the layer whose marks take it, the field that keys a mark."""
    name: str
    layer: int
    field: str


def clickable(spec: dict) -> Selection | None:
    """The selection of the first layer of ``spec`` that declares a point selection, or None when none does."""
    for index, layer in enumerate(spec.get("layer", [])):
        for param in layer.get("params", []):
            if param.get("select", {}).get("type") == "point":
                return Selection(param["name"], index, param["select"]["fields"][0])
    return None


def always_list(text: str | list[str]) -> list[str]:
    return text if isinstance(text, list) else [text]


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
