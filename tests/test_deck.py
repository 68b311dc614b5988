"""The presentation's PDF (dashboard.views.deck): printed by a sealed Chromium from a page that nothing in the data can break out of."""

import io
import re
import socket
import threading
from dataclasses import replace

import pytest
from pypdf import PdfReader

from dashboard.views import deck
from dashboard.core.data import read_dataset
from dashboard.core.filters import Filters
from dashboard.core.paths import ROOT
from dashboard.views.presentation import ROWS_PER_SLIDE, walk
from dashboard.core.scope import scope_of
from dashboard.ui.static_geo import publish_layers

DS = read_dataset(ROOT)


class Trap:
    """A listening port that records the first line of every request made to it, and answers nothing."""

    def __init__(self):
        self.requests: list[str] = []
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return
            with connection:
                connection.settimeout(2)
                try:
                    self.requests.append(connection.recv(4096).split(b"\r\n", 1)[0].decode("latin-1"))
                except OSError:
                    self.requests.append("(a connection that sent nothing)")

    def close(self):
        self.socket.close()


def hostile_dataset(label: str):
    """The dataset with the first obstacle of Westhoek relabelled ``label``, as a curator with write access could."""
    tables = dict(DS.tables)
    obstacle = tables["region_obstacles"].query("region_id == 'westhoek'")["obstacle_id"].iloc[0]
    labels = tables["obstacles"].copy()
    labels.loc[labels["obstacle_id"] == obstacle, "label_nl"] = label
    tables["obstacles"] = labels
    return replace(DS, tables=tables)


def _word_of_a_label_on_the_first_slide() -> str:
    """The longest word of an obstacle label among Westhoek's first by emphasis, not the relabelled one: a word, because
    the PDF's text may break a label between its words but never inside one."""
    relabelled = DS.tables["region_obstacles"].query("region_id == 'westhoek'")["obstacle_id"].iloc[0]
    ranked = DS.tables["region_emphasis"].query("region_id == 'westhoek' and kind == 'obstacle' and is_named")
    first = ranked.sort_values("emphasis_rank")["category_id"].head(ROWS_PER_SLIDE)
    first = first[first != relabelled]
    labels = DS.tables["obstacles"].set_index("obstacle_id")["label_nl"]
    return max(labels[first].iloc[0].split(), key=len)


def test__deck_html__carries_a_strict_content_security_policy():
    scope = scope_of(DS, Filters()).with_regions(["westhoek"])
    html = deck.deck_html(scope, publish_layers(DS), walk(scope)[:1], "nl")
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    assert policy, "no CSP on the deck page"
    rules = dict(rule.strip().split(" ", 1) for rule in policy.group(1).split(";"))
    assert rules["default-src"] == rules["script-src"] == "'none'"
    assert "<script" not in html  # every chart is drawn already: an SVG of vl-convert


@pytest.mark.skipif(not deck.CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)")
def test__deck_pdf__a_hostile_label_prints_as_text_and_nothing_is_requested(monkeypatch, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("GEHEIM-4711", encoding="utf-8")
    trap = Trap()
    # every request Chromium makes goes to the trap: as its proxy, and as the address the label asks for
    monkeypatch.setattr(deck, "REFUSING_PROXY", f"127.0.0.1:{trap.port}")
    label = (f"</script><iframe src={secret.as_uri()}></iframe><img src=http://127.0.0.1:{trap.port}/leak>"
             "<script>document.body.append(document.URL)</script>")
    dataset = hostile_dataset(label)
    scope = scope_of(dataset, Filters()).with_regions(["westhoek"])
    steps = [s for s in walk(scope) if s.view == "obstacles"][:1]
    try:
        pdf = deck.deck_pdf(deck.deck_html(scope, publish_layers(dataset), steps, "nl"))
    finally:
        trap.close()
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert trap.requests == [], "\n".join(trap.requests)
    assert "GEHEIM" not in text and "deck.html" not in text
    assert _word_of_a_label_on_the_first_slide() in text  # the chart was drawn, under the page's policy, with its rows
