"""Plotly charts drawn by a partial plotly.js bundle of our own, through a Streamlit component (v2).

``st.plotly_chart`` loads Streamlit's full plotly chunk (4.7 MB), which took 1.0–1.2 s to compile
and run in a fresh browser: the chart pages opened from a shared link at three times an empty page.
Every chart here is a scatter or a bar, which plotly.js's basic bundle (1.2 MB) draws; a heatmap
(the similarity matrix) takes the cartesian bundle (1.5 MB). The bundles are vendored from npm
(dashboard/ui/vendor/PROVENANCE.md), copied once into Streamlit's static folder under a name holding
their hash (so a browser caches them for good) and loaded by a script tag, which the
Content-Security-Policy admits as 'self'. The figures stay plotly figures built in dashboard/figures.

A click on a point is the chart's selection, in the shape ``st.plotly_chart`` returns it
(``{"selection": {"points": [...]}}``), kept in the session state under the chart's key.
"""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import plotly.graph_objects as go
import streamlit as st

from dashboard.ui.static_geo import publish_file

VENDOR = Path(__file__).parent / "vendor"


@dataclass(frozen=True)
class Bundle:
    file: str
    package: str
    version: str
    sha256: str
    traces: frozenset[str]  # the trace types it draws (of those plotly's Python side builds)


BASIC = Bundle("plotly-basic.min.js", "plotly.js-basic-dist-min", "4.1.1",
               "99784e3abfb07b142a15e521a439e6d9addceadb3f79553fd24c72774f0649ba", frozenset({"scatter", "bar", "pie"}))
CARTESIAN = Bundle("plotly-cartesian.min.js", "plotly.js-cartesian-dist-min", "4.1.1",
                   "79542150855a52c567260e3137095dbe2b744e6d702a5cabe67da246942fba7a",
                   BASIC.traces | {"heatmap", "histogram", "histogram2d", "histogram2dcontour", "contour", "box",
                                   "violin", "image"})
BUNDLES = (BASIC, CARTESIAN)  # lightest first

# Loads a bundle once per browser tab, by a script tag (the bundles set window.Plotly), from its
# address below the app's root, found from Streamlit's own entry module as dashboard/ui/bundles.py
# does; shared by the component and the prefetch (bundles.py), so the page loads it once.
ENTRY = 'script[type="module"][src*="/static/js/index."]'  # Streamlit's entry module: its address tells the app's root
LOADER = """
window.regionalNeedsPlotly ??= (() => {
  const loading = {};
  const root = () => document.querySelector('%s').src;
  return address => loading[address] ??= new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement("script"), {src: new URL(`../../${address}`, root()).href});
    script.onload = () => resolve(window.Plotly);
    script.onerror = () => reject(new Error(`plotly.js could not be loaded from ${script.src}`));
    document.head.appendChild(script);
  });
})();
""" % ENTRY

# Runs in the page (isolate_styles=False: plotly puts its styles in the document's head, and the
# tests and the accessibility checks find the chart in the page). Streamlit calls it again with
# new data on every rerun that changes the figure: Plotly.react redraws the same element.
JS = LOADER + """
// The y axis's labels moved ``left`` px along with a sideways scroll, over a white band as wide as the left margin,
// so that the cells and the column names scrolled under them do not show through.
const keepRowLabels = (plot, left) => {
  const layer = plot.querySelector(".yaxislayer-above");
  if (!layer) return;
  const band = layer.querySelector(".regional-needs-band")
    ?? layer.insertBefore(document.createElementNS("http://www.w3.org/2000/svg", "rect"), layer.firstChild);
  const {l, t, h} = plot._fullLayout._size;
  Object.entries({class: "regional-needs-band", x: 0, y: 0, width: l, height: t + h, fill: "white"})
    .forEach(([name, value]) => band.setAttribute(name, value));
  layer.setAttribute("transform", `translate(${left},0)`);
};

export default function ({data, parentElement, setStateValue}) {
  let plot = parentElement.querySelector(".regional-needs-plot");
  if (!plot) {
    plot = Object.assign(document.createElement("div"), {className: "regional-needs-plot"});
    plot.setAttribute("role", "figure");  // not "img": the toolbar inside it is interactive
    parentElement.appendChild(plot);
  }
  plot.setAttribute("aria-label", data.alt);
  plot.dataset.chart = data.chart;  // found by the chart's image buttons (IMAGE_JS)
  plot.style.height = data.stretch ? "100%" : "";
  window.regionalNeedsPlotly(data.bundle).then(Plotly => {
    const figure = JSON.parse(data.figure);
    // a figure of its own width (a heatmap of many regions) keeps it; the page scrolls it sideways when wider, its
    // row labels kept in view
    const own = Boolean(figure.layout.width);
    plot.style.width = own ? `${figure.layout.width}px` : "";
    parentElement.style.overflowX = own ? "auto" : "";
    parentElement.onscroll = own ? () => keepRowLabels(plot, parentElement.scrollLeft) : null;
    return Plotly.react(plot, figure.data, figure.layout, data.config).then(() => {
      if (own && !plot.regionalNeedsRowLabels) {  // a redraw (a hover, a resize) puts the labels back in place
        plot.regionalNeedsRowLabels = true;
        plot.on("plotly_afterplot", () => keepRowLabels(plot, parentElement.scrollLeft));
      }
      if (data.select && !plot.regionalNeedsClicks) {
        plot.regionalNeedsClicks = true;
        plot.on("plotly_click", event => setStateValue("selection", {
          points: event.points.map(p => ({customdata: p.customdata ?? null, x: p.x, y: p.y, curve_number: p.curveNumber,
                                          point_number: p.pointNumber, point_index: p.pointIndex})),
          point_indices: event.points.map(p => p.pointIndex)}));
      }
    });
  });
}
"""
CSS = ".regional-needs-plot { width: 100%; }"

NAME = "regional_needs_plotly"
_component = st.components.v2.component(NAME, js=JS, css=CSS, isolate_styles=False)

# The chart's image as PNG or SVG, saved by plotly.js in the browser from the chart drawn above. The file is
# drawn in a font of the system (``font``), not the page's web font: a PNG is painted from the SVG without the
# web font, and a label laid out in one font and painted in a wider one ran off the image's edge.
IMAGE_JS = LOADER + """
const withFont = (node, from, to) => Array.isArray(node) ? node.map(n => withFont(n, from, to))
  : node && typeof node === "object" ? Object.fromEntries(Object.entries(node).map(
      ([k, v]) => [k, k === "family" && v === from ? to : withFont(v, from, to)]))
  : node;

export default function ({data, parentElement}) {
  const buttons = data.formats.map(({format, label, help}) => {
    const button = Object.assign(document.createElement("button"), {type: "button", title: help,
                                                                    className: "regional-needs-image"});
    button.append(Object.assign(document.createElement("span"), {className: "regional-needs-icon", textContent: "download",
                                                                  ariaHidden: "true"}), label);
    button.dataset.format = format;
    button.onclick = () => window.regionalNeedsPlotly(data.bundle).then(Plotly => {
      const plot = document.querySelector(`.regional-needs-plot[data-chart="${CSS.escape(data.chart)}"]`);
      const figure = withFont({data: plot.data, layout: plot.layout}, data.font.from, data.font.to);
      const {filename, width, height, scale} = data.options;
      return Plotly.downloadImage(figure, {format, filename, width, height, scale: scale[format]});
    });
    return button;
  });
  parentElement.replaceChildren(...buttons);
}
"""
# Looks like Streamlit's tertiary download buttons beside it (CSV, Excel), its icon from Streamlit's own icon font.
IMAGE_CSS = """
.regional-needs-image { display: inline-flex; align-items: center; gap: 0.5rem; padding: 0.25rem 0; margin-right: 1rem;
  border: none; background: none; color: inherit; font: inherit; cursor: pointer; }
.regional-needs-image:hover { color: var(--st-primary-color, #ff4b4b); }
.regional-needs-icon { font-family: "Material Symbols Rounded"; font-size: 1.25rem; line-height: 1; }
"""
_image_component = st.components.v2.component(f"{NAME}_image", js=IMAGE_JS, css=IMAGE_CSS, isolate_styles=False)


def bundle_for(fig: go.Figure) -> Bundle:
    """The lightest bundle that draws every trace of ``fig``."""
    kinds = {trace.type for trace in fig.data}
    return next((b for b in BUNDLES if kinds <= b.traces), BUNDLES[-1])


def plotly_chart(fig: go.Figure, *, key: str, config: dict, alt: str, stretch: bool = False, clickable: bool = False) -> dict:
    """Draw ``fig`` (its own height, or the container's with ``stretch``) with plotly's ``config``;
    ``alt`` says what it shows to a screen reader. Returns the selection, ``{"selection": {"points": [...]}}``,
    of the last click when ``clickable`` (a click reruns the page), else an empty one."""
    data = {"figure": fig.to_json(), "config": {**config, "responsive": True}, "bundle": published(bundle_for(fig)),
            "alt": alt, "stretch": stretch, "select": clickable, "chart": key}
    result = _component(key=key, data=data, height="stretch" if stretch else "content",
                        **({"on_selection_change": lambda: None} if clickable else {}))
    return {"selection": getattr(result, "selection", None) or {"points": []}}


def image_buttons(fig: go.Figure, *, chart: str, options: dict, formats: list[dict], font: dict) -> None:
    """Buttons that save the chart drawn by ``plotly_chart`` under key ``chart`` as an image: ``formats`` are
    ``{"format", "label", "help"}``, ``options`` plotly's file name, size and scale per format
    (dashboard.domain.exports.image_options), ``font`` the family the file is drawn in instead of the page's
    (``{"from", "to"}``)."""
    _image_component(key=f"{chart}-image", data={"chart": chart, "bundle": published(bundle_for(fig)), "options": options,
                                                 "formats": formats, "font": font}, height="content")


@cache
def published(bundle: Bundle) -> str:
    """``bundle`` copied into the static folder (once per process); its address below the app's root."""
    return publish_file(*_served_as(bundle))


@cache
def _served_as(bundle: Bundle) -> tuple[str, str, bytes]:
    return bundle.file.removesuffix(".min.js"), ".min.js", (VENDOR / bundle.file).read_bytes()
