"""What every page shares: the cached dataset, the language, the global filters in the URL."""

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from dashboard.data import REPAIR_COMMAND, Dataset, DatasetUnavailable, data_root, read_dataset
from dashboard.figures.municipality_map import Layer
from dashboard.filters import Filters, Options, filter_options, ids_for, unknown_values
from dashboard.i18n import LANGUAGES, tr
from dashboard.markdown_text import literal
from dashboard.scope import Scope, scope_of
from dashboard.sharing import share_url
from dashboard.taxonomy import successor_ids
from dashboard.ui.static_geo import is_published, publish_layers

# URL keys of the global widgets and of the walk's step (Dutch, as the users are)
LANG_KEY, REGION_KEY, PERSONA_KEY, OBSTACLE_KEY = "taal", "regio", "persona", "obstakel"
PRESENT_KEY, STEP_KEY = "presentatie", "stap"
# Longer URL values (and names) are dropped before anything reads them: a 100 KB search term took 49 s.
URL_VALUE_LIMIT = 200  # characters
SHOWN_OF_A_VALUE = 40  # characters of an ignored URL value that its notice shows

# Every page: a visible focus ring on every link and control (WCAG 2.4.7; on the label of a radio,
# checkbox or switch, whose own input is hidden, and on the box of a select), headings that wrap
# between words only (a phone no longer breaks "Partnerschappen" in two), and a sidebar whose
# filters show without scrolling on a 900 px high screen. A constant, like the CSS below.
APP_CSS = """<style>
:focus-visible { outline: 3px solid #0b57d0 !important; outline-offset: 2px; }
label:has(input:focus-visible), [data-baseweb="select"] > div:has(input:focus-visible) {
  outline: 3px solid #0b57d0 !important; outline-offset: 2px; }
h1, h2, h3 { overflow-wrap: normal !important; word-break: normal !important; }
[data-testid="stMain"] h1 { font-size: clamp(1.75rem, 6.5vw, 2.75rem); }
[data-testid="stMainBlockContainer"] { padding-top: 3rem; }
[data-testid="stSidebarHeader"] { height: 2.5rem; padding-top: 0.5rem; padding-bottom: 0; margin-bottom: 0; }
[data-testid="stSidebarNavItems"] { padding-top: 0; }
[data-testid="stSidebarNavLink"] { min-height: 1.75rem; }
[data-testid="stSidebarUserContent"] { padding-top: 0.5rem; }
[data-testid="stSidebarUserContent"] h2 { padding-top: 0.25rem; }
</style>"""

# Presentation mode: no sidebar or toolbar, large black type, a thick focus ring, and each slide one
# screen high: the chart's box (.st-key-slide) takes the height the buttons, title and source line
# leave, so nothing scrolls at any screen size. A constant, never built from data or the URL
# (tests/test_hostile_links.py checks that).
PRESENTATION_CSS = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
div:has(> .st-key-slide_keys) { display: none !important; }
[data-testid="stMain"] { color: #000; background: #fff; overflow: hidden; }
[data-testid="stMainBlockContainer"] { max-width: 100%; height: 100vh; box-sizing: border-box; padding: 1rem 2.5rem; }
[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"] { height: 100%; flex-wrap: nowrap; gap: 0.75rem; }
[data-testid="stVerticalBlock"] > div:has(> .st-key-slide) { flex: 1 1 0 !important; min-height: 0; }
.st-key-slide { height: 100% !important; }
[data-testid="stMain"] p, [data-testid="stMain"] li { font-size: 1.6rem; }
[data-testid="stMain"] button p { font-size: clamp(1.1rem, 1.25vw, 1.6rem); }
[data-testid="stMain"] h1 { font-size: clamp(2rem, 3.2vw, 3rem); padding: 0; }
[data-testid="stMain"] [data-testid="stCaptionContainer"] p { color: #1a1a1a; font-size: 1.5rem; }
:focus-visible { outline: 4px solid #000 !important; outline-offset: 3px; }
</style>"""

# The printed region report: the page alone (no sidebar, toolbars or tables under the charts) on one
# A4 sheet with 1 cm margins, whatever the browser's print dialog proposes.
REPORT_PRINT_CSS = """<style>
@media print {
  @page { size: A4; margin: 1cm; }
  [data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
  [data-testid="stExpander"], [data-testid="stElementToolbar"] { display: none !important; }
  [data-testid="stMainBlockContainer"] { max-width: 100% !important; padding: 0 !important; }
}
</style>"""

@dataclass(frozen=True)
class Context:
    ds: Dataset
    options: Options
    filters: Filters
    scope: Scope  # what the filters keep
    lang: str
    layers: dict[str, Layer]  # map polygons served as static GeoJSON
    presenting: bool = False  # presentation mode: the guided walk instead of the page
    embedded: bool = False  # ?embed=true: shown inside another site


@st.cache_resource(show_spinner=False)
def _dataset(root: str) -> Dataset:
    return read_dataset(Path(root))


@st.cache_resource(show_spinner=False)
def _layers(root: str) -> dict[str, Layer]:
    return publish_layers(_dataset(root))


def _served_layers(root: str) -> dict[str, Layer]:
    """The map layers, their GeoJSON written again when a file went missing while the app runs."""
    if not all(is_published(layer) for layer in _layers(root).values()):
        _layers.clear()
    return _layers(root)


def dataset_or_stop() -> Dataset:
    """The dataset, read once per process; on a missing or broken file, a helpful page and stop."""
    try:
        return _dataset(str(data_root()))
    except DatasetUnavailable as error:
        lang = url_language()
        st.error(tr("data.unavailable", lang))
        st.markdown(tr("data.problem", lang, path=error.path, problem=error.problem))
        st.markdown(tr("data.repair", lang))
        st.code(REPAIR_COMMAND, language="bash")
        st.stop()


def url_language() -> str:
    """The language the URL asks for, or Dutch: for what is shown before the language switch."""
    lang = st.query_params.get(LANG_KEY, LANGUAGES[0]).lower()
    return lang if lang in LANGUAGES else LANGUAGES[0]


def drop_overlong_url_values() -> None:
    """Call first of all: URL values (and names) longer than URL_VALUE_LIMIT leave the URL, with a notice."""
    dropped_any = False
    for key in list(st.query_params):
        values = st.query_params.get_all(key)
        dropped = values if len(key) > URL_VALUE_LIMIT else [v for v in values if len(v) > URL_VALUE_LIMIT]
        if dropped:
            kept = [v for v in values if v not in dropped]
            del st.query_params[key]
            if kept:
                st.query_params[key] = kept
            unknown_notice(literal(_shortened(key)), dropped, url_language(), "filters.too_long")
            dropped_any = True
    if dropped_any:  # widgets bound to the URL take their first value from the URL as it came, not st.query_params
        with get_script_run_ctx().session_state.query_params() as params:
            params.set_initial_query_params_from_current()


def _lowercase_language_in_url() -> None:
    """An older link's ``taal=EN`` becomes ``taal=en`` before the language switch reads the URL: a value
    the switch does not know would be dropped from the address bar."""
    values = st.query_params.get_all(LANG_KEY)
    if values and values[-1] not in LANGUAGES and values[-1].lower() in LANGUAGES:
        st.query_params[LANG_KEY] = values[-1].lower()
        with get_script_run_ctx().session_state.query_params() as params:
            params.set_initial_query_params_from_current()


def sidebar(ds: Dataset) -> Context:
    """Draw the language switch, the filters and the presentation switch (all bound to the URL).

    Warns about URL values that match nothing. An obstacle named in the other language is carried
    over, so a Dutch link opened in English keeps its filter; so is one named by its label or id
    before a split or rename (its successor is chosen).
    """
    raw = {key: [v for v in st.query_params.get_all(key) if v] for key in (LANG_KEY, REGION_KEY, PERSONA_KEY, OBSTACLE_KEY)}
    _lowercase_language_in_url()
    with st.sidebar:
        # The switch shows the values the URL holds (nl, en), so that the URL keeps ?taal=en on every
        # page and after every filter change: Streamlit writes and reads a bound widget's label.
        lang = st.radio(tr("filters.language", "nl") + " / Language", LANGUAGES, horizontal=True, key=LANG_KEY,
                        bind="query-params")
    options = filter_options(ds, lang)
    obstacles = ds.tables["obstacles"]
    carry_url_choice(OBSTACLE_KEY, tr("filters.obstacle", lang), {  # an older link's label or id finds its successor
        **successor_ids(ds, "obstacles"),
        **dict(zip(obstacles["label_nl"], obstacles["obstacle_id"])), **dict(zip(obstacles["label_en"], obstacles["obstacle_id"]))},
        lang)
    embedded = bool(st.context.is_embedded)
    with st.sidebar:
        st.header(tr("filters.header", lang))
        regions = st.multiselect(tr("filters.region", lang), list(options.regions.values()), key=REGION_KEY,
                                 bind="query-params", placeholder=tr("filters.all_regions", lang))
        persona = st.selectbox(tr("filters.persona", lang), list(options.personas.values()), index=None, key=PERSONA_KEY,
                               bind="query-params", placeholder=tr("filters.any", lang))
        obstacle = st.selectbox(tr("filters.obstacle", lang), list(options.obstacles), format_func=options.obstacles.get,
                                index=None, key=OBSTACLE_KEY, bind="query-params", placeholder=tr("filters.any", lang))
        presenting = st.toggle(tr("presentatie.switch", lang), key=PRESENT_KEY, bind="query-params",
                               help=tr("presentatie.help", lang))
        _share(options, lang, obstacle, embedded)
    for field, values in _unknown_url_values(options, raw):
        unknown_notice(tr(field, lang), values, lang)
    filters = Filters(
        region_ids=tuple(ids_for(regions, options.regions)),
        persona_id=next(iter(ids_for([persona] if persona else [], options.personas)), None),
        obstacle_id=obstacle,
    )
    context = Context(ds, options, filters, scope_of(ds, filters), lang, _served_layers(str(data_root())), presenting, embedded)
    st.session_state["_context"] = context
    return context


def _share(options: Options, lang: str, obstacle: str | None, embedded: bool) -> None:
    """The link to this view with a copy button, and the same link for embedding in another site;
    embedded, a way out to the full dashboard instead.

    The link holds the language and obstacle shown: carried over from a link, they are shown but
    do not reach the address bar.
    """
    base = st.context.url
    if not base:  # no browser address (a bare test run): nothing to share
        return
    params = {key: st.query_params.get_all(key) for key in st.query_params} | {
        LANG_KEY: [lang] if lang != LANGUAGES[0] else [],
        OBSTACLE_KEY: [options.obstacles[obstacle]] if obstacle else []}
    if embedded:
        st.link_button(tr("delen.full", lang), share_url(base, params), icon=":material/open_in_new:")
        return
    # in a popover: its code blocks (and their copy buttons) load only when someone wants to share
    with st.popover(tr("delen.title", lang), icon=":material/link:", width="stretch"):
        st.caption(tr("delen.link", lang))
        st.code(share_url(base, params), language=None, wrap_lines=True)
        st.caption(tr("delen.embed", lang))
        st.code(share_url(base, params, embed=True), language=None, wrap_lines=True)


def chrome(context: Context) -> None:
    """Every page's focus ring and layout (APP_CSS); presentation mode hides the sidebar and
    Streamlit's chrome and enlarges the type; an embedded view starts with the sidebar folded away
    (Streamlit itself drops its toolbar there)."""
    st.set_page_config(initial_sidebar_state="collapsed" if context.presenting or context.embedded else "auto")
    st.html(APP_CSS)
    if context.presenting:
        st.html(PRESENTATION_CSS)


def print_as_one_page() -> None:
    """The page prints alone on one A4 sheet (the region report): REPORT_PRINT_CSS."""
    st.html(REPORT_PRINT_CSS)


def go_to_step(index: int) -> None:
    """Button callback of the walk: show step ``index`` (0-based; the URL holds it 1-based)."""
    st.query_params[STEP_KEY] = str(index + 1)


def leave_presentation() -> None:
    st.session_state[PRESENT_KEY] = False


def switch_language(lang: str) -> None:
    st.session_state[LANG_KEY] = lang


def context() -> Context:
    """The context the entry script set up for this run (pages call this first)."""
    return st.session_state["_context"]


def _unknown_url_values(options: Options, raw: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """URL values that match no option; Streamlit drops them silently, we say so."""
    found = []
    for key, field, known in ((REGION_KEY, "filters.region", options.regions),
                              (PERSONA_KEY, "filters.persona", options.personas)):
        bad = unknown_values(raw[key], known)
        if bad:
            found.append((field, bad))
    if raw[LANG_KEY] and raw[LANG_KEY][-1].lower() not in LANGUAGES:
        found.append(("filters.language", raw[LANG_KEY][-1:]))
    return found


def carry_url_choice(key: str, field: str, ids_by_label: dict[str, str], lang: str, multiple: bool = False) -> None:
    """Call before drawing a widget bound to the URL whose options are ids shown as labels.

    Streamlit matches a URL value only against the label shown now, so a Dutch link opened in
    English would lose the choice: the options the URL names by their label in either language are
    put into the widget's state first. Values that name no option get a notice.
    """
    values = [v for v in st.query_params.get_all(key) if v]
    chosen = [ids_by_label[v] for v in values if v in ids_by_label]
    if chosen and key not in st.session_state:
        st.session_state[key] = chosen if multiple else chosen[-1]
    warn_unknown_url(key, field, ids_by_label, lang)


def warn_unknown_url(key: str, field: str, known: Iterable[str], lang: str) -> None:
    """Call before drawing the widget bound to URL key ``key`` (it drops what it does not know):
    a notice names the values that are none of the ``known`` labels."""
    known = set(known)
    unknown = [v for v in st.query_params.get_all(key) if v and v not in known]
    if unknown:
        unknown_notice(field, unknown, lang)


def in_both_languages(ids, label) -> dict[str, str]:
    """label -> id for ``ids`` labelled by ``label(id, lang)`` in every language: what carry_url_choice takes."""
    return {label(i, lang): i for i in ids for lang in LANGUAGES}


def unknown_notice(field: str, values: list[str], lang: str, message: str = "filters.unknown") -> None:
    """The notice that URL values were ignored (``message``: they name nothing, or are too long).

    Each value is shortened and shown as a literal: nothing in a link becomes a link, a mail
    address, an image that loads from elsewhere, or markup in the dashboard's own voice.
    """
    shown = ", ".join(literal(_shortened(value)) for value in values)
    st.warning(tr(message, lang, field=field, values=shown, limit=URL_VALUE_LIMIT), icon="⚠️")


def _shortened(value: str) -> str:
    return value if len(value) <= SHOWN_OF_A_VALUE else value[:SHOWN_OF_A_VALUE] + "…"
