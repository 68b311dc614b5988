"""Download controls: chart images through plotly's toolbar, tables as CSV and Excel, the dataset zip.

The buttons build their bytes only when clicked (Streamlit calls ``data`` then, on its own
thread) and do not rerun the page, so offering a download costs a rerun nothing.
"""

from datetime import date
from functools import cache
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
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


def image_config(config: dict, fig: go.Figure, export: exports.Export) -> dict:
    """Plotly ``config`` whose toolbar download saves the chart in the format chosen for its view."""
    return exports.image_config(config, _chosen_format(export.view), exports.file_name(export), fig)


def image_format_choice(key: str, lang: str) -> None:
    """PNG or SVG for the chart's toolbar download (read by ``image_config`` on the next run).

    The choice sits with the table under the chart; it is kept aside, because Streamlit forgets a
    widget's value in the runs where the table is folded away and the widget not drawn.
    """
    st.radio(tr("export.image_format", lang), exports.IMAGE_FORMATS, format_func=str.upper, horizontal=True,
             index=exports.IMAGE_FORMATS.index(_chosen_format(key)), key=_format_key(key),
             on_change=_keep_format, args=(key,), help=tr("export.image_help", lang))


def _chosen_format(key: str) -> str:
    return st.session_state.get(_kept_format_key(key), exports.IMAGE_FORMATS[0])


def _keep_format(key: str) -> None:
    st.session_state[_kept_format_key(key)] = st.session_state[_format_key(key)]


def _kept_format_key(key: str) -> str:
    return f"{_format_key(key)}-kept"


def table_buttons(frame: pd.DataFrame, export: exports.Export) -> None:
    """CSV and Excel buttons for ``frame``; each file states the filters, the source and the date."""
    name, rows, lang = exports.file_name(export), exports.about(export), export.lang
    with st.container(horizontal=True):
        st.download_button(tr("export.csv", lang), data=lambda: exports.table_csv(frame, rows, lang), file_name=f"{name}.csv",
                           mime="text/csv", on_click="ignore", key=f"{export.view}-csv", icon=":material/download:",
                           help=tr("export.csv_help", lang), type="tertiary")
        st.download_button(tr("export.xlsx", lang), data=lambda: exports.table_xlsx(frame, rows, lang),
                           file_name=f"{name}.xlsx", mime=exports.XLSX_MIME, on_click="ignore", key=f"{export.view}-xlsx",
                           icon=":material/download:", help=tr("export.xlsx_help", lang), type="tertiary")


def map_svg_button(drawn: Chart, export: exports.Export, layers: list[Layer]) -> None:
    """The map as SVG, drawn from its own specification when clicked (Streamlit's toolbar saves it as PNG)."""
    st.download_button(tr("export.svg", export.lang), data=lambda: map_export.map_svg(drawn.figure, layers),
                       file_name=f"{exports.file_name(export)}.svg", mime="image/svg+xml", on_click="ignore",
                       key=f"{export.view}-svg", icon=":material/download:", help=tr("export.svg_help", export.lang),
                       type="tertiary")


def dataset_button(lang: str) -> None:
    """The whole dataset as one zip, built once per process from the committed files."""
    st.download_button(tr("export.dataset", lang), data=lambda: _dataset_zip(str(data_root())),
                       file_name=exports.dataset_zip_name(date.today()), mime="application/zip", on_click="ignore",
                       key="dataset-zip", icon=":material/folder_zip:", help=tr("export.dataset_help", lang))


@cache
def _dataset_zip(root: str) -> bytes:
    return exports.dataset_zip(Path(root))


def _format_key(key: str) -> str:
    return f"{key}-image"


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
