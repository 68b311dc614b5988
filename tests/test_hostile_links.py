"""Hostile links: random and malicious query strings never break a page and never become HTML."""

import ast
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.paths import ROOT
from tests.apptest import PAGE_SCRIPTS, open_page

KEYS = ["regio", "persona", "obstakel", "taal", "kleur", "fusie2025", "telling", "presentatie", "stap", "embed",
        "vergelijk", "gelijkenis", "noden_regio", "zoek", "sectie", "feit", "plek", "rapportregio", "onbekend", ""]
HOSTILE = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd",
    "javascript:alert(1)", "%00", "\x00", "' OR 1=1 --", "{{7*7}}", "${jndi:ldap://x}", "Westhoek\nSaled",
    "![x](http://example.org/x.png)", "[klik](javascript:alert(1))", "# kop", ":red[rood]", "$x^2$",
    "ＷＥＳＴＨＯＥＫ", "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ", "𝕊𝕒𝕝𝕖𝕕", "Saled" * 2000, "", " ", "true", "false", "NaN", "-1", "1e309",
]
values = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=300))
query = st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=20), st.one_of(values, st.lists(values, max_size=4)),
                        max_size=6)

UNESCAPED_LINK = re.compile(r"(?<!\\)\]\(")  # "](" that markdown would read as a link or an image

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
    for notice in at.warning:
        assert not UNESCAPED_LINK.search(notice.value), notice.value


def test__unknown_value__with_markdown_is_shown_as_plain_text():
    at = open_page("start", regio="![x](http://example.org/x.png)", persona="[klik](javascript:alert(1))")
    notices = " ".join(w.value for w in at.warning)
    assert r"\!\[x\]\(http\:" in notices and r"\[klik\]\(javascript\:" in notices
    assert not UNESCAPED_LINK.search(notices)


def unsafe_html_calls(source: str) -> list[int]:
    """Lines that render HTML from anything but a module-level string constant.

    That is: ``st.html(x)``, or any call with ``unsafe_allow_html`` not False, whose body is not a
    name bound once, at module level, to a string literal; and any ``unsafe_allow_javascript``.
    """
    tree = ast.parse(source)
    stores = [node.id for node in ast.walk(tree) if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)]
    constants = {target.id for node in tree.body if isinstance(node, ast.Assign)
                 and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
                 for target in node.targets if isinstance(target, ast.Name) and stores.count(target.id) == 1}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        flags = {kw.arg: not (isinstance(kw.value, ast.Constant) and kw.value.value is False) for kw in node.keywords}
        is_html = getattr(node.func, "attr", getattr(node.func, "id", None)) == "html"
        body = node.args[0] if node.args else next((kw.value for kw in node.keywords if kw.arg == "body"), None)
        from_constant = isinstance(body, ast.Name) and body.id in constants
        if flags.get("unsafe_allow_javascript") or ((is_html or flags.get("unsafe_allow_html")) and not from_constant):
            found.append(node.lineno)
    return found


@pytest.mark.parametrize("source", [
    "import streamlit as st\nst.html(value)",
    "import streamlit as st\nst.html(f'<style>{value}</style>')",
    "import streamlit as st\nst.html('<b>' + name + '</b>')",
    "import streamlit as st\nst.markdown(text, unsafe_allow_html=True)",
    "import streamlit as st\nCSS = '<style></style>'\nCSS = user_value\nst.html(CSS)",
    "import streamlit as st\nCSS = '<style></style>'\ndef f():\n    CSS = st.query_params['x']\n    st.html(CSS)",
    "import streamlit as st\nCSS = build()\nst.html(CSS)",
    "import streamlit as st\nCSS = '<style></style>'\nst.html(CSS, unsafe_allow_javascript=True)",
    "from streamlit import html\nhtml(body=page)",
])
def test__unsafe_html_calls__finds_html_not_from_a_module_constant(source):
    assert unsafe_html_calls(source) != []


def test__unsafe_html_calls__allows_a_module_level_string_constant():
    source = ("import streamlit as st\nCSS = '<style>p {color: black}</style>'\nst.html(CSS)\n"
              "st.markdown('x', unsafe_allow_html=False)")
    assert unsafe_html_calls(source) == []


def test__code__never_renders_html_from_data_or_urls():
    """No call renders HTML except a module-level string constant (the presentation CSS)."""
    found = {}
    for path in list((ROOT / "dashboard").rglob("*.py")) + list((ROOT / "pages").glob("*.py")):
        lines = unsafe_html_calls(path.read_text(encoding="utf-8"))
        if lines:
            found[str(path)] = lines
    assert found == {}
