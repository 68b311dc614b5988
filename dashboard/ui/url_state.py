"""URL state: widgets bound to the URL parameters of the registry (dashboard.core.params), and what a link's
parameters that name nothing (or are too long) become: a notice, in one way (``unknown_notice``), never a crash."""

import unicodedata
from collections.abc import Callable, Iterable, Sequence

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from dashboard.core.navigation import Link
from dashboard.core.params import BOOLEANS, CHOICES, PARAMS, SWITCH, TEXT, is_known_key
from dashboard.text.i18n import LANGUAGES, tr
from dashboard.text.markdown_text import literal
from dashboard.domain.text_search import foreign_letters

# Longer URL values (and names) are dropped before anything reads them: a 100 KB search term took 49 s.
URL_VALUE_LIMIT = 200  # characters
SHOWN_OF_A_VALUE = 40  # characters of an ignored URL value that its notice shows
# Streamlit reads no parameter at all of a query string with more than 1,000 of them (or over 512 KB); the
# launcher (dashboard/serve.py) then puts this one in their place, with their number, so the page can say so.
UNREAD_KEY = PARAMS["unread"].key


def url_value(name: str) -> str:
    """The (last) value the URL holds for parameter ``name`` of the registry, "" when none."""
    return st.query_params.get(PARAMS[name].key, "")


def set_url_value(name: str, value: str | None) -> None:
    """Put ``value`` in the URL for parameter ``name`` of the registry (None takes the parameter out)."""
    if value is None:
        st.query_params.pop(PARAMS[name].key, None)
    else:
        st.query_params[PARAMS[name].key] = value


def page_link(to: Link, label: str, icon: str | None = None) -> None:
    """A link to another page (dashboard.core.navigation.link) with its URL parameters."""
    st.page_link(to.script, label=label, icon=icon, query_params=to.query_params or None)


def url_widget(name: str, draw: Callable, label: str, lang: str, options: Sequence | None = None, *,
               named: Callable[[object, str], str] | None = None, also: dict[str, str] | None = None, **kwargs):
    """Draw a widget bound to URL parameter ``name`` (dashboard.core.params) in the three steps each one needs:
    carry over, warn, bind. Returns the widget's value.

    ``draw`` is the widget (``st.radio``, ``st.sidebar.multiselect``, ``left.text_input``, ...), drawn with
    ``label`` and ``options`` (by default the values the registry allows). Options shown as ``named(option, lang)``
    are ids: Streamlit matches a URL value only against the label shown now, so one naming an option by its label
    in either language (or by a key of ``also``, such as an older id) is put into the widget's state first. URL
    values that name no option get a notice in the current container (``st.sidebar.radio`` draws in the sidebar,
    the notice stays on the page).
    """
    param = PARAMS[name]
    field, options = tr(param.label, lang), param.values if options is None else options
    if param.kind == SWITCH:
        _warn_unknown_url(param.key, field, [v for v in st.query_params.get_all(param.key) if v.lower() in BOOLEANS], lang)
    elif named or also:
        _carry_url_choice(param.key, field, (also or {}) | (in_both_languages(options, named) if named else {}), lang,
                          multiple=param.kind == CHOICES)
    elif param.kind != TEXT:
        _warn_unknown_url(param.key, field, [str(option) for option in options], lang)
    if named:
        kwargs["format_func"] = lambda option: named(option, lang)
    shown = (label,) if param.kind in (SWITCH, TEXT) else (label, options)
    return draw(*shown, key=param.key, bind="query-params", **kwargs)


def requested_path() -> str:
    """The page path the address asks for ("" at the root, or when the run was asked for by the app itself)."""
    ctx = get_script_run_ctx()
    return (ctx.pages_manager.intended_page_name or "") if ctx else ""


def open_presentation() -> None:
    """Presentation mode on, as ``?presentatie=true`` asks: call before the switch is drawn. Only on a
    session's first run, so that "Stoppen" still leaves it."""
    key = PARAMS["presenting"].key
    if key not in st.session_state:
        st.query_params[key] = BOOLEANS[0]
        with get_script_run_ctx().session_state.query_params() as params:  # what the bound switch reads first
            params.set_initial_query_params_from_current()


def shortened_path() -> str:
    """The path the address asks for, as a notice may show it: literally, and no longer than SHOWN_OF_A_VALUE."""
    return literal(_shortened(requested_path()))


def url_language() -> str:
    """The language the URL asks for, or Dutch: for what is shown before the language switch."""
    lang = (url_value("language") or LANGUAGES[0]).lower()
    return lang if lang in LANGUAGES else LANGUAGES[0]


def say_unread_link() -> None:
    """Call first of all: when Streamlit read none of the link's parameters (too many), say so, and drop the
    launcher's marker from the URL."""
    if UNREAD_KEY in st.query_params:
        count = st.query_params.get(UNREAD_KEY, "")
        del st.query_params[UNREAD_KEY]
        st.warning(tr("filters.unread", url_language(), n=literal(_shortened(count))), icon="⚠️")


def drop_unreadable_url_params() -> None:
    """Call first of all: a parameter whose name is none of the registry's (dashboard.core.params), and values
    (and names) longer than URL_VALUE_LIMIT, leave the URL, each with a notice."""
    dropped_any = False
    for key in list(st.query_params):
        values = st.query_params.get_all(key)
        unknown = len(key) <= URL_VALUE_LIMIT and not is_known_key(key)
        dropped = values if len(key) > URL_VALUE_LIMIT or unknown else [v for v in values if len(v) > URL_VALUE_LIMIT]
        if dropped:
            kept = [v for v in values if v not in dropped]
            del st.query_params[key]
            if kept:
                st.query_params[key] = kept
            unknown_notice(literal(_shortened(key)), dropped, url_language(),
                           "filters.unknown_name" if unknown else "filters.too_long")
            dropped_any = True
    if dropped_any:  # widgets bound to the URL take their first value from the URL as it came, not st.query_params
        with get_script_run_ctx().session_state.query_params() as params:
            params.set_initial_query_params_from_current()


def lowercase_language_in_url() -> None:
    """An older link's ``taal=EN`` becomes ``taal=en`` before the language switch reads the URL: a value
    the switch does not know would be dropped from the address bar."""
    key = PARAMS["language"].key
    values = st.query_params.get_all(key)
    if values and values[-1] not in LANGUAGES and values[-1].lower() in LANGUAGES:
        st.query_params[key] = values[-1].lower()
        with get_script_run_ctx().session_state.query_params() as params:
            params.set_initial_query_params_from_current()


def _carry_url_choice(key: str, field: str, ids_by_label: dict[str, str], lang: str, multiple: bool = False) -> None:
    """Before a widget bound to the URL whose options are ids shown as labels: the options the URL names by a
    label of either language go into its state (a Dutch link opened in English keeps its choice); values that
    name no option get a notice."""
    values = [v for v in st.query_params.get_all(key) if v]
    chosen = [ids_by_label[v] for v in values if v in ids_by_label]
    if chosen and key not in st.session_state:
        st.session_state[key] = chosen if multiple else chosen[-1]
    _warn_unknown_url(key, field, ids_by_label, lang)


def _warn_unknown_url(key: str, field: str, known: Iterable[str], lang: str) -> None:
    """Before the widget bound to URL key ``key`` (it drops what it does not know): a notice names the values
    that are none of the ``known`` labels."""
    known = set(known)
    unknown = [v for v in st.query_params.get_all(key) if v and v not in known]
    if unknown:
        unknown_notice(field, unknown, lang)


def in_both_languages(ids, label) -> dict[str, str]:
    """label -> id for ``ids`` labelled by ``label(id, lang)`` in every language: what _carry_url_choice takes."""
    return {label(i, lang): i for i in ids for lang in LANGUAGES}


def unknown_notice(field: str, values: list[str], lang: str, message: str = "filters.unknown") -> None:
    """The notice that URL values were ignored (``message``: they name nothing, or are too long).

    Each value is shortened and shown as a literal: nothing in a link becomes a link, a mail
    address, an image that loads from elsewhere, or markup in the dashboard's own voice.
    """
    # an empty value shows nothing worth reading (a parameter with a name but no value)
    shown = ", ".join(literal(_shortened(value)) for value in values if value)
    st.warning(tr(message, lang, field=field, values=shown, limit=URL_VALUE_LIMIT), icon="⚠️")


def unknown_value_notice(name: str, value: str, lang: str) -> None:
    """The notice that the URL's ``value`` of parameter ``name`` (dashboard.core.params) names nothing and is ignored."""
    unknown_notice(tr(PARAMS[name].label, lang), [value], lang)


def _shortened(value: str) -> str:
    return value if len(value) <= SHOWN_OF_A_VALUE else value[:SHOWN_OF_A_VALUE] + "…"


def foreign_script_notice(query: str, known_scripts: set[str], lang: str) -> None:
    """A notice naming the letters of ``query`` from a script the searched texts do not use (a Cyrillic О
    looks like an O but finds nothing), each shown literally with its Unicode name; nothing when there are none."""
    letters = foreign_letters(query, known_scripts)
    if letters:
        named = ", ".join(f"{literal(c)} ({unicodedata.name(c, '?')})" for c in letters)
        st.warning(tr("search.foreign_script", lang, query=literal(_shortened(query)), letters=named), icon="⚠️")
