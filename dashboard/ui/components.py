"""Pieces every page uses: a chart with its source line and the table behind it."""

import functools

import pandas as pd
import streamlit as st

from dashboard.domain import exports
from dashboard.text import numbers
from dashboard.views import grid_width
from dashboard.core.data import Dataset
from dashboard.figures.chart import Chart
from dashboard.figures.map_screen import NARROW_PX
from dashboard.figures.mention_heatmap import cell_labels, clicked_cell
from dashboard.figures.municipality_map import Layer, MapSpec
from dashboard.text.i18n import localise_columns, tr
from dashboard.text.markdown_table import markdown_table
from dashboard.text.markdown_text import escape
from dashboard.core.scope import Scope
from dashboard.domain.sections import section_label
from dashboard.ui import downloads, drawing_component, shell, url_state

# Under a grid wider than a phone, in each language: HTML only from module constants (tests/test_hostile_links.py)
SCROLL_CUE_NL = '<p class="regional-needs-scroll-cue">← Schuif de tabel opzij voor de andere kolommen →</p>'
SCROLL_CUE_EN = '<p class="regional-needs-scroll-cue">← Swipe the table sideways for its other columns →</p>'
FIGURES_PER_ROW = 5  # a region's figure at 1440 px wide keeps its whole number ("1.234.567") at five a row


@functools.cache
def cached(builder):
    """``builder`` remembered across reruns and sessions, keyed by its arguments.

    A view and its chart take longer to build than a rerun may take; the same inputs give the same
    result, so it is built once and shared (callers must not change what they get). The dataset and map layers are keyed by identity and URL.
    The wrapper itself is made once per builder (making it reads the builder's source).
    """
    return st.cache_resource(show_spinner=False, max_entries=512, hash_funcs={
        Dataset: id, Layer: lambda layer: layer.geojson, MapSpec: lambda spec: tuple(vars(spec).values()),
        Scope: lambda scope: (id(scope.ds), scope.choices())})(builder)


def scope_notice(scope: Scope, tables: tuple[str, ...], lang: str) -> None:
    """What the filters did to the ``tables`` a page shows (dashboard.core.scope.effect), in one notice."""
    filter_notice(scope.notice(tables, lang))


def unit_choice(lang: str) -> str:
    """The counting unit (dashboard.core.counting.UNITS, presence per challenge by default), kept in the URL."""
    return url_state.url_widget("unit", st.radio, tr("unit.choose", lang), lang,
                                named=lambda u, language: tr(f"unit.option.{u}", language), horizontal=True)


def figure_row(heading: str, figures: list, caption: str = "") -> None:
    """A subheading, then the figures (dashboard.views.comparison.Figure) in rows of at most FIGURES_PER_ROW, each its
    number and the line under it; ``caption`` (a source line) below them. Every row has as many columns as the first,
    so a figure is as wide in the last row as in the others (a row of twelve squeezed a population to "6…"); on a
    phone Streamlit stacks the columns."""
    st.subheader(heading)
    width = min(len(figures), FIGURES_PER_ROW)
    for start in range(0, len(figures), width):
        for column, figure in zip(st.columns(width), figures[start:start + width]):
            column.metric(figure.label, figure.value)
            column.caption(figure.caption)
    if caption:
        st.caption(caption)


def table_or_none(table: pd.DataFrame, lang: str) -> None:
    """A short table as it is, or the word that there is nothing to show."""
    if table.empty:
        st.caption(tr("compare.none", lang))
    else:
        plain_table(table, lang)


def unfolded_table(label: str, table: pd.DataFrame, key: str, lang: str) -> None:
    """A table folded under ``label``, drawn and sent only once unfolded (unfolding reruns the page)."""
    with st.expander(label, key=key, on_change="rerun") as unfolded:
        if unfolded.open:
            plain_table(table, lang)


def plain_table(table: pd.DataFrame, lang: str) -> None:
    """A table shown whole, every row and column, long texts wrapped, without its index (as Markdown,
    dashboard.text.markdown_table: no table code to load)."""
    st.markdown(markdown_table(table, lang))


def how_counted(unit: str, lang: str) -> None:
    """What the numbers count (caption), and the counting rule in plain words (folded)."""
    st.caption(tr(f"unit.caption.{unit}", lang))
    with st.expander(tr("count.how", lang), icon=":material/help:"):
        st.markdown(tr("count.how_text", lang))


def lazy_tabs(labels: list[str], key: str) -> list:
    """Tabs of which only the open one runs (``tab.open``): opening another reruns the page, so what
    is not on screen is neither built nor sent nor drawn. The first tab is open by default."""
    return st.tabs(labels, key=key, on_change="rerun")


def filter_notice(text: str) -> None:
    """The notice saying what the filters did (``Scope.notice``); nothing when they did nothing."""
    if text:
        st.info(escape(text), icon=":material/filter_alt:")


def chart(drawn: Chart, source: str, ctx: shell.Context, key: str, clickable: bool = False,
          map_width_px: int = drawing_component.WIDE_PX) -> object:
    """Show a chart or map (its Vega-Lite specification drawn on the server ``map_width_px`` wide), its description
    in words, its source line and, below, the rows it drew as a table; returns the selection (of a click, when
    ``clickable``, which reruns the page).

    ``ctx`` (the run's language, filters and served map layers) is passed, never read from the session."""
    lang, export = ctx.lang, downloads.export_for(ctx, key, drawn.title or key, source)
    scrolls_here = drawing_component.scrolls(drawn, map_width_px)  # a heatmap of many regions
    if scrolls_here or drawing_component.scrolls(drawn, NARROW_PX):  # any heatmap, on a phone: said there alone
        with st.container(key=f"{key}-scroll" + ("" if scrolls_here else "-on-phone")):  # ui.styles.APP_CSS
            st.caption(tr("heatmap.scroll", lang))
    event = drawing_component.place(drawn, ctx.layers.values(), key=key, takes_clicks=clickable, width_px=map_width_px)
    st.caption(drawn.description)  # the chart in words, for screen readers and poor eyesight
    st.caption(source)
    # The table and its downloads are drawn and sent only once unfolded: a page opens sooner.
    with st.expander(tr("table.show", lang), key=table_key(key), on_change="rerun") as unfolded:
        if unfolded.open:
            _table_under(drawn, export, list(ctx.layers.values()))
    return event


def _table_under(drawn: Chart, export: exports.Export, layers: list[Layer]) -> None:
    """The rows a chart drew as a table, with their downloads and the chart's image beside them."""
    dataframe(drawn.rows, export.lang)
    downloads.table_buttons(drawn.rows, export, drawn, layers)


def table_key(chart_key: str) -> str:
    """The state key of the unfolded table under chart ``chart_key``."""
    return f"{chart_key}-table"


def pick_cell(event, matrix: pd.DataFrame, kind: str, lang: str) -> tuple[tuple[str, str], str]:
    """The heatmap cell whose quotes to show, and its label: the one clicked, or chosen in a list
    (which keyboard users reach too)."""
    labels = cell_labels(matrix, kind)
    clicked = clicked_cell(event)
    cell = st.selectbox(tr("services.pick", lang), list(labels), format_func=labels.get,
                        index=list(labels).index(clicked) if clicked in labels else 0)
    return cell, labels[cell]


def quotes_table(quotes: pd.DataFrame, columns: dict[str, str], lang: str) -> None:
    """Quotes with where they stand, the part of the addendum named in ``lang``; long quotes wrap."""
    shown = quotes.assign(section=quotes["section"].map(lambda s: section_label(s, lang))) if "section" in quotes else quotes
    plain_table(localise_columns(shown, columns, lang), lang)


def data_table(frame: pd.DataFrame, source: str, ctx: shell.Context, key: str, title: str, as_shown: pd.DataFrame | None = None,
               wrap: bool = False, phone_rows: bool = False) -> None:
    """A table on its own, with its source line and CSV and Excel downloads; ``as_shown`` is the same table
    written out when its rows need different decimals (the files keep the numbers). With ``wrap`` a few
    rows drawn whole, their headings wrapped, so every column shows without scrolling sideways. With
    ``phone_rows`` a phone shows each row as its label over "column: value" lines instead of the grid."""
    lang, shown = ctx.lang, frame if as_shown is None else as_shown
    if wrap:
        plain_table(shown, lang)
    elif phone_rows:  # both drawn, one shown: the page's styles choose by the screen's width (ui.styles.APP_CSS)
        with st.container(key=f"{key}-on-wide"):
            dataframe(shown, lang)
        with st.container(key=f"{key}-on-phone"):
            label_value_rows(numbers.as_text(shown, lang))
    else:
        dataframe(shown, lang)
    st.caption(source)
    downloads.table_buttons(frame, downloads.export_for(ctx, key, title, source))


def label_value_rows(shown: pd.DataFrame) -> None:
    """Each row of ``shown`` (its cells as text): its first cell in bold over a "column: value" line per other column
    that has a value (an empty cell, as in the grid, has no line)."""
    label, *rest = shown.columns
    for _, row in shown.iterrows():
        lines = "\n".join(f"- {escape(str(column))}: {escape(str(row[column]))}" for column in rest
                           if str(row[column]).strip())
        st.markdown(f"**{escape(str(row[label]))}**\n\n{lines}")


def dataframe(frame: pd.DataFrame, lang: str, **options):
    """``st.dataframe`` of ``frame`` with its numbers written as ``lang`` writes them (numbers.for_grid) and
    missing values as empty cells (the grid itself writes "None" otherwise), no index, full width, its key
    column (the first) pinned and its columns as wide as fits a laptop's screen (dashboard.views.grid_width), a cut
    heading whole on hover, and under it, on a phone, a cue when it scrolls sideways; ``options`` go to st.dataframe
    (a key, a selection). Returns what it returns."""
    widths = grid_width.fitted_widths(frame)
    config = {column: st.column_config.Column(width=widths.get(column), pinned=column == frame.columns[0],
                                              help=str(column) if column in widths else None) for column in frame.columns}
    drawn = st.dataframe(numbers.for_grid(frame, lang), hide_index=True, width="stretch", placeholder="",
                         column_config=config, **options)
    if grid_width.scrolls_on_phone(frame):  # seen on a phone only (ui.styles.APP_CSS), where the grid hides its scroll bar
        if lang == "en":
            st.html(SCROLL_CUE_EN)
        else:
            st.html(SCROLL_CUE_NL)
    return drawn
