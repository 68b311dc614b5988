"""What every page shares: the cached dataset and map layers, the sidebar (language and global filters,
kept in the URL), and the run's context that pages read first and pass on."""

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from dashboard.core.data import REPAIR_COMMAND, Dataset, DatasetUnavailable, data_root, read_dataset
from dashboard.figures.municipality_map import Layer
from dashboard.core.filters import Filters, Options, filter_options, ids_for
from dashboard.core.params import url_values
from dashboard.text.i18n import LANGUAGES, tr
from dashboard.core.scope import Scope, scope_of
from dashboard.core.taxonomy import successor_ids
from dashboard.ui.share import share_popover
from dashboard.ui.static_geo import is_published, publish_layers
from dashboard.ui.url_state import lowercase_language_in_url, url_language, url_widget


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
    lowercase_language_in_url()
    # The switch shows the values the URL holds (nl, en), so that the URL keeps ?taal=en on every page and after
    # every filter change: Streamlit writes and reads a bound widget's label. Notices stay on the page, the
    # widgets go to the sidebar.
    lang = url_widget("language", st.sidebar.radio, tr("filters.language", "nl") + " / Language", url_language(),
                      LANGUAGES, horizontal=True)
    options = filter_options(ds, lang)
    obstacles = ds.tables["obstacles"]
    embedded = bool(st.context.is_embedded)
    st.sidebar.header(tr("filters.header", lang))
    regions = url_widget("regions", st.sidebar.multiselect, tr("filters.region", lang), lang, list(options.regions.values()),
                         placeholder=tr("filters.all_regions", lang))
    persona = url_widget("persona", st.sidebar.selectbox, tr("filters.persona", lang), lang, list(options.personas.values()),
                         index=None, placeholder=tr("filters.any", lang))
    obstacle = url_widget("obstacle", st.sidebar.selectbox, tr("filters.obstacle", lang), lang, list(options.obstacles),
                          also={  # an older link's label or id finds its successor; a label of either language its id
                              **successor_ids(ds, "obstacles"), **dict(zip(obstacles["label_nl"], obstacles["obstacle_id"])),
                              **dict(zip(obstacles["label_en"], obstacles["obstacle_id"]))},
                          format_func=options.obstacles.get, index=None, placeholder=tr("filters.any", lang))
    presenting = url_widget("presenting", st.sidebar.toggle, tr("presentation.switch", lang), lang,
                            help=tr("presentation.help", lang))
    with st.sidebar:
        share_popover(url_values(language=lang, obstacle=options.obstacles[obstacle] if obstacle else None), lang, embedded)
    filters = Filters(
        region_ids=tuple(ids_for(regions, options.regions)),
        persona_id=next(iter(ids_for([persona] if persona else [], options.personas)), None),
        obstacle_id=obstacle,
    )
    layers = _served_layers(str(data_root()))
    context = Context(ds, options, filters, scope_of(ds, filters), lang, layers, presenting, embedded)
    st.session_state["_context"] = context
    return context


def context() -> Context:
    """The context the entry script set up for this run (pages call this first)."""
    return st.session_state["_context"]


