"""Download controls: tables as CSV and Excel with the chart's image (PNG, SVG) beside them, the dataset zip.

The buttons build their bytes only when clicked (Streamlit calls ``data`` then, on its own
thread) and do not rerun the page, so offering a download costs a rerun nothing.
"""

from datetime import date
from functools import cache
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard.domain import exports
from dashboard.views import deck
from dashboard.core.data import data_root
from dashboard.figures import map_export
from dashboard.figures.chart import Chart
from dashboard.figures.municipality_map import Layer
from dashboard.text.i18n import tr
from dashboard.ui import deck_job
from dashboard.ui.shell import Context


def export_for(ctx: Context, key: str, title: str, source: str) -> exports.Export:
    """The export of view ``key`` under the filters and language of ``ctx``, today."""
    return exports.Export(key, title, source, ctx.filters, ctx.options, ctx.lang, date.today())


def table_buttons(frame: pd.DataFrame, export: exports.Export, chart: Chart | None = None, layers: list[Layer] = ()) -> None:
    """CSV and Excel buttons for ``frame`` and, for the table under a ``chart``, the chart's image as PNG and SVG
    beside them (a map's drawn on ``layers``); each table's file states the filters, the source and the date."""
    name, rows, lang = exports.file_name(export), exports.about(export), export.lang
    with st.container(horizontal=True):
        st.download_button(tr("export.csv", lang), data=lambda: exports.table_csv(frame, rows, lang), file_name=f"{name}.csv",
                           mime="text/csv", on_click="ignore", key=f"{export.view}-csv", icon=":material/download:",
                           help=tr("export.csv_help", lang), type="tertiary")
        st.download_button(tr("export.xlsx", lang), data=lambda: exports.table_xlsx(frame, rows, lang),
                           file_name=f"{name}.xlsx", mime=exports.XLSX_MIME, on_click="ignore", key=f"{export.view}-xlsx",
                           icon=":material/download:", help=tr("export.xlsx_help", lang), type="tertiary")
        if chart is not None:
            _image_buttons(chart, export, list(layers))


def _image_buttons(drawn: Chart, export: exports.Export, layers: list[Layer]) -> None:
    """The chart or map as PNG and SVG, drawn by vl-convert from its own specification when clicked."""
    drawings = {"png": (map_export.map_png, "image/png"), "svg": (map_export.map_svg, "image/svg+xml")}
    for image_format, (draw, mime) in drawings.items():
        st.download_button(tr(f"export.{image_format}", export.lang), data=lambda draw=draw: draw(drawn.figure, layers),
                           file_name=f"{exports.file_name(export)}.{image_format}", mime=mime, on_click="ignore",
                           key=f"{export.view}-{image_format}", icon=":material/download:",
                           help=tr(f"export.{image_format}_help", export.lang), type="tertiary")


def dataset_button(lang: str) -> None:
    """The whole dataset as one zip, built once per process from the committed files."""
    st.download_button(tr("export.dataset", lang), data=lambda: _dataset_zip(str(data_root())),
                       file_name=exports.dataset_zip_name(date.today()), mime="application/zip", on_click="ignore",
                       key="dataset-zip", icon=":material/folder_zip:", help=tr("export.dataset_help", lang))


@cache
def _dataset_zip(root: str) -> bytes:
    return exports.dataset_zip(Path(root))


def deck_button(steps: list, ctx: Context) -> None:
    """The whole walk (the regions the filters keep) as a PDF, a slide a page: a click starts it in the background
    (dashboard.ui.deck_job), a bar shows how far it is, and the download button takes its place when it is done."""
    lang, key = ctx.lang, deck_job.job_key(ctx.scope, ctx.lang)
    job = deck_job.current(key)
    if job is not None and job.pdf is not None:
        chosen = exports.Export("presentatie", "", "", ctx.filters, ctx.options, lang, date.today())
        st.download_button(tr("presentation.pdf_ready", lang), data=lambda: job.pdf, width="stretch",
                           icon=":material/download:", file_name=f"{exports.file_name(chosen)}.pdf", mime="application/pdf",
                           on_click="ignore", key="deck-pdf", type="primary")
    elif job is not None and job.error is None:
        _deck_progress(key, lang)
    else:
        if job is not None:
            st.caption(tr("presentation.pdf_failed", lang))
        st.button(tr("presentation.pdf", lang), width="stretch", icon=":material/picture_as_pdf:", key="deck-start",
                  help=tr("presentation.pdf_help", lang), disabled=not deck.CHROMIUM.exists(), on_click=deck_job.start,
                  args=(key, steps, ctx.scope, ctx.layers, lang))


@st.fragment(run_every=1)
def _deck_progress(key: tuple, lang: str) -> None:
    """How far the deck is, redrawn every second; once it is done, the page again, with its download button."""
    job = deck_job.current(key)
    if job is None or job.finished:
        st.rerun(scope="app")
    st.progress(job.done / job.total, text=tr("presentation.pdf_making", lang, n=job.done, total=job.total))
