"""Unit tests of dashboard.core.params: the one list of URL parameters, and the links' query strings made from it."""

import re

import pytest

from dashboard.core.navigation import page_scripts
from dashboard.core.params import CHOICE, PARAMS, is_known_key, query, url_values
from dashboard.core.paths import ROOT
from dashboard.text.i18n import STRINGS


def test__params__keys_are_unique_lowercase_and_named_in_both_languages():
    keys = [param.key for param in PARAMS.values()]
    assert len(set(keys)) == len(keys)
    assert all(re.fullmatch(r"[a-z0-9_-]+", key) for key in keys)
    assert all(param.label in STRINGS and all(STRINGS[param.label]) for param in PARAMS.values())


def test__params__a_page_s_own_parameter_names_a_page_that_exists():
    assert {param.page for param in PARAMS.values()} - {None} <= set(page_scripts())


def test__params__a_choice_s_default_is_the_first_value_a_widget_shows_without_a_link():
    assert all(param.default == param.values[0] for param in PARAMS.values() if param.kind == CHOICE and param.values)
    assert PARAMS["language"].default == "nl" and PARAMS["presenting"].default == "false"


def test__is_known_key__the_dutch_keys_links_use_and_nothing_else():
    assert all(is_known_key(key) for key in ("taal", "regio", "persona", "obstakel", "gemeente", "feit", "plek", "stap"))
    assert not any(is_known_key(key) for key in ("regoi", "utm_source", "language", "Taal", "embed"))


def test__query__spells_the_keys_and_leaves_out_defaults_and_empty_values():
    assert query(municipality="Ronse", language="en") == {"gemeente": "Ronse", "taal": "en"}
    assert query(municipality="Ronse", language="nl", obstacle=None, search="") == {"gemeente": "Ronse"}


def test__url_values__empties_a_default_so_it_can_replace_the_address_bar_s_value():
    assert url_values(language="nl", obstacle="Mobiliteit") == {"taal": [], "obstakel": ["Mobiliteit"]}


def test__query__refuses_a_name_the_registry_does_not_hold():
    with pytest.raises(KeyError):
        query(gemeente="Ronse")  # the key, not the name


# What the registry promises: no other module spells a URL key. Each pattern is a way Streamlit takes one.
KEY_WRITES = {
    "a query parameter read or written by a literal key": r"query_params\s*(\[|\.get\(|\.get_all\(|\.pop\()\s*[\"']",
    "a literal key tested against the query parameters": r"[\"'][\w-]+[\"']\s+(not\s+)?in\s+st\.query_params",
    "a literal key in a link's query parameters": r"query_params\s*=\s*\{\s*[\"']",
    "a widget bound to the URL outside url_widget": r"bind\s*=\s*[\"']query-params[\"']",
    "a page named by its file": r"(page_link|switch_page)\(\s*(str\()?\s*(PAGES_DIR|[\"'])|PAGES_DIR\s*/\s*[\"f]",
}
ALLOWED = {"a widget bound to the URL outside url_widget": {"dashboard/ui/url_state.py"}}


@pytest.mark.parametrize("what", KEY_WRITES)
def test__url_keys__written_only_by_the_registry_and_its_widget(what):
    found = []
    for path in [*(ROOT / "dashboard").rglob("*.py"), *(ROOT / "pages").glob("*.py")]:
        name = path.relative_to(ROOT).as_posix()
        if name.startswith("dashboard/builder/") or name in ALLOWED.get(what, set()):
            continue
        found += [f"{name}:{n}" for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                  if re.search(KEY_WRITES[what], line)]
    assert found == [], f"{what}: {found}"


def test__url_keys__the_patterns_catch_what_they_stand_for():
    """The check above can fail: each pattern finds the line it is meant for."""
    lines = {"a query parameter read or written by a literal key": 'st.query_params["gemeente"] = name',
             "a literal key tested against the query parameters": 'if "gelijkenis" in st.query_params:',
             "a literal key in a link's query parameters": 'st.page_link(p, query_params={"feit": fact_id})',
             "a widget bound to the URL outside url_widget": 'st.radio("x", [1], key="kleur", bind="query-params")',
             "a page named by its file": 'st.switch_page(PAGES_DIR / "gemeente.py", query_params=q)'}
    assert all(re.search(KEY_WRITES[what], line) for what, line in lines.items())
