"""The dashboard's own styles: every page's focus ring and layout, presentation mode, the printed report.

Constants, never built from data or the URL (tests/test_hostile_links.py checks that).
"""

import streamlit as st

# Every page: a visible focus ring on every link and control (WCAG 2.4.7; on the label of a radio,
# checkbox or switch, whose own input is hidden, and on the box of a select), headings that wrap
# between words only (a phone no longer breaks "Partnerschappen" in two), and a sidebar whose
# filters show without scrolling on a 900 px high screen. A constant, like the CSS below.
APP_CSS = """<style>
:focus-visible { outline: 3px solid #0b57d0 !important; outline-offset: 2px; }
label:has(input:focus-visible), [data-baseweb="select"] > div:has(input:focus-visible) {
  outline: 3px solid #0b57d0 !important; outline-offset: 2px; }
h1, h2, h3 { overflow-wrap: normal !important; word-break: normal !important; }
[data-testid="stMain"] h1 { font-size: clamp(1.75rem, 6.5vw, 2.75rem); }
[data-testid="stMainBlockContainer"] { padding-top: 3rem; }
[data-testid="stSidebarHeader"] { height: 2.5rem; padding-top: 0.5rem; padding-bottom: 0; margin-bottom: 0; }
[data-testid="stSidebarNavItems"] { padding-top: 0; }
[data-testid="stSidebarNavLink"] { min-height: 1.75rem; }
[data-testid="stSidebarUserContent"] { padding-top: 0.5rem; }
[data-testid="stSidebarUserContent"] h2 { padding-top: 0.25rem; }
/* A table shown whole (ui.components.plain_table, Markdown): as compact as a data grid, so a row per region keeps
   all its columns in view on a laptop */
[data-testid="stMain"] [data-testid="stMarkdownContainer"] table { font-size: 0.875rem; }
[data-testid="stMain"] [data-testid="stMarkdownContainer"] :is(th, td) { padding: 0.25rem 0.5rem; }
/* A phone (Streamlit stacks columns below 640 px): a table drawn both ways shows its label-value rows instead of
   its grid (ui.components.data_table), and a grid or heatmap wider than the screen says that it scrolls sideways
   (ui.components.dataframe, ui.components.chart) */
[class*="-on-phone"], .regional-needs-scroll-cue { display: none !important; }
@media (max-width: 640px) {
  [class*="-on-wide"] { display: none !important; }
  [class*="-on-phone"] { display: flex !important; }
  .regional-needs-scroll-cue { display: block !important; margin: 0; font-size: 0.875rem; color: #555; }
}
</style>"""

# Presentation mode: no sidebar or toolbar, large black type, a thick focus ring, and each slide one
# screen high: the chart's box (.st-key-slide) takes the height the buttons, title and source line
# leave, so nothing scrolls at any screen size. A constant, never built from data or the URL
# (tests/test_hostile_links.py checks that).
PRESENTATION_CSS = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stExpandSidebarButton"],
[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
div:has(> .st-key-slide_keys) { display: none !important; }
[data-testid="stMain"] { color: #000; background: #fff; overflow: hidden; }
[data-testid="stMainBlockContainer"] { max-width: 100%; height: 100vh; box-sizing: border-box; padding: 1rem 2.5rem; }
[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"] { height: 100%; flex-wrap: nowrap; gap: 0.75rem; }
[data-testid="stVerticalBlock"] > div:has(> .st-key-slide) { flex: 1 1 0 !important; min-height: 0; }
.st-key-slide { height: 100% !important; }
[data-testid="stMain"] p, [data-testid="stMain"] li { font-size: 1.6rem; }
[data-testid="stMain"] button p { font-size: clamp(1.1rem, 1.25vw, 1.6rem); }
[data-testid="stMain"] h1 { font-size: clamp(2rem, 3.2vw, 3rem); padding: 0; }
[data-testid="stMain"] [data-testid="stCaptionContainer"] { opacity: 1; }  /* Streamlit greys captions with 0.6 */
[data-testid="stMain"] [data-testid="stCaptionContainer"] p { color: #1a1a1a !important; font-size: 1.5rem; }
:focus-visible { outline: 4px solid #000 !important; outline-offset: 3px; }
</style>"""

# The printed region report: the page alone (no sidebar, toolbars or tables under the charts) on one
# A4 sheet with 1 cm margins, whatever the browser's print dialog proposes.
REPORT_PRINT_CSS = """<style>
@media print {
  @page { size: A4; margin: 1cm; }
  [data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
  [data-testid="stExpander"], [data-testid="stElementToolbar"] { display: none !important; }
  [data-testid="stMainBlockContainer"] { max-width: 100% !important; padding: 0 !important; }
  /* tighter type and spacing than on the screen: the poverty line and the caveats must fit too */
  [data-testid="stMain"] { font-size: 0.76rem; }
  [data-testid="stMain"] h1 { font-size: 1.8rem; padding: 0 0 0.25rem; }
  [data-testid="stMain"] [data-testid="stVerticalBlock"] { gap: 0.4rem; }
  [data-testid="stMain"] [data-testid="stMarkdownContainer"] :is(p, li) { font-size: 0.76rem; line-height: 1.3;
    margin-bottom: 0.15rem; }
  /* Streamlit pulls a text block up under its own last paragraph's screen margin (a negative margin); with
     the print margins above that made a long list overlap the next block */
  [data-testid="stMain"] [data-testid="stMarkdownContainer"] { margin-bottom: 0 !important; }
}
</style>"""


def chrome(presenting: bool, embedded: bool) -> None:
    """Every page's focus ring and layout (APP_CSS); presentation mode hides the sidebar and
    Streamlit's chrome and enlarges the type; an embedded view starts with the sidebar folded away
    (Streamlit itself drops its toolbar there)."""
    st.set_page_config(initial_sidebar_state="collapsed" if presenting or embedded else "auto")
    st.html(APP_CSS)
    if presenting:
        st.html(PRESENTATION_CSS)


def print_as_one_page() -> None:
    """The page prints alone on one A4 sheet (the region report): REPORT_PRINT_CSS."""
    st.html(REPORT_PRINT_CSS)
