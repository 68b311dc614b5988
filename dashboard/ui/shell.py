"""What every page shares: the cached dataset, the language, the global filters in the URL."""

from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from dashboard.data import REPAIR_COMMAND, Dataset, DatasetUnavailable, data_root, read_dataset
from dashboard.figures.regions_map import Layer
from dashboard.filters import Filters, Options, filter_options, ids_for, unknown_values
from dashboard.i18n import LANGUAGES, tr
from dashboard.ui.static_geo import publish_layers

# URL keys of the global widgets (Dutch, as the users are)
LANG_KEY, REGION_KEY, PERSONA_KEY, OBSTACLE_KEY = "taal", "regio", "persona", "obstakel"


@dataclass(frozen=True)
class Context:
    ds: Dataset
    options: Options
    filters: Filters
    lang: str
    layers: dict[str, Layer]  # map polygons served as static GeoJSON


@st.cache_resource(show_spinner=False)
def _dataset(root: str) -> Dataset:
    return read_dataset(Path(root))


@st.cache_resource(show_spinner=False)
def _layers(root: str) -> dict[str, Layer]:
    return publish_layers(_dataset(root))


def dataset_or_stop() -> Dataset:
    """The dataset, read once per process; on a missing or broken file, a helpful page and stop."""
    try:
        return _dataset(str(data_root()))
    except DatasetUnavailable as error:
        lang = st.query_params.get(LANG_KEY, "nl").lower()
        lang = lang if lang in LANGUAGES else "nl"
        st.error(tr("data.unavailable", lang))
        st.markdown(tr("data.problem", lang, path=error.path, problem=error.problem))
        st.markdown(tr("data.repair", lang))
        st.code(REPAIR_COMMAND, language="bash")
        st.stop()


def sidebar(ds: Dataset) -> Context:
    """Draw the language switch and the filters (bound to the URL); warn about unknown URL values."""
    options = filter_options(ds)
    notices = _unknown_url_values(options)
    with st.sidebar:
        lang = st.radio(tr("filters.language", "nl") + " / Language", LANGUAGES, format_func=str.upper, horizontal=True,
                        key=LANG_KEY, bind="query-params")
        st.header(tr("filters.header", lang))
        regions = st.multiselect(tr("filters.region", lang), list(options.regions.values()), key=REGION_KEY,
                                 bind="query-params", placeholder=tr("filters.all_regions", lang))
        persona = st.selectbox(tr("filters.persona", lang), list(options.personas.values()), index=None, key=PERSONA_KEY,
                               bind="query-params", placeholder=tr("filters.any", lang))
        obstacle = st.selectbox(tr("filters.obstacle", lang), list(options.obstacles.values()), index=None, key=OBSTACLE_KEY,
                                bind="query-params", placeholder=tr("filters.any", lang))
        st.caption(tr("filters.help", lang))
    for field, values in notices:
        st.warning(tr("filters.unknown", lang, field=tr(field, lang), values=", ".join(values)), icon="⚠️")
    filters = Filters(
        region_ids=tuple(ids_for(regions, options.regions)),
        persona_id=next(iter(ids_for([persona] if persona else [], options.personas)), None),
        obstacle_id=next(iter(ids_for([obstacle] if obstacle else [], options.obstacles)), None),
    )
    context = Context(ds, options, filters, lang, _layers(str(data_root())))
    st.session_state["_context"] = context
    return context


def context() -> Context:
    """The context the entry script set up for this run (pages call this first)."""
    return st.session_state["_context"]


def _unknown_url_values(options: Options) -> list[tuple[str, list[str]]]:
    """URL values that match no option; Streamlit drops them silently, we say so."""
    checks = [(REGION_KEY, "filters.region", options.regions), (PERSONA_KEY, "filters.persona", options.personas),
              (OBSTACLE_KEY, "filters.obstacle", options.obstacles)]
    found = []
    for key, field, known in checks:
        values = [v for v in st.query_params.get_all(key) if v]
        bad = unknown_values(values, known)
        if bad:
            found.append((field, [_shorten(v) for v in bad]))
    language = st.query_params.get_all(LANG_KEY)
    if language and language[-1] and language[-1].lower() not in LANGUAGES:
        found.append(("filters.language", [_shorten(language[-1])]))
    return found


def _shorten(value: str) -> str:
    return value if len(value) <= 40 else value[:37] + "…"
