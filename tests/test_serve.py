"""The launcher: no Nagle delay, loopback only by default, security headers, the Host checked, and
no look-up of the external IP address on a foreign origin's WebSocket handshake."""

import base64
import os
import socket
import sys
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from streamlit.runtime.state.query_params import sanitize_query_string
from streamlit.web.server.starlette import starlette_server

from dashboard.serve import CONTENT_SECURITY_POLICY, METRICS_FLAG, _saying_what_it_dropped, _without_nagle
from dashboard.ui.url_state import UNREAD_KEY
from tests.apptest import PAGE_SCRIPTS
from tests.browser import CHART, MAP, TABLE, free_port, streamlit_server


def _accepted_connection(bind) -> tuple[int, int]:
    """TCP_NODELAY of the listening socket ``bind`` makes, and of a connection it accepts."""
    listening = bind("127.0.0.1", free_port(), 8)
    listening.setblocking(True)
    with listening, socket.create_connection(listening.getsockname()):
        accepted, _ = listening.accept()
        with accepted:
            return (listening.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY),
                    accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))


def test__streamlit_alone__accepts_connections_with_nagle_on():
    """Why the launcher exists: were this to fail, Streamlit fixed it and the launcher can go."""
    assert _accepted_connection(starlette_server._bind_socket) == (0, 0)


@pytest.mark.skipif(sys.platform != "linux", reason="Linux passes TCP_NODELAY on to accepted sockets")
def test__launcher__accepted_connections_have_nagle_off():
    listening, accepted = _accepted_connection(_without_nagle(starlette_server._bind_socket))
    assert listening and accepted


def _listening_addresses(port: int) -> set[str]:
    """The addresses a socket listens on at ``port`` (from /proc/net/tcp and tcp6), as hex as Linux writes them."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, _, hex_port = local.partition(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                found.add(address)
    return found


@pytest.mark.skipif(sys.platform != "linux", reason="reads Linux's socket tables")
def test__launcher__listens_on_loopback_only_by_default():
    with streamlit_server(address=None) as url:
        port = urlsplit(url).port
        assert _listening_addresses(port) == {"0100007F"}  # 127.0.0.1; not 0.0.0.0, not ::


def _fetch(url: str, host: str | None = None):
    request = urllib.request.Request(url, headers={"Host": host} if host else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers


def test__launcher__sends_security_headers_and_refuses_a_foreign_host():
    with streamlit_server() as url:
        for path in ("/", "/_stcore/health", "/app/static/nothing-here"):
            status, headers = _fetch(url + path)
            assert headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY, path
            assert "frame-ancestors *" in headers["Content-Security-Policy"]  # embedding is allowed, deliberately
            assert headers["X-Content-Type-Options"] == "nosniff" and headers["Referrer-Policy"] == "no-referrer"
        assert _fetch(url + "/")[0] == 200
        assert _fetch(url + "/", host=f"localhost:{urlsplit(url).port}")[0] == 200
        assert _fetch(url + "/", host="evil.example")[0] == 403  # a rebound DNS name
        assert _fetch(url + "/_stcore/health", host="evil.example")[0] == 403


@contextmanager
def _outbound_trap():
    """A stand-in for the network: a local proxy (HTTP_PROXY, HTTPS_PROXY) that takes every outbound
    HTTP request, answers none (as a blocked network) and counts them."""
    trap = socket.create_server(("127.0.0.1", 0))
    taken: list[socket.socket] = []

    def take():
        while True:
            try:
                taken.append(trap.accept()[0])
            except OSError:  # closed
                return

    threading.Thread(target=take, daemon=True).start()
    proxy = f"http://127.0.0.1:{trap.getsockname()[1]}"
    env = {**os.environ, "HTTP_PROXY": proxy, "HTTPS_PROXY": proxy, "http_proxy": proxy, "https_proxy": proxy,
           "NO_PROXY": "", "no_proxy": ""}
    try:
        yield env, taken
    finally:
        trap.close()
        for connection in taken:
            connection.close()


def _websocket_handshake(url: str, origin: str) -> tuple[str, float]:
    """The status line of a WebSocket handshake to Streamlit from ``origin``, and its seconds."""
    parts = urlsplit(url)
    request = (f"GET /_stcore/stream HTTP/1.1\r\nHost: {parts.netloc}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               f"Sec-WebSocket-Key: {base64.b64encode(os.urandom(16)).decode()}\r\nSec-WebSocket-Version: 13\r\n"
               f"Origin: {origin}\r\n\r\n")
    started = time.monotonic()
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as connection:
        connection.sendall(request.encode())
        status = connection.makefile("rb").readline().decode().strip()
    return status, time.monotonic() - started


LOOKUP = "Did not auto detect external IP"


@pytest.mark.parametrize("launcher, looks_up", [(("dashboard.serve",), False), (("streamlit", "run"), True)])
def test__foreign_origin_handshake__asks_the_network_only_without_the_launcher(tmp_path, launcher, looks_up):
    """With the launcher: refused at once, nothing asked of the network, nothing in the log. Streamlit
    alone asks a web service for its address in the handshake (were that to change, the launcher's
    patch can go), waiting out its time-outs (1 s a service) on a network that does not answer."""
    log = tmp_path / "server.log"
    with _outbound_trap() as (env, taken), streamlit_server(env=env, log=log, launcher=launcher) as url:
        status, seconds = _websocket_handshake(url, origin="http://evil.example")
        asked = len(taken)
    assert status.split(" ")[1] == "403", status  # refused, as Streamlit refuses an unknown origin
    assert (asked > 0, LOOKUP in log.read_text(encoding="utf-8")) == (looks_up,) * 2, (asked, seconds)
    if looks_up:  # the look-up shows in the time too; without it the time is left alone (a loaded machine is slow)
        assert seconds >= 1, seconds


@pytest.mark.browser
def test__content_security_policy__lets_every_page_draw_without_a_violation(server, page):
    """Chromium under the launcher's policy: every page draws its chart (or table), nothing is refused."""
    refused = []
    page.on("console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None)
    for name in PAGE_SCRIPTS:
        page.goto(f"{server}/{'' if name == 'start' else name}")
        page.wait_for_selector("h1", timeout=60_000)
        page.locator(f"{CHART}, {TABLE}").first.wait_for(timeout=60_000)
    page.goto(f"{server}/kaart")
    page.wait_for_selector(MAP, timeout=60_000)
    assert refused == []
    assert page.outside_requests == []


def test__saying_what_it_dropped__an_emptied_query_string_carries_one_parameter_that_says_so():
    check = _saying_what_it_dropped(sanitize_query_string)
    crowded = "regio=Westhoek&" + "&".join(f"p{i}=1" for i in range(1300))
    assert sanitize_query_string(crowded) == ""  # Streamlit's own check reads none of them
    assert parse_qs(check(crowded)) == {UNREAD_KEY: ["1301"]}
    assert check("regio=Westhoek&taal=en") == "regio=Westhoek&taal=en" and check("") == ""


@pytest.mark.browser
def test__launcher__a_link_with_too_many_parameters_opens_with_a_notice(server, page):
    page.goto(f"{server}/?regio=Westhoek&" + "&".join(f"p{i}=1" for i in range(1300)))
    notice = page.get_by_text("1301 parameters")
    notice.wait_for(timeout=60_000)
    assert "geen enkele" in notice.inner_text()
    assert page.outside_requests == []


def test__launcher__metrics_are_blocked_unless_a_flag_turns_them_on(server):
    assert _fetch(server + "/_stcore/metrics")[0] == 404
    assert _fetch(server + "/_stcore/health")[0] == 200
    with streamlit_server(launcher=("dashboard.serve", METRICS_FLAG)) as allowed:
        assert _fetch(allowed + "/_stcore/metrics")[0] == 200


def test__launcher__websocket_origin_must_be_the_apps_own_port(server):
    port = urlsplit(server).port
    for origin in (f"http://127.0.0.1:{port}", f"http://localhost:{port}"):
        assert _websocket_handshake(server, origin)[0].split(" ")[1] == "101", origin
    for origin in (f"http://localhost:{free_port()}", f"http://127.0.0.1:{free_port()}", "http://localhost"):
        assert _websocket_handshake(server, origin)[0].split(" ")[1] == "403", origin


def test__launcher__an_over_long_link_gets_a_short_page_in_dutch_and_english(server):
    parts = urlsplit(server)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as connection:
        connection.sendall(f"GET /?zoek={'a' * 144_000} HTTP/1.1\r\nHost: {parts.netloc}\r\n\r\n".encode())
        response = connection.makefile("rb").read().decode("utf-8")
    head, _, body = response.partition("\r\n\r\n")
    assert head.split("\r\n")[0] == "HTTP/1.1 414 URI Too Long"
    assert "content-type: text/html; charset=utf-8" in head.lower()
    assert "Deze link is te lang" in body and "This link is too long" in body
    assert "<script" not in body
