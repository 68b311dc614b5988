"""AppTest of dashboard.ui.styles: which of the dashboard's own styles a page carries, in each mode."""

from dashboard.ui.styles import APP_CSS, PRESENTATION_CSS, REPORT_PRINT_CSS
from tests.apptest import open_page


def styles(at) -> list[str]:
    return [element.proto.body for element in at.get("html") if element.proto.body.startswith("<style>")]


def test__every_page_has_the_focus_ring_and_layout_and_only_that():
    assert styles(open_page("kaart")) == [APP_CSS]


def test__presentation_mode_adds_its_own_style_after_the_app_style():
    assert styles(open_page("diensten", presentatie="true")) == [APP_CSS, PRESENTATION_CSS]


def test__the_report_prints_as_one_page_and_changes_nothing_on_screen():
    assert styles(open_page("rapport")) == [APP_CSS, REPORT_PRINT_CSS]
    body = REPORT_PRINT_CSS.removeprefix("<style>").removesuffix("</style>").strip()
    assert body.startswith("@media print {") and body.endswith("}")  # every rule is for print only
