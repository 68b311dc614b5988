"""Hostile links: random and malicious query strings never break a page and never become HTML."""

import ast
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.paths import ROOT
from tests.apptest import PAGE_SCRIPTS, open_page

KEYS = ["regio", "persona", "obstakel", "taal", "kleur", "fusie2025", "telling", "embed", "onbekend", ""]
HOSTILE = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd",
    "javascript:alert(1)", "%00", "\x00", "' OR 1=1 --", "{{7*7}}", "${jndi:ldap://x}", "Westhoek\nSaled",
    "ＷＥＳＴＨＯＥＫ", "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ", "𝕊𝕒𝕝𝕖𝕕", "Saled" * 2000, "", " ", "true", "false", "NaN", "-1", "1e309",
]
values = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=300))
query = st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=20), st.one_of(values, st.lists(values, max_size=4)),
                        max_size=6)

# at least 500 hostile query strings in all, spread over the pages
EXAMPLES_PER_PAGE = -(-500 // len(PAGE_SCRIPTS))


@pytest.mark.parametrize("page", list(PAGE_SCRIPTS))
@settings(max_examples=EXAMPLES_PER_PAGE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(params=query)
def test__any_query_string__renders_without_exception(page, params):
    at = open_page(page, **params)
    assert not at.exception, at.exception
    rendered = "".join(str(m.value) for m in at.markdown)
    assert "<script" not in rendered.lower() and "onerror=" not in rendered.lower()


def _calls_with_unsafe_html(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Call)
            for kw in node.keywords if kw.arg == "unsafe_allow_html"
            and not (isinstance(kw.value, ast.Constant) and kw.value.value is False)]


def test__code__never_renders_html_from_data_or_urls():
    """No call passes unsafe_allow_html (or st.html) anywhere in the app."""
    found = {}
    for path in list((ROOT / "dashboard").rglob("*.py")) + list((ROOT / "pages").glob("*.py")):
        lines = _calls_with_unsafe_html(path)
        if lines or "st.html(" in path.read_text(encoding="utf-8"):
            found[str(path)] = lines
    assert found == {}
