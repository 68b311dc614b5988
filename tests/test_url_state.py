"""Unit tests of dashboard.ui.url_state: which of a link's values name nothing (what the sidebar warns about)."""

from dashboard.core.filters import filter_options
from dashboard.ui.url_state import in_both_languages, unknown_url_values
from tests.frames import tiny


def test__unknown_url_values__names_the_field_and_the_values_that_match_no_option():
    options = filter_options(tiny())
    raw = {"taal": ["fr"], "regio": ["Alfa", "Gamma"], "persona": ["Saled"], "obstakel": []}
    assert unknown_url_values(options, raw) == [("filters.region", ["Gamma"]), ("filters.language", ["fr"])]
    assert unknown_url_values(options, {"taal": ["EN"], "regio": [], "persona": ["Nobody"], "obstakel": []}) == [
        ("filters.persona", ["Nobody"])]


def test__in_both_languages__maps_each_label_of_either_language_to_its_id():
    labels = {("a", "nl"): "Eén", ("a", "en"): "One", ("b", "nl"): "Twee", ("b", "en"): "Two"}
    assert in_both_languages(["a", "b"], lambda i, lang: labels[(i, lang)]) == {"Eén": "a", "One": "a", "Twee": "b", "Two": "b"}
