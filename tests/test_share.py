"""AppTest of dashboard.ui.share: the link the share popover offers reopens the view as it is shown."""

from urllib.parse import parse_qs, urlparse

from dashboard.core.data import read_dataset
from dashboard.text.i18n import tr
from dashboard.core.paths import ROOT
from tests.apptest import open_page

DS = read_dataset(ROOT)


def shared_links(at) -> list[str]:
    return [code.value for code in at.sidebar.get("code")]


def test__share_popover__link_and_embed_link_hold_the_url_state():
    at = open_page("diensten", browser={"url": "http://host/diensten"}, regio="Westhoek", persona="Saled")
    assert shared_links(at) == ["http://host/diensten?regio=Westhoek&persona=Saled",
                                "http://host/diensten?regio=Westhoek&persona=Saled&embed=true"]


def test__share_popover__an_obstacle_carried_over_from_the_other_language_is_shared_as_shown():
    at = open_page("diensten", browser={"url": "http://host/diensten"}, obstakel="Limited access to transport")
    assert shared_links(at)[0] == "http://host/diensten?obstakel=Beperkte+toegang+tot+vervoer"


def test__share_popover__embedded_offers_the_full_dashboard_in_the_language_shown():
    at = open_page("kaart", browser={"url": "http://host/kaart", "is_embedded": True}, taal="EN")
    assert not shared_links(at)
    assert [(b.proto.label, b.proto.url) for b in at.sidebar.get("link_button")] == [
        (tr("share.full", "en"), "http://host/kaart?taal=en")]


def test__share_popover__nothing_to_share_without_a_browser_address():
    at = open_page("diensten")
    assert not shared_links(at) and not at.sidebar.get("link_button")


def test__share__shows_the_current_link_with_the_language_shown():
    at = open_page("diensten", browser={"url": "http://dash.example/diensten"}, taal="en",
                   obstakel=DS.tables["obstacles"]["label_nl"].iloc[0])
    links = [c.value for c in at.code]
    query = parse_qs(urlparse(links[0]).query)
    assert query["taal"] == ["en"] and query["obstakel"] == [DS.tables["obstacles"]["label_en"].iloc[0]]
    assert parse_qs(urlparse(links[1]).query)["embed"] == ["true"]


def test__embed__drops_the_share_block_and_offers_the_full_dashboard():
    at = open_page("kaart", browser={"url": "http://dash.example/kaart", "is_embedded": True}, regio="Westhoek")
    assert not at.exception and len(at.code) == 0
    full = at.get("link_button")[0].proto
    assert full.url == "http://dash.example/kaart?regio=Westhoek"
