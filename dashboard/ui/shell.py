"""What every page shares: the cached dataset and map layers, the sidebar (language and global filters,
kept in the URL), and the run's context that pages read first and pass on."""

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from dashboard.core.data import REPAIR_COMMAND, Dataset, DatasetUnavailable, data_root, read_dataset
from dashboard.figures.municipality_map import Layer
from dashboard.core.filters import Filters, Options, filter_options, ids_for
from dashboard.text.i18n import LANGUAGES, tr
from dashboard.core.scope import Scope, scope_of
from dashboard.core.taxonomy import successor_ids
from dashboard.ui import preload
from dashboard.ui.share import share_popover
from dashboard.ui.static_geo import is_published, publish_layers
from dashboard.ui.url_state import (LANG_KEY, OBSTACLE_KEY, PERSONA_KEY, PRESENT_KEY, REGION_KEY, carry_url_choice,
                                    lowercase_language_in_url, unknown_notice, unknown_url_values, url_language,
                                    warn_unknown_boolean)


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


def sidebar(ds: Dataset) -> Context:
    """Draw the language switch, the filters and the presentation switch (all bound to the URL).

    Warns about URL values that match nothing. An obstacle named in the other language is carried
    over, so a Dutch link opened in English keeps its filter; so is one named by its label or id
    before a split or rename (its successor is chosen).
    """
    raw = {key: [v for v in st.query_params.get_all(key) if v] for key in (LANG_KEY, REGION_KEY, PERSONA_KEY, OBSTACLE_KEY)}
    lowercase_language_in_url()
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
        warn_unknown_boolean(PRESENT_KEY, tr("presentation.switch", lang), lang)
        presenting = st.toggle(tr("presentation.switch", lang), key=PRESENT_KEY, bind="query-params",
                               help=tr("presentation.help", lang))
        share_popover({LANG_KEY: [lang] if lang != LANGUAGES[0] else [],
                       OBSTACLE_KEY: [options.obstacles[obstacle]] if obstacle else []}, lang, embedded)
    for field, values in unknown_url_values(options, raw):
        unknown_notice(tr(field, lang), values, lang)
    filters = Filters(
        region_ids=tuple(ids_for(regions, options.regions)),
        persona_id=next(iter(ids_for([persona] if persona else [], options.personas)), None),
        obstacle_id=obstacle,
    )
    layers = _served_layers(str(data_root()))
    preload.remember_layers({name: layer.geojson for name, layer in layers.items()})  # named in the next page's first response
    context = Context(ds, options, filters, scope_of(ds, filters), lang, layers, presenting, embedded)
    st.session_state["_context"] = context
    return context


def context() -> Context:
    """The context the entry script set up for this run (pages call this first)."""
    return st.session_state["_context"]


