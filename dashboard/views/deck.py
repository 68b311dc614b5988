"""The presentation's walk as a PDF, one slide a page: for the laptop that fails on the day.

The slides are laid out as one HTML page (each map and chart the SVG vl-convert draws from the screen's own
specification) and printed by headless Chromium.
Nothing is fetched from anywhere: the page is a local file with a policy of its own (no script runs, nothing
loads), and Chromium runs sealed (CHROMIUM_ARGS).
"""

import copy
import subprocess
import tempfile
from collections.abc import Callable
from html import escape
from pathlib import Path

from dashboard.figures import map_export
from dashboard.figures.municipality_map import Layer
from dashboard.figures.style import PROJECTOR_FONT_SIZE
from dashboard.text.i18n import tr
from dashboard.views.presentation import Step, View, step_view
from dashboard.core.scope import Scope

SLIDE_PX = (1280, 720)  # 16:9; a projector scales the page as a whole
PADDING_PX = (28, 44)  # around a slide's content: top and bottom, left and right
MAP_PX = (800, 470)  # a map beside its legend of names: about the box a slide leaves it
CHART_HEIGHT_PX = 470  # a chart: as high as the box a slide leaves it (drawn as wide as a file, and fitted in)
CHROMIUM = Path("/usr/bin/chromium")  # Debian's package, as the browser tests use
# A sealed browser. Every background service that would call out is off (network time, component
# updates, sync, the optimisation guide, safe browsing, crash reports, metrics); the two that no switch
# stops in Chromium 156 (the sign-in account check and the on-device model manifest's update check)
# are sent to SEALED, a reserved name that never resolves; every other host name resolves to nothing
# too; and what would still leave, loopback included, goes to REFUSING_PROXY, where nothing listens.
SEALED = "https://sealed.invalid"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                 "--no-pdf-header-footer", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-default-apps", "--disable-extensions", "--disable-domain-reliability",
                 "--disable-client-side-phishing-detection", "--disable-breakpad", "--metrics-recording-only",
                 "--no-pings", "--disable-quic",
                 "--disable-features=NetworkTimeServiceQuerying,OptimizationGuideModelDownloading,OptimizationHints,"
                 "OptimizationHintsFetching,OptimizationTargetPrediction,AutofillServerCommunication,MediaRouter,"
                 "Translate,CertificateTransparencyComponentUpdater,SafeBrowsing,InterestFeedContentSuggestions",
                 f"--gaia-url={SEALED}", f"--google-apis-url={SEALED}", f"--component-updater=url-source={SEALED}",
                 "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--proxy-bypass-list=<-loopback>;*.invalid"]
REFUSING_PROXY = "127.0.0.1:9"  # the discard port, where nothing listens
PRINT_SECONDS = 180
# The page's own policy: no script runs, nothing is loaded from anywhere, no frames; inline styles (a legend's
# colours) and images only as data
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; "
                           "font-src data:; frame-src 'none'; base-uri 'none'; form-action 'none'")

STYLE = f"""
@page {{ size: {SLIDE_PX[0]}px {SLIDE_PX[1]}px; margin: 0; }}
html, body {{ margin: 0; font-family: sans-serif; color: #000; background: #fff; }}
section {{ width: {SLIDE_PX[0]}px; height: {SLIDE_PX[1]}px; box-sizing: border-box; padding: {PADDING_PX[0]}px {PADDING_PX[1]}px;
  display: flex; flex-direction: column; gap: 10px; overflow: hidden; }}
section + section {{ break-before: page; }}
h1 {{ font-size: 40px; margin: 0; }}
p {{ font-size: {PROJECTOR_FONT_SIZE}px; margin: 0; }}
.step, .source {{ color: #1a1a1a; font-size: 20px; }}
.chart {{ flex: 1 1 0; min-height: 0; display: flex; gap: 24px; align-items: center; }}
.chart > svg {{ height: 100%; width: auto; max-width: 100%; }}
.chart > svg + .legend {{ flex: none; }}
.legend {{ list-style: none; margin: 0; padding: 0; font-size: {PROJECTOR_FONT_SIZE}px; }}
.legend li {{ margin: 8px 0; }}
.legend span {{ display: inline-block; width: 24px; height: 24px; margin-right: 12px; vertical-align: -3px; }}
"""


def deck_html(scope: Scope, layers: dict[str, Layer], steps: list[Step], lang: str,
              progress: Callable[[int], None] = lambda done: None) -> str:
    """Every step of the walk as a slide of SLIDE_PX, as one self-contained HTML page; ``progress`` hears how many
    slides are laid out."""
    slides = []
    for number, step in enumerate(steps, 1):
        progress(number - 1)
        view = step_view(scope, layers, step, lang)
        position = tr("presentation.position", lang, n=number, total=len(steps)).replace("**", "")
        notice = f"<p>{escape(view.notice)}</p>" if view.notice else ""
        slides.append(f'<section><p class="step">{escape(position)}</p><h1>{escape(view.title)}</h1>{notice}'
                      f'<div class="chart">{_chart(view, list(layers.values()), lang)}</div>'
                      f'<p class="source">{escape(view.source)}</p></section>')
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">'
            f'<style>{STYLE}</style></head><body>' + "".join(slides) + "</body></html>")


def _chart(view: View, layers: list[Layer], lang: str) -> str:
    if view.chart is None:
        return f"<p>{escape(tr('presentation.nothing', lang))}</p>"
    figure = view.chart.figure
    if not view.chart.is_map:  # a chart, set in the slide's type (presentation.step_view)
        return map_export.map_svg({**figure, "height": CHART_HEIGHT_PX}, layers)
    # a map as SVG; a legend of names beside it, in large type
    spec = copy.deepcopy({**figure, "title": {**figure["title"], "text": ""}})  # the slide's title says it
    colour = spec["layer"][0]["encoding"]["color"]
    # drawn at about the size of the slide's box, which the SVG then fills (a "container" height has no box here)
    spec.update(height=MAP_PX[1], width=MAP_PX[0] if colour["type"] == "nominal" else SLIDE_PX[0] - 2 * PADDING_PX[1])
    if colour["type"] != "nominal":
        return map_export.map_svg(spec, layers)
    legend = "".join(f'<li><span style="background:{escape(hue)}"></span>{escape(label)}</li>'
                     for label, hue in zip(colour["scale"]["domain"], colour["scale"]["range"]))
    colour["legend"] = None  # drawn beside the map instead, in larger type
    return map_export.map_svg(spec, layers) + f'<ul class="legend">{legend}</ul>'


def deck_pdf(html: str) -> bytes:
    """``html`` printed to PDF by headless Chromium, offline. Raises RuntimeError when it cannot."""
    if not CHROMIUM.exists():
        raise RuntimeError(f"{CHROMIUM} is missing (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        page, pdf = Path(tmp) / "deck.html", Path(tmp) / "deck.pdf"
        page.write_text(html, encoding="utf-8")
        command = [str(CHROMIUM), *CHROMIUM_ARGS, f"--proxy-server={REFUSING_PROXY}", f"--user-data-dir={tmp}/profile", f"--print-to-pdf={pdf}",
                   "--virtual-time-budget=60000", page.as_uri()]
        done = subprocess.run(command, capture_output=True, text=True, timeout=PRINT_SECONDS, check=False)
        if not pdf.exists():
            raise RuntimeError(f"chromium printed no PDF (exit {done.returncode}): {done.stderr[-500:]}")
        return pdf.read_bytes()
