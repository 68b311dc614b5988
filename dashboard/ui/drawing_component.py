"""Every map and chart on the page: the SVG drawn on the server (dashboard.figures.map_screen), placed by a
component (v2). A page loads no chart code.

Each drawing is a file of the app's static folder under a name holding the hash of the drawing and of its
specification (kept beside it, drawn_from), as the map's GeoJSON's holds its own: the browser fetches it once and
caches it, and the websocket carries only its address, however many municipalities or cells it shows. Two widths are drawn, the page's and a phone's; the browser takes the page's
unless its box is much narrower. It never draws a drawing larger than it was made, so its type keeps its
size: a wider box centres it, a box with a set height (a slide) fits it in, and a chart that needs more than the
box (a heatmap of many regions) scrolls sideways with its row labels kept in view. A drawing the server does not
serve (plain `streamlit run`, which knows no static folder of the app's) leaves the chart in words in its place.

Hovering or focusing a mark shows its hover text at once; on a chart that takes clicks, a click or Enter on a
mark of its clickable layer is the chart's selection, in the shape ``st.vega_lite_chart`` returned it
(``{"selection": {name: [{field: key}]}}``, as a map's ``{"gemeente": [{"id": code}]}``), kept in the session
state under the chart's key.
"""

import json
import os

import streamlit as st

from dashboard.figures.chart import Chart
from dashboard.figures.map_screen import NARROW_PX, clickable, screen_svg
from dashboard.figures.municipality_map import Layer
from dashboard.figures.vega_chart import MIN_WIDTH, drawn_width
from dashboard.ui.static_geo import beside, prune, publish_beside, publish_file, served_file

WIDE_PX = 1000  # a map across the page on a laptop
DRAWING = ("map", ".svg")  # the stem and suffix of a drawing's file in the static folder
SPEC = ".json"  # the suffix of the specification kept beside a drawing (drawn_from)
KEPT_DRAWINGS = 1000  # drawings kept on disk, the last used (each 0.1–0.5 MB): a view per filter, colour, year and language
SLIDE_PX = (1200, 520)  # a map as high as a slide leaves room for: drawn this size, fitted into the slide's box

# Streamlit's entry module: its address tells the app's root, below which the static folder is served
ENTRY = 'script[type="module"][src*="/static/js/index."]'
WIDE_SHARE = 0.8  # a drawing is shrunk down to this share of its width to fit its box; a narrower box takes another
JS = """
const address = file => new URL(`../../${file}`, document.querySelector('%s').src).href;
const WIDE_SHARE = %s;  // the page's drawing, shrunk, down to this share of its width; below it the phone's

const tip = (box, target) => {
  const text = box.querySelector(".regional-needs-map-tip");
  const label = target?.closest?.("path[aria-label]")?.getAttribute("aria-label");
  if (!label || !box.contains(target)) { text.hidden = true; return; }
  text.replaceChildren(...label.split("; ").flatMap((line, i) => i ? [document.createElement("br"), line] : [line]));
  const shape = target.getBoundingClientRect(), frame = box.getBoundingClientRect();
  text.style.left = `${Math.min(shape.left - frame.left + shape.width / 2, frame.width - 260)}px`;
  text.style.top = `${shape.bottom - frame.top + 4}px`;
  text.hidden = false;
};

// A chart wider than its box scrolls sideways; its row labels (the y axis) stay in view over a white band.
const keepRowLabels = drawing => {
  const axis = drawing.querySelector('g[aria-label^="Y-axis"]');
  if (!axis) return;
  const rows = document.createElementNS("http://www.w3.org/2000/svg", "g");
  const band = document.createElementNS("http://www.w3.org/2000/svg", "rect");
  axis.replaceWith(rows);
  rows.append(band, axis);
  const {x, y, width, height} = axis.getBBox();
  Object.entries({x: x - 8, y, width: width + 12, height, fill: "white"}).forEach(([k, v]) => band.setAttribute(k, v));
  const svg = drawing.querySelector("svg");  // shrunk to fit, its units are more than a pixel: moved as far in its units
  drawing.onscroll = () => rows.setAttribute("transform",
    `translate(${drawing.scrollLeft * svg.width.baseVal.value / svg.getBoundingClientRect().width},0)`);
};

const show = (box, file, select, setStateValue) => fetch(address(file)).then(r => r.ok ? r.text() : Promise.reject(r.status)).then(svg => {
  if (box.dataset.file !== file) return;  // a newer drawing was asked for meanwhile
  const drawing = box.querySelector(".regional-needs-map-drawing");
  drawing.innerHTML = svg;
  if (box.classList.contains("regional-needs-map-scroll")) {  // shrunk to a share of its width at most, then scrolled
    const svg = drawing.querySelector("svg");
    if (svg) svg.style.minWidth = `${WIDE_SHARE * svg.width.baseVal.value}px`;
    keepRowLabels(drawing);
  }
  for (const link of box.querySelectorAll("a[data-code]")) {
    if (!select) continue;
    const name = link.querySelector("path")?.getAttribute("aria-label") ?? link.dataset.code;
    Object.entries({tabindex: "0", role: "link", "aria-label": name}).forEach(([k, v]) => link.setAttribute(k, v));
    const pick = () => setStateValue("selection", {[select.name]: [{[select.field]: link.dataset.code}]});
    link.addEventListener("click", pick);
    link.addEventListener("keydown", event => { if (event.key === "Enter") pick(); });
  }
  box.dataset.drawn = file;
}).catch(() => {  // not served (a server without the app's static folder): the map in words, where it would be
  if (box.dataset.file !== file) return;
  const words = Object.assign(document.createElement("p"), {className: "regional-needs-map-missing", textContent: box.getAttribute("aria-label")});
  box.querySelector(".regional-needs-map-drawing").replaceChildren(words);
  box.dataset.drawn = file;
});

export default function ({data, parentElement, setStateValue}) {
  let box = parentElement.querySelector(".regional-needs-map");
  if (!box) {
    box = Object.assign(document.createElement("div"), {className: "regional-needs-map"});
    box.setAttribute("role", "figure");
    box.append(Object.assign(document.createElement("div"), {className: "regional-needs-map-drawing"}),
               Object.assign(document.createElement("div"), {className: "regional-needs-map-tip", hidden: true}));
    for (const kind of ["mouseover", "focusin"]) box.addEventListener(kind, event => tip(box, event.target));
    box.addEventListener("mouseleave", () => tip(box, null));
    box.addEventListener("focusout", () => tip(box, null));
    parentElement.appendChild(box);
  }
  box.setAttribute("aria-label", data.alt);
  box.classList.toggle("regional-needs-map-select", data.select);
  box.classList.toggle("regional-needs-map-stretch", data.stretch);
  box.classList.toggle("regional-needs-map-scroll", data.scroll);
  const choose = () => {
    const file = box.clientWidth >= WIDE_SHARE * data.wide.width || !data.narrow ? data.wide.file : data.narrow.file;
    if (box.dataset.file !== file) { box.dataset.file = file; show(box, file, data.select, setStateValue); }
  };
  box.regionalNeedsResize?.disconnect();
  box.regionalNeedsResize = new ResizeObserver(choose);
  box.regionalNeedsResize.observe(box);
  choose();
}
""" % (ENTRY, WIDE_SHARE)

CSS = """
.regional-needs-map { position: relative; width: 100%; }
.regional-needs-map-stretch, .regional-needs-map-stretch .regional-needs-map-drawing { height: 100%; }
.regional-needs-map-drawing svg { display: block; margin: 0 auto; max-width: 100%; height: auto; }
.regional-needs-map-stretch svg { width: 100%; height: 100%; }
.regional-needs-map-scroll .regional-needs-map-drawing { overflow-x: auto; }
.regional-needs-map-scroll svg { margin: 0; }
.regional-needs-map-drawing text { pointer-events: none; }
.regional-needs-map-select a[data-code] { cursor: pointer; }
.regional-needs-map-select a[data-code]:hover path, .regional-needs-map-select a[data-code]:focus path {
  stroke: #1a1a1a; stroke-width: 2; }
.regional-needs-map a:focus { outline: none; }
/* what is written for the eye only (a value in its cell, a name on the map) lets hover and clicks through to the mark under it */
.regional-needs-map g.role-mark[aria-hidden="true"] { pointer-events: none; }
.regional-needs-map-missing { padding: 1rem; border: 1px dashed #999; }
.regional-needs-map-tip { position: absolute; z-index: 2; max-width: 260px; padding: 0.25rem 0.5rem; pointer-events: none;
  background: white; color: black; border: 1px solid #999; border-radius: 4px; font-size: 0.875rem; line-height: 1.4; }
"""

NAME = "regional_needs_drawing"
_component = st.components.v2.component(NAME, js=JS, css=CSS, isolate_styles=False)


def place(drawn: Chart, layers: list[Layer], *, key: str, takes_clicks: bool = False, width_px: int = WIDE_PX,
          stretch: bool = False) -> dict:
    """Show the map or chart ``drawn`` (its specification drawn ``width_px`` wide, and a phone's width; with
    ``stretch``, the size of a slide, fitted into the box the page gives it). Returns the selection of the last click when
    ``takes_clicks`` (a click on a mark of the layer with a point selection reruns the page), else an empty one."""
    spec = json.dumps(drawn.figure, sort_keys=True)
    sizes = {"wide": SLIDE_PX} if stretch else {"wide": (width_px, None)}
    # a phone's drawing only for a chart that can be drawn that narrow: one that needs more (a heatmap) is drawn once,
    # and scrolls on a phone either way
    if not stretch and drawn_width(drawn.figure, NARROW_PX) == NARROW_PX:
        sizes["narrow"] = (NARROW_PX, None)
    data = {name: {"file": _drawing(spec, list(layers), *size), "width": size[0]} for name, size in sizes.items()}
    selection = clickable(drawn.figure) if takes_clicks else None
    select = None if selection is None else {"name": selection.name, "field": selection.field}
    scroll = MIN_WIDTH in drawn.figure.get("usermeta", {})  # drawn no narrower than it needs: shrunk a little, then scrolled
    result = _component(key=key, data={**data, "alt": drawn.description, "select": select, "stretch": stretch, "scroll": scroll},
                        height="stretch" if stretch else "content",
                        **({"on_selection_change": lambda: None} if select else {}))
    return {"selection": getattr(result, "selection", None) or {}}


def scrolls(drawn: Chart, width_px: int) -> bool:
    """Whether the chart ``drawn`` scrolls sideways in a box ``width_px`` wide: shrunk as far as it goes, it is wider."""
    return WIDE_SHARE * drawn.figure.get("usermeta", {}).get(MIN_WIDTH, 0) > width_px


def _drawing(spec: str, layers: list[Layer], width_px: int, height_px: int | None) -> str:
    """The address of the drawing of ``spec`` at this size, its file marked as just used (so the pruning keeps it);
    drawn again when the file went missing (pruned by another server on the same folder)."""
    address = _published(spec, layers, width_px, height_px)
    try:
        os.utime(served_file(address))
    except FileNotFoundError:
        _published.clear()
        address = _published(spec, layers, width_px, height_px)
    return address


@st.cache_resource(show_spinner=False, max_entries=KEPT_DRAWINGS // 4)
def _published(spec: str, _layers: list[Layer], width_px: int, height_px: int | None) -> str:
    """The drawing written into the static folder (once per process and size), its specification beside it; its
    address below the app's root. Named by both: a new drawing code or a new specification gives a new name, so a
    specification never stands beside another's drawing. The specification names the layers' GeoJSON, whose names hold
    their content's hash: it stands for them."""
    svg = screen_svg(json.loads(spec), _layers, width_px, height_px).encode()
    address = publish_file(DRAWING[0], DRAWING[1], svg, named_by=svg + spec.encode())
    publish_beside(address, SPEC, spec.encode())
    prune(*DRAWING, keep=KEPT_DRAWINGS, beside_suffixes=(SPEC,))
    return address


def drawn_from(address: str) -> dict:
    """The specification the drawing served at ``address`` was drawn from."""
    return json.loads(beside(address, SPEC).read_text(encoding="utf-8"))
