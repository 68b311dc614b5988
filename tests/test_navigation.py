"""Unit tests of dashboard.core.navigation: the one page list (menu order, scripts, titles, Dutch URL paths)."""

from dashboard.text.i18n import STRINGS
import pytest

from dashboard.core.navigation import NOT_FOUND, PAGES, PRESENTATION, PRESENTATION_PATH, START, is_unknown_path, page_scripts
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


def test__page_scripts__names_the_home_page_start_and_keeps_the_menu_order():
    scripts = page_scripts()
    assert list(scripts)[0] == START == "start" and scripts["start"] == "start.py"
    assert scripts["noden-aanbod"] == "noden-aanbod.py" and list(scripts.values()) == [s for s, _, _ in PAGES]


@pytest.mark.parametrize("requested, unknown", [("", False), ("kaart", False), ("noden-aanbod", False),
                                                (PRESENTATION_PATH, False), ("presentation", True), ("Kaart", True),
                                                ("onbestaand", True), ("a/b", True)])
def test__is_unknown_path__only_a_path_naming_no_page_nor_the_walk(requested, unknown):
    assert is_unknown_path(requested) is unknown
