"""Unit tests of dashboard.domain.sharing: the link that reopens a view."""

from urllib.parse import parse_qs, urlparse

from dashboard.domain.sharing import share_url


def test__share_url__keeps_every_value_and_drops_streamlits_embed_keys():
    url = share_url("http://host/kaart", {"regio": ["Westhoek", "Regio Oostende"], "taal": ["EN"], "embed": ["true"]})
    assert parse_qs(urlparse(url).query) == {"regio": ["Westhoek", "Regio Oostende"], "taal": ["EN"]}
    assert share_url("http://host/", {}) == "http://host/"
    assert parse_qs(urlparse(share_url("http://host/", {"taal": ["EN"]}, embed=True)).query)["embed"] == ["true"]


def test__share_url__escapes_what_a_value_holds():
    assert share_url("http://host/bronnen", {"zoek": ["a&b=c d"]}) == "http://host/bronnen?zoek=a%26b%3Dc+d"
