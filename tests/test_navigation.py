"""Unit tests of dashboard.core.navigation: the one page list (menu order, scripts, titles, Dutch URL paths) and links."""

from dashboard.text.i18n import STRINGS
import pytest

from dashboard.core.navigation import NOT_FOUND, PAGES, PRESENTATION, PRESENTATION_PATH, START, is_unknown_path, link, page_scripts
from dashboard.core.paths import PAGES_DIR


def test__pages__each_script_exists_once_and_every_script_in_pages_is_listed():
    scripts = [script for script, _, _ in PAGES]
    assert len(set(scripts)) == len(scripts)
    assert {p.name for p in PAGES_DIR.glob("*.py")} == {*scripts, PRESENTATION, NOT_FOUND}  # no page script outside the list


def test__pages__titles_in_both_languages_and_unique_lowercase_paths_with_the_home_page_at_the_root():
    assert all(key in STRINGS and all(STRINGS[key]) for _, key, _ in PAGES)
    paths = [path for _, _, path in PAGES]
    assert paths[0] == "" and "" not in paths[1:] and len(set(paths)) == len(paths)
    assert all(path == path.lower() and " " not in path for path in paths)


def test__page_scripts__each_page_by_its_url_path_and_the_root_as_start():
    # the README's table of pages, in its order: a page's script bears its Dutch URL path
    assert page_scripts() == {"start": "start.py", "kaart": "kaart.py", "gemeente": "gemeente.py", "personas": "personas.py",
                              "diensten": "diensten.py", "vergelijken": "vergelijken.py", "noden-aanbod": "noden-aanbod.py",
                              "bronnen": "bronnen.py", "tijdlijn": "tijdlijn.py", "rapport": "rapport.py"}


def test__link__names_the_page_s_script_and_spells_its_parameters_keys():
    to = link("gemeente", municipality="Ronse", language="en")
    assert to.script == PAGES_DIR / "gemeente.py" and to.script.exists()
    assert to.query_params == {"gemeente": "Ronse", "taal": "en"}
    assert link(START, language="nl") == link("start") and link("start").query_params == {}  # Dutch is the default


def test__link__refuses_a_page_or_parameter_that_does_not_exist():
    with pytest.raises(KeyError):
        link("gemeente.py")
    with pytest.raises(KeyError):
        link("bronnen", feit="x")  # a key, not a parameter's name


@pytest.mark.parametrize("requested, unknown", [("", False), ("kaart", False), ("noden-aanbod", False),
                                                (PRESENTATION_PATH, False), ("presentation", True), ("Kaart", True),
                                                ("onbestaand", True), ("a/b", True)])
def test__is_unknown_path__only_a_path_naming_no_page_nor_the_walk(requested, unknown):
    assert is_unknown_path(requested) is unknown


def test__page_scripts__are_layout_of_at_most_80_lines():
    # a page draws what its view (dashboard/views) returns; the logic lives below it
    lengths = {path.name: len(path.read_text(encoding="utf-8").splitlines()) for path in PAGES_DIR.glob("*.py")}
    assert {name: n for name, n in lengths.items() if n > 80} == {} and len(lengths) == len(PAGES) + 2
