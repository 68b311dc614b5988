"""Tests of dashboard.ui.url_state: widgets bound to the URL (carry over, warn, bind) and the link's parameters
that name nothing, run by Streamlit itself (AppTest)."""

from streamlit.testing.v1 import AppTest

from dashboard.text.markdown_text import literal
from dashboard.ui.url_state import in_both_languages


def _unit_app():
    import streamlit as st

    from dashboard.ui.url_state import url_widget

    labels = {"emphasis": {"nl": "Nadruk", "en": "Emphasis"}, "mentions": {"nl": "Vermeldingen", "en": "Mentions"}}
    st.write(url_widget("unit", st.radio, "Eenheid", "nl", list(labels), named=lambda u, lang: labels[u][lang]))


def _filtered_app():
    import streamlit as st

    from dashboard.ui.url_state import drop_unreadable_url_params

    drop_unreadable_url_params()
    st.write("ok")


def _run(app, **params) -> AppTest:
    at = AppTest.from_function(app, default_timeout=30)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def test__url_widget__carries_a_label_of_the_other_language_over_to_its_id():
    at = _run(_unit_app, eenheid="Mentions")  # an English link opened in Dutch
    assert not at.exception and at.radio(key="eenheid").value == "mentions" and not at.warning


def test__url_widget__ignores_a_value_that_names_no_option_with_a_notice():
    at = _run(_unit_app, eenheid="<b>Gewicht</b>")
    assert not at.exception and at.radio(key="eenheid").value == "emphasis"  # the first option, as with no value
    # the notice calls the parameter as the registry labels it (unit.choose: "Tel"), its value shown as text
    assert [w.value for w in at.warning] == [f"Onbekende waarde in de link genegeerd: Tel = {literal('<b>Gewicht</b>')}"]


def test__drop_unreadable_url_params__an_unknown_name_leaves_the_link_with_a_notice_and_known_ones_stay():
    at = _run(_filtered_app, regoi="Westhoek", regio="Westhoek", taal="en")
    assert not at.exception and "regoi" not in at.query_params and at.query_params["regio"] == "Westhoek"
    notice = " ".join(w.value for w in at.warning)
    assert "regoi" in notice and "Westhoek" in notice and "no page uses it" in notice  # in the link's language


def test__in_both_languages__maps_each_label_of_either_language_to_its_id():
    labels = {("a", "nl"): "Eén", ("a", "en"): "One", ("b", "nl"): "Twee", ("b", "en"): "Two"}
    assert in_both_languages(["a", "b"], lambda i, lang: labels[(i, lang)]) == {"Eén": "a", "One": "a", "Twee": "b", "Two": "b"}
