"""Hostile links: random and malicious query strings never break a page and never become HTML,
a link or an image.

Streamlit's markdown (GFM) turns a bare address, a www. name or a mail address into a link even
when its punctuation is escaped: it finds them in the text after undoing the escapes. MARKDOWN
renders the same way, so that a test can see the links and images a notice would show.
"""

import ast
import html
import os
import re
import unicodedata
from urllib.parse import unquote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.rules_core.linkify import linkify

from dashboard.text.i18n import tr
from dashboard.text.markdown_text import literal
from dashboard.core.paths import ROOT
from dashboard.ui.url_state import URL_VALUE_LIMIT
from tests.apptest import PAGE_SCRIPTS, open_page, texts

KEYS = ["regio", "persona", "obstakel", "taal", "kleur", "fusie2025", "telling", "presentatie", "stap", "embed",
        "vergelijk", "gelijkenis", "noden_regio", "zoek", "sectie", "feit", "plek", "rapportregio", "onbekend", ""]
# A link or an image in every form markdown knows, each to an address of its own
LINKS = ["http://evil.example/bare", "www.evil.example", "<http://evil.example/auto>", "![x](http://evil.example/x.png)",
         "[x]: http://evil.example/reference", "[x][y]\n\n[y]: http://evil.example/y", "x@evil.example",
         "mailto:x@evil.example", "[klik](https://evil.example/klik)", "<img src=http://evil.example/i.png>"]
HOSTILE = LINKS + [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd",
    "javascript:alert(1)", "%00", "\x00", "' OR 1=1 --", "{{7*7}}", "${jndi:ldap://x}", "Westhoek\nSaled",
    "[klik](javascript:alert(1))", "# kop", ":red[rood]", "$x^2$", "`code` ``", "Saled`", "\\`",
    "ＷＥＳＴＨＯＥＫ", "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ", "𝕊𝕒𝕝𝕖𝕕", "Saled" * 2000, "", " ", "true", "false", "NaN", "-1", "1e309",
]
values = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=300),
                   st.builds("{}{}{}".format, st.text(max_size=20), st.sampled_from(LINKS), st.text(max_size=20)))
query = st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=20), st.one_of(values, st.lists(values, max_size=4)),
                        max_size=6)
HUNDRED_KB = ("http://evil.example/long " * 5000)[:100_000]

# 500 hostile query strings in CI (.ci/run sets HYPOTHESIS_PROFILE=ci), a quick few in everyday runs
settings.register_profile("ci", max_examples=500)
settings.register_profile("dev", max_examples=20)
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def _markdown() -> MarkdownIt:
    """GFM as Streamlit renders it: links found in the text once the escapes are undone."""
    markdown = MarkdownIt("gfm-like")
    markdown.linkify.tlds("example", True)  # the reserved domain of the hostile links
    markdown.core.ruler.disable("linkify")
    markdown.core.ruler.push("linkify_unescaped", linkify)  # after text_join, which undoes the escapes
    return markdown


MARKDOWN = _markdown()
TARGET = re.compile(r'<(?:a href|img src)="([^"]*)"')


def link_targets(text: str) -> list[str]:
    """The addresses of the links and images that ``text`` shows, rendered as markdown."""
    return TARGET.findall(MARKDOWN.render(text))


def from_url(target: str, params: dict) -> bool:
    """True when link ``target`` came from one of the URL's names or values."""
    typed = [str(p).lower() for key, value in params.items() for p in [key, *(value if isinstance(value, list) else [value])]]
    target = unquote(target).lower()
    cores = {target, target.removeprefix("mailto:"), target.removeprefix("http://")}  # what linkify adds
    return any(core and core in value for core in cores for value in typed)


def assert_no_link_from_url(at, params: dict) -> None:
    """No notice shows a link or an image at all (their text is ours but for URL values); no other
    text shows one whose address came from the URL."""
    for notice in at.warning:
        assert link_targets(notice.value) == [], notice.value
    shown = [target for target in link_targets(texts(at)) if from_url(target, params)]
    assert shown == []


def test__link_targets__finds_what_streamlit_would_link():
    assert link_targets(r"regio = http\:\/\/evil\.example\/ of x\@evil\.example") == [
        "http://evil.example/", "mailto:x@evil.example"]
    assert link_targets("![x](http://evil.example/x.png) `http://evil.example/`") == ["http://evil.example/x.png"]


@given(text=st.builds("{}{}".format, st.sampled_from(["", *LINKS]),
                     st.text(st.characters(exclude_characters="\x00"), min_size=1, max_size=60)))  # NUL shows as U+FFFD
def test__literal__shows_any_text_as_typed_and_never_as_a_link(text):
    rendered = re.fullmatch(r"<code>(.*)</code>", MARKDOWN.renderInline(literal(text)), re.DOTALL)
    assert rendered, "one code span, nothing else"
    # as typed, but an invisible format character (soft hyphen, bidi control) is written as its code point
    visible = "".join(f"⟨U+{ord(c):04X}⟩" if unicodedata.category(c) == "Cf" else c for c in text)
    assert html.unescape(rendered.group(1)).split() == visible.split()


@pytest.mark.parametrize("page", list(PAGE_SCRIPTS))
def test__links_in_every_parameter__are_shown_as_text(page):
    params = {key: LINKS for key in KEYS if key}
    at = open_page(page, **params)
    assert not at.exception, at.exception
    assert_no_link_from_url(at, params)
    notices = " ".join(w.value for w in at.warning)
    assert "`http://evil.example/bare`" in notices and "`x@evil.example`" in notices


@pytest.mark.parametrize("page", list(PAGE_SCRIPTS))
def test__hundred_kb_values__are_dropped_with_a_notice(page):
    params = {"zoek": HUNDRED_KB, "regio": HUNDRED_KB, HUNDRED_KB[:1000]: "x"}  # Streamlit ignores a query over 512 KB
    at = open_page(page, **params)
    assert not at.exception, at.exception
    too_long = [w.value for w in at.warning if tr("filters.too_long", limit=URL_VALUE_LIMIT, field="", values="")[:20] in w.value]
    assert len(too_long) == len(params)
    assert dict(at.query_params) == {}
    assert all(len(str(box.value)) <= URL_VALUE_LIMIT for box in at.text_input)
    assert_no_link_from_url(at, params)


@settings(PROFILE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page=st.sampled_from(list(PAGE_SCRIPTS)), params=query)
def test__any_query_string__renders_without_exception_or_link(page, params):
    at = open_page(page, **params)
    assert not at.exception, at.exception
    rendered = "".join(str(m.value) for m in at.markdown)
    assert "<script" not in rendered.lower() and "onerror=" not in rendered.lower()
    assert_no_link_from_url(at, params)


def test__unknown_value__with_markdown_is_shown_as_typed():
    at = open_page("start", regio="![x](http://example.org/x.png)", persona="[klik](javascript:alert(1))")
    notices = " ".join(w.value for w in at.warning)
    assert "`![x](http://example.org/x.png)`" in notices and "`[klik](javascript:alert(1))`" in notices


def test__search_term__with_a_link_is_shown_as_typed_in_the_heading():
    at = open_page("bronnen", zoek="x@evil.example ![x](http://evil.example/x.png)")
    assert at.header[0].value == tr("sources.hits", n=0, query="`x@evil.example ![x](http://evil.example/x.png)`")
    assert link_targets(at.header[0].value) == []


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


# Calls reviewed and allowed, by file, with how many: the chart-bundle prefetch's one inline script,
# built from the installed Streamlit's own file names (never data or a URL), and the constant script
# that scrolls to an opened fact (beside it only a hex digest), each run by its CSP hash.
REVIEWED_SCRIPTS = {"dashboard/ui/bundles.py": 1, "dashboard/ui/reveal.py": 1}


def test__code__never_renders_html_from_data_or_urls():
    """No call renders HTML except a module-level string constant (the presentation CSS), but the reviewed ones."""
    found = {}
    for path in list((ROOT / "dashboard").rglob("*.py")) + list((ROOT / "pages").glob("*.py")):
        lines = unsafe_html_calls(path.read_text(encoding="utf-8"))
        if len(lines) != REVIEWED_SCRIPTS.get(path.relative_to(ROOT).as_posix(), 0):
            found[str(path)] = lines
    assert found == {}


@pytest.mark.browser
def test__links_in_the_url__are_text_in_the_browser(server, page):
    """Streamlit's own markdown in Chromium: the notices and the search heading hold no link or image."""
    query = urlencode({"regio": LINKS[0], "persona": "x@evil.example", "obstakel": LINKS[2], "sectie": LINKS[3],
                       "zoek": "www.evil.example [x]: http://evil.example/reference"})
    page.goto(f"{server}/bronnen?{query}")
    page.get_by_text("http://evil.example/bare").wait_for(timeout=60_000)
    page.locator("h2", has_text="www.evil.example").wait_for(timeout=60_000)
    notices = page.locator("[data-testid='stAlert']")
    assert notices.count() >= 4
    assert page.locator("[data-testid='stAlert'] :is(a, img)").count() == 0
    assert page.locator("a[href*='evil.example'], img[src*='evil.example']").count() == 0
    assert page.outside_requests == []
